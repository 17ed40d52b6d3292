/**
 * A run file's text judged against a story: parsed (a file that is not a run
 * file is refused with a clear message), then replayed through the game's own
 * session and judged by the core rules. What run:verify prints, as data.
 */
import type { StorySource } from '../../src/core/ports';
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

/** `story` is compiled only for a file that is a run file. */
export function verifyRunText(text: string, story: () => StorySource): VerifyResult {
  const parsed = parseRunFile(text);
  if (!parsed.ok)
    return { ok: false, ending: null, category: null, igtMs: null, splits: [], reason: parsed.message };
  const file = parsed.file;
  const source = story();
  const verdict = verifyRun(file, source.hash, () => {
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
