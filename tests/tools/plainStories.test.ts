/**
 * Stories that are not ours (no tags of ours, no meters, endings at END):
 * INCLUDE and functions, shuffles and RANDOM, threads, tunnels, LISTs.
 * story:check passes and finishes on each; story:play plays each.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../tools/ink/compile.ts';
import { checkStory } from '../../tools/ink/checkStory.ts';
import { FIXTURES, jsonLines, runCli } from './cli.ts';

const PLAIN = {
  include: { file: `${FIXTURES}/plain/include/main.ink`, endings: ['arrive'] },
  shuffle: { file: `${FIXTURES}/plain/shuffle.ink`, endings: ['storm', 'clear', 'calm'] },
  threads: { file: `${FIXTURES}/plain/threads.ink`, endings: ['dawn'] },
  tunnels: { file: `${FIXTURES}/plain/tunnels.ink`, endings: ['attack', 'hold'] },
  lists: { file: `${FIXTURES}/plain/lists.ink`, endings: ['move', 'stay'] },
};

describe('story:check on plain ink stories', () => {
  for (const [name, { file, endings }] of Object.entries(PLAIN)) {
    it(`${name}: ok, complete, every ending reached`, () => {
      const r = checkStory(file);
      expect(r.errors).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.complete).toBe(true);
      expect(r.deadEnds).toEqual([]);
      expect(r.unvisitedKnots).toEqual([]);
      expect(r.endings.map((e) => e.id).sort()).toEqual([...endings].sort());
      expect(r.endings.every((e) => e.reachable && e.figure === null)).toBe(true);
    });
  }

  it('the RANDOM branch depends on the seed: one seed alone misses an ending', () => {
    const one = checkStory(PLAIN.shuffle.file, { seeds: 1 });
    const five = checkStory(PLAIN.shuffle.file, { seeds: 5 });
    expect(five.ok).toBe(true);
    expect(one.endings.filter((e) => e.reachable).length).toBeLessThan(five.endings.length);
  });

  it('the CLI agrees (exit 0, one JSON object)', async () => {
    const r = await runCli('check', [PLAIN.threads.file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, complete: true });
  });
});

describe('story:play on plain ink stories', () => {
  it('plays tunnels to an ending from a choice list, as JSON lines', async () => {
    const r = await runCli('play', [PLAIN.tunnels.file, '--choices', '2,1', '--json']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([
      { type: 'text', text: 'A colonel points at the map.', tags: [] },
      { type: 'choices', choices: ['Nod', 'Ask a question'] },
      { type: 'text', text: 'He frowns.', tags: [] },
      { type: 'text', text: 'The meeting ends.', tags: [] },
      { type: 'choices', choices: ['Attack', 'Wait'] },
      { type: 'text', text: 'You attack.', tags: [] },
      { type: 'end' },
    ]);
  });

  it('stops where the choice list runs out, printing the choices left', async () => {
    const r = await runCli('play', [PLAIN.lists.file, '--choices', '1', '--json']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.at(-1)).toEqual({ type: 'choices', choices: ['Move out', 'Abandon the trucks'] });
    expect(lines).toContainEqual({ type: 'text', text: 'In the yard: shells, fuel, trucks.', tags: [] });
  });

  it('rejects a choice that does not exist with exit 2', async () => {
    const r = await runCli('play', [PLAIN.include.file, '--choices', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/choice 3 does not exist/);
  });

  it('plays threads and INCLUDEs interactively from stdin', async () => {
    const r = await runCli('play', [PLAIN.threads.file], '1\n2\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/The sentry shrugs\.[\s\S]*Dawn comes\.[\s\S]*\[the end\]/);
  });

  it('plays a compiled JSON story, printing raw tags', async () => {
    const compiled = compileInkFile(`${FIXTURES}/writing-example/main.ink`);
    const file = join(mkdtempSync(join(tmpdir(), 'play-')), 'story.json');
    writeFileSync(file, compiled.json!);
    const r = await runCli('play', [file, '--choices', '1', '--json']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines[0]).toMatchObject({
      type: 'text',
      tags: expect.arrayContaining(['chapter: SH-99 The Ferry at Khabarovsk', 'map: far_east']),
    });
    expect(lines.slice(-2)).toEqual([{ type: 'ending', id: 'EX-END' }, { type: 'end' }]);
  });
});
