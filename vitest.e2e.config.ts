import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's /usr/bin/chromium) driving the
// production build served by `vite preview`. Run with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/serve.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A poll waits for what the page does when it can: the game puts work
    // ahead of need off to a quiet moment, up to 3 s away on a busy page
    // (whenQuiet). On a loaded 2-core machine the type specimen's italic face
    // was measured 2.4 s after the first page; vitest's default (1 s) failed
    // CI there. A poll that is met returns at once, so this costs only failures.
    expect: { poll: { timeout: 10_000 } },
  },
});
