/**
 * story:check — compile, lint and explore any ink story.
 *   npm run story:check -- [file.ink] [--json] [--max-states N] [--max-seconds S] [--seeds N]
 * Exit 0 only when the story is ok; 1 when it is not; 2 on a usage error.
 * With several root choices (our three campaigns) the parts run as parallel
 * processes (--jobs N, default: all parts at once up to twice the cores; --jobs 1
 * for one process).
 * Also: --restore-json (restore states with saveState/loadState, for comparison);
 * --what-if-ignore a,b (leave variables out of the state key to see how many
 * states funnelling them would save; such a run is never ok).
 */
import { parseArgs, numberOption } from './args.ts';
import { checkStory, type CheckOptions } from './checkStory.ts';
import type { CheckReport } from './checkReport.ts';
import { DEFAULT_STORY } from './loadStory.ts';
import { parallelCheck, rootChoiceCount } from './parallelCheck.ts';

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
      const missing = r.complete ? 'NOT REACHABLE' : 'not found yet';
      const how = e.reachable ? `reachable in ${e.shortestChoices} choices` : missing;
      out.push(`  ${e.id}${e.figure ? ` (${e.figure})` : ''}: ${how}`);
    }
  }
  if (!r.complete && r.layers.length) {
    out.push(`new states per choice depth: ${r.layers.join(' ')}`);
    out.push(
      `variables with the most values: ${r.variableSpread.map((v) => `${v.name} ${v.values}`).join(', ')}`,
    );
  }
  for (const e of r.errors) out.push(`error ${e.file}:${e.line}: ${e.message}`);
  for (const w of r.warnings) out.push(`warning ${w.file}:${w.line}: ${w.message}`);
  out.push(r.ok ? 'story:check ok' : `story:check FAILED (${r.errors.length} errors)`);
  return out.join('\n');
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
      maxSeconds: numberOption(args, 'max-seconds', 120),
      seeds: numberOption(args, 'seeds', 5),
      restore: args.flags.has('restore-json') ? 'json' : 'copy',
      ignoreVariables: args.values.get('what-if-ignore')?.split(',').filter(Boolean),
    };
    const jobs = numberOption(args, 'jobs', 0) || undefined;
    // Several root choices (our three campaigns) and several cores: one process each.
    const parts = args.values.has('root-choice') || jobs === 1 ? 0 : rootChoiceCount(file);
    const report =
      parts > 1
        ? await parallelCheck(file, options, parts, jobs)
        : checkStory(file, {
            ...options,
            rootChoice: args.values.has('root-choice') ? numberOption(args, 'root-choice', 0) : undefined,
          });
    console.log(args.flags.has('json') ? JSON.stringify(report) : summary(report));
    return report.ok ? 0 : 1;
  } catch (e) {
    console.error(`story:check: ${(e as Error).message}`);
    return 2;
  }
}

void main().then((code) => (process.exitCode = code));
