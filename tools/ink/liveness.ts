/**
 * Which global variables can still matter from a position of the story: the
 * explorer's state key leaves the others out, so routes that differ only in a
 * value nothing ahead can tell apart merge into one state.
 *
 * Computed once from the compiled story (no sources needed). Every knot and
 * stitch is a node; its code is walked with a small model of inkjs's
 * evaluation stack that tracks, for each value, the globals it was computed
 * from. A global matters (is "live") at a node when, at that node or at any
 * node it can reach, its value can decide something the explorer observes:
 *   - a condition of a conditional whose branches do more than show prose (set
 *     a variable, divert, offer a choice, make a tag, call a function that
 *     sets globals…); a condition that only picks between texts does not count;
 *   - a choice's condition or text, a tag's text, a variable divert, a value
 *     kept in a temporary variable of a knot (temporaries are in the key);
 *   - the value of a global that is itself live there (`~ was_x = x` makes x
 *     live only where was_x is).
 * A value that is only printed counts for nothing: the exploration build prints
 * no prose, and merged routes differ only in their words.
 * Function calls are followed into the function with its arguments; an EXTERNAL
 * is taken to read what its ink fallback reads (the game's pick_ending has the
 * same rules as its fallback: tests/story/endingsAgree.test.ts); an EXTERNAL
 * with no fallback makes every global live.
 *
 * Variables that can no longer change are folded: a global with only string
 * values, that no node reachable from the position assigns (`figure` once the
 * campaign is chosen, `tl` once the timeline is fixed), is a constant there, so
 * `{ figure: - "kwantung": … }` in a Shtern run reads nothing. The analysis is
 * redone (and cached) for each combination of such constants.
 *
 * Sound by construction: whatever the model cannot follow (a variable divert,
 * recursion, an unknown external) is taken to make everything it touches live.
 */
import type { Story } from 'inkjs/engine/Story';
import type { InkObject } from 'inkjs/engine/Object';
import type { StoryState } from 'inkjs/engine/StoryState';
import {
  BoolValue,
  ChoicePoint,
  Container,
  ControlCommand,
  Divert,
  DivertTargetValue,
  FloatValue,
  IntValue,
  NativeFunctionCall,
  PushPopType,
  StringValue,
  Tag,
  VariableAssignment,
  VariableReference,
  variablesInternals,
} from './inkInternals.ts';
import type { CallStack } from 'inkjs/engine/CallStack';
import { nodeOf } from './reentry.ts';
// The exploration build (proseless.ts) may have replaced the strings by now: its
// Prose objects keep the text.
import { Prose } from './proseless.ts';

const C = ControlCommand.CommandType;

/** A value on the modelled evaluation stack: the globals (or, in a function, `#i` parameters) it comes from. */
interface Sym {
  deps: Set<string>;
  /** Known at analysis time (a literal, or a folded constant). */
  known?: { v: string | number | boolean };
}

const EMPTY: ReadonlySet<string> = new Set();
const sym = (deps: Iterable<string> = EMPTY, known?: Sym['known']): Sym => ({ deps: new Set(deps), known });
const union = (...xs: Sym[]): Set<string> => {
  const out = new Set<string>();
  for (const x of xs) for (const d of x.deps) out.add(d);
  return out;
};

/** Globals folded as constants, with their values. */
type Valuation = Map<string, string | boolean>;

/** What a node (or a function, over its parameters) does with values. */
interface Summary {
  /** Globals (and parameters) whose value decides something observable. */
  direct: Set<string>;
  /** Global written ← what its new value comes from. */
  flows: Map<string, Set<string>>;
  /** Globals written. */
  writes: Set<string>;
  /** Nodes it can go on to. */
  next: Set<Container>;
  /** What a function's result comes from (functions only). */
  result: Set<string>;
  /** Something the model cannot follow: every global is live. */
  opaque: boolean;
}

