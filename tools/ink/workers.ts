/**
 * Runs the parts of a story tool in worker processes, a few at a time: our
 * story's root offers three campaigns, explored on separate cores. Used by
 * story:check (parallelCheck.ts) and story:routes (routes.ts).
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { loadStory, makeRunner } from './loadStory.ts';

/** How many choices the story offers at its root (0 if it does not compile). */
export function rootChoiceCount(file: string): number {
  const loaded = loadStory(file);
  return loaded.json ? rootChoicesOf(loaded.json, loaded.isGameStory) : 0;
}

/** How many choices a compiled story offers at its root. */
export function rootChoicesOf(json: string, isGameStory: boolean): number {
  try {
    return makeRunner(json, isGameStory).start(0).choices.length;
  } catch {
    return 0;
  }
}

/** Runs a TypeScript worker script and parses the one JSON value it prints. */
export function runWorker<T>(script: string, args: string[], what: string): Promise<T> {
  return new Promise((resolvePart, reject) => {
    // Through tsx, as npm runs the tools; also from a test runner that is not tsx.
    // A larger young generation: exploring allocates a short-lived copy of the
    // story state per branch, and with the default the collector took about an
    // eighth of a part's time (a quarter less at 64 MB, for some 80 MB more memory).
    const child = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolvePart(JSON.parse(out) as T);
      } catch {
        reject(new Error(`${what} printed no result`));
      }
    });
  });
}

/** Runs `work` for 0..n-1, at most `jobs` at once; results in order. */
export async function pool<T>(n: number, jobs: number, work: (i: number) => Promise<T>): Promise<T[]> {
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

/**
 * Default concurrency: up to twice the cores. Parts differ in size; running them
 * all at once lets the OS share the cores so they finish together (measured on
 * 2 cores: our 3 parts at once 27 s, two at a time 30 s).
 */
export const defaultJobs = (parts: number): number =>
  Math.min(parts, Math.max(2, availableParallelism() * 2));
