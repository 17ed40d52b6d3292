/**
 * The title is in the built index.html (tools/vite-plugin-title.ts), so it
 * paints before any script: it is the markup the app renders the title with,
 * it shows with scripts off, and a click on a figure made before the app has
 * booted is not lost (src/ui/earlyInput.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { FIGURES } from '../../src/core/figures';
import { titleMarkup } from '../../src/ui/titleMarkup';
import { titleReady, useBrowser, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the prerendered title', () => {
  it('is in the served index.html, as the app renders it, and shows with no script', async () => {
    const html = await (await fetch(baseUrl)).text();
    expect(html).toContain(titleMarkup(FIGURES));
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await expect(page.locator('[data-figure]').allTextContents()).resolves.toEqual(
      FIGURES.map((f) => `Play as ${f.name}`),
    );
    // Styled: the inlined stylesheet applies with no script either.
    await expect(
      page.locator('main.title-screen').evaluate((m) => getComputedStyle(m).maxWidth),
    ).resolves.not.toBe('none');
    await context.close();
  });

  it('keeps a click on a figure made before the app has booted, and opens its briefing', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Hold the app's scripts back: the title is on screen, the app is not running yet.
    let release = (): void => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page.locator('[data-figure=chiang]').click();
    expect(await page.locator('#begin').count()).toBe(0);
    release();
    await page.locator('#begin').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Briefing: Chiang Kai-shek');
    // Back at the title, the app has it: a later click is the buttons' own, once.
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await titleReady(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
