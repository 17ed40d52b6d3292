/**
 * Exhaustive exploration of an ink story's state space through the game's own
 * StoryRunner: breadth first by number of choices, ties broken by words read,
 * states merged on stateKey. Finds every reachable ending with its fastest
 * route, dead ends, knots never visited, meters out of range, runtime errors,
 * unknown tags and blank choices. Used by story:check, story:routes and tests.
 */
import { StoryRunner, type StoryStep } from '../../src/narrative/storyRunner.ts';
import type { VarValue } from '../../src/core/storyVars.ts';
import { metersOutOfRange } from '../../src/core/meters.ts';
import { instrument } from './instrument.ts';
import { storyFeatures, type StoryFeatures } from './storyFeatures.ts';
import { stateKey } from './stateKey.ts';
import { copySnapshots, jsonSnapshots, type RestoreMode, type Snapshots } from './snapshot.ts';

export interface ExploreOptions {
  /** Each seed is a separate root (matters only for RANDOM and shuffles). Default 0..4. */
  seeds?: number[];
  maxStates?: number;
  maxSeconds?: number;
  /** Start at this knot instead of the top. */
  startKnot?: string;
  restore?: RestoreMode;
  /** "tags": endings are `# ending:` tags, any other stop is a dead end.
   *  "end": every stop at END/DONE is an ending named after its knot. */
  endings?: 'tags' | 'end';
  /** Names of ink functions (from the sources); otherwise guessed from the compiled story. */
  functionNames?: ReadonlySet<string>;
  /** Keep every visit count in the state key (no reentry analysis): slower, for tests. */
  exactCounts?: boolean;
  /** Variables left out of the state key. Unsound: only to measure what funnelling them would save. */
  ignoreVariables?: ReadonlySet<string>;
  /** Lines one step may produce before it is called an endless loop. */
  maxLinesPerStep?: number;
  /** Explore only the subtree under this (0-based) choice at the root: story:check
   *  runs one process per root choice (our three campaigns) on separate cores. */
  rootChoice?: number;
}

export interface Route {
  /** 1-based choice numbers from the root. */
  choices: number[];
  choiceTexts: string[];
  words: number;
  seed: number;
}

export interface Finding {
  /** Ink position (knot.stitch…) where it happened. */
  at: string;
  message: string;
  route: Route;
  /** The last text shown (dead ends). */
  text: string;
}

export interface ExploreResult {
  complete: boolean;
  stopReason: 'max-states' | 'max-seconds' | null;
  statesExplored: number;
  seconds: number;
  /** Process CPU time: what the search cost on a busy machine. */
  cpuSeconds: number;
  statesPerSecond: number;
  /** New states found after each number of choices: where a story's state space grows. */
  layers: number[];
  /** How many values each variable took over the explored states, most first:
   *  the variables that keep routes from merging. */
  variableSpread: { name: string; values: number }[];
  /** Ending id → fastest route (fewest choices, then fewest words). */
  endings: Map<string, Route>;
  /** Endings the story could have (ending knots in "end" mode); filled by the caller in "tags" mode. */
  staticEndings: string[];
  deadEnds: Finding[];
  knots: string[];
  unvisitedKnots: string[];
  meterProblems: Finding[];
  runtimeErrors: Finding[];
  unknownTags: Finding[];
  blankChoices: Finding[];
  features: StoryFeatures;
}

interface PathNode {
  parent: PathNode | null;
  choice: number;
  text: string;
  depth: number;
  words: number;
  seed: number;
}

interface Frontier<S> {
  snap: S | null;
  choices: number;
  path: PathNode;
  ending: string | null;
  at: string;
}

function routeOf(p: PathNode): Route {
  const choices: number[] = [];
  const choiceTexts: string[] = [];
  for (let n: PathNode | null = p; n && n.parent; n = n.parent) {
    choices.push(n.choice + 1);
    choiceTexts.push(n.text);
  }
  return { choices: choices.reverse(), choiceTexts: choiceTexts.reverse(), words: p.words, seed: p.seed };
}

