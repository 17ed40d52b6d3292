/**
 * One report from the parts of a parallel check (one part per root choice).
 * A part cannot tell what the whole story never reaches, so it leaves that to
 * this merge: an ending is reached if any part reaches it (by the shortest of
 * their routes), a knot is unvisited only if no part visits it.
 */
import {
  incompleteError,
  isOk,
  neverReachedError,
  STOPPED,
  uniqueDiagnostics,
  unvisitedError,
  type CheckReport,
  byPlace,
  type Coverage,
  type EndingReport,
  type Locate,
} from './checkReport.ts';
import { neverOfferedWarning } from './choiceLints.ts';
import { foldIntoDeadEnds } from './rootCause.ts';

/** `where` locates endings and knots in the sources; `seconds` is the wall time of the whole check. */
export function mergeReports(parts: CheckReport[], where: Locate, seconds: number): CheckReport {
  const first = parts[0];
  if (!first) throw new Error('a parallel check needs at least one part');
  const complete = parts.every((r) => r.complete);
  // Each unfinished part says so with its own figures; the merge says it once, for the whole story.
  const errors = uniqueDiagnostics(parts.flatMap((r) => r.errors)).filter(
    (e) => !e.message.startsWith(STOPPED),
  );
  const warnings = uniqueDiagnostics(parts.flatMap((r) => r.warnings));
  // A choice is never offered only if no part offers it (each part sees one root choice).
  const neverOffered = complete
    ? first.neverOffered.filter((p) =>
        parts.every((r) => r.neverOffered.some((q) => q.file === p.file && q.line === p.line)),
      )
    : [];
  const design = uniqueDiagnostics([
    ...parts.flatMap((r) => r.design),
    ...neverOffered.map(neverOfferedWarning),
  ]);

  const endings = first.endings.map((e): EndingReport => {
    const found = parts
      .map((r) => r.endings.find((x) => x.id === e.id))
      .filter((x): x is EndingReport => Boolean(x?.reachable));
    // The shortest route of all, a tie going to the lower root choice as in one process.
    const best = found.reduce<EndingReport | null>(
      (b, x) => (b && (b.shortestChoices ?? Infinity) <= (x.shortestChoices ?? Infinity) ? b : x),
      null,
    );
    return best
      ? { ...e, ...best }
      : { ...e, reachable: false, shortestChoices: null, choices: null, seed: null };
  });
  const unvisitedKnots = complete
    ? first.unvisitedKnots.filter((k) => parts.every((r) => r.unvisitedKnots.includes(k)))
    : [];
  const statesExplored = parts.reduce((s, r) => s + r.statesExplored, 0);
  const stopReason = parts.find((r) => r.stopReason)?.stopReason ?? null;
  const coverage = complete ? null : mergeCoverage(parts, endings);
  if (complete) {
    for (const e of endings) if (!e.reachable) errors.push(neverReachedError(where(e.id), e.id));
    for (const k of unvisitedKnots) errors.push(unvisitedError(where(k), k));
  } else {
    // The main file: no knot or ending has an empty name.
    errors.push(incompleteError(where(''), stopReason, statesExplored, coverage));
  }
  const layers: number[] = [];
  for (const r of parts) r.layers.forEach((n, i) => (layers[i] = (layers[i] ?? 0) + n));
  const deadEnds = parts.flatMap((r) => r.deadEnds);
  return foldIntoDeadEnds({
    ok: isOk({ complete, errors, deadEnds }),
    complete,
    stopReason,
    words: first.words,
    wordsByFile: first.wordsByFile,
    knots: first.knots,
    statesExplored,
    seconds,
    statesPerSecond: statesExplored / Math.max(seconds, 1e-6),
    seeds: first.seeds,
    endings,
    deadEnds,
    unvisitedKnots,
    layers,
    variableSpread: mergedSpread(parts),
    errors,
    warnings,
    statesByPart: parts.map((r) => r.statesExplored),
    design,
    neverOffered,
    coverage,
  });
}

/** The whole story's coverage: a knot visited or a choice taken by any part counts. */
function mergeCoverage(parts: CheckReport[], endings: EndingReport[]): Coverage {
  const all = parts.map((r) => r.coverage).filter((c): c is Coverage => c !== null);
  const first = all[0];
  const taken = new Set(all.flatMap((c) => c.choicesTaken));
  const choices = first ? [...first.choicesTaken, ...first.choicesNotTaken].sort(byPlace) : [];
  const knotsNotVisited = (first?.knotsNotVisited ?? []).filter((k) =>
    all.every((c) => c.knotsNotVisited.includes(k)),
  );
  const runs = all.map((c) => c.directed).filter((d) => d !== null);
  return {
    knots: { visited: (first?.knots.total ?? 0) - knotsNotVisited.length, total: first?.knots.total ?? 0 },
    choices: { taken: taken.size, total: choices.length },
    endings: { reached: endings.filter((e) => e.reachable).length, total: endings.length },
    choicesTaken: choices.filter((c) => taken.has(c)),
    choicesNotTaken: choices.filter((c) => !taken.has(c)),
    knotsNotVisited,
    directed: runs.length
      ? {
          playouts: runs.reduce((n, d) => n + d.playouts, 0),
          choices: runs.reduce((n, d) => n + d.choices, 0),
          newStates: runs.reduce((n, d) => n + d.newStates, 0),
          // The parts run at once: the longest is the time it took.
          seconds: Math.max(...runs.map((d) => d.seconds)),
        }
      : null,
  };
}

/**
 * Each part counts the values a variable held in its own state keys; the merge
 * keeps, per variable, the most any part saw (one campaign's count), most first.
 * A single process counts over all parts at once, so its figure can be higher.
 */
function mergedSpread(parts: CheckReport[]): CheckReport['variableSpread'] {
  const most = new Map<string, number>();
  for (const r of parts)
    for (const v of r.variableSpread) most.set(v.name, Math.max(most.get(v.name) ?? 0, v.values));
  return [...most]
    .map(([name, values]) => ({ name, values }))
    .sort((a, b) => b.values - a.values || (a.name < b.name ? -1 : 1))
    .slice(0, 12);
}
