/**
 * The flowchart and Practice in real Chromium, keyboard only: play two
 * decisions, open the flowchart with F, see the chapters and the options taken
 * marked, jump back to the first decision and find the same choices and the
 * same meters as on first arrival; then Practice from the title times a segment.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activate, beginCampaign, openTitle, useBrowser, titleReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const choices = (page: Page): Promise<string[]> => page.locator('.choice-text').allTextContents();

/** What the player sees of the decision: the choices offered and the HUD (meters, date, place). */
async function decision(page: Page): Promise<{ choices: string[]; meters: string; when: string }> {
  return {
    choices: await choices(page),
    meters: await page.locator('.meters').innerText(),
    when: await page.locator('.hud-when').innerText(),
  };
}

/**
 * Takes an option by its number key and waits for the next decision's choices,
 * then for a frame and a background task: the flowchart records a decision
 * after the page is painted, at background priority, as autosave does.
 */
async function take(page: Page, key: string): Promise<void> {
  const before = await choices(page);
  await page.keyboard.press(key);
  await expect.poll(() => choices(page)).not.toEqual(before);
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() =>
          (
            globalThis as unknown as {
              scheduler: { postTask: (task: () => void, o: { priority: string }) => unknown };
            }
          ).scheduler.postTask(() => done(null), { priority: 'background' }),
        ),
      ),
  );
}

describe('flowchart', () => {
  it('shows the run with the options taken, and jumps back to the first decision as it was', async () => {
    const { page, errors } = await openTitle(browser(), baseUrl);
    await activate(page, 'Play as Grigori Shtern');
    await beginCampaign(page);
    const first = await decision(page);
    await take(page, '3');
    const second = await decision(page);
    await take(page, '1');

    await page.keyboard.press('f');
    const dialog = page.locator('dialog[open][aria-label="Flowchart"]');
    await dialog.waitFor();
    await expect(dialog.getByRole('region', { name: 'Flowchart of decisions' }).count()).resolves.toBe(1);
    // The run so far: its chapters in order, the option taken at each marked in words.
    const run = dialog.locator('.flow-run .flow-decision');
    await expect(run.locator('h4').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^SH-1 · /),
      expect.stringMatching(/^SH-2 · /),
      expect.stringMatching(/^SH-3 · /),
    ]);
    await expect(run.locator('.flow-taken').allTextContents()).resolves.toEqual([
      `${first.choices[2]} — taken in this run`,
      `${second.choices[0]} — taken in this run`,
    ]);
    await expect(run.last().getAttribute('aria-current')).resolves.toBe('step');
    // Every decision reached, by chapter, lists the same three.
    await expect(dialog.locator('.flow-all .flow-decision').count()).resolves.toBe(3);

    const firstTitle = (await run.first().locator('h4').textContent()) ?? '';
    await activate(page, `Jump to ${firstTitle}`);
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
    await expect.poll(() => decision(page)).toEqual(first);
    // The first decision is where play goes on: the HUD has nothing to take back.
    await expect(page.locator('.hud-nav button', { hasText: 'Undo' }).isDisabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('offers Practice on the title, starting from a decision reached, and times the segment', async () => {
    const { page, errors } = await openTitle(browser(), baseUrl);
    await activate(page, 'Play as Chiang Kai-shek');
    await beginCampaign(page);
    await take(page, '1');
    const second = await decision(page);
    // The autosave waits for the saves' code to load: reload once it holds the choice.
    await page.waitForFunction(() => {
      const saved = JSON.parse(localStorage.getItem('uw.slot.auto') ?? '{}') as {
        run?: { choices?: unknown[] };
      };
      return (saved.run?.choices?.length ?? 0) >= 1;
    });
    await page.reload();
    await titleReady(page);

    await activate(page, 'Practice');
    // A run is in progress (the autosave): Practice says it will replace it.
    await page.locator('dialog[role=alertdialog]').waitFor();
    await activate(page, 'Open Practice');
    const dialog = page.locator('dialog[open][aria-label="Practice"]');
    await dialog.waitFor();
    const target = dialog.locator('.flow-decision').nth(1);
    const title = (await target.locator('h4').textContent()) ?? '';
    expect(title).toMatch(/^CH-2 · /);
    await activate(page, `Practice from ${title}`);
    await expect.poll(() => decision(page)).toEqual(second);
    const panel = page.getByRole('complementary', { name: 'Practice segments' });
    await expect(panel.locator('.practice-running').textContent()).resolves.toBe('Timing from CH-2');
    await take(page, '1');
    await expect
      .poll(() => panel.locator('.practice-segments li').allTextContents())
      .toEqual([expect.stringMatching(/^CH-2 → CH-3: \d+\.\d{3} s — best$/)]);
    expect(errors).toEqual([]);
  });
});
