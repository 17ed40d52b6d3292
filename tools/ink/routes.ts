/**
 * story:routes — two routes to every ending from the story's root: the
 * fewest-choices route (then fewest words to read), found by the explorer's
 * breadth-first search, and the route with the lowest estimated time (words at
 * a stated reading speed plus a cost per choice), found by a shortest-path
 * search over the states it explored (timedRoutes.ts):
 *   npm run story:routes -- [file.ink] [--json] [--seed N] [--max-states N] [--max-seconds S]
 * For our story it also writes docs/ROUTES.md (the speedrun categories, then a
 * table per figure). Prints JSON [{ending, choices: [1-based], words, seconds,
 * timed: {choices, words, seconds}}] with --json, else a summary.
 * Exit 1 when the search could not finish (the routes found so far are still printed).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, numberOption } from './args.ts';
import { DEFAULT_STORY, endingMode, loadStory, makeRunner } from './loadStory.ts';
import { explore } from './explore.ts';
import { defaultJobs, pool, rootChoiceCount, runWorker } from './workers.ts';
import type { Route } from './search.ts';
import { READING_WORDS_PER_MINUTE, SECONDS_PER_CHOICE, routeSeconds as seconds } from './timedRoutes.ts';
import { categoryRoutes, type CategoryRoute } from './routeCategories.ts';
import { ENDINGS, endingById } from '../../src/core/endings.ts';
import { FIGURES } from '../../src/core/figures.ts';

/** A route to an ending: 1-based choices from the root, and the words it shows. */
export interface RoutePlay {
  choices: number[];
  words: number;
  choiceTexts: string[];
}

/** An ending's fewest-choices route (choices, words, texts) and its fastest route by estimated time. */
export interface RouteRow extends RoutePlay {
  ending: string;
  timed: RoutePlay;
}

export interface RoutesResult {
  routes: RouteRow[];
  complete: boolean;
  isGameStory: boolean;
}

export interface RoutesOptions {
  seed?: number;
  maxStates?: number;
  maxSeconds?: number;
  /** Only the routes under this 0-based root choice (one part of findRoutesInParallel). */
  rootChoice?: number;
}

export function findRoutes(file: string, options: RoutesOptions = {}): RoutesResult {
  const loaded = loadStory(file);
  if (!loaded.json) {
    const first = loaded.compiled?.errors[0];
    throw new Error(`does not compile${first ? `: ${first.file}:${first.line}: ${first.message}` : ''}`);
  }
  const r = explore(makeRunner(loaded.json, loaded.isGameStory), {
    fullStory: makeRunner(loaded.json, loaded.isGameStory),
    seeds: [options.seed ?? 0],
    maxStates: options.maxStates,
    maxSeconds: options.maxSeconds,
    rootChoice: options.rootChoice,
    endings: endingMode(loaded),
    timedRoutes: true,
  });
  const play = ({ choices, words, choiceTexts }: Route): RoutePlay => ({ choices, words, choiceTexts });
  const routes = [...r.endings].map(([ending, route]: [string, Route]) => {
    const fewest = play(route);
    const timed = r.timedEndings.get(ending);
    return { ending, ...fewest, timed: timed ? quicker(play(timed), fewest) : fewest };
  });
  return { routes: inCatalogueOrder(routes), complete: r.complete, isGameStory: loaded.isGameStory };
}

const WORKER = fileURLToPath(new URL('./routesPart.ts', import.meta.url));

/**
 * findRoutes with one worker process per root choice (our three campaigns),
 * on separate cores. The same routes as one process: each ending keeps its
 * fastest route, a tie going to the lower root choice, as the breadth-first
 * search of one process would.
 */
export async function findRoutesInParallel(file: string, options: RoutesOptions = {}): Promise<RoutesResult> {
  const parts = rootChoiceCount(file);
  if (parts < 2) return findRoutes(file, options);
  const results = await pool(parts, defaultJobs(parts), (rootChoice) =>
    runWorker<RoutesResult>(
      WORKER,
      [file, JSON.stringify({ ...options, rootChoice })],
      `part ${rootChoice + 1} of story:routes`,
    ),
  );
  const best = new Map<string, RouteRow>();
  for (const r of results.flatMap((x) => x.routes)) {
    const old = best.get(r.ending);
    if (!old) {
      best.set(r.ending, r);
      continue;
    }
    const faster =
      r.choices.length < old.choices.length ||
      (r.choices.length === old.choices.length && r.words < old.words);
    best.set(r.ending, { ...(faster ? r : old), timed: quicker(old.timed, r.timed) });
  }
  return {
    routes: inCatalogueOrder([...best.values()]),
    complete: results.every((r) => r.complete),
    isGameStory: results.some((r) => r.isGameStory),
  };
}

/**
 * The route with the lower estimate; `a` on a tie. The timed search weighs the
 * exploration build's words, which differ from the full story's only where glue
 * joins two words; both routes are measured on the full story, and the timed
 * route is never reported slower than the fewest-choices one.
 */
function quicker(a: RoutePlay, b: RoutePlay): RoutePlay {
  return seconds(b) < seconds(a) ? b : a;
}

