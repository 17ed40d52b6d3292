/**
 * The LiveSplit splits file (.lss, format 1.7.0): the category's segments with
 * the personal best and the best segment of each, in game time (IGT). Written
 * from the game (the category's records) and from the command line (a run file).
 */
import { categoryById } from './categories';
import { GAME_NAME, type RunFile } from './runFile';
import { segments, splitKeys, type Records } from './splits';

export interface LssSegment {
  name: string;
  /** The personal best's split time (IGT), when there is one. */
  pbMs: number | null;
  /** The best segment ever (gold), when there is one. */
  bestMs: number | null;
}

export interface LssInput {
  categoryName: string;
  attempts: number;
  segments: LssSegment[];
}

/** "00:01:02.3450000": LiveSplit's TimeSpan text. */
export function lssTime(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}.${String(total % 1000).padStart(3, '0')}0000`;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An element holding a game time, or empty when there is none. */
const timed = (open: string, close: string, ms: number | null): string =>
  ms === null ? `${open.replace(/>$/, ' />')}` : `${open}<GameTime>${lssTime(ms)}</GameTime>${close}`;

export function writeLss(input: LssInput): string {
  const segmentXml = input.segments
    .map(
      (s) => `    <Segment>
      <Name>${escapeXml(s.name)}</Name>
      <Icon />
      <SplitTimes>
        ${timed('<SplitTime name="Personal Best">', '</SplitTime>', s.pbMs)}
      </SplitTimes>
      ${timed('<BestSegmentTime>', '</BestSegmentTime>', s.bestMs)}
      <SegmentHistory />
    </Segment>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Run version="1.7.0">
  <GameIcon />
  <GameName>${escapeXml(GAME_NAME)}</GameName>
  <CategoryName>${escapeXml(input.categoryName)}</CategoryName>
  <Metadata>
    <Run id="" />
    <Platform usesEmulator="False"></Platform>
    <Region></Region>
    <Variables />
  </Metadata>
  <Offset>00:00:00</Offset>
  <AttemptCount>${input.attempts}</AttemptCount>
  <AttemptHistory />
  <Segments>
${segmentXml}
  </Segments>
  <AutoSplitterSettings />
</Run>
`;
}

/** The category's splits from its records: the personal best's segments, each with its gold. */
export function lssFromRecords(categoryName: string, records: Records): LssInput {
  return {
    categoryName,
    attempts: records.attempts,
    segments: (records.pb?.splits ?? []).map((s) => ({
      name: s.key,
      pbMs: s.igtMs,
      bestMs: records.golds[s.key] ?? null,
    })),
  };
}

/** One run's splits: it is its own personal best, and its segments are its golds. */
export function lssFromRunFile(file: RunFile): LssInput {
  const keys = splitKeys(file.splits, categoryById(file.category)?.chain ?? file.campaigns.length > 1);
  const segs = segments(
    keys,
    file.splits.map((s) => s.igtMs),
  );
  return {
    categoryName: file.categoryName,
    attempts: 1,
    segments: file.splits.map((s, i) => ({
      name: keys[i]!,
      pbMs: s.igtMs,
      bestMs: segs.get(keys[i]!) ?? null,
    })),
  };
}
