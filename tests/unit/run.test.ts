import { describe, expect, it } from 'vitest';
import {
  choiceDeltas,
  debrief,
  lastChoiceDeltas,
  meterSeries,
  settlingDeltas,
  type RunRecord,
} from '../../src/core/run';

const run: RunRecord = {
  figure: 'shtern',
  seed: 1,
  storyHash: 'h',
  startedAt: '2026-01-01T00:00:00.000Z',
  startMeters: { stalin: 55, nkvd: 30 },
  choices: [
    { index: 0, text: 'Write the reports', chapter: 'SH-1', meters: { stalin: 65, nkvd: 20 } },
    { index: 1, text: 'Change little', chapter: 'SH-2', meters: { stalin: 65, nkvd: 25 } },
  ],
};

describe('run model', () => {
  it('derives the HUD deltas from the last two meter records', () => {
    expect(lastChoiceDeltas({ ...run, choices: [] })).toEqual({});
    expect(lastChoiceDeltas({ ...run, choices: run.choices.slice(0, 1) })).toEqual({ stalin: 10, nkvd: -10 });
    expect(lastChoiceDeltas(run)).toEqual({ nkvd: 5 });
  });

  it('credits a choice with its own effects, not the next scene opening or the settling between acts', () => {
    const settledRun: RunRecord = {
      ...run,
      choices: [
        // The option gave +10; the next scene's opening then took 10 back.
        { ...run.choices[0]!, meters: { stalin: 65, nkvd: 30 }, settled: { stalin: 55, nkvd: 30 } },
        { ...run.choices[1]!, meters: { stalin: 60, nkvd: 30 } },
      ],
    };
    expect(choiceDeltas(settledRun, 0)).toEqual({ stalin: 10 });
    expect(settlingDeltas(settledRun, 0)).toEqual({ stalin: -10 });
    // The next choice is measured from where the opening left the meters.
    expect(lastChoiceDeltas(settledRun)).toEqual({ stalin: 5 });
    expect(settlingDeltas(settledRun, 1)).toEqual({});
  });

  it('charts a meter from the start through every choice', () => {
    expect(meterSeries(run, 'nkvd')).toEqual([30, 20, 25]);
  });

  it('lists one debrief row per chapter, with the last decision taken there', () => {
    const rows = debrief({
      ...run,
      choices: [...run.choices, { index: 0, text: 'Go on', chapter: 'SH-2', meters: {} }],
    });
    expect(rows.map((r) => [r.chapter, r.yourChoice])).toEqual([
      ['SH-1', 'Write the reports'],
      ['SH-2', 'Go on'],
    ]);
  });
});
