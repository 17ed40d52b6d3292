/**
 * A speedrun with the keyboard alone, in real Chromium: the Speedrun control
 * on the title opens the category select, "Shtern — ★" starts the run, the
 * timer runs and the splits fill in along the ★ route, and at the ending the
 * run file and the .lss download. Then run:verify accepts the run file and
 * refuses it with a choice index changed, a time going backwards and another
 * story version, each with a reason; LiveSplit's parser reads the .lss.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openTitle, useBrowser, titleReady } from './browser';
import type { RunFile } from '../../src/core/speedrun/runFile';
import { runScript } from '../tools/cli';
import { parseLss } from '../helpers/lss';
import { withChoiceIndex, withStoryHash, withTimeBackwards } from '../helpers/runFiles';

const baseUrl = inject('baseUrl');
// Shtern's ★ route (docs/ROUTES.md, after the figure pick), as number keys.
const STAR_ROUTE = [3, 3, 2, 2, 3, 4, 3, 2, 4, 2, 1, 1];
const dir = mkdtempSync(join(tmpdir(), 'uw-speedrun-'));

const browser = useBrowser();
let page: Page;
let errors: string[];
let runFilePath = '';
let runFile: RunFile;
let lssText = '';

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(p: Page, matches: (el: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await p.keyboard.press('Tab');
    const ok = await p.evaluate((src) => {
      const test = new Function('el', `return (${src})(el)`) as (el: Element) => boolean;
      return document.activeElement ? test(document.activeElement) : false;
    }, matches.toString());
    if (ok) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** axe-core's violations, one line each. */
async function violations(p: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: p }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

const splitRows = (p: Page) => p.getByRole('region', { name: 'Splits' }).locator('tbody tr');

beforeAll(async () => {
  ({ page, errors } = await openTitle(browser(), baseUrl));
});

describe('a ★ speedrun with the keyboard alone', () => {
  it('opens the category select from the title and starts "Shtern — ★" on its published seed', async () => {
    await tabTo(page, (el) => el.textContent === 'Speedrun', 'the Speedrun control');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Speedrun' }).waitFor();
    await expect(violations(page)).resolves.toEqual([]);
    await tabTo(page, (el) => el.textContent === 'Shtern — ★', 'Shtern — ★');
    await page.keyboard.press('Enter');
    await page.locator('.choice:enabled').first().waitFor();
    const panel = page.getByRole('complementary', { name: 'Speedrun' });
    await expect(panel.locator('.sr-heading').textContent()).resolves.toBe('Shtern — ★');
    await expect(panel.locator('.sr-seed-shown').textContent()).resolves.toBe('Seed 1938072903 (published)');
    // Text appears at once in speedrun mode: the whole passage is there already.
    const firstLine = (await page.locator('.page p').first().textContent()) ?? '';
    expect(firstLine.length).toBeGreaterThan(20);
  });

  it('shows the timer running while the game waits for the runner', async () => {
    const timer = page.getByRole('timer', { name: 'In-game time' });
    const before = (await timer.textContent()) ?? '';
    await page.waitForTimeout(400);
    const after = (await timer.textContent()) ?? '';
    expect(before).toMatch(/^\d+:\d\d\.\d{3}$/);
    expect(after).not.toBe(before);
  });

  it('fills in a split per chapter along the route and reaches the ★ ending', async () => {
    for (const [turn, key] of STAR_ROUTE.entries()) {
      await page.keyboard.press(String(key));
      if (turn < STAR_ROUTE.length - 1) {
        await expect.poll(() => splitRows(page).count()).toBe(turn + 1);
        await page.locator('.choice:enabled').first().waitFor();
      }
    }
    await page.locator('#ending-title').waitFor();
    await expect(page.locator('#ending-title').getAttribute('data-ending')).resolves.toBe('SH-E6');
    await expect(splitRows(page).count()).resolves.toBe(12);
    const first = splitRows(page).first();
    await expect(first.locator('th').textContent()).resolves.toBe('SH-1');
    // No personal best yet: every segment is a gold, said in words.
    await expect(first.locator('td').nth(2).textContent()).resolves.toBe('★ gold');
    await expect(page.locator('.sr-sob').textContent()).resolves.toMatch(/^Sum of best: \d+:\d\d\.\d{3}$/);
    await expect(page.locator('.sr-result-line').textContent()).resolves.toMatch(/^Run complete: /);
    await expect(violations(page)).resolves.toEqual([]);
  });

  it('downloads the run file and the .lss from the keyboard', async () => {
    // The result line has the focus at the end; the downloads follow it.
    await page.waitForFunction(() => document.activeElement?.classList.contains('sr-result-line'));
    await page.keyboard.press('Tab');
    const runDownload = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await runDownload;
    expect(file.suggestedFilename()).toMatch(/^undeclared-war-shtern-star-\d+ms\.run\.json$/);
    runFilePath = join(dir, 'run.json');
    await file.saveAs(runFilePath);
    runFile = JSON.parse(readFileSync(runFilePath, 'utf8')) as RunFile;
    expect(runFile).toMatchObject({ format: 'undeclared-war-run', category: 'shtern-star', ending: 'SH-E6' });
    expect(runFile.choices.map((c) => c.index + 1)).toEqual(STAR_ROUTE);

    await page.keyboard.press('Tab');
    const lssDownload = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const lss = await lssDownload;
    expect(lss.suggestedFilename()).toBe('undeclared-war-shtern-star.lss');
    const lssPath = join(dir, 'splits.lss');
    await lss.saveAs(lssPath);
    lssText = readFileSync(lssPath, 'utf8');
    expect(errors).toEqual([]);
  });

  it('exports an .lss LiveSplit reads, with the run as personal best', () => {
    const run = parseLss(lssText);
    expect(run).toMatchObject({ game: 'Undeclared War', category: 'Shtern — ★', attempts: 1 });
    expect(run.segments.map((s) => s.name)).toEqual(runFile.splits.map((s) => s.chapter));
    expect(run.segments.at(-1)?.pbSeconds).toBeCloseTo(runFile.igtMs / 1000, 3);
  });

  it('is accepted by run:verify', async () => {
    const r = await runScript('tools/run/verify.ts', [runFilePath, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      ending: 'SH-E6',
      category: 'shtern-star',
      reason: null,
    });
    expect(r.code).toBe(0);
  });

  it('is refused by run:verify when altered, each time with its reason', async () => {
    const altered: [string, RunFile, RegExp][] = [
      ['index', withChoiceIndex(runFile, 3, 5), /^choice 4 at SH-4: index 5 does not exist/],
      [
        'time',
        withTimeBackwards(runFile, 8),
        /^time goes backwards: choice 9 was taken at .*, before choice 8/,
      ],
      ['hash', withStoryHash(runFile, 'ffffffffffff'), /^the run was played on story version ffffffffffff/],
    ];
    for (const [name, file, reason] of altered) {
      const path = join(dir, `${name}.json`);
      writeFileSync(path, JSON.stringify(file));
      const r = await runScript('tools/run/verify.ts', [path, '--json']);
      expect(r.code, name).toBe(1);
      expect(JSON.parse(r.stdout).reason, name).toMatch(reason);
    }
  });
});

