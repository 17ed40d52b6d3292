/**
 * What a compiled story reads from its own state, found by walking the
 * runtime container tree once. The explorer's state key keeps only what the
 * story can observe: the visit counts it reads (CNT?, sequences, once-only
 * choices), turn indices only if it asks for turns, the RNG only if it uses it.
 */
import type { Story } from 'inkjs/engine/Story';
import { Container, ControlCommand, VariableReference, ChoicePoint } from './inkInternals.ts';
import { nodeOf, reentrantNodes } from './reentry.ts';
import type { InkObject } from 'inkjs/engine/Object';

export interface StoryFeatures {
  /** Containers whose visit count the story reads (once-only choices and
   *  sequences only where their knot can run again: see reentry.ts). */
  countedReads: Container[];
  /** READ_COUNT(->x) with a variable target: every visit count may be read. */
  readsAnyCount: boolean;
  /** TURNS(), TURNS_SINCE(): turn indices are observable. */
  readsTurns: boolean;
  /** RANDOM, SEED_RANDOM, LIST_RANDOM or a shuffle: the seed matters. */
  usesRng: boolean;
  /** Top-level knots, functions excluded. */
  knots: Map<string, Container>;
  /** Knots that contain `-> END`: the endings of a story without `# ending:` tags. */
  endKnots: string[];
}

const C = ControlCommand.CommandType;

function children(c: Container): InkObject[] {
  const out = [...c.content];
  for (const v of c.namedContent.values())
    if (!out.includes(v as unknown as InkObject)) out.push(v as unknown as InkObject);
  return out;
}

/** Walks a container subtree, calling visit on every object once. */
function walk(root: Container, visit: (o: InkObject, parent: Container) => void): void {
  const seen = new Set<InkObject>();
  const stack: Container[] = [root];
  while (stack.length) {
    const c = stack.pop()!;
    for (const o of children(c)) {
      if (seen.has(o)) continue;
      seen.add(o);
      visit(o, c);
      if (o instanceof Container) stack.push(o);
    }
  }
}

function isCommand(o: InkObject, ...types: ControlCommand.CommandType[]): boolean {
  return o instanceof ControlCommand && types.includes(o.commandType);
}

/** A function's body returns with ~ret; a knot never does. */
function isFunction(c: Container): boolean {
  let found = false;
  walk(c, (o) => {
    if (isCommand(o, C.PopFunction)) found = true;
  });
  return found;
}

export function storyFeatures(story: Story, functionNames?: ReadonlySet<string>): StoryFeatures {
  const root = story.mainContentContainer;
  const counted = new Set<Container>();
  let readsAnyCount = false;
  let readsTurns = false;
  let usesRng = false;
  const all: InkObject[] = [];
  walk(root, (o) => all.push(o));
  const reentrant = reentrantNodes(story, all);
  walk(root, (o, parent) => {
    if (o instanceof VariableReference && o.pathForCount) {
      const c = o.containerForCount;
      if (c) counted.add(c);
    } else if (o instanceof ChoicePoint && o.onceOnly) {
      const c = o.choiceTarget;
      if (c && reentrant.has(nodeOf(o, root))) counted.add(c);
    } else if (isCommand(o, C.VisitIndex)) {
      if (reentrant.has(nodeOf(o, root))) counted.add(parent);
    } else if (isCommand(o, C.ReadCount)) {
      readsAnyCount = true;
    } else if (isCommand(o, C.Turns, C.TurnsSince)) {
      readsTurns = true;
    }
    if (isCommand(o, C.Random, C.SeedRandom, C.ListRandom, C.SequenceShuffleIndex)) usesRng = true;
  });
  const knots = new Map<string, Container>();
  const endKnots: string[] = [];
  for (const [name, c] of root.namedContent) {
    if (!(c instanceof Container) || name === 'global decl') continue;
    if (functionNames ? functionNames.has(name) : isFunction(c)) continue;
    knots.set(name, c);
    let ends = false;
    walk(c, (o) => {
      if (isCommand(o, C.End)) ends = true;
    });
    if (ends) endKnots.push(name);
  }
  return { countedReads: [...counted], readsAnyCount, readsTurns, usesRng, knots, endKnots };
}
