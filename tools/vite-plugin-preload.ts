/**
 * Vite plugin: the built index.html preloads some chunks for a new player
 * once the title is painted (src/ui/earlyPreload.ts, a small inline script,
 * allowed by its hash in vite-plugin-csp.ts): the first figure's opening
 * page. `modules` are module ids (a path from the root, or a virtual id);
 * with them, the chunks they import.
 */
import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { earlyPreloadScript } from '../src/ui/earlyPreload.ts';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

export function preloadPlugin(modules: string[]): Plugin {
  return {
    name: 'undeclared-war-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const files = new Set<string>();
        for (const id of modules) for (const file of chunkFiles(ctx.bundle, id)) files.add(file);
        // The page's entry is its own <script>: no link for it.
        for (const c of Object.values(ctx.bundle))
          if (c.type === 'chunk' && c.isEntry) files.delete(c.fileName);
        return [
          { tag: 'script', children: earlyPreloadScript([...files].map((f) => `./${f}`)), injectTo: 'head' },
        ];
      },
    },
  };
}

/** The chunk built from module `id` and the chunks it imports statically. */
function chunkFiles(bundle: OutputBundle, id: string): string[] {
  const wanted = [resolve(id), `\0${id}`];
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const chunk = chunks.find((c) => c.facadeModuleId !== null && wanted.includes(c.facadeModuleId));
  if (!chunk) throw new Error(`modulepreload: no chunk is built from ${id}`);
  return [chunk.fileName, ...chunk.imports.filter((f) => !f.endsWith('.css'))];
}
