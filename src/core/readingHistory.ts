/**
 * The history (backlog) of a run: every line the player was shown and every
 * option they chose, in order, grouped under the chapter heading it was read
 * in. The page holds only the current chapter; the history holds them all.
 */
import type { ScreenLine } from './page';

export interface HistoryLine {
  kind: ScreenLine['kind'];
  text: string;
  /** Shown by the last step: where the player is reading now. */
  current: boolean;
}

export interface HistoryChapter {
  /** The chapter heading as the reader showed it ('' for text before the first heading). */
  title: string;
  lines: HistoryLine[];
}

/**
 * Groups the lines each step added, in play order; the last step's lines are
 * the current place. A chapter heading starts a new group.
 */
export function groupHistory(steps: readonly (readonly ScreenLine[])[]): HistoryChapter[] {
  const chapters: HistoryChapter[] = [];
  steps.forEach((lines, i) => {
    const current = i === steps.length - 1;
    for (const line of lines) {
      if (line.kind === 'chapter') {
        chapters.push({ title: line.text, lines: [] });
        continue;
      }
      let group = chapters.at(-1);
      if (!group) {
        group = { title: '', lines: [] };
        chapters.push(group);
      }
      group.lines.push({ kind: line.kind, text: line.text, current });
    }
  });
  return chapters;
}
