import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/core/debrief';
import {
  choiceDeltas,
  lastChoiceDeltas,
  runPoints,
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

  it("charts the start, each option's own effects, and the settling after it as a point of its own", () => {
    const settledRun: RunRecord = {
      ...run,
      choices: [{ ...run.choices[0]!, settled: { stalin: 60, nkvd: 20 } }, run.choices[1]!],
    };
    expect(runPoints(settledRun).map((p) => [p.kind, p.chapter, p.meters.stalin])).toEqual([
      ['start', '', 55],
      ['choice', 'SH-1', 65],
      ['settling', 'SH-1', 60],
      ['choice', 'SH-2', 65],
    ]);
  });

  it('debriefs every decision in play order under its chapter, with what the option and the settling did', () => {
    const chapters = debrief({
      ...run,
      choices: [
        { ...run.choices[0]!, chapterTitle: 'The Defector', settled: { stalin: 60, nkvd: 20 } },
        { ...run.choices[1]!, chapterTitle: 'The Hill' },
        {
          index: 2,
          text: 'Go on',
          chapter: 'SH-2',
          chapterTitle: 'The Hill',
          meters: { stalin: 70, nkvd: 25 },
        },
      ],
    });
    expect(chapters.map((c) => [c.chapter, c.title, c.decisions.map((d) => d.text)])).toEqual([
      ['SH-1', 'The Defector', ['Write the reports']],
      ['SH-2', 'The Hill', ['Change little', 'Go on']],
    ]);
    const [first, second] = chapters;
    expect(first!.decisions[0]!.effects).toEqual({ stalin: 10, nkvd: -10 });
    expect(first!.decisions[0]!.settling).toEqual({ stalin: -5 });
    // Measured from the settled values, not from the option's end.
    expect(second!.decisions[0]!.effects).toEqual({ stalin: 5, nkvd: 5 });
    expect(second!.decisions[1]!.effects).toEqual({ stalin: 5 });
    expect(first!.note?.date).toBeTruthy();
  });

  it("marks the option history took from the note's letter", () => {
    // SH-1's note: history took option A (index 0); SH-3's took B.
    const [sh1, sh3] = debrief({
      ...run,
      choices: [
        { index: 0, text: 'Write the reports', chapter: 'SH-1', meters: {} },
        { index: 0, text: 'Something else', chapter: 'SH-3', meters: {} },
      ],
    });
    expect(sh1!.decisions[0]!.historical).toBe(true);
    expect(sh3!.decisions[0]!.historical).toBe(false);
  });

  it('cannot tell for a decision history never faced', () => {
    // SH-2's note names no historical option.
    const [sh2] = debrief({ ...run, choices: [{ index: 0, text: 'x', chapter: 'SH-2', meters: {} }] });
    expect(sh2!.decisions[0]!.historical).toBeUndefined();
    expect(sh2!.historyInWords).toBeUndefined();
  });
});
