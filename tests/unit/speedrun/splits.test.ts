/** Splits against the personal best, golds, sum of best, and the .lss LiveSplit reads from the records. */
import { describe, expect, it } from 'vitest';
import {
  formatDelta,
  formatTime,
  NO_RECORDS,
  splitRows,
  sumOfBest,
  withRun,
  type Split,
} from '../../../src/core/speedrun/splits';
import { lssFromRecords, writeLss } from '../../../src/core/speedrun/lss';
import { parseLss } from '../../helpers/lss';

const run = (...times: number[]): Split[] =>
  times.map((igtMs, i) => ({ campaign: 0, chapter: `SH-${i + 1}`, igtMs }));

describe('splits and records', () => {
  const first = withRun(NO_RECORDS, run(1000, 3000, 6000), false, true);

  it('compares each split with the personal best, with a sign, and marks golds', () => {
    const rows = splitRows(run(900, 3200, 5500), false, first);
    expect(rows.map((r) => [r.deltaMs, r.segmentMs, r.gold])).toEqual([
      [-100, 900, true],
      [200, 2300, false],
      [-500, 2300, true],
    ]);
    expect(rows.map((r) => formatDelta(r.deltaMs!))).toEqual(['−0.100', '+0.200', '−0.500']);
  });

  it('keeps a faster complete run as the PB, learns golds from any run, and sums the best', () => {
    const reset = withRun(first, run(900, 3200), false, false);
    expect(reset.pb?.igtMs).toBe(6000);
    expect(reset.golds).toEqual({ 'SH-1': 900, 'SH-2': 2000, 'SH-3': 3000 });
    expect(sumOfBest(reset)).toBe(5900);
    const faster = withRun(reset, run(1100, 3000, 5800), false, true);
    expect(faster.pb?.igtMs).toBe(5800);
    expect(sumOfBest(NO_RECORDS)).toBeNull();
  });

  it('writes the records as a .lss LiveSplit parses, with PB split times and golds', () => {
    const lss = writeLss(lssFromRecords('Shtern — ★ <test & "quotes">', { ...first, attempts: 4 }));
    const parsed = parseLss(lss);
    expect(parsed).toMatchObject({
      game: 'Undeclared War',
      category: 'Shtern — ★ <test & "quotes">',
      attempts: 4,
    });
    expect(parsed.segments).toEqual([
      { name: 'SH-1', pbSeconds: 1, bestSeconds: 1 },
      { name: 'SH-2', pbSeconds: 3, bestSeconds: 2 },
      { name: 'SH-3', pbSeconds: 6, bestSeconds: 3 },
    ]);
  });

  it('formats times as a runner reads them', () => {
    expect(formatTime(62_345)).toBe('1:02.345');
    expect(formatTime(3_723_045)).toBe('1:02:03.045');
  });
});
