import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'acceptance',
    environment: 'node',
    include: ['acceptance/**/*.test.ts', 'corpus/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
