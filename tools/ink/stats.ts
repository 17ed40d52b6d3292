/**
 * story:stats — what a story weighs, for any ink story:
 *   npm run story:stats -- [file.ink] [--json] [--runs N] [--top N]
 * Words per file and knot (our story: per figure and act); option outcome
 * lengths (min, median, the shortest with file:line); and, from N seeded
 * uniform random runs (our story: N per figure), words read and choices made
 * per run, how often each ending comes up, and each meter's range per act
 * (source file). Exit 1 when the story does not compile.
 */
import { basename, dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, numberOption } from './args.ts';
import { DEFAULT_STORY, loadStory, makeRunner } from './loadStory.ts';
import { readStoryText, type KnotWords, type OptionOutcome } from './storyText.ts';
import { playRandomly, type RandomPlay } from './randomRuns.ts';
import { FIGURES } from '../../src/core/figures.ts';
import { endingsOf } from '../../src/core/endings.ts';
import { METERS } from '../../src/core/meters.ts';
import type { StoryRunner } from '../../src/narrative/storyRunner.ts';

/** Runs per campaign (our story) or of the story; our story plays about 50 runs a second (2000 × 3 ≈ 2 min). */
const DEFAULT_RUNS = 2000;

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface PlayStats {
  /** The campaign played (our story), or null: the story from its root. */
  figure: string | null;
  runs: number;
  words: Spread;
  choices: Spread;
  /** Rarest first; endings the runs never reached are listed with 0. */
  endings: { ending: string; runs: number; share: number }[];
  /** Act (source file) → meter → [min, max] at the choice points of that file. */
  meters: Record<string, Record<string, [number, number]>>;
}

export interface StatsReport {
  story: string;
  words: {
    total: number;
    byFile: Record<string, number>;
    /** Our story: figure → total and words per act (file name without .ink). */
    byFigure: Record<string, { total: number; byAct: Record<string, number> }> | null;
    byKnot: KnotWords[];
  };
  outcomes: { options: number; min: number; median: number; shortest: OptionOutcome[] };
  play: PlayStats[];
}

export interface StatsOptions {
  runs?: number;
  top?: number;
}

function median(sorted: number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: median(sorted), max: sorted.at(-1) ?? 0 };
}

/** `# ending:` ids written in the compiled story, so endings no run reached are listed too. */
function endingTagsInJson(json: string): string[] {
  return [...new Set([...json.matchAll(/"\^\s*ending:\s*([^"]*?)\s*"/g)].map((m) => m[1]!))];
}

function playStats(figure: string | null, play: RandomPlay, known: string[]): PlayStats {
  const counts = new Map<string, number>(known.map((id) => [id, 0]));
  for (const r of play.runs) counts.set(r.ending, (counts.get(r.ending) ?? 0) + 1);
  const n = play.runs.length;
  const meters: PlayStats['meters'] = {};
  for (const [file, ranges] of play.meterRanges) meters[file] = Object.fromEntries(ranges);
  return {
    figure,
    runs: n,
    words: spread(play.runs.map((r) => r.words)),
    choices: spread(play.runs.map((r) => r.choices)),
    endings: [...counts]
      .map(([ending, runs]) => ({ ending, runs, share: n ? runs / n : 0 }))
      .sort((a, b) => a.runs - b.runs || (a.ending < b.ending ? -1 : 1)),
    meters,
  };
}

function numbersOf(runner: StoryRunner, ids: string[] | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, v] of Object.entries(runner.variables())) {
    if (typeof v === 'number' && (ids === null || ids.includes(id))) out[id] = v;
  }
  return out;
}