const emptySummary = (): Summary => ({
  direct: new Set(),
  flows: new Map(),
  writes: new Set(),
  next: new Set(),
  result: new Set(),
  opaque: false,
});

/** Every object in a container and its named containers. */
function allObjects(c: Container, out: InkObject[] = []): InkObject[] {
  const listed = new Set<unknown>(c.content);
  for (const o of c.content) {
    out.push(o);
    if (o instanceof Container) allObjects(o, out);
  }
  for (const o of c.namedContent.values())
    if (!listed.has(o) && o instanceof Container) {
      out.push(o);
      allObjects(o, out);
    }
  return out;
}

const isInside = (c: InkObject | null, ancestor: Container): boolean => {
  for (let x: InkObject | null = c; x; x = x.parent) if (x === ancestor) return true;
  return false;
};

export interface Liveness {
  /** The globals that can still matter in this state, or null when every one can. */
  live(state: StoryState): ReadonlySet<string> | null;
  /** Every global the story declares. */
  globals: string[];
}

export function liveness(story: Story, functionNames: ReadonlySet<string>): Liveness {
  const root = story.mainContentContainer;
  const globals = [
    ...(
      story.state.variablesState as unknown as { _globalVariables: Map<string, unknown> }
    )._globalVariables.keys(),
  ];
  const globalSet = new Set(globals);
  const functions = new Map<Container, string>();
  for (const name of functionNames) {
    const c = root.namedContent.get(name);
    if (c instanceof Container) functions.set(c, name);
  }
  const all = allObjects(root);
  // The nodes: knots and stitches that are not functions (or inside one).
  const nodeObjects = new Map<Container, InkObject[]>();
  const functionOf = (o: InkObject): Container | null => {
    const n = nodeOf(o, root);
    for (let x: InkObject | null = n; x; x = x.parent)
      if (x instanceof Container && functions.has(x)) return x;
    return null;
  };
  for (const o of all) {
    if (functionOf(o)) continue;
    const n = nodeOf(o, root);
    let list = nodeObjects.get(n);
    if (!list) nodeObjects.set(n, (list = []));
    list.push(o);
  }
  const divertTargets = new Set<Container>();
  for (const o of all)
    if (o instanceof DivertTargetValue && o.targetPath) {
      const t = story.ContentAtPath(o.targetPath).container;
      if (t) divertTargets.add(nodeOf(t, root));
    }

  // Which globals each node writes, with every node after it: a global no
  // node ahead writes keeps its value, and can be folded.
  const summaries = new Map<string, Summary>();
  const fnSummaries = new Map<string, Summary>();
  const unfolded = new Map([...nodeObjects.keys()].map((n) => [n, summaryOf(n, new Map())]));
  const writesAhead = reachUnion(unfolded, (s) => s.writes);
  // Globals that only ever hold literal strings or booleans: the ones worth folding.
  const foldable = globals.filter((g) => literalOnly(g));
  const foldableSet = new Set(foldable);
  const foldReads = new Map<Container, string[]>();

  function literalOnly(g: string): boolean {
    const v = story.state.variablesState.GetVariableWithName(g);
    if (!(v instanceof StringValue) && !(v instanceof BoolValue)) return false;
    for (const o of all) {
      if (!(o instanceof VariableAssignment) || o.variableName !== g || !o.isGlobal) continue;
      // `~ g = "…"` compiles to str, (^…), /str, /ev, VAR=; `~ g = true` to true, /ev, VAR=.
      const c = o.parent as Container | null;
      const before = c ? c.content.slice(0, c.content.indexOf(o)) : [];
      const is = (x: InkObject | undefined, t: ControlCommand.CommandType): boolean =>
        x instanceof ControlCommand && x.commandType === t;
      let j = before.length - 1;
      if (is(before[j], C.EvalEnd)) j--; // (the declarations share one evaluation)
      if (before[j] instanceof BoolValue) continue;
      let isLiteral = is(before[j--], C.EndString);
      while (isLiteral && (before[j] instanceof StringValue || before[j] instanceof Prose)) j--;
      isLiteral = isLiteral && is(before[j], C.BeginString);
      if (!isLiteral) return false;
    }
    return true;
  }

  /** The foldable globals a node's code (with the functions it calls) reads: what its summary depends on. */
  function readsOf(c: Container, objects: InkObject[], seen = new Set<Container>()): string[] {
    const cached = foldReads.get(c);
    if (cached) return cached;
    seen.add(c);
    const out = new Set<string>();
    for (const o of objects) {
      if (o instanceof VariableReference && o.name && foldableSet.has(o.name)) out.add(o.name);
      if (o instanceof Divert && (o.pushesToStack || o.isExternal)) {
        const fn = o.isExternal ? root.namedContent.get(o.targetPathString ?? '') : o.targetPointer.container;
        if (fn instanceof Container && functions.has(fn)) {
          // A recursive call: anything (the key then holds every constant).
          const reads = seen.has(fn) ? foldable : readsOf(fn, allObjects(fn), seen);
          for (const g of reads) out.add(g);
        }
      }
    }
    const list = foldable.filter((g) => out.has(g));
    foldReads.set(c, list);
    return list;
  }

  /** A node's summary under these folded constants, cached on the ones it reads. */
  function summaryOf(n: Container, valuation: Valuation): Summary {
    let key = `${n.path.componentsString}|`;
    if (valuation.size)
      for (const g of readsOf(n, nodeObjects.get(n) ?? [])) key += `${valuation.get(g) ?? '?'}\u0001`;
    let s = summaries.get(key);
    if (s) return s;
    s = emptySummary();
    // Walk every container of the node that starts a flow of its own: the
    // node itself, and named containers (choice targets, labelled gathers)
    // that are not reached by falling through.
    const objects = nodeObjects.get(n) ?? [];
    const starts = [n, ...objects.filter((o): o is Container => o instanceof Container && isEntry(o))];
    const walked = new Set<Container>();
    for (const c of starts) walk(c, [], s, false, valuation, new Set(), walked);
    s.next.delete(n);
    summaries.set(key, s);
    return s;
  }

  const byPosition = new Map<string, ReadonlySet<string> | null>();
  /** Per position: the foldable globals no node ahead writes (the constants to read). */
  const constantsAt = new Map<string, string[]>();
  const targets = new Map<string, Container | null>();
  const byState = new WeakMap<StoryState, ReadonlySet<string> | null>();

  return {
    globals,
    live(state) {
      const known = byState.get(state);
      if (known !== undefined) return known;
      const nodes = positionNodes(state);
      let key = '';
      for (const n of nodes) key += `${n.path.componentsString};`;
      let constants = constantsAt.get(key);
      if (!constants) {
        const writes = new Set<string>();
        for (const n of nodes) for (const w of writesAhead.get(n) ?? globals) writes.add(w);
        constants = foldable.filter((g) => !writes.has(g));
        constantsAt.set(key, constants);
      }
      // Straight from the globals map unless a patch overlays it (inkjs's own lookup order).
      const vars = state.variablesState;
      const direct = vars.patch === null ? variablesInternals(vars)._globalVariables : null;
      const values: (string | boolean)[] = [];
      key += '\u0002';
      for (const g of constants) {
        const value = direct?.get(g) ?? vars.GetVariableWithName(g);
        const v = value instanceof BoolValue ? Boolean(value.value) : String(value);
        values.push(v);
        key += `${g}=${v}\u0001`;
      }
      let out = byPosition.get(key);
      if (out === undefined) {
        const valuation: Valuation = new Map(constants.map((g, i) => [g, values[i]!]));
        out = liveFrom(nodes, valuation);
        byPosition.set(key, out);
      }
      byState.set(state, out);
      return out;
    },
  };

  /** The globals live at these nodes, with these constants folded. */
  function liveFrom(nodes: Container[], valuation: Valuation): ReadonlySet<string> | null {
    // Only the nodes reachable from here, with the branches the constants rule out left out.
    const region = new Map<Container, Summary>();
    const queue = [...nodes];
    while (queue.length) {
      const n = queue.pop()!;
      if (region.has(n)) continue;
      const s = summaryOf(n, valuation);
      region.set(n, s);
      for (const m of s.next) if (!region.has(m)) queue.push(m);
    }
    const table = solve(region);
    // The folded constants decide what the code ahead does: they stay in the key
    // (they no longer change, so they add no states).
    const out = new Set<string>(valuation.keys());
    for (const n of nodes) {
      const l = table.get(n);
      if (!l) return null;
      for (const g of l) out.add(g);
    }
    return out;
  }

  /** The nodes of every frame of every thread and of every choice on offer. */
  function positionNodes(state: StoryState): Container[] {
    const out = new Set<Container>();
    const frames = (t: CallStack.Thread): void => {
      for (const e of t.callstack)
        if (e.currentPointer.container) out.add(nodeOf(e.currentPointer.container, root));
    };
    for (const t of state.callStack._threads) frames(t);
    for (const c of state.currentChoices) {
      const path = c.targetPath?.componentsString;
      let target = path ? targets.get(path) : undefined;
      if (path && target === undefined) {
        const t = story.ContentAtPath(c.targetPath!).container;
        target = t ? nodeOf(t, root) : null;
        targets.set(path, target);
      }
      if (target) out.add(target);
      if (c.threadAtGeneration) frames(c.threadAtGeneration);
    }
    return [...out].sort((a, b) => (a.path.componentsString < b.path.componentsString ? -1 : 1));
  }

  /** Live globals per node: what it uses, what it feeds into globals live there, and what every next node uses. */
  function solve(summaries: Map<Container, Summary>): Map<Container, Set<string> | null> {
    const live = new Map<Container, Set<string> | null>();
    for (const n of summaries.keys()) live.set(n, new Set());
    let changed = true;
    while (changed) {
      changed = false;
      for (const [n, s] of summaries) {
        const before = live.get(n) ?? new Set<string>();
        if (live.get(n) === null) continue;
        let now: Set<string> | null = s.opaque ? null : new Set([...before, ...s.direct]);
        for (const m of s.next) {
          const l = live.get(m);
          if (l === null || now === null) {
            now = null;
            break;
          }
          if (l) for (const g of l) now.add(g);
        }
        if (now) {
          let grew = true;
          while (grew) {
            grew = false;
            for (const [to, from] of s.flows) {
              if (!now.has(to)) continue;
              for (const g of from) {
                if (now.has(g)) continue;
                now.add(g);
                grew = true;
              }
            }
          }
        }
        if (now === null || now.size !== before.size) {
          live.set(n, now);
          changed = true;
        }
      }
    }
    for (const l of live.values()) if (l) for (const g of [...l]) if (!globalSet.has(g)) l.delete(g);
    return live;
  }

  /** For each node, the union of `pick` over it and every node it can reach. */
  function reachUnion(
    summaries: Map<Container, Summary>,
    pick: (s: Summary) => Set<string>,
  ): Map<Container, Set<string>> {
    const out = new Map<Container, Set<string>>();
    for (const n of summaries.keys()) out.set(n, new Set(pick(summaries.get(n)!)));
    let changed = true;
    while (changed) {
      changed = false;
      for (const [n, s] of summaries) {
        const mine = out.get(n)!;
        const size = mine.size;
        for (const m of s.next) for (const g of out.get(m) ?? globals) mine.add(g);
        if (s.opaque) for (const g of globals) mine.add(g);
        if (mine.size !== size) changed = true;
      }
    }
    return out;
  }

  /** A named container not in its parent's content list, not a branch: entered by a divert or a choice. */
  function isEntry(c: Container): boolean {
    const p = c.parent;
    return p instanceof Container && !p.content.includes(c) && c.name !== null && c.name !== 'b';
  }

  /** A function's summary under these folded constants; `busy`: the calls being followed (recursion). */
  function functionSummary(fn: Container, valuation: Valuation, busy: Set<Container>): Summary {
    if (busy.has(fn)) return { ...emptySummary(), opaque: true }; // recursion: not followed
    let key = `${fn.path.componentsString}|`;
    if (valuation.size)
      for (const g of readsOf(fn, allObjects(fn))) key += `${valuation.get(g) ?? '?'}\u0001`;
    const cached = fnSummaries.get(key);
    if (cached) return cached;
    busy.add(fn);
    const s = emptySummary();
    // Parameters are the leading `temp=`s, last argument first.
    const env = new Map<string, Set<string>>();
    let i = 0;
    for (const o of fn.content) {
      if (!(o instanceof VariableAssignment) || o.isGlobal) break;
      env.set(o.variableName ?? '', new Set([`#${i++}`]));
    }
    walk(fn, [], s, true, valuation, busy, new Set(), env);
    busy.delete(fn);
    fnSummaries.set(key, s);
    return s;
  }

  /**
   * Walks a container's code with the modelled stack. `inFunction`: returns
   * and temporaries are the function's own (env), not effects.
   */
  function walk(
    c: Container,
    stack: Sym[],
    s: Summary,
    inFunction: boolean,
    valuation: Valuation,
    busy: Set<Container>,
    walked: Set<Container>,
    env: Map<string, Set<string>> = new Map(),
    control: Set<string> = new Set(),
  ): void {
    if (walked.has(c)) return;
    walked.add(c);
    const pop = (): Sym => stack.pop() ?? sym();
    const strings: { deps: Set<string>; text: string; known: boolean }[] = [];
    let inTag = false;
    const content = c.content;
    for (let i = 0; i < content.length; i++) {
      const o = content[i]!;
      if (o instanceof Container) {
        if (functions.has(o)) continue;
        if (!walked.has(o) && nodeOf(o, root) !== nodeOf(c, root)) {
          s.next.add(nodeOf(o, root));
          continue;
        }
        // A conditional group: [cond-divert, {b}] containers up to the rejoin.
        walk(o, stack, s, inFunction, valuation, busy, walked, env, control);
        continue;
      }
      const text = o instanceof StringValue ? o : o instanceof Prose ? o.text : null;
      if (text) {
        // Text: part of a string being built (a literal), or shown.
        const open = strings[strings.length - 1];
        if (open) open.text += text.value ?? '';
        continue;
      }
      if (o instanceof ControlCommand) {
        switch (o.commandType) {
          case C.Duplicate: {
            const top = stack[stack.length - 1] ?? sym();
            stack.push(sym(top.deps, top.known));
            break;
          }
          case C.PopEvaluatedValue:
            pop();
            break;
          case C.EvalOutput: {
            const v = pop();
            const open = strings[strings.length - 1];
            if (open) {
              for (const d of v.deps) open.deps.add(d);
              if (v.known) open.text += String(v.known.v);
              else open.known = false;
            } else if (inTag) use(s, v.deps);
            break; // printed: the exploration build shows no prose
          }
          case C.BeginString:
            strings.push({ deps: new Set(), text: '', known: true });
            break;
          case C.EndString: {
            const built = strings.pop();
            stack.push(built ? sym(built.deps, built.known ? { v: built.text } : undefined) : sym());
            break;
          }
          case C.BeginTag:
            inTag = true;
            break;
          case C.EndTag:
            inTag = false;
            break;
          case C.PopFunction:
            if (inFunction) for (const d of [...pop().deps, ...control]) s.result.add(d);
            break;
          case C.ChoiceCount:
          case C.Turns:
          case C.TurnsSince:
          case C.ReadCount:
          case C.VisitIndex:
          case C.SequenceShuffleIndex:
          case C.Random:
          case C.ListRandom:
          case C.ListFromInt:
          case C.ListRange:
            // Counts and random numbers: not globals; their operands are.
            if (o.commandType === C.TurnsSince || o.commandType === C.ReadCount) pop();
            if (o.commandType === C.Random || o.commandType === C.ListRange) {
              const a = pop();
              const b = pop();
              stack.push(sym(union(a, b)));
            } else if (o.commandType === C.ListFromInt) {
              const a = pop();
              const b = pop();
              stack.push(sym(union(a, b)));
            } else if (o.commandType === C.ListRandom) {
              stack.push(sym(pop().deps));
            } else stack.push(sym());
            break;
          case C.SeedRandom:
            use(s, pop().deps);
            stack.push(sym());
            break;
          case C.StartThread:
            break;
          default:
            break; // ev, /ev, nop, done, end, ->->, the stripped prose
        }
        continue;
      }
      if (o instanceof IntValue || o instanceof FloatValue || o instanceof BoolValue) {
        stack.push(sym(EMPTY, { v: o.value as number | boolean }));
        continue;
      }
      if (o instanceof DivertTargetValue) {
        stack.push(sym());
        continue;
      }
      if (o instanceof VariableReference) {
        if (o.pathForCount || !o.name) stack.push(sym());
        else if (env.has(o.name)) stack.push(sym(env.get(o.name)));
        else if (valuation.has(o.name)) stack.push(sym(EMPTY, { v: valuation.get(o.name)! }));
        else stack.push(sym(globalSet.has(o.name) ? [o.name] : EMPTY));
        continue;
      }
      if (o instanceof NativeFunctionCall) {
        const args: Sym[] = [];
        for (let k = 0; k < o.numberOfParameters; k++) args.unshift(pop());
        stack.push(fold(o.name, args));
        continue;
      }
      if (o instanceof VariableAssignment) {
        const v = pop();
        const deps = new Set([...v.deps, ...control]);
        const name = o.variableName ?? '';
        if (o.isGlobal) {
          s.writes.add(name);
          const f = s.flows.get(name) ?? new Set<string>();
          for (const d of deps) f.add(d);
          s.flows.set(name, f);
        } else if (inFunction) {
          env.set(name, new Set([...(env.get(name) ?? []), ...deps]));
        } else use(s, deps); // a knot's temporary is in the key
        continue;
      }
      if (o instanceof ChoicePoint) {
        const parts: Sym[] = [];
        if (o.hasCondition) parts.push(pop());
        if (o.hasChoiceOnlyContent) parts.push(pop());
        if (o.hasStartContent) parts.push(pop());
        use(s, union(...parts));
        const t = o.choiceTarget;
        if (t) enter(t);
        continue;
      }
      if (o instanceof Tag) continue;
      if (o instanceof Divert) {
        if (o.isConditional) {
          const cond = pop();
          const target = o.targetPointer.container;
          if (cond.known !== undefined && !truthy(cond.known.v)) continue; // never taken
          if (!target) continue;
          const group = branchGroup(c, target);
          if (group && cond.known === undefined && !hasEffects(group.containers, group.parent, inFunction)) {
            // Only picks between texts (or, in a function, between results).
            if (inFunction) {
              for (const d of cond.deps) s.result.add(d);
              const inner = new Set([...control, ...cond.deps]);
              for (const b of group.branches)
                walk(b, [...stack], s, inFunction, valuation, busy, walked, env, inner);
            }
            continue;
          }
          use(s, cond.deps);
          enterLocal(target, new Set([...control, ...cond.deps]));
          continue;
        }
        if (o.hasVariableTarget) {
          use(
            s,
            env.has(o.variableDivertName ?? '')
              ? env.get(o.variableDivertName ?? '')!
              : new Set([o.variableDivertName ?? '']),
          );
          for (const t of divertTargets) s.next.add(t);
          continue;
        }
        if (o.isExternal) {
          const args: Sym[] = [];
          for (let k = 0; k < o.externalArgs; k++) args.push(pop());
          const fallback = root.namedContent.get(o.targetPathString ?? '');
          if (fallback instanceof Container && functions.has(fallback)) stack.push(call(fallback, args));
          else {
            s.opaque = true;
            stack.push(sym());
          }
          continue;
        }
        const target = o.targetPointer.container;
        if (!target) continue;
        if (o.pushesToStack && o.stackPushType === PushPopType.Function) {
          const args: Sym[] = [];
          const fn = target;
          let params = 0;
          for (const x of fn.content) {
            if (!(x instanceof VariableAssignment) || x.isGlobal) break;
            params++;
          }
          // Stack top is the last argument; parameter #0 is the first temp= (the last argument).
          for (let k = 0; k < params; k++) args.push(pop());
          stack.push(call(fn, args));
          continue;
        }
        // Values left on the stack are arguments of a knot or tunnel: its parameters are temporaries (in the key).
        if (stack.length) use(s, union(...stack.splice(0)));
        if (o.pushesToStack || isThreadStart(content, i)) {
          enter(target);
          continue;
        }
        if (isInside(target, nodeOf(c, root)) && nodeOf(target, root) === nodeOf(c, root)) {
          enterLocal(target, control);
        } else enter(target);
        continue;
      }
    }

    function enter(t: Container): void {
      const n = nodeOf(t, root);
      if (n === nodeOf(c, root) && !walked.has(t))
        walk(t, [], s, inFunction, valuation, busy, walked, env, control);
      else if (n !== nodeOf(c, root)) s.next.add(n);
    }
    function enterLocal(t: Container, ctl: Set<string>): void {
      if (nodeOf(t, root) !== nodeOf(c, root)) {
        s.next.add(nodeOf(t, root));
        return;
      }
      walk(t, [...stack], s, inFunction, valuation, busy, walked, env, ctl);
    }
    function call(fn: Container, args: Sym[]): Sym {
      const f = functionSummary(fn, valuation, busy);
      if (f.opaque) s.opaque = true;
      const subst = (deps: Iterable<string>): Set<string> => {
        const out = new Set<string>();
        for (const d of deps) {
          if (d.startsWith('#')) for (const x of args[Number(d.slice(1))]?.deps ?? EMPTY) out.add(x);
          else out.add(d);
        }
        return out;
      };
      use(s, subst(f.direct));
      for (const w of f.writes) s.writes.add(w);
      for (const [g, from] of f.flows) {
        const mine = s.flows.get(g) ?? new Set<string>();
        for (const d of subst(from)) mine.add(d);
        for (const d of control) mine.add(d);
        s.flows.set(g, mine);
      }
      for (const n of f.next) s.next.add(n);
      return sym(subst(f.result));
    }
  }

  /**
   * Values that decide something: live here (in a function, over its
   * parameters). The conditions a decision sits under are live already: a
   * branch that decides anything has effects, so its condition was used.
   */
  function use(s: Summary, deps: Iterable<string>): void {
    for (const d of deps) s.direct.add(d);
  }

  /**
   * The containers of a conditional whose branch is `target`: the sibling
   * containers from the one holding the condition up to where the branches
   * rejoin, in the container that holds them.
   */
  function branchGroup(
    holder: Container,
    target: Container,
  ): { parent: Container; containers: Container[]; branches: Container[] } | null {
    const parent = holder.parent;
    if (!(parent instanceof Container)) return null;
    const start = parent.content.indexOf(holder);
    if (start < 0) return null;
    const containers: Container[] = [];
    for (let k = start; k < parent.content.length; k++) {
      const x = parent.content[k];
      if (!(x instanceof Container)) break;
      containers.push(x);
    }
    const branches = containers.flatMap((x) =>
      [...x.namedContent.values()].filter((b): b is Container => b instanceof Container),
    );
    if (!branches.includes(target)) return null;
    return { parent, containers, branches };
  }

  /** Does running these containers do anything but show text (or, in a function, return)? */
  function hasEffects(containers: Container[], parent: Container, inFunction: boolean): boolean {
    for (const g of containers)
      for (const o of [g, ...allObjects(g)]) {
        if (o instanceof Container) {
          if (o.visitsShouldBeCounted || o.turnIndexShouldBeCounted) return true;
          continue;
        }
        // A function's temporaries are its own; a knot's live on (in the key).
        if (o instanceof VariableAssignment && (o.isGlobal || !inFunction)) return true;
        if (o instanceof ChoicePoint || o instanceof Tag) return true;
        if (o instanceof ControlCommand) {
          const t = o.commandType;
          if (t === C.PopFunction && inFunction) continue;
          if (
            t === C.BeginTag ||
            t === C.StartThread ||
            t === C.Done ||
            t === C.End ||
            t === C.PopTunnel ||
            t === C.PopFunction ||
            t === C.SeedRandom ||
            t === C.Random ||
            t === C.SequenceShuffleIndex
          )
            return true;
          continue;
        }
        if (o instanceof Divert) {
          if (o.isExternal || o.hasVariableTarget) return true;
          if (o.pushesToStack) {
            if (o.stackPushType !== PushPopType.Function) return true;
            const fn = o.targetPointer.container;
            if (!fn || mayHaveEffects(fn)) return true;
            continue;
          }
          if (o.isConditional) continue; // into a branch of the group (checked here too)
          const t = o.targetPointer.container;
          const inGroup = containers.some((g2) => isInside(t, g2));
          const rejoin = t === parent && o.targetPointer.index > parent.content.indexOf(containers[0]!);
          if (!inGroup && !rejoin) return true;
        }
      }
    return false;
  }

  function mayHaveEffects(fn: Container): boolean {
    const cached = effectCache.get(fn);
    if (cached !== undefined) return cached;
    effectCache.set(fn, true); // recursion: assume the worst
    const r = hasEffects([fn], fn.parent as Container, true);
    effectCache.set(fn, r);
    return r;
  }
}

