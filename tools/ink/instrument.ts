/**
 * Hooks the explorer puts on a Story instance, to learn what inkjs does not
 * keep: which knot an ending or a dead end happened in, which knots a route
 * passed through, and to stop a loop that prints forever. Nothing here changes
 * what the story does; remove() puts the story back as it was.
 */
import type { Story } from 'inkjs/engine/Story';
import { Container, ControlCommand, storyInternals } from './inkInternals.ts';

export interface Instruments {
  /** Where the step last hit END or DONE ('' if it did not). */
  endedAt(): string;
  /** Where the step's last divert landed: the knot it was in when it ran out. */
  divertedTo(): string;
  /** Call before each step. */
  startStep(): void;
  unvisited(): string[];
  remove(): void;
}

export function instrument(
  story: Story,
  knots: Map<string, Container>,
  maxLinesPerStep: number,
): Instruments {
  const s = storyInternals(story);
  // Which knots no route has entered yet, so "never visited" can be answered.
  // A knot is visited when a route enters it or one of its stitches as inkjs
  // counts a visit (VisitContainer: at its start, unless the container counts
  // every entry). Noted as it happens, without making inkjs count visits the
  // story never reads: those would only grow every state it copies.
  const unvisited = new Set<string>();
  const knotOf = new Map<Container, string>();
  const fallbacks = divertVariableDefaults(story);
  for (const [name, c] of knots) {
    if (fallbacks.has(name)) continue;
    knotOf.set(c, name);
    for (const x of c.namedContent.values()) if (x instanceof Container) knotOf.set(x, name);
    unvisited.add(name);
  }
  const visit = s.VisitContainer;
  s.VisitContainer = function (container, atStart) {
    if (!container.countingAtStartOnly || atStart) {
      const knot = knotOf.get(container);
      if (knot !== undefined) unvisited.delete(knot);
    }
    visit.call(story, container, atStart);
  };

  // inkjs clears the position when the story ends, so record it as it happens.
  let endedAt = '';
  const perform = s.PerformLogicAndFlowControl;
  const END = ControlCommand.CommandType.End;
  const DONE = ControlCommand.CommandType.Done;
  s.PerformLogicAndFlowControl = function (o) {
    if (o instanceof ControlCommand && (o.commandType === END || o.commandType === DONE)) {
      endedAt = story.state.currentPointer.container?.path.componentsString ?? '';
    }
    return perform.call(story, o);
  };
  let divertedTo = '';
  const visitChanged = s.VisitChangedContainersDueToDivert;
  s.VisitChangedContainersDueToDivert = function () {
    divertedTo = story.state.currentPointer.container?.path.componentsString ?? divertedTo;
    visitChanged.call(story);
  };
  // A loop that prints forever without a choice would hang the search.
  let lines = 0;
  const cont = story.Continue;
  story.Continue = function () {
    if (++lines > maxLinesPerStep) {
      throw new Error(`more than ${maxLinesPerStep} lines without a choice: an endless loop?`);
    }
    return cont.call(story);
  };

  return {
    endedAt: () => endedAt,
    divertedTo: () => divertedTo,
    startStep() {
      endedAt = '';
      divertedTo = '';
      lines = 0;
    },
    unvisited: () => [...unvisited],
    remove() {
      // Put back what was there: the prototype's methods, or a wrapper put on
      // before ours (the exploration build's, proseless.ts).
      s.PerformLogicAndFlowControl = perform;
      s.VisitChangedContainersDueToDivert = visitChanged;
      s.VisitContainer = visit;
      story.Continue = cont;
    },
  };
}

/**
 * Knots that are only the initial value of a divert-target variable
 * (`VAR figure_endings = -> no_figure_endings`): ink needs a value before the
 * story sets the real one, and a fallback no path reaches is what the writer
 * meant, not a knot cut off by mistake.
 */
function divertVariableDefaults(story: Story): Set<string> {
  const decl = story.mainContentContainer.namedContent.get('global decl');
  const names = new Set<string>();
  if (!(decl instanceof Container)) return names;
  for (const o of decl.content)
    if ('targetPath' in o)
      names.add(String((o as { targetPath: { componentsString: string } }).targetPath.componentsString));
  return names;
}
