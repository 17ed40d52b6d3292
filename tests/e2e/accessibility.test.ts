/**
 * axe-core in real Chromium: no violation on the title, the briefing, the game,
 * every dialog and the ending screen, in each theme.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchErrors, titleReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** axe's violations, one line each: rule, impact and the first offending elements. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** Opens a dialog with the control named `name`, checks it, and closes it with Escape. */
async function checkDialog(
  page: Page,
  name: string | RegExp,
  found: Record<string, string[]>,
  where: string,
) {
  await page
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .click();
  await page.locator('dialog[open]').waitFor();
  found[`${where}: ${String(name)} dialog`] = await violations(page);
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
}

describe('accessibility (axe-core)', () => {
  for (const theme of ['paper', 'dark', 'contrast'] as const) {
    it(`finds no violation on any screen or dialog in the ${theme} theme`, async () => {
      const context = await browser().newContext();
      await context.addInitScript(
        (t) => localStorage.setItem('uw.settings.display', JSON.stringify({ theme: t })),
        theme,
      );
      const page = await context.newPage();
      const errors = watchErrors(page);
      const found: Record<string, string[]> = {};
      await page.goto(baseUrl);
      await titleReady(page);
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);

      found.title = await violations(page);
      for (const name of ['Saved games', 'Practice', 'Settings', 'Codex', 'Endings'])
        await checkDialog(page, name, found, 'title');

      await page.locator('[data-figure=kwantung]').click();
      await page.locator('#begin').waitFor();
      found.briefing = await violations(page);
      await page.locator('#begin').click();
      await page.locator('.choice:enabled').first().waitFor();
      await page.keyboard.press('3');
      found.game = await violations(page);
      for (const name of [
        'Save or load',
        'History',
        'Settings',
        /^Briefing/,
        'What the meters mean',
        'Codex',
        /^Menu/,
      ])
        await checkDialog(page, name, found, 'game');
      // The flowchart, by its key.
      await page.keyboard.press('f');
      await page.locator('dialog[open]').waitFor();
      found['game: flowchart dialog'] = await violations(page);
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });

      // A confirmation: overwriting a slot.
      await page.getByRole('button', { name: 'Save or load' }).click();
      await page.getByRole('button', { name: 'Save to Slot 1' }).click();
      await page.getByRole('button', { name: 'Save to Slot 1' }).click();
      await page.locator('dialog[role=alertdialog]').waitFor();
      found['confirmation dialog'] = await violations(page);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      // The fastest route to KW-E1 (docs/ROUTES.md), after the first choice taken above.
      for (const key of ['1', '2', '1', '2']) await page.keyboard.press(key);
      await page.locator('#ending-title').waitFor();
      found.ending = await violations(page);

      expect(Object.entries(found).filter(([, v]) => v.length)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
