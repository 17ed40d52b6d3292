/**
 * Each broken fixture makes story:check fail and name the problem, with
 * file:line where the source has one. These run the real CLI.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './cli.ts';
import type { CheckReport } from '../../tools/ink/checkReport.ts';

async function check(name: string): Promise<{ code: number; report: CheckReport }> {
  const r = await runCli('check', [`${FIXTURES}/broken/${name}`, '--json']);
  const lines = r.stdout.trim().split('\n');
  expect(lines).toHaveLength(1); // --json prints exactly one object
  return { code: r.code, report: JSON.parse(lines[0]!) as CheckReport };
}

const at = (name: string, line: number) => ({ file: `${FIXTURES}/broken/${name}`, line });

describe('story:check on broken stories', () => {
  it('reports a dead end at the line where the content runs out, with its last text', async () => {
    const { code, report } = await check('dead-end.ink');
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.deadEnds).toEqual([
      expect.objectContaining({ path: 'wait', choices: [2], text: 'You wait, and nothing happens.' }),
    ]);
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        ...at('dead-end.ink', 11),
        message: expect.stringMatching(/^dead end: the story runs out of content .*nothing happens/),
      }),
    );
  });

  it('reports an ending that is never reached', async () => {
    const { code, report } = await check('unreachable-ending.ink');
    expect(code).toBe(1);
    expect(report.endings).toEqual([
      { id: 'ANSWERED', figure: null, reachable: true, shortestChoices: 1, choices: [1], seed: 0 },
      { id: 'QUIET', figure: null, reachable: false, shortestChoices: null, choices: null, seed: null },
    ]);
    expect(report.unvisitedKnots).toEqual(['quiet']);
    expect(report.errors).toContainEqual({
      ...at('unreachable-ending.ink', 12),
      message: 'ending "QUIET" is never reached',
    });
  });

  it('reports a tag outside the vocabulary', async () => {
    const { code, report } = await check('unknown-tag.ink');
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      {
        ...at('unknown-tag.ink', 3),
        message: expect.stringMatching(/^tag "weather: rain": unknown tag "weather"/),
      },
    ]);
  });

  it('reports a divert to a missing knot as a compile error', async () => {
    const { code, report } = await check('missing-divert.ink');
    expect(code).toBe(1);
    expect(report.complete).toBe(false);
    expect(report.errors).toContainEqual({
      ...at('missing-divert.ink', 4),
      message: expect.stringMatching(/refuse_the_order/),
    });
  });

  it('reports an EXTERNAL without an ink fallback', async () => {
    const { code, report } = await check('external-no-fallback.ink');
    expect(code).toBe(1);
    expect(report.errors).toContainEqual({
      ...at('external-no-fallback.ink', 2),
      message: expect.stringMatching(/EXTERNAL roll_dice has no ink fallback/),
    });
  });

  it('reports a meter changed outside story/common/', async () => {
    const { code, report } = await check('meter-direct.ink');
    expect(code).toBe(1);
    expect(report.errors).toEqual([
      { ...at('meter-direct.ink', 3), message: expect.stringMatching(/meter "stalin" changed directly/) },
    ]);
  });
});
