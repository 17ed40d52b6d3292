/**
 * The browser's storage failing under the game: full on write (the last good
 * autosave survives and the player is told), or blocked outright (play goes
 * on, and the save can still be exported and opened elsewhere). Storage is
 * overridden before the game's own scripts run.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openTitle, playToEnding, startCampaign, useBrowser, watchErrors, storyText } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Takes a choice by its number key and waits for the page to show the step. */
async function choose(page: Page, key: string): Promise<void> {
  const before = await storyText(page);
  await page.keyboard.press(key);
  await page.waitForFunction(
    (text) => document.querySelector<HTMLElement>('.page')?.innerText !== text,
    before,
  );
  await page.locator('.choice:enabled').first().waitFor();
}

const screen = async (page: Page): Promise<{ text: string; choices: string[] }> => ({
  text: await storyText(page),
  choices: await page.locator('.choice-text').allTextContents(),
});

/** The number of choices in the stored autosave, once autosave has written it. */
const autosavedChoices = (page: Page, n: number): Promise<unknown> =>
  page.waitForFunction(
    (count) =>
      JSON.parse(localStorage.getItem('uw.slot.auto') ?? '{"run":{"choices":[]}}').run.choices.length ===
      count,
    n,
  );

describe('storage full on write', () => {
  it('keeps the last good autosave, tells the player, and plays on', async () => {
    const context = await browser().newContext();
    // A quota that runs out when the test says so: every write then fails as a full localStorage does.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as { storageFull?: boolean }).storageFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await startCampaign(page, 'shtern');
    await choose(page, '1');
    await choose(page, '2');
    await autosavedChoices(page, 2);
    const lastGood = await screen(page);
    const stored = await page.evaluate(() => localStorage.getItem('uw.slot.auto'));

    await page.evaluate(() => ((window as { storageFull?: boolean }).storageFull = true));
    await choose(page, '1');
    await expect
      .poll(() => page.locator('.notice-warning').allTextContents())
      .toContainEqual(expect.stringContaining('storage is full or blocked'));
    await expect(page.locator('.notice-warning').first().textContent()).resolves.toContain('Export save');
    // Play goes on, and the stored save is still the last one that was written whole.
    await choose(page, '1');
    expect(await page.evaluate(() => localStorage.getItem('uw.slot.auto'))).toBe(stored);

    // With room again, Continue opens the last good save.
    await page.reload();
    await page.locator('#continue').click();
    await page.locator('.choice:enabled').first().waitFor();
    expect(await screen(page)).toEqual(lastGood);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('storage blocked', () => {
  it('warns the player, plays on to an ending, and exports a save another browser opens', async () => {
    const context = await browser().newContext();
    // As a browser with site data blocked: touching localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await expect
      .poll(() => page.locator('.notice-warning').allTextContents())
      .toContainEqual(expect.stringContaining('Your browser blocks storage'));
    await startCampaign(page, 'chiang');
    await choose(page, '1');
    await choose(page, '2');
    const atExport = await screen(page);
    await page.getByRole('button', { name: /^Menu/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export save' }).click(),
    ]);
    const saveFile = await readFile((await download.path())!, 'utf8');
    await page.keyboard.press('Escape');
    const keys = [1, 2, 3, 3, 3, 4, 1, 2, 1, 1];
    await expect(playToEnding(page, (turn) => String(keys[turn] ?? 1))).resolves.toMatch(/^CH-E\d$/);
    expect(errors).toEqual([]);
    await context.close();

    // The exported file opens at the same page in a browser whose storage works.
    const other = await openTitle(browser(), baseUrl);
    await other.page.locator('input[type="file"]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(saveFile),
    });
    await other.page.locator('.choice:enabled').first().waitFor();
    expect(await screen(other.page)).toEqual(atExport);
    expect(other.errors).toEqual([]);
    await other.page.context().close();
  });
});
