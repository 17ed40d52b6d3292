/**
 * The story runner: the one place the game (and the ink CLI) drives inkjs.
 * It runs any compiled ink story, turns tags into typed events, exposes the
 * variables as a plain snapshot, binds EXTERNAL functions, and owns the seed.
 */
import { Story } from 'inkjs/engine/Story';
import { parseTag, type TagEvent } from '../core/tagVocabulary';
import type { StoryVars, VarValue } from '../core/storyVars';

export interface StoryLine {
  text: string;
  tags: TagEvent[];
}

export interface StoryChoice {
  /** 0-based index for choose(). */
  index: number;
  text: string;
}

export interface StoryStep {
  lines: StoryLine[];
  choices: StoryChoice[];
  /** True when the story has nothing more to say and offers no choice. */
  ended: boolean;
  /** The `# ending:` id met in this step, if any. */
  ending: string | null;
  /** Runtime errors and warnings inkjs reported while producing this step. */
  errors: string[];
}

export type ExternalFunction = (...args: VarValue[]) => VarValue | void;

export interface RunnerOptions {
  /** EXTERNAL functions to bind by name. Unbound ones use their ink fallback. */
  externals?: Record<string, ExternalFunction>;
}

/** inkjs's default seed has only 100 values; ours is any 31-bit integer. */
export function normaliseSeed(seed: number): number {
  return Math.abs(Math.trunc(seed)) % 2147483647;
}

export class StoryRunner {
  readonly story: Story;
  private currentSeed = 0;
  private pendingErrors: string[] = [];
  /** The lines of the step begun and not yet run to its end (`resume`). */
  private stepping: { lines: StoryLine[]; ending: string | null } | null = null;

  constructor(compiledJson: string | object, options: RunnerOptions = {}) {
    this.story = new Story(typeof compiledJson === 'string' ? compiledJson : JSON.stringify(compiledJson));
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message: string) => {
      this.pendingErrors.push(message);
    };
    for (const [name, fn] of Object.entries(options.externals ?? {})) {
      // lookaheadSafe: our externals are pure functions of the state.
      this.story.BindExternalFunction(name, fn as (...args: unknown[]) => unknown, true);
    }
  }

  get seed(): number {
    return this.currentSeed;
  }

  /** Restart from the top (or from a knot), with an explicit, recorded seed. */
  start(seed: number, knot?: string): StoryStep {
    this.story.ResetState();
    this.setSeed(seed);
    if (knot) this.story.ChoosePathString(knot);
    return this.continue();
  }

  private setSeed(seed: number): void {
    this.currentSeed = normaliseSeed(seed);
    this.story.state.storySeed = this.currentSeed;
    this.story.state.previousRandom = 0;
  }

  /** Runs until the next choice or the end, collecting lines and tags. */
  continue(): StoryStep {
    this.stepping = { lines: [], ending: null };
    return this.resume(() => true)!;
  }

  /**
   * After a step threw (a runtime error inkjs could not report), returns the
   * errors collected so far and resets the runner and inkjs's re-entry counter,
   * so that loading another state starts clean.
   */
  recoverFromThrow(): string[] {
    const errors = this.pendingErrors;
    this.pendingErrors = [];
    (this.story as unknown as { _recursiveContinueCount: number })._recursiveContinueCount = 0;
    this.stepping = null;
    return errors;
  }

  get choices(): StoryChoice[] {
    return this.story.currentChoices.map((c, i) => ({ index: i, text: c.text.trim() }));
  }

  /** Takes a choice (0-based) and returns what follows. Throws on an invalid index. */
  choose(index: number): StoryStep {
    this.begin(index);
    return this.resume(() => true)!;
  }

  /**
   * Takes a choice (0-based) and runs nothing of what follows yet: `resume`
   * does, a line at a time. Throws on an invalid index.
   */
  begin(index: number): void {
    const n = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= n) {
      throw new RangeError(`choice ${index + 1} does not exist (there are ${n})`);
    }
    this.story.ChooseChoiceIndex(index);
    this.stepping = { lines: [], ending: null };
  }

  /**
   * Runs the step begun (`begin`) a line at a time, while `more()` says so
   * (asked after each line): the step, once the story waits for a choice or
   * has ended; null if `more()` stopped it first (call again to go on).
   * Loading a state or starting again drops a step not run to its end.
   */
  resume(more: () => boolean): StoryStep | null {
    const step = this.stepping;
    if (!step) throw new Error('no step begun');
    while (this.story.canContinue) {
      const text = this.story.Continue() ?? '';
      const tags = (this.story.currentTags ?? []).map(parseTag);
      for (const t of tags) if (t.kind === 'ending') step.ending = t.id;
      const trimmed = text.trim();
      if (trimmed || tags.length) step.lines.push({ text: trimmed, tags });
      if (this.story.canContinue && !more()) return null;
    }
    this.stepping = null;
    const errors = this.pendingErrors;
    this.pendingErrors = [];
    const choices = this.choices;
    return { lines: step.lines, choices, ended: choices.length === 0, ending: step.ending, errors };
  }

  /** All global variables as plain values (lists and paths as strings). */
  variables(): StoryVars {
    const out: Record<string, VarValue> = {};
    // inkjs's variablesState is a Proxy: each property read through it costs a
    // trap, and story:check reads every variable at every step. So the map and
    // the patch are read once, and the values straight from the map when no
    // patch (a background save in progress) overlays it.
    const state = this.story.variablesState as unknown as {
      _globalVariables: Map<string, { valueObject: unknown }>;
      patch: unknown;
    };
    const globals = state._globalVariables;
    const direct = state.patch === null;
    for (const [name, raw] of globals) {
      const v = direct ? raw.valueObject : this.story.variablesState.$(name);
      out[name] = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : String(v);
    }
    return out;
  }

  /** The ink state as JSON: position, variables, visit counts, seed. */
  saveState(): string {
    return this.story.state.toJson();
  }

  /** Restores a state saved by saveState(); throws if it does not fit this story. */
  loadState(json: string): void {
    this.story.state.LoadJson(json);
    this.currentSeed = this.story.state.storySeed;
    this.stepping = null;
  }

  /** Knot names of the story's top level (functions excluded), for tools and tests. */
  knotNames(): string[] {
    const named = this.story.mainContentContainer.namedContent;
    return [...named.keys()].filter((k) => !k.startsWith('global '));
  }
}
