/**
 * The directed search story:check falls back on when the breadth-first search
 * (search.ts) cannot finish within its budget: a story whose counters change in
 * many places has more states than any budget, and breadth-first order spends
 * all of it on the first dozen choices, never reaching an ending behind twenty.
 *
 * It plays routes to the end instead, guided toward what has not been seen
 * yet (Go-Explore style): it keeps an archive of "cells" (a position and the
 * variables in coarse bands) with a saved state and the shortest route found
 * to each, and restarts from cells that were last to show something new or
 * were picked least. A knot, a choice or an ending seen for the first time
 * counts for more than a new cell. Half the routes then go on at random,
 * options never taken first; the other half steer toward a random corner of
 * the counters (this one high, that one low), trying every option at each
 * choice point: endings behind a combination of counters are found so.
 * Routes that reach a state already seen by a shorter route continue on the
 * shorter one (the same state key the exhaustive search merges on), and each
 * ending's route is then shortened by cutting loops (loopCuts.ts).
 *
 * Every step goes through the same visitor as the exhaustive search, so what
 * it finds (endings and their fastest routes, dead ends, runtime errors,
 * meters out of range) is reported the same way. It proves nothing about what
 * it does not reach: an ending it misses may still be reachable.
 */
import type { StoryRunner, StoryStep } from '../../src/narrative/storyRunner.ts';
import type { VarValue } from '../../src/core/storyVars.ts';
import { guardedStep, type RouteNode, type SearchVisitor, type StepOutcome } from './search.ts';
import type { Snapshots } from './snapshot.ts';
import { countWords } from './words.ts';
import { seededRandom } from '../seeded.ts';
import { shortenEndings, type Step } from './loopCuts.ts';

/** Of a time budget, what the exhaustive search gets before the directed search takes over. */
export const EXHAUSTIVE_SHARE = 2 / 3;

export interface DirectedOptions {
  runner: StoryRunner;
  snapshots: Snapshots<unknown>;
  seeds: number[];
  startKnot?: string;
  /** Only routes under this 0-based root choice (one part of a parallel check). */
  rootChoice?: number;
  stateKey(route: RouteNode): string;
  /** performance.now() after which the search stops. */
  deadline: number;
  stepWords?: (step: StoryStep) => number;
  /** What the visitor has found so far: the search chases what is missing and stops when nothing is. */
  progress: Progress;
}

export interface Progress {
  /** Choices offered and taken so far, by either search (choiceEffects.ts records them). */
  offered: ReadonlySet<string>;
  taken: ReadonlySet<string>;
  knotsUnvisited(): number;
  /** Ending id → the fastest route found to it (the story checks keep it). */
  endings(): ReadonlyMap<string, RouteNode>;
  /** Endings the story is known to have (from the lint, the catalogue or END knots). */
  endingsKnown: readonly string[];
}

export interface DirectedStats {
  /** Routes played (restarts), including the loop cuts tried. */
  playouts: number;
  /** Choices taken. */
  choices: number;
  /** States not seen before, by their key. */
  newStates: number;
  seconds: number;
  /** Why it stopped: everything known was reached, or the time ran out. */
  stopReason: 'covered' | 'max-seconds';
  /** Seconds until then, when everything known was reached (before the loop cutting). */
  coveredAfter: number | null;
}

/** Numbers in a cell are kept in bands this wide: a counter that moved by one is not a new place. */
const BAND = 3;
/** Cells kept at most; past it only knots, choices and endings seen for the first time add one. */
const MAX_CELLS = 20_000;
/** State keys remembered at most, for merging routes onto shorter ones. */
const MAX_KEYS = 300_000;
/** A route is given up after this many choices without anything new. */
const STALE_CHOICES = 40;
/** Nor is any route longer than this (a story that loops forever). */
const MAX_ROUTE = 2_000;
/** The most recently archived cells, from which half of the restarts are made. */
const RECENT = 64;
/** Playouts toward a random corner of the variables (the rest are random, novelty first). */
const GREEDY_SHARE = 0.5;
/** How often such a playout takes a random option instead. */
const NOISE = 0.15;
/** The last part of the directed search's time kept for cutting loops out of the routes found. */
const SHORTEN_SHARE = 0.1;

