/**
 * Vite plugin: writes the title screen into index.html (build and dev), so the
 * title paints from the HTML alone, before any script or story has loaded. The
 * markup is src/ui/titleMarkup.ts, the same function the app renders the title
 * with; the app adopts it when it boots. Each figure's briefing goes with it,
 * as a template (src/ui/briefingMarkup.ts). With it goes the page's one inline
 * script: a returning player's display settings (src/ui/earlyDisplay.ts) and
 * a click made on the title before the app runs (src/ui/earlyInput.ts);
 * vite-plugin-csp.ts allows it by its hash.
 */
import type { Plugin } from 'vite';
import { briefingFor } from '../src/core/briefings.ts';
import { FIGURES } from '../src/core/figures.ts';
import { briefingMarkup, briefingTemplateId } from '../src/ui/briefingMarkup.ts';
import { EARLY_DISPLAY_SCRIPT } from '../src/ui/earlyDisplay.ts';
import { EARLY_INPUT_SCRIPT } from '../src/ui/earlyInput.ts';
import { titleMarkup } from '../src/ui/titleMarkup.ts';

/** Where index.html wants the title. */
export const TITLE_PLACEHOLDER = '<!-- title: tools/vite-plugin-title.ts -->';

export function titlePlugin(): Plugin {
  return {
    name: 'undeclared-war-title',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(TITLE_PLACEHOLDER)) throw new Error(`index.html has no ${TITLE_PLACEHOLDER}`);
        return {
          html: html.replace(TITLE_PLACEHOLDER, titleMarkup(FIGURES)),
          // In <head>: it listens before the title's buttons exist.
          tags: [
            {
              tag: 'script',
              children: `${EARLY_DISPLAY_SCRIPT};${EARLY_INPUT_SCRIPT}`,
              injectTo: 'head',
            },
            // Each figure's briefing screen, inert until copied: by the inline script for a figure
            // clicked before the app has booted, and by the app (src/ui/briefing.ts).
            ...FIGURES.map((f) => ({
              tag: 'template',
              attrs: { id: briefingTemplateId(f.id) },
              children: briefingMarkup(f.id, briefingFor(f.id)),
              injectTo: 'body' as const,
            })),
          ],
        };
      },
    },
  };
}
