/**
 * story:check — compile, lint and explore any ink story.
 *   npm run story:check -- [file.ink] [--json] [--max-states N] [--max-seconds S] [--seeds N]
 * Exit 0 only when the story is ok; 1 when it is not; 2 on a usage error.
 */
import { parseArgs, numberOption } from './args.ts';
import { checkStory, type CheckReport } from './checkStory.ts';
import { DEFAULT_STORY } from './loadStory.ts';

function summary(r: CheckReport): string {
  const out: string[] = [];
  out.push(
    `${r.words} words, ${r.knots} knots; ${r.statesExplored} states explored in ${r.seconds.toFixed(2)} s ` +
      `(${Math.round(r.statesPerSecond)} states/s, seeds ${r.seeds.join(',')})${r.complete ? '' : ' — INCOMPLETE'}`,
  );
  if (r.endings.length) {
    out.push('endings:');
    for (const e of r.endings) {
      const how = e.reachable ? `reachable in ${e.shortestChoices} choices` : 'NOT REACHABLE';
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

function main(): number {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), ['max-states', 'max-seconds', 'seeds']);
    const report = checkStory(args.file ?? DEFAULT_STORY, {
      maxStates: numberOption(args, 'max-states', 2_000_000),
      maxSeconds: numberOption(args, 'max-seconds', 120),
      seeds: numberOption(args, 'seeds', 5),
      restore: args.flags.has('restore-json') ? 'json' : 'patch',
    });
    console.log(args.flags.has('json') ? JSON.stringify(report) : summary(report));
    return report.ok ? 0 : 1;
  } catch (e) {
    console.error(`story:check: ${(e as Error).message}`);
    return 2;
  }
}

process.exitCode = main();
