/**
 * What the page downloads, and when, in real Chromium on the production build:
 * the title paints without any story, without inkjs and without zod, then a
 * new player's preloads the first figure's (the one it focuses); pointing
 * at a figure fetches that campaign's story; playing it never fetches another
 * figure's; the saves' schema comes only after the first story text.
 * Scripts are told apart by what they hold, not by their file names.
 */
import { describe, expect, inject, it } from 'vitest';
import { COMPILE_HINT } from '../../tools/vite-plugin-compile-hints';
import type { Page } from 'playwright-core';
import {
  beginCampaign,
  playToEnding,
  startCampaign,
  storyText,
  titleReady,
  useBrowser,
  watchErrors,
} from './browser';
import { probeScript, TEXT_PAINTED } from '../../tools/bench/probe';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type Kind = 'inkjs' | 'zod' | 'story:shtern' | 'story:chiang' | 'story:kwantung' | 'other';

/** What a script is, by its content. */
function kindOf(js: string): Kind {
  // A campaign's compiled story: ink JSON, starting at its figure's start knot.
  const story = /"inkVersion":\d+,"root"/.test(js)
    ? /(shtern|chiang|kwantung)_start/.exec(js)?.[1]
    : undefined;
  if (story) return `story:${story}` as Kind;
  if (js.includes('Story.inkVersionCurrent') || /inkVersionMinimumCompatible/.test(js)) return 'inkjs';
  if (js.includes('ZodError')) return 'zod';
  return 'other';
}

/** Every script the page downloads, by kind, in the order they arrive; `byUrl` names each. */
function watchScripts(page: Page): Kind[] & { byUrl: Map<string, Kind> } {
  const kinds = Object.assign([] as Kind[], { byUrl: new Map<string, Kind>() });
  page.on('response', (r) => {
    if (!r.url().endsWith('.js')) return;
    r.text().then(
      (js) => {
        kinds.push(kindOf(js));
        kinds.byUrl.set(r.url(), kindOf(js));
      },
      () => undefined, // the page closed first
    );
  });
  return kinds;
}

/** The font files the page has fetched, by @fontsource name (no hash, no extension), sorted. */
function fontsFetched(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name.split('/').pop() ?? '')
      .filter((name) => /\.woff2?$/.test(name))
      .map((name) => name.replace(/-[\w-]{8}\.woff2?$/, ''))
      .sort(),
  );
}

/** In the page: the time of the first frame with the title on screen (ms after navigation start). */
function noteTitleFrame(): void {
  const look = (): void => {
    if (document.querySelector('[data-figure]'))
      (window as unknown as { titleFrame: number }).titleFrame = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** The scripts the page had asked for before the frame that shows its title (from index.html). */
async function scriptsBeforeTitle(page: Page, byUrl: Map<string, Kind>): Promise<Kind[]> {
  const urls = await page.evaluate(() => {
    const at = (window as unknown as { titleFrame: number }).titleFrame;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.name.endsWith('.js') && r.startTime <= at)
      .map((r) => r.name);
  });
  await expect.poll(() => urls.every((u) => byUrl.has(u))).toBe(true);
  return urls.map((u) => byUrl.get(u)!);
}

/** In the page: each way text is set (family, size, weight, style, caps) on the page, or (`specimen`) in the type specimen. */
function typeSetIn(where: string): string[] {
  const root =
    where === 'page'
      ? document.body
      : (window as unknown as { shadowRoots: ShadowRoot[] }).shadowRoots.find((r) =>
          r.host.classList.contains('type-specimen'),
        );
  const found = new Set<string>();
  if (!root) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (!p || !n.textContent?.trim() || p.closest('template, noscript')) continue;
    const s = getComputedStyle(p);
    if (s.display === 'none') continue;
    found.add([s.fontFamily, s.fontSize, s.fontWeight, s.fontStyle, s.fontVariantCaps].join(' '));
  }
  return [...found];
}

