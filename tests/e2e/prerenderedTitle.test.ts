/**
 * The title is in the built index.html (tools/vite-plugin-title.ts), so it
 * paints before any script: it is the markup the app renders the title with,
 * it shows with scripts off, a click on a figure made before the app has
 * booted opens that figure's briefing at once (index.html holds each as a
 * template: src/ui/earlyInput.ts), a Begin pressed there shows the campaign's
 * opening page at once, as the app then draws it (a template too:
 * src/ui/openingMarkup.ts), and nothing done on it is lost, and a returning
 * player's display settings are on it from the first paint
 * (src/ui/earlyDisplay.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { briefingFor } from '../../src/core/briefings';
import { FIGURES } from '../../src/core/figures';
import { briefingMarkup } from '../../src/ui/briefingMarkup';
import { titleMarkup } from '../../src/ui/titleMarkup';
import { startCampaign, titleReady, useBrowser, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Holds the app's script back until the returned function is called: the title shows, the app does not run. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('the prerendered title', () => {
  it('is in the served index.html, as the app renders it, with each briefing and opening page, and shows with no script', async () => {
    const html = await (await fetch(baseUrl)).text();
    expect(html).toContain(titleMarkup(FIGURES));
    for (const f of FIGURES) expect(html).toContain(briefingMarkup(f.id, briefingFor(f.id)));
    // And each campaign's opening page (the next test checks that it is the app's).
    for (const f of FIGURES) expect(html).toContain(`<template id="opening-${f.id}">`);
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

  it('opens the briefing of a figure clicked before the app has booted at once, and keeps a Begin pressed there', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const release = await holdTheApp(page);
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page.locator('[data-figure=chiang]').click();
    // With the app held back, the briefing is on screen, Begin focused; Back shows the title again.
    await expect(page.locator('h1').textContent()).resolves.toBe('Briefing: Chiang Kai-shek');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('begin');
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await expect(page.locator('[data-figure]').count()).resolves.toBe(3);
    await page.locator('[data-figure=shtern]').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Briefing: Grigori Shtern');
    await page.keyboard.press('Enter');
    // The opening page, shown ahead: its choices wait for the app.
    await expect(page.locator('.page p').first().textContent()).resolves.toContain('1938');
    await expect(page.locator('.choice:enabled').count()).resolves.toBe(0);
    // The app boots, takes the page over and begins: the first page, its choices live.
    release();
    await page.locator('.choice:enabled').first().waitFor();
    await expect(page.locator('.page p').first().textContent()).resolves.toContain('1938');
    // Back at the title, the app has it: a later click is the buttons' own, once.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Title screen', exact: true }).click();
    await titleReady(page);
    await page.locator('[data-figure=kwantung]').click();
    await page.getByRole('button', { name: 'Start new campaign' }).click();
    await page.locator('#begin').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Briefing: Major Kurosawa Eiji');
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await titleReady(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows, on a Begin pressed before the app has booted, the opening page as the app draws it, and keeps the place, the focus and a press made on it', async () => {
    // Notes #app's markup when a reading page is first put in it (the class of its first frame aside).
    const recordFirstPage = (page: Page): Promise<unknown> =>
      page.addInitScript(() => {
        const w = window as { __drawn?: string };
        new MutationObserver(() => {
          const app = document.getElementById('app');
          if (!w.__drawn && app?.querySelector(':scope > main.reader'))
            w.__drawn = app.innerHTML.replace(' arriving', '');
        }).observe(document, { subtree: true, childList: true });
      });
    // The page as the app draws it while the story loads: the app running, Begin pressed on its briefing.
    const byApp = await browser().newContext();
    const appPage = await byApp.newPage();
    await recordFirstPage(appPage);
    await appPage.goto(baseUrl);
    await titleReady(appPage);
    await appPage.locator('[data-figure=shtern]').click();
    await appPage.locator('#begin').click();
    await appPage.locator('.choice:enabled').first().waitFor();
    const expected = await appPage.evaluate(() => (window as { __drawn?: string }).__drawn ?? '');
    await byApp.close();

    const context = await browser().newContext({ viewport: { width: 1280, height: 600 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await recordFirstPage(page);
    const release = await holdTheApp(page);
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page.locator('[data-figure=shtern]').click();
    await page.locator('#begin').click();
    // The app held back: the opening page, its HUD and its choices, waiting, the first line focused.
    await page.waitForFunction(() => document.activeElement?.classList.contains('first-new'));
    const early = await page.evaluate(() => (window as { __drawn?: string }).__drawn ?? '');
    expect(early).toBe(expected);
    expect(early).toContain('data-meter="stalin"');
    await expect(page.locator('[data-testid=date]').textContent()).resolves.toBe('May 1938');
    await expect(page.locator('#app').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(page.locator('.choice').count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('.choice:enabled').count()).resolves.toBe(0);
    // The player reads on, and opens a meter's explanation: nothing answers yet.
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => scrollY >= 200);
    // Where the line at the top of the view is: the place read to.
    const lineAtTop = (): Promise<[number, number]> =>
      page.evaluate(() => {
        const lines = [...document.querySelectorAll('.page > *')];
        const i = lines.findIndex((l) => l.getBoundingClientRect().bottom > 0);
        return [i, Math.round(lines[i]!.getBoundingClientRect().top)];
      });
    const readTo = await lineAtTop();
    expect(readTo[0]).toBeGreaterThan(0);
    await page.locator('[data-meter=stalin] .meter-toggle').click();
    await expect(page.locator('#meter-explain-stalin').isHidden()).resolves.toBe(true);
    release();
    // The app draws its own page in its place: the choices go live, the explanation opens as pressed,
    // the view stays where the player read to, and the focus where it was.
    await page.locator('.choice:enabled').first().waitFor();
    await page.locator('#meter-explain-stalin').waitFor();
    await expect(
      page.locator('[data-meter=stalin] .meter-toggle').getAttribute('aria-expanded'),
    ).resolves.toBe('true');
    await expect(lineAtTop()).resolves.toEqual(readTo);
    await expect(
      page.evaluate(() => document.activeElement?.closest('[data-meter]')?.getAttribute('data-meter')),
    ).resolves.toBe('stalin');
    await expect(page.locator('#app').getAttribute('aria-busy')).resolves.toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves the opening page to the app for a player who has the typewriter on: the app types it out', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await titleReady(page);
    await page.evaluate(() => localStorage.setItem('uw.settings.display', JSON.stringify({ textSpeed: 60 })));
    const release = await holdTheApp(page);
    await page.reload({ waitUntil: 'commit' });
    await page.locator('[data-figure=shtern]').click();
    await page.locator('#begin').click();
    expect(await page.locator('.page').count()).toBe(0);
    release();
    await page.locator('.page p').first().waitFor();
    // Typed out: the page starts short of its full text.
    const shown = await page.locator('.page').textContent();
    await page.locator('.choice:enabled').first().waitFor();
    await page.keyboard.press(' ');
    await expect
      .poll(() =>
        page
          .locator('.page')
          .textContent()
          .then((t) => (t ?? '').length),
      )
      .toBeGreaterThan((shown ?? '').length);
    await context.close();
  });

  it('leaves a click made before the app booted to the app when there is a run to continue: it asks first', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await startCampaign(page, 'shtern');
    await page.keyboard.press('1');
    await page.waitForFunction(
      () =>
        JSON.parse(localStorage.getItem('uw.slot.auto') ?? '{"run":{"choices":[]}}').run.choices.length === 1,
    );
    const release = await holdTheApp(page);
    await page.reload({ waitUntil: 'commit' });
    await page.locator('[data-figure=chiang]').click();
    expect(await page.locator('#begin').count()).toBe(0);
    release();
    // The app replays the click, and asks before a new campaign replaces the saved run.
    await page.getByRole('button', { name: 'Start new campaign' }).click();
    await page.locator('#begin').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Briefing: Chiang Kai-shek');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a returning player's theme, typeface and text size before the app has booted", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await titleReady(page);
    const chosen = { theme: 'dark', typeface: 'legible', textSize: 140, lineWidth: 80 };
    await page.evaluate((s) => localStorage.setItem('uw.settings.display', JSON.stringify(s)), chosen);
    const release = await holdTheApp(page);
    await page.reload({ waitUntil: 'commit' });
    await page.locator('[data-figure=shtern]').waitFor();
    const looks = (): Promise<string[]> =>
      page.evaluate(() => {
        const html = document.documentElement;
        return [html.dataset.theme ?? '', html.dataset.typeface ?? '', getComputedStyle(html).fontSize];
      });
    const early = await looks();
    expect(early.slice(0, 2)).toEqual(['dark', 'legible']);
    release();
    await titleReady(page);
    // The app, once running, applies the same: nothing on the title changes.
    await expect(looks()).resolves.toEqual(early);
    await context.close();
  });
});
