/**
 * Breadth-first search over a story's states, by number of choices, ties
 * broken by words read; states merged on a key. It knows how to take choices,
 * save and restore states, survive a throwing step and keep to a budget; what
 * a step means (errors, endings, dead ends) is the visitor's business. So a
 * faster build of the story, another state key or another snapshot strategy
 * plugs in here without touching the checks.
 */
import type { StoryRunner, StoryStep } from '../../src/narrative/storyRunner.ts';
import type { Snapshots } from './snapshot.ts';
import { countWords } from './words.ts';

/** One step of a route, linked back to the root: the route is kept, the states are not. */
export interface RouteNode {
  parent: RouteNode | null;
  /** 0-based choice taken to get here (-1 at the root). */
  choice: number;
  /** Text of that choice. */
  text: string;
  /** Choices taken from the root. */
  depth: number;
  /** Words read from the root. */
  words: number;
  seed: number;
  /** The `# ending:` tag seen on this route so far, if any. */
  ending: string | null;
}

export interface Route {
  /** 1-based choice numbers from the root. */
  choices: number[];
  choiceTexts: string[];
  words: number;
  seed: number;
}

/** A step as it came out: `thrown` when the runner threw (the step is then empty). */
export interface StepOutcome {
  step: StoryStep;
  thrown: string | null;
}

export interface SearchVisitor {
  /** Before every step. */
  beforeStep(): void;
  /** After every step, merged or not: what it showed. */
  afterStep(outcome: StepOutcome, route: RouteNode): void;
  /** A state seen for the first time, or a stop (called right after afterStep). */
  newState(route: RouteNode): void;
  /** The story stopped: no choices offered. */
  stopped(outcome: StepOutcome, route: RouteNode): void;
}

export interface SearchOptions {
  runner: StoryRunner;
  snapshots: Snapshots<unknown>;
  /** Each seed is a separate root. */
  seeds: number[];
  startKnot?: string;
  /** Explore only the subtree under this 0-based root choice. */
  rootChoice?: number;
  /** The identity of the current state, to merge routes that reach it. */
  stateKey(route: RouteNode): string;
  maxStates: number;
  /** performance.now() after which the search stops. */
  deadline: number;
  /** Words a step read; default: counted in its lines. The exploration build
   *  prints no prose and counts its words as it runs (proseless.ts). */
  stepWords?: (step: StoryStep) => number;
  /** Every arrival at a state with choices: the route just taken and the state
   *  node it reached (itself when new, the merged one otherwise). The timed
   *  routes record the explored graph from these (timedRoutes.ts). */
  onState?: (arrival: RouteNode, state: RouteNode) => void;
}

export interface SearchStats {
  stopReason: 'max-states' | 'max-seconds' | null;
  statesExplored: number;
  /** New states found after each number of choices. */
  layers: number[];
}

interface Frontier {
  snap: unknown;
  choices: number;
  route: RouteNode;
}

export function routeOf(node: RouteNode): Route {
  const choices: number[] = [];
  const choiceTexts: string[] = [];
  for (let n: RouteNode | null = node; n && n.parent; n = n.parent) {
    choices.push(n.choice + 1);
    choiceTexts.push(n.text);
  }
  return {
    choices: choices.reverse(),
    choiceTexts: choiceTexts.reverse(),
    words: node.words,
    seed: node.seed,
  };
}

/** Fewer choices, then fewer words. */
export const isFaster = (a: RouteNode, b: RouteNode): boolean =>
  a.depth < b.depth || (a.depth === b.depth && a.words < b.words);

/** Words read in a step. */
function linesWords(step: StoryStep): number {
  let n = 0;
  for (const l of step.lines) n += countWords(l.text);
  return n;
}

/**
 * One story step as both searches take it: the visitor is told first, and a
 * throw becomes an ended step with its errors (the runner is reset, since a
 * throw leaves it mid-step and the next branch must start clean).
 */
export function guardedStep(runner: StoryRunner, visitor: SearchVisitor, fn: () => StoryStep): StepOutcome {
  visitor.beforeStep();
  try {
    return { step: fn(), thrown: null };
  } catch (e) {
    const errors = runner.recoverFromThrow();
    return {
      step: { lines: [], choices: [], ended: true, ending: null, errors },
      thrown: (e as Error).message,
    };
  }
}

export function search(options: SearchOptions, visitor: SearchVisitor): SearchStats {
  const { runner, snapshots } = options;
  const wordsOf = options.stepWords ?? linesWords;
  const stats: SearchStats = { stopReason: null, statesExplored: 0, layers: [] };
  const seen = new Map<string, RouteNode>();
  let next: Frontier[] = [];

  const run = (fn: () => StoryStep): StepOutcome => guardedStep(runner, visitor, fn);

  const arrive = (outcome: StepOutcome, route: RouteNode): void => {
    visitor.afterStep(outcome, route);
    if (outcome.thrown) return;
    const choices = outcome.step.choices.length;
    if (choices > 0) {
      const key = options.stateKey(route);
      const old = seen.get(key);
      options.onState?.(route, old ?? route);
      if (old) {
        // Same state reached again in the same layer: keep the shorter read.
        if (old.depth === route.depth && route.words < old.words) Object.assign(old, route);
        return;
      }
      seen.set(key, route);
      visitor.newState(route);
      stats.statesExplored++;
      next.push({ snap: snapshots.save(), choices, route });
      return;
    }
    visitor.newState(route);
    stats.statesExplored++;
    visitor.stopped(outcome, route);
  };

  for (const seed of options.seeds) {
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
    arrive(outcome, root);
  }

  let expanded = 0;
  outer: while (next.length) {
    const layer = next;
    stats.layers.push(layer.length);
    next = [];
    for (const node of layer) {
      for (let i = 0; i < node.choices; i++) {
        if (options.rootChoice !== undefined && node.route.depth === 0 && i !== options.rootChoice) continue;
        snapshots.restore(node.snap, i);
        const text = runner.story.currentChoices[i]?.text.trim() ?? '';
        const outcome = run(() => runner.choose(i));
        arrive(outcome, {
          parent: node.route,
          choice: i,
          text,
          depth: node.route.depth + 1,
          words: node.route.words + wordsOf(outcome.step),
          seed: node.route.seed,
          ending: outcome.step.ending ?? node.route.ending,
        });
      }
      node.snap = null; // expanded: only the route back is kept
      if (++expanded % 32 === 0 || stats.statesExplored >= options.maxStates) {
        if (stats.statesExplored >= options.maxStates) {
          stats.stopReason = 'max-states';
          break outer;
        }
        if (performance.now() > options.deadline) {
          stats.stopReason = 'max-seconds';
          break outer;
        }
      }
    }
  }
  return stats;
}
