/**
 * The compile-hints plugin: the chunks that hold the named modules get V8's
 * compile hint as their first line, after anything Vite put at their top, and
 * their source maps move down a line with them; no other chunk is touched.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintsPlugin } from '../../tools/vite-plugin-compile-hints';

type Bundle = Record<string, Record<string, unknown>>;

function chunk(fileName: string, moduleIds: string[], code: string) {
  return { type: 'chunk', fileName, moduleIds: moduleIds.map((m) => resolve(m)), code };
}
function map(mappings: string) {
  return { type: 'asset', source: JSON.stringify({ version: 3, sources: ['x.ts'], mappings }) };
}
/** Runs the plugin's bundle hook on `bundle`, as Vite does once the chunks are rendered. */
function generate(modules: string[], bundle: Bundle): void {
  const hook = compileHintsPlugin(modules).generateBundle as unknown as {
    handler: (o: unknown, b: Bundle) => void;
  };
  hook.handler({}, bundle);
}

describe('the compile hints', () => {
  const bundle = (): Bundle => ({
    'index-a.js': chunk(
      'index-a.js',
      ['src/main.ts', 'src/ui/reader.ts'],
      'const __vite__mapDeps=1;\nrun();',
    ),
    'index-a.js.map': map('AAAA;AACA'),
    'session-b.js': chunk('session-b.js', ['src/narrative/session.ts'], 'import"x";'),
    'session-b.js.map': map('AAAA'),
  });

  it('go first in the chunks that hold the named modules, before what Vite put there, and nowhere else', () => {
    const out = bundle();
    generate(['src/main.ts'], out);
    expect(out['index-a.js']!.code).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps=1;\nrun();`);
    expect(out['session-b.js']!.code).toBe('import"x";');
    // Every mapped line one lower: an empty first line of mappings.
    expect(JSON.parse(out['index-a.js.map']!.source as string)).toEqual({
      version: 3,
      sources: ['x.ts'],
      mappings: ';AAAA;AACA',
    });
    expect(JSON.parse(out['session-b.js.map']!.source as string).mappings).toBe('AAAA');
  });

  it('mark a chunk once, however many of its modules are named', () => {
    const out = bundle();
    generate(['src/main.ts', 'src/ui/reader.ts'], out);
    expect(out['index-a.js']!.code).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps=1;\nrun();`);
    expect(JSON.parse(out['index-a.js.map']!.source as string).mappings).toBe(';AAAA;AACA');
  });

  it('fail the build, naming the module, when no chunk holds it (a file renamed or moved)', () => {
    expect(() => generate(['src/renamed.ts'], bundle())).toThrow(/no chunk holds .*src\/renamed\.ts/);
  });
});
