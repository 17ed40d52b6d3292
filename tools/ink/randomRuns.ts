/**
 * Uniform random play (story:stats): run i uses ink seed i and picks each
 * option with equal chance from a generator seeded with i, so the figures
 * repeat exactly. Each run records its words read, choices made, ending, and
 * the meters at every choice point under the source file (the act) of the
 * knot offering the choices.
 */
import { seededPick } from '../seeded.ts';
import type { StoryRunner, StoryStep } from '../../src/narrative/storyRunner.ts';
import { countWords } from './words.ts';

export interface RunRecord {
  words: number;
  choices: number;
  /** The `# ending:` id, else "end: <last line>"; "dead end" or "error: …" when the story broke. */
  ending: string;
}

export interface RandomPlay {
  runs: RunRecord[];
  /** file → meter → [min, max] over every choice point offered in that file. */
  meterRanges: Map<string, Map<string, [number, number]>>;
}

export interface RandomPlayOptions {
  runs: number;
  /** Knot each run starts at (our campaigns), or the story's root. */
  startKnot?: string;
  /** The variables to range (meters); read after each step. */
  meters: (runner: StoryRunner) => Record<string, number>;
  /** Source file of a knot, for the act a choice point belongs to. */
  fileOfKnot: (knot: string) => string | undefined;
  /** Stop a run that has not ended after this many choices (a loop). */
  maxChoices?: number;
}

function wordsOf(step: StoryStep): number {
  return step.lines.reduce((n, l) => n + countWords(l.text), 0);
}

export function playRandomly(runner: StoryRunner, options: RandomPlayOptions): RandomPlay {
  const runs: RunRecord[] = [];
  const meterRanges = new Map<string, Map<string, [number, number]>>();
  const note = (file: string, meters: Record<string, number>): void => {
    const ranges = meterRanges.get(file) ?? new Map<string, [number, number]>();
    meterRanges.set(file, ranges);
    for (const [id, v] of Object.entries(meters)) {
      const r = ranges.get(id);
      ranges.set(id, r ? [Math.min(r[0], v), Math.max(r[1], v)] : [v, v]);
    }
  };
  const maxChoices = options.maxChoices ?? 10_000;
  for (let i = 0; i < options.runs; i++) {
    const pick = seededPick(i + 1);
    let record: RunRecord;
    try {
      let step = runner.start(i, options.startKnot);
      let words = wordsOf(step);
      let choices = 0;
      let ending = step.ending;
      while (!step.ended && choices < maxChoices) {
        const knot = runner.story.currentChoices[0]?.sourcePath?.split('.')[0] ?? '';
        note(options.fileOfKnot(knot) ?? '(unknown)', options.meters(runner));
        step = runner.choose(pick(step.choices.length));
        choices++;
        words += wordsOf(step);
        ending = step.ending ?? ending;
      }
      const last = step.lines.at(-1)?.text ?? '';
      const end = step.ended ? `end: ${last.slice(0, 60)}` : 'no end (choice limit)';
      record = { words, choices, ending: ending ?? end };
    } catch (e) {
      runner.recoverFromThrow();
      record = { words: 0, choices: 0, ending: `error: ${(e as Error).message}` };
    }
    runs.push(record);
  }
  return { runs, meterRanges };
}
