/**
 * The built game in real Chromium: the title screen, keyboard-only play of each
 * figure to an ending, and Continue after a reload restoring the exact place.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { beginCampaign, openTitle, playToEnding, startCampaign, useBrowser, storyText } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const freshPage = (): Promise<{ page: Page; errors: string[] }> => openTitle(browser(), baseUrl);

/** Tabs from the initial focus to a figure's "Play as" button, presses Enter, and Begins after the briefing. */
async function startWithKeyboard(page: Page, figure: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-figure') ?? '');
    if (focused === figure) {
      await page.keyboard.press('Enter');
      await beginCampaign(page);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach the ${figure} button with Tab`);
}

describe('title screen', () => {
  it('lists the three figures with their briefings', async () => {
    const { page, errors } = await freshPage();
    const cards = page.locator('.figure-card h3');
    await expect(cards.allTextContents()).resolves.toEqual([
      'Grigori Shtern',
      'Chiang Kai-shek',
      'Major Kurosawa Eiji',
    ]);
    await expect(page.locator('.figure-briefing').count()).resolves.toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard-only play', () => {
  // Each figure's historical route (tests/story/*Routes.test.ts), after the figure pick, typed as number keys.
  for (const [figure, keys, ending] of [
    ['shtern', [1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1, 1], 'SH-E5'],
    ['chiang', [1, 1, 2, 3, 3, 3, 4, 1, 2, 1, 1], 'CH-E5'],
    ['kwantung', [3, 3, 1, 1, 1, 1, 1, 2, 2, 2, 2], 'KW-E5'],
  ] as const) {
    it(`plays ${figure}'s historical route to ${ending} with number keys only, with no console errors`, async () => {
      const { page, errors } = await freshPage();
      await startWithKeyboard(page, figure);
      const reached = await playToEnding(page, (turn) => String(keys[turn] ?? 1));
      expect(reached).toBe(ending);
      await expect(page.locator('#ending-title').textContent()).resolves.not.toBe('');
      // A run that followed history earns the historical label (tests/e2e/ending.test.ts: one that left it does not).
      await expect(page.locator('.ending-kicker').textContent()).resolves.toContain('Historical ending');
      await expect(page.locator('text=What really happened').count()).resolves.toBeGreaterThan(0);
      // The debrief lists every decision taken, each under its chapter's dated note.
      await expect(page.locator('.debrief-decision').count()).resolves.toBe(keys.length);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

/** What the player saw in the frame that showed a choice's text (read after it, before the game's next task). */
interface FirstFrame {
  held: number;
  firstTop: number;
  firstBottom: number;
  choicesTop: number;
  viewHeight: number;
}

describe("a choice's text", () => {
  it("shows its first lines in the choice's own frame, the lines below the view in the next, and the choices only below them", async () => {
    const { page, errors } = await freshPage();
    await startCampaign(page, 'shtern');
    await page.evaluate(() => {
      const frames: FirstFrame[] = [];
      (window as unknown as { firstFrames: FirstFrame[] }).firstFrames = frames;
      // Before the game's own key handler: this frame callback, and the task after it, come first.
      addEventListener(
        'keydown',
        () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const first = document.querySelector('.first-new')!.getBoundingClientRect();
              frames.push({
                held: document.querySelectorAll('.page > [hidden]').length,
                firstTop: first.top,
                firstBottom: first.bottom,
                choicesTop: document.querySelector('.choice')?.getBoundingClientRect().top ?? Infinity,
                viewHeight: innerHeight,
              });
            }),
          ),
        true,
      );
    });
    // Shtern's historical route, the first six choices: long passages, a new chapter among them.
    for (const key of [1, 1, 2, 2, 1, 1]) {
      const before = await page.locator('.first-new').elementHandle();
      await page.keyboard.press(String(key));
      await page.waitForFunction((el) => document.querySelector('.first-new') !== el, before);
      // Then every line of the page is shown, and the choices follow the last.
      await page.waitForFunction(() => !document.querySelector('.page > [hidden]'));
      await expect(
        page.locator('.page > *').evaluateAll((ls) => ls.every((l) => l.checkVisibility())),
      ).resolves.toBe(true);
    }
    const frames = await page.evaluate(
      () => (window as unknown as { firstFrames: FirstFrame[] }).firstFrames,
    );
    expect(frames).toHaveLength(6);
    // The passages are longer than the view: lines were held back.
    expect(frames.filter((f) => f.held > 0).length).toBeGreaterThanOrEqual(4);
    for (const f of frames) {
      // Reading resumes at the first new line, in view...
      expect(f.firstTop).toBeGreaterThanOrEqual(0);
      expect(f.firstBottom).toBeLessThanOrEqual(f.viewHeight);
      // ...and no choice shows in the middle of a passage whose end is still to come.
      if (f.held > 0) expect(f.choicesTop).toBeGreaterThanOrEqual(f.viewHeight);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a choice's held lines", () => {
  it('keep a choice given the focus meanwhile in view as they come in above it (speedrun skips to the choices)', async () => {
    const { page, errors } = await freshPage();
    await startCampaign(page, 'shtern');
    await page.evaluate(() => {
      const held: number[] = [];
      (window as unknown as { held: number[] }).held = held;
      // After the game's own handler (it listens on the document), as speedrun's skip does: the focus to the first choice.
      addEventListener('keydown', () =>
        queueMicrotask(() => {
          held.push(document.querySelectorAll('.page > [hidden]').length);
          document.querySelector<HTMLElement>('.choices .choice')?.focus();
        }),
      );
    });
    let checked = 0;
    for (const key of [1, 1, 2, 2]) {
      await page.keyboard.press(String(key));
      await page.waitForFunction(() => !document.querySelector('.page > [hidden]'));
      const heldNow = await page.evaluate(() => (window as unknown as { held: number[] }).held.at(-1) ?? 0);
      if (heldNow === 0) continue;
      checked++;
      const focus = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return {
          choice: document.activeElement!.classList.contains('choice'),
          top: r.top,
          bottom: r.bottom,
          view: innerHeight,
        };
      });
      expect(focus.choice).toBe(true);
      // (Within a pixel: the view's edge may fall inside one.)
      expect(focus.top).toBeGreaterThanOrEqual(-1);
      expect(focus.bottom).toBeLessThanOrEqual(focus.view + 1);
    }
    expect(checked).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('autosave and Continue', () => {
  it('restores text, choices and meters exactly after a reload', async () => {
    const { page, errors } = await freshPage();
    await startWithKeyboard(page, 'shtern');
    for (const key of ['2', '1', '2']) {
      if ((await page.locator('.choice').count()) === 0) break;
      await page.keyboard.press(key);
    }
    const snapshot = async (): Promise<{
      text: string;
      choices: string[];
      meters: string[];
      when: string;
    }> => ({
      text: await storyText(page),
      choices: await page.locator('.choice-text').allTextContents(),
      meters: await page
        .locator('.meter')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-meter')}=${e.querySelector('.meter-value')?.textContent}`),
        ),
      when: await page.locator('.hud-when').innerText(),
    });
    const before = await snapshot();
    expect(before.choices.length).toBeGreaterThan(0);
    await page.reload();
    const cont = page.locator('#continue');
    await cont.waitFor();
    // Continue has the focus on the title screen: Enter takes it.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('continue');
    await page.keyboard.press('Enter');
    await page.locator('.choice:enabled').first().waitFor();
    const after = await snapshot();
    expect(after.text).toBe(before.text);
    expect(after.choices).toEqual(before.choices);
    expect(after.meters).toEqual(before.meters);
    expect(after.when).toBe(before.when);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
