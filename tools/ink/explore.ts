/**
 * Exhaustive exploration of an ink story's state space through the game's own
 * StoryRunner: the breadth-first search (search.ts) with the story checks as
 * its visitor (storyChecks.ts), then a diagnosis of what they found: every
 * reachable ending with its fastest route, dead ends, knots never visited,
 * meters out of range, runtime errors, unknown tags and blank choices.
 * Used by story:check, story:routes and tests.
 */
import type { StoryRunner } from '../../src/narrative/storyRunner.ts';
import { instrument } from './instrument.ts';
import { storyFeatures, type StoryFeatures } from './storyFeatures.ts';
import { stateKey } from './stateKey.ts';
import { copySnapshots, jsonSnapshots, type RestoreMode, type Snapshots } from './snapshot.ts';
import { choiceEffects, type ChoiceEffects } from './choiceEffects.ts';
import { allOf } from './visitors.ts';
import { stepVariables } from './stepVariables.ts';
import { routeOf, search, type Route, type RouteNode, type SearchStats } from './search.ts';
import { StateGraph } from './timedRoutes.ts';
import { stripProse } from './proseless.ts';
import { replay } from './witness.ts';
import { directedSearch, EXHAUSTIVE_SHARE, type DirectedStats } from './directed.ts';
import { choicePointPaths } from './choicePoints.ts';
import { rememberPureCalls } from './pureCalls.ts';
import { rememberFinalKnots } from './finalKnots.ts';
import { liveness } from './liveness.ts';
import {
  lastText,
  storyChecks,
  type DeadEnd,
  type Finding,
  type Findings,
  type Problem,
  type UnknownTag,
} from './storyChecks.ts';

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
  /** Keep every global in the state key, dead or not (liveness.ts): to measure what dead-variable keys save. */
  keepDeadVariables?: boolean;
  /** Lines one step may produce before it is called an endless loop. */
  maxLinesPerStep?: number;
  /** Explore only the subtree under this (0-based) choice at the root: story:check
   *  runs one process per root choice (our three campaigns) on separate cores. */
  rootChoice?: number;
  /** Another runner of the same story, the one the player gets. When given, the
   *  runner explored becomes the exploration build (its prose taken out,
   *  proseless.ts: several times faster) and the routes reported are replayed
   *  on this one for their words and last text (witness.ts). */
  fullStory?: StoryRunner;
  /** Also find the route to each ending with the lowest estimated time (timedRoutes.ts):
   *  the explored state graph is kept for it, so only story:routes asks. */
  timedRoutes?: boolean;
  /** When the exhaustive search cannot finish, give the rest of the time
   *  (it gets EXHAUSTIVE_SHARE of maxSeconds) to a directed search (directed.ts)
   *  chasing these endings, the ones the story is known to have. */
  directed?: { endings?: string[] };
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
  /** How many values each variable held in the state keys, most first: the
   *  variables that keep routes from merging (a variable counts only where it is live). */
  variableSpread: { name: string; values: number }[];
  /** Ending id → fastest route (fewest choices, then fewest words). */
  endings: Map<string, Route>;
  /** Ending id → the route with the lowest estimated time; empty unless `timedRoutes`. */
  timedEndings: Map<string, Route>;
  /** Endings the story could have (ending knots in "end" mode); filled by the caller in "tags" mode. */
  staticEndings: string[];
  deadEnds: DeadEnd[];
  knots: string[];
  unvisitedKnots: string[];
  meterProblems: Problem[];
  runtimeErrors: Problem[];
  unknownTags: UnknownTag[];
  blankChoices: Finding[];
  features: StoryFeatures;
  /** Options offered and taken and their meter effects, for the design lints (choiceLints.ts). */
  choiceEffects: ChoiceEffects;
  /** Ink paths of every choice in the story: the total for coverage figures. */
  choicePoints: string[];
  /** What the directed search did, when the exhaustive one could not finish and it ran. */
  directed: DirectedStats | null;
}

