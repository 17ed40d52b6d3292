/**
 * `npm run assets:icon`: draws the tab's icon, public/favicon.png (32 × 32),
 * from its source, assets/icon/favicon.svg, in Debian's Chromium. The page
 * links the PNG, not the SVG: Chromium reads an SVG icon as a document of its
 * own, on the page's thread, for 2–9 ms during start-up (traced), where a PNG
 * is a plain image decode.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromiumArgs.ts';

const SOURCE = 'assets/icon/favicon.svg';
const OUT = 'public/favicon.png';
/** Tabs show 16 CSS px: 32 device px on a 2× screen. */
const SIZE = 32;

const svg = readFileSync(SOURCE);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>` +
      `<img width="${SIZE}" height="${SIZE}" src="data:image/svg+xml;base64,${svg.toString('base64')}">`,
  );
  await page.waitForFunction(() => document.querySelector('img')?.complete === true);
  const png = await page.screenshot({
    omitBackground: true,
    clip: { x: 0, y: 0, width: SIZE, height: SIZE },
  });
  writeFileSync(OUT, png);
  console.log(`${OUT}: ${SIZE} × ${SIZE}, ${png.length} bytes`);
} finally {
  await browser.close();
}
