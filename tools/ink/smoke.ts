/**
 * Quick random-walk smoke test for writers while a campaign is being written:
 *   npx tsx tools/ink/smoke.ts [shtern|chiang|kwantung] [runs]
 * Plays random routes with the ink fallbacks and prints the endings reached,
 * dead ends, runtime errors and the words of text seen. story:check is the
 * complete check; this is the fast feedback loop.
 */
import { compileInkFile } from './compile.ts';
import { Story } from 'inkjs/engine/Story';

const figure = process.argv[2] ?? 'shtern';
const runs = Number(process.argv[3] ?? 2000);
const compiled = compileInkFile('story/main.ink');
if (!compiled.ok || !compiled.json) {
  for (const e of compiled.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  process.exit(1);
}
for (const w of compiled.warnings) console.warn(`warning ${w.file}:${w.line}: ${w.message}`);
console.log(`compiled: ${compiled.words} words in the whole story, ${compiled.knots} knots`);
const story = new Story(compiled.json);
story.allowExternalFunctionFallbacks = true;
const endings = new Map<string, number>();
const problems = new Map<string, number>();
let seed = 12345;
const rnd = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const ranges: Record<string, [number, number]> = {
  stalin: [0, 100],
  supply: [0, 100],
  diplo: [0, 100],
  nkvd: [0, 100],
  leash: [-50, 50],
  unity: [0, 100],
  autonomy: [0, 100],
  north: [0, 100],
  opinion: [0, 100],
};
let maxChoices = 0;
let minChoices = Infinity;
for (let i = 0; i < runs; i++) {
  story.ResetState();
  story.state.storySeed = i;
  story.ChoosePathString(`${figure}_start`);
  let ending = '';
  let choices = 0;
  try {
    for (;;) {
      while (story.canContinue) {
        story.Continue();
        for (const t of story.currentTags ?? []) {
          const m = /^ending:\s*(.+)$/.exec(t.trim());
          if (m) ending = m[1]!;
        }
        if (story.currentErrors?.length) throw new Error(story.currentErrors.join('; '));
      }
      for (const [k, [lo, hi]] of Object.entries(ranges)) {
        const v = story.variablesState.$(k) as number;
        if (v < lo || v > hi)
          problems.set(
            `meter ${k}=${v} out of range`,
            (problems.get(`meter ${k}=${v} out of range`) ?? 0) + 1,
          );
      }
      if (story.currentChoices.length === 0) break;
      story.ChooseChoiceIndex(rnd(story.currentChoices.length));
      choices++;
    }
  } catch (e) {
    const msg = `error: ${(e as Error).message}`;
    problems.set(msg, (problems.get(msg) ?? 0) + 1);
    continue;
  }
  if (!ending) {
    const msg = `dead end (no choices, no ending tag) after: ${story.state.currentPathString ?? story.currentText}`;
    problems.set(msg, (problems.get(msg) ?? 0) + 1);
  } else endings.set(ending, (endings.get(ending) ?? 0) + 1);
  maxChoices = Math.max(maxChoices, choices);
  minChoices = Math.min(minChoices, choices);
}
console.log(`${runs} random runs of ${figure}: choices per run ${minChoices}–${maxChoices}`);
for (const [k, v] of [...endings].sort()) console.log(`  ${k}: ${v}`);
for (const [k, v] of problems) console.log(`  PROBLEM x${v}: ${k}`);
process.exit(problems.size ? 1 : 0);
