/** `npm run build` fails on broken ink and names the file and the line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('production build of a broken story', () => {
  it('fails, naming the ink file and line of a divert to a missing knot', () => {
    const out = mkdtempSync(join(tmpdir(), 'uw-build-'));
    try {
      const result = spawnSync(
        process.execPath,
        ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir'],
        {
          env: { ...process.env, UW_STORY: 'tests/fixtures/build/main.ink' },
          encoding: 'utf8',
        },
      );
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status).not.toBe(0);
      expect(output).toMatch(/tests\/fixtures\/build\/scene\.ink:8: .*a_knot_nobody_wrote/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
