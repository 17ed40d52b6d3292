/**
 * The title screen's one question of the saves: is there an autosave, and
 * whose run, where? Answered by a quick look at the stored text, so the title
 * loads neither the save schema nor its library. Continue reads the save in
 * full (saveStore.ts), and a save that only looks whole is refused there.
 */
import { FIGURE_IDS, type FigureId } from '../core/figures';
import type { KeyValueStorage } from '../core/ports';
import { SAVE_FORMAT, SAVE_VERSION } from './saveFormat';
import { AUTOSAVE_SLOT, LEGACY_AUTOSAVE_KEY, previousKey, slotKey } from './slotKeys';

/** What Continue would resume. */
export interface AutosaveSummary {
  figure: FigureId;
  chapter: string;
  chapterTitle: string;
  date: string;
}

export type AutosavePeek =
  { kind: 'none' } | { kind: 'ok'; summary: AutosaveSummary } | { kind: 'corrupt'; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The summary of a stored save's text, or null when it does not look like one of ours. */
function summaryOf(text: string | null): AutosaveSummary | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.format !== SAVE_FORMAT) return null;
  if (typeof raw.version !== 'number' || raw.version > SAVE_VERSION) return null;
  // Format 1 called the page `screen`.
  const page = raw.version === 1 ? raw.screen : raw.page;
  const run = raw.run;
  if (!isObject(run) || !isObject(page) || typeof raw.inkState !== 'string') return null;
  const figure = FIGURE_IDS.find((id) => id === run.figure);
  const { chapter, chapterTitle, date } = page;
  if (!figure || typeof chapter !== 'string' || typeof date !== 'string') return null;
  return { figure, chapter, chapterTitle: typeof chapterTitle === 'string' ? chapterTitle : '', date };
}

/** Looks at the autosave as SaveStore.read would: the latest, else the previous good one. */
export function peekAutosave(storage: KeyValueStorage): AutosavePeek {
  let latest: string | null;
  let previous: string | null;
  try {
    latest = storage.get(slotKey(AUTOSAVE_SLOT));
    previous = storage.get(previousKey(AUTOSAVE_SLOT));
    if (!latest && !previous) {
      latest = storage.get(LEGACY_AUTOSAVE_KEY);
      previous = storage.get(`${LEGACY_AUTOSAVE_KEY}.previous`);
    }
  } catch {
    return { kind: 'none' };
  }
  if (!latest && !previous) return { kind: 'none' };
  const summary = summaryOf(latest) ?? summaryOf(previous);
  return summary ? { kind: 'ok', summary } : { kind: 'corrupt', message: 'The autosave is damaged.' };
}
