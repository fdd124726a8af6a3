import { defineProject } from 'vitest/config';

// End-to-end: a Vite dev server of the add-in and headless Debian Chromium through playwright-core.
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
