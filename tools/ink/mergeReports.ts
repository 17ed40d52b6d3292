/**
 * One report from the parts of a parallel check (one part per root choice).
 * A part cannot tell what the whole story never reaches, so it leaves that to
 * this merge: an ending is reached if any part reaches it (by the shortest of
 * their routes), a knot is unvisited only if no part visits it.
 */
import {
  isOk,
  neverReachedError,
  uniqueDiagnostics,
  unvisitedError,
  type CheckReport,
  type Locate,
} from './checkReport.ts';
import { neverOfferedWarning } from './choiceLints.ts';
import { foldIntoDeadEnds } from './rootCause.ts';

/** `where` locates endings and knots in the sources; `seconds` is the wall time of the whole check. */
export function mergeReports(parts: CheckReport[], where: Locate, seconds: number): CheckReport {
  const first = parts[0];
  if (!first) throw new Error('a parallel check needs at least one part');
  const complete = parts.every((r) => r.complete);
  const errors = uniqueDiagnostics(parts.flatMap((r) => r.errors));
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

  const endings = first.endings.map((e) => {
    const found = parts.map((r) => r.endings.find((x) => x.id === e.id)).filter((x) => x?.reachable);
    const shortest = found.length ? Math.min(...found.map((x) => x!.shortestChoices ?? Infinity)) : null;
    return { ...e, reachable: found.length > 0, shortestChoices: shortest };
  });
  const unvisitedKnots = complete
    ? first.unvisitedKnots.filter((k) => parts.every((r) => r.unvisitedKnots.includes(k)))
    : [];
  if (complete) {
    for (const e of endings) if (!e.reachable) errors.push(neverReachedError(where(e.id), e.id));
    for (const k of unvisitedKnots) errors.push(unvisitedError(where(k), k));
  }
  const layers: number[] = [];
  for (const r of parts) r.layers.forEach((n, i) => (layers[i] = (layers[i] ?? 0) + n));
  const statesExplored = parts.reduce((s, r) => s + r.statesExplored, 0);
  const deadEnds = parts.flatMap((r) => r.deadEnds);
  return foldIntoDeadEnds({
    ok: isOk({ complete, errors, deadEnds }),
    complete,
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
  });
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
