/**
 * Vite plugin: compiles story/main.ink (with its INCLUDEs) with inkjs's own
 * compiler and serves it as `virtual:story`.
 * - build: a compile error fails the build, naming file and line.
 * - dev: a compile error shows in vite's overlay while the page keeps running
 *   the last good story; saving any .ink file sends the new story to the page
 *   (event `ink:update`), which replays the run to the same place. A story that
 *   compiles but fails story:check's lint (devLint.ts) runs and shows the lint
 *   in the overlay; a clean one sends `ink:clean`, on which the page closes the
 *   overlay (vite's own "update" would reload a page whose first update it is).
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkFile, type InkDiagnostic } from './ink/compile.ts';
import { devLintErrors } from './ink/devLint.ts';
import { storyHash } from './ink/storyHash.ts';

const VIRTUAL_ID = 'virtual:story';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** The `ink:update` payload (src/main.ts reads it). */
interface InkUpdate {
  json: string;
  hash: string;
}

function describe(problems: InkDiagnostic[]): string {
  return problems.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n');
}

/** Shows problems in vite's overlay, located at the first one. */
function showInOverlay(
  server: ViteDevServer,
  headline: string,
  problems: InkDiagnostic[],
  mainPath: string,
): void {
  const first = problems[0];
  server.ws.send({
    type: 'error',
    err: {
      message: `${headline}\n${describe(problems)}`,
      stack: '',
      id: first ? resolve(first.file) : mainPath,
      loc: first ? { file: resolve(first.file), line: first.line, column: 0 } : undefined,
      plugin: 'ink',
    },
  });
}

export function inkPlugin(mainInk = 'story/main.ink'): Plugin {
  const mainPath = resolve(mainInk);
  let lastGoodJson: string | null = null;
  let server: ViteDevServer | null = null;

  const moduleSource = (json: string): string =>
    `export const storyJson = ${JSON.stringify(json)};\n` +
    `export const storyHash = ${JSON.stringify(storyHash(json))};\n`;

  return {
    name: 'undeclared-war:ink',
    configureServer(s) {
      server = s;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const result = compileInkFile(mainPath);
      for (const f of result.files) this.addWatchFile(f);
      if (!result.ok || !result.json) {
        const first = result.errors[0];
        if (server && lastGoodJson) {
          // Dev: keep the last good story running; the overlay shows the error.
          server.ws.send({
            type: 'error',
            err: { message: describe(result.errors), stack: '', plugin: 'ink' },
          });
          return moduleSource(lastGoodJson);
        }
        this.error({
          message: `ink compile failed:\n${describe(result.errors)}`,
          id: first ? resolve(first.file) : mainPath,
          loc: first ? { file: resolve(first.file), line: first.line, column: 0 } : undefined,
        });
      }
      lastGoodJson = result.json!;
      return moduleSource(result.json!);
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.endsWith('.ink')) return;
      const result = compileInkFile(mainPath);
      for (const f of result.files) ctx.server.watcher.add(f);
      if (!result.ok || !result.json) {
        const headline = 'ink compile failed — the game keeps running the last good story.';
        showInOverlay(ctx.server, headline, result.errors, mainPath);
        return [];
      }
      lastGoodJson = result.json;
      const mod = ctx.server.moduleGraph.getModuleById(RESOLVED_ID);
      if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      const update: InkUpdate = { json: result.json, hash: storyHash(result.json) };
      ctx.server.ws.send({ type: 'custom', event: 'ink:update', data: update });
      const lint = devLintErrors(result.files);
      if (lint.length)
        showInOverlay(
          ctx.server,
          'ink lint (story:check will fail) — the game runs the new story.',
          lint,
          mainPath,
        );
      else ctx.server.ws.send({ type: 'custom', event: 'ink:clean' });
      return [];
    },
  };
}
