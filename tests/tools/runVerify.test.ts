/**
 * run:verify and run:lss from the command line, as a moderator runs them: a
 * real ★ run file is verified; altered copies are refused, each with its
 * reason; a file that is not a run file gets a clear message; the .lss is one
 * LiveSplit itself reads.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunFile } from '../../src/core/speedrun/runFile';
import { starRunFile, withChoiceIndex, withStoryHash, withTimeBackwards } from '../helpers/runFiles';
import { runScript } from './cli';
import { parseLss } from '../helpers/lss';

const dir = mkdtempSync(join(tmpdir(), 'uw-run-'));
let file: RunFile;

function save(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const verify = (path: string, ...flags: string[]) => runScript('tools/run/verify.ts', [path, ...flags]);

beforeAll(async () => {
  file = await starRunFile();
});

describe('npm run run:verify', () => {
  it('verifies a real run and prints its ending, IGT and splits', async () => {
    const r = await verify(save('good.json', file));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Verified: Shtern — ★, ending SH-E6, IGT ${'0:13.'}`);
    expect(r.stdout.match(/^ {2}SH-\d+/gm)).toHaveLength(12);
    const json = await verify(save('good2.json', file), '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      ending: 'SH-E6',
      category: 'shtern-star',
      igtMs: file.igtMs,
      reason: null,
    });
    expect(JSON.parse(json.stdout).splits).toHaveLength(12);
  });

  it('refuses a changed choice index, naming the choice', async () => {
    const r = await verify(save('index.json', withChoiceIndex(file, 4, 7)), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.reason).toMatch(/^choice 5 at SH-5: index 7 does not exist; 3 choices were offered/);
    // A different index that exists: the replay goes elsewhere and says where.
    const other = await verify(save('index2.json', withChoiceIndex(file, 0, 0)));
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/NOT VERIFIED: .*the replay reaches SH-E\d, but the file says SH-E6/);
  });

  it('refuses a time that goes backwards', async () => {
    const r = await verify(save('time.json', withTimeBackwards(file, 6)));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /NOT VERIFIED: time goes backwards: choice 7 was taken at 0:0\d\.\d{3}, before choice 6 at 0:0\d\.\d{3}/,
    );
  });

  it('refuses a run of another story version', async () => {
    const r = await verify(save('hash.json', withStoryHash(file, '0123456789ab')), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).reason).toMatch(
      /^the run was played on story version 0123456789ab, but this game's story is version [0-9a-f]{12}/,
    );
  });

  it('says plainly when a file is not a run file', async () => {
    const save1 = await verify(save('save.json', { format: 'undeclared-war-save', version: 2 }));
    expect(save1.code).toBe(1);
    expect(save1.stderr).toContain('This is not a run file: its "format" is "undeclared-war-save"');
    const text = await verify(save('notes.txt', 'my PB was fast'));
    expect(text.stderr).toContain('This is not a run file: it is not JSON.');
    const damaged = await verify(save('damaged.json', { ...file, choices: 'none' }));
    expect(damaged.stderr).toContain('This run file is damaged: choices:');
  });
});

describe('npm run run:lss', () => {
  it('writes the run as a LiveSplit splits file that LiveSplit reads', async () => {
    const r = await runScript('tools/run/lss.ts', [save('lss.json', file)]);
    expect(r.code).toBe(0);
    const run = parseLss(r.stdout);
    expect(run).toMatchObject({ game: 'Undeclared War', category: 'Shtern — ★', attempts: 1 });
    expect(run.segments.map((s) => s.name)).toEqual(file.splits.map((s) => s.chapter));
    expect(run.segments.at(-1)?.pbSeconds).toBeCloseTo(file.igtMs / 1000, 3);
  });

  it('refuses a file that is not a run file', async () => {
    const r = await runScript('tools/run/lss.ts', [save('nope.json', '{"format":"x"}')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('This is not a run file');
  });
});
