/**
 * Understanding what matters and losing nothing by accident, in real Chromium:
 * the briefing before the first passage, change markers that say good or bad
 * in words, meter explanations by keyboard, asking before a new campaign
 * replaces a run, and naming an exported file.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { beginCampaign, openTitle, useBrowser, storyText } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const freshPage = (): Promise<{ page: Page; errors: string[] }> => openTitle(browser(), baseUrl);

async function press(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

const marker = (page: Page, meter: string): Promise<string | null> =>
  page.locator(`.meter[data-meter=${meter}] .meter-delta`).textContent();

describe('briefing and change markers', () => {
  it('briefs before the first passage, marks SH-3 "Back the Moscow line" as Stalin +10 good, and reopens the briefing from the HUD', async () => {
    const { page, errors } = await freshPage();
    await page.locator('[data-figure=shtern]').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Briefing: Grigori Shtern');
    await expect(page.locator('.choice').count()).resolves.toBe(0);
    await expect(page.locator('.briefing').innerText()).resolves.toContain(
      '90 or more at the start of any chapter leads to The Khasan Scapegoat.',
    );
    await beginCampaign(page);

    // SH-1 option 3, SH-2 option 1, SH-3 option 2: "Back the Moscow line".
    await press(page, ['3', '1']);
    await expect(page.locator('.choice-text').nth(1).textContent()).resolves.toContain(
      'Back the Moscow line',
    );
    await press(page, ['2']);
    await expect(marker(page, 'stalin')).resolves.toBe('▲ +10 good');
    await expect(marker(page, 'nkvd')).resolves.toBe('▼ −5 good');
    await expect(marker(page, 'diplo')).resolves.toBe('▼ −5 bad');
    await expect(marker(page, 'cas_sov')).resolves.toBe('▲ +1 bad');

    // A meter's explanation opens from the keyboard, not on hover.
    const toggle = page.locator('.meter[data-meter=nkvd] .meter-toggle');
    const explain = page.locator('#meter-explain-nkvd');
    await expect(explain.isVisible()).resolves.toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(explain.isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: /^Briefing/ }).click();
    const dialog = page.locator('dialog[open]');
    await expect(dialog.getAttribute('aria-label')).resolves.toBe('Briefing: Grigori Shtern');
    await expect(dialog.innerText()).resolves.toContain('How an ending is chosen');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('nothing lost by accident', () => {
  it('asks before a new campaign replaces a run: Cancel keeps it, Continue restores it, confirming starts the new one', async () => {
    const { page, errors } = await freshPage();
    await page.locator('[data-figure=shtern]').click();
    await beginCampaign(page);
    await press(page, ['3', '1']);
    const where = await page.locator('.hud-when').innerText();
    const text = await storyText(page);

    // Exporting names the file.
    await page.getByRole('button', { name: /^Menu/ }).click();
    await page.getByRole('button', { name: 'Export save' }).click();
    await page
      .locator('.notice', { hasText: 'Saved undeclared-war-shtern.json to your downloads.' })
      .waitFor();
    await page.keyboard.press('Escape');

    await page.reload();
    await page.locator('#continue').waitFor();
    await page.locator('[data-figure=chiang]').click();
    const ask = page.locator('dialog[open]');
    await expect(ask.innerText()).resolves.toContain(
      'Start a new campaign? Your run as Grigori Shtern at SH-3',
    );
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-action'))).resolves.toBe(
      'cancel',
    );
    await page.keyboard.press('Enter');
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
    await expect(page.locator('.briefing').count()).resolves.toBe(0);

    // Cancelled: the run is still there, at the same place.
    await page.reload();
    await page.locator('#continue').click();
    await page.locator('.choice:enabled').first().waitFor();
    await expect(page.locator('.hud-when').innerText()).resolves.toBe(where);
    await expect(storyText(page)).resolves.toBe(text);

    // Confirmed: the briefing, then the new campaign.
    await page.getByRole('button', { name: /^Menu/ }).click();
    await page.getByRole('button', { name: 'Title screen', exact: true }).click();
    await page.locator('[data-figure=chiang]').click();
    await page.locator('dialog[open] [data-action=confirm]').click();
    await page.locator('h1', { hasText: 'Briefing: Chiang Kai-shek' }).waitFor();
    await beginCampaign(page);
    await expect(page.locator('.hud-figure').textContent()).resolves.toBe('Chiang Kai-shek');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
