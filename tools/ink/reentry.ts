/**
 * Which knots and stitches can run more than once in one playthrough. A
 * once-only choice or a sequence only reads its visit count when its knot runs
 * again, so counts elsewhere are left out of the state key: that is what lets
 * a hundred routes through the same scenes merge into one state.
 *
 * A node (knot, stitch, or the root) can run twice when it lies on a cycle of
 * diverts, or is called as a tunnel, thread or function (callable from many
 * places), or is reached from one. Returns from tunnels are not edges: they
 * resume after the call, they never re-run what came before it.
 */
import type { Story } from 'inkjs/engine/Story';
import type { InkObject } from 'inkjs/engine/Object';
import { Container, ControlCommand, Divert, DivertTargetValue, PushPopType } from './inkInternals.ts';

/** The knot or stitch (or the root) a runtime object belongs to. */
export function nodeOf(o: InkObject, root: Container): Container {
  let c: InkObject | null = o;
  let prev: InkObject | null = null;
  let prevPrev: InkObject | null = null;
  while (c && c !== root) {
    prevPrev = prev;
    prev = c;
    c = c.parent;
  }
  // prev is the knot (a child of the root); a named child of a knot is a stitch.
  if (!(prev instanceof Container)) return root;
  if (
    prevPrev instanceof Container &&
    prevPrev.name &&
    prev.namedContent.get(prevPrev.name) === (prevPrev as unknown) &&
    prev.content[0] !== prevPrev
  ) {
    return prevPrev;
  }
  return prev;
}

/** Compiler-made names (choices, gathers, sequences, branches): jumps to them go forward. */
const GENERATED = /^(c-\d+|g-\d+|s\d+|b|\d+)$/;

/** Inside one node only a jump to its start or to a writer's label can loop back. */
function isLoopTarget(target: Container, node: Container): boolean {
  return target === node || (target.name !== null && !GENERATED.test(target.name));
}

export function reentrantNodes(story: Story, objects: Iterable<InkObject>): Set<Container> {
  const root = story.mainContentContainer;
  const edges = new Map<Container, Set<Container>>();
  const called = new Set<Container>();
  const valueTargets = new Set<Container>();
  const variableDiverters = new Set<Container>();
  let prevWasThread = false;
  const edge = (from: Container, to: Container): void => {
    let set = edges.get(from);
    if (!set) edges.set(from, (set = new Set()));
    set.add(to);
  };
  for (const o of objects) {
    if (o instanceof Divert) {
      const from = nodeOf(o, root);
      if (o.hasVariableTarget) variableDiverters.add(from);
      else if (!o.isExternal && o.targetPath) {
        const target = o.targetPointer.container;
        if (target) {
          const to = nodeOf(target, root);
          if (to !== from || isLoopTarget(target, to)) edge(from, to);
          if (o.pushesToStack || o.stackPushType === PushPopType.Tunnel || prevWasThread) called.add(to);
        }
      }
    } else if (o instanceof DivertTargetValue && o.targetPath) {
      const t = story.ContentAtPath(o.targetPath).container;
      if (t) valueTargets.add(nodeOf(t, root));
    }
    prevWasThread = o instanceof ControlCommand && o.commandType === ControlCommand.CommandType.StartThread;
  }
  for (const from of variableDiverters) for (const to of valueTargets) edge(from, to);
  // A called node may divert on and return (->->) from a knot it diverted to,
  // so everything it reaches can run once per call too.
  const out = new Set<Container>();
  const stack = [...called];
  while (stack.length) {
    const n = stack.pop()!;
    if (out.has(n)) continue;
    out.add(n);
    stack.push(...(edges.get(n) ?? []));
  }
  // A node on a cycle reaches itself.
  for (const start of edges.keys()) {
    const stack = [...(edges.get(start) ?? [])];
    const seen = new Set<Container>();
    while (stack.length) {
      const n = stack.pop()!;
      if (n === start) {
        out.add(start);
        break;
      }
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(edges.get(n) ?? []));
    }
  }
  return out;
}
