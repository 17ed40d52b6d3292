import { defineConfig } from 'vite';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin('story/main.ink')],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
