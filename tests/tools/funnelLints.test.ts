/** story:check warns, with file:line, about state the act settling cannot clear. */
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './cli.ts';
import type { CheckReport } from '../../tools/ink/checkReport.ts';

const FILE = `${FIXTURES}/funnel/main.ink`;

describe('story:check on a read count used across knots', () => {
  it('warns where another knot reads a labelled choice, and not for a label read in its own knot', async () => {
    const r = await runCli('check', [FILE, '--lint-only', '--json']);
    const report = JSON.parse(r.stdout) as CheckReport;
    const funnel = report.warnings.filter((w) => /act settling cannot clear/.test(w.message));
    expect(funnel).toEqual([
      {
        file: FILE,
        line: 15,
        message: expect.stringMatching(/^ferry reads whether "crossing\.by_night" \(a labelled choice/),
      },
    ]);
  });
});
