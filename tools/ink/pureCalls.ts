/**
 * The exploration build remembers what calls of ink functions did. Counting
 * the runtime objects inkjs executed per state in story:check (after the prose
 * was stripped, proseless.ts) put well over half of them inside a few small
 * functions: the narration of meter changes (changes_since_mark, listed),
 * change_*() and clamp, marking the meters and the act settling, called with
 * the same arguments on state after state.
 *
 * A function can be remembered when, with everything it calls, it reads no
 * visit count, turn or random number, prints nothing but whitespace, makes no
 * tag, choice, thread, tunnel or external call, and jumps only within itself.
 * What it does is then fixed by its arguments and the globals it reads (the
 * memo's key): its result, the globals it sets and the whitespace it prints.
 * A call with a key seen before is answered from the memo: arguments popped,
 * result pushed, globals set, whitespace shown. That is exactly what the call
 * would have done, so nothing the explorer sees changes; only what inkjs runs.
 * Only calls made where the exploration build shows text are answered (inside
 * string building or a tag, a function's output would be text).
 */
import type { Story } from 'inkjs/engine/Story';
import type { InkObject } from 'inkjs/engine/Object';
import {
  ChoicePoint,
  Container,
  ControlCommand,
  Divert,
  Glue,
  ListValue,
  PushPopType,
  StringValue,
  Tag,
  VariableAssignment,
  VariablePointerValue,
  VariableReference,
  Void,
  storyInternals,
} from './inkInternals.ts';
import type { ProseWords } from './proseless.ts';

export interface PureFunction {
  params: number;
  /** Globals it reads, with those of the functions it calls. */
  reads: string[];
  /** Globals it sets, with those of the functions it calls. */
  writes: string[];
}

const C = ControlCommand.CommandType;
/** Commands a pure function may run: evaluation, strings, value stack, return. */
const PURE_COMMANDS = new Set([
  C.EvalStart,
  C.EvalEnd,
  C.Duplicate,
  C.PopEvaluatedValue,
  C.PopFunction,
  C.BeginString,
  C.EndString,
  C.NoOp,
  C.ListFromInt,
  C.ListRange,
]);

/** Every object in a container, depth first, with the named content not in the list. */
export function objectsIn(c: Container, out: InkObject[] = []): InkObject[] {
  const listed = new Set<unknown>(c.content);
  for (const o of c.content) {
    out.push(o);
    if (o instanceof Container) objectsIn(o, out);
  }
  for (const o of c.namedContent.values()) if (!listed.has(o) && o instanceof Container) objectsIn(o, out);
  return out;
}

export const isInside = (c: Container | null, fn: Container): boolean => {
  for (let x: InkObject | null = c; x; x = x.parent) if (x === fn) return true;
  return false;
};

/** Prose text that is not whitespace, outside string building: the function prints. */
type IsPrint = (o: InkObject, inString: boolean) => boolean;

/**
 * The functions of a story whose calls can be remembered. `isPrint` tells text a function would print from
 * text it builds into a string (the exploration build's prose objects).
 */
export function pureFunctions(
  story: Story,
  functionNames: Iterable<string>,
  isPrint: IsPrint,
): Map<Container, PureFunction> {
  const root = story.mainContentContainer;
  const byContainer = new Map<Container, string>();
  for (const name of functionNames) {
    const c = root.namedContent.get(name);
    if (c instanceof Container) byContainer.set(c, name);
  }
  const verdict = new Map<Container, PureFunction | null>();
  const judge = (fn: Container, stack: Set<Container>): PureFunction | null => {
    if (verdict.has(fn)) return verdict.get(fn)!;
    if (stack.has(fn)) return null; // recursion: left to inkjs
    stack.add(fn);
    const result = analyse(fn, stack);
    stack.delete(fn);
    verdict.set(fn, result);
    return result;
  };
  const analyse = (fn: Container, stack: Set<Container>): PureFunction | null => {
    const temps = new Set<string>();
    const reads = new Set<string>();
    const writes = new Set<string>();
    let params = 0;
    let leading = true;
    let strings = 0;
    for (const o of objectsIn(fn)) {
      if (o instanceof Container) {
        if (o.visitsShouldBeCounted || o.turnIndexShouldBeCounted) return null;
        continue;
      }
      if (o instanceof VariableAssignment) {
        if (o.isGlobal) {
          writes.add(o.variableName ?? '');
          leading = false;
          continue;
        }
        temps.add(o.variableName ?? '');
        if (leading) params++;
        continue;
      }
      leading = false;
      if (o instanceof VariableReference) {
        if (o.pathForCount) return null;
        if (o.name && !temps.has(o.name)) reads.add(o.name);
      } else if (o instanceof Divert) {
        if (o.hasVariableTarget || o.isExternal) return null;
        const target = o.targetPointer.container;
        if (o.pushesToStack) {
          if (o.stackPushType !== PushPopType.Function || !target) return null;
          const callee = judge(target, stack);
          if (!callee) return null;
          for (const r of callee.reads) reads.add(r);
          for (const w of callee.writes) writes.add(w);
        } else if (!isInside(target, fn)) return null;
      } else if (o instanceof ControlCommand) {
        if (o.commandType === C.BeginString) strings++;
        else if (o.commandType === C.EndString) strings--;
        if (isPrint(o, strings > 0)) return null;
        if (!PURE_COMMANDS.has(o.commandType) && o.commandType !== C.EvalOutput) return null;
        // Printing a value outside string building is output.
        if (o.commandType === C.EvalOutput && strings === 0) return null;
      } else if (o instanceof ChoicePoint || o instanceof Tag || o instanceof Glue) {
        return null;
      } else if (o instanceof VariablePointerValue || o instanceof StringValue) {
        // A reference parameter writes through; a string left in the build prints.
        return null;
      }
    }
    // Temporaries other than parameters that are read before the function sets
    // them are impossible in ink; globals it shadows are not globals here.
    for (const t of temps) reads.delete(t);
    return { params, reads: [...reads], writes: [...writes] };
  };
  const out = new Map<Container, PureFunction>();
  for (const fn of byContainer.keys()) {
    const v = judge(fn, new Set());
    if (v) out.set(fn, v);
  }
  return out;
}

