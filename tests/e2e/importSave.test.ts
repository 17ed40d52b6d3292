/**
 * A save file carries a run to another browser: the title screen's "Import
 * save" opens it at the same page, and a damaged or hostile file is refused
 * with a clear message while the title and the autosave stay as they were.
 */
import { describe, expect, inject, it } from 'vitest';
import { createGameRunner } from '../../src/narrative/gameStory';
import { compileInkFile } from '../../tools/ink/compile';
import { hostileSaves } from '../helpers/hostileSaves';
import { openTitle, startCampaign, useBrowser, storyText } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('importing a save file on the title screen', () => {
  it('opens the run at the same page in a browser that has never seen it, and refuses a damaged file', async () => {
    const first = await openTitle(browser(), baseUrl);
    await startCampaign(first.page, 'chiang');
    await first.page.keyboard.press('1');
    await first.page.keyboard.press('2');
    const text = await storyText(first.page);
    const choices = await first.page.locator('.choice-text').allTextContents();
    // The autosave is written after each paint: wait for the one that holds both choices.
    await first.page.waitForFunction(
      () =>
        JSON.parse(localStorage.getItem('uw.slot.auto') ?? '{"run":{"choices":[]}}').run.choices.length === 2,
    );
    const saveFile = await first.page.evaluate(() => localStorage.getItem('uw.slot.auto') ?? '');
    await first.page.context().close();

    const other = await openTitle(browser(), baseUrl);
    const picker = other.page.locator('input[type="file"]');
    await picker.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":'),
    });
    await expect.poll(() => other.page.locator('.notice-error').textContent()).toContain('cut off');
    await expect(other.page.locator('h1', { hasText: 'Undeclared War' }).count()).resolves.toBe(1);

    await picker.setInputFiles({
      name: 'chiang.json',
      mimeType: 'application/json',
      buffer: Buffer.from(saveFile),
    });
    await other.page.locator('.choice:enabled').first().waitFor();
    expect(await storyText(other.page)).toBe(text);
    expect(await other.page.locator('.choice-text').allTextContents()).toEqual(choices);
    expect(other.errors).toEqual([]);
    await other.page.context().close();
  });
});

/** The ink state of another story, for a save whose state does not belong to this one. */
function otherStoryState(): string {
  const runner = createGameRunner(compileInkFile('tests/fixtures/ink/fuzz-planted/main.ink').json!);
  runner.start(3, 'shtern_start');
  runner.choose(0);
  return runner.saveState();
}

describe('hostile save files through the import control', () => {
  it('refuses each with a message the player can read, keeps the autosave, and replays a save whose state is garbage', async () => {
    const { page, errors } = await openTitle(browser(), baseUrl);
    await startCampaign(page, 'chiang');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await page.waitForFunction(
      () =>
        JSON.parse(localStorage.getItem('uw.slot.auto') ?? '{"run":{"choices":[]}}').run.choices.length === 2,
    );
    const place = await storyText(page);
    const autosave = await page.evaluate(() => localStorage.getItem('uw.slot.auto') ?? '');
    await page.reload();
    await page.locator('#continue').waitFor();

    const cases = hostileSaves(autosave, otherStoryState());
    const named = (name: string) => cases.find((c) => c.name === name)!;
    const picker = page.locator('input[type="file"]');
    for (const hostile of [
      'a save cut off halfway',
      "another game's save with a format of its own",
      'a newer format',
      'wrong type: run.startedAt = "not a date"',
      'a "__proto__" key at the top',
      'a 20 MB string',
      '100,000-deep nesting',
    ].map(named)) {
      await page.evaluate(() => document.getElementById('notices')!.replaceChildren());
      await picker.setInputFiles({
        name: 'save.json',
        mimeType: 'application/json',
        buffer: Buffer.from(hostile.text),
      });
      const notice = page.locator('.notice-error');
      await notice.waitFor();
      expect(await notice.textContent(), hostile.name).toMatch(
        'refused' in hostile.expect ? hostile.expect.refused : /^$/,
      );
      await expect(page.locator('#continue').count()).resolves.toBe(1);
      expect(await page.evaluate(() => localStorage.getItem('uw.slot.auto'))).toBe(autosave);
      expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    }

    await picker.setInputFiles({
      name: 'save.json',
      mimeType: 'application/json',
      buffer: Buffer.from(named('a valid file whose ink state is garbage').text),
    });
    await page.locator('.choice:enabled').first().waitFor();
    expect(await storyText(page)).toBe(place);
    await expect(page.locator('.notice-info').last().textContent()).resolves.toContain(
      'replayed to the same place',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
