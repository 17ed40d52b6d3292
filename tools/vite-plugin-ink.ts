/**
 * Vite plugin: compiles each campaign's story from story/main.ink (with its
 * INCLUDEs; tools/ink/campaigns.ts) with inkjs's own compiler, and serves it as
 * `virtual:campaign/<figure>`, one chunk per campaign, loaded only when the
 * player picks that figure.
 * - build: a compile error fails the build, naming file and line.
 * - dev: a compile error shows in vite's overlay while the page keeps running
 *   the last good story; saving an .ink file sends each campaign that includes
 *   it to the page (event `ink:update`), which replays a run of that campaign
 *   to the same place. A story that compiles but fails story:check's lint
 *   (devLint.ts) runs and shows the lint in the overlay; a clean one sends
 *   `ink:clean`, on which the page closes the overlay (vite's own "update"
 *   would reload a page whose first update it is).
 * Each campaign's prebuilt opening page goes with it twice: as data,
 * `virtual:opening/<figure>`, and drawn, a <template> of index.html
 * (src/ui/openingMarkup.ts), which the page shows on a Begin pressed before
 * the app has booted.
 */
import { dirname, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { FIGURE_IDS, type FigureId } from '../src/core/figures.ts';
import { compileCampaign } from './ink/campaigns.ts';
import type { CompileResult, InkDiagnostic } from './ink/compile.ts';
import { devLintErrors } from './ink/devLint.ts';
import type { OpeningPage } from '../src/core/opening.ts';
import { seedFreeOpening } from './ink/openingPage.ts';
import { openingTemplateMarkup } from './ink/openingTemplate.ts';
import { openingTemplateId } from '../src/ui/openingTemplateId.ts';
import { storyHash } from './ink/storyHash.ts';

const VIRTUAL_PREFIX = 'virtual:campaign/';
const RESOLVED_PREFIX = '\0' + VIRTUAL_PREFIX;
/** Each campaign's opening page, prebuilt from its story (tools/ink/openingPage.ts): loaded with its briefing. */
const OPENING_PREFIX = 'virtual:opening/';
const RESOLVED_OPENING_PREFIX = '\0' + OPENING_PREFIX;
/** Each campaign's story hash, without its story: the title's speedrun records and flowchart are kept per version. */
const VERSIONS_ID = 'virtual:story-versions';
const RESOLVED_VERSIONS_ID = '\0' + VERSIONS_ID;

/** The `ink:update` payload (src/main.ts reads it). */
export interface InkUpdate {
  figure: FigureId;
  json: string;
  hash: string;
  /** Its opening page, prebuilt again (src/ui/openingPages.ts keeps it in step). */
  opening: OpeningPage | null;
}

function describe(problems: InkDiagnostic[]): string {
  return problems.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n');
}

/** The same problem found by several campaigns' compiles, once. */
function unique(problems: InkDiagnostic[]): InkDiagnostic[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
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

function figureOf(resolvedId: string, prefix = RESOLVED_PREFIX): FigureId | null {
  if (!resolvedId.startsWith(prefix)) return null;
  const figure = resolvedId.slice(prefix.length);
  return (FIGURE_IDS as readonly string[]).includes(figure) ? (figure as FigureId) : null;
}

export function inkPlugin(mainInk = 'story/main.ink'): Plugin {
  const mainPath = resolve(mainInk);
  const lastGood = new Map<FigureId, CompileResult & { json: string }>();
  // Each campaign compiled from the sources as they are now: the versions module and the
  // campaign's own module share it (a build compiled each campaign twice); a saved file drops it.
  const current = new Map<FigureId, CompileResult>();
  const compileNow = (figure: FigureId): CompileResult => {
    let result = current.get(figure);
    if (!result) current.set(figure, (result = compileCampaign(mainPath, figure)));
    return result;
  };
  /** A campaign's prebuilt opening, from the story as its campaign module serves it (in dev, the last good one). */
  const openingNow = (figure: FigureId): OpeningPage | null => {
    const compiled = compileNow(figure);
    const json = compiled.ok && compiled.json ? compiled.json : lastGood.get(figure)?.json;
    return json ? seedFreeOpening({ json, hash: storyHash(json) }, figure) : null;
  };
  let server: ViteDevServer | null = null;

  const moduleSource = (json: string): string =>
    `export const storyJson = ${JSON.stringify(json)};\n` +
    `export const storyHash = ${JSON.stringify(storyHash(json))};\n`;

  return {
    name: 'undeclared-war:ink',
    configureServer(s) {
      server = s;
      // The story may live outside the project (the dev tests use a copy): watch its folder,
      // so a save reaches handleHotUpdate before the page has loaded any campaign.
      s.watcher.add(dirname(mainPath));
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) || id.startsWith(OPENING_PREFIX) || id === VERSIONS_ID
        ? '\0' + id
        : null;
    },
    load(id) {
      if (id === RESOLVED_VERSIONS_ID) {
        // Each campaign's hash (a campaign that fails to compile fails the build in its own module).
        const hashes = Object.fromEntries(
          FIGURE_IDS.map((figure) => {
            const compiled = compileNow(figure);
            if (compiled.ok && compiled.json)
              lastGood.set(figure, compiled as CompileResult & { json: string });
            return [figure, compiled.json ? storyHash(compiled.json) : 'uncompiled'];
          }),
        );
        return `export const campaignHashes = ${JSON.stringify(hashes)};\n`;
      }
      const openingOf = figureOf(id, RESOLVED_OPENING_PREFIX);
      if (openingOf) return `export const opening = ${JSON.stringify(openingNow(openingOf))};\n`;
      const figure = figureOf(id);
      if (!figure) return null;
      const result = compileNow(figure);
      for (const f of result.files) this.addWatchFile(f);
      const good = lastGood.get(figure);
      if (!result.ok || !result.json) {
        const first = result.errors[0];
        if (server && good) {
          // Dev: keep the last good story running; the overlay shows the error.
          server.ws.send({
            type: 'error',
            err: { message: describe(result.errors), stack: '', plugin: 'ink' },
          });
          return moduleSource(good.json);
        }
        this.error({
          message: `ink compile failed:\n${describe(result.errors)}`,
          id: first ? resolve(first.file) : mainPath,
          loc: first ? { file: resolve(first.file), line: first.line, column: 0 } : undefined,
        });
      }
      lastGood.set(figure, result as CompileResult & { json: string });
      return moduleSource(result.json!);
    },
    // Each campaign's opening page as the app draws it, a <template> of index.html: the page's inline
    // script shows it on a Begin pressed before the app has booted (src/ui/earlyInput.ts).
    transformIndexHtml: {
      order: 'pre',
      async handler() {
        const tags = [];
        for (const figure of FIGURE_IDS) {
          const opening = openingNow(figure);
          if (!opening) continue;
          const markup = await openingTemplateMarkup(opening);
          tags.push({ tag: 'template', attrs: { id: openingTemplateId(figure) }, children: markup });
        }
        return tags.map((t) => ({ ...t, injectTo: 'body' as const }));
      },
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.endsWith('.ink')) return;
      const changed = resolve(ctx.file);
      // Only the campaigns that read the saved file (all of them for a common file or main.ink).
      const affected = FIGURE_IDS.filter((f) => lastGood.get(f)?.files.includes(changed) ?? true);
      for (const figure of affected) current.delete(figure);
      const results = affected.map((figure) => ({ figure, result: compileNow(figure) }));
      for (const { result } of results) for (const f of result.files) ctx.server.watcher.add(f);
      const errors = unique(results.flatMap(({ result }) => result.errors));
      if (errors.length) {
        const headline = 'ink compile failed — the game keeps running the last good story.';
        showInOverlay(ctx.server, headline, errors, mainPath);
        return [];
      }
      for (const { figure, result } of results) {
        lastGood.set(figure, result as CompileResult & { json: string });
        const mod = ctx.server.moduleGraph.getModuleById(RESOLVED_PREFIX + figure);
        if (mod) ctx.server.moduleGraph.invalidateModule(mod);
        const opening = ctx.server.moduleGraph.getModuleById(RESOLVED_OPENING_PREFIX + figure);
        if (opening) ctx.server.moduleGraph.invalidateModule(opening);
        const versions = ctx.server.moduleGraph.getModuleById(RESOLVED_VERSIONS_ID);
        if (versions) ctx.server.moduleGraph.invalidateModule(versions);
        const story = { json: result.json!, hash: storyHash(result.json!) };
        const update: InkUpdate = { figure, ...story, opening: seedFreeOpening(story, figure) };
        ctx.server.ws.send({ type: 'custom', event: 'ink:update', data: update });
      }
      const files = [...new Set(results.flatMap(({ result }) => result.files))];
      const lint = devLintErrors(files);
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
