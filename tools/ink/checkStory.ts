/**
 * story:check as a function: compile, lint, explore, and fold everything into
 * one report with file:line wherever the source can tell. The CLI (check.ts)
 * only prints it; tests call it directly.
 */
import { relative, resolve } from 'node:path';
import { ENDINGS, endingById } from '../../src/core/endings.ts';
import type { ChoicePointSource, InkDiagnostic } from './compile.ts';
import {
  incompleteError,
  isOk,
  neverReachedError,
  uniqueDiagnostics,
  unvisitedError,
  type CheckReport,
  byPlace,
  type Coverage,
  type EndingReport,
  type Locate,
} from './checkReport.ts';
import { dominatedOptions, neverOffered, neverOfferedWarning } from './choiceLints.ts';
import { lintInk, type KnotDecl, type LintResult } from './lint.ts';
import { explore, type ExploreResult } from './explore.ts';
import { DEAD_END, foldIntoDeadEnds, whereContentRunsOut } from './rootCause.ts';
import { labelReadsAcrossKnots } from './funnelLints.ts';
import type { DeadEnd, Finding } from './storyChecks.ts';
import { endingMode, loadStory, makeRunner } from './loadStory.ts';
import type { RestoreMode } from './snapshot.ts';

export interface CheckOptions {
  maxStates?: number;
  maxSeconds?: number;
  seeds?: number;
  restore?: RestoreMode;
  /** What-if: leave these variables out of the state key, to measure what funnelling them would save. Never ok. */
  ignoreVariables?: string[];
  /** Keep dead variables in the state key (liveness.ts): to measure what leaving them out saves. */
  keepDeadVariables?: boolean;
  /** Explore only the subtree under this 0-based root choice (one part of a parallel check).
   *  A part reports unvisited knots and unreached endings as data, not errors: only the
   *  merged report (parallelCheck.ts) can tell what the whole story never reaches. */
  rootChoice?: number;
  /** Stop after compiling and the static lint: no exploration (the report is then never ok). */
  lintOnly?: boolean;
}

/** Maps an ink position (knot.stitch.0.c-1) to the declaration it is in. */
function locator(knots: KnotDecl[], mainFile: string): Locate {
  const byName = new Map(knots.map((k) => [k.name, k]));
  return (at) => {
    const parts = at.split('.');
    const k = byName.get(parts.slice(0, 2).join('.')) ?? byName.get(parts[0] ?? '');
    return k ? { file: k.file, line: k.line } : { file: mainFile, line: 0 };
  };
}

const sameSpot = (a: InkDiagnostic, b: InkDiagnostic): boolean => a.file === b.file && a.line === b.line;

/**
 * What compiling and linting a story found: everything a check needs besides
 * exploring, as plain data, so a parallel check compiles once and hands it to
 * its workers (parallelCheck.ts) instead of each compiling again.
 */
export interface PreparedStory {
  mainFile: string;
  json: string | null;
  isGameStory: boolean;
  /** Endings are `# ending:` tags (else every stop at END/DONE). */
  tagMode: boolean;
  words: number;
  wordsByFile: Record<string, number>;
  knots: number;
  choicePoints: ChoicePointSource[];
  errors: InkDiagnostic[];
  warnings: InkDiagnostic[];
  /** The static lint (null when the story did not compile from source), its maps as entries. */
  lint:
    | (Omit<LintResult, 'endingTags' | 'staticTags'> & {
        endingTags: [string, { file: string; line: number }][];
        staticTags: string[];
      })
    | null;
  /** Compile and lint time, seconds. */
  seconds: number;
}

export function prepareStory(file: string): PreparedStory {
  const t0 = performance.now();
  const loaded = loadStory(file);
  const compiled = loaded.compiled;
  const lint: LintResult | null = compiled ? lintInk(compiled.files) : null;
  const errors: InkDiagnostic[] = uniqueDiagnostics([...(compiled?.errors ?? []), ...(lint?.errors ?? [])]);
  const lintWarnings = lint?.warnings ?? [];
  // The compiler also reports TODOs and blank choices; keep ours, which say more.
  const warnings = [
    ...(compiled?.warnings ?? []).filter((w) => ![...lintWarnings, ...errors].some((d) => sameSpot(d, w))),
    ...lintWarnings,
    ...(compiled?.parsed ? labelReadsAcrossKnots(compiled.parsed, compiled.rootDir) : []),
  ];
  return {
    mainFile: relative(process.cwd(), resolve(file)),
    json: loaded.json,
    isGameStory: loaded.isGameStory,
    tagMode: endingMode(loaded, lint ? lint.endingTags.size : undefined) === 'tags',
    words: compiled?.words ?? 0,
    wordsByFile: compiled?.wordsByFile ?? {},
    knots: compiled?.knots ?? 0,
    choicePoints: compiled?.choicePoints ?? [],
    errors,
    warnings,
    lint: lint && { ...lint, endingTags: [...lint.endingTags], staticTags: [...lint.staticTags] },
    seconds: (performance.now() - t0) / 1000,
  };
}

