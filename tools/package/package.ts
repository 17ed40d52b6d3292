/**
 * npm run package — builds the game, then writes it as a zip ready to upload
 * to itch.io as an HTML game (archive.ts).
 *   tsx tools/package/package.ts [--dist dist] [--out release/undeclared-war-<version>.zip]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from '../ink/args.ts';
import { writePackage } from './archive.ts';

try {
  const args = parseArgs(process.argv.slice(2), ['dist', 'out']);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const out = args.values.get('out') ?? `release/undeclared-war-${version}.zip`;
  const { files, bytes } = writePackage(args.values.get('dist') ?? 'dist', out);
  console.log(`${out}: ${files} files, ${(bytes / 2 ** 20).toFixed(1)} MB`);
  console.log('Upload it to itch.io as an HTML game ("This file will be played in the browser").');
} catch (e) {
  console.error(`package: ${(e as Error).message}`);
  process.exitCode = 1;
}