export function storyStats(file: string, options: StatsOptions = {}): StatsReport {
  const loaded = loadStory(file);
  const compiled = loaded.compiled;
  if (!loaded.json || !compiled?.parsed) {
    const first = compiled?.errors[0];
    throw new Error(
      compiled
        ? `does not compile${first ? `: ${first.file}:${first.line}: ${first.message}` : ''}`
        : 'story:stats reads ink source, not compiled JSON',
    );
  }
  const text = readStoryText(compiled.parsed, compiled.rootDir);
  const fileOfKnot = new Map(text.knots.map((k) => [k.knot, k.file]));
  // Our story's root offers the campaigns, whose options only divert: count the campaigns' options.
  const outcomes = loaded.isGameStory
    ? text.outcomes.filter((o) => FIGURES.some((f) => figureFolder(o.file, compiled.rootDir) === f.id))
    : text.outcomes;
  const outcomeWords = outcomes.map((o) => o.words).sort((a, b) => a - b);
  const runner = makeRunner(loaded.json, loaded.isGameStory);
  const runs = options.runs ?? DEFAULT_RUNS;
  const play = (startKnot: string | undefined, meterIds: string[] | null): RandomPlay =>
    playRandomly(runner, {
      runs,
      startKnot,
      meters: (r) => numbersOf(r, meterIds),
      fileOfKnot: (k) => fileOfKnot.get(k),
    });

  const playStatsList = loaded.isGameStory
    ? FIGURES.map((f) => {
        const meterIds = METERS.filter((m) => !m.figures || m.figures.includes(f.id)).map((m) => m.id);
        return playStats(
          f.id,
          play(f.startKnot, meterIds),
          endingsOf(f.id).map((e) => e.id),
        );
      })
    : [playStats(null, play(undefined, null), endingTagsInJson(loaded.json))];

  return {
    story: file,
    words: {
      total: text.knots.reduce((n, k) => n + k.words, 0),
      byFile: Object.fromEntries(Object.entries(compiled.wordsByFile).filter(([, n]) => n > 0)),
      byFigure: loaded.isGameStory ? wordsByFigure(compiled.wordsByFile, compiled.rootDir) : null,
      byKnot: text.knots,
    },
    outcomes: {
      options: outcomeWords.length,
      min: outcomeWords[0] ?? 0,
      median: median(outcomeWords),
      shortest: [...outcomes].sort((a, b) => a.words - b.words).slice(0, options.top ?? 10),
    },
    play: playStatsList,
  };
}

/** Our story keeps each figure in its own folder (story/shtern/act1.ink…). */
function figureFolder(file: string, rootDir: string): string {
  return relative(rootDir, dirname(resolve(file)));
}

function wordsByFigure(
  byFile: Record<string, number>,
  rootDir: string,
): NonNullable<StatsReport['words']['byFigure']> {
  const out: NonNullable<StatsReport['words']['byFigure']> = {};
  for (const f of FIGURES) out[f.id] = { total: 0, byAct: {} };
  for (const [file, words] of Object.entries(byFile)) {
    const figure = out[figureFolder(file, rootDir)];
    if (!figure) continue;
    figure.total += words;
    figure.byAct[basename(file, '.ink')] = words;
  }
  return out;
}

function printReport(r: StatsReport): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(`${r.story}: ${r.words.total} words`);
  if (r.words.byFigure) {
    for (const [figure, w] of Object.entries(r.words.byFigure)) {
      const acts = Object.entries(w.byAct)
        .map(([act, n]) => `${act} ${n}`)
        .join(', ');
      console.log(`  ${figure}: ${w.total} (${acts})`);
    }
  } else {
    for (const [file, n] of Object.entries(r.words.byFile)) console.log(`  ${file}: ${n}`);
  }
  console.log('words per knot (most first):');
  for (const k of [...r.words.byKnot].sort((a, b) => b.words - a.words).slice(0, 10)) {
    console.log(`  ${k.words}\t${k.knot} (${k.file}:${k.line})`);
  }
  const o = r.outcomes;
  console.log(`option outcomes: ${o.options} options, min ${o.min} words, median ${o.median}; shortest:`);
  for (const s of o.shortest) console.log(`  ${s.file}:${s.line}: ${s.words} words  [${s.text}]`);
  for (const p of r.play) {
    const w = p.words;
    const c = p.choices;
    console.log(
      `${p.figure ?? 'random play'}: ${p.runs} runs; words per run ${w.min}/${w.median}/${w.max}, ` +
        `choices ${c.min}/${c.median}/${c.max} (min/median/max)`,
    );
    for (const e of p.endings) console.log(`  ${pct(e.share).padStart(6)}  ${e.ending} (${e.runs})`);
    for (const [act, meters] of Object.entries(p.meters)) {
      const ranges = Object.entries(meters)
        .map(([id, [lo, hi]]) => `${id} ${lo}–${hi}`)
        .join(', ');
      console.log(`  ${act}: ${ranges}`);
    }
  }
}

function main(): number {
  const args = parseArgs(process.argv.slice(2), ['runs', 'top']);
  const report = storyStats(args.file ?? DEFAULT_STORY, {
    runs: numberOption(args, 'runs', DEFAULT_RUNS),
    top: numberOption(args, 'top', 10),
  });
  if (args.flags.has('json')) console.log(JSON.stringify(report));
  else printReport(report);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exitCode = main();
  } catch (e) {
    console.error(`story:stats: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