/** Words read in a step (a word = a run of non-space characters; a char loop, as a regex split showed in profiles). */
function wordsOf(step: StoryStep): number {
  let n = 0;
  for (const l of step.lines) {
    let inWord = false;
    for (let i = 0; i < l.text.length; i++) {
      const space = l.text.charCodeAt(i) <= 32;
      if (!space && !inWord) n++;
      inWord = !space;
    }
  }
  return n;
}

const isBetter = (a: PathNode, b: PathNode): boolean =>
  a.depth < b.depth || (a.depth === b.depth && a.words < b.words);

export function explore(runner: StoryRunner, options: ExploreOptions = {}): ExploreResult {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const seeds = options.seeds ?? [0, 1, 2, 3, 4];
  const maxStates = options.maxStates ?? 2_000_000;
  const deadline = t0 + (options.maxSeconds ?? 120) * 1000;
  const mode = options.endings ?? 'tags';
  const story = runner.story;
  const found = storyFeatures(story, options.functionNames);
  const features = options.exactCounts ? { ...found, readsAnyCount: true } : found;

  const hooks = instrument(story, features.knots, options.maxLinesPerStep ?? 20_000);

  const snaps: Snapshots<unknown> = options.restore === 'json' ? jsonSnapshots(story) : copySnapshots(story);
  const result: ExploreResult = {
    complete: true,
    stopReason: null,
    statesExplored: 0,
    seconds: 0,
    cpuSeconds: 0,
    statesPerSecond: 0,
    layers: [],
    variableSpread: [],
    endings: new Map(),
    staticEndings: mode === 'end' ? features.endKnots : [],
    deadEnds: [],
    knots: [...features.knots.keys()],
    unvisitedKnots: [],
    meterProblems: [],
    runtimeErrors: [],
    unknownTags: [],
    blankChoices: [],
    features,
  };
  const endingPaths = new Map<string, PathNode>();
  const spread = new Map<string, Set<VarValue>>();
  const reported = new Set<string>();
  const report = (list: Finding[], at: string, message: string, path: PathNode, text = ''): void => {
    const id = `${at}|${message}`;
    if (reported.has(id) || list.length >= 200) return;
    reported.add(id);
    list.push({ at, message, route: routeOf(path), text });
  };
  const position = (): string =>
    story.currentChoices[0]?.sourcePath ??
    story.state.currentPointer.container?.path.componentsString ??
    story.state.previousPathString ??
    '';

  /** Meters in range, and how many values each variable takes (once per new state). */
  const checkVariables = (at: string, path: PathNode): void => {
    const vars = runner.variables();
    for (const m of metersOutOfRange(vars)) report(result.meterProblems, at, m, path);
    for (const name in vars) {
      let values = spread.get(name);
      if (!values) spread.set(name, (values = new Set()));
      values.add(vars[name]!);
    }
  };

  const seen = new Map<string, PathNode>();
  let next: Frontier<unknown>[] = [];

  /** Everything that happens after a step: checks, then a new frontier state or a stop. */
  const arrive = (step: StoryStep, path: PathNode, ending0: string | null, thrown: string | null): void => {
    const at = position() || hooks.endedAt();
    let ending = ending0;
    if (step.ending) ending = step.ending;
    for (const e of step.errors) {
      if (/ran out of content/.test(e)) continue;
      report(result.runtimeErrors, at, e, path);
    }
    if (thrown) report(result.runtimeErrors, at, thrown, path);
    for (const l of step.lines) {
      for (const t of l.tags)
        if (t.kind === 'unknown') report(result.unknownTags, at, `tag "${t.raw}": ${t.reason}`, path);
    }
    for (const c of step.choices)
      if (!c.text) report(result.blankChoices, at, 'a choice with empty text is offered', path);
    hooks.markVisited();
    if (thrown) return;
    if (step.choices.length > 0) {
      const key = stateKey(story.state, features, ending ?? '', options.ignoreVariables);
      const old = seen.get(key);
      if (old) {
        // Same state reached again in the same layer: keep the shorter read.
        if (old.depth === path.depth && path.words < old.words) Object.assign(old, path);
        return;
      }
      seen.set(key, path);
      checkVariables(at, path);
      result.statesExplored++;
      next.push({ snap: snaps.save(), choices: step.choices.length, path, ending, at });
      return;
    }
    checkVariables(at, path);
    result.statesExplored++;
    let id: string | null = null;
    // inkjs forgets a safe exit by the time Continue returns; running out of
    // content is the one stop it reports, so any other stop was END or DONE.
    const ranOut = step.errors.some((e) => /ran out of content/.test(e));
    if (mode === 'tags') id = ending;
    else if (!ranOut) {
      const knot = hooks.endedAt().split('.')[0] ?? '';
      id = features.knots.has(knot) ? knot : '(root)';
    }
    if (id === null) {
      const why =
        mode === 'tags'
          ? 'the story stops without an `# ending:` tag'
          : 'the story runs out of content without END or DONE';
      const text = step.lines
        .map((l) => l.text)
        .filter(Boolean)
        .slice(-2)
        .join(' / ');
      report(result.deadEnds, hooks.endedAt() || hooks.divertedTo() || at, why, path, text);
      return;
    }
    const best = endingPaths.get(id);
    if (!best || isBetter(path, best)) endingPaths.set(id, path);
  };

  const run = (fn: () => StoryStep): { step: StoryStep; thrown: string | null } => {
    hooks.startStep();
    try {
      return { step: fn(), thrown: null };
    } catch (e) {
      // A throw leaves the runner mid-step; reset it so the next branch starts clean.
      const errors = runner.recoverFromThrow();
      const empty: StoryStep = { lines: [], choices: [], ended: true, ending: null, errors };
      return { step: empty, thrown: (e as Error).message };
    }
  };

  for (const seed of seeds) {
    const root: PathNode = { parent: null, choice: -1, text: '', depth: 0, words: 0, seed };
    const { step, thrown } = run(() => runner.start(seed, options.startKnot));
    root.words = wordsOf(step);
    arrive(step, root, null, thrown);
  }

  let checked = 0;
  outer: while (next.length) {
    const layer = next;
    result.layers.push(layer.length);
    next = [];
    for (const node of layer) {
      const snap = node.snap;
      if (snap === null) continue;
      for (let i = 0; i < node.choices; i++) {
        if (options.rootChoice !== undefined && node.path.depth === 0 && i !== options.rootChoice) continue;
        snaps.restore(snap, i);
        const text = story.currentChoices[i]?.text.trim() ?? '';
        const { step, thrown } = run(() => runner.choose(i));
        const path: PathNode = {
          parent: node.path,
          choice: i,
          text,
          depth: node.path.depth + 1,
          words: node.path.words + wordsOf(step),
          seed: node.path.seed,
        };
        arrive(step, path, node.ending, thrown);
      }
      node.snap = null; // expanded: only the route back is kept
      if (++checked % 32 === 0 || result.statesExplored >= maxStates) {
        if (result.statesExplored >= maxStates) {
          result.stopReason = 'max-states';
          break outer;
        }
        if (performance.now() > deadline) {
          result.stopReason = 'max-seconds';
          break outer;
        }
      }
    }
  }
  hooks.remove();

  result.complete = result.stopReason === null;
  for (const [id, p] of endingPaths) result.endings.set(id, routeOf(p));
  result.unvisitedKnots = hooks.unvisited();
  result.variableSpread = [...spread]
    .map(([name, values]) => ({ name, values: values.size }))
    .filter((v) => v.values > 1)
    .sort((a, b) => b.values - a.values);
  result.seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  result.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  result.statesPerSecond = result.statesExplored / Math.max(result.seconds, 1e-6);
  return result;
}
