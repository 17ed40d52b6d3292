/**
 * Vite plugin: the built index.html asks for the app's entry script once the
 * title is painted, not as the page is parsed (src/ui/earlyEntry.ts says why).
 * The entry's `<script type="module">` becomes a small inline script, allowed
 * by its hash in vite-plugin-csp.ts. Build only: the dev server serves the
 * page as written.
 */
import type { Plugin } from 'vite';
import { entryAfterTitleScript } from '../src/ui/earlyEntry.ts';

export function entryAfterTitlePlugin(): Plugin {
  return {
    name: 'undeclared-war-entry-after-title',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const entry = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry);
        if (!entry) throw new Error('entry after title: the build has no entry chunk');
        const file = entry.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const tag = new RegExp(`<script type="module"[^>]*\\ssrc="([^"]*${file})"[^>]*></script>`);
        const found = tag.exec(html);
        if (!found) throw new Error(`entry after title: no <script type="module"> for ${entry.fileName}`);
        return html.replace(found[0], `<script>${entryAfterTitleScript(found[1]!)}</script>`);
      },
    },
  };
}
