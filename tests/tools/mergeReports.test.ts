/**
 * The merge of a parallel check's parts decides what the writer is told about
 * the whole story: an ending or a knot one part misses is not missing if
 * another part reaches it, and what no part reaches is an error at its place.
 */
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../tools/ink/checkReport.ts';
import { mergeReports } from '../../tools/ink/mergeReports.ts';

function part(over: Partial<CheckReport>): CheckReport {
  return {
    ok: true,
    complete: true,
    stopReason: null,
    words: 100,
    wordsByFile: { 'main.ink': 100 },
    knots: 4,
    statesExplored: 10,
    seconds: 1,
    statesPerSecond: 10,
    seeds: [0],
    endings: [],
    deadEnds: [],
    unvisitedKnots: [],
    layers: [1, 2],
    variableSpread: [],
    errors: [],
    warnings: [],
    statesByPart: [10],
    design: [],
    neverOffered: [],
    coverage: null,
    ...over,
  };
}

const where = (at: string) => ({ file: 'main.ink', line: at.length });
const ending = (id: string, shortestChoices: number | null) => ({
  id,
  figure: null,
  reachable: shortestChoices !== null,
  shortestChoices,
  choices: shortestChoices === null ? null : Array.from({ length: shortestChoices }, () => 1),
  seed: shortestChoices === null ? null : 0,
});

describe('mergeReports', () => {
  it('reaches an ending if any part does, by the shortest route of all', () => {
    const merged = mergeReports(
      [
        part({ endings: [ending('WIN', null), ending('LOSE', 5)] }),
        part({ endings: [ending('WIN', 4), ending('LOSE', 3)] }),
      ],
      where,
      2,
    );
    expect(merged.endings).toEqual([ending('WIN', 4), ending('LOSE', 3)]);
    expect(merged.ok).toBe(true);
    expect(merged.statesExplored).toBe(20);
    expect(merged.layers).toEqual([2, 4]);
  });

  it('reports what no part reaches, where it is written', () => {
    const merged = mergeReports(
      [
        part({ endings: [ending('LOST', null)], unvisitedKnots: ['attic', 'cellar'] }),
        part({ endings: [ending('LOST', null)], unvisitedKnots: ['cellar'] }),
      ],
      where,
      2,
    );
    expect(merged.unvisitedKnots).toEqual(['cellar']);
    expect(merged.errors).toEqual([
      { file: 'main.ink', line: 4, message: 'ending "LOST" is never reached' },
      { file: 'main.ink', line: 6, message: 'knot "cellar" is never visited' },
    ]);
    expect(merged.ok).toBe(false);
  });

  it('says a problem both parts found once', () => {
    const error = { file: 'main.ink', line: 3, message: 'tag "x": unknown' };
    const merged = mergeReports([part({ errors: [error] }), part({ errors: [error] })], where, 2);
    expect(merged.errors).toEqual([error]);
  });

  it('does not call anything unreached when a part stopped early, and says so once', () => {
    const merged = mergeReports(
      [
        part({
          complete: false,
          stopReason: 'max-seconds',
          endings: [ending('LOST', null)],
          unvisitedKnots: ['cellar'],
          // The part's own figures, which the merge replaces with the whole story's.
          errors: [
            { file: 'main.ink', line: 0, message: 'exploration stopped at max-seconds after 10 states: …' },
          ],
        }),
        part({}),
      ],
      where,
      2,
    );
    expect(merged.complete).toBe(false);
    expect(merged.errors).toHaveLength(1);
    expect(merged.errors[0]!.message).toMatch(/^exploration stopped at max-seconds after 20 states/);
    expect(merged.errors[0]!.message).toMatch(/may still be reachable/);
    expect(merged.errors[0]!.message).not.toMatch(/"LOST"/);
    expect(merged.unvisitedKnots).toEqual([]);
    expect(merged.ok).toBe(false);
  });

  it('adds up the coverage of unfinished parts: a choice or knot any part saw counts', () => {
    const coverage = (taken: string[], notTaken: string[], knotsNotVisited: string[]) => ({
      knots: { visited: 3 - knotsNotVisited.length, total: 3 },
      choices: { taken: taken.length, total: 3 },
      endings: { reached: 0, total: 2 },
      choicesTaken: taken,
      choicesNotTaken: notTaken,
      knotsNotVisited,
      directed: { playouts: 10, choices: 100, newStates: 50, seconds: 4 },
    });
    const merged = mergeReports(
      [
        part({
          complete: false,
          stopReason: 'max-seconds',
          endings: [ending('WIN', null), ending('LOSE', 7)],
          coverage: coverage(['a.ink:9'], ['a.ink:10', 'a.ink:12'], ['attic', 'cellar']),
        }),
        part({
          complete: false,
          stopReason: 'max-seconds',
          endings: [ending('WIN', 25), ending('LOSE', 6)],
          coverage: coverage(['a.ink:10'], ['a.ink:9', 'a.ink:12'], ['cellar']),
        }),
      ],
      where,
      2,
    );
    expect(merged.endings.map((e) => [e.id, e.shortestChoices, e.choices?.length])).toEqual([
      ['WIN', 25, 25],
      ['LOSE', 6, 6],
    ]);
    expect(merged.coverage).toEqual({
      knots: { visited: 2, total: 3 },
      choices: { taken: 2, total: 3 },
      endings: { reached: 2, total: 2 },
      choicesTaken: ['a.ink:9', 'a.ink:10'],
      choicesNotTaken: ['a.ink:12'],
      knotsNotVisited: ['cellar'],
      directed: { playouts: 20, choices: 200, newStates: 100, seconds: 4 },
    });
    expect(merged.errors[0]!.message).toMatch(
      /directed search then played 20 routes in 4\.0 s; reached 2 of 2 endings, 2 of 3 knots, 2 of 3 choices/,
    );
  });

  it('calls a choice never offered only when no part offers it', () => {
    const merged = mergeReports(
      [
        part({
          neverOffered: [
            { file: 'a.ink', line: 3 },
            { file: 'b.ink', line: 7 },
          ],
        }),
        part({ neverOffered: [{ file: 'b.ink', line: 7 }] }),
      ],
      where,
      1,
    );
    expect(merged.design.map((d) => `${d.file}:${d.line}`)).toEqual(['b.ink:7']);
  });
});
