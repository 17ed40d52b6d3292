/**
 * "How close you came": the ending a run came nearest to without reaching it,
 * with each of its conditions met or missed, judged from the catalogue's own
 * conditions (src/core/endings.ts) against the run's final variables.
 */
import { endingsOf, type EndingDef, type EndingPath } from './endings';
import type { FigureId } from './figures';
import type { StoryVars } from './storyVars';

export interface ConditionCheck {
  label: string;
  met: boolean;
}

export interface NearMiss {
  ending: EndingDef;
  checks: ConditionCheck[];
  missed: number;
}

const CHECKED_AT: Record<string, string> = {
  act1: 'Checked at the end of Act I',
  chapter: 'Checked at the start of a chapter',
};

/**
 * One path judged at the end of the run. A path checked only at an earlier
 * checkpoint cannot be met any more, and says so as a missed condition.
 */
function checkPath(path: EndingPath, finalVars: StoryVars): ConditionCheck[] {
  const scope = path.at === 'any' || path.at === 'final' ? [] : [{ label: CHECKED_AT[path.at]!, met: false }];
  return [...scope, ...path.conditions.map((c) => ({ label: c.label, met: c.holds(finalVars) }))];
}

const missedIn = (checks: readonly ConditionCheck[]): number => checks.filter((c) => !c.met).length;

/** The ending's conditions, on the path this run came closest to (first path on a tie). */
export function conditionChecks(ending: EndingDef, finalVars: StoryVars): ConditionCheck[] {
  let best: ConditionCheck[] = [];
  ending.paths.forEach((path, i) => {
    const checks = checkPath(path, finalVars);
    if (i === 0 || missedIn(checks) < missedIn(best)) best = checks;
  });
  return best;
}

/** The default ending has a path with no conditions: there is nothing to come close to. */
const hasConditions = (e: EndingDef): boolean => e.paths.every((p) => p.conditions.length > 0);

/**
 * The nearest ending this run did not reach: among the figure's endings still
 * locked in the collection (or, when every one is collected, all of them), the
 * one with the fewest missed conditions; catalogue order breaks ties.
 */
export function nearestEnding(
  figure: FigureId,
  reachedNow: string,
  collected: ReadonlySet<string>,
  finalVars: StoryVars,
): NearMiss | undefined {
  const others = endingsOf(figure).filter((e) => e.id !== reachedNow && hasConditions(e));
  const locked = others.filter((e) => !collected.has(e.id));
  let nearest: NearMiss | undefined;
  for (const ending of locked.length > 0 ? locked : others) {
    const checks = conditionChecks(ending, finalVars);
    const missed = missedIn(checks);
    if (!nearest || missed < nearest.missed) nearest = { ending, checks, missed };
  }
  return nearest;
}
