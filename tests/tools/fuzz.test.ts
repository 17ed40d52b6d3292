/**
 * The fuzz (npm run fuzz) in a few runs: the real story passes its invariants
 * through every kind of action, and a story with planted faults fails with a
 * seed and an action list that replay to the same failure.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS } from '../../src/core/figures';
import { describeFailure, fuzzPlaythrough, type FuzzResult } from '../../tools/fuzz/playthrough';
import { shareStoryContent } from '../../tools/fuzz/sharedStoryContent';
import { compileInkFile } from '../../tools/ink/compile';
import { realStory } from '../helpers/story';

shareStoryContent();

describe('fuzzed playthroughs', () => {
  it('play every figure to one of his endings, through choices, undo, reloads, slots and re-imports', async () => {
    const story = { json: realStory().json, hash: 'real' };
    const results: FuzzResult[] = [];
    for (const figure of FIGURE_IDS)
      for (let seed = 1; seed <= 8; seed++) results.push(await fuzzPlaythrough(story, figure, seed));
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && describeFailure(r))).toEqual([]);
    // Every kind of action was taken somewhere, so each was checked.
    const kinds = new Set(results.flatMap((r) => r.actions.map((a) => a.split(' ')[0])));
    for (const kind of ['new', 'choose', 'undo', 'reload', 'save', 'export']) expect(kinds).toContain(kind);
  });

  it('catch a meter out of range and a dead end, and replay a failure from its seed', async () => {
    const fixture = compileInkFile('tests/fixtures/ink/fuzz-planted/main.ink');
    const story = { json: fixture.json!, hash: 'planted' };
    const failures: Extract<FuzzResult, { ok: false }>[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const result = await fuzzPlaythrough(story, 'shtern', seed);
      if (!result.ok) failures.push(result);
    }
    const problems = failures.map((f) => f.problem);
    expect(problems).toContainEqual(
      expect.stringContaining('meter out of range in SH-3: stalin=150 outside 0…100'),
    );
    expect(problems).toContainEqual(
      expect.stringContaining('story error: The story stopped without an ending.'),
    );
    // The failure names its seed and the actions that led to it, and that seed fails the same way again.
    const first = failures[0]!;
    const report = describeFailure(first);
    expect(report).toContain(`seed ${first.seed}`);
    expect(report).toContain(`--seed ${first.seed} --figure shtern`);
    expect(report).toContain(first.actions.at(-1));
    expect(await fuzzPlaythrough(story, 'shtern', first.seed)).toEqual(first);
  });
});
