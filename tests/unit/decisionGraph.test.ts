/**
 * The decision graph as the flowchart shows it: decisions named by their
 * choice path, the first arrival kept, options taken across runs marked, the
 * run on screen marked on it, and the bounds that keep it within storage.
 */
import { describe, expect, it } from 'vitest';
import {
  canStoreState,
  EMPTY_GRAPH,
  flowchart,
  markStored,
  markTaken,
  MAX_DECISIONS,
  MAX_STORED_STATES,
  pathTexts,
  reach,
  type Arrival,
  type DecisionGraph,
} from '../../src/core/decisionGraph';
import type { RunRecord } from '../../src/core/run';

const arrival = (path: number[], chapter: string, options: string[], seed = 7): Arrival => ({
  path,
  chapter,
  chapterTitle: `Title ${chapter}`,
  options,
  seed,
  startedAt: '1938-07-29T06:00:00.000Z',
});

function run(choices: [number, string, string][]): RunRecord {
  return {
    figure: 'shtern',
    seed: 7,
    storyHash: 'h',
    startedAt: '1938-07-29T06:00:00.000Z',
    startMeters: {},
    choices: choices.map(([index, text, chapter]) => ({
      index,
      text,
      chapter,
      chapterTitle: '',
      meters: {},
    })),
  };
}

/** Two runs: A then B (a→b1), and A then C (a→c). */
function twoRuns(): DecisionGraph {
  let g = reach(EMPTY_GRAPH, arrival([], 'SH-1', ['Wait', 'Act']));
  g = markTaken(g, [], 0);
  g = reach(g, arrival([0], 'SH-2', ['Hold', 'Strike', 'Retreat']));
  g = markTaken(g, [0], 1);
  g = reach(g, arrival([0, 1], 'SH-3', ['Report', 'Stay silent']));
  g = markTaken(g, [], 1);
  return reach(g, arrival([1], 'SH-3', ['Report', 'Stay silent']));
}

describe('decision graph', () => {
  it('keeps the first arrival at a decision, and marks each option taken once', () => {
    let g = reach(EMPTY_GRAPH, arrival([], 'SH-1', ['Wait', 'Act'], 1));
    g = reach(g, arrival([], 'SH-1', ['Something else'], 2));
    expect(g.nodes['']).toMatchObject({ options: ['Wait', 'Act'], seed: 1, taken: [], stored: false });
    g = markTaken(markTaken(markTaken(g, [], 1), [], 0), [], 1);
    expect(g.nodes['']?.taken).toEqual([0, 1]);
    // An option at a decision never recorded changes nothing.
    expect(markTaken(g, [5], 0)).toBe(g);
  });

  it('reads the option texts along a path from the decisions before it, for a replay', () => {
    const g = twoRuns();
    expect(pathTexts(g, [0, 1])).toEqual(['Wait', 'Strike']);
    expect(pathTexts(g, [])).toEqual([]);
    // A decision whose way there was never recorded cannot be replayed to.
    expect(pathTexts(g, [0, 2, 0])).toBeNull();
  });

  it('shows the run so far in play order, with the option taken at each marked', () => {
    const chart = flowchart(
      twoRuns(),
      run([
        [0, 'Wait', 'SH-1'],
        [1, 'Strike', 'SH-2'],
      ]),
    );
    expect(chart.run.map((d) => [d.chapter, d.current])).toEqual([
      ['SH-1', false],
      ['SH-2', false],
      ['SH-3', true],
    ]);
    expect(chart.run[1]?.options).toEqual([
      { text: 'Hold', takenThisRun: false, takenEver: false },
      { text: 'Strike', takenThisRun: true, takenEver: true },
      { text: 'Retreat', takenThisRun: false, takenEver: false },
    ]);
    // The first decision: Act was taken in another run, Wait in this one.
    expect(chart.run[0]?.options.map((o) => [o.takenThisRun, o.takenEver])).toEqual([
      [true, true],
      [false, true],
    ]);
    expect(chart.run.every((d) => d.jumpable)).toBe(true);
  });

  it('groups every decision reached by chapter, chapters in the order the story reaches them', () => {
    const chart = flowchart(twoRuns(), null);
    expect(chart.chapters.map((c) => [c.chapter, c.decisions.map((d) => d.key)])).toEqual([
      ['SH-1', ['']],
      ['SH-2', ['0']],
      ['SH-3', ['1', '0.1']],
    ]);
    // The same chapter reached two ways is two decisions, each saying how it was reached.
    expect(chart.chapters[2]?.decisions.map((d) => d.via)).toEqual(['Act', 'Strike']);
    expect(chart.run).toEqual([]);
  });

  it('marks only the decisions on the run on screen, and the current one', () => {
    const chart = flowchart(twoRuns(), run([[1, 'Act', 'SH-1']]));
    const sh3 = chart.chapters.find((c) => c.chapter === 'SH-3')!.decisions;
    expect(sh3.map((d) => [d.key, d.onThisRun, d.current])).toEqual([
      ['1', true, true],
      ['0.1', false, false],
    ]);
  });

  it('shows a decision of this run that was never recorded from the run record, not as a jump target', () => {
    const chart = flowchart(EMPTY_GRAPH, run([[2, 'Retreat', 'SH-4']]));
    expect(chart.run).toEqual([
      expect.objectContaining({
        key: null,
        chapter: 'SH-4',
        jumpable: false,
        options: [{ text: 'Retreat', takenThisRun: true, takenEver: true }],
      }),
    ]);
  });

  it('stores a bounded number of states and records a bounded number of decisions', () => {
    let g: DecisionGraph = EMPTY_GRAPH;
    for (let i = 0; i < MAX_STORED_STATES + 1; i++) {
      g = reach(g, arrival([i], 'SH-2', ['x']));
      if (canStoreState(g, [i])) g = markStored(g, [i]);
    }
    const stored = Object.values(g.nodes).filter((n) => n.stored).length;
    expect(stored).toBe(MAX_STORED_STATES);
    // The one past the bound is still a jump target: a replay needs its way there.
    expect(canStoreState(g, [MAX_STORED_STATES])).toBe(false);
    for (let i = 0; Object.keys(g.nodes).length < MAX_DECISIONS; i++)
      g = reach(g, arrival([1000, i], 'SH-3', []));
    expect(reach(g, arrival([2000], 'SH-9', []))).toBe(g);
  });
});
