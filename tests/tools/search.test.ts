/**
 * The search on its own, with a visitor that only records what it is shown:
 * routes that reach the same state merge, and the budget holds.
 */
import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../src/narrative/storyRunner.ts';
import { compileInkFile } from '../../tools/ink/compile.ts';
import { routeOf, search, type RouteNode, type SearchVisitor } from '../../tools/ink/search.ts';
import { jsonSnapshots } from '../../tools/ink/snapshot.ts';
import { FIXTURES } from './cli.ts';

function recordingVisitor() {
  const seen = { steps: 0, stops: [] as RouteNode[] };
  const visitor: SearchVisitor = {
    beforeStep: () => {},
    afterStep: () => void seen.steps++,
    newState: () => {},
    stopped: (_, route) => seen.stops.push(route),
  };
  return { seen, visitor };
}

function searchFixture(file: string, maxStates = 1000, keyOf?: (runner: StoryRunner) => string) {
  const json = compileInkFile(`${FIXTURES}/${file}`).json;
  if (!json) throw new Error(`${file} does not compile`);
  const runner = new StoryRunner(json);
  const { seen, visitor } = recordingVisitor();
  const stats = search(
    {
      runner,
      snapshots: jsonSnapshots(runner.story),
      seeds: [0],
      // Position and choices offered: enough to merge the converging fixture.
      stateKey: () =>
        keyOf?.(runner) ??
        `${runner.story.state.currentPathString}|${runner.story.currentChoices.map((c) => c.text).join('|')}`,
      maxStates,
      deadline: performance.now() + 60_000,
    },
    visitor,
  );
  return { stats, seen };
}

describe('search', () => {
  it('merges routes that reach the same state: 2^10 routes, 10 questions and 2 arrivals', () => {
    const { stats, seen } = searchFixture('dedup/converge.ink');
    expect(stats.stopReason).toBeNull();
    expect(stats.statesExplored).toBe(12);
    expect(stats.layers).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(seen.steps).toBe(1 + 10 * 2);
    // Each merged state keeps the first route to it (all left turns read as many words).
    expect(seen.stops).toHaveLength(2);
    expect(routeOf(seen.stops[0]!).choices).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('explores every route when the key never repeats, until the budget', () => {
    let n = 0;
    const { stats } = searchFixture('dedup/converge.ink', 50, () => String(n++));
    expect(stats.stopReason).toBe('max-states');
    expect(stats.statesExplored).toBeGreaterThanOrEqual(50);
    expect(stats.statesExplored).toBeLessThan(200);
  });
});
