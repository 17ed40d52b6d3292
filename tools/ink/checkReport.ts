/**
 * The story:check report and the rules both a single check (checkStory.ts)
 * and a merged parallel one (mergeReports.ts) apply to it, so the two can
 * never disagree on a message or a verdict.
 */
import type { InkDiagnostic } from './compile.ts';

export interface EndingReport {
  id: string;
  figure: string | null;
  reachable: boolean;
  shortestChoices: number | null;
  /** The witness: 1-based choices from the start (`story:play --choices 1,3,2 --seed N`). */
  choices: number[] | null;
  seed: number | null;
}

/** How much of the story an unfinished check saw (each figure: seen, of total). */
export interface Coverage {
  knots: { visited: number; total: number };
  choices: { taken: number; total: number };
  endings: { reached: number; total: number };
  /** Every choice taken at least once, and every one never taken, as file:line (the ink path without sources). */
  choicesTaken: string[];
  choicesNotTaken: string[];
  knotsNotVisited: string[];
  /** The directed search that ran after the exhaustive one stopped. */
  directed: { playouts: number; choices: number; newStates: number; seconds: number } | null;
}

export interface CheckReport {
  ok: boolean;
  complete: boolean;
  /** Why the exhaustive exploration stopped short (null when it finished, or did not run). */
  stopReason: 'max-states' | 'max-seconds' | null;
  words: number;
  /** Words per source file, from the compiler's count. */
  wordsByFile: Record<string, number>;
  knots: number;
  statesExplored: number;
  seconds: number;
  statesPerSecond: number;
  seeds: number[];
  endings: EndingReport[];
  deadEnds: { path: string; choices: number[]; seed: number; text: string }[];
  unvisitedKnots: string[];
  /** New states per number of choices taken, and the variables with the most values: where the state space grows. */
  layers: number[];
  variableSpread: { name: string; values: number }[];
  errors: InkDiagnostic[];
  warnings: InkDiagnostic[];
  /** States explored per root choice (per campaign in ours) when the check ran in parts; else the one count. */
  statesByPart: number[];
  /** Design lints (lint.ts, choiceLints.ts): warnings, errors under `--strict`. */
  design: InkDiagnostic[];
  /** Conditional choices no explored state offered: data a merge intersects (a part sees one campaign). */
  neverOffered: { file: string; line: number }[];
  /** When the check could not finish: what it saw (null when complete). */
  coverage: Coverage | null;
}

type Place = { file: string; line: number };

/** Where an ink position, knot or ending is written in the sources. */
export type Locate = (at: string) => Place;

/** A story is ok when every state was checked and nothing is wrong. */
export const isOk = (r: Pick<CheckReport, 'complete' | 'errors' | 'deadEnds'>): boolean =>
  r.complete && r.errors.length === 0 && r.deadEnds.length === 0;

export const neverReachedError = (at: Place, ending: string): InkDiagnostic => ({
  ...at,
  message: `ending "${ending}" is never reached`,
});

/** "file.ink:9" before "file.ink:10". */
export const byPlace = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** What an unfinished check says about the endings it did not reach. */
const STOPPED_NOTE =
  'an ending not reached may still be reachable: only a complete check can say an ending is never reached';

/** Every unfinished check's error starts so: a merge replaces the parts' with one for the whole story. */
export const STOPPED = 'exploration stopped at';

/** The error an unfinished check ends on, with what the directed search saw. */
export function incompleteError(
  at: Place,
  stopReason: CheckReport['stopReason'],
  states: number,
  coverage: Coverage | null,
): InkDiagnostic {
  const d = coverage?.directed;
  const saw = coverage
    ? `${d ? `; a directed search then played ${d.playouts} routes in ${d.seconds.toFixed(1)} s` : ''}; ` +
      `reached ${coverage.endings.reached} of ${coverage.endings.total} endings, ` +
      `${coverage.knots.visited} of ${coverage.knots.total} knots, ${coverage.choices.taken} of ${coverage.choices.total} choices`
    : '';
  return {
    ...at,
    message: `${STOPPED} ${stopReason} after ${states} states: not every state was checked${saw}; ${STOPPED_NOTE}`,
  };
}

export const unvisitedError = (at: Place, knot: string): InkDiagnostic => ({
  ...at,
  message: `knot "${knot}" is never visited`,
});

/**
 * The documented budget (docs/WRITING.md section 5): states one campaign may
 * need to explore completely. What it protects is the check's time: measured,
 * a campaign at the budget costs 10–16 s of one core, and the whole check of
 * our three campaigns is meant to finish within about 15 s on two cores.
 */
export const STATES_PER_PART_BUDGET = 80_000;

/** A warning for each part (root choice, 1-based in the text) that needed more states than the budget. */
export function budgetWarnings(statesByPart: number[], budget = STATES_PER_PART_BUDGET): string[] {
  return statesByPart.flatMap((n, i) =>
    n > budget
      ? [
          `warning: root choice ${i + 1} needed ${n} states, past the budget of ${budget} (docs/WRITING.md section 5)`,
        ]
      : [],
  );
}

/** `--strict`: the design lints count as errors. */
export function strict(r: CheckReport): CheckReport {
  const errors = [...r.errors, ...r.design];
  return { ...r, errors, design: [], ok: isOk({ ...r, errors }) };
}

/** The same message at the same place once, first one kept. */
export function uniqueDiagnostics(list: InkDiagnostic[]): InkDiagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.file}:${d.line}:${d.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
