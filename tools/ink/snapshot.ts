/**
 * Saving and restoring the story state per explored branch.
 *
 * "json" is saveState/loadState: always correct, but it serialises the whole
 * state on every branch. "copy" (the default) keeps the StoryState object of
 * an explored state and runs each branch on a copy made with inkjs's own
 * CopyAndStartPatching, given its own variable and visit-count maps. Measured
 * (CPU time, tests/tools/explore.test.ts and the real story): copy 10–40 %
 * faster than JSON; inkjs producing the text is most of the cost either way.
 * An inkjs copy-on-write variant (patches never folded back) was in between.
 */
import type { Story } from 'inkjs/engine/Story';
import type { StoryState } from 'inkjs/engine/StoryState';
import type { Choice } from 'inkjs/engine/Choice';
import { VariablesState, stateInternals, storyInternals, variablesInternals } from './inkInternals.ts';

export type RestoreMode = 'copy' | 'json';

export interface Snapshots<S> {
  /** Keeps the current state; the next call is always a restore. */
  save(): S;
  /** Makes a fresh live copy of the snapshot, ready to take visible choice `index`. */
  restore(snap: S, index: number): void;
}

export function jsonSnapshots(story: Story): Snapshots<string> {
  return {
    save: () => story.state.toJson(),
    restore: (snap) => story.state.LoadJson(snap),
  };
}

/** Gives the taken choice its own thread (taking a choice runs on, and changes, the Choice's thread). */
function ownChoice(story: Story, live: StoryState, index: number): void {
  const chosen = story.currentChoices[index];
  const raw = live.currentChoices as Choice[];
  const at = chosen ? raw.indexOf(chosen) : -1;
  if (chosen && at >= 0) raw[at] = chosen.Clone();
}

/**
 * "copy": a snapshot is the StoryState object itself, never run again; each
 * branch runs on a shallow copy with its own variable and visit-count maps.
 */
export function copySnapshots(story: Story): Snapshots<StoryState> {
  const s = storyInternals(story);
  return {
    save: () => s._state,
    restore(snap, index) {
      const live = snap.CopyAndStartPatching(false);
      snap.RestoreAfterPatch(); // the copy re-pointed the shared variables at itself
      const shared = variablesInternals(snap.variablesState);
      const own = new VariablesState(live.callStack, story.listDefinitions);
      const o = variablesInternals(own);
      o._globalVariables = new Map(shared._globalVariables);
      o._defaultGlobalVariables = shared._defaultGlobalVariables;
      o.variableChangedEventCallbacks = shared.variableChangedEventCallbacks;
      live.variablesState = own;
      const l = stateInternals(live);
      const from = stateInternals(snap);
      l._patch = null;
      l._visitCounts = new Map(from._visitCounts);
      l._turnIndices = new Map(from._turnIndices);
      s._state = live;
      ownChoice(story, live, index);
    },
  };
}