const effectCache = new Map<Container, boolean>();

function truthy(v: string | number | boolean): boolean {
  return typeof v === 'string' ? v !== '' : Boolean(v);
}

function isThreadStart(content: InkObject[], i: number): boolean {
  const prev = content[i - 1];
  return prev instanceof ControlCommand && prev.commandType === C.StartThread;
}

/** Folds what can be folded (comparisons of constants, and/or/not); otherwise joins dependencies. */
function fold(name: string, args: Sym[]): Sym {
  const known = args.every((a) => a.known !== undefined) ? args.map((a) => a.known!.v) : null;
  const [a, b] = args;
  if (name === '&&') {
    if (a?.known && !truthy(a.known.v)) return sym(EMPTY, { v: false });
    if (b?.known && !truthy(b.known.v)) return sym(EMPTY, { v: false });
  }
  if (name === '||') {
    if (a?.known && truthy(a.known.v)) return sym(EMPTY, { v: true });
    if (b?.known && truthy(b.known.v)) return sym(EMPTY, { v: true });
  }
  if (known) {
    const [x, y] = known;
    switch (name) {
      case '==':
        return sym(EMPTY, { v: x === y });
      case '!=':
        return sym(EMPTY, { v: x !== y });
      case '!':
        return sym(EMPTY, { v: !truthy(x!) });
      case '&&':
        return sym(EMPTY, { v: truthy(x!) && truthy(y!) });
      case '||':
        return sym(EMPTY, { v: truthy(x!) || truthy(y!) });
    }
  }
  return sym(union(...args));
}
