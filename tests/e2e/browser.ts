/** Launches Debian's Chromium through playwright-core and records console errors. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tools/chromiumArgs';

/** Chromium as the tests use it; `extraArgs` adds switches (say, `--disable-webgl`). */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * One Chromium for the whole test file: launched before its first test and
 * closed after its last. Returns a getter because the browser exists only once
 * `beforeAll` has run; call it inside tests and hooks, not at the top level.
 */
export function useBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet: call it inside a test or hook');
    return browser;
  };
}

/** Console errors and uncaught exceptions of a page, to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Plays with the keyboard only (number key 1, or the given key) until an ending screen appears. */
export async function playToEnding(
  page: Page,
  pickKey: (turn: number, choices: number) => string,
  maxTurns = 200,
): Promise<string> {
  for (let turn = 0; turn < maxTurns; turn++) {
    const ending = page.locator('#ending-title');
    if (await ending.count()) return (await ending.getAttribute('data-ending')) ?? '';
    const choices = await page.locator('.choice').count();
    if (choices === 0) throw new Error('no choices and no ending screen: a dead end');
    await page.keyboard.press(pickKey(turn, choices));
  }
  throw new Error(`no ending after ${maxTurns} choices`);
}

/** From the title screen, starts a figure's campaign with a click, past its briefing, and waits for its first choices. */
export async function startCampaign(page: Page, figure: string): Promise<void> {
  await titleReady(page);
  await page.locator(`[data-figure="${figure}"]`).click();
  await beginCampaign(page);
}

/** On the briefing before a campaign, Begin has the focus: Enter takes it and the first passage appears. */
export async function beginCampaign(page: Page): Promise<void> {
  await page.locator('#begin').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'begin');
  await page.keyboard.press('Enter');
  await page.locator('.choice:enabled').first().waitFor();
}

/** Presses Tab until the focused control's accessible name (aria-label or text) is `name`, then Enter: the keyboard-only way to a control. */
export async function activate(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const focused = await page.evaluate(() => {
      const a = document.activeElement;
      return a?.getAttribute('aria-label') ?? a?.textContent?.trim() ?? '';
    });
    if (focused === name) return page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

/** A new browser context at the title screen, with its console errors watched. */
export async function openTitle(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await titleReady(page);
  return { page, errors };
}

/**
 * Waits until the app has taken the title over (wired its buttons, added Continue and the endings
 * found). The title's markup is in index.html and shows before the app runs: waiting for it alone
 * would race the app.
 */
export async function titleReady(page: Page): Promise<void> {
  await page.locator('main.title-screen[data-ready]').waitFor();
}

/**
 * The story text on screen, as the player reads it. Read once the page's first frame is drawn: in
 * that frame the lines out of view are not laid out yet (styles.css, `.reader.arriving`), nor, in a
 * choice's frame, shown (hidden, reader.ts), and innerText holds only what is laid out and shown.
 */
export function storyText(page: Page): Promise<string> {
  return page.locator('.reader:not(.arriving) .page:not(:has(> [hidden]))').innerText();
}
