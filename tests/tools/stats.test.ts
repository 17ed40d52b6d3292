/**
 * story:stats: on a fixture small enough to count by hand, every figure a
 * writer reads; on our story, the --json report has its per-figure shape.
 */
import { describe, expect, it } from 'vitest';
import { storyStats, type StatsReport } from '../../tools/ink/stats.ts';
import { FIXTURES, runCli } from './cli.ts';

const FIXTURE = `${FIXTURES}/stats/main.ink`;
const MAIN = `${FIXTURES}/stats/main.ink`;
const SECOND = `${FIXTURES}/stats/second.ink`;

describe('story:stats on a fixture', () => {
  const report = storyStats(FIXTURE, { runs: 2000 });

  it('counts words per file and per knot (choice text included, as the compiler counts)', () => {
    expect(report.words.total).toBe(51);
    expect(report.words.byFile).toEqual({ [MAIN]: 32, [SECOND]: 19 });
    expect(report.words.byFigure).toBeNull();
    const knots = Object.fromEntries(
      report.words.byKnot.map((k) => [k.knot, [k.words, `${k.file}:${k.line}`]]),
    );
    expect(knots).toEqual({
      depot: [22, `${MAIN}:6`],
      depot_wait: [10, `${MAIN}:16`],
      road: [10, `${SECOND}:1`],
      frozen: [3, `${SECOND}:9`],
      river: [6, `${SECOND}:13`],
    });
  });

  it('measures each option outcome up to the gather or divert, shortest first with file:line', () => {
    expect(report.outcomes).toEqual({
      options: 4,
      min: 1,
      median: 3,
      shortest: [
        { file: SECOND, line: 3, text: 'North', words: 1 },
        { file: MAIN, line: 11, text: 'Wait', words: 2 },
        { file: SECOND, line: 6, text: 'South', words: 4 },
        { file: MAIN, line: 8, text: 'Burn the crates', words: 9 },
      ],
    });
  });

  it('plays seeded random runs: words and choices per run, ending shares, meter ranges per file', () => {
    const [play] = report.play;
    expect(play!.runs).toBe(2000);
    // Wait then North reads 15 words, Burn then South 27; every route takes two choices.
    expect(play!.words).toEqual({ min: 15, median: 21, max: 27 });
    expect(play!.choices).toEqual({ min: 2, median: 2, max: 2 });
    expect(play!.endings.map((e) => e.ending).sort()).toEqual(['frozen', 'river']);
    for (const e of play!.endings) expect(e.share).toBeGreaterThan(0.45);
    // coal is 50 at the depot; at the fork it is 60 after burning the crates, 50 after waiting.
    expect(play!.meters).toEqual({ [MAIN]: { coal: [50, 50] }, [SECOND]: { coal: [50, 60] } });
  });

  it('gives the same figures for the same runs', () => {
    expect(storyStats(FIXTURE, { runs: 2000 }).play).toEqual(report.play);
  });
});

describe('story:stats --json on our story', () => {
  it('breaks words down per figure and act, and plays each campaign', async () => {
    const r = await runCli('stats', ['--json', '--runs', '20']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as StatsReport;
    expect(Object.keys(report.words.byFigure ?? {})).toEqual(['shtern', 'chiang', 'kwantung']);
    for (const figure of Object.values(report.words.byFigure ?? {})) {
      expect(Object.keys(figure.byAct)).toEqual(expect.arrayContaining(['act1', 'act2', 'act3', 'endings']));
    }
    expect(report.outcomes.shortest).toHaveLength(10);
    expect(report.outcomes.shortest[0]!.file).toMatch(/^story\/(shtern|chiang|kwantung)\//);
    expect(report.play.map((p) => p.figure)).toEqual(['shtern', 'chiang', 'kwantung']);
    for (const p of report.play) {
      expect(p.runs).toBe(20);
      expect(p.endings.reduce((n, e) => n + e.runs, 0)).toBe(20);
      expect(p.endings.every((e) => e.ending.startsWith(`${p.figure!.slice(0, 2).toUpperCase()}-E`))).toBe(
        true,
      );
      expect(Object.keys(p.meters).every((act) => act.startsWith(`story/${p.figure}/`))).toBe(true);
    }
  }, 15_000);
});
