/**
 * The exploration build of a story: the same compiled story with its prose
 * taken out of the output, while logic, tags, choices and choice text stay.
 * Profiling story:check put well over half its time in inkjs producing output
 * text (line breaking, glue look-ahead, currentText); what the explorer needs
 * from a step is only where it stops, its tags and its choices.
 *
 * Each string in the story's content becomes a Prose object. When it runs as
 * output it prints nothing and its text joins the step's text, which is only
 * counted (words), never built into lines; so does a printed value (`{x}`).
 * When it runs inside string evaluation (choice text, `{"…"}`, a function's
 * text built into a string) or inside a tag (`# date: {tl == "S1":March|June}`)
 * it prints as before, so nothing the story computes or tags changes.
 *
 * The words match the full story's (the same text, line breaks as spaces)
 * except where glue joins two words into one; reported words and dead-end
 * texts come from replaying the route on the full story (witness.ts).
 */
import type { Story } from 'inkjs/engine/Story';
import type { StoryState } from 'inkjs/engine/StoryState';
import type { InkObject } from 'inkjs/engine/Object';
import { Container, ControlCommand, Pointer, StringValue, Void, storyInternals } from './inkInternals.ts';
import { countWords } from './words.ts';

/** A prose string taken out of the output. */
export class Prose extends ControlCommand {
  /**
   * The run of prose this one starts: it and the prose right after it in its
   * container (a paragraph is a line of text and its line break, often more).
   * Shown, a run is counted at once and inkjs steps past it in one step: words
   * of the joined text, and the index of its last piece.
   */
  run: { words: Words; last: number } | null = null;
  constructor(readonly text: InstanceType<typeof StringValue>) {
    super(ControlCommand.CommandType.NoOp);
  }
}

/** A piece of text as the word count sees it: its words, and whether it starts and ends inside one. */
interface Words {
  n: number;
  starts: boolean;
  ends: boolean;
  empty: boolean;
}

function wordsOf(text: string): Words {
  // The spaces of countWords (words.ts).
  const space = (i: number): boolean => i < 0 || i >= text.length || ' \t\n\r'.includes(text[i]!);
  return { n: countWords(text), starts: !space(0), ends: !space(text.length - 1), empty: text === '' };
}

const SPACE: Words = { n: 0, starts: false, ends: false, empty: false };

export interface ProseWords {
  /** Words of the text the story showed since the last call. */
  take(): number;
  /** Is text run now shown (not built into a string or a tag)? */
  shown(): boolean;
  /** Would this object, run in a function, print text (not only whitespace)? */
  isPrint(o: InkObject, inString: boolean): boolean;
  /** A mark in the text shown in this step, and whether any was shown since it. */
  mark(): number;
  shownSince(mark: number): boolean;
  /** Shows whitespace again (what a remembered call printed, pureCalls.ts). */
  showSpace(): void;
  /** What this step has shown so far: words, pieces, and whether it ends inside a word. */
  tally(): Tally;
  /** Shows again what a remembered run showed (finalKnots.ts): the difference of two tallies. */
  showAgain(shown: Tally): void;
}

export interface Tally {
  words: number;
  pieces: number;
  inWord: boolean;
}

/** Replaces the prose of every container, in place, and marks each run of prose. */
function replaceProse(c: Container): void {
  const content = c.content as InkObject[];
  for (let i = 0; i < content.length; i++) {
    const o = content[i]!;
    if (o instanceof Container) {
      replaceProse(o);
    } else if (o instanceof StringValue) {
      const p = new Prose(o);
      p.parent = c;
      content[i] = p;
    }
  }
  // From the end, so each piece's run is its text and the run after it. A
  // divert into the middle of a run starts at that piece's own run.
  let text = '';
  for (let i = content.length - 1; i >= 0; i--) {
    const p = content[i];
    if (!(p instanceof Prose)) {
      text = '';
      continue;
    }
    const next = content[i + 1];
    text = (p.text.value ?? '') + text;
    p.run = { words: wordsOf(text), last: next instanceof Prose ? next.run!.last : i };
  }
  // Knots and labelled gathers live in namedContent only, not in the content list.
  const listed = new Set(content);
  for (const named of c.namedContent.values())
    if (named instanceof Container && !listed.has(named)) replaceProse(named);
}

/**
 * Turns `story` (an instance used only for exploring) into the exploration
 * build. Apply before instrument(): it wraps the same method.
 */
export function stripProse(story: Story): ProseWords {
  replaceProse(story.mainContentContainer);
  const s = storyInternals(story);
  const perform = s.PerformLogicAndFlowControl;
  // The shown text is counted as it comes, piece by piece: a word cut between two
  // pieces (glue, a printed value) is one word, as in the joined text.
  let words = 0;
  let inWord = false;
  let pieces = 0;
  const show = (w: Words): void => {
    if (w.empty) return;
    words += w.n - (inWord && w.starts ? 1 : 0);
    inWord = w.ends;
    pieces++;
  };
  // String evaluations open (`str` … `/str`, nested), counted as the commands
  // pass. inkjs asks StoryState.inStringEvaluation after every step, and it
  // scans the whole output stream, which here holds a whole step's tags (no
  // line ends to reset it): each live state gets the count as that answer.
  let strings = 0;
  let counted: StoryState | null = null;
  const inStringEvaluation = { get: () => strings > 0 };
  // Inside a tag (`# date: {tl == "S1":March|June}`): the text is the tag's.
  let inTag = false;
  const { BeginString, EndString, BeginTag, EndTag, EvalOutput } = ControlCommand.CommandType;
  s.PerformLogicAndFlowControl = function (o) {
    if (story.state !== counted) {
      counted = story.state;
      Object.defineProperty(counted, 'inStringEvaluation', inStringEvaluation);
    }
    const shown = strings === 0 && !inTag;
    if (o instanceof Prose) {
      if (!shown) {
        story.state.PushToOutputStream(o.text);
        return true;
      }
      // Shown prose changes nothing inkjs keeps: the whole run is counted and
      // stepped over (inkjs moves on from the run's last piece).
      const run = o.run!;
      show(run.words);
      const at = story.state.currentPointer;
      if (run.last > at.index) story.state.currentPointer = new Pointer(at.container, run.last);
      return true;
    }
    if (o instanceof ControlCommand) {
      const t = o.commandType;
      if (t === EvalOutput && shown) {
        const value = story.state.evaluationStack.length > 0 ? story.state.PopEvaluationStack() : null;
        if (value && !(value instanceof Void)) show(wordsOf(String(value)));
        return true;
      }
      if (t === BeginString) strings++;
      else if (t === EndString) strings--;
      else if (t === BeginTag) inTag = true;
      else if (t === EndTag) inTag = false;
    }
    return perform.call(story, o);
  };
  return {
    shown: () => strings === 0 && !inTag,
    isPrint: (o, inString) => o instanceof Prose && !inString && o.text.value?.trim() !== '',
    mark: () => pieces,
    shownSince: (mark) => pieces > mark,
    showSpace: () => show(SPACE),
    tally: () => ({ words, pieces, inWord }),
    showAgain(shown) {
      words += shown.words;
      pieces += shown.pieces;
      inWord = shown.inWord;
    },
    take() {
      // Called between steps, where no string is being built; also after a
      // step that threw midway through one.
      strings = 0;
      inTag = false;
      const n = words;
      words = 0;
      inWord = false;
      return n;
    },
  };
}
