/**
 * run:lss — writes a run file's splits as a LiveSplit splits file (.lss):
 *   npm run run:lss -- FILE [--out splits.lss]
 * The run is its own personal best and its segments its golds, in game time.
 * Prints the .lss to stdout unless --out names a file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from '../ink/args.ts';
import { lssFromRunFile, writeLss } from '../../src/core/speedrun/lss.ts';
import { parseRunFile } from '../../src/persistence/runFileSchema.ts';

function main(): number {
  const args = parseArgs(process.argv.slice(2), ['out']);
  if (!args.file) {
    console.error('usage: npm run run:lss -- FILE [--out splits.lss]');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    console.error(`run:lss: cannot read ${args.file}: ${(e as Error).message}`);
    return 1;
  }
  const parsed = parseRunFile(text);
  if (!parsed.ok) {
    console.error(`run:lss: ${parsed.message}`);
    return 1;
  }
  const lss = writeLss(lssFromRunFile(parsed.file));
  const out = args.values.get('out');
  if (out) {
    writeFileSync(out, lss);
    console.error(`run:lss: wrote ${out}`);
  } else process.stdout.write(lss);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`run:lss: ${(e as Error).message}`);
  process.exitCode = 2;
}