describe('what loads when', () => {
  it("marks the app's code, which a run's first choice runs, for compilation as it loads, and nothing else (V8's compile hint, vite-plugin-compile-hints.ts)", async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    const scripts = new Map<string, string>();
    page.on('response', (r) => {
      if (r.url().endsWith('.js'))
        r.text().then(
          (js) => scripts.set(r.url().split('/').pop()!, js),
          () => undefined,
        );
    });
    await page.goto(baseUrl);
    await titleReady(page);
    await page.locator('[data-figure=shtern]').click();
    await beginCampaign(page);
    await page.keyboard.press('1');
    await expect.poll(() => [...scripts.keys()].some((f) => f.startsWith('afterTitle-'))).toBe(true);
    const hinted = [...scripts]
      .filter(([, js]) => js.startsWith(`${COMPILE_HINT}\n`))
      .map(([file]) => file.replace(/-[\w-]+\.js$/, ''))
      .sort();
    // The entry (the title, the page, the HUD, the reader, the controller) and what comes after the title.
    expect(hinted).toEqual(['afterTitle', 'index']);
    // Not the engine, the story or the map's library, of which a run calls a part.
    expect(scripts.size).toBeGreaterThan(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the title before it asks for any script (the app's comes after its first frame, src/ui/earlyEntry.ts); a figure pointed at fetches its own story only", async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    const scripts = watchScripts(page);
    await page.addInitScript(noteTitleFrame);
    await page.goto(baseUrl);
    await titleReady(page);
    expect(await scriptsBeforeTitle(page, scripts.byUrl)).toEqual([]);
    // Then the app's own script, which takes the title over.
    await expect.poll(() => scripts.includes('other')).toBe(true);
    // Once it is painted, a new player's title preloads its focused (first) figure's story: that one only.
    expect(scripts.filter((k) => k.startsWith('story:') && k !== 'story:shtern')).toEqual([]);

    await page.locator('[data-figure=chiang]').hover();
    await expect.poll(() => scripts.includes('story:chiang')).toBe(true);
    await page.locator('[data-figure=chiang]').click();
    await beginCampaign(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('1');
    // The engine came with the campaign; the saves' schema with the first autosave, after a paint.
    await expect.poll(() => scripts.includes('inkjs') && scripts.includes('zod')).toBe(true);
    expect(scripts).not.toContain('story:kwantung');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets a player who clicks straight through see the briefing and the first text before it asks for the app's script (earlyAfterTitle.ts), then plays", async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    // The bench's player: the figure clicked as soon as the title is painted, Begin as soon as the briefing is.
    await page.addInitScript({ content: probeScript('shtern') });
    const painted = page.waitForEvent('console', { predicate: (m) => m.text() === TEXT_PAINTED });
    await page.goto(baseUrl);
    await painted;
    const { text, entryAsked } = await page.evaluate(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((r) => /\/assets\/index-[^/]*\.js$/.test(r.name));
      return {
        text: (window as unknown as { __bench: { marks: { text: number } } }).__bench.marks.text,
        entryAsked: entry?.startTime ?? Infinity,
      };
    });
    expect(entryAsked).toBeGreaterThan(text);
    // Then the app comes, and the page goes live.
    await page.locator('.choice:enabled').first().waitFor();
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('.page p').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the app in a tab opened in the background, which draws no frame until it is shown (earlyAfterTitle.ts), and plays once shown', async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    const scripts = watchScripts(page);
    // A background tab: hidden, and its frames held until it is shown, as Chromium holds them.
    await page.addInitScript(() => {
      let hidden = true;
      Object.defineProperty(Document.prototype, 'visibilityState', {
        configurable: true,
        get: () => (hidden ? 'hidden' : 'visible'),
      });
      Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => hidden });
      const frame = window.requestAnimationFrame.bind(window);
      const held: FrameRequestCallback[] = [];
      window.requestAnimationFrame = (callback) => {
        if (!hidden) return frame(callback);
        held.push(callback);
        return 0;
      };
      (window as unknown as { showTab: () => void }).showTab = () => {
        hidden = false;
        for (const callback of held.splice(0)) frame(callback);
        document.dispatchEvent(new Event('visibilitychange'));
      };
    });
    await page.goto(baseUrl);
    // Hidden, with no frame drawn: the app's script has come and taken the title over, and a new
    // player's first figure's opening has been asked for.
    await page.locator('#app[aria-busy=false] [data-figure=shtern]').waitFor();
    // Each script is noted once its body has been read, which may come after the app has run.
    await expect.poll(() => scripts.includes('other')).toBe(true);
    expect(await page.locator('link[rel=modulepreload]').count()).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as { showTab: () => void }).showTab());
    await startCampaign(page, 'kwantung');
    expect((await storyText(page)).length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gives the tab its icon as a 32-pixel PNG: an SVG icon is read as a document of its own on the page's thread", async () => {
    const page = await browser().newPage();
    await page.goto(baseUrl);
    const href = await page.locator('link[rel=icon]').getAttribute('href');
    const icon = await page.request.get(new URL(href!, page.url()).href);
    expect(icon.status()).toBe(200);
    const png = await icon.body();
    // The PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
    await page.close();
  });

  it("sets the title in the browser's serif, then, at its first quiet moment, in the book's: the two Latin faces it uses and no others (src/ui/fonts.css, bookFaces.ts)", async () => {
    const page = await browser().newPage();
    // The page's family as its title is parsed, before any quiet moment.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-figure]')) return;
        (window as unknown as { titleFamily: string }).titleFamily = getComputedStyle(
          document.documentElement,
        ).fontFamily;
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(baseUrl);
    await titleReady(page);
    expect(await page.evaluate(() => (window as unknown as { titleFamily: string }).titleFamily)).toBe(
      'serif',
    );
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('700 16px "Source Serif 4"')))
      .toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily)).toBe(
      '"Source Serif 4", serif',
    );
    await expect
      .poll(() => fontsFetched(page))
      .toEqual(['source-serif-4-latin-400-normal', 'source-serif-4-latin-700-normal']);
    await page.close();
  });

  it('fetches the faces of the typeface the player chose, and only those', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => localStorage.setItem('uw.settings.display', '{"typeface":"sans"}'));
    const page = await context.newPage();
    await page.goto(baseUrl);
    await titleReady(page);
    await expect.poll(() => page.evaluate(() => document.fonts.check('700 16px "Source Sans 3"'))).toBe(true);
    await expect
      .poll(() => fontsFetched(page))
      .toEqual(['source-sans-3-latin-400-normal', 'source-sans-3-latin-700-normal']);
    await context.close();
  });

  it("gives a player who clicks through before any quiet moment the book's faces once the first page is painted", async () => {
    const page = await browser().newPage();
    // A page that is never quiet: the inline script's idle callback never comes.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto(baseUrl);
    await page.locator('[data-figure=chiang]').click();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-fonts'))).toBe(false);
    await beginCampaign(page);
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Source Serif 4"'))).toBe(true);
    expect(
      await page
        .locator('.page p')
        .first()
        .evaluate((p) => getComputedStyle(p).fontFamily),
    ).toBe('"Source Serif 4", serif');
    await page.close();
  });

  it("sets the type a run shows later (the echo's italics, the ending's) before its first choice: from then to the ending no text waits for a face or changes face, and none is set in a way the specimen was not (typeSpecimen.ts)", async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    // The specimen's shadow root is closed: the test keeps each shadow root the page makes.
    await page.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      const roots: ShadowRoot[] = ((window as unknown as { shadowRoots: ShadowRoot[] }).shadowRoots = []);
      Element.prototype.attachShadow = function (init: ShadowRootInit): ShadowRoot {
        const root = attach.call(this, init);
        roots.push(root);
        return root;
      };
    });
    await page.goto(baseUrl);
    await startCampaign(page, 'kwantung');
    // The first page shows no italics. The specimen, set at a quiet moment after it, fetches them, and the
    // faces of its ending (Kwantung's "Gekokujō" needs the bold of another range). (The pages the lookahead
    // prepares for the first choice's options set their echoes in italics too, sooner.)
    await page.locator('.type-specimen').waitFor({ state: 'attached' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await page.evaluate(() => document.fonts.check('italic 400 16px "Source Serif 4"'))).toBe(true);
    const before = await fontsFetched(page);
    expect(before).toContain('source-serif-4-latin-400-italic');
    const firstPage = await page.evaluate(typeSetIn, 'page');
    await page.evaluate(() => {
      const w = window as unknown as { faceLoads: string[] };
      w.faceLoads = [];
      document.fonts.addEventListener('loading', (e) =>
        w.faceLoads.push(...e.fontfaces.map((f) => `${f.family} ${f.weight} ${f.style}`)),
      );
    });
    await page.keyboard.press('1');
    // The choice's echo is on screen, in its own italic face.
    const echo = page.locator('.page p.echo').first();
    await echo.waitFor();
    expect(await echo.evaluate((p) => getComputedStyle(p).fontStyle)).toBe('italic');
    await playToEnding(page, (turn, n) => String((turn % n) + 1));
    await page.locator('.ending-screen:not(.arriving)').waitFor();
    expect(await page.evaluate(() => (window as unknown as { faceLoads: string[] }).faceLoads)).toEqual([]);
    expect(await fontsFetched(page)).toEqual(before);
    // Everything shown since the first page, the ending screen included, was in the specimen.
    const shownLater = (await page.evaluate(typeSetIn, 'page')).filter((t) => !firstPage.includes(t));
    expect(shownLater.length).toBeGreaterThan(5);
    const specimen = await page.evaluate(typeSetIn, 'specimen');
    expect(shownLater.filter((t) => !specimen.includes(t))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('continues a saved run, fetching that campaign and the saves, and nothing of the other figures', async () => {
    const context = await browser().newContext();
    const first = await context.newPage();
    await first.goto(baseUrl);
    await first.locator('[data-figure=kwantung]').click();
    await beginCampaign(first);
    await first.keyboard.press('2');
    const where = await first.locator('.choice-text').allTextContents();
    // The autosave is written after the paint (its first write loads the saves): wait for it.
    const autosaved = (): Promise<string[]> =>
      first.evaluate(
        () =>
          (JSON.parse(localStorage.getItem('uw.slot.auto') ?? '{}') as { page?: { choices: string[] } }).page
            ?.choices ?? [],
      );
    await expect.poll(autosaved).toEqual(where);
    await first.close();

    const page = await context.newPage();
    const scripts = watchScripts(page);
    await page.goto(baseUrl);
    await page.locator('#continue').click();
    await expect.poll(() => page.locator('.choice-text').allTextContents()).toEqual(where);
    expect(scripts).toContain('story:kwantung');
    expect(scripts).toContain('zod');
    // No other campaign: not even the first figure's, which a new player's title preloads.
    expect(scripts.filter((k) => k.startsWith('story:'))).toEqual(['story:kwantung']);
    await context.close();
  });
});
