/**
 * Quick random-walk smoke test for writers while a campaign is being written:
 *   npx tsx tools/ink/smoke.ts [shtern|chiang|kwantung] [runs]
 * Plays random routes through the game's own runner and prints the endings
 * reached, dead ends, runtime errors and meters out of range. story:check is
 * the complete check; this is the fast feedback loop.
 */
import { compileInkFile } from './compile.ts';
import { figureById } from '../../src/core/figures.ts';
import { metersOutOfRange } from '../../src/core/meters.ts';
import { createGameRunner } from '../../src/narrative/gameStory.ts';

const figure = figureById(process.argv[2] ?? 'shtern');
const runs = Number(process.argv[3] ?? 2000);
if (!figure) {
  console.error('usage: smoke.ts [shtern|chiang|kwantung] [runs]');
  process.exit(2);
}
const compiled = compileInkFile('story/main.ink');
if (!compiled.ok || !compiled.json) {
  for (const e of compiled.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  process.exit(1);
}
for (const w of compiled.warnings) console.warn(`warning ${w.file}:${w.line}: ${w.message}`);
console.log(`compiled: ${compiled.words} words in the whole story, ${compiled.knots} knots`);

const runner = createGameRunner(compiled.json);
const endings = new Map<string, number>();
const problems = new Map<string, number>();
const count = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
let seed = 12345;
const pick = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;

for (let i = 0; i < runs; i++) {
  try {
    let step = runner.start(i, figure.startKnot);
    let ending = step.ending;
    for (;;) {
      for (const e of step.errors) count(problems, `runtime error: ${e}`);
      for (const m of metersOutOfRange(runner.variables())) count(problems, `meter out of range: ${m}`);
      if (step.ended) break;
      step = runner.choose(pick(step.choices.length));
      ending = step.ending ?? ending;
    }
    if (ending) count(endings, ending);
    else count(problems, `dead end (no choices, no ending tag): ${step.lines.at(-1)?.text ?? ''}`);
  } catch (e) {
    runner.recoverFromThrow();
    count(problems, `error: ${(e as Error).message}`);
  }
}
console.log(`${runs} random runs of ${figure.id}`);
for (const [k, v] of [...endings].sort()) console.log(`  ${k}: ${v}`);
for (const [k, v] of problems) console.log(`  PROBLEM x${v}: ${k}`);
process.exit(problems.size ? 1 : 0);
