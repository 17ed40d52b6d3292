/** A phone, 320 px wide: the story starts on the first screen, nothing scrolls sideways, targets are big enough. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { beginCampaign, useBrowser, watchErrors, titleReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Visible buttons, inputs' labels and links smaller than 24 × 24 px (WCAG 2.5.8). */
const smallTargets = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], label:has(input)')]
      .filter((e) => e.offsetParent !== null && !e.closest('.visually-hidden'))
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ e, r }) => `${e.textContent?.trim()} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );

describe('phone', () => {
  for (const width of [320, 430]) {
    it(`at ${width} px: no sideways scroll, the HUD on one line, story text on the first screen`, async () => {
      const context = await browser().newContext({
        viewport: { width, height: 640 },
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(baseUrl);
      await titleReady(page);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      expect(await smallTargets(page)).toEqual([]);

      await page.locator('[data-figure=kwantung]').click();
      await beginCampaign(page);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      const hud = await page.locator('.hud').boundingBox();
      expect(hud!.height).toBeLessThan(48);
      await expect(page.locator('.hud-key-meters li').count()).resolves.toBe(2);
      // The first paragraph of the story is in the first screen, without scrolling.
      await page.evaluate(() => window.scrollTo(0, 0));
      const first = await page.locator('.page p:not(.dateline)').first().boundingBox();
      expect(first!.y).toBeLessThan(640 - 40);
      expect(await smallTargets(page)).toEqual([]);

      // "All meters" shows every meter and the game controls.
      await page.getByRole('button', { name: 'All meters' }).click();
      await expect(page.locator('.meters .meter').first().isVisible()).resolves.toBe(true);
      await expect(page.getByRole('button', { name: 'Undo' }).isVisible()).resolves.toBe(true);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      expect(await smallTargets(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
