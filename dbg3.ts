import { chromium } from 'playwright-core';
import { serveStatic } from './tools/staticServer.ts';
import { probeScript } from './tools/bench/probe.ts';
const server = await serveStatic({ '/game/': 'node_modules/.bench/game', '/bare/': 'node_modules/.bench/bare' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', ...(process.env.FLAGS ?? '').split(' ').filter(Boolean)] });
for (const mode of process.argv.slice(2)) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (mode === 'still') await page.addInitScript(() => localStorage.setItem('uw.settings.display', JSON.stringify({ reducedMotion: 'on' })));
  if (mode === 'off') await page.addInitScript(() => localStorage.setItem('uw.presentation.v1', JSON.stringify({ map: false })));
  await page.addInitScript({ content: probeScript('shtern') });
  await page.goto(`${server.origin}/game/`);
  await page.waitForFunction(() => 'text' in (window as any).__bench.marks);
  await page.waitForTimeout(3000);
  const out: number[] = [];
  for (let i = 0; i < 12; i++) {
    if (!(await page.locator('.choice').count())) break;
    const n = (await page.evaluate(() => (window as any).__bench.choicePaints.length));
    await page.keyboard.press('1');
    await page.waitForFunction((n) => (window as any).__bench.choicePaints.length > n, n);
    out.push(await page.evaluate((n) => (window as any).__bench.choicePaints[n], n));
    await page.waitForTimeout(150);
  }
  console.log('map', mode, out.map((x) => x.toFixed(0)).join(' '));
  await context.close();
}
await browser.close(); await server.close();
