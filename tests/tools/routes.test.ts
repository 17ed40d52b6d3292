/**
 * story:routes' routes really lead to their endings: each is fed to
 * `story:play --json` and must end at its ending. For our story the routes are
 * computed at test time (within a budget), so the test grows with the story.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../tools/ink/compile.ts';
import { findRoutes, findRoutesInParallel, routesMarkdown, type RouteRow } from '../../tools/ink/routes.ts';
import { FIXTURES, jsonLines, runCli } from './cli.ts';
import {
  READING_WORDS_PER_MINUTE,
  SECONDS_PER_CHOICE,
  routeSeconds as seconds,
} from '../../tools/ink/timedRoutes.ts';
import { ENDINGS } from '../../src/core/endings.ts';

/** Plays every route through the CLI, a few at a time, and returns the ending each reached. */
async function playRoutes(storyFile: string, routes: RouteRow[]): Promise<Record<string, unknown>[][]> {
  const out: Record<string, unknown>[][] = [];
  for (let i = 0; i < routes.length; i += 4) {
    const batch = routes.slice(i, i + 4).map(async (r) => {
      const res = await runCli('play', [storyFile, '--choices', r.choices.join(','), '--json']);
      expect(res.code, res.stderr).toBe(0);
      return jsonLines(res.stdout);
    });
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

describe('story:routes', () => {
  it('finds the fastest route in a fixture and story:play follows it to the ending', async () => {
    const { routes, complete } = findRoutes(`${FIXTURES}/writing-example/main.ink`);
    expect(complete).toBe(true);
    // Both choices end there after one choice; waiting (2) has fewer words to read.
    expect(routes).toEqual([expect.objectContaining({ ending: 'EX-END', choices: [2] })]);
    const [played] = await playRoutes(`${FIXTURES}/writing-example/main.ink`, routes);
    expect(played?.slice(-2)).toEqual([{ type: 'ending', id: 'EX-END' }, { type: 'end' }]);
  });

  it('breaks ties between equally short routes by words to read', () => {
    const { routes } = findRoutes(`${FIXTURES}/plain/tunnels.ink`);
    // "Nod" (choice 1) reads fewer words than "Ask a question" (He frowns.).
    expect(routes.map((r) => [r.ending, r.choices])).toEqual([
      ['attack', [1, 1]],
      ['hold', [1, 2]],
    ]);
  });

  it('finds the route with the lowest estimated time, not the fewest choices relabelled', async () => {
    const file = `${FIXTURES}/timed/detour.ink`;
    const { routes } = findRoutes(file);
    const [row] = routes;
    // The pass is one choice but a long read; the river is two choices and a short one. The
    // search keeps the pass at the camp, where the two meet: the river is found through the merge.
    expect(row?.choices).toEqual([1, 1]);
    expect(row?.timed.choices).toEqual([2, 1, 1]);
    expect(seconds(row!.timed)).toBeLessThan(seconds(row!));
    // The estimate: words at the stated reading speed, plus a cost per choice.
    expect(seconds(row!.timed)).toBeCloseTo(
      (row!.timed.words * 60) / READING_WORDS_PER_MINUTE + 3 * SECONDS_PER_CHOICE,
    );
    const [played] = await playRoutes(file, [{ ...row!, choices: row!.timed.choices }]);
    expect(played?.slice(-2)).toEqual([{ type: 'text', text: 'You make camp.', tags: [] }, { type: 'end' }]);
  });

  const story = compileInkFile('story/main.ink');
  it.skipIf(!story.ok)(
    'every route of our story, played by story:play --json, ends at its ending, and docs/ROUTES.md lists them',
    async () => {
      // The whole story is explored, a campaign per core: a route to every ending of the catalogue.
      const result = await findRoutesInParallel('story/main.ink', { maxSeconds: 400 });
      expect(result.isGameStory).toBe(true);
      expect(result.complete).toBe(true);
      expect(result.routes.map((r) => r.ending).sort()).toEqual(ENDINGS.map((e) => e.id).sort());
      expect(routesMarkdown(result)).toMatch(/## Grigori Shtern[\s\S]*## Chiang Kai-shek/);
      // A scene added or changed moves the routes: the published table must follow.
      expect(
        readFileSync('docs/ROUTES.md', 'utf8'),
        'docs/ROUTES.md is stale: run npm run story:routes',
      ).toBe(routesMarkdown(result));
      // The published table states the estimate's constants and every category.
      const doc = routesMarkdown(result);
      expect(doc).toContain(
        `${READING_WORDS_PER_MINUTE} words per minute, plus ${SECONDS_PER_CHOICE} seconds per choice`,
      );
      for (const name of [
        'Shtern — Any%',
        'Chiang — Historical',
        'Kurosawa — ★',
        'Shtern — All Endings',
        'All 18',
      ])
        expect(doc).toContain(`| ${name} |`);
      // The timed route is never slower than the fewest-choices route by the same estimate.
      for (const r of result.routes)
        expect(seconds(r.timed), `${r.ending}: timed route slower`).toBeLessThanOrEqual(seconds(r));
      const file = join(mkdtempSync(join(tmpdir(), 'routes-')), 'story.json');
      writeFileSync(file, story.json!);
      // Both routes of every ending, played by story:play, reach that ending.
      const timed = result.routes.map((r) => ({ ...r, ...r.timed }));
      const played = await playRoutes(file, [...result.routes, ...timed]);
      [...result.routes, ...timed].forEach((r, i) => {
        const lines = played[i] ?? [];
        expect(
          lines.filter((l) => l.type === 'ending'),
          `route ${r.choices.join(',')}`,
        ).toEqual([{ type: 'ending', id: r.ending }]);
        expect(lines.at(-1)).toEqual({ type: 'end' });
      });
    },
    600_000,
  );
});
