/**
 * story:check on several cores gives the same verdict as one process: the
 * merged report has the same endings, unvisited knots and errors.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';

const FIXTURE = 'tests/fixtures/ink/parallel/main.ink';

interface Report {
  ok: boolean;
  complete: boolean;
  statesExplored: number;
  endings: { id: string; reachable: boolean; shortestChoices: number | null }[];
  unvisitedKnots: string[];
  errors: { file: string; line: number; message: string }[];
}

const check = async (jobs: string): Promise<Report> => {
  const r = await runCli('check', [FIXTURE, '--json', '--jobs', jobs]);
  return JSON.parse(r.stdout) as Report;
};

describe('parallel story:check', () => {
  it('merges per-root-choice parts into the same report as a single process', async () => {
    const single = await check('1');
    const parallel = await check('3');
    expect(single.complete && parallel.complete).toBe(true);
    const endings = (r: Report): string[] =>
      r.endings.map((e) => `${e.id}:${e.reachable}:${e.shortestChoices}`).sort();
    expect(endings(parallel)).toEqual(endings(single));
    expect(parallel.unvisitedKnots).toEqual(['forgotten']);
    expect(single.unvisitedKnots).toEqual(['forgotten']);
    const messages = (r: Report): string[] => r.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).sort();
    expect(messages(parallel)).toEqual(messages(single));
    expect(parallel.ok).toBe(false);
    // Every part explores the root again, so the parts together see at least as many states.
    expect(parallel.statesExplored).toBeGreaterThanOrEqual(single.statesExplored);
  });
});
