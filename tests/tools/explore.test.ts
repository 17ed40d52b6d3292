/**
 * The explorer itself: state merging, the budget, seeds, and that the fast
 * state restore (inkjs patches) finds exactly what saveState/loadState finds.
 */
import { describe, expect, it } from 'vitest';
import { explore, type ExploreOptions, type ExploreResult } from '../../tools/ink/explore.ts';
import { endingMode, loadStory, makeRunner } from '../../tools/ink/loadStory.ts';
import { FIXTURES, runCli } from './cli.ts';

function run(file: string, options: ExploreOptions = {}): ExploreResult {
  const loaded = loadStory(file);
  if (!loaded.json) throw new Error(`${file} does not compile`);
  return explore(makeRunner(loaded.json, loaded.isGameStory), { endings: endingMode(loaded), ...options });
}

/** What a check concludes, independent of how many states it took. */
const verdict = (r: ExploreResult) => ({
  complete: r.complete,
  endings: [...r.endings].map(([id, route]) => [id, route.choices, route.words]).sort(),
  deadEnds: r.deadEnds.map((d) => d.at).sort(),
  unvisited: [...r.unvisitedKnots].sort(),
  errors: r.runtimeErrors.map((e) => e.message).sort(),
});

const STORIES = [
  'plain/include/main.ink',
  'plain/shuffle.ink',
  'plain/threads.ink',
  'plain/tunnels.ink',
  'plain/lists.ink',
  'dedup/converge.ink',
  'broken/dead-end.ink',
  'broken/unreachable-ending.ink',
  'writing-example/main.ink',
].map((f) => `${FIXTURES}/${f}`);

describe('explorer', () => {
  it('merges converging paths: 10 binary choices are ~a dozen states, not 1024 routes', () => {
    const r = run(`${FIXTURES}/dedup/converge.ink`);
    expect(r.complete).toBe(true);
    expect(r.statesExplored).toBeLessThanOrEqual(25);
    expect(r.endings.get('fin')?.choices).toHaveLength(10);
  });

  it('leaves a variable nothing ahead reads out of the state key, and keeps one a condition reads', () => {
    const file = `${FIXTURES}/dedup/shown-counter.ink`;
    const r = run(file);
    expect(r.complete).toBe(true);
    expect([...r.endings.keys()].sort()).toEqual(['brave_end', 'quiet_end']);
    expect(r.statesExplored).toBeLessThan(20);
    // With every variable kept, each round is a new state: the counter alone never lets it finish.
    expect(run(file, { keepDeadVariables: true, maxStates: 200 }).complete).toBe(false);
  });

  it('stops at --max-states on a story that never stops growing, and says so', async () => {
    const t0 = Date.now();
    const r = await runCli('check', [`${FIXTURES}/budget/explode.ink`, '--json', '--max-states', '50']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: false, complete: false });
    expect(report.statesExplored).toBeLessThan(200);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('stops at --max-seconds too', () => {
    const r = run(`${FIXTURES}/budget/explode.ink`, { maxSeconds: 0.3 });
    expect(r.complete).toBe(false);
    expect(r.stopReason).toBe('max-seconds');
    expect(r.seconds).toBeLessThan(5);
  });

  for (const file of STORIES) {
    it(`copy restore, JSON restore, the exact key and a key with every variable agree on ${file.slice(FIXTURES.length + 1)}`, () => {
      const fast = verdict(run(file));
      expect(verdict(run(file, { restore: 'json' }))).toEqual(fast);
      expect(verdict(run(file, { exactCounts: true }))).toEqual(fast);
      expect(verdict(run(file, { keepDeadVariables: true }))).toEqual(fast);
    });
  }

  it('measures states per second on a synthetic story (copy vs JSON restore)', () => {
    const file = `${FIXTURES}/bench/grid.ink`;
    const patch = run(file, { seeds: [0] });
    const json = run(file, { seeds: [0], restore: 'json' });
    expect(patch.complete && json.complete).toBe(true);
    expect(patch.statesExplored).toBe(15 ** 3 + 1);
    expect(json.statesExplored).toBe(patch.statesExplored);
    const perCpu = (r: ExploreResult): number => Math.round(r.statesExplored / r.cpuSeconds);
    console.log(
      `explorer on bench/grid.ink: ${patch.statesExplored} states; copy restore ${perCpu(patch)} states per CPU second, ` +
        `JSON restore ${perCpu(json)}`,
    );
  });
});
