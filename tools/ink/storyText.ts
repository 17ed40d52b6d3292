/**
 * What a story's source says, read from the compiler's parse (story:stats):
 * words per knot and per file, and each option's outcome — the text from the
 * choice to the next gather, divert or nested choice, as the player reads it
 * (of a conditional or a sequence only its longest branch is read).
 */
import { relative, resolve } from 'node:path';
import { Text } from 'inkjs/compiler/Parser/ParsedHierarchy/Text';
import { Choice } from 'inkjs/compiler/Parser/ParsedHierarchy/Choice';
import { Gather } from 'inkjs/compiler/Parser/ParsedHierarchy/Gather/Gather';
import { Weave } from 'inkjs/compiler/Parser/ParsedHierarchy/Weave';
import { Divert } from 'inkjs/compiler/Parser/ParsedHierarchy/Divert/Divert';
import { Knot } from 'inkjs/compiler/Parser/ParsedHierarchy/Knot';
import { Conditional } from 'inkjs/compiler/Parser/ParsedHierarchy/Conditional/Conditional';
import { Sequence } from 'inkjs/compiler/Parser/ParsedHierarchy/Sequence/Sequence';
import type { ParsedObject } from 'inkjs/compiler/Parser/ParsedHierarchy/Object';
import type { Story as ParsedStory } from 'inkjs/compiler/Parser/ParsedHierarchy/Story';
import { countWords } from './words.ts';

export interface KnotWords {
  knot: string;
  file: string;
  line: number;
  words: number;
}

export interface OptionOutcome {
  file: string;
  line: number;
  /** The option as written (its choice text). */
  text: string;
  words: number;
}

export interface StoryText {
  /** Knots in source order; text outside any knot counts under "(top)". */
  knots: KnotWords[];
  outcomes: OptionOutcome[];
}

/** The nearest source position: Text nodes rarely carry their own. */
export function located(obj: ParsedObject, rootDir: string): { file: string; line: number } {
  let node: ParsedObject | null = obj;
  while (node && !node.debugMetadata?.fileName) node = node.parent;
  const meta = node?.debugMetadata;
  return {
    file: meta?.fileName ? relative(process.cwd(), resolve(rootDir, meta.fileName)) : '(unknown)',
    line: meta?.startLineNumber ?? 0,
  };
}

export function knotOf(obj: ParsedObject): Knot | null {
  let node: ParsedObject | null = obj;
  while (node && !(node instanceof Knot)) node = node.parent;
  return node;
}

export function readStoryText(story: ParsedStory, rootDir: string): StoryText {
  const knots = new Map<string, KnotWords>();
  for (const knot of story.FindAll(Knot)()) {
    const at = located(knot, rootDir);
    knots.set(knot.name ?? '', { knot: knot.name ?? '', ...at, words: 0 });
  }
  for (const text of story.FindAll(Text)()) {
    const knot = knotOf(text);
    const words = countWords(text.text);
    const key = knot?.name ?? '(top)';
    if (words === 0 && !knots.has(key)) continue;
    const row = knots.get(key) ?? { knot: key, ...located(text, rootDir), words: 0 };
    row.words += words;
    knots.set(key, row);
  }
  const outcomes = story
    .FindAll(Choice)()
    .map((choice) => ({
      ...located(choice, rootDir),
      text: choiceText(choice),
      words: outcomeWords(choice),
    }));
  return { knots: [...knots.values()], outcomes };
}

function choiceText(choice: Choice): string {
  const parts = [choice.startContent, choice.choiceOnlyContent]
    .flatMap((list) => list?.FindAll(Text)() ?? [])
    .map((t) => t.text);
  return parts.join('').trim();
}

/** The option's own line after `]`, then what follows it in its weave until the story moves on. */
function outcomeWords(choice: Choice): number {
  const own = readWords(choice.innerContent);
  if (own.stopped) return own.words;
  let words = own.words;
  const siblings = choice.parent?.content ?? [];
  for (let i = siblings.indexOf(choice) + 1; i < siblings.length; i++) {
    const next = siblings[i]!;
    if (next instanceof Choice || next instanceof Gather || next instanceof Weave) break;
    const read = readWords(next);
    words += read.words;
    if (read.stopped) break;
  }
  return words;
}

/** Words one reading of `obj` shows; `stopped` when it diverts away. */
function readWords(obj: ParsedObject | null): { words: number; stopped: boolean } {
  if (!obj) return { words: 0, stopped: false };
  if (obj instanceof Text) return { words: countWords(obj.text), stopped: false };
  if (obj instanceof Divert) return { words: 0, stopped: !obj.isTunnel && !obj.isFunctionCall };
  if (obj instanceof Conditional || obj instanceof Sequence) {
    const longest = Math.max(0, ...(obj.content ?? []).map((branch) => readWords(branch).words));
    return { words: longest, stopped: false };
  }
  let words = 0;
  for (const child of obj.content ?? []) {
    const read = readWords(child);
    words += read.words;
    if (read.stopped) return { words, stopped: true };
  }
  return { words, stopped: false };
}
