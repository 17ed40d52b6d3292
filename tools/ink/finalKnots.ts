/**
 * The exploration build remembers what running a final knot did. A story's
 * endings are knots run at the end of the last step of every route, from the
 * divert into them to END: in our story about a third of all the runtime
 * objects the explorer ran (after the prose was taken out, proseless.ts) were
 * the conditions and tags of a few ending knots, run again for every route
 * that reached them.
 *
 * A knot is final when, with every function it calls, it offers no choice,
 * sets no global, reads no visit count, turn or random number, calls nothing
 * but functions whose calls can be remembered (pureCalls.ts), starts no
 * thread, and jumps only within itself or to END or DONE. What running it
 * shows is then fixed by the globals it reads, the values handed to it, and
 * the words and tags shown before it in the step (the memo's key): the words
 * it shows, the tags it makes, and where it stops. A divert into a final knot
 * with a key seen before is answered from the memo: the words counted, the
 * tags put in the output, and the story sent to the END it reached, where it
 * stops as it would have. Nothing the explorer sees changes: the step's tags,
 * its words, its ending, where it ended, the knots it visited (the first run
 * visited them) and the variables (it set none). Only a run that reached END
 * or DONE with no error is remembered.
 */
import type { Story } from 'inkjs/engine/Story';
import type { InkObject } from 'inkjs/engine/Object';
import type { StoryState } from 'inkjs/engine/StoryState';
import {
  ChoicePoint,
  Container,
  ControlCommand,
  Divert,
  DivertTargetValue,
  Pointer,
  PushPopType,
  VariableAssignment,
  VariablePointerValue,
  VariableReference,
  storyInternals,
  variablesInternals,
} from './inkInternals.ts';
import type { ProseWords, Tally } from './proseless.ts';
import { isInside, objectsIn, pureFunctions, valueKey } from './pureCalls.ts';

const C = ControlCommand.CommandType;
/** Commands a final knot may run: evaluation, strings, tags, the end. */
const FINAL_COMMANDS = new Set([
  C.EvalStart,
  C.EvalEnd,
  C.EvalOutput,
  C.Duplicate,
  C.PopEvaluatedValue,
  C.BeginString,
  C.EndString,
  C.BeginTag,
  C.EndTag,
  C.NoOp,
  C.End,
  C.Done,
  C.ListFromInt,
  C.ListRange,
]);

interface FinalKnot {
  /** Globals it reads, with those of the functions it calls. */
  reads: string[];
}

interface Remembered {
  shown: Tally;
  /** What it put in the output stream: the tags it made. */
  output: InkObject[];
  /** The END or DONE it stopped at. */
  end: InstanceType<typeof Pointer>;
}

/** The final knots of a story, by container. */
export function finalKnots(
  story: Story,
  knots: Iterable<Container>,
  functionNames: Iterable<string>,
  isPrint: (o: InkObject, inString: boolean) => boolean,
): Map<Container, FinalKnot> {
  const pure = pureFunctions(story, functionNames, isPrint);
  const all = [...knots];
  const isKnot = new Set(all);
  // Each knot on its own: what it reads, and the knots it goes on to (at their start).
  const own = new Map<Container, { reads: Set<string>; next: Set<Container>; ends: boolean }>();
  for (const knot of all) {
    const reads = new Set<string>();
    const temps = new Set<string>();
    const next = new Set<Container>();
    let final = true;
    let ends = false;
    for (const o of objectsIn(knot)) {
      if (o instanceof Container) continue;
      if (o instanceof ChoicePoint || o instanceof VariablePointerValue) final = false;
      else if (o instanceof VariableAssignment) {
        if (o.isGlobal) final = false;
        else temps.add(o.variableName ?? '');
      } else if (o instanceof VariableReference) {
        if (o.pathForCount) final = false;
        else if (o.name) reads.add(o.name);
      } else if (o instanceof Divert) {
        const target = o.hasVariableTarget || o.isExternal ? null : o.targetPointer.container;
        if (!target) final = false;
        else if (o.pushesToStack) {
          const fn = o.stackPushType === PushPopType.Function ? pure.get(target) : undefined;
          if (!fn) final = false;
          else for (const r of fn.reads) reads.add(r);
        } else if (isKnot.has(target) && target !== knot && o.targetPointer.index === 0) next.add(target);
        else if (!isInside(target, knot)) final = false;
      } else if (o instanceof ControlCommand) {
        if (!FINAL_COMMANDS.has(o.commandType)) final = false;
        if (o.commandType === C.End || o.commandType === C.Done) ends = true;
      }
      if (!final) break;
    }
    for (const t of temps) reads.delete(t);
    if (final) own.set(knot, { reads, next, ends });
  }
  // A knot is final when every knot it goes on to is (an ending switch is, when
  // every ending is); it reads what they read.
  const out = new Map<Container, FinalKnot>();
  const visiting = new Set<Container>();
  const judge = (knot: Container): FinalKnot | null => {
    if (out.has(knot)) return out.get(knot)!;
    const k = own.get(knot);
    if (!k || visiting.has(knot)) return null; // a loop between knots: left to inkjs
    visiting.add(knot);
    const reads = new Set(k.reads);
    let ends = k.ends;
    let final = true;
    for (const n of k.next) {
      const f = judge(n);
      if (!f) final = false;
      else for (const r of f.reads) reads.add(r);
      ends = true;
    }
    visiting.delete(knot);
    if (!final || !ends) return null;
    const f = { reads: [...reads] };
    out.set(knot, f);
    return f;
  };
  for (const knot of all) judge(knot);
  return out;
}

