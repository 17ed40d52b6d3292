/**
 * The search visitor story:check uses: at every step it notes runtime errors,
 * tags outside the vocabulary, blank choices and visited knots; at every new
 * state the meters and the values each variable takes; at every stop an
 * ending or a dead end. Findings are data (what, where, by which route); the
 * words a writer reads are made from them in checkStory.ts.
 */
import type { StoryRunner, StoryStep } from '../../src/narrative/storyRunner.ts';
import type { StoryVars, VarValue } from '../../src/core/storyVars.ts';
import { metersOutOfRange } from '../../src/core/meters.ts';
import { isRanOutOfContent } from './inkInternals.ts';
import type { Instruments } from './instrument.ts';
import type { StoryFeatures } from './storyFeatures.ts';
import { isFaster, routeOf, type Route, type RouteNode, type SearchVisitor } from './search.ts';

export interface Finding {
  /** Ink position (knot.stitch…) where it happened. */
  at: string;
  route: Route;
}
export interface Problem extends Finding {
  message: string;
}
export interface DeadEnd extends Finding {
  /** "no-ending-tag": stopped without `# ending:` ("tags" mode); "ran-out": no END or DONE ("end" mode). */
  cause: 'no-ending-tag' | 'ran-out';
  /** The last text shown. */
  text: string;
}
export interface UnknownTag extends Finding {
  /** The tag as written (trimmed). */
  tag: string;
  reason: string;
}

export interface Findings {
  deadEnds: DeadEnd[];
  runtimeErrors: Problem[];
  meterProblems: Problem[];
  unknownTags: UnknownTag[];
  blankChoices: Finding[];
  /** Ending id → the fastest route node that reached it. */
  endings: Map<string, RouteNode>;
  /** Every value each variable held in the keys of the new states. */
  spread: Map<string, Set<VarValue>>;
}

/** The last two lines of text a step showed: what a writer recognises a dead end by. */
export const lastText = (step: StoryStep): string =>
  step.lines
    .map((l) => l.text)
    .filter(Boolean)
    .slice(-2)
    .join(' / ');

/** Per kind of finding, at most this many are kept: the first ones are enough to act on. */
const MAX_PER_KIND = 200;

export function storyChecks(
  runner: StoryRunner,
  /** The variables after the step just taken (stepVariables.ts). */
  variables: () => StoryVars,
  hooks: Instruments,
  features: StoryFeatures,
  endings: 'tags' | 'end',
  /** Every arrival at an ending, not only the fastest (the timed routes' graph records them). */
  onEnding?: (id: string, node: RouteNode) => void,
  /** The variables the state key holds here (null: all); the spread counts only those. */
  live: () => ReadonlySet<string> | null = () => null,
): SearchVisitor & { findings: Findings } {
  const story = runner.story;
  const findings: Findings = {
    deadEnds: [],
    runtimeErrors: [],
    meterProblems: [],
    unknownTags: [],
    blankChoices: [],
    endings: new Map(),
    spread: new Map(),
  };
  // The same problem at the same place is reported once, with the first route to it.
  const reported = new Set<string>();
  const add = <F extends Finding>(list: F[], id: string, finding: F): void => {
    if (reported.has(id) || list.length >= MAX_PER_KIND) return;
    reported.add(id);
    list.push(finding);
  };
  // Where the step just taken left the story; set by afterStep for the calls that follow it.
  let at = '';
  const position = (): string =>
    story.currentChoices[0]?.sourcePath ??
    story.state.currentPointer.container?.path.componentsString ??
    story.state.previousPathString ??
    '';

  return {
    findings,
    beforeStep: () => hooks.startStep(),
    afterStep({ step, thrown }, node) {
      at = position() || hooks.endedAt();
      for (const e of step.errors)
        if (!isRanOutOfContent(e))
          add(findings.runtimeErrors, `error|${at}|${e}`, { at, message: e, route: routeOf(node) });
      if (thrown)
        add(findings.runtimeErrors, `error|${at}|${thrown}`, { at, message: thrown, route: routeOf(node) });
      for (const l of step.lines)
        for (const t of l.tags)
          if (t.kind === 'unknown')
            add(findings.unknownTags, `tag|${at}|${t.raw}|${t.reason}`, {
              at,
              tag: t.raw,
              reason: t.reason,
              route: routeOf(node),
            });
      for (const c of step.choices)
        if (!c.text) add(findings.blankChoices, `blank|${at}`, { at, route: routeOf(node) });
    },
    newState(node) {
      const vars = variables();
      for (const m of metersOutOfRange(vars))
        add(findings.meterProblems, `meter|${at}|${m}`, { at, message: m, route: routeOf(node) });
      const keyed = live();
      // In declaration order, so that variables holding as many values keep their order in the report.
      for (const name in vars) {
        if (keyed && !keyed.has(name)) continue;
        const value = vars[name]!;
        let values = findings.spread.get(name);
        if (!values) findings.spread.set(name, (values = new Set()));
        values.add(value);
      }
    },
    stopped({ step }, node) {
      const id = endings === 'tags' ? node.ending : endKnot(step.errors);
      if (id === null) {
        const where = hooks.endedAt() || hooks.divertedTo() || at;
        const cause = endings === 'tags' ? 'no-ending-tag' : 'ran-out';
        const text = lastText(step);
        add(findings.deadEnds, `dead|${where}|${cause}`, { at: where, cause, text, route: routeOf(node) });
        return;
      }
      onEnding?.(id, node);
      const best = findings.endings.get(id);
      if (!best || isFaster(node, best)) findings.endings.set(id, node);
    },
  };

  /** "end" mode: the knot the story stopped in at END or DONE, or null when it ran out of content. */
  function endKnot(errors: string[]): string | null {
    if (errors.some(isRanOutOfContent)) return null;
    const knot = hooks.endedAt().split('.')[0] ?? '';
    return features.knots.has(knot) ? knot : '(root)';
  }
}
