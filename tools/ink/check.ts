/**
 * story:check — compile, lint and explore any ink story.
 *   npm run story:check -- [file.ink] [--json] [--max-states N] [--max-seconds S] [--seeds N]
 * Exit 0 only when the story is ok; 1 when it is not; 2 on a usage error.
 * --max-seconds is the exploring budget: when the exhaustive exploration cannot
 * finish in two thirds of it (or stops at --max-states), a directed search
 * (directed.ts) gets the rest, and the report stays incomplete but gives each
 * ending it reached a route and the coverage it saw.
 * With several root choices (our three campaigns) the parts run as parallel
 * processes (--jobs N, default: all parts at once up to twice the cores; --jobs 1
 * for one process).
 * --lint-only stops after compiling and the static lint (exit 1 on an error);
 * --strict makes the design lints (dominated options, hidden gates, …) errors.
 * Also: --restore-json (restore states with saveState/loadState, for comparison);
 * --what-if-ignore a,b (leave variables out of the state key to see how many
 * states funnelling them would save; such a run is never ok); --keep-dead-variables
 * (keep variables nothing ahead reads in the state key: what liveness.ts saves).
 */
import { parseArgs, numberOption } from './args.ts';
import { checkPrepared, prepareStory, type CheckOptions } from './checkStory.ts';
import { budgetWarnings, strict, type CheckReport, type Coverage } from './checkReport.ts';
import { DEFAULT_STORY } from './loadStory.ts';
import { parallelCheck } from './parallelCheck.ts';
import { rootChoicesOf } from './workers.ts';

function summary(r: CheckReport): string {
  const out: string[] = [];
  out.push(
    `${r.words} words, ${r.knots} knots; ${r.statesExplored} states explored in ${r.seconds.toFixed(2)} s ` +
      `(${Math.round(r.statesPerSecond)} states/s, seeds ${r.seeds.join(',')})${r.complete ? '' : ' — INCOMPLETE'}`,
  );
  // Words per folder (our story: one folder per campaign).
  const byFolder = new Map<string, number>();
  for (const [file, n] of Object.entries(r.wordsByFile)) {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + n);
  }
  if (byFolder.size > 1)
    out.push(`words by folder: ${[...byFolder].map(([f, n]) => `${f} ${n}`).join(', ')}`);
  if (r.endings.length) {
    out.push('endings:');
    for (const e of r.endings) {
      const missing = r.complete ? 'NOT REACHABLE' : 'not found (it may still be reachable)';
      // Unfinished, the route is the only proof: print it, ready for story:play.
      const route = !r.complete && e.choices ? `: --choices ${e.choices.join(',')} --seed ${e.seed}` : '';
      const how = e.reachable ? `reachable in ${e.shortestChoices} choices${route}` : missing;
      out.push(`  ${e.id}${e.figure ? ` (${e.figure})` : ''}: ${how}`);
    }
  }
  if (r.coverage) out.push(...coverageLines(r.coverage));
  if (!r.complete && r.layers.length) out.push(`new states per choice depth: ${r.layers.join(' ')}`);
  if (r.variableSpread.length)
    out.push(
      `variables that drive the state count (values held in state keys): ${r.variableSpread.map((v) => `${v.name} ${v.values}`).join(', ')}`,
    );
  if (r.statesByPart.length) {
    out.push(`states per root choice: ${r.statesByPart.map((n, i) => `${i + 1}: ${n}`).join(', ')}`);
    out.push(...budgetWarnings(r.statesByPart));
  }
  out.push(...diagnostics(r));
  out.push(r.ok ? 'story:check ok' : `story:check FAILED (${r.errors.length} errors)`);
  return out.join('\n');
}

