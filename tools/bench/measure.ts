/**
 * Runs of one page in Chromium, each in a fresh browser context (an empty
 * cache, empty storage, as a new player arrives), with the probe installed (it
 * clicks through the title and the briefing). Two kinds: a start-up run stops
 * at the first story text; a choices run goes on, waits for the map and the
 * sound, then presses number keys a reader's pause apart.
 */
import type { Browser, Page } from 'playwright-core';
import { probeScript, TEXT_PAINTED, type ProbeRecord } from './probe.ts';

export interface Download {
  /** The file's name (the last part of its URL). */
  file: string;
  /** Bytes over the wire (gzip-compressed where the server compresses). */
  bytes: number;
  /** When it finished arriving (ms after navigation start). */
  end: number;
}

export interface StartUp {
  /** ms after navigation start; null where the page has no such thing (the bare page's title). */
  title: number | null;
  text: number;
  /** Begin pressed → first story text painted (the game). */
  clickToText: number | null;
  /** The figure's button pressed → its briefing painted (the game). */
  clickToBriefing: number | null;
  /** What had arrived by the first text. */
  downloads: Download[];
}

export interface ChoicesRun {
  /** After the first text: the map painted, the sound loaded (null: not within the wait, or no such thing). */
  mapAfterText: number | null;
  soundAfterText: number | null;
  /** Each choice's key down → the next paint (ms). */
  choicePaints: number[];
  /** Those of the choices that ended the run: an ending screen, or the bare page's end. */
  endingPaints: number[];
}

const MAP_AND_SOUND_WAIT_MS = 10_000;
export const READING_PAUSE_MS = 1500;

async function record(page: Page): Promise<ProbeRecord> {
  return page.evaluate(() => (window as unknown as { __bench: ProbeRecord }).__bench);
}

/** Opens the page and waits for its first story text (the probe clicks through the title and the briefing). */
async function openToText(page: Page, url: string): Promise<ProbeRecord> {
  // The probe says so on the console: nothing of the harness runs in the page meanwhile.
  const painted = page.waitForEvent('console', {
    predicate: (m) => m.text() === TEXT_PAINTED,
    timeout: 60_000,
  });
  await page.goto(url);
  await painted;
  return record(page);
}

/** A fresh context and page with the probe, closed after `use`; the page's own errors fail the run. */
async function withPage<T>(browser: Browser, figure: string, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: probeScript(figure) });
  try {
    const result = await use(page);
    if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** Navigation → the title, the briefing and the first story text, and what had downloaded by then. */
export async function measureStartUp(browser: Browser, url: string, figure: string): Promise<StartUp> {
  return withPage(browser, figure, async (page) => {
    const first = await openToText(page, url);
    const text = first.marks.text!;
    const { figure: figurePressed, begin } = first.pressed;
    const briefing = first.marks.briefing;
    const downloads = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        file: r.name.split('/').pop() ?? r.name,
        bytes: r.encodedBodySize,
        end: r.responseEnd,
      })),
    );
    return {
      title: first.marks.title ?? null,
      text,
      clickToText: begin !== undefined ? text - begin : null,
      clickToBriefing:
        figurePressed !== undefined && briefing !== undefined ? briefing - figurePressed : null,
      downloads: downloads.filter((d) => d.end <= text),
    };
  });
}

/**
 * After the first text: the map's and the sound's arrival (the game), then
 * `choices` number keys, each picked by `pick` among those offered, a reader's
 * pause apart, each timed from key down to the next paint.
 */
export async function measureChoices(
  browser: Browser,
  url: string,
  figure: string,
  choices: number,
  pick: (n: number) => number,
): Promise<ChoicesRun> {
  return withPage(browser, figure, async (page) => {
    const first = await openToText(page, url);
    const text = first.marks.text!;

    // The map and the sound come after the first text, by design: how long after.
    const deadline = Date.now() + MAP_AND_SOUND_WAIT_MS;
    let later = first;
    const isGame = first.marks.title !== undefined;
    while (isGame && Date.now() < deadline && !('map' in later.marks && 'sound' in later.marks)) {
      await page.waitForTimeout(100);
      later = await record(page);
    }

    // A reader's pause before the first choice too, as before every other: pressed as soon as the map
    // and the sound had arrived, it measured what their arrival leaves to do (the map's first glide,
    // the faces the story sets later), not a choice.
    await page.waitForTimeout(READING_PAUSE_MS);
    const choicePaints: number[] = [];
    const endingPaints: number[] = [];
    while (choicePaints.length < choices) {
      const offered = await page.locator('.choice').count();
      // An ending (or the bare page's end): a new game, as a new visit, and a reader's pause before
      // its first choice as before every other (pressed at once, that choice waited for the new
      // page's start-up, the map's first draw, and measured that rather than a choice).
      if (offered === 0) {
        await openToText(page, url);
        await page.waitForTimeout(READING_PAUSE_MS);
        continue;
      }
      const before = (await record(page)).choicePaints.length;
      await page.keyboard.press(String(pick(Math.min(offered, 9)) + 1));
      await page.waitForFunction(
        (n) => (window as unknown as { __bench: ProbeRecord }).__bench.choicePaints.length > n,
        before,
        { timeout: 10_000, polling: 'raf' },
      );
      const paint = (await record(page)).choicePaints[before]!;
      choicePaints.push(paint);
      if ((await page.locator('.choice').count()) === 0) endingPaints.push(paint);
      // A reader's pause before the next choice (a passage takes seconds to read): what a choice
      // starts after its paint, the autosave and the map's glide to a new scene (1.4 s), is over.
      await page.waitForTimeout(READING_PAUSE_MS);
    }
    return {
      mapAfterText: later.marks.map !== undefined ? later.marks.map - text : null,
      soundAfterText: later.marks.sound !== undefined ? later.marks.sound - text : null,
      choicePaints,
      endingPaints,
    };
  });
}
