/**
 * One root cause, one error: a gather that runs out of content cuts off five
 * knots and both endings; story:check names the line where the content runs
 * out, once, and lists what it cuts off inside that one error.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './cli.ts';
import type { CheckReport } from '../../tools/ink/checkReport.ts';

const FILE = `${FIXTURES}/deadend/main.ink`;

describe('story:check on a dead end that hides half the story', () => {
  it('gives one error, at the line where the content runs out, naming what it leaves unreached', async () => {
    const r = await runCli('check', [FILE, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.errors).toEqual([
      {
        file: FILE,
        line: 10,
        message: expect.stringMatching(
          /^dead end: .*"You cross at dawn\. \/ The far bank is quiet\." \(choices 1, seed 0\); while it stands, 2 endings \(victory, defeat\) and 5 knots \(camp, scout, march, victory, defeat\) are never reached$/,
        ),
      },
    ]);
    // The compiler's loose-end warning names the same line: the error says it, once.
    expect(report.warnings.filter((w) => w.line === 10)).toEqual([]);
    // The data stays complete for tools.
    expect(report.endings.filter((e) => !e.reachable).map((e) => e.id)).toEqual(['victory', 'defeat']);
    expect(report.unvisitedKnots).toHaveLength(5);
  });

  it('prints it as one error line', async () => {
    const r = await runCli('check', [FILE]);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('error '))).toHaveLength(1);
    expect(r.stdout).toContain('story:check FAILED (1 errors)');
  });
});
