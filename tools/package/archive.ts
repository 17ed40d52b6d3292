/**
 * The built game as an archive for itch.io: index.html at the root, every file
 * the game loads beside it (relative URLs: vite.config.ts's base './'), the
 * source maps left out.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { zip, type ZipEntry } from './zip.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

/** The archive's entries: every file of the build but its source maps, by its path in the build. */
export function packageEntries(dist: string): ZipEntry[] {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist}/index.html is missing: build the game first (npm run build)`);
  return filesUnder(dist)
    .filter((f) => !f.endsWith('.map'))
    .map((f) => ({ name: relative(dist, f).split(sep).join('/'), data: readFileSync(f) }));
}

/** Writes the archive of `dist` to `out`; returns how many files it holds and its size in bytes. */
export function writePackage(dist: string, out: string): { files: number; bytes: number } {
  const entries = packageEntries(dist);
  const archive = zip(entries);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, archive);
  return { files: entries.length, bytes: archive.length };
}
