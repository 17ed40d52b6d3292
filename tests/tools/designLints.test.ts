/**
 * The design lints a careful editor would flag: each has a fixture that shows
 * the fault, and story:check names its file and line (a warning; an error
 * under --strict, so the fixture fails).
 */
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../tools/ink/checkStory.ts';
import { strict } from '../../tools/ink/checkReport.ts';
import { FIXTURES, runCli } from './cli.ts';

const DESIGN = `${FIXTURES}/design`;

/** The design findings of a check as "file:line: message". */
function designOf(file: string): string[] {
  const report = checkStory(file, { seeds: 1 });
  expect(report.errors).toEqual([]);
  expect(strict(report).ok).toBe(false);
  return report.design.map((d) => `${d.file}:${d.line}: ${d.message}`);
}

describe('design lints', () => {
  it('flags a meter step that is not a multiple of 5', () => {
    expect(designOf(`${DESIGN}/off-grid.ink`)).toEqual([
      `${DESIGN}/off-grid.ink:5: meter step off the grid: change_lorries(7) is not a multiple of 5`,
    ]);
  });

  it('flags a float literal with an integral value, which inkjs compiles to an integer', () => {
    const found = designOf(`${DESIGN}/float.ink`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${DESIGN}/float.ink:4: float literal 2.0 has an integral value`));
  });

  it('flags an option that silently disappears, and one no state ever offers', () => {
    const found = designOf(`${DESIGN}/hidden-gate.ink`);
    expect(found.map((f) => f.replace(/: (hidden gate|choice never offered).*/, ': $1'))).toEqual([
      `${DESIGN}/hidden-gate.ink:6: hidden gate`,
      `${DESIGN}/hidden-gate.ink:6: choice never offered`,
    ]);
  });

  it('flags a flag cleared on the way to the knot that reads it', () => {
    expect(designOf(`${DESIGN}/cleared-flag.ink`)).toEqual([
      `${DESIGN}/cleared-flag.ink:9: flag "bridge_held" is cleared here, but ${DESIGN}/cleared-flag.ink:14 reads it later on a path from here`,
    ]);
  });

  it('flags an option worse on every meter than another at the same choice', () => {
    expect(designOf(`${DESIGN}/dominant/main.ink`)).toEqual([
      `${DESIGN}/dominant/main.ink:4: dominated option: the option at ${DESIGN}/dominant/main.ink:7 is as good on every meter and better on one, in every state where both are offered`,
    ]);
  });

  it('passes by default and fails under --strict, with the lint alone under --lint-only', async () => {
    const file = `${DESIGN}/off-grid.ink`;
    expect((await runCli('check', [file, '--jobs', '1'])).code).toBe(0);
    expect((await runCli('check', [file, '--jobs', '1', '--strict'])).code).toBe(1);
    const lintOnly = await runCli('check', [file, '--lint-only']);
    expect(lintOnly.code).toBe(0);
    expect(lintOnly.stdout).toContain(`${file}:5: meter step off the grid`);
    expect(lintOnly.stdout).not.toContain('states');
  });

  // How long it takes is measured (closing notes, `time npm run story:check -- --lint-only`),
  // not asserted: a timed test fails on a loaded machine and proves nothing on a fast one.
  it('answers --lint-only on our story with no exploration', async () => {
    const r = await runCli('check', ['--lint-only', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { statesExplored: number };
    expect(report.statesExplored).toBe(0);
  });
});
