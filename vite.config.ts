import { defineConfig } from 'vite';
import { FIGURE_IDS } from './src/core/figures.ts';
import { compileHintsPlugin } from './tools/vite-plugin-compile-hints.ts';
import { cspPlugin } from './tools/vite-plugin-csp.ts';
import { entryAfterTitlePlugin } from './tools/vite-plugin-entry-after-title.ts';
import { inkPlugin } from './tools/vite-plugin-ink.ts';
import { inlineCssPlugin } from './tools/vite-plugin-inline-css.ts';
import { titlePlugin } from './tools/vite-plugin-title.ts';
import { preloadPlugin } from './tools/vite-plugin-preload.ts';

export default defineConfig({
  // Relative URLs: the built game runs wherever it is served, at a site's root or in a
  // subfolder (itch.io, GitHub Pages); tests/e2e/subPath.test.ts plays it from one.
  base: './',
  // UW_STORY points the game at another ink story (the hot-reload browser test uses a copy).
  // The Content-Security-Policy is the build's alone (dev needs inline styles and its HMR socket).
  plugins: [
    inkPlugin(process.env.UW_STORY ?? 'story/main.ink'),
    titlePlugin(),
    inlineCssPlugin(),
    // As the title paints, the first figure's opening page as data (a few KB): what the app, once
    // booted, starts a campaign from (index.html shows a Begin pressed before that: src/ui/earlyInput.ts).
    // Not its campaign: that would be compiled on the page's thread while the title's clicks wait.
    preloadPlugin([`virtual:opening/${FIGURE_IDS[0]}`]),
    // The app's script after the title's first frame, which the title does not need (src/ui/earlyEntry.ts).
    entryAfterTitlePlugin(),
    cspPlugin(),
    // The code a choice runs, compiled as it loads rather than in the first choice's handler.
    compileHintsPlugin(['src/main.ts', 'src/afterTitle.ts']),
  ],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
