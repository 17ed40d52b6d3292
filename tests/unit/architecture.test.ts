/**
 * The layer rules of docs/ARCHITECTURE.md, checked on the sources (ESLint and
 * tsconfig.core.json enforce them too; this fails with a plain message).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

const imports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('architecture', () => {
  it('keeps src/core pure: no inkjs, pixi.js, howler, outer layers or DOM', () => {
    for (const file of tsFiles('src/core')) {
      for (const spec of imports(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(
          /^(inkjs|pixi\.js|howler)|\.\.\/(narrative|ui|render|audio|persistence|speedrun)|tools\//,
        );
      }
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code, file).not.toMatch(/\b(window|document|localStorage|navigator)\b/);
    }
  });

  it('keeps src/app free of the DOM and of engines: no inkjs, pixi.js, howler, or DOM-layer imports', () => {
    const files = tsFiles('src/app');
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      for (const spec of imports(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(
          /^(inkjs|pixi\.js|howler)|\.\.\/(ui|render|audio|main)\b|tools\//,
        );
      }
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code, file).not.toMatch(
        /\b(window|document|localStorage|navigator|requestAnimationFrame|HTMLElement|performance)\b/,
      );
    }
  });

  it('lets only src/narrative import inkjs, and src never import tools', () => {
    for (const file of tsFiles('src')) {
      for (const spec of imports(file)) {
        if (!file.startsWith(join('src', 'narrative')))
          expect(spec, `${file} imports ${spec}`).not.toMatch(/^inkjs/);
        expect(spec, `${file} imports ${spec}`).not.toMatch(/(^|\/)tools\//);
      }
    }
  });
});
