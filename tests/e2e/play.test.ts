/**
 * The built game in real Chromium: the title screen, keyboard-only play of each
 * figure to an ending, and Continue after a reload restoring the exact place.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { beginCampaign, openTitle, playToEnding, useBrowser, storyText } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const freshPage = (): Promise<{ page: Page; errors: string[] }> => openTitle(browser(), baseUrl);

/** Tabs from the initial focus to a figure's "Play as" button, presses Enter, and Begins after the briefing. */
async function startWithKeyboard(page: Page, figure: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-figure') ?? '');
    if (focused === figure) {
      await page.keyboard.press('Enter');
      await beginCampaign(page);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach the ${figure} button with Tab`);
}

describe('title screen', () => {
  it('lists the three figures with their briefings', async () => {
    const { page, errors } = await freshPage();
    const cards = page.locator('.figure-card h3');
    await expect(cards.allTextContents()).resolves.toEqual([
      'Grigori Shtern',
      'Chiang Kai-shek',
      'Major Kurosawa Eiji',
    ]);
    await expect(page.locator('.figure-briefing').count()).resolves.toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard-only play', () => {
  // Each figure's historical route (tests/story/*Routes.test.ts), after the figure pick, typed as number keys.
  for (const [figure, keys, ending] of [
    ['shtern', [1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1, 1], 'SH-E5'],
    ['chiang', [1, 1, 2, 3, 3, 3, 4, 1, 2, 1, 1], 'CH-E5'],
    ['kwantung', [3, 3, 1, 1, 1, 1, 1, 2, 2, 2, 2], 'KW-E5'],
  ] as const) {
    it(`plays ${figure}'s historical route to ${ending} with number keys only, with no console errors`, async () => {
      const { page, errors } = await freshPage();
      await startWithKeyboard(page, figure);
      const reached = await playToEnding(page, (turn) => String(keys[turn] ?? 1));
      expect(reached).toBe(ending);
      await expect(page.locator('#ending-title').textContent()).resolves.not.toBe('');
      // A run that followed history earns the historical label (tests/e2e/ending.test.ts: one that left it does not).
      await expect(page.locator('.ending-kicker').textContent()).resolves.toContain('Historical ending');
      await expect(page.locator('text=What really happened').count()).resolves.toBeGreaterThan(0);
      // The debrief lists every decision taken, each under its chapter's dated note.
      await expect(page.locator('.debrief-decision').count()).resolves.toBe(keys.length);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('autosave and Continue', () => {
  it('restores text, choices and meters exactly after a reload', async () => {
    const { page, errors } = await freshPage();
    await startWithKeyboard(page, 'shtern');
    for (const key of ['2', '1', '2']) {
      if ((await page.locator('.choice').count()) === 0) break;
      await page.keyboard.press(key);
    }
    const snapshot = async (): Promise<{
      text: string;
      choices: string[];
      meters: string[];
      when: string;
    }> => ({
      text: await storyText(page),
      choices: await page.locator('.choice-text').allTextContents(),
      meters: await page
        .locator('.meter')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-meter')}=${e.querySelector('.meter-value')?.textContent}`),
        ),
      when: await page.locator('.hud-when').innerText(),
    });
    const before = await snapshot();
    expect(before.choices.length).toBeGreaterThan(0);
    await page.reload();
    const cont = page.locator('#continue');
    await cont.waitFor();
    // Continue has the focus on the title screen: Enter takes it.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('continue');
    await page.keyboard.press('Enter');
    await page.locator('.choice:enabled').first().waitFor();
    const after = await snapshot();
    expect(after.text).toBe(before.text);
    expect(after.choices).toEqual(before.choices);
    expect(after.meters).toEqual(before.meters);
    expect(after.when).toBe(before.when);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
