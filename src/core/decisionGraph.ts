/**
 * The decision graph: every decision a player has reached, across runs, for one
 * figure and one story version. A decision is named by its choice path (the
 * 0-based options taken from the campaign's start to reach it), so the same
 * chapter reached by two routes is two decisions, each with its own state.
 * The flowchart view shows it; a jump returns to a decision as it was first
 * reached. Pure data and functions: the store and the controller do the rest.
 */
import type { RunRecord } from './run';

export interface DecisionNode {
  /** 0-based options taken from the campaign's start to reach it. */
  path: number[];
  chapter: string;
  chapterTitle: string;
  /** The options offered on first arrival. */
  options: string[];
  /** The options ever taken from here, across runs (0-based, ascending). */
  taken: number[];
  /** The seed and start of the run that first reached it: with the path, enough to replay to it. */
  seed: number;
  startedAt: string;
  /** Is the exact state of the first arrival stored? Only a bounded number are (MAX_STORED_STATES). */
  stored: boolean;
}

export interface DecisionGraph {
  /** By pathKey(path). */
  nodes: Record<string, DecisionNode>;
}

/**
 * Bounds per figure and story version, to keep within the browser's storage
 * (about 5 MB per site, shared with the saves): a decision is about 0.5 kB, a
 * stored state about 10 kB. Past the first bound new decisions are not
 * recorded; past the second a jump replays the run to the decision instead
 * (exact as well, from the run's seed, as undo does).
 */
export const MAX_DECISIONS = 1000;
export const MAX_STORED_STATES = 40;

export const EMPTY_GRAPH: DecisionGraph = { nodes: {} };

export const pathKey = (path: readonly number[]): string => path.join('.');

/** The choice path of a run: where its next decision sits. */
export const runPath = (run: Pick<RunRecord, 'choices'>): number[] => run.choices.map((c) => c.index);

export type Arrival = Omit<DecisionNode, 'taken' | 'stored'>;

/** The graph after arriving at a decision: unchanged if it was reached before (the first arrival is kept) or the graph is full. */
export function reach(graph: DecisionGraph, arrival: Arrival): DecisionGraph {
  const key = pathKey(arrival.path);
  if (graph.nodes[key] || Object.keys(graph.nodes).length >= MAX_DECISIONS) return graph;
  return { nodes: { ...graph.nodes, [key]: { ...arrival, taken: [], stored: false } } };
}

/** The graph after option `index` was taken at the decision at `path` (unchanged if unknown or already marked). */
export function markTaken(graph: DecisionGraph, path: readonly number[], index: number): DecisionGraph {
  const key = pathKey(path);
  const node = graph.nodes[key];
  if (!node || node.taken.includes(index)) return graph;
  const taken = [...node.taken, index].sort((a, b) => a - b);
  return { nodes: { ...graph.nodes, [key]: { ...node, taken } } };
}

/** May the first arrival's state at `path` be stored, within the bound? */
export function canStoreState(graph: DecisionGraph, path: readonly number[]): boolean {
  const node = graph.nodes[pathKey(path)];
  const stored = Object.values(graph.nodes).filter((n) => n.stored).length;
  return !!node && !node.stored && stored < MAX_STORED_STATES;
}

export function markStored(graph: DecisionGraph, path: readonly number[]): DecisionGraph {
  const key = pathKey(path);
  const node = graph.nodes[key];
  return node ? { nodes: { ...graph.nodes, [key]: { ...node, stored: true } } } : graph;
}

/**
 * The option texts along a decision's path, read from the decisions before it:
 * what a replay to it takes. Null when one of them was never recorded.
 */
export function pathTexts(graph: DecisionGraph, path: readonly number[]): string[] | null {
  const texts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const text = graph.nodes[pathKey(path.slice(0, i))]?.options[path[i]!];
    if (text === undefined) return null;
    texts.push(text);
  }
  return texts;
}

/** Can the player return to a decision: from its stored state, or by replaying the options before it? */
export function isJumpable(graph: DecisionGraph, node: DecisionNode): boolean {
  return node.stored || pathTexts(graph, node.path) !== null;
}

// ── The flowchart's model ──

