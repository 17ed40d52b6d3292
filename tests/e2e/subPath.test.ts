/**
 * Hosting: the built game, served as a plain host serves it from a subfolder
 * (itch.io, GitHub Pages), loads everything from under that folder and plays
 * to an ending; Continue after a reload finds the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../tools/staticServer';
import { playToEnding, startCampaign, useBrowser, watchErrors, titleReady } from './browser';

const SUB_PATH = '/some/sub/path/';
let server: StaticServer;
const browser = useBrowser();

beforeAll(async () => {
  server = await serveStatic({ [SUB_PATH]: 'dist' });
});
afterAll(async () => {
  await server?.close();
});

describe('the game served from a subfolder', () => {
  it(`plays to an ending from ${SUB_PATH}, every file found under it`, async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    const requested: { url: string; status: number }[] = [];
    page.on('response', (r) => requested.push({ url: r.url(), status: r.status() }));
    await page.goto(`${server.origin}${SUB_PATH}`);
    await titleReady(page);
    await startCampaign(page, 'kwantung');
    // A reload mid-run: Continue resumes it from the subfolder's own storage.
    await page.keyboard.press('1');
    const where = await page.locator('.choice-text').allTextContents();
    await page.reload();
    await page.locator('#continue').click();
    await expect.poll(() => page.locator('.choice-text').allTextContents()).toEqual(where);

    const ending = await playToEnding(page, () => '1');
    expect(ending).toMatch(/^KW-E\d$/);
    expect(await page.locator('#ending-title').textContent()).toBeTruthy();
    expect(requested.length).toBeGreaterThan(3);
    expect(requested.filter((r) => r.status >= 400)).toEqual([]);
    expect(requested.filter((r) => !r.url.startsWith(`${server.origin}${SUB_PATH}`))).toEqual([]);
    // Every campaign's story came from the subfolder too: the one played, and no other was needed.
    expect(requested.some((r) => /\/assets\/kwantung-[\w-]+\.js$/.test(r.url))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
