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

/**
 * Once a run's choices are live, the game's background tasks, the lookahead among them, never come:
 * a player who chooses before the lookahead has prepared the option's page (reader.ts).
 */
async function holdBackLookahead(page: Page): Promise<void> {
  await page.evaluate(() => {
    type PostTask = (...a: unknown[]) => Promise<void>;
    const scheduler = (window as unknown as { scheduler: { postTask: PostTask } }).scheduler;
    const postTask = scheduler.postTask.bind(scheduler);
    scheduler.postTask = (...a) =>
      document.querySelector('.choices[aria-busy="false"]')
        ? new Promise<void>(() => undefined)
        : postTask(...a);
  });
}

/** What the player saw in the frame that showed a choice's text (read after it, before the game's next task). */
interface FirstFrame {
  /** Pages laid out ahead for the options when the key was pressed (reader.ts). */
  prepared: number;
  held: number;
  firstTop: number;
  firstBottom: number;
  choicesTop: number;
  viewHeight: number;
}

describe("a choice's text", () => {
  it("shows its first lines in the choice's own frame, the lines below the view in the next, and the choices only below them", async () => {
    const { page, errors } = await freshPage();
    // A player who chooses before the lookahead has prepared the option's page (the next test chooses
    // after it has).
    await holdBackLookahead(page);
    await startCampaign(page, 'shtern');
    await page.evaluate(() => {
      const frames: FirstFrame[] = [];
      (window as unknown as { firstFrames: FirstFrame[] }).firstFrames = frames;
      // Before the game's own key handler: this frame callback, and the task after it, come first.
      addEventListener(
        'keydown',
        () => {
          const prepared = document.querySelectorAll('.page-ahead').length;
          requestAnimationFrame(() =>
            setTimeout(() => {
              const first = document.querySelector('.first-new')!.getBoundingClientRect();
              frames.push({
                prepared,
                held: document.querySelectorAll('.page > [hidden]').length,
                firstTop: first.top,
                firstBottom: first.bottom,
                choicesTop: document.querySelector('.choice')?.getBoundingClientRect().top ?? Infinity,
                viewHeight: innerHeight,
              });
            }),
          );
        },
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
    // None was prepared, and the passages are longer than the view: lines were held back.
    expect(frames.every((f) => f.prepared === 0)).toBe(true);
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

describe("a choice's page, prepared while the player reads", () => {
  it("is laid out unseen for every option, and shown whole, as prepared, in the chosen option's own frame", async () => {
    const { page, errors } = await freshPage();
    await startCampaign(page, 'shtern');
    await page.evaluate(() => {
      const frames: unknown[] = [];
      (window as unknown as { preparedFrames: unknown[] }).preparedFrames = frames;
      // Before the game's own key handler, as in the test above.
      addEventListener(
        'keydown',
        () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const pages = document.querySelectorAll('.page');
              const lines = [...document.querySelectorAll<HTMLElement>('.page > *')];
              const first = document.querySelector('.first-new')!.getBoundingClientRect();
              frames.push({
                pages: pages.length,
                text: pages[0]?.textContent,
                // The live choices: the list prepared with the page (marked below), and none other.
                list: document.querySelector<HTMLElement>('.choices')?.dataset.preparedFor,
                choices: [...document.querySelectorAll('.choice')].map((b) => b.textContent),
                held: lines.filter((l) => l.hidden).length,
                firstInView: first.top >= 0 && first.bottom <= innerHeight,
                focusedFirst: document.activeElement === document.querySelector('.first-new'),
              });
            }),
          ),
        true,
      );
    });
    // Shtern's historical route, the first six choices.
    for (const [turn, key] of [1, 1, 2, 2, 1, 1].entries()) {
      const offered = await page.locator('.choice').count();
      // The lookahead lays out one page per option, none of them seen or taking room.
      await page.waitForFunction((n) => document.querySelectorAll('.page-ahead').length === n, offered);
      const prepared = page.locator('.page-ahead');
      const look = await prepared.evaluateAll((els) =>
        els.map((a) => ({
          seen: a.checkVisibility({ visibilityProperty: true }),
          height: a.getBoundingClientRect().height,
          hidden: a.getAttribute('aria-hidden'),
          text: a.textContent,
        })),
      );
      expect(look.every((a) => !a.seen && a.height === 0 && a.hidden === 'true')).toBe(true);
      // Each with the choices it will offer, laid out as unseen, none of them a choice to take yet.
      const lists = await page.locator('.choices-ahead').evaluateAll((els) =>
        els.map((list, i) => {
          (list as HTMLElement).dataset.preparedFor = String(i);
          return {
            seen: list.checkVisibility({ visibilityProperty: true }),
            height: list.getBoundingClientRect().height,
            hidden: list.getAttribute('aria-hidden'),
            choices: [...list.querySelectorAll('button')].map((b) => b.textContent),
          };
        }),
      );
      expect(lists).toHaveLength(offered);
      expect(
        lists.every((l) => !l.seen && l.height === 0 && l.hidden === 'true' && l.choices.length > 0),
      ).toBe(true);
      await expect(page.locator('.choice').count()).resolves.toBe(offered);
      // Nor do they move the choices: those start their own margin below the page, as with none.
      const gap = await page.evaluate(() => {
        const list = document.querySelector('.choices')!;
        const pageBottom = document.querySelector('.page')!.getBoundingClientRect().bottom;
        return list.getBoundingClientRect().top - pageBottom - parseFloat(getComputedStyle(list).marginTop);
      });
      expect(Math.abs(gap)).toBeLessThan(0.5);
      await page.keyboard.press(String(key));
      await page.waitForFunction(
        (n) => (window as unknown as { preparedFrames: unknown[] }).preparedFrames.length > n,
        turn,
      );
      const frame = await page.evaluate(
        (n) => (window as unknown as { preparedFrames: unknown[] }).preparedFrames[n],
        turn,
      );
      // In that frame: one page, the one prepared for the option, all of it, read from its first line.
      expect(frame).toEqual({
        pages: 1,
        text: look[key - 1]!.text,
        list: String(key - 1),
        choices: lists[key - 1]!.choices,
        held: 0,
        firstInView: true,
        focusedFirst: true,
      });
      // The pages prepared for the other options are gone (the next page's may have come meanwhile).
      await page.waitForFunction(
        (texts) => ![...document.querySelectorAll('.page-ahead')].some((a) => texts.includes(a.textContent!)),
        look.filter((_, i) => i !== key - 1).map((a) => a.text!),
      );
      // …with their choices, and the page left.
      await page.waitForFunction(
        () =>
          document.querySelectorAll('[data-prepared-for]').length === 1 &&
          document.querySelectorAll('main.reader > article').length ===
            document.querySelectorAll('.page, .page-ahead').length,
      );
      await expect(
        page.locator('.page > *').evaluateAll((ls) => ls.every((l) => l.checkVisibility())),
      ).resolves.toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('an ending, prepared while the player reads', () => {
  it("is laid out unseen, without taking the page's ids, and shown as prepared in the last choice's own frame", async () => {
    const { page, errors } = await freshPage();
    await startCampaign(page, 'shtern');
    // Shtern's historical route, up to its last decision, each choice once its page is prepared.
    const keys = [1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1];
    for (const key of keys) {
      const offered = await page.locator('.choice').count();
      await page.waitForFunction(
        (n) => document.querySelectorAll('.page-ahead, .ending-ahead').length >= n - 1,
        offered,
      );
      await page.keyboard.press(String(key));
      await page.locator('.first-new').first().waitFor();
    }
    // Its last decision: the historical option (1) ends the run, and its ending waits, unseen.
    const prepared = page.locator('.ending-ahead');
    await prepared.first().waitFor({ state: 'attached' });
    const look = await prepared.evaluateAll((els) =>
      els.map((screen, i) => {
        (screen as HTMLElement).dataset.preparedFor = String(i);
        return {
          height: screen.getBoundingClientRect().height,
          hidden: screen.getAttribute('aria-hidden'),
          // Nothing in it the keyboard reaches.
          tabbable: [...screen.querySelectorAll<HTMLElement>('button, a[href], [tabindex]')].filter(
            (c) => c.tabIndex >= 0,
          ).length,
          ending: screen.querySelector('h1')!.dataset.ending,
          titleId: screen.querySelector('h1')!.id,
        };
      }),
    );
    expect(look.every((s) => s.height === 0 && s.hidden === 'true' && s.tabbable === 0)).toBe(true);
    const historical = look.findIndex((s) => s.titleId === 'ending-title-ahead-0');
    expect(look[historical]?.ending).toBe('SH-E5');
    // The page keeps its ids: one #main (the reader), no ending title yet; the choices are where they were.
    await expect(page.evaluate(() => document.querySelectorAll('#main').length)).resolves.toBe(1);
    await expect(page.locator('#ending-title').count()).resolves.toBe(0);
    const gap = await page.evaluate(() => {
      const list = document.querySelector('.choices')!;
      const pageBottom = document.querySelector('.page')!.getBoundingClientRect().bottom;
      return list.getBoundingClientRect().top - pageBottom - parseFloat(getComputedStyle(list).marginTop);
    });
    expect(Math.abs(gap)).toBeLessThan(0.5);
    await page.evaluate(() => {
      const w = window as unknown as { endingFrame?: unknown };
      addEventListener(
        'keydown',
        () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const screens = document.querySelectorAll<HTMLElement>('.ending-screen');
              w.endingFrame = {
                screens: screens.length,
                preparedFor: screens[0]?.dataset.preparedFor,
                seen: screens[0]?.checkVisibility({ visibilityProperty: true }),
                main: document.querySelectorAll('#main').length,
                focused: document.activeElement?.id,
                // The run's screen, if still there, below the view and hidden from assistive technology.
                // (The endings prepared for the other options take no room until they go after the paint.)
                runShown: [...document.querySelectorAll('#app > :not(.ending-screen, .ending-ahead)')].some(
                  (e) =>
                    e.getBoundingClientRect().top < innerHeight || e.getAttribute('aria-hidden') !== 'true',
                ),
                choices: document.querySelectorAll('.choice').length,
              };
            }),
          ),
        { capture: true, once: true },
      );
    });
    await page.keyboard.press('1');
    await page.waitForFunction(() => 'endingFrame' in window);
    // In that frame: the ending prepared for the option, seen, its title focused, the run's screen gone from view.
    await expect(
      page.evaluate(() => (window as unknown as { endingFrame: unknown }).endingFrame),
    ).resolves.toEqual({
      screens: 1,
      preparedFor: String(historical),
      seen: true,
      main: 1,
      focused: 'ending-title',
      runShown: false,
      choices: 0,
    });
    // After it, the ending alone is left, whole, and lists this ending as reached, as drawn afresh.
    await page.waitForFunction(() => document.querySelectorAll('#app > *').length === 1);
    await expect(page.locator('.ending-kicker').textContent()).resolves.toContain('Historical ending');
    await expect(page.locator('.debrief-decision').count()).resolves.toBe(keys.length + 1);
    await expect(page.locator('.ending.reached[data-ending="SH-E5"]').count()).resolves.toBe(1);
    await expect(page.locator('[id*="-ahead-"]').count()).resolves.toBe(0);
    // Its controls are the keyboard's again.
    await expect(
      page.locator('.ending-nav button').evaluateAll((bs) => bs.every((b) => b.tabIndex === 0)),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a choice's page and a focus given meanwhile", () => {
  for (const prepared of [false, true])
    it(`keeps a choice given the focus in view (speedrun skips to the choices): ${prepared ? 'a page prepared ahead' : 'lines held back, as they come in above it'}`, async () => {
      const { page, errors } = await freshPage();
      if (!prepared) await holdBackLookahead(page);
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
        if (prepared) {
          const offered = await page.locator('.choice').count();
          await page.waitForFunction((n) => document.querySelectorAll('.page-ahead').length === n, offered);
        }
        await page.keyboard.press(String(key));
        await page.waitForFunction(() => !document.querySelector('.page > [hidden]'));
        const heldNow = await page.evaluate(() => (window as unknown as { held: number[] }).held.at(-1) ?? 0);
        // A prepared page holds nothing back; a page not prepared does, when it is longer than the view.
        if (prepared) expect(heldNow).toBe(0);
        else if (heldNow === 0) continue;
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
      expect(checked).toBeGreaterThanOrEqual(prepared ? 4 : 2);
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