/** What an unfinished check saw, and the choices it never took (where to look for what it missed). */
function coverageLines(c: Coverage): string[] {
  const d = c.directed;
  const by = d
    ? ` (with a directed search: ${d.playouts} routes, ${d.choices} choices, ${d.seconds.toFixed(1)} s)`
    : '';
  const out = [
    `coverage${by}: knots ${c.knots.visited}/${c.knots.total}, choices ${c.choices.taken}/${c.choices.total}, ` +
      `endings ${c.endings.reached}/${c.endings.total}`,
  ];
  if (c.knotsNotVisited.length) out.push(`  knots not visited: ${c.knotsNotVisited.join(', ')}`);
  const shown = c.choicesNotTaken.slice(0, 20);
  if (shown.length)
    out.push(
      `  choices never taken: ${shown.join(', ')}${c.choicesNotTaken.length > shown.length ? ', …' : ''}`,
    );
  return out;
}

function diagnostics(r: Pick<CheckReport, 'errors' | 'warnings' | 'design'>): string[] {
  return [
    ...r.errors.map((e) => `error ${e.file}:${e.line}: ${e.message}`),
    ...r.warnings.map((w) => `warning ${w.file}:${w.line}: ${w.message}`),
    ...r.design.map((w) => `warning ${w.file}:${w.line}: ${w.message}`),
  ];
}

/** Compile and static lint only: what a writer can fix before any exploring, in about a second. */
function lintSummary(r: CheckReport): string {
  const counts = `${r.errors.length} errors, ${r.warnings.length + r.design.length} warnings`;
  return [`lint (${r.seconds.toFixed(1)} s): ${counts}`, ...diagnostics(r)].join('\n');
}

async function main(): Promise<number> {
  try {
    const args = parseArgs(process.argv.slice(2), [
      'max-states',
      'max-seconds',
      'seeds',
      'what-if-ignore',
      'root-choice',
      'jobs',
    ]);
    const file = args.file ?? DEFAULT_STORY;
    const options: CheckOptions = {
      maxStates: numberOption(args, 'max-states', 2_000_000),
      // Two thirds of it, 120 s, for the complete exploration: what it had before the directed search.
      maxSeconds: numberOption(args, 'max-seconds', 180),
      seeds: numberOption(args, 'seeds', 5),
      restore: args.flags.has('restore-json') ? 'json' : 'copy',
      ignoreVariables: args.values.get('what-if-ignore')?.split(',').filter(Boolean),
      keepDeadVariables: args.flags.has('keep-dead-variables'),
    };
    const json = args.flags.has('json');
    const finish = (r: CheckReport): number => {
      const final = args.flags.has('strict') ? strict(r) : r;
      console.log(json ? JSON.stringify(final) : summary(final));
      return final.ok ? 0 : 1;
    };
    // Lint first, so a typo is reported before a minute of exploring.
    // Compiled once: the lint, the parts of a parallel check and the merge all use it.
    const prepared = prepareStory(file);
    const linted = checkPrepared(prepared, { ...options, lintOnly: true });
    if (args.flags.has('lint-only')) {
      const final = args.flags.has('strict') ? strict(linted) : linted;
      console.log(json ? JSON.stringify(final) : lintSummary(final));
      return final.errors.length ? 1 : 0;
    }
    if (!json) console.log(`${lintSummary(linted)}\nexploring…`);
    const jobs = numberOption(args, 'jobs', 0) || undefined;
    // Several root choices (our three campaigns) and several cores: one process each.
    const parts =
      args.values.has('root-choice') || jobs === 1 || !prepared.json
        ? 0
        : rootChoicesOf(prepared.json, prepared.isGameStory);
    const report =
      parts > 1
        ? await parallelCheck(prepared, options, parts, jobs)
        : checkPrepared(prepared, {
            ...options,
            rootChoice: args.values.has('root-choice') ? numberOption(args, 'root-choice', 0) : undefined,
          });
    return finish(report);
  } catch (e) {
    console.error(`story:check: ${(e as Error).message}`);
    return 2;
  }
}

void main().then((code) => (process.exitCode = code));