export function explore(runner: StoryRunner, options: ExploreOptions = {}): ExploreResult {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const mode = options.endings ?? 'tags';
  const story = runner.story;
  const read = storyFeatures(story, options.functionNames);
  const features = options.exactCounts ? { ...read, readsAnyCount: true } : read;
  const functions = functionsOf(story, features);
  // Read from the compiled story before the exploration build replaces its strings.
  const dead = options.keepDeadVariables ? null : liveness(story, new Set(functions));
  const live = (): ReadonlySet<string> | null => dead?.live(story.state) ?? null;
  const prose = options.fullStory ? stripProse(story) : null;
  if (prose) {
    rememberPureCalls(story, prose, functions);
    rememberFinalKnots(story, prose, features.knots.values(), functions);
  }
  const hooks = instrument(story, features.knots, options.maxLinesPerStep ?? 20_000);
  const snapshots: Snapshots<unknown> =
    options.restore === 'json' ? jsonSnapshots(story) : copySnapshots(story);
  const graph = options.timedRoutes ? new StateGraph() : null;
  const variables = stepVariables(runner);
  const checks = storyChecks(
    runner,
    variables.vars,
    hooks,
    features,
    mode,
    graph ? (id, node) => graph.ending(id, node) : undefined,
    live,
  );
  const effects = choiceEffects(runner, variables.vars);
  const visitor = allOf(variables, checks, effects);
  const budget = (options.maxSeconds ?? 120) * 1000;
  // What the exhaustive and the directed search share: where they start and how states are told apart.
  const common = {
    runner,
    snapshots,
    seeds: options.seeds ?? [0, 1, 2, 3, 4],
    startKnot: options.startKnot,
    rootChoice: options.rootChoice,
    stateKey: (route: RouteNode) =>
      stateKey(story.state, features, route.ending ?? '', options.ignoreVariables, live()),
    stepWords: prose ? () => prose.take() : undefined,
  };
  const stats = search(
    {
      ...common,
      maxStates: options.maxStates ?? 2_000_000,
      deadline: t0 + budget * (options.directed ? EXHAUSTIVE_SHARE : 1),
      onState: graph ? (arrival, state) => graph.state(arrival, state) : undefined,
    },
    visitor,
  );
  const searchSeconds = (performance.now() - t0) / 1000;
  const choicePoints = choicePointPaths(story);
  const directed =
    options.directed && stats.stopReason
      ? directedSearch(
          {
            ...common,
            deadline: t0 + budget,
            progress: {
              offered: effects.effects.offered,
              taken: effects.effects.taken,
              knotsUnvisited: () => hooks.unvisited().length,
              endings: () => checks.findings.endings,
              endingsKnown: options.directed.endings ?? features.endKnots,
            },
          },
          visitor,
        )
      : null;
  const unvisitedKnots = hooks.unvisited();
  hooks.remove();
  const found = {
    ...diagnose(stats, checks.findings, features, mode),
    timedEndings: graph?.fastest() ?? new Map(),
  };
  if (options.fullStory) replayWitnesses(found, options.fullStory, options.startKnot);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    ...found,
    unvisitedKnots,
    choiceEffects: effects.effects,
    choicePoints,
    directed,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    // The exhaustive search's own rate: the directed search's time is not its.
    statesPerSecond: stats.statesExplored / Math.max(directed ? searchSeconds : seconds, 1e-6),
  };
}

/** The story's functions: its top-level containers that are not knots. */
function functionsOf(story: StoryRunner['story'], features: StoryFeatures): string[] {
  return [...story.mainContentContainer.namedContent.keys()].filter(
    (name) => !features.knots.has(name) && name !== 'global decl',
  );
}

/** What the search and the checks found, as the explorer's result. */
function diagnose(
  stats: SearchStats,
  f: Findings,
  features: StoryFeatures,
  mode: 'tags' | 'end',
): Omit<
  ExploreResult,
  | 'unvisitedKnots'
  | 'choiceEffects'
  | 'choicePoints'
  | 'directed'
  | 'seconds'
  | 'cpuSeconds'
  | 'statesPerSecond'
  | 'timedEndings'
> {
  return {
    complete: stats.stopReason === null,
    stopReason: stats.stopReason,
    statesExplored: stats.statesExplored,
    layers: stats.layers,
    variableSpread: [...f.spread]
      .map(([name, values]) => ({ name, values: values.size }))
      .filter((v) => v.values > 1)
      .sort((a, b) => b.values - a.values),
    endings: new Map([...f.endings].map(([id, node]) => [id, routeOf(node)])),
    staticEndings: mode === 'end' ? features.endKnots : [],
    deadEnds: f.deadEnds,
    knots: [...features.knots.keys()],
    meterProblems: f.meterProblems,
    runtimeErrors: f.runtimeErrors,
    unknownTags: f.unknownTags,
    blankChoices: f.blankChoices,
    features,
  };
}

/** The exploration build read no prose: words and last texts come from the full story. */
function replayWitnesses(
  found: Pick<ExploreResult, 'endings' | 'timedEndings' | 'deadEnds'>,
  full: StoryRunner,
  startKnot: string | undefined,
): void {
  for (const route of [...found.endings.values(), ...found.timedEndings.values()])
    route.words = replay(full, route, startKnot).words;
  for (const d of found.deadEnds) {
    const { words, lastStep } = replay(full, d.route, startKnot);
    d.route.words = words;
    d.text = lastText(lastStep);
  }
}
