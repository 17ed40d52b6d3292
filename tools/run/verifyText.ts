/**
 * A run file's text judged against a story: parsed (a file that is not a run
 * file is refused with a clear message), then replayed through the game's own
 * session and judged by the core rules. What run:verify prints, as data.
 */
import { FIGURE_IDS, type FigureId } from '../../src/core/figures';
import type { StorySource } from '../../src/core/ports';
import { categoryById } from '../../src/core/speedrun/categories';
import { categoryStoryVersion } from '../../src/core/speedrun/storyVersion';
import { verifyRun } from '../../src/core/speedrun/verify';
import { replayRunFile } from '../../src/narrative/replayRunFile';
import { parseRunFile } from '../../src/persistence/runFileSchema';

export interface VerifyResult {
  ok: boolean;
  ending: string | null;
  category: string | null;
  igtMs: number | null;
  splits: { chapter: string; igtMs: number }[];
  reason: string | null;
}

/**
 * `story(figure)` gives a campaign's story as the game loads it; it is compiled
 * only for a file that is a run file, and only for the campaigns its category
 * plays. The version the file must name is the category's
 * (core/speedrun/storyVersion.ts): that campaign's hash, or all three for All 18.
 */
export function verifyRunText(text: string, story: (figure: FigureId) => StorySource): VerifyResult {
  const parsed = parseRunFile(text);
  if (!parsed.ok)
    return { ok: false, ending: null, category: null, igtMs: null, splits: [], reason: parsed.message };
  const file = parsed.file;
  const category = categoryById(file.category);
  const sources = new Map<FigureId, StorySource>();
  const source = (figure: FigureId): StorySource => {
    let s = sources.get(figure);
    if (!s) sources.set(figure, (s = story(figure)));
    return s;
  };
  const hashes = Object.fromEntries(
    FIGURE_IDS.map((f) => [
      f,
      !category || category.figure === null || category.figure === f ? source(f).hash : '',
    ]),
  ) as Record<FigureId, string>;
  // An unknown category has no version of its own: the category check names the fault.
  const version = category ? categoryStoryVersion(category, hashes) : file.storyHash;
  const verdict = verifyRun(file, version, () => {
    try {
      return replayRunFile(source, file);
    } catch (e) {
      return { campaigns: [], failure: `the story failed on replay: ${(e as Error).message}` };
    }
  });
  return {
    ok: verdict.ok,
    ending: file.ending,
    category: file.category,
    igtMs: file.igtMs,
    splits: file.splits.map((s) => ({ chapter: s.chapter, igtMs: s.igtMs })),
    reason: verdict.ok ? null : verdict.reason,
  };
}