/** The catalogue's order (src/core/endings.ts), then any other ending by name. */
function inCatalogueOrder(routes: RouteRow[]): RouteRow[] {
  const order = (id: string): number => {
    const i = ENDINGS.findIndex((e) => e.id === id);
    return i < 0 ? ENDINGS.length : i;
  };
  return routes.sort((a, b) => order(a.ending) - order(b.ending) || (a.ending < b.ending ? -1 : 1));
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** "31:05": minutes and seconds of an estimate. */
export function clock(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** The estimate's constants, stated wherever a time is shown. */
export const ESTIMATE_RULE = `words shown read at ${READING_WORDS_PER_MINUTE} words per minute, plus ${SECONDS_PER_CHOICE} seconds per choice`;

const categoryCells = (c: CategoryRoute | null): string =>
  c ? `${c.choices} | ${c.words} | ${clock(c.seconds)}` : '— | — | —';

const routeCell = (c: CategoryRoute | null): string =>
  !c ? 'no route' : c.route ? `${c.endings.join('')}: ${c.route.join(',')}` : `${c.endings.length} runs`;

function categoriesTable(result: RoutesResult): string[] {
  const out = [
    '## Categories',
    '',
    'Per speedrun category, the fewest-choices route beside the route with the lowest',
    'estimated time. A category of several endings (All Endings, All 18) is one run',
    'per ending, summed; its routes are the endings’ own, in the tables below.',
    '',
    '| category | fewest choices: choices | words | est. time | route | fastest by time: choices | words | est. time | route |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of categoryRoutes(result.routes)) {
    const figure = FIGURES.find((f) => f.id === c.figure);
    const name = figure ? `${figure.shortName} — ${c.name}` : c.name;
    out.push(
      `| ${cell(name)} | ${categoryCells(c.fewest)} | ${routeCell(c.fewest)} | ${categoryCells(c.timed)} | ${routeCell(c.timed)} |`,
    );
  }
  out.push('');
  return out;
}

export function routesMarkdown(result: RoutesResult): string {
  const out = [
    '# Routes',
    '',
    'Two routes to every ending, from the start of the story (the first choice picks the figure):',
    '',
    '- **fewest choices**: fewest choices, then fewest words to read;',
    '- **fastest by time**: the lowest estimated time, where the estimate is the',
    `  ${ESTIMATE_RULE}. It is found by a shortest-path search`,
    '  over every state the search explored, weighted by the words each choice shows.',
    '',
    'Generated by `npm run story:routes` from a complete search of the story; do not edit by hand.',
    '',
  ];
  if (!result.complete)
    out.push('**The search did not finish: some routes may be missing or not the fastest.**', '');
  const quicker = result.routes.filter((r) => seconds(r.timed) < seconds(r)).length;
  out.push(
    `On ${quicker} of ${result.routes.length} endings the route by time is quicker than the fewest-choices route;`,
    'on the others both take the same time (the routes may still differ where two options read alike).',
    '',
    ...categoriesTable(result),
  );
  const missing = result.complete ? 'not reachable' : 'not found (search unfinished)';
  for (const f of FIGURES) {
    const rows = result.routes.filter((r) => endingById(r.ending)?.figure === f.id);
    const mine = ENDINGS.filter((x) => x.figure === f.id);
    const name = (e: (typeof ENDINGS)[number]): string => `${e.id} ${e.title}${e.star ? ' ★' : ''}`;
    const line = (e: (typeof ENDINGS)[number], r: RoutePlay | undefined): string =>
      r
        ? `| ${cell(name(e))} | ${r.choices.length} | ${r.words} | ${clock(seconds(r))} | ${r.choices.join(',')} | ${cell(r.choiceTexts.join(' → '))} |`
        : `| ${cell(name(e))} | — | — | — | ${missing} | |`;
    const header = [
      '| ending | choices | words | est. time | route | choice texts |',
      '|---|---|---|---|---|---|',
    ];
    out.push(`## ${f.name}`, '', '### Fewest choices', '', ...header);
    for (const e of mine)
      out.push(
        line(
          e,
          rows.find((x) => x.ending === e.id),
        ),
      );
    out.push('', '### Fastest by estimated time', '', ...header);
    for (const e of mine) out.push(line(e, rows.find((x) => x.ending === e.id)?.timed));
    out.push('');
  }
  return out.join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['seed', 'max-states', 'max-seconds']);
  const result = await findRoutesInParallel(args.file ?? DEFAULT_STORY, {
    seed: numberOption(args, 'seed', 0),
    maxStates: numberOption(args, 'max-states', 2_000_000),
    maxSeconds: numberOption(args, 'max-seconds', 300),
  });
  if (result.isGameStory && !args.file) writeFileSync('docs/ROUTES.md', routesMarkdown(result));
  if (args.flags.has('json')) {
    console.log(
      JSON.stringify(
        result.routes.map(({ ending, choices, words, timed }) => ({
          ending,
          choices,
          words,
          seconds: Math.round(seconds({ choices, words })),
          timed: { choices: timed.choices, words: timed.words, seconds: Math.round(seconds(timed)) },
        })),
      ),
    );
  } else {
    console.log(`Estimated time: ${ESTIMATE_RULE}.`);
    for (const r of result.routes)
      console.log(
        `${r.ending}: fewest ${r.choices.length} choices, ${r.words} words, ~${clock(seconds(r))}: ${r.choices.join(',')}` +
          ` | fastest ${r.timed.choices.length} choices, ${r.timed.words} words, ~${clock(seconds(r.timed))}: ${r.timed.choices.join(',')}`,
      );
    if (result.isGameStory && !args.file) console.log('written: docs/ROUTES.md');
  }
  if (!result.complete) console.error('story:routes: the search did not finish; routes may be missing');
  return result.complete ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(`story:routes: ${(e as Error).message}`);
      process.exitCode = 2;
    },
  );
}