export function checkStory(file: string, options: CheckOptions = {}): CheckReport {
  return checkPrepared(prepareStory(file), options);
}

/** The lint as the checks use it, maps restored. */
function lintOf(p: PreparedStory): LintResult | null {
  return (
    p.lint && { ...p.lint, endingTags: new Map(p.lint.endingTags), staticTags: new Set(p.lint.staticTags) }
  );
}

export function checkPrepared(prepared: PreparedStory, options: CheckOptions = {}): CheckReport {
  const t0 = performance.now() - prepared.seconds * 1000;
  const seeds = [...Array(Math.max(1, Math.trunc(options.seeds ?? 5))).keys()];
  const lint = lintOf(prepared);
  const errors = [...prepared.errors];
  const warnings = [...prepared.warnings];
  const mainFile = prepared.mainFile;
  const where = locator(lint?.knots ?? [], mainFile);
  const report: CheckReport = {
    ok: false,
    complete: false,
    stopReason: null,
    words: prepared.words,
    wordsByFile: prepared.wordsByFile,
    knots: prepared.knots,
    statesExplored: 0,
    seconds: 0,
    statesPerSecond: 0,
    seeds,
    endings: [],
    deadEnds: [],
    unvisitedKnots: [],
    layers: [],
    variableSpread: [],
    errors,
    warnings,
    statesByPart: [],
    design: [...(lint?.design ?? [])],
    neverOffered: [],
    coverage: null,
  };
  const json = prepared.json;
  if (!json || options.lintOnly) {
    report.seconds = (performance.now() - t0) / 1000;
    return report;
  }

  const endingTags = lint?.endingTags ?? new Map<string, { file: string; line: number }>();
  const tagMode = prepared.tagMode;
  const functionNames = lint ? new Set(lint.knots.filter((k) => k.isFunction).map((k) => k.name)) : undefined;
  // The endings a directed search chases if the exhaustive one cannot finish
  // (in "end" mode the explorer knows them: the knots with END).
  const knownEndings = prepared.isGameStory
    ? [...ENDINGS.map((e) => e.id), ...endingTags.keys()]
    : tagMode
      ? [...endingTags.keys()]
      : undefined;
  const result = explore(makeRunner(json, prepared.isGameStory), {
    fullStory: makeRunner(json, prepared.isGameStory),
    seeds,
    maxStates: options.maxStates,
    maxSeconds: options.maxSeconds,
    restore: options.restore,
    ignoreVariables: options.ignoreVariables?.length ? new Set(options.ignoreVariables) : undefined,
    keepDeadVariables: options.keepDeadVariables,
    endings: tagMode ? 'tags' : 'end',
    functionNames,
    rootChoice: options.rootChoice,
    directed: { endings: knownEndings },
  });
  const partial = options.rootChoice !== undefined;
  addFindings(report, result, where, lint);
  report.endings = endingsReport(
    result,
    prepared.isGameStory,
    tagMode,
    endingTags,
    where,
    partial ? [] : errors,
  );
  report.complete = result.complete;
  report.stopReason = result.stopReason;
  const points = prepared.choicePoints;
  report.design.push(...dominatedOptions(result.choiceEffects, points));
  if (result.complete) report.neverOffered = neverOffered(result.choiceEffects, points);
  if (!partial) report.design.push(...report.neverOffered.map(neverOfferedWarning));
  report.statesExplored = result.statesExplored;
  report.statesByPart = [result.statesExplored];
  report.layers = result.layers;
  report.variableSpread = result.variableSpread.slice(0, 12);
  // A part's coverage is data for the merge, which adds up the whole story's (mergeReports.ts).
  if (!result.complete || partial) report.coverage = coverage(result, report.endings, prepared.choicePoints);
  if (!result.complete) {
    errors.push(
      incompleteError({ file: mainFile, line: 0 }, result.stopReason, result.statesExplored, report.coverage),
    );
  } else {
    report.unvisitedKnots = result.unvisitedKnots;
    if (!partial) for (const k of result.unvisitedKnots) errors.push(unvisitedError(where(k), k));
  }
  if (options.ignoreVariables?.length) {
    errors.push({
      file: mainFile,
      line: 0,
      message: `what-if run ignoring ${options.ignoreVariables.join(', ')}: a measurement, not a check`,
    });
  }
  report.seconds = (performance.now() - t0) / 1000;
  report.statesPerSecond = result.statesPerSecond;
  report.ok = isOk(report);
  return partial ? report : foldIntoDeadEnds(report);
}

