/**
 * Player comfort in real Chromium, keyboard only: save slots, undo and history.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activate, beginCampaign, openTitle, useBrowser, titleReady, storyText } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const freshPage = (): Promise<{ page: Page; errors: string[] }> => openTitle(browser(), baseUrl);

async function startShtern(page: Page): Promise<void> {
  await activate(page, 'Play as Grigori Shtern');
  await beginCampaign(page);
}

/** What the player sees: the story, the choices and the HUD (meters, date, place). */
async function screen(page: Page): Promise<{ story: string; choices: string[]; hud: string }> {
  return {
    story: await storyText(page),
    choices: await page.locator('.choice-text').allTextContents(),
    hud: await page
      .locator('.hud-when, .meters')
      .allInnerTexts()
      .then((t) => t.join('\n')),
  };
}

describe('save slots', () => {
  it('saves to slot 3, plays two choices on, and loading slot 3 shows the same text, choices and meters', async () => {
    const { page, errors } = await freshPage();
    await startShtern(page);
    await page.keyboard.press('3');
    await page.locator('.choice:enabled').first().waitFor();
    await activate(page, 'Save or load');
    await page.locator('dialog[open] .slots').waitFor();
    await activate(page, 'Save to Slot 3');
    await page.locator('[data-slot="3"] .slot-where').waitFor();
    await expect(page.locator('[data-slot="3"] .slot-meters li').count()).resolves.toBe(3);
    await page.keyboard.press('Escape');
    const saved = await screen(page);

    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(screen(page)).resolves.not.toEqual(saved);

    await activate(page, 'Save or load');
    await activate(page, 'Load Slot 3');
    await expect.poll(() => screen(page)).toEqual(saved);

    // From the title screen too, after a reload.
    await page.keyboard.press('2');
    await page.reload();
    await titleReady(page);
    await activate(page, 'Saved games');
    await activate(page, 'Load Slot 3');
    await expect.poll(() => screen(page)).toEqual(saved);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('undo and history', () => {
  it('Undo after three choices shows exactly the screen before the third; History lists the first paragraph', async () => {
    const { page, errors } = await freshPage();
    await startShtern(page);
    const firstParagraph = (await page.locator('.page p:not(.dateline)').first().textContent()) ?? '';
    expect(firstParagraph.length).toBeGreaterThan(20);
    const screens = [await screen(page)];
    for (const key of ['3', '1']) {
      await page.keyboard.press(key);
      screens.push(await screen(page));
    }
    await page.keyboard.press('2');
    await expect(screen(page)).resolves.not.toEqual(screens[2]);

    await page.keyboard.press('u');
    await expect.poll(() => screen(page)).toEqual(screens[2]);
    await page.keyboard.press('Backspace');
    await expect.poll(() => screen(page)).toEqual(screens[1]);
    await activate(page, 'Undo');
    await expect.poll(() => screen(page)).toEqual(screens[0]);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);

    await page.keyboard.press('3');
    await page.keyboard.press('1');
    await page.keyboard.press('h');
    const history = page.locator('dialog[open] .history');
    await history.waitFor();
    await expect(history.innerText()).resolves.toContain(firstParagraph);
    await expect(page.locator('dialog[open] [aria-current="location"]').count()).resolves.toBe(1);
    // The history holds the focus, so the arrow keys scroll it.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('history'))).resolves.toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
