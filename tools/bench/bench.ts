/**
 * npm run bench — how fast the game reaches the player, beside a bare inkjs
 * page that shows the same compiled campaign, in Debian's Chromium.
 *   npm run bench -- [--runs N] [--figure shtern|chiang|kwantung] [--choices N]
 * Builds both pages, serves them as a plain host would (gzip), runs them in
 * turn (a fresh context each run), prints the medians, the ratios to the bare
 * page and each budget's pass or fail, and writes docs/BENCH.md.
 * Exit 1 when a budget fails. A benchmark, not a test: CI does not run it.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { FIGURE_IDS, type FigureId } from '../../src/core/figures.ts';
import { numberOption, parseArgs } from '../ink/args.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromiumArgs.ts';
import { serveStatic } from '../staticServer.ts';
import { seededPick } from '../seeded.ts';
import { buildPages } from './build.ts';
import { measureChoices, measureStartUp, READING_PAUSE_MS, type StartUp } from './measure.ts';
import {
  budgets,
  forScale,
  markdownTable,
  summarise,
  type Runs,
  table,
  textTable,
  type Budget,
  type Summary,
} from './report.ts';

function machine(browser: Browser): string[] {
  const cpu = cpus();
  const load = loadavg().map((l) => l.toFixed(2));
  return [
    `CPU: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}`,
    `memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average at the start (1, 5, 15 min): ${load.join(', ')}`,
    `system: Linux ${release()}; Node ${process.version}; Chromium ${browser.version()} (headless, --no-sandbox, --disable-gpu)`,
  ];
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function markdown(
  s: Summary,
  checks: Budget[],
  about: { figure: FigureId; runs: number; storyChars: number; machine: string[]; load: string },
): string {
  const downloads = s.titleDownloads.length
    ? s.titleDownloads.map((d) => `| ${d.file} | ${(d.bytes / 1024).toFixed(1)} KB |`).join('\n')
    : '| (nothing: the title is index.html alone) | — |';
  return `# Benchmark: the game beside a bare inkjs page

Written by \`npm run bench\` (tools/bench/) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC,
commit ${git(['rev-parse', '--short', 'HEAD'])}. Rerun it on an idle machine for numbers to compare: a
loaded machine makes both pages slower, and the ratios noisier.

## Method

- Both pages are built from the same compiled campaign (${about.figure}, ${Math.round(about.storyChars / 1024)} KB of ink JSON):
  the production game (\`vite.config.ts\`, as \`npm run build\`) and a bare page that imports the
  campaign's story and inkjs (\`inkjs/engine/Story\`, as the game does), makes a \`Story\` and shows its
  first text and choices, with number keys. Same bundler, same server (gzip, as a plain host), same
  Chromium.
- ${about.runs} start-up runs of each page, in turn, each in a fresh browser context (empty cache
  and storage), stopped at the first story text: the pages take turns at going first, each run
  ${SETTLE_MS} ms after the last has closed, after a first run of each that is not counted. The choices
  are timed after all of them, in runs of their own (until 2026-11-30 each of 25 runs went on to its
  share of the choices, and the bare page always ran first, right after the game's last run had
  closed, with no first run).
  Times are medians of the runs, in ms after navigation start, each taken in the page after the frame
  that paints the thing (a \`requestAnimationFrame\` callback, then a task). The probe asks for a
  frame only when something changed: a frame loop of its own would hold both pages to a 60 Hz frame
  clock, adding up to 16.7 ms to every measure, where Chromium draws a change at once. The game's
  deliberately after-paint work (the autosave, the flowchart's record, the lookahead) runs at
  background priority, after the probe's task.
- The game: a script in the page clicks the figure's button (pointer events, then a click) as soon as
  the title is painted, and Begin as soon as the briefing is painted: a player with no reading time,
  so "navigation → first story text" holds no think time and no harness round trip. Such a player
  gives the game no quiet moment to prefetch in: the briefing comes from index.html (the page's
  inline script shows it if the app has not booted yet), Begin shows the campaign's prebuilt opening
  page (since 2026-12-01 from index.html too, the app not booted yet: \`src/ui/openingMarkup.ts\`),
  and the story loads after that paint. Nor is there one to put the game's own typefaces on
  in: its title, briefing and first page are painted in the browser's serif, as the bare page's text
  is, and the game's faces swap in once that page is painted (\`src/ui/bookFaces.ts\`; until
  2026-11-30 they loaded from the title's first layout). \`--figure chiang\` measures a figure whose opening
  is not preloaded as the title paints. "Click → first story text" runs from the pointer going down
  on Begin.
- The game's title is index.html alone: its own script is asked for after the title's first frame
  (\`src/ui/earlyEntry.ts\`; until 2026-12-01 it was a module script in \`<head>\`, fetched and compiled
  while the title was parsed, which held the title's frame back by about 12 ms), once the page is
  idle and the screens a quick player opens meanwhile are drawn (\`src/ui/earlyAfterTitle.ts\`; since
  2026-12-01): for this player, after the first story text.
- For scale, a static page (one paragraph, no script, no style) is measured in the same runs, the
  same way: the browser's own time to a first paint, under which no page's title can come. And a
  floor page, whose number keys only swap one paragraph's text, has its keys timed as the choices
  are, in runs of its own beside theirs: the browser's own time from a key to a paint, under which
  no choice can come (since 2026-12-01).
- The harness waits for the probe's console message that the first text is painted: it runs none of
  its own script in the page while the page starts up (until 2026-11-30 it polled every 20 ms from the
  load event on, which the bare page reaches later than the game).
- A start-up time varies by ±15 ms from run to run on a 2-core machine, so the medians still move by
  a few ms between benches: compare ratios over more than one bench.
- Choice → paint: number key down (its event time) → the next paint after the page changed, over
  ${s.choices} seeded choices in runs of ${CHOICES_PER_RUN} (each a fresh context, after its map and sound have arrived), ${READING_PAUSE_MS / 1000} s apart (a reader's pause, longer than
  the map's 1.4 s glide to a new scene), with the same pause before a run's first choice (until
  2026-12-01 it was pressed as soon as the map and the sound had arrived); a new game when one ends,
  with the same pause before its first choice (until 2026-11-30 that choice was pressed at once,
  during the new page's start-up, whose map's first draw is one long task: it measured the start-up,
  not the choice). The pool holds
  the choices that end a run too (the ending screen, a larger page): the table says how many, and
  the slowest (until 2026-11-30 three choices a run seldom reached one). The paint is the frame that
  shows the choice's text in view: since 2026-12-01 the game's lines below the view, and the choices
  under them, come in the frame after it (\`src/ui/reader.ts\`); the bare page shows all of its text at once.
- JS bytes: the scripts (gzip, as served) that had arrived before the title or the first text.
- The map (pixi.js) and the sound (howler) load after the first text by design: how long after, the
  median of the choices runs.

## Machine

${about.machine.map((l) => `- ${l}`).join('\n')}
- load average at the end: ${about.load}

## Results

${markdownTable(table(s))}

${forScale(s)}

## Budgets

${markdownTable([['budget', 'measured', 'limit', ''], ...checks.map((c) => [c.name, c.value, c.limit, c.pass ? 'pass' : 'FAIL'])])}

## What the title downloads (the median run)

| file | bytes (gzip) |
| --- | --- |
${downloads}
`;
}

/** A pause before each run, so that the last one's closing is over before the next one starts. */
const SETTLE_MS = 300;
/** Choices timed per choices run (each run a new game from its first page). */
const CHOICES_PER_RUN = 6;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['runs', 'figure', 'choices']);
  // A start-up time on a 2-core machine varies by ±15 ms from run to run, and the title's ratio moved
  // by ±0.04 between benches of 25 runs: 51 halve the spread of its median. Start-up runs are short
  // (about a second each); the choices, a reader's pause apart, are timed in runs of their own.
  const runs = Math.max(1, numberOption(args, 'runs', 51));
  const choices = Math.max(1, numberOption(args, 'choices', 60));
  const figure = (args.values.get('figure') ?? 'shtern') as FigureId;
  if (!FIGURE_IDS.includes(figure)) throw new Error(`--figure must be one of ${FIGURE_IDS.join(', ')}`);

  console.log(`building the game and the bare page (${figure})…`);
  const builds = await buildPages(figure);
  const server = await serveStatic({
    '/game/': builds.game,
    '/bare/': builds.bare,
    '/static/': builds.staticPage,
    '/floor/': builds.floorPage,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, SETTLE_MS));
  try {
    const about = machine(browser);
    const all: Runs = {
      game: [],
      bare: [],
      staticPage: [],
      gameChoices: [],
      bareChoices: [],
      floorChoices: [],
    };
    const pages: { results: StartUp[]; url: string }[] = [
      { results: all.bare, url: `${server.origin}/bare/` },
      { results: all.game, url: `${server.origin}/game/` },
      { results: all.staticPage, url: `${server.origin}/static/` },
    ];
    // A first run of each, not counted: the browser's own first-use costs fall on it.
    for (const p of pages) await measureStartUp(browser, p.url, figure);
    for (let i = 0; i < runs; i++) {
      // The pages take turns at going first, so that none always follows the same one: a run's
      // teardown can spill into the next run's start, despite the pause.
      for (let k = 0; k < pages.length; k++) {
        const p = pages[(i + k) % pages.length]!;
        await settle();
        p.results.push(await measureStartUp(browser, p.url, figure));
      }
      const g = all.game.at(-1)!;
      console.log(
        `start-up ${i + 1}/${runs}: game title ${g.title?.toFixed(0)} ms, text ${g.text.toFixed(0)} ms; bare text ${all.bare.at(-1)!.text.toFixed(0)} ms`,
      );
    }
    // After all the start-ups, so that none follows the teardown of a page with its map and sound.
    const choiceRuns = Math.ceil(choices / CHOICES_PER_RUN);
    for (let i = 0; i < choiceRuns; i++) {
      const n = Math.min(CHOICES_PER_RUN, choices - i * CHOICES_PER_RUN);
      await settle();
      all.gameChoices.push(
        await measureChoices(browser, `${server.origin}/game/`, figure, n, seededPick(i + 1)),
      );
      await settle();
      all.bareChoices.push(
        await measureChoices(browser, `${server.origin}/bare/`, figure, n, seededPick(i + 1)),
      );
      await settle();
      all.floorChoices.push(
        await measureChoices(browser, `${server.origin}/floor/`, figure, n, seededPick(i + 1)),
      );
      console.log(`choices ${Math.min(choices, (i + 1) * CHOICES_PER_RUN)}/${choices}`);
    }
    const summary = summarise(all);
    const checks = budgets(summary);
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(', ');
    console.log(`\n${about.join('\n')}\nload average at the end: ${load}\n`);
    console.log(textTable(table(summary)));
    console.log(`\n${forScale(summary)}`);
    console.log('\nbudgets:');
    for (const c of checks) console.log(`  ${c.pass ? 'pass' : 'FAIL'}  ${c.name}: ${c.value} (${c.limit})`);
    // Formatted as the repository formats markdown, so `npm run lint` passes on the new file.
    const text = markdown(summary, checks, {
      figure,
      runs,
      storyChars: builds.storyChars,
      machine: about,
      load,
    });
    const options = (await resolveConfig('docs/BENCH.md')) ?? {};
    writeFileSync('docs/BENCH.md', await format(text, { ...options, parser: 'markdown' }));
    console.log('\nwritten to docs/BENCH.md');
    return checks.every((c) => c.pass) ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`bench: ${(e as Error).message}`);
    process.exitCode = 2;
  },
);
