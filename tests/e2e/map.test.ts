/**
 * The theatre map in the built game: it appears after the first text and is
 * not blank, it changes when the story's `# map:` scene does, pixi.js and
 * howler are not part of what loads before the first text, and without WebGL
 * the game plays to an ending with no console error.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, playToEnding, startCampaign, useBrowser, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Both no-WebGL runs take the same Shtern route, so that each reaches the same ending (SH-E5) with the map missing. */
async function playShternToHisEnding(page: Page): Promise<void> {
  await page.goto(baseUrl);
  await startCampaign(page, 'shtern');
  const keys = [1, 2, 2, 1, 1, 2, 1, 1, 1, 1, 1];
  await expect(playToEnding(page, (turn) => String(keys[turn] ?? 1))).resolves.toBe('SH-E5');
}

/** The canvas's pixels: how many distinct colours, and a checksum to tell two frames apart. */
const canvasPixels = (page: Page): Promise<{ colours: number; sum: number }> =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-panel canvas')!;
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [canvas.width, canvas.height];
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const colours = new Set<number>();
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      sum = (sum * 31 + data[i]! + data[i + 1]! + data[i + 2]!) % 1_000_000_007;
    }
    return { colours: colours.size, sum };
  });

const mapLabel = (page: Page): Promise<string | null> =>
  page.locator('.map-panel canvas').getAttribute('aria-label');

/**
 * Takes a choice by its number key and waits for the next page and for the
 * map's cue, which it takes after the new text is painted (a frame, then a task).
 */
async function pressAndWait(page: Page, key: string): Promise<void> {
  const before = await page.locator('.choice').allTextContents();
  await page.keyboard.press(key);
  await expect.poll(() => page.locator('.choice').allTextContents()).not.toEqual(before);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
}

describe('map', () => {
  it('appears after the first text, not blank, and changes with the scene and the front', async () => {
    const page = await (await browser().newContext()).newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await startCampaign(page, 'shtern');
    const canvas = page.locator('.map-panel canvas');
    await canvas.waitFor();
    await expect(mapLabel(page)).resolves.toMatch(/^Map of the Soviet Far East.*1938/);
    // The map draws after the page paints, at background priority: poll until it has drawn.
    await expect.poll(async () => (await canvasPixels(page)).colours).toBeGreaterThan(10);
    const first = await canvasPixels(page);
    // Shtern's historical route (tests/e2e/play.test.ts) reaches Lake Khasan, where the map glides,
    // and then the August assault, where the story draws the front (`# front: khasan_aug6`).
    const route = [1, 1, 2, 2, 1, 1];
    let khasan: { colours: number; sum: number } | null = null;
    for (const key of route) {
      const label = (await mapLabel(page)) ?? '';
      if (label.includes('hold the crest')) break;
      if (label.includes('Lake Khasan') && !khasan) {
        await page.waitForTimeout(1800);
        khasan = await canvasPixels(page);
      }
      await pressAndWait(page, String(key));
    }
    expect(khasan, 'the map showed Lake Khasan before the front').not.toBeNull();
    expect(khasan!.colours).toBeGreaterThan(10);
    expect(khasan!.sum).not.toBe(first.sum);
    await expect.poll(() => mapLabel(page)).toMatch(/Lake Khasan.*August 1938.*the Japanese hold the crest/);
    await expect.poll(async () => (await canvasPixels(page)).sum).not.toBe(khasan!.sum);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const reducedMotion of ['no-preference', 'reduce'] as const)
    it(`${reducedMotion === 'reduce' ? 'cuts' : 'glides'} to a new scene when reduced motion is ${reducedMotion}`, async () => {
      const page = await (await browser().newContext({ reducedMotion })).newPage();
      await page.goto(baseUrl);
      await startCampaign(page, 'shtern');
      await page.locator('.map-panel canvas').waitFor();
      // Two choices on, Shtern's story moves the map from the Far East to Lake Khasan.
      await pressAndWait(page, '1');
      await pressAndWait(page, '1');
      await expect.poll(() => mapLabel(page)).toContain('Lake Khasan');
      const early = await canvasPixels(page);
      await page.waitForTimeout(1800);
      const settled = await canvasPixels(page);
      if (reducedMotion === 'reduce') expect(early.sum).toBe(settled.sum);
      else expect(early.sum).not.toBe(settled.sum);
      await page.context().close();
    });

  it('loads neither pixi.js nor howler before the first story text', async () => {
    const context = await browser().newContext();
    // Notes when the first story paragraph is on screen, to compare with when each script was requested.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.reader p')) {
          (window as { firstTextAt?: number }).firstTextAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await startCampaign(page, 'shtern');
    await page.locator('.map-panel canvas').waitFor();
    const early = await page.evaluate(() => {
      const at = (window as { firstTextAt?: number }).firstTextAt!;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < at)
        .map((e) => e.name);
    });
    const late = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js')),
    );
    expect(early.length).toBeGreaterThan(0);
    for (const url of early) {
      const code = await (await fetch(url)).text();
      expect(code.includes('PixiJS'), `${url} holds pixi.js`).toBe(false);
      expect(code.includes('_howls'), `${url} holds howler`).toBe(false);
    }
    // And they do load after it: the map is pixi.js.
    const lateCode = await Promise.all(
      late.filter((u) => !early.includes(u)).map(async (u) => (await fetch(u)).text()),
    );
    expect(lateCode.some((c) => c.includes('PixiJS'))).toBe(true);
    await context.close();
  });

  it('plays to an ending when the GPU refuses every WebGL context, with no console error', async () => {
    const context = await browser().newContext();
    // As a blocklisted GPU or a lost driver: WebGL exists, but no context can be made.
    await context.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext as (
        this: HTMLCanvasElement,
        kind: string,
        ...rest: unknown[]
      ) => unknown;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        kind: string,
        ...rest: unknown[]
      ) {
        if (!kind.includes('webgl')) return getContext.call(this, kind, ...rest);
        const w = window as { webglRefused?: number };
        w.webglRefused = (w.webglRefused ?? 0) + 1;
        return null;
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await playShternToHisEnding(page);
    // The map did ask for WebGL, and was refused.
    await expect(
      page.evaluate(() => (window as { webglRefused?: number }).webglRefused),
    ).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays to an ending with WebGL disabled, with no map and no console error', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const page = await noGl.newPage();
      const errors = watchErrors(page);
      await playShternToHisEnding(page);
      await expect(page.locator('.map-panel canvas').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
