/**
 * The explorer's identity of a story state: position plus everything the
 * story can still observe. Raw inkjs JSON never repeats (visit counts, turn
 * indices and thread counters always grow), so two paths that converge on the
 * same scene with the same variables would never be merged. This key leaves
 * those out, except the counts the story actually reads (see storyFeatures).
 */
import type { StoryState } from 'inkjs/engine/StoryState';
import type { CallStack } from 'inkjs/engine/CallStack';
import type { Pointer } from 'inkjs/engine/Pointer';
import type { InkObject } from 'inkjs/engine/Object';
import type { StoryFeatures } from './storyFeatures.ts';
import { stateInternals, variablesInternals, type StateInternals } from './inkInternals.ts';

function pointer(p: Pointer): string {
  return p.container ? `${p.container.path.componentsString}@${p.index}` : '-';
}

function value(v: InkObject | null | undefined): string {
  if (v === null || v === undefined) return 'null';
  const t = (v as { valueType?: number }).valueType;
  return t === undefined ? String(v) : `${t}:${String(v)}`;
}

function thread(t: CallStack.Thread): string {
  let s = '';
  for (const e of t.callstack) {
    s += `${e.type}${e.inExpressionEvaluation ? 'e' : ''}${pointer(e.currentPointer)}`;
    for (const [k, v] of e.temporaryVariables) s += `,${k}=${value(v)}`;
    s += ';';
  }
  return s;
}

/**
 * `ending`: the `# ending:` tag the route has shown, which the story state does not hold.
 * `live`: the globals that can still matter here (liveness.ts); the others are left out.
 * `ignore`: variables left out of the key — unsound, for measuring what a funnel would save.
 */
export function stateKey(
  state: StoryState,
  f: StoryFeatures,
  ending = '',
  ignore?: ReadonlySet<string>,
  live?: ReadonlySet<string> | null,
): string {
  const st = stateInternals(state);
  const parts: string[] = [ending];
  for (const t of state.callStack._threads) parts.push(thread(t));
  for (const c of state.currentChoices) {
    parts.push(
      `?${c.text}>${c.targetPath?.componentsString ?? ''}|${c.threadAtGeneration ? thread(c.threadAtGeneration) : ''}`,
    );
  }
  const globals = variablesInternals(state.variablesState)._globalVariables;
  const patched = st._patch?.globals;
  // Values only: every state of a story holds the same globals in declaration
  // order, and the seen-set keeps one key per state, so keys are kept short.
  // A variable left out keeps its (empty) slot, so keys of different live sets differ.
  let vars = '';
  for (const [name, v] of globals) {
    if (!ignore?.has(name) && (!live || live.has(name))) vars += value(patched?.get(name) ?? v);
    vars += '\u0001';
  }
  parts.push(vars);
  parts.push(st._evaluationStack.map(value).join(','));
  let counts = '';
  for (const c of f.countedReads) counts += `${state.VisitCountForContainer(c)},`;
  parts.push(counts);
  if (f.readsAnyCount) parts.push(JSON.stringify(allCounts(st, 'visit')));
  if (f.readsTurns) parts.push(`${state.currentTurnIndex}:${JSON.stringify(allCounts(st, 'turn'))}`);
  if (f.usesRng) parts.push(`${state.storySeed}/${state.previousRandom}`);
  return parts.join('\n');
}

/** Every visit count (or turn index), the patch over the base, in a stable order. */
function allCounts(st: StateInternals, kind: 'visit' | 'turn'): [string, number][] {
  const merged = new Map(kind === 'visit' ? st._visitCounts : st._turnIndices);
  const patch = st._patch;
  for (const [c, n] of (kind === 'visit' ? patch?.visitCounts : patch?.turnIndices) ?? [])
    merged.set(c.path.componentsString, n);
  return [...merged].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
