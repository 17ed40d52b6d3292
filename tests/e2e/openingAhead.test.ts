/**
 * Begin shows the campaign's prebuilt opening page at once, while its story is
 * still loading: the text readable, the choices visibly not live (disabled,
 * busy), a number key pressed meanwhile ignored. When the story is ready the
 * same lines stay on screen (not redrawn), the choices go live and the page is
 * announced once.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Route } from 'playwright-core';
import { titleReady, useBrowser, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the opening page shown ahead', () => {
  it('shows the first text before the story arrives, then goes live in place', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Shtern's compiled story (ink JSON) is held back until the test lets it through.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.js', async (route: Route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (/"inkVersion":\d+,"root"/.test(body) && body.includes('shtern_start')) await released;
      await route.fulfill({ response, body });
    });
    await page.goto(baseUrl);
    await titleReady(page);
    await page.locator('[data-figure="shtern"]').click();
    await page.locator('#begin').waitFor();
    // The opening arrives with the briefing: wait until it has been fetched.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => /\/shtern-[^/]*\.js$/.test(r.name)),
    );
    await page.waitForTimeout(200);
    await page.locator('#begin').click();

    const firstLine = page.locator('.page > *').first();
    await firstLine.waitFor();
    // The lines as the DOM holds them (innerText would leave out those not laid out yet: styles.css, .arriving).
    const lines = await page.locator('.page > *').allTextContents();
    expect(lines.join(' ').length).toBeGreaterThan(40);
    expect(await page.locator('.choice').count()).toBeGreaterThan(0);
    expect(await page.locator('.choice:enabled').count()).toBe(0);
    expect(await page.locator('.choices').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('#app').getAttribute('aria-busy')).toBe('true');
    await page.keyboard.press('1'); // ignored: the choices are not live
    const node = await firstLine.elementHandle();

    release();
    await page.locator('.choice:enabled').first().waitFor();
    expect(await page.locator('.page > *').allTextContents()).toEqual(lines);
    expect(await node!.evaluate((n) => n.isConnected)).toBe(true);
    expect(await page.locator('.choices').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('#app').getAttribute('aria-busy')).toBe('false');
    await expect.poll(() => page.locator('#announcer').textContent()).not.toBe('');
    const announced = (await page.locator('#announcer').textContent()) ?? '';
    const firstText = (await firstLine.textContent()) ?? '';
    expect(announced.split(firstText).length - 1).toBe(1);
    expect(errors).toEqual([]);
    // The map's and the sound's scripts may still be passing through the route.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });
});
