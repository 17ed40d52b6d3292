/**
 * npm run fuzz -- [--runs N] [--seed S] [--figure F] [--jobs J]
 *
 * Seeded random playthroughs of each figure's campaign (playthrough.ts), N per
 * figure with the seeds S … S+N−1, in a pool of worker threads sharing the
 * story compiled once. Prints each figure's endings, every failure with its
 * seed and actions, runs per second and the time; exits 1 on any failure.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FIGURE_IDS, type FigureId } from '../../src/core/figures';
import type { StorySource } from '../../src/core/ports';
import { compileInkFile } from '../ink/compile.ts';
import { numberOption, parseArgs } from '../ink/args.ts';
import type { Batch, Tally } from './batch.ts';
import { describeFailure } from './playthrough.ts';

/** Seeds per batch: small enough to share the work out evenly, large enough that messages cost nothing. */
const BATCH = 25;
/** Failures printed in full; the rest are counted. */
const SHOWN_FAILURES = 5;

function compiledStory(): StorySource {
  const compiled = compileInkFile('story/main.ink');
  if (!compiled.ok || !compiled.json)
    throw new Error(`story/main.ink does not compile: ${compiled.errors.map((e) => e.message).join('; ')}`);
  return { json: compiled.json, hash: createHash('sha256').update(compiled.json).digest('hex').slice(0, 16) };
}

function batches(figures: readonly FigureId[], runs: number, firstSeed: number): Batch[] {
  const out: Batch[] = [];
  for (const figure of figures)
    for (let done = 0; done < runs; done += BATCH)
      out.push({ figure, firstSeed: firstSeed + done, runs: Math.min(BATCH, runs - done) });
  return out;
}

/** A worker thread starts in plain node: it loads worker.ts through tsx's API, as this script was loaded. */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) =>
  tsImport(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;

/** Plays the batches in `jobs` worker threads, each taking the next batch when it finishes one. */
function runPool(story: StorySource, work: Batch[], jobs: number): Promise<Tally[]> {
  const tallies: Tally[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    let running = Math.min(jobs, work.length);
    if (running === 0) resolve(tallies);
    for (let j = 0; j < Math.min(jobs, work.length); j++) {
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: story });
      const feed = (): void => {
        const batch = work[next++];
        if (batch) return worker.postMessage(batch);
        void worker.terminate();
        if (--running === 0) resolve(tallies);
      };
      worker.on('message', (tally: Tally) => {
        tallies.push(tally);
        feed();
      });
      worker.on('error', reject);
      feed();
    }
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['runs', 'seed', 'figure', 'jobs']);
  const runs = numberOption(args, 'runs', 200);
  const seed = numberOption(args, 'seed', 1);
  const jobs = Math.max(1, numberOption(args, 'jobs', availableParallelism()));
  const only = args.values.get('figure');
  if (only !== undefined && !FIGURE_IDS.includes(only as FigureId))
    throw new Error(`--figure must be one of ${FIGURE_IDS.join(', ')}, not "${only}"`);
  const figures = only ? [only as FigureId] : FIGURE_IDS;

  const started = performance.now();
  const story = compiledStory();
  const compiledAt = performance.now();
  const tallies = await runPool(story, batches(figures, runs, seed), jobs);
  const finished = performance.now();

  const failures = tallies.flatMap((t) => t.failures).sort((a, b) => a.seed - b.seed);
  for (const figure of figures) {
    const mine = tallies.filter((t) => t.figure === figure);
    const endings: Record<string, number> = {};
    for (const t of mine)
      for (const [id, n] of Object.entries(t.endings)) endings[id] = (endings[id] ?? 0) + n;
    const actions = mine.reduce((n, t) => n + t.actions, 0);
    const failed = failures.filter((f) => f.figure === figure).length;
    console.log(
      `${figure}: ${runs} runs (seeds ${seed}…${seed + runs - 1}), ${actions} actions, ${failed} failed; endings ${Object.entries(
        endings,
      )
        .sort()
        .map(([id, n]) => `${id}×${n}`)
        .join(' ')}`,
    );
  }
  for (const f of failures.slice(0, SHOWN_FAILURES)) console.log(describeFailure(f));
  if (failures.length > SHOWN_FAILURES)
    console.log(`…and ${failures.length - SHOWN_FAILURES} more failures.`);
  const total = runs * figures.length;
  const fuzzSeconds = (finished - compiledAt) / 1000;
  console.log(
    `${total} runs in ${fuzzSeconds.toFixed(1)} s on ${jobs} threads: ${(total / fuzzSeconds).toFixed(1)} runs/s` +
      ` (${((finished - started) / 1000).toFixed(1)} s in all, compiling the story included)`,
  );
  if (failures.length) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
