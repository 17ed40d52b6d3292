/**
 * The debrief at a run's end: every decision the player made, beside what
 * really happened (history.ts). Apart from the run model because the notes
 * are the largest text the game holds besides the story and the codex: only
 * the ending screen reads them, and it loads after the title (ui/lateScreens.ts).
 */
import { historicalChoice, historyNote, type HistoryNote } from './history';
import { choiceDeltas, settlingDeltas, type RunRecord } from './run';

export interface DebriefDecision {
  /** The option the player took. */
  text: string;
  /** What the option itself did to each meter it moved. */
  effects: Record<string, number>;
  /** What the story did after it: a scene opening or the settling between acts. */
  settling: Record<string, number>;
  /** Is this the option history took? Undefined when the note cannot tell. */
  historical: boolean | undefined;
}

export interface DebriefChapter {
  chapter: string;
  /** The chapter title as the reader showed it, or the chapter id in older saves. */
  title: string;
  note: HistoryNote | undefined;
  /** History's choice in words, when the note gives words rather than an option. */
  historyInWords: string | undefined;
  decisions: DebriefDecision[];
}

/**
 * Every decision of the run in play order, grouped under the chapter it was
 * made in (a chapter met again later starts a new group), beside history.
 *
 * A note names history's option by its letter in the order the options are
 * written; the record keeps the index among the options offered. They agree
 * unless an option written earlier was hidden on this run's timeline.
 */
export function debrief(run: RunRecord): DebriefChapter[] {
  const groups: DebriefChapter[] = [];
  run.choices.forEach((c, i) => {
    if (!c.chapter || c.chapter === 'start') return;
    let group = groups[groups.length - 1];
    if (!group || group.chapter !== c.chapter) {
      const note = historyNote(c.chapter);
      const choice = historicalChoice(note);
      group = {
        chapter: c.chapter,
        title: c.chapterTitle || c.chapter,
        note,
        historyInWords: choice && 'text' in choice ? choice.text : undefined,
        decisions: [],
      };
      groups.push(group);
    }
    const history = historicalChoice(group.note);
    group.decisions.push({
      text: c.text,
      effects: choiceDeltas(run, i),
      settling: settlingDeltas(run, i),
      historical: history && 'option' in history ? history.option === c.index : undefined,
    });
  });
  return groups;
}
