/**
 * No network once the game has loaded (a train, a dropped connection, a host
 * gone down): once the title has prefetched the campaign the player points at,
 * that is enough to play it to its ending. The map and the sound, which load after the first text, are
 * simply absent; no exception escapes.
 */
import { describe, expect, inject, it } from 'vitest';
import { playToEnding, startCampaign, useBrowser, titleReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('no network after load', () => {
  it('plays a campaign to its ending with every request refused', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const exceptions: string[] = [];
    page.on('pageerror', (err) => exceptions.push(err.message));
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await titleReady(page);
    // Pointing at a figure prefetches its opening page and its campaign's story (two chunks named
    // after it: the opening, a few KB, comes first), and the story engine.
    await page.locator('[data-figure="kwantung"]').hover();
    await page.waitForFunction(() => {
      const loaded = performance.getEntriesByType('resource').map((e) => e.name);
      return (
        loaded.filter((n) => /\/kwantung-[^/]*\.js$/.test(n)).length === 2 &&
        loaded.some((n) => n.includes('/session-'))
      );
    });
    const refused: string[] = [];
    await context.route('**/*', (route) => {
      refused.push(new URL(route.request().url()).pathname);
      return route.abort('internetdisconnected');
    });
    await startCampaign(page, 'kwantung');
    const keys = [3, 3, 1, 1, 1, 1, 1, 2, 2, 2, 2];
    await expect(playToEnding(page, (turn) => String(keys[turn] ?? 1))).resolves.toBe('KW-E5');
    await expect(page.locator('text=What really happened').count()).resolves.toBeGreaterThan(0);
    // The game did try the network (the map's and the sound's code), and carried on without it.
    expect(refused.length).toBeGreaterThan(0);
    expect(exceptions).toEqual([]);
    await context.close();
  });
});
