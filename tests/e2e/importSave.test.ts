/**
 * A save file carries a run to another browser: the title screen's "Import
 * save" opens it at the same page, and a damaged file is refused with a clear
 * message while the title stays as it was.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openTitle, startCampaign } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('importing a save file on the title screen', () => {
  it('opens the run at the same page in a browser that has never seen it, and refuses a damaged file', async () => {
    const first = await openTitle(browser, baseUrl);
    await startCampaign(first.page, 'chiang');
    await first.page.keyboard.press('1');
    await first.page.keyboard.press('2');
    const text = await first.page.locator('.page').innerText();
    const choices = await first.page.locator('.choice-text').allTextContents();
    await first.page.waitForFunction(() => localStorage.getItem('uw.slot.auto') !== null);
    const saveFile = await first.page.evaluate(() => localStorage.getItem('uw.slot.auto') ?? '');
    await first.page.context().close();

    const other = await openTitle(browser, baseUrl);
    const picker = other.page.locator('input[type="file"]');
    await picker.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":'),
    });
    await expect.poll(() => other.page.locator('.notice-error').textContent()).toContain('not a save file');
    await expect(other.page.locator('h1', { hasText: 'Undeclared War' }).count()).resolves.toBe(1);

    await picker.setInputFiles({
      name: 'chiang.json',
      mimeType: 'application/json',
      buffer: Buffer.from(saveFile),
    });
    await other.page.locator('.choice').first().waitFor();
    expect(await other.page.locator('.page').innerText()).toBe(text);
    expect(await other.page.locator('.choice-text').allTextContents()).toEqual(choices);
    expect(other.errors).toEqual([]);
    await other.page.context().close();
  });
});