/**
 * Answers diverts into final knots from a memo (see above). Apply after
 * rememberPureCalls() and before instrument(): it wraps the same method, and
 * instrument must still see the END.
 */
export function rememberFinalKnots(
  story: Story,
  prose: ProseWords,
  knots: Iterable<Container>,
  functionNames: Iterable<string>,
): void {
  const finals = finalKnots(story, knots, functionNames, prose.isPrint);
  const memo = new Map<string, Remembered>();
  const s = storyInternals(story);
  const perform = s.PerformLogicAndFlowControl;
  // The run being remembered: from the divert into a final knot to its END,
  // forgotten when a step starts (a run that threw or ran out never got there).
  let recording: { key: string; from: Tally; output: number; errors: number } | null = null;
  const cont = story.Continue;
  story.Continue = function () {
    recording = null;
    return cont.call(story);
  };
  // A divert's final knot, if it goes to one: straight, or through a variable
  // (`-> figure_endings(id)`), as inkjs would resolve it now.
  const byPath = new Map<string, Container | null>();
  const finalTarget = (o: InstanceType<typeof Divert>, state: StoryState): Container | null => {
    if (o.pushesToStack || o.isConditional || o.isExternal) return null;
    if (!o.hasVariableTarget)
      return o.targetPointer.index === 0 && o.targetPointer.container && finals.has(o.targetPointer.container)
        ? o.targetPointer.container
        : null;
    const value = state.variablesState.GetVariableWithName(o.variableDivertName ?? '');
    if (!(value instanceof DivertTargetValue) || !value.targetPath) return null;
    const path = value.targetPath.componentsString;
    let target = byPath.get(path);
    if (target === undefined) {
      const found = story.ContentAtPath(value.targetPath);
      target = !found.approximate && found.container && finals.has(found.container) ? found.container : null;
      byPath.set(path, target);
    }
    return target;
  };
  const errorCount = (state: StoryState): number =>
    (state.currentErrors?.length ?? 0) + (state.currentWarnings?.length ?? 0);

  s.PerformLogicAndFlowControl = function (o) {
    const state = story.state;
    if (recording && o instanceof ControlCommand && (o.commandType === C.End || o.commandType === C.Done)) {
      const r = recording;
      recording = null;
      const now = prose.tally();
      const output = state.outputStream.slice(r.output);
      if (errorCount(state) === r.errors)
        memo.set(r.key, {
          shown: { words: now.words - r.from.words, pieces: now.pieces - r.from.pieces, inWord: now.inWord },
          output,
          end: state.currentPointer.copy(),
        });
    }
    const knot = !recording && o instanceof Divert && prose.shown() ? finalTarget(o, state) : null;
    if (knot) {
      const key = keyOf(state, knot, finals.get(knot)!, prose.tally());
      if (key !== null) {
        const hit = memo.get(key);
        if (hit) {
          prose.showAgain(hit.shown);
          state.outputStream.push(...hit.output);
          state.OutputStreamDirty();
          state.divertedPointer = hit.end.copy();
          return true;
        }
        recording = {
          key,
          from: prose.tally(),
          output: state.outputStream.length,
          errors: errorCount(state),
        };
      }
    }
    return perform.call(story, o);
  };
}

/**
 * What a final knot's run depends on, or null when a value cannot be keyed:
 * the knot, the values handed to it, the globals it reads, whether the text
 * before it ends inside a word, and the last thing in the output (a tag's
 * text is joined by what came before it).
 */
function keyOf(state: StoryState, knot: Container, final: FinalKnot, shown: Tally): string | null {
  let key = `${knot.path.componentsString}|${shown.inWord}|`;
  const output = state.outputStream;
  const last = output[output.length - 1];
  key +=
    last === undefined
      ? '-'
      : last instanceof ControlCommand
        ? `c${last.commandType}`
        : last.constructor.name;
  key += '|';
  for (const v of state.evaluationStack) {
    const k = valueKey(v);
    if (k === null) return null;
    key += `${k}\u0001`;
  }
  key += '|';
  const vars = state.variablesState;
  const direct = vars.patch === null ? variablesInternals(vars)._globalVariables : null;
  for (const name of final.reads) {
    const k = valueKey(direct?.get(name) ?? vars.GetVariableWithName(name));
    if (k === null) return null;
    key += `${k}\u0001`;
  }
  return key;
}
