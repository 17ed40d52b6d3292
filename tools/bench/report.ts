/**
 * The bench's numbers, from the runs: medians of the start-up runs and of the
 * map's and sound's arrival in the choices runs, percentiles of the pooled
 * choices, ratios to the bare page, and each budget (design §7, issue 14)
 * passed or failed, as a table for the terminal and for docs/BENCH.md.
 */
import type { ChoicesRun, Download, StartUp } from './measure.ts';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile (p in 0–100). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const present = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null);
const medianOf = (values: (number | null)[]): number | null =>
  present(values).length ? median(present(values)) : null;

/** JavaScript bytes that had arrived by `t`: the scripts the page needed before it. */
export function jsBytesBy(downloads: Download[], t: number): number {
  return downloads.filter((d) => d.file.endsWith('.js') && d.end <= t).reduce((n, d) => n + d.bytes, 0);
}

export interface Summary {
  gameTitle: number;
  gameText: number;
  bareText: number;
  /** The static page's first paint (build.ts): the floor under any page's. */
  staticPaint: number;
  clickToText: number;
  clickToBriefing: number | null;
  mapAfterText: number | null;
  soundAfterText: number | null;
  jsBeforeTitle: number;
  jsBeforeText: number;
  bareJsBeforeText: number;
  choiceP50: number;
  choiceP95: number;
  bareChoiceP50: number;
  bareChoiceP95: number;
  /** The floor page's key → paint (build.ts): the floor under any choice's. */
  floorChoiceP50: number;
  floorChoiceP95: number;
  choices: number;
  /** How many of the game's choices ended a run (an ending screen), and the slowest of those. */
  endingChoices: number;
  endingMax: number | null;
  /** What the title downloaded, from the median run by title time. */
  titleDownloads: Download[];
}

/** The start-up runs of each page, and the choices runs of the game and the bare page. */
export interface Runs {
  game: StartUp[];
  bare: StartUp[];
  staticPage: StartUp[];
  gameChoices: ChoicesRun[];
  bareChoices: ChoicesRun[];
  floorChoices: ChoicesRun[];
}

export function summarise(runs: Runs): Summary {
  const { game, bare, staticPage } = runs;
  const gameChoices = runs.gameChoices.flatMap((r) => r.choicePaints);
  const bareChoices = runs.bareChoices.flatMap((r) => r.choicePaints);
  const floorChoices = runs.floorChoices.flatMap((r) => r.choicePaints);
  const endings = runs.gameChoices.flatMap((r) => r.endingPaints);
  const byTitle = [...game].sort((a, b) => a.title! - b.title!);
  const typical = byTitle[Math.floor(byTitle.length / 2)]!;
  return {
    gameTitle: median(game.map((r) => r.title!)),
    gameText: median(game.map((r) => r.text)),
    bareText: median(bare.map((r) => r.text)),
    staticPaint: median(staticPage.map((r) => r.text)),
    clickToText: median(present(game.map((r) => r.clickToText))),
    clickToBriefing: medianOf(game.map((r) => r.clickToBriefing)),
    mapAfterText: medianOf(runs.gameChoices.map((r) => r.mapAfterText)),
    soundAfterText: medianOf(runs.gameChoices.map((r) => r.soundAfterText)),
    jsBeforeTitle: median(game.map((r) => jsBytesBy(r.downloads, r.title!))),
    jsBeforeText: median(game.map((r) => jsBytesBy(r.downloads, r.text))),
    bareJsBeforeText: median(bare.map((r) => jsBytesBy(r.downloads, r.text))),
    choiceP50: percentile(gameChoices, 50),
    choiceP95: percentile(gameChoices, 95),
    bareChoiceP50: percentile(bareChoices, 50),
    bareChoiceP95: percentile(bareChoices, 95),
    floorChoiceP50: percentile(floorChoices, 50),
    floorChoiceP95: percentile(floorChoices, 95),
    choices: gameChoices.length,
    endingChoices: endings.length,
    endingMax: endings.length ? Math.max(...endings) : null,
    titleDownloads: typical.downloads.filter((d) => d.end <= typical.title!),
  };
}

