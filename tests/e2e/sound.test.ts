/**
 * The sound in the built game: the cue a scene names is the one playing, a new
 * scene crossfades into its cue, and a browser that blocks audio plays to an
 * ending with no error.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { playToEnding, startCampaign, useBrowser, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type SoundState = { cue: string; playing: { cue: string; volume: number }[] };
const soundState = (page: Page): Promise<SoundState | null> =>
  page.evaluate(() => (window as { __uwSound?: () => SoundState }).__uwSound?.() ?? null);

describe('sound', () => {
  it("plays the scene's cue and crossfades into the next scene's", async () => {
    const page = await (await browser().newContext()).newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await startCampaign(page, 'shtern');
    // Shtern's first passage ends in the council chamber (`# music: council`); it fades in.
    await page.waitForFunction(() => {
      const s = (window as { __uwSound?: () => SoundState }).__uwSound?.();
      return s?.cue === 'council' && s.playing.some((p) => p.cue === 'council' && p.volume > 0.2);
    });
    // The next scenes go back to `tension`: for a moment both loops play, one fading out, one in.
    // A step's sounds follow its paint, in the background: after each choice, wait for them a while.
    const toTension = (): Promise<boolean> =>
      page
        .waitForFunction(
          () => (window as { __uwSound?: () => SoundState }).__uwSound?.()?.cue === 'tension',
          undefined,
          { timeout: 3000 },
        )
        .then(
          () => true,
          () => false,
        );
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('1');
      await page.locator('.choice:enabled').first().waitFor();
      if (await toTension()) break;
    }
    expect((await soundState(page))!.cue).toBe('tension');
    // Once the new loop has loaded, both play: the old fading out, the new fading in.
    await page.waitForFunction(() => {
      const playing = (window as { __uwSound?: () => SoundState }).__uwSound!().playing.map((p) => p.cue);
      return playing.includes('council') && playing.includes('tension');
    });
    // The crossfade lasts 2.5 s; on a loaded machine howler's fade steps run late, so wait for its end
    // (the old loop gone, the new one audible) rather than for a fixed time.
    await page
      .waitForFunction(
        () => {
          const { playing } = (window as { __uwSound?: () => SoundState }).__uwSound!();
          return playing.length === 1 && playing[0]!.cue === 'tension' && playing[0]!.volume > 0.2;
        },
        undefined,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    const after = await soundState(page);
    expect(after!.playing.map((p) => p.cue)).toEqual(['tension']);
    expect(after!.playing[0]!.volume).toBeGreaterThan(0.2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('mutes from the Sound and map settings, and remembers it after a reload', async () => {
    const page = await (await browser().newContext()).newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await startCampaign(page, 'shtern');
    await page.waitForFunction(() =>
      (window as { __uwSound?: () => SoundState }).__uwSound?.().playing.some((p) => p.volume > 0.2),
    );
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Mute all sound').check();
    await page.waitForFunction(() =>
      (window as { __uwSound?: () => SoundState }).__uwSound!().playing.every((p) => p.volume === 0),
    );
    await page.reload();
    await page.locator('#continue').click();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByLabel('Mute all sound').isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plays to an ending with no error when the browser blocks audio', async () => {
    const context = await browser().newContext();
    // As a browser that refuses to start audio: an AudioContext never resumes, and media refuse to play.
    await context.addInitScript(() => {
      AudioContext.prototype.resume = () => new Promise<void>(() => {});
      HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await startCampaign(page, 'shtern');
    // The sound engine has loaded and tried to play, and was refused.
    await page.waitForFunction(
      () => (window as { __uwSound?: () => SoundState }).__uwSound?.() !== undefined,
    );
    const keys = [1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1, 1];
    await expect(playToEnding(page, (turn) => String(keys[turn] ?? 1))).resolves.toBe('SH-E5');
    expect(errors).toEqual([]);
    await context.close();
  });
});
