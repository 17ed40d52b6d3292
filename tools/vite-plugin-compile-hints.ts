/**
 * Vite plugin: marks the chunks whose code a player's choices run for eager
 * compilation, with V8's explicit compile hint (Chrome 136 and later): the
 * comment `//# allFunctionsCalledOnLoad` as a file's first line. Without it V8
 * compiles a function the first time it is called, on the page's thread: a
 * run's first choice compiled about 30 functions of the app inside its key's
 * handler (1.4–4.8 ms in traces), and its paint waited for them. With it, they
 * are compiled as the chunk loads, which for these chunks is after the title's
 * first frame (src/ui/earlyEntry.ts), and off the page's thread where the
 * browser streams the script. Other browsers read it as a comment.
 *
 * `modules`: paths from the root; each chunk that holds one of them is marked.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHintsPlugin(modules: string[]): Plugin {
  const wanted = modules.map((m) => resolve(m));
  return {
    name: 'undeclared-war-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own addition to a chunk's top (its dependency map): the hint counts only there.
      order: 'post',
      handler(_options, bundle) {
        for (const id of wanted) {
          const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.includes(id));
          if (chunk?.type !== 'chunk') throw new Error(`compile hints: no chunk holds ${id}`);
          if (chunk.code.startsWith(COMPILE_HINT)) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          // The source map's lines move down by the one added: an empty first line of mappings.
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          }
        }
      },
    },
  };
}
