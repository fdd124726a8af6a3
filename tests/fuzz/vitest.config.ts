import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'fuzz', environment: 'node', include: ['**/*.test.ts'], testTimeout: 600_000 },
});
