/** A batch of fuzz runs (one figure, consecutive seeds) and its tally: what a worker is sent and sends back. */
import type { FigureId } from '../../src/core/figures';
import type { StorySource } from '../../src/core/ports';
import { fuzzPlaythrough, type FuzzResult } from './playthrough.ts';

export interface Batch {
  figure: FigureId;
  firstSeed: number;
  runs: number;
}

export interface Tally {
  figure: FigureId;
  runs: number;
  /** Actions taken, all runs together. */
  actions: number;
  /** How many runs reached each ending. */
  endings: Record<string, number>;
  failures: Extract<FuzzResult, { ok: false }>[];
}

export async function runBatch(story: StorySource, { figure, firstSeed, runs }: Batch): Promise<Tally> {
  const tally: Tally = { figure, runs, actions: 0, endings: {}, failures: [] };
  for (let seed = firstSeed; seed < firstSeed + runs; seed++) {
    const result = await fuzzPlaythrough(story, figure, seed);
    tally.actions += result.actions.length;
    if (result.ok) tally.endings[result.ending] = (tally.endings[result.ending] ?? 0) + 1;
    else tally.failures.push(result);
  }
  return tally;
}
