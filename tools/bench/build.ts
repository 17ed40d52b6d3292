/**
 * The two pages the bench compares, built from the same compiled campaign:
 * the production game (vite.config.ts, as `npm run build` makes it) and a bare
 * page that loads that campaign's story with plain inkjs and shows its text
 * and choices, bundled by the same vite, nothing else on it. And, for scale, a
 * static page: one paragraph, no script, no style, the browser's own time to
 * a first paint, under which no page can go; and a floor page, whose number
 * keys only swap one paragraph's text: the browser's own time from a key to
 * its paint, under which no choice can go.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { FigureId } from '../../src/core/figures.ts';
import { compileCampaign } from '../ink/campaigns.ts';

/** Inside node_modules, so the bare page's `inkjs` import resolves and git never sees the builds. */
export const BENCH_DIR = resolve('node_modules/.bench');

const BARE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bare inkjs page</title>
  </head>
  <body>
    <article class="page"></article>
    <div class="choices"></div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

const STATIC_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Static page</title>
  </head>
  <body>
    <article class="page"><p>One paragraph, no script, no style.</p></article>
  </body>
</html>
`;

// One short paragraph, whose text any number key swaps for another: the least a choice can change.
const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Floor page</title>
  </head>
  <body>
    <article class="page"><p>One paragraph, which a number key swaps for another.</p></article>
    <div class="choices"><button class="choice">1</button> <button class="choice">2</button></div>
    <script>
      const p = document.querySelector('.page p');
      const texts = [
        'The telegram from Moscow was two lines long, and the second line was the one that mattered.',
        'By noon the guns on the crest had fallen silent, and nobody at headquarters believed it.',
      ];
      let n = 0;
      addEventListener('keydown', (e) => {
        if (/^[1-9]$/.test(e.key)) p.textContent = texts[n++ % texts.length];
      });
    </script>
  </body>
</html>
`;

// The engine is imported as the game imports it (inkjs/engine/Story), so both pages carry the same inkjs.
const BARE_MAIN = `import { Story } from 'inkjs/engine/Story';
import storyJson from './story.json?raw';

const story = new Story(storyJson);
story.allowExternalFunctionFallbacks = true;
const page = document.querySelector('.page');
const list = document.querySelector('.choices');

function choose(i) {
  story.ChooseChoiceIndex(i);
  show();
}

function show() {
  page.replaceChildren();
  while (story.canContinue) {
    const p = document.createElement('p');
    p.textContent = story.Continue();
    page.append(p);
  }
  list.replaceChildren(
    ...story.currentChoices.map((c, i) => {
      const b = document.createElement('button');
      b.className = 'choice';
      b.textContent = c.text;
      b.addEventListener('click', () => choose(i));
      return b;
    }),
  );
}

addEventListener('keydown', (e) => {
  const n = Number(e.key);
  if (n >= 1 && n <= story.currentChoices.length) choose(n - 1);
});
show();
`;

export interface Builds {
  game: string;
  bare: string;
  /** The static page's folder. */
  staticPage: string;
  /** The floor page's folder. */
  floorPage: string;
  /** The compiled campaign's size (characters of ink JSON). */
  storyChars: number;
}

export async function buildPages(figure: FigureId): Promise<Builds> {
  const game = join(BENCH_DIR, 'game');
  const bare = join(BENCH_DIR, 'bare');
  const bareSource = join(BENCH_DIR, 'bare-src');
  rmSync(BENCH_DIR, { recursive: true, force: true });
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: game, emptyOutDir: true, sourcemap: false },
  });
  const compiled = compileCampaign('story/main.ink', figure);
  if (!compiled.ok || !compiled.json)
    throw new Error(`the ${figure} campaign does not compile: ${compiled.errors[0]?.message ?? ''}`);
  mkdirSync(bareSource, { recursive: true });
  writeFileSync(join(bareSource, 'index.html'), BARE_HTML);
  writeFileSync(join(bareSource, 'main.js'), BARE_MAIN);
  writeFileSync(join(bareSource, 'story.json'), compiled.json);
  await build({
    configFile: false,
    root: bareSource,
    base: './',
    logLevel: 'warn',
    build: { outDir: bare, emptyOutDir: true, target: 'es2022' },
  });
  return {
    game,
    bare,
    staticPage: writePage('static', STATIC_HTML),
    floorPage: writePage('floor', FLOOR_HTML),
    storyChars: compiled.json.length,
  };
}

/** A one-file page (its index.html) in its own folder of the bench's; returns the folder. */
function writePage(name: string, html: string): string {
  const folder = join(BENCH_DIR, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), html);
  return folder;
}
