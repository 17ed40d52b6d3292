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
import type { InkObject } from 'inkjs/engine/Object';
import { Container, ControlCommand } from './inkRuntime.ts';
import { storyFeatures, type StoryFeatures } from './storyFeatures.ts';
import { stateKey } from './stateKey.ts';
import { jsonSnapshots, patchSnapshots, type RestoreMode, type Snapshots } from './snapshot.ts';

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
  /** Lines one step may produce before it is called an endless loop. */
  maxLinesPerStep?: number;
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

function wordsOf(step: StoryStep): number {
  let n = 0;
  for (const l of step.lines) if (l.text) n += l.text.split(/\s+/).length;
  return n;
}

const isBetter = (a: PathNode, b: PathNode): boolean =>
  a.depth < b.depth || (a.depth === b.depth && a.words < b.words);

export function explore(runner: StoryRunner, options: ExploreOptions = {}): ExploreResult {
  const t0 = performance.now();
  const seeds = options.seeds ?? [0, 1, 2, 3, 4];
  const maxStates = options.maxStates ?? 2_000_000;
  const deadline = t0 + (options.maxSeconds ?? 120) * 1000;
  const mode = options.endings ?? 'tags';
  const story = runner.story;
  const found = storyFeatures(story, options.functionNames);
  const features = options.exactCounts ? { ...found, readsAnyCount: true } : found;

  // Count visits to every knot and stitch so "never visited" can be answered;
  // nothing reads these extra counts, so the story behaves the same.
  const unvisited = new Map<string, Container[]>();
  for (const [name, c] of features.knots) {
    const group = [c, ...[...c.namedContent.values()].filter((x): x is Container => x instanceof Container)];
    for (const x of group) x.visitsShouldBeCounted = true;
    unvisited.set(name, group);
  }
  const markVisited = (): void => {
    for (const [name, group] of unvisited) {
      if (group.some((c) => story.state.VisitCountForContainer(c) > 0)) unvisited.delete(name);
    }
  };

  // Where the story last hit END or DONE: inkjs clears the position when it
  // ends, so the knot an ending belongs to is recorded as it happens.
  let endedAt = '';
  const s = story as unknown as { PerformLogicAndFlowControl: (o: InkObject) => boolean };
  const perform = s.PerformLogicAndFlowControl.bind(story);
  const END = ControlCommand.CommandType.End;
  const DONE = ControlCommand.CommandType.Done;
  s.PerformLogicAndFlowControl = (o) => {
    if (o instanceof ControlCommand && (o.commandType === END || o.commandType === DONE)) {
      endedAt = story.state.currentPointer.container?.path.componentsString ?? '';
    }
    return perform(o);
  };
  // Where the last divert landed: the knot a story was in when it ran out of content.
  let divertedTo = '';
  const v = story as unknown as { VisitChangedContainersDueToDivert: () => void };
  const visitChanged = v.VisitChangedContainersDueToDivert.bind(story);
  v.VisitChangedContainersDueToDivert = () => {
    divertedTo = story.state.currentPointer.container?.path.componentsString ?? divertedTo;
    visitChanged();
  };
  // An ink loop that prints forever without a choice would hang the search.
  const maxLines = options.maxLinesPerStep ?? 20_000;
  let lines = 0;
  const cont = story.Continue.bind(story);
  story.Continue = () => {
    if (++lines > maxLines) throw new Error(`more than ${maxLines} lines without a choice: an endless loop?`);
    return cont();
  };

  const snaps: Snapshots<unknown> =
    (options.restore ?? 'patch') === 'json' ? jsonSnapshots(story) : patchSnapshots(story);
  const result: ExploreResult = {
    complete: true,
    stopReason: null,
    statesExplored: 0,
    seconds: 0,
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

  const seen = new Map<string, PathNode>();
  let next: Frontier<unknown>[] = [];

  /** Everything that happens after a step: checks, then a new frontier state or a stop. */
  const arrive = (step: StoryStep, path: PathNode, ending0: string | null, thrown: string | null): void => {
    const at = position() || endedAt;
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
    const vars = runner.variables();
    for (const m of metersOutOfRange(vars)) report(result.meterProblems, at, m, path);
    for (const name in vars) {
      let values = spread.get(name);
      if (!values) spread.set(name, (values = new Set()));
      values.add(vars[name]!);
    }
    markVisited();
    if (thrown) return;
    if (step.choices.length > 0) {
      const key = stateKey(story.state, features, ending ?? '');
      const old = seen.get(key);
      if (old) {
        // Same state reached again in the same layer: keep the shorter read.
        if (old.depth === path.depth && path.words < old.words) Object.assign(old, path);
        return;
      }
      seen.set(key, path);
      result.statesExplored++;
      next.push({ snap: snaps.save(), choices: step.choices.length, path, ending, at });
      return;
    }
    result.statesExplored++;
    let id: string | null = null;
    // inkjs forgets a safe exit by the time Continue returns; running out of
    // content is the one stop it reports, so any other stop was END or DONE.
    const ranOut = step.errors.some((e) => /ran out of content/.test(e));
    if (mode === 'tags') id = ending;
    else if (!ranOut) {
      const knot = endedAt.split('.')[0] ?? '';
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
      report(result.deadEnds, endedAt || divertedTo || at, why, path, text);
      return;
    }
    const best = endingPaths.get(id);
    if (!best || isBetter(path, best)) endingPaths.set(id, path);
  };

  const run = (fn: () => StoryStep): { step: StoryStep; thrown: string | null } => {
    endedAt = '';
    divertedTo = '';
    lines = 0;
    try {
      return { step: fn(), thrown: null };
    } catch (e) {
      const empty: StoryStep = { lines: [], choices: [], ended: true, ending: null, errors: [] };
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
  snaps.finish();
  story.Continue = cont;
  s.PerformLogicAndFlowControl = perform;
  v.VisitChangedContainersDueToDivert = visitChanged;

  result.complete = result.stopReason === null;
  for (const [id, p] of endingPaths) result.endings.set(id, routeOf(p));
  result.unvisitedKnots = [...unvisited.keys()];
  result.variableSpread = [...spread]
    .map(([name, values]) => ({ name, values: values.size }))
    .filter((v) => v.values > 1)
    .sort((a, b) => b.values - a.values);
  result.seconds = (performance.now() - t0) / 1000;
  result.statesPerSecond = result.statesExplored / Math.max(result.seconds, 1e-6);
  return result;
}
