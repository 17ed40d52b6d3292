/**
 * A story that fails at run time, in real Chromium: the player gets a clear
 * notice, the page stays exactly as it was, the error is logged to the
 * console, and play goes on with the other choices.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCampaign, useBrowser, storyText } from './browser';
import { startDevServer, type DevServer } from './devServer';

let server: DevServer;
const browser = useBrowser();

beforeAll(async () => {
  server = await startDevServer('tests/fixtures/ink/runtime-error/main.ink');
});
afterAll(async () => {
  server?.stop();
});

describe('a story error in the browser', () => {
  it('shows an error notice, keeps the page and the autosave, and logs the error', async () => {
    const page = await browser().newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(server.url);
    await startCampaign(page, 'shtern');
    const pageBefore = await storyText(page);
    // The autosave is written after the page paints: wait for it, so that
    // what is compared below is the save of this page, not its absence.
    const readAutosave = () => page.evaluate(() => localStorage.getItem('uw.slot.auto'));
    await expect.poll(readAutosave).not.toBeNull();
    const autosaveBefore = await readAutosave();
    expect(pageBefore).toContain('This is the page the player must still see after an error.');

    await page.keyboard.press('1'); // the choice whose ink throws
    const notice = page.locator('.notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/story hit an error, and your last choice was undone/);
    expect(await storyText(page)).toBe(pageBefore);
    expect(await page.locator('.choice').count()).toBe(3);
    expect(await readAutosave()).toBe(autosaveBefore);
    expect(consoleErrors.join('\n')).toMatch(/Story error: .*is not a function/);

    await page.keyboard.press('2'); // ink reports its own runtime error and strands the story
    await expect.poll(() => consoleErrors.join('\n')).toMatch(/Story error: .*divert to a target/);
    expect(await storyText(page)).toBe(pageBefore);

    await page.keyboard.press('3'); // the story still plays
    await page.locator('.page', { hasText: 'The story goes on, untroubled.' }).waitFor();
    await page.close();
  });
});