interface Cell {
  snap: unknown;
  route: RouteNode;
  /** Paths of the options offered there (the live story is elsewhere when it is picked). */
  options: string[];
  /** A first knot, choice or ending (10) or only a new cell (1). */
  worth: number;
  picks: number;
}

function linesWords(step: StoryStep): number {
  let n = 0;
  for (const l of step.lines) n += countWords(l.text);
  return n;
}

function band(v: VarValue): string {
  return typeof v === 'number' ? String(Math.floor(v / BAND)) : String(v);
}

export function directedSearch(options: DirectedOptions, visitor: SearchVisitor): DirectedStats {
  const t0 = performance.now();
  const { runner, snapshots, progress } = options;
  const story = runner.story;
  const wordsOf = options.stepWords ?? linesWords;
  // A fixed seed: the same routes on every run, as far as the time allows.
  const rand = seededRandom(1);
  const stats: DirectedStats = {
    playouts: 0,
    choices: 0,
    newStates: 0,
    seconds: 0,
    stopReason: 'max-seconds',
    coveredAfter: null,
  };
  const seen = new Map<string, RouteNode>();
  const cells = new Map<string, Cell>();
  const archive: Cell[] = [];
  // Choices seen offered (a conditional one may never be).
  const offered = new Set<string>(progress.offered);
  const takenHere = new Map<string, number>();
  // The range each numeric variable has taken: a direction weighs them alike.
  const ranges = new Map<string, [number, number]>();
  const randomDirection = (): [string, number][] =>
    [...ranges].map(([name, [lo, hi]]) => [name, (rand() * 2 - 1) / Math.max(1, hi - lo)]);
  const along = (direction: [string, number][]): number => {
    const vars = runner.variables();
    let s = 0;
    for (const [name, w] of direction) s += w * (vars[name] as number);
    return s;
  };
  let knotsLeft = progress.knotsUnvisited();
  let endingsFound = progress.endings().size;

  // Nothing left to chase: every knot visited, every known ending reached, and
  // every choice seen offered taken (a condition never met offers nothing to take).
  const covered = (): boolean =>
    progress.knotsUnvisited() === 0 &&
    progress.endingsKnown.every((id) => progress.endings().has(id)) &&
    [...progress.offered].every((p) => progress.taken.has(p) || outOfScope.has(p));
  // In one part of a parallel check the other root choices are another process's.
  const outOfScope = new Set<string>();

  const run = (fn: () => StoryStep): StepOutcome => guardedStep(runner, visitor, fn);

  /** What is new about the state just reached: 10 for a first knot, choice or ending, 1 for a new cell, else 0. */
  const novelty = (outcome: StepOutcome): { worth: number; cell: string } => {
    let worth = 0;
    const knots = progress.knotsUnvisited();
    const endings = progress.endings().size;
    if (knots < knotsLeft || endings > endingsFound) worth = 10;
    knotsLeft = knots;
    endingsFound = endings;
    let position = '';
    for (const c of story.currentChoices) {
      position += `${c.sourcePath}|`;
      if (!offered.has(c.sourcePath)) {
        offered.add(c.sourcePath);
        worth = 10;
      }
    }
    if (outcome.step.choices.length === 0) return { worth, cell: '' };
    const vars = runner.variables();
    let cell = position;
    for (const name in vars) {
      const v = vars[name]!;
      cell += `${band(v)},`;
      if (typeof v === 'number') {
        const r = ranges.get(name);
        if (!r) ranges.set(name, [v, v]);
        else if (v < r[0]) r[0] = v;
        else if (v > r[1]) r[1] = v;
      }
    }
    if (worth === 0 && !cells.has(cell)) worth = 1;
    return { worth, cell };
  };

  /** Arrives at the outcome of a step: the visitor sees it, and the route may continue on a shorter one. */
  const arrive = (outcome: StepOutcome, route: RouteNode): RouteNode => {
    visitor.afterStep(outcome, route);
    if (outcome.thrown) return route;
    if (outcome.step.choices.length === 0) {
      visitor.newState(route);
      stats.newStates++;
      visitor.stopped(outcome, route);
      return route;
    }
    const key = options.stateKey(route);
    const old = seen.get(key);
    if (old && old.depth <= route.depth) return old;
    if (!old) {
      visitor.newState(route);
      stats.newStates++;
    }
    if (old || seen.size < MAX_KEYS) seen.set(key, route);
    return route;
  };

  /** Keeps the state just reached as a cell to restart from; null when the archive is full and it is only a new cell. */
  const archiveHere = (cell: string, worth: number, route: RouteNode): unknown => {
    const old = cells.get(cell);
    if (!old && worth < 10 && cells.size >= MAX_CELLS) return null;
    const options = optionsHere();
    const snap = snapshots.save();
    if (old) {
      // The same cell by a shorter route: keep the shorter one.
      Object.assign(old, { snap, route, options, worth: Math.max(old.worth, worth) });
      return snap;
    }
    const c: Cell = { snap, route, options, worth, picks: 0 };
    cells.set(cell, c);
    archive.push(c);
    return snap;
  };

  /** Null (from the top) with chance `top`; else half from what was last new, half from the least tried. */
  const pickCell = (top: number): Cell | null => {
    if (archive.length === 0 || rand() < top) return null;
    let best: Cell | null = null;
    if (rand() < 0.5) {
      best = archive[archive.length - 1 - Math.floor(rand() * Math.min(RECENT, archive.length))]!;
    } else {
      let score = -1;
      for (let i = 0; i < 8; i++) {
        const c = archive[Math.floor(rand() * archive.length)]!;
        const s = c.worth / Math.sqrt(1 + c.picks);
        if (s > score) [best, score] = [c, s];
      }
    }
    best!.picks++;
    return best;
  };

  const optionsHere = (): string[] => story.currentChoices.map((c) => c.sourcePath);
  /** Where the story stands, for cutting loops out of routes: the options it offers. */
  const position = (): string => optionsHere().join('|');

  /** Options never taken first, then the least taken. */
  const pickOption = (paths: string[], depth: number): number => {
    if (depth === 0 && options.rootChoice !== undefined) return options.rootChoice;
    let total = 0;
    const weights = paths.map((p) => {
      const w = progress.taken.has(p) ? 1 / Math.sqrt(1 + (takenHere.get(p) ?? 0)) : 20;
      total += w;
      return w;
    });
    let x = rand() * total;
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]!) < 0) return i;
    return weights.length - 1;
  };

  const startAtRoot = (given?: number): Step => {
    const seed = given ?? options.seeds[Math.floor(rand() * options.seeds.length)] ?? 0;
    const outcome = run(() => runner.start(seed, options.startKnot));
    const root: RouteNode = {
      parent: null,
      choice: -1,
      text: '',
      depth: 0,
      words: wordsOf(outcome.step),
      seed,
      ending: outcome.step.ending,
    };
    if (options.rootChoice !== undefined)
      story.currentChoices.forEach((c, i) => i !== options.rootChoice && outOfScope.add(c.sourcePath));
    return { route: arrive(outcome, root), outcome };
  };

  /** Takes option i from the live state (saved as `snap` first when it is archived). */
  const take = (route: RouteNode, i: number, snap: unknown): Step => {
    if (snap !== null) snapshots.restore(snap, i);
    const choice = story.currentChoices[i];
    const text = choice?.text.trim() ?? '';
    if (choice) takenHere.set(choice.sourcePath, (takenHere.get(choice.sourcePath) ?? 0) + 1);
    const outcome = run(() => runner.choose(i));
    stats.choices++;
    const next: RouteNode = {
      parent: route,
      choice: i,
      text,
      depth: route.depth + 1,
      words: route.words + wordsOf(outcome.step),
      seed: route.seed,
      ending: outcome.step.ending ?? route.ending,
    };
    return { route: arrive(outcome, next), outcome };
  };

  /** A choice point to go on from: its saved state, or null for the live one. */
  type Here = { route: RouteNode; snap: unknown; paths: string[] };
  const stopAt = options.deadline - (options.deadline - t0) * SHORTEN_SHARE;

  const fromRoot = (): Here | null => {
    const { route, outcome } = startAtRoot();
    if (outcome.thrown || outcome.step.choices.length === 0) return null;
    const here = novelty(outcome);
    const paths = optionsHere();
    return { route, paths, snap: here.worth > 0 ? archiveHere(here.cell, here.worth, route) : null };
  };

  /** Random, options never taken first, until nothing new shows for a while. */
  const randomPlayout = (from: Here): void => {
    let { route, snap, paths } = from;
    for (let stale = 0, n = 0; stale < STALE_CHOICES && n < MAX_ROUTE && performance.now() < stopAt; n++) {
      const next = take(route, pickOption(paths, route.depth), snap);
      route = next.route;
      if (next.outcome.thrown || next.outcome.step.choices.length === 0) return;
      const here = novelty(next.outcome);
      stale = here.worth > 0 ? 0 : stale + 1;
      paths = optionsHere();
      snap = here.worth > 0 ? archiveHere(here.cell, here.worth, route) : null;
    }
  };

  /**
   * Toward a random corner of the variables: at each choice point every option
   * is tried and the route goes on with the one that moves the numbers
   * furthest along a random direction (now and then a random one). Endings
   * behind a combination of counters (this high, that low) are found so.
   */
  const greedyPlayout = (from: Here): void => {
    const direction = randomDirection();
    let here: Here | null = from;
    for (let n = 0; here && n < MAX_ROUTE && performance.now() < stopAt; n++) {
      const snap = here.snap ?? snapshots.save();
      const indices =
        here.route.depth === 0 && options.rootChoice !== undefined
          ? [options.rootChoice]
          : here.paths.map((_, i) => i);
      const noisy = rand() < NOISE;
      let best: Here | null = null;
      let bestScore = -Infinity;
      for (const i of indices) {
        const next = take(here.route, i, snap);
        if (next.outcome.thrown || next.outcome.step.choices.length === 0) continue;
        const found = novelty(next.outcome);
        const score = noisy ? rand() : along(direction);
        const paths = optionsHere();
        const saved =
          (found.worth > 0 ? archiveHere(found.cell, found.worth, next.route) : null) ?? snapshots.save();
        if (score > bestScore) [best, bestScore] = [{ route: next.route, snap: saved, paths }, score];
      }
      here = best;
    }
  };

  while (performance.now() < stopAt) {
    if (covered()) {
      stats.stopReason = 'covered';
      stats.coveredAfter = (performance.now() - t0) / 1000;
      break;
    }
    stats.playouts++;
    const greedy = rand() < GREEDY_SHARE;
    const cell = pickCell(greedy ? 0.5 : 0.1);
    const from = cell ? { route: cell.route, snap: cell.snap, paths: cell.options } : fromRoot();
    if (!from) break;
    if (greedy) greedyPlayout(from);
    else randomPlayout(from);
  }
  if (stats.stopReason === 'covered' || performance.now() < options.deadline)
    stats.playouts += shortenEndings(progress, options.deadline, { take, start: startAtRoot, position });
  stats.seconds = (performance.now() - t0) / 1000;
  return stats;
}
