/**
 * Saving and restoring the story state per explored branch.
 *
 * "json" is saveState/loadState: always correct, but it serialises the whole
 * state (every visit count, the call stack, the choices) on every branch.
 * "patch" (the default, several times faster — see tests/tools/explore.test.ts)
 * uses inkjs's own copy-on-write states: a StoryState copy shares the base
 * variables and visit counts and records changes in a patch. Marking the story
 * as "saving in the background" stops inkjs folding patches back into the
 * shared base, so every snapshot stays valid for as long as we hold it.
 */
import type { Story } from 'inkjs/engine/Story';
import type { StoryState } from 'inkjs/engine/StoryState';
import type { Choice } from 'inkjs/engine/Choice';

export type RestoreMode = 'patch' | 'json';

export interface Snapshots<S> {
  /** Freezes the current state as a snapshot; the story continues on a copy. */
  save(): S;
  /** Makes a fresh live copy of the snapshot, ready to take visible choice `index`. */
  restore(snap: S, index: number): void;
  /** Leaves the story usable normally again (folds the patch back). */
  finish(): void;
}

interface StoryInternals {
  _state: StoryState;
  _asyncSaving: boolean;
}

export function patchSnapshots(story: Story): Snapshots<StoryState> {
  const s = story as unknown as StoryInternals;
  s._asyncSaving = true;
  return {
    save() {
      const frozen = s._state;
      s._state = frozen.CopyAndStartPatching(false);
      return frozen;
    },
    restore(snap, index) {
      const live = snap.CopyAndStartPatching(false);
      s._state = live;
      // Taking a choice runs on the thread stored in the Choice itself, which
      // the copy shares with the snapshot: give the taken one its own thread.
      const chosen = story.currentChoices[index];
      const raw = live.currentChoices as Choice[];
      const at = chosen ? raw.indexOf(chosen) : -1;
      if (chosen && at >= 0) raw[at] = chosen.Clone();
    },
    finish() {
      s._asyncSaving = false;
      s._state.ApplyAnyPatch();
    },
  };
}

export function jsonSnapshots(story: Story): Snapshots<string> {
  return {
    save: () => story.state.toJson(),
    restore: (snap) => story.state.LoadJson(snap),
    finish: () => undefined,
  };
}
