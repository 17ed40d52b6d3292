/** A real run file, made by playing Shtern's ★ route in speedrun mode, and the alterations a moderator must catch. */
import { categoryById } from '../../src/core/speedrun/categories';
import type { RunFile } from '../../src/core/speedrun/runFile';
import { SHTERN_STAR, speedrunApp } from './speedrunApp';

export async function starRunFile(): Promise<RunFile> {
  const h = speedrunApp();
  h.app.toTitle();
  await h.run.start(categoryById('shtern-star')!);
  for (const [k, i] of SHTERN_STAR.entries()) {
    h.clock.advance(900 + 37 * k);
    h.app.choose(i);
  }
  return JSON.parse(h.run.runFile()!.text) as RunFile;
}

/** The same run with choice `k`'s index set to `index`. */
export function withChoiceIndex(file: RunFile, k: number, index: number): RunFile {
  return { ...file, choices: file.choices.map((c, i) => (i === k ? { ...c, index } : c)) };
}

/**
 * The same run with choice `k` taken a second before the choice before it, or
 * at 0 when that came sooner (a quick run: a time below 0 is refused as damaged).
 */
export function withTimeBackwards(file: RunFile, k: number): RunFile {
  const earlier = Math.max(0, file.choices[k - 1]!.igtMs - 1000);
  return { ...file, choices: file.choices.map((c, i) => (i === k ? { ...c, igtMs: earlier } : c)) };
}

export function withStoryHash(file: RunFile, storyHash: string): RunFile {
  return { ...file, storyHash };
}