export interface Budget {
  name: string;
  value: string;
  limit: string;
  pass: boolean;
}

export function budgets(s: Summary): Budget[] {
  const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
  return [
    {
      name: 'navigation → title',
      value: `${(s.gameTitle / s.bareText).toFixed(2)}× bare first text`,
      limit: '≤ 0.5×',
      pass: s.gameTitle <= 0.5 * s.bareText,
    },
    {
      name: 'navigation → first story text',
      value: `${(s.gameText / s.bareText).toFixed(2)}× bare first text`,
      limit: '≤ 1.0×',
      pass: s.gameText <= s.bareText,
    },
    {
      name: 'click → first story text',
      value: `${s.clickToText.toFixed(0)} ms`,
      limit: '≤ 100 ms',
      pass: s.clickToText <= 100,
    },
    {
      name: 'choice → paint, p95',
      value: `${s.choiceP95.toFixed(1)} ms`,
      limit: '≤ 16 ms',
      pass: s.choiceP95 <= 16,
    },
    {
      name: 'JS before the title (gzip)',
      value: kb(s.jsBeforeTitle),
      limit: '≤ 40 KB',
      pass: s.jsBeforeTitle <= 40 * 1024,
    },
  ];
}

const ms = (v: number | null): string => (v === null ? '—' : `${v.toFixed(0)} ms`);
const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
const ratio = (v: number, to: number): string => `${(v / to).toFixed(2)}×`;

/** The measurements as rows: what, the game, the bare page, the game as a ratio of the bare page's first text. */
export function table(s: Summary): string[][] {
  return [
    ['measure', 'game', 'bare inkjs page', 'game ÷ bare first text'],
    ['navigation → title', ms(s.gameTitle), '—', ratio(s.gameTitle, s.bareText)],
    ['navigation → first story text', ms(s.gameText), ms(s.bareText), ratio(s.gameText, s.bareText)],
    ['click (figure) → its briefing', ms(s.clickToBriefing), '—', ''],
    ['click (Begin) → first story text', ms(s.clickToText), '—', ''],
    [
      `choice → paint, p50 / p95 (${s.choices} choices, ${s.endingChoices} to an ending: slowest ${ms(s.endingMax)})`,
      `${s.choiceP50.toFixed(1)} / ${s.choiceP95.toFixed(1)} ms`,
      `${s.bareChoiceP50.toFixed(1)} / ${s.bareChoiceP95.toFixed(1)} ms`,
      '',
    ],
    ['JS before the title (gzip)', kb(s.jsBeforeTitle), '—', ''],
    ['JS before the first story text (gzip)', kb(s.jsBeforeText), kb(s.bareJsBeforeText), ''],
    ['map painted, after the first text', ms(s.mapAfterText), '—', ''],
    ['sound loaded, after the first text', ms(s.soundAfterText), '—', ''],
  ];
}

/**
 * The static page beside the title, and the floor page beside the choices: how
 * much of each is the browser's own on this machine.
 */
export function forScale(s: Summary): string {
  const tenths = (v: number): string => v.toFixed(1);
  return (
    `For scale: a static page (one paragraph, no script, no style) is painted ${ms(s.staticPaint)} after ` +
    `navigation in the same runs (${ratio(s.staticPaint, s.bareText)} the bare page's first text), ` +
    `the game's title ${ms(s.gameTitle - s.staticPaint)} after it. A page whose number keys only swap ` +
    `one paragraph's text paints that ${tenths(s.floorChoiceP50)} / ${tenths(s.floorChoiceP95)} ms ` +
    `(p50 / p95) after the key, timed as the choices are: the browser's own time from a key to a paint.`
  );
}

export function markdownTable(rows: string[][]): string {
  const [head, ...body] = rows;
  return [
    `| ${head!.join(' | ')} |`,
    `| ${head!.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function textTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
