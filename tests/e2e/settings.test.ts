/** The Settings dialog in real Chromium, keyboard only: changes apply at once and survive a reload. */
import { describe, expect, inject, it } from 'vitest';
import { beginCampaign, useBrowser, watchErrors, titleReady, storyText } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('settings', () => {
  it('the dark theme and a larger text size apply at once and survive a reload; number keys can be turned off', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await titleReady(page);
    const fontSize = (): Promise<string> =>
      page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const background = (): Promise<string> =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const paperSize = await fontSize();
    const paperBackground = await background();

    for (let i = 0; i < 40; i++) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Settings') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] .settings-panel').first().waitFor();
    // The focus starts on the text size; arrows move within a group, Tab to the next group.
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe(
      'text-size',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe(
      'theme',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Applied at once, with the dialog still open.
    await expect(fontSize()).resolves.toBe('22.4px');
    expect(await background()).not.toBe(paperBackground);
    // Number keys off (the last control).
    for (let i = 0; i < 10; i++) {
      const type = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
      if (type === 'checkbox') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');

    await page.reload();
    await titleReady(page);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(fontSize()).resolves.toBe('22.4px');
    expect(paperSize).toBe('18px');
    expect(await background()).not.toBe(paperBackground);

    await page.locator('[data-figure=shtern]').click();
    await beginCampaign(page);
    const before = await storyText(page);
    await page.keyboard.press('1');
    await expect(storyText(page)).resolves.toBe(before);
    await expect(page.locator('.choice-key').first().isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('types new text at the typewriter speed, and Space shows the whole passage', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() =>
      localStorage.setItem('uw.settings.display', JSON.stringify({ textSpeed: 60 })),
    );
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.locator('[data-figure=shtern]').click();
    await page.locator('#begin').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'begin');
    await page.keyboard.press('Enter');
    await page.locator('.choice:enabled').first().waitFor();
    const last = page.locator('.page > p').last();
    await expect(last.textContent()).resolves.toBe('');
    await page.keyboard.press('Space');
    await expect(last.textContent()).resolves.not.toBe('');
    await context.close();
  });

  it('serves its typefaces itself: the book serif by default, Atkinson Hyperlegible when chosen, nothing from elsewhere', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseUrl)) foreign.push(r.url());
    });
    await page.goto(baseUrl);
    await titleReady(page);
    const loaded = (): Promise<string[]> =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`);
      });
    await expect.poll(loaded).toContain('Source Serif 4 400');
    await page.evaluate(() =>
      localStorage.setItem('uw.settings.display', JSON.stringify({ typeface: 'legible' })),
    );
    await page.reload();
    await titleReady(page);
    await expect.poll(loaded).toContain('Atkinson Hyperlegible 400');
    await expect(
      page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily),
    ).resolves.toMatch(/^"Atkinson Hyperlegible"/);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('reduces motion as the system asks by default, and as the player says when they choose', async () => {
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await titleReady(page);
    const motion = (): Promise<string | undefined> =>
      page.evaluate(() => document.documentElement.dataset.motion);
    await expect(motion()).resolves.toBe('reduce');
    await page.evaluate(() =>
      localStorage.setItem('uw.settings.display', JSON.stringify({ reducedMotion: 'off' })),
    );
    await page.reload();
    await titleReady(page);
    await expect(motion()).resolves.toBe('full');
    await context.close();
  });
});
