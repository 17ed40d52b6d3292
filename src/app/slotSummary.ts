/**
 * What a save slot shows before it is opened: whose run, where, when in the
 * story, the figure's three key meters, and when it was saved. Read from the
 * save's run record and page, so listing slots never starts the story engine.
 */
import type { FigureId } from '../core/figures';
import { keyMeters, type KeyMeter } from '../core/keyMeters';
import { currentMeters } from '../core/run';
import type { ReadResult } from '../persistence/saveStore';

export type SlotSummary =
  | { slot: string; kind: 'empty' }
  | { slot: string; kind: 'damaged'; message: string }
  | {
      slot: string;
      kind: 'saved';
      figure: FigureId;
      chapterTitle: string;
      date: string;
      meters: KeyMeter[];
      /** ISO time of the save: the UI formats it for the player's locale. */
      savedAt: string;
    };

export function slotSummary(slot: string, read: ReadResult): SlotSummary {
  if (read.kind === 'none') return { slot, kind: 'empty' };
  if (read.kind === 'corrupt') return { slot, kind: 'damaged', message: read.message };
  const { run, page, savedAt } = read.save;
  return {
    slot,
    kind: 'saved',
    figure: run.figure,
    chapterTitle: page.chapterTitle || page.chapter,
    date: page.date,
    meters: keyMeters(run.figure, currentMeters(run)),
    savedAt,
  };
}
