/**
 * One compiled story per campaign (tools/ink/campaigns.ts): each holds only
 * the common story and its own figure's acts, and plays exactly as the whole
 * story does from that figure's start knot, so a player loads only the
 * campaign they pick and reads the same text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, FIGURES } from '../../src/core/figures';
import { createGameRunner } from '../../src/narrative/gameStory';
import type { StoryStep } from '../../src/narrative/storyRunner';
import { campaignSource, compileCampaign } from '../../tools/ink/campaigns';
import { lcg, realStory } from '../helpers/story';

const RUNS = 40;

const text = (step: StoryStep): string =>
  JSON.stringify([step.lines, step.choices.map((c) => c.text), step.ending]);

describe('campaign stories', () => {
  for (const figure of FIGURES) {
    const campaign = compileCampaign('story/main.ink', figure.id);

    it(`${figure.name}: compiles alone, without another figure's files`, () => {
      expect(campaign.errors).toEqual([]);
      expect(campaign.ok).toBe(true);
      const folders = campaign.files.map((f) => f.split('/story/')[1]?.split('/')[0]);
      for (const other of FIGURE_IDS.filter((id) => id !== figure.id)) expect(folders).not.toContain(other);
      expect(folders).toContain(figure.id);
      expect(folders).toContain('common');
      // A fraction of the whole story: what the player does not pick, they do not download.
      expect(campaign.json!.length).toBeLessThan(realStory().json.length * 0.5);
    });

    it(`${figure.name}: ${RUNS} seeded runs read the same, step by step, as the whole story`, () => {
      const whole = createGameRunner(realStory().json);
      const alone = createGameRunner(campaign.json!);
      for (let run = 0; run < RUNS; run++) {
        const pick = lcg(run * 104729 + 3);
        let a = whole.start(run, figure.startKnot);
        let b = alone.start(run, figure.startKnot);
        expect(text(b)).toBe(text(a));
        while (!a.ended) {
          const n = pick(a.choices.length);
          a = whole.choose(n);
          b = alone.choose(n);
          expect(text(b)).toBe(text(a));
          // The other campaigns' own variables exist only in the whole story.
          const mine = alone.variables();
          const wholeVars = whole.variables();
          expect(mine).toEqual(Object.fromEntries(Object.keys(mine).map((k) => [k, wholeVars[k]])));
        }
        expect(b.ending).not.toBeNull();
      }
    });
  }

  it("keeps main.ink's line numbers, so an error in it is reported where it is written", () => {
    const main = readFileSync('story/main.ink', 'utf8');
    const source = campaignSource(main, 'chiang');
    expect(source.split('\n').length).toBe(main.split('\n').length);
    expect(source).toContain('INCLUDE chiang/act1.ink');
    expect(source).not.toMatch(/^INCLUDE shtern\//m);
    expect(source).toMatch(/^-> chiang_start$/m);
  });

  it('refuses a main.ink without the figure-choice knot, saying why', () => {
    expect(() => campaignSource('INCLUDE common/meters.ink\n-> shtern_start\n', 'shtern')).toThrow(
      /choose_figure/,
    );
    // The build says so as a compile error (a story that compiles alone, but has no campaigns).
    const plain = compileCampaign('tests/fixtures/ink/plain/prose.ink', 'shtern');
    expect(plain.ok).toBe(false);
    expect(plain.errors).toEqual([
      { file: 'tests/fixtures/ink/plain/prose.ink', line: 0, message: expect.stringContaining('choose_figure') },
    ]);
  });
});