export interface FlowOption {
  text: string;
  /** Taken at this decision in the run on screen. */
  takenThisRun: boolean;
  /** Taken here in any run. */
  takenEver: boolean;
}

export interface FlowDecision {
  /** pathKey of the decision; null for a decision of this run that was never recorded (a run older than the flowchart). */
  key: string | null;
  chapter: string;
  chapterTitle: string;
  /** Choices taken before it. */
  depth: number;
  /** The option that led here, or null at the campaign's start. */
  via: string | null;
  options: FlowOption[];
  /** The decision on screen now. */
  current: boolean;
  /** On the run on screen (before or at the current decision). */
  onThisRun: boolean;
  /** Can the player return to it with its exact state? */
  jumpable: boolean;
}

export interface FlowChapter {
  chapter: string;
  title: string;
  decisions: FlowDecision[];
}

export interface Flowchart {
  /** The run on screen, decision by decision in play order, each option taken marked. */
  run: FlowDecision[];
  /** Every decision ever reached, by chapter, chapters in the order the story reaches them. */
  chapters: FlowChapter[];
}

type RunView = Pick<RunRecord, 'choices'>;

function decision(graph: DecisionGraph, node: DecisionNode, run: RunView | null): FlowDecision {
  const here = run ? runPath(run) : [];
  const onThisRun = node.path.length <= here.length && node.path.every((c, i) => here[i] === c);
  const takenHere = onThisRun ? here[node.path.length] : undefined;
  const parent = graph.nodes[pathKey(node.path.slice(0, -1))];
  const last = node.path[node.path.length - 1];
  return {
    key: pathKey(node.path),
    chapter: node.chapter,
    chapterTitle: node.chapterTitle,
    depth: node.path.length,
    via: last === undefined ? null : (parent?.options[last] ?? null),
    options: node.options.map((text, i) => ({
      text,
      takenThisRun: takenHere === i,
      takenEver: node.taken.includes(i),
    })),
    current: onThisRun && node.path.length === here.length,
    onThisRun,
    jumpable: isJumpable(graph, node),
  };
}

/** A decision of the run that the graph does not hold: what the run record knows of it. */
function fromRecord(run: RunRecord, i: number): FlowDecision {
  const c = run.choices[i]!;
  return {
    key: null,
    chapter: c.chapter,
    chapterTitle: c.chapterTitle || c.chapter,
    depth: i,
    via: run.choices[i - 1]?.text ?? null,
    options: [{ text: c.text, takenThisRun: true, takenEver: true }],
    current: false,
    onThisRun: true,
    jumpable: false,
  };
}

/** The flowchart of a figure's graph, with the run on screen (null from the title) marked on it. */
export function flowchart(graph: DecisionGraph, run: RunRecord | null): Flowchart {
  const path = run ? runPath(run) : [];
  const runDecisions: FlowDecision[] = [];
  if (run)
    for (let i = 0; i <= path.length; i++) {
      const node = graph.nodes[pathKey(path.slice(0, i))];
      if (node) runDecisions.push(decision(graph, node, run));
      else if (i < path.length) runDecisions.push(fromRecord(run, i));
    }

  const byChapter = new Map<string, FlowChapter & { firstDepth: number }>();
  const nodes = Object.values(graph.nodes).sort((a, b) => comparePaths(a.path, b.path));
  for (const node of nodes) {
    let group = byChapter.get(node.chapter);
    if (!group) {
      group = {
        chapter: node.chapter,
        title: node.chapterTitle,
        decisions: [],
        firstDepth: node.path.length,
      };
      byChapter.set(node.chapter, group);
    }
    group.firstDepth = Math.min(group.firstDepth, node.path.length);
    group.decisions.push(decision(graph, node, run));
  }
  const chapters = [...byChapter.values()]
    .sort((a, b) => a.firstDepth - b.firstDepth || compareChapters(a.chapter, b.chapter))
    .map(({ chapter, title, decisions }) => ({ chapter, title, decisions }));
  return { run: runDecisions, chapters };
}

/** Shorter paths first, then option by option. */
function comparePaths(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** "SH-2" before "SH-10": chapter ids compare by their numbers. */
function compareChapters(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
