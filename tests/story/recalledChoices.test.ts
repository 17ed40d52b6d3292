/**
 * Story truth (design §8): over all eighteen endings, every passage guarded by
 * a flag recalls the choice that sets it, and was shown only on a run that took
 * that choice and did not undo it.
 *
 * The sources say which options set each flag (tests/helpers/recallModel.ts);
 * the runs (seeded random play of each campaign, and every route of
 * docs/ROUTES.md) say which options were taken and what the ending showed. The
 * flag's value at the end is never read: a flag set by the wrong option, by a
 * scene, or left standing by a reset that came too late shows up as a passage
 * the run's own choices cannot account for. The last test plants such a break
 * and proves the check catches it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInkFile } from '../../tools/ink/compile';
import { documentedRoutes } from '../helpers/documentedRoutes';
import {
  playRun,
  randomRuns,
  readInkSources,
  recallViolations,
  sceneSetGuards,
  type PlayedRun,
  type WorldVariables,
} from '../helpers/recallCheck';
import { readStoryModel } from '../helpers/recallModel';
import { realStory } from '../helpers/story';

const RUNS = Number(process.env.UW_RECALL_RUNS ?? 200);

/** What endings may read that no single choice decides. Each needs its reason. */
const WORLD: WorldVariables = new Map([
  ['tl', 'the timeline: a scene opens S0 or S1 when its conditions hold, not because one option was taken'],
  ['shtern/khalkhin_won', 'the 1939 (or 1938) battle is won in the scene, whatever the options'],
  ['shtern/harbin_pocket', 'the S1 pincers close at Harbin when Logistics allow, in the scene'],
  ['shtern/zhukov_fate=executed', 'the Zhukov file, built by many choices, decides it in the scene'],
  ['chiang/mukden_taken', "a world event in Chiang's campaign: the Soviet offensive, not his choice"],
]);

const model = readStoryModel(readInkSources('story', '.'));

/** Seeded random runs of each campaign, and every documented fastest route. */
function storyRuns(): PlayedRun[] {
  const json = realStory().json;
  return [
    ...randomRuns(json, RUNS),
    ...documentedRoutes(readFileSync('docs/ROUTES.md', 'utf8')).map((r) =>
      playRun(json, `ROUTES.md route to ${r.ending}`, (_, i) => r.choices[i]! - 1),
    ),
  ];
}

describe('endings recall only the choices the run made', () => {

  it('reads the guards of every campaign from the sources', () => {
    const endings = new Set(model.passages.map((p) => p.ending));
    expect(endings.size).toBeGreaterThanOrEqual(17);
    const guards = new Set(model.passages.flatMap((p) => p.terms.map((t) => t.variable)));
    for (const flag of ['kw_clique_blocked', 'kw_withdrew_on_schedule', 'ch_handover_demanded', 'blucher_denounced'])
      expect(guards).toContain(flag);
  });

  it('every flag an ending recalls is set by choices, never by a scene', () => {
    expect(sceneSetGuards(model, WORLD)).toEqual([]);
  });

  it(`every recalled choice was taken on the route that reached it (${RUNS} random runs per campaign, and ROUTES.md)`, () => {
    const runs = storyRuns();
    const checked = { recalls: 0 };
    const problems = runs.flatMap((run) => recallViolations(model, run, WORLD, checked));
    expect(problems).toEqual([]);
    expect(new Set(runs.map((r) => r.ending)).size, 'runs reach every ending').toBe(18);
    expect(checked.recalls, 'recalled passages compared with the choices taken').toBeGreaterThan(300);
  }, 300_000);
});

describe('the check catches a planted break', () => {
  // Planted break: "Withdraw on schedule" no longer sets kw_withdrew_on_schedule; the scene
  // before the choice does, so KW-E6 says "on schedule" after a slowed withdrawal.
  const dir = mkdtempSync(join(tmpdir(), 'uw-recall-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('story', join(dir, 'story'), { recursive: true });
  const act2 = join(dir, 'story/kwantung/act2.ink');
  const source = readFileSync(act2, 'utf8');
  const setInOption = '    ~ kw_withdrew_on_schedule = true\n';
  const sceneLine = '~ aid_cut = true\n';
  const mutated = source.replace(setInOption, '').replace(sceneLine, `${sceneLine}~ kw_withdrew_on_schedule = true\n`);
  writeFileSync(act2, mutated);
  const broken = readStoryModel(readInkSources(join(dir, 'story'), dir));

  it('plants it', () => {
    expect(mutated).not.toBe(source);
    expect(mutated.includes(setInOption)).toBe(false);
  });

  it('the static half names the scene that sets the flag', () => {
    expect(sceneSetGuards(broken, WORLD).join('\n')).toMatch(/recalls kw_withdrew_on_schedule = true, which the scene at/);
  });

  it('the dynamic half finds the ending recalling a withdrawal on schedule that the run slowed down', () => {
    const compiled = compileInkFile(join(dir, 'story/main.ink'));
    expect(compiled.errors).toEqual([]);
    const route = [
      'A major of the Kwantung Army',
      'Accept the restraint',
      'Push Tokyo toward a limited strike',
      'Design a bite-and-hold',
      'Block it, and inform Tokyo',
      'Back the trade in full',
      'Let them go south to Wuhan',
      'Slow it down',
      'Refuse, and report the meeting',
      'Draw the line honestly',
      'Stay in the north',
      'Keep the pact, and keep the border quiet',
    ];
    const run = playRun(compiled.json!, 'planted break', (step, i) =>
      step.choices.findIndex((c) => c.text.startsWith(route[i]!)),
    );
    expect(run.ending).toBe('KW-E6');
    const problems = recallViolations(broken, run, WORLD);
    if (process.env.UW_SHOW_PLANTED) console.log(problems.join('\n'));
    expect(problems.join('\n')).toMatch(/KW-E6: .* needs kw_withdrew_on_schedule = true, set by no option/);
    // The same route on the real story recalls nothing it should not.
    expect(recallViolations(model, playRun(realStory().json, 'real', (step, i) =>
      step.choices.findIndex((c) => c.text.startsWith(route[i]!)),
    ), WORLD)).toEqual([]);
  });
});