describe('a speedrun across a reload, and seen text', () => {
  let p: Page;

  beforeAll(async () => {
    ({ page: p } = await openTitle(browser(), baseUrl));
    await p.locator('#speedrun').focus();
    await p.keyboard.press('Enter');
    await tabTo(p, (el) => el.textContent === 'Kurosawa — Any%', 'Kurosawa — Any%');
    await p.keyboard.press('Enter');
    await p.locator('.choice:enabled').first().waitFor();
  });

  it('skips text read on an earlier attempt straight to the choices (N: new attempt)', async () => {
    await p.keyboard.press('3');
    await expect.poll(() => splitRows(p).count()).toBe(1);
    await p.keyboard.press('n');
    await expect.poll(() => splitRows(p).count()).toBe(0);
    // The first page was read on the first attempt: marked, and the focus is on the first choice.
    await expect.poll(() => p.locator('.page .seen').count()).toBeGreaterThan(0);
    await p.waitForFunction(() => document.activeElement?.classList.contains('choice'));
    // And in view, once the page's first frames are drawn: not left where the page's top was scrolled to.
    await p.waitForFunction(() => !document.querySelector('.reader.arriving, .page > [hidden]'));
    const focus = await p.evaluate(() => ({
      ...document.activeElement!.getBoundingClientRect().toJSON(),
      view: innerHeight,
    }));
    // (Within a pixel: the view's edge may fall inside one.)
    expect(focus.top).toBeGreaterThanOrEqual(-1);
    expect(focus.bottom).toBeLessThanOrEqual(focus.view + 1);
    await expect(p.locator('.sr-keys').textContent()).resolves.toContain('N new attempt');
  });

  it('keeps the run over a reload: paused on the title, Continue resumes it with its time and splits', async () => {
    await p.keyboard.press('3');
    await p.keyboard.press('1');
    await expect.poll(() => splitRows(p).count()).toBe(2);
    // Continue resumes the autosave, written after each paint: reload once it holds both choices.
    await p.waitForFunction(
      () =>
        JSON.parse(localStorage.getItem('uw.slot.auto') ?? '{"run":{"choices":[]}}').run.choices.length === 2,
    );
    await p.waitForTimeout(300);
    const before = await p.evaluate(() => document.querySelector('.sr-timer')?.textContent ?? '');
    await p.reload();
    await titleReady(p);
    await expect(p.locator('.sr-result').textContent()).resolves.toContain('Run paused');
    await expect(splitRows(p).count()).resolves.toBe(2);
    const paused = (await p.locator('.sr-timer').textContent()) ?? '';
    expect(paused >= before).toBe(true);
    await p.locator('#continue').focus();
    await p.keyboard.press('Enter');
    await p.locator('.choice:enabled').first().waitFor();
    await expect(p.locator('.sr-result').textContent()).resolves.toBe('');
    await p.keyboard.press('2');
    await expect.poll(() => splitRows(p).count()).toBe(3);
  });
});
