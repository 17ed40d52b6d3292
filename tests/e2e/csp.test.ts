/**
 * The production build's Content-Security-Policy (tools/vite-plugin-csp.ts):
 * a script injected into the page does not run, and normal play, with the
 * map, the sound, the settings and an ending, breaks none of its rules.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { playToEnding, startCampaign, useBrowser, watchErrors, titleReady } from './browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** A violation, with where it came from: a failure then names the script that broke the policy. */
type Violation = { directive: string; blocked: string; at: string };

/** A context whose pages keep every CSP violation they see, from the first byte. */
async function watchedContext(): Promise<BrowserContext> {
  const context = await browser().newContext();
  await context.addInitScript(() => {
    const seen: Violation[] = [];
    (window as { cspViolations?: Violation[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        at: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      }),
    );
  });
  return context;
}

const violations = (context: BrowserContext): Promise<Violation[]> =>
  context.pages()[0]!.evaluate(() => (window as { cspViolations?: Violation[] }).cspViolations ?? []);

describe('Content-Security-Policy', () => {
  it('stops an injected inline script and an inline event handler', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await titleReady(page);
    const outcome = await page.evaluate(async () => {
      const w = window as { injected?: string };
      const script = document.createElement('script');
      script.textContent = 'window.injected = "script"';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," onerror="window.injected = \'handler\'">';
      document.body.append(holder);
      await new Promise((r) => setTimeout(r, 200));
      return w.injected ?? null;
    });
    expect(outcome).toBeNull();
    // The page saw each attempt refused: the listener the next test relies on works.
    const seen = (await violations(context)).map((v) => v.directive);
    expect(seen).toContain('script-src-elem');
    expect(seen).toContain('script-src-attr');
    await context.close();
  });

  it('lets normal play to an ending run with no violation: map, sound, settings and all', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await startCampaign(page, 'shtern');
    // The map and the sound load after the first text: wait until both are running.
    await page.locator('.map-panel canvas').waitFor();
    await page.waitForFunction(
      () => (window as { __uwSound?: () => { playing: unknown[] } }).__uwSound?.().playing.length,
    );
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.keyboard.press('Escape');
    const keys = [1, 1, 2, 2, 1, 1, 2, 1, 1, 1, 1, 1];
    await expect(playToEnding(page, (turn) => String(keys[turn] ?? 1))).resolves.toBe('SH-E5');
    await page.waitForTimeout(500);
    expect(await violations(context)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