export function valueKey(v: InkObject | null | undefined): string | null {
  if (v === null || v === undefined) return 'null';
  if (v instanceof Void) return 'void';
  const t = (v as { valueType?: number }).valueType;
  // Lists carry origins and pointers write through: not remembered.
  if (t === undefined || v instanceof ListValue || v instanceof VariablePointerValue) return null;
  return `${t}:${String(v)}`;
}

interface Pending {
  fn: PureFunction;
  depth: number;
  key: string;
  mark: number;
}

/**
 * Answers calls of functions from a memo (see above). Apply after stripProse() and
 * before instrument(): it wraps the same method.
 */
export function rememberPureCalls(story: Story, prose: ProseWords, functionNames: Iterable<string>): void {
  const pure = pureFunctions(story, functionNames, prose.isPrint);
  const memo = new Map<string, { result: InkObject; printed: boolean; set: [string, InkObject][] }>();
  const s = storyInternals(story);
  const perform = s.PerformLogicAndFlowControl;
  const pending: Pending[] = [];
  let live: unknown = null;
  s.PerformLogicAndFlowControl = function (o) {
    const state = story.state;
    if (state !== live) {
      // Another branch: calls left open by a step that threw are forgotten.
      live = state;
      pending.length = 0;
    }
    // A remembered call has returned: its result is on top of the stack.
    while (pending.length && state.callStack.depth <= pending[pending.length - 1]!.depth) {
      const p = pending.pop()!;
      const stack = state.evaluationStack;
      const result = stack[stack.length - 1];
      const set = p.fn.writes.map((name): [string, InkObject] => [
        name,
        state.variablesState.GetVariableWithName(name)!,
      ]);
      if (result && valueKey(result) !== null && set.every(([, v]) => valueKey(v) !== null))
        memo.set(p.key, { result, printed: prose.shownSince(p.mark), set });
    }
    if (o instanceof Divert && o.pushesToStack && o.stackPushType === PushPopType.Function && prose.shown()) {
      const target = o.targetPointer.container;
      const fn = target && pure.get(target);
      if (fn) {
        const key = callKey(story, o, fn);
        if (key !== null) {
          const hit = memo.get(key);
          if (hit) {
            if (fn.params) state.PopEvaluationStack(fn.params);
            state.PushEvaluationStack(hit.result);
            for (const [name, v] of hit.set) state.variablesState.SetGlobal(name, v);
            if (hit.printed) prose.showSpace();
            return true;
          }
          pending.push({ depth: state.callStack.depth, key, mark: prose.mark(), fn });
        }
      }
    }
    return perform.call(story, o);
  };
}

function callKey(story: Story, call: Divert, fn: PureFunction): string | null {
  const stack = story.state.evaluationStack;
  if (stack.length < fn.params) return null;
  let key = call.targetPathString ?? '';
  for (let i = stack.length - fn.params; i < stack.length; i++) {
    const k = valueKey(stack[i]);
    if (k === null) return null;
    key += `\u0001${k}`;
  }
  key += '\u0002';
  for (const name of fn.reads) {
    const k = valueKey(story.state.variablesState.GetVariableWithName(name));
    if (k === null) return null;
    key += `${k}\u0001`;
  }
  return key;
}
