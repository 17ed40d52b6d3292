/**
 * The opening page the build prebuilds (tools/ink/openingPage.ts), shown the
 * moment Begin is pressed while the story loads, must be exactly what the
 * game's first page will be, whatever the new game's seed and date. A story
 * change that makes the opening depend on the seed must fail here, and then
 * gets no prebuilt opening (the page waits for the real start).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/core/figures';
import { GameSession } from '../../src/narrative/session';
import { compileCampaign } from '../../tools/ink/campaigns';
import { PROBE_SEEDS, seedFreeOpening } from '../../tools/ink/openingPage';
import { storyHash } from '../../tools/ink/storyHash';

/** Seeds and dates a player's new game could have, none of them the ones the build probes. */
const PLAYER_STARTS = [
  { seed: 7, now: new Date('2026-01-01T09:00:00Z') },
  { seed: 123_456, now: new Date('2031-06-15T23:59:00Z') },
  { seed: 987_654_321, now: new Date('1999-12-31T12:00:00Z') },
  { seed: 2_024, now: new Date() },
];

const storyOf = (mainPath: string, figure: (typeof FIGURES)[number]['id']) => {
  const compiled = compileCampaign(mainPath, figure);
  expect(compiled.errors).toEqual([]);
  const json = compiled.json!;
  return { json, hash: storyHash(json) };
};

describe('prebuilt opening page', () => {
  for (const figure of FIGURES) {
    it(`${figure.name}: is what GameSession.start shows, for every seed and date`, () => {
      const story = storyOf('story/main.ink', figure.id);
      const opening = seedFreeOpening(story, figure.id);
      expect(opening, 'the opening depends on the seed: it cannot be prebuilt').not.toBeNull();
      expect(opening!.page.lines.length).toBeGreaterThan(0);
      expect(opening!.page.choices.length).toBeGreaterThan(0);
      for (const { seed, now } of PLAYER_STARTS) {
        expect(PROBE_SEEDS).not.toContain(seed);
        const session = GameSession.start(story, figure.id, seed, now);
        expect({ figure: figure.id, page: session.page, vars: session.variables() }).toEqual(opening);
      }
    });
  }

  describe('a story whose opening depends on the seed', () => {
    const copy = mkdtempSync(join(tmpdir(), 'opening-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('gets no prebuilt opening', () => {
      cpSync('story', copy, { recursive: true });
      const act = join(copy, 'shtern', 'act1.ink');
      const source = readFileSync(act, 'utf8');
      expect(source).toMatch(/^=== shtern_start$/m);
      writeFileSync(act, source.replace(/^=== shtern_start$/m, '=== shtern_start\nRoll {RANDOM(1, 1000000)}.'));
      const story = storyOf(join(copy, 'main.ink'), 'shtern');
      expect(seedFreeOpening(story, 'shtern')).toBeNull();
    });
  });
});
