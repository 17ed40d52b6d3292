/**
 * In `npm run dev`, vite's overlay tells a writer what story:check's lint
 * would say (file:line), and a good save closes it without reloading the
 * page: the run in progress stays where it is. Works on a temporary copy of
 * the story so the real files are never touched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { startDevServer, type DevServer } from './devServer';

let dir: string;
let file: string;
let original: string;
let server: DevServer;
const browser = useBrowser();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'uw-overlay-'));
  cpSync('story', join(dir, 'story'), { recursive: true });
  file = join(dir, 'story/shtern/act1.ink');
  original = readFileSync(file, 'utf8');
  server = await startDevServer(join(dir, 'story/main.ink'));
});

afterAll(async () => {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Saves act1.ink with `added` as the first line of shtern_start (line 14). */
function saveWith(added: string | null): void {
  const header = '=== shtern_start\n';
  writeFileSync(file, added === null ? original : original.replace(header, `${header}${added}\n`));
}

describe('the dev overlay', () => {
  it('shows lint and compile errors with file:line, and closes on a good save without a reload', async () => {
    const page = await browser().newPage();
    await page.goto(server.url);
    await page.locator('[data-figure=shtern]').waitFor();
    // A page reload would lose this.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    const stillHere = () =>
      page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true);
    const overlay = page.locator('vite-error-overlay');
    const message = () => overlay.locator('.message').textContent();

    // A tag outside the vocabulary compiles, but story:check would fail: the overlay says where.
    saveWith('A line with a tag nobody knows. # weather: rain');
    await expect.poll(message, { timeout: 15_000 }).toMatch(/shtern\/act1\.ink:14: tag "weather: rain"/);

    // Fixed: the overlay closes, the page is not reloaded.
    saveWith(null);
    await expect.poll(() => overlay.count(), { timeout: 15_000 }).toBe(0);
    expect(await stillHere()).toBe(true);

    // A meter step off the grid, then a compile error: each replaces the overlay.
    saveWith('~ change_supply(7)');
    await expect.poll(message, { timeout: 15_000 }).toMatch(/shtern\/act1\.ink:14: meter step off the grid/);
    saveWith('-> a_knot_that_does_not_exist');
    await expect.poll(message, { timeout: 15_000 }).toMatch(/act1\.ink:14: .*a_knot_that_does_not_exist/);

    // Fixed again: closed, still the same page.
    saveWith(null);
    await expect.poll(() => overlay.count(), { timeout: 15_000 }).toBe(0);
    expect(await stillHere()).toBe(true);
    await page.close();
  });
});