/** What an unfinished check saw: knots, choices (as file:line where the sources say) and endings. */
function coverage(
  r: ExploreResult,
  endings: EndingReport[],
  points: { path: string; file: string; line: number }[],
): Coverage {
  const byPath = new Map(points.map((p) => [p.path, `${p.file}:${p.line}`]));
  const name = (path: string): string => byPath.get(path) ?? path;
  const taken = r.choicePoints.filter((p) => r.choiceEffects.taken.has(p));
  const notTaken = r.choicePoints.filter((p) => !r.choiceEffects.taken.has(p));
  return {
    knots: { visited: r.knots.length - r.unvisitedKnots.length, total: r.knots.length },
    choices: { taken: taken.length, total: r.choicePoints.length },
    endings: { reached: endings.filter((e) => e.reachable).length, total: endings.length },
    choicesTaken: taken.map(name).sort(byPlace),
    choicesNotTaken: notTaken.map(name).sort(byPlace),
    knotsNotVisited: r.unvisitedKnots,
    directed: r.directed && {
      playouts: r.directed.playouts,
      choices: r.directed.choices,
      newStates: r.directed.newStates,
      seconds: r.directed.seconds,
    },
  };
}

/** Where a knot or an `# ending:` tag is declared, for merged reports. */
export function storyLocator(prepared: PreparedStory): Locate {
  const lint = lintOf(prepared);
  const knots = locator(lint?.knots ?? [], prepared.mainFile);
  return (at) => lint?.endingTags.get(at) ?? knots(endingById(at)?.knot ?? at);
}

function addFindings(report: CheckReport, r: ExploreResult, where: Locate, lint: LintResult | null): void {
  const route = (f: Finding): string =>
    f.route.choices.length ? ` (choices ${f.route.choices.join(',')}, seed ${f.route.seed})` : '';
  for (const f of r.deadEnds) {
    report.deadEnds.push({ path: f.at, choices: f.route.choices, seed: f.route.seed, text: f.text });
    const last = f.text ? `; last text: "${f.text}"` : '';
    report.errors.push({
      ...whereContentRunsOut(where(f.at), lint?.knots ?? [], report.warnings),
      message: `${DEAD_END} ${DEAD_END_CAUSE[f.cause]}${last}${route(f)}`,
    });
  }
  for (const f of r.runtimeErrors)
    report.errors.push({ ...where(f.at), message: `runtime error at ${f.at}: ${f.message}${route(f)}` });
  for (const f of r.meterProblems)
    report.errors.push({ ...where(f.at), message: `meter out of range at ${f.at}: ${f.message}${route(f)}` });
  // Static tags were linted with their own line; only tags built at run time are new here.
  for (const f of r.unknownTags)
    if (!lint?.staticTags.has(f.tag))
      report.errors.push({ ...where(f.at), message: `tag "${f.tag}": ${f.reason}${route(f)}` });
  // Blank choice lines were linted with their own line; the explorer's finding would only repeat them.
  if (!lint?.blankChoices.length)
    for (const f of r.blankChoices)
      report.errors.push({
        ...where(f.at),
        message: `a choice with empty text is offered at ${f.at}${route(f)}`,
      });
}

const DEAD_END_CAUSE: Record<DeadEnd['cause'], string> = {
  'no-ending-tag': 'the story stops without an `# ending:` tag',
  'ran-out': 'the story runs out of content without END or DONE',
};

function endingsReport(
  r: ExploreResult,
  isGameStory: boolean,
  tagMode: boolean,
  endingTags: Map<string, { file: string; line: number }>,
  where: Locate,
  errors: InkDiagnostic[],
): EndingReport[] {
  const expected = isGameStory
    ? [...ENDINGS.map((e) => e.id), ...endingTags.keys()]
    : tagMode
      ? [...endingTags.keys()]
      : r.staticEndings;
  const ids = [...new Set([...expected, ...r.endings.keys()])];
  const out: EndingReport[] = [];
  for (const id of ids) {
    const route = r.endings.get(id);
    out.push({
      id,
      figure: endingById(id)?.figure ?? null,
      reachable: Boolean(route),
      shortestChoices: route ? route.choices.length : null,
      choices: route ? route.choices : null,
      seed: route ? route.seed : null,
    });
    const at = endingTags.get(id) ?? where(isGameStory ? (endingById(id)?.knot ?? id) : id);
    if (isGameStory && !endingById(id))
      errors.push({ ...at, message: `ending "${id}" is not in the endings catalogue (src/core/endings.ts)` });
    if (!route && r.complete) errors.push(neverReachedError(at, id));
  }
  return out;
}
