/**
 * run:verify — checks a speedrun's run file for a moderator:
 *   npm run run:verify -- FILE [--json] [--story story/main.ink]
 * Replays it headless through the game's own runner on each campaign's story
 * compiled from source as the build does (its storyHash must match), and checks every choice, the
 * endings, the splits, the times and the category's rule. Prints the verified
 * ending, IGT and splits; exit 0 when verified, 1 with the reason when not.
 * --json prints { ok, ending, category, igtMs, splits, reason }.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from '../ink/args.ts';
import { DEFAULT_STORY } from '../ink/loadStory.ts';
import { compileCampaign } from '../ink/campaigns.ts';
import { storyHash } from '../ink/storyHash.ts';
import { formatTime } from '../../src/core/speedrun/splits.ts';
import { categoryById } from '../../src/core/speedrun/categories.ts';
import { verifyRunText, type VerifyResult } from './verifyText.ts';

function print(result: VerifyResult, json: boolean): void {
  if (json) return console.log(JSON.stringify(result));
  if (!result.ok) return console.error(`run:verify: NOT VERIFIED: ${result.reason}`);
  const category = categoryById(result.category ?? '')?.name ?? result.category;
  console.log(`Verified: ${category}, ending ${result.ending}, IGT ${formatTime(result.igtMs ?? 0)}`);
  for (const s of result.splits) console.log(`  ${s.chapter.padEnd(8)} ${formatTime(s.igtMs)}`);
}

function main(): number {
  const args = parseArgs(process.argv.slice(2), ['story']);
  const json = args.flags.has('json');
  if (!args.file) {
    console.error('usage: npm run run:verify -- FILE [--json] [--story story/main.ink]');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    console.error(`run:verify: cannot read ${args.file}: ${(e as Error).message}`);
    return 1;
  }
  // Each campaign compiled as the build compiles it, so its hash is the game's.
  const result = verifyRunText(text, (figure) => {
    const compiled = compileCampaign(args.values.get('story') ?? DEFAULT_STORY, figure);
    if (!compiled.json) {
      for (const e of compiled.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
      throw new Error(`the ${figure} campaign does not compile, so no run can be verified against it`);
    }
    return { json: compiled.json, hash: storyHash(compiled.json) };
  });
  print(result, json);
  return result.ok ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`run:verify: ${(e as Error).message}`);
  process.exitCode = 2;
}
