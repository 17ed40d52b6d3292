import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A file per core. Vitest's default leaves one core to itself, which on CI's 2 cores ran the
    // suite one file at a time: 851 s there, against 515 s with both (the story runs are CPU-bound).
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
