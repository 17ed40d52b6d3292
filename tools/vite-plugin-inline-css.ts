/**
 * Vite plugin: the build writes the entry's stylesheet into index.html as a
 * <style>, instead of a <link> the title's paint would wait for (a round trip,
 * and the game's module script waits for it too). It is small (about 4 KB
 * gzipped): the title needs most of it. Its fonts stay files, loaded when text
 * uses them, shown with a fallback first (font-display: swap); their URLs are
 * rewritten from the stylesheet's folder to the page's. vite-plugin-csp.ts
 * allows the <style> by its hash.
 */
import { posix } from 'node:path';
import type { Plugin } from 'vite';

export function inlineCssPlugin(): Plugin {
  return {
    name: 'undeclared-war-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g,
          (link, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return link;
            delete bundle[file];
            const css = String(asset.source).replace(
              /url\(\s*(['"]?)(\.[^)'"]+)\1\s*\)/g,
              (_, q: string, url: string) => {
                return `url(${q}./${posix.join(posix.dirname(file), url)}${q})`;
              },
            );
            return `<style>${css}</style>`;
          },
        );
      },
    },
  };
}
