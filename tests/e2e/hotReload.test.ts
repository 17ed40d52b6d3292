/**
 * Hot reload like Inky, in the dev server and real Chromium: saving an .ink file
 * replays the run to the same place; a compile error shows file:line in the
 * overlay while the game keeps running the last good story; a choice that no
 * longer exists stops the replay at the last valid point, and says so.
 * Works on a temporary copy of the story so the real files are never touched.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { beginCampaign, useBrowser, watchErrors } from './browser';
import { startDevServer, type DevServer } from './devServer';

let dir: string;
let server: DevServer;
const browser = useBrowser();
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'uw-hot-'));
  cpSync('story', join(dir, 'story'), { recursive: true });
  server = await startDevServer(join(dir, 'story/main.ink'));
  url = server.url;
});

afterAll(async () => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Every .ink file of the temporary story. */
function inkFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? inkFiles(join(root, d.name)) : d.name.endsWith('.ink') ? [join(root, d.name)] : [],
  );
}

function editFileContaining(needle: string, edit: (src: string) => string): void {
  const file = inkFiles(join(dir, 'story')).find((f) => readFileSync(f, 'utf8').includes(needle));
  if (!file) throw new Error(`no ink file contains ${needle}`);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

async function notices(page: Page): Promise<string> {
  return (await page.locator('.notice').allTextContents()).join(' | ');
}

describe('hot reload in the dev server', () => {
  it('returns to the same place, survives a compile error, and stops where a choice was removed', async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.locator('[data-figure=shtern]').click();
    await beginCampaign(page);
    const taken = await page.locator('.choice-text').first().textContent();
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    const choicesBefore = await page.locator('.choice-text').allTextContents();
    expect(taken).toBeTruthy();

    // 1. An edit elsewhere: the run is replayed to the same place.
    editFileContaining('=== shtern_start', (s) =>
      s.replace('=== shtern_start', '=== shtern_start\n// edited by the hot-reload test'),
    );
    await expect.poll(() => notices(page), { timeout: 15_000 }).toContain('back at the same place');
    expect(await page.locator('.choice-text').allTextContents()).toEqual(choicesBefore);

    // 2. A compile error: the overlay names file and line; the game keeps running.
    editFileContaining('=== shtern_start', (s) =>
      s.replace('=== shtern_start', '=== shtern_start\n-> a_knot_that_does_not_exist'),
    );
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 15_000 });
    await expect
      .poll(() => overlay.locator('.message').textContent())
      .toMatch(/act1\.ink:\d+: .*a_knot_that_does_not_exist/);
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.querySelector('vite-error-overlay')?.remove());
    expect(await page.locator('.choice-text').allTextContents()).toEqual(choicesBefore);

    // 3. Fix it, but rename the first choice the player took: replay stops before it.
    editFileContaining('=== shtern_start', (s) => s.replace('\n-> a_knot_that_does_not_exist', ''));
    editFileContaining(taken!, (s) => s.replace(taken!, 'A choice the writer rewrote'));
    await expect.poll(() => notices(page), { timeout: 15_000 }).toContain('no longer exists');
    await expect(page.locator('.choice-text').allTextContents()).resolves.toContain(
      'A choice the writer rewrote',
    );

    expect(errors.filter((e) => !e.includes('a_knot_that_does_not_exist') && !e.includes('[vite]'))).toEqual(
      [],
    );
    await page.close();
  });
});
