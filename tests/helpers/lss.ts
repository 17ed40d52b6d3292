/**
 * Reads a .lss as LiveSplit would: first the elements the format needs must
 * be there, in order; then LiveSplit's own parser (livesplit-core, which
 * refuses malformed XML) reads it, and the test sees what LiveSplit sees.
 */
import { createRequire } from 'node:module';

interface LiveSplitCore {
  Run: {
    parseString(
      text: string,
      path: string,
      loadFiles: boolean,
    ): {
      parsedSuccessfully(): boolean;
      unwrap(): LscRun;
    };
  };
}
interface LscTime {
  gameTime(): { totalSeconds(): number } | null;
}
interface LscRun {
  gameName(): string;
  categoryName(): string;
  attemptCount(): number;
  len(): number;
  segment(i: number): { name(): string; personalBestSplitTime(): LscTime; bestSegmentTime(): LscTime };
}

const livesplit = createRequire(import.meta.url)('livesplit-core') as LiveSplitCore;

export interface LssRun {
  game: string;
  category: string;
  attempts: number;
  segments: { name: string; pbSeconds: number | null; bestSeconds: number | null }[];
}

/** The elements of a LiveSplit 1.7.0 splits file, in document order of first appearance. */
export const LSS_ELEMENTS = [
  '<Run version="1.7.0">',
  '<GameName>',
  '<CategoryName>',
  '<Offset>',
  '<AttemptCount>',
  '<Segments>',
  '<Segment>',
  '<Name>',
  '<SplitTimes>',
  '<SplitTime name="Personal Best">',
  '<GameTime>',
  '<BestSegmentTime>',
];

export function parseLss(text: string): LssRun {
  let at = -1;
  for (const tag of LSS_ELEMENTS) {
    const i = text.indexOf(tag);
    if (i < 0) throw new Error(`the .lss has no ${tag}`);
    if (i < at) throw new Error(`${tag} is out of place`);
    at = i;
  }
  const result = livesplit.Run.parseString(text, '', false);
  if (!result.parsedSuccessfully()) throw new Error('LiveSplit cannot parse the .lss');
  const run = result.unwrap();
  const segments = Array.from({ length: run.len() }, (_, i) => {
    const s = run.segment(i);
    return {
      name: s.name(),
      pbSeconds: s.personalBestSplitTime().gameTime()?.totalSeconds() ?? null,
      bestSeconds: s.bestSegmentTime().gameTime()?.totalSeconds() ?? null,
    };
  });
  return {
    game: run.gameName(),
    category: run.categoryName(),
    attempts: run.attemptCount(),
    segments,
  };
}
