/** The static lint: TODOs, blank choices and stitches nothing diverts to, with their lines. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { lintInk } from '../../tools/ink/lint.ts';
import { FIXTURES } from './cli.ts';

describe('lint', () => {
  const file = `${FIXTURES}/broken/lint-mix.ink`;
  const r = lintInk([resolve(file)]);

  it('flags a blank choice as an error, but not a fallback choice', () => {
    expect(r.errors).toEqual([{ file, line: 8, message: 'choice with empty text' }]);
  });

  it('warns about TODOs and stitches never diverted to (not the first stitch a knot falls into)', () => {
    expect(r.warnings).toEqual([
      { file, line: 1, message: 'TODO: write the second scene' },
      { file, line: 14, message: 'stitch "hq.night" is never diverted to' },
    ]);
  });

  it('finds nothing to say about our own story', () => {
    const ours = lintInk(
      ['main', 'common/meters', 'common/endings', 'common/flags'].map((f) => resolve(`story/${f}.ink`)),
    );
    expect(ours.errors).toEqual([]);
    expect(ours.externals).toEqual(['pick_ending']);
  });
});
