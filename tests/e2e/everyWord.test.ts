/**
 * Every word reaches the player: for the fewest-choices route to each of the 18
 * endings (docs/ROUTES.md, which `story:routes` writes and tests/tools/routes.test.ts
 * keeps current), the built game in Chromium must show every text
 * line that `story:play --json` prints for that route, in order, and nothing
 * else — counted in words as well as lines. The reader used to clear the page
 * at each chapter tag and drop about half of every run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compileInkFile } from '../../tools/ink/compile';
import { FIGURES } from '../../src/core/figures';
import { fewestChoiceRoutes, type DocumentedRoute as Route } from '../helpers/documentedRoutes';
import { jsonLines, runCli } from '../tools/cli';
import { startCampaign, useBrowser, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let routes: Route[] = [];
let storyFile = '';

const words = (lines: string[]): number => lines.join(' ').split(/\s+/).filter(Boolean).length;

beforeAll(() => {
  routes = fewestChoiceRoutes(readFileSync('docs/ROUTES.md', 'utf8'));
  // Compile once; story:play then reads the compiled story for each route.
  const compiled = compileInkFile('story/main.ink');
  storyFile = join(mkdtempSync(join(tmpdir(), 'uw-every-word-')), 'story.json');
  writeFileSync(storyFile, compiled.json ?? '');
});

/** What story:play --json prints for a route: the text lines after the figure pick, and the ending. */
async function expectedText(route: Route): Promise<{ lines: string[]; ending: string }> {
  const res = await runCli('play', [storyFile, '--choices', route.choices.join(','), '--json']);
  expect(res.code, res.stderr).toBe(0);
  const out = jsonLines(res.stdout);
  // The first choices record is the figure pick, which the title screen makes.
  const afterPick = out.slice(out.findIndex((o) => o.type === 'choices') + 1);
  const lines = afterPick.filter((o) => o.type === 'text' && o.text).map((o) => String(o.text));
  const ending = String(out.find((o) => o.type === 'ending')?.id ?? '');
  return { lines, ending };
}

/**
 * The prose lines the reader added with the last step (from the first new line on), as shown: the
 * lines below the view come in the frame after the choice's (reader.ts), and one never shown is missing.
 */
async function newProse(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('.page > [hidden]'));
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll<HTMLElement>('.page > [data-kind]')];
    const first = nodes.findIndex((n) => n.classList.contains('first-new'));
    return nodes
      .slice(Math.max(first, 0))
      .filter((n) => n.dataset.kind === 'text' && n.checkVisibility())
      .map((n) => n.textContent ?? '');
  });
}

/** Plays a route by number keys, collecting every prose line the screen shows on the way. */
async function playShowing(page: Page, route: Route): Promise<{ shown: string[]; ending: string }> {
  const figure = FIGURES[route.choices[0]! - 1]!.id;
  await startCampaign(page, figure);
  const shown: string[] = [];
  for (const key of route.choices.slice(1)) {
    shown.push(...(await newProse(page)));
    // The reader appends a choice's text to the page: the next step's first new line is another line.
    const before = await page.locator('.first-new').elementHandle();
    await page.keyboard.press(String(key));
    await page.waitForFunction((el) => document.querySelector('.first-new') !== el, before);
  }
  const title = page.locator('#ending-title');
  await title.waitFor();
  shown.push(...(await page.locator('.ending-card [data-kind="text"]').allTextContents()));
  return { shown, ending: (await title.getAttribute('data-ending')) ?? '' };
}

describe('every word of every route reaches the screen', () => {
  it('finds a route to each of the 18 endings', () => {
    expect(routes).toHaveLength(18);
  });

  for (let i = 0; i < 18; i++) {
    it(`route ${i + 1} of 18: every line story:play prints is shown, in order`, async () => {
      const route = routes[i]!;
      const expected = await expectedText(route);
      const context = await browser().newContext();
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(baseUrl);
      const { shown, ending } = await playShowing(page, route);
      expect(ending).toBe(route.ending);
      expect(expected.ending).toBe(route.ending);
      expect(shown).toEqual(expected.lines);
      expect(words(shown)).toBe(words(expected.lines));
      expect(words(shown)).toBeGreaterThan(3000);
      // Past Act I, the settling between acts is narrated on screen with its values ("Stalin's Favour 70 → 60").
      if (route.choices.length > 8)
        expect(shown.filter((l) => /\b\d+k? → \d+k?\b/.test(l)).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
