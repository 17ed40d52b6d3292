/**
 * story:check on several cores: one child process per root choice (our story's
 * root offers the three campaigns, each explored on its own), then one merged
 * report. Dedup across parts is not needed: different root choices lead to
 * different states (our campaigns differ in `figure`); if two parts did share
 * states, each would still be explored, only twice.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { storyLocator, unvisitedError, type CheckReport } from './checkStory.ts';
import type { InkDiagnostic } from './compile.ts';
import { loadStory, makeRunner } from './loadStory.ts';

/** How many choices the story offers at its root (0 if it does not compile). */
export function rootChoiceCount(file: string): number {
  const loaded = loadStory(file);
  if (!loaded.json) return 0;
  try {
    return makeRunner(loaded.json, loaded.isOurs).start(0).choices.length;
  } catch {
    return 0;
  }
}

function runPart(passArgs: string[], rootChoice: number): Promise<CheckReport> {
  return new Promise((resolvePart, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv,
        process.argv[1]!,
        ...passArgs,
        '--json',
        '--root-choice',
        String(rootChoice),
        '--jobs',
        '1',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolvePart(JSON.parse(out) as CheckReport);
      } catch {
        reject(new Error(`part ${rootChoice + 1} of the check printed no report`));
      }
    });
  });
}

async function pool<T>(n: number, jobs: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(n);
  let nextJob = 0;
  const worker = async (): Promise<void> => {
    while (nextJob < n) {
      const i = nextJob++;
      results[i] = await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, n) }, worker));
  return results;
}

const dedupe = (list: InkDiagnostic[]): InkDiagnostic[] => {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.file}:${d.line}:${d.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
};

/**
 * Default concurrency: up to twice the cores. Parts differ in size; running them
 * all at once lets the OS share the cores so they finish together (measured on
 * 2 cores: our 3 parts at once 27 s, two at a time 30 s).
 */
export const defaultJobs = (parts: number): number =>
  Math.min(parts, Math.max(2, availableParallelism() * 2));

export async function parallelCheck(
  file: string,
  passArgs: string[],
  parts: number,
  jobs = defaultJobs(parts),
): Promise<CheckReport> {
  const t0 = performance.now();
  const reports = await pool(parts, jobs, (i) => runPart(passArgs, i));
  const first = reports[0]!;
  const complete = reports.every((r) => r.complete);
  const errors = dedupe(reports.flatMap((r) => r.errors));
  const warnings = dedupe(reports.flatMap((r) => r.warnings));
  const where = storyLocator(file);

  // An ending is reachable if any part reaches it; its shortest route is the shortest of all.
  const endings = first.endings.map((e) => {
    const found = reports.map((r) => r.endings.find((x) => x.id === e.id)).filter((x) => x?.reachable);
    const shortest = found.length ? Math.min(...found.map((x) => x!.shortestChoices ?? Infinity)) : null;
    return { ...e, reachable: found.length > 0, shortestChoices: shortest };
  });
  // A knot is unvisited only if no part visits it.
  const unvisited = complete
    ? first.unvisitedKnots.filter((k) => reports.every((r) => r.unvisitedKnots.includes(k)))
    : [];
  if (complete) {
    for (const e of endings)
      if (!e.reachable) errors.push({ ...where(e.id), message: `ending "${e.id}" is never reached` });
    for (const k of unvisited) errors.push(unvisitedError(where, k));
  }
  const layers: number[] = [];
  for (const r of reports) r.layers.forEach((n, i) => (layers[i] = (layers[i] ?? 0) + n));
  const statesExplored = reports.reduce((s, r) => s + r.statesExplored, 0);
  const seconds = (performance.now() - t0) / 1000;
  const deadEnds = reports.flatMap((r) => r.deadEnds);
  return {
    ok: complete && errors.length === 0 && deadEnds.length === 0,
    complete,
    words: first.words,
    wordsByFile: first.wordsByFile,
    knots: first.knots,
    statesExplored,
    seconds,
    statesPerSecond: statesExplored / Math.max(seconds, 1e-6),
    seeds: first.seeds,
    endings,
    deadEnds,
    unvisitedKnots: unvisited,
    layers,
    variableSpread: first.variableSpread,
    errors,
    warnings,
  };
}
