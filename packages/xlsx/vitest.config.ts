import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'xlsx', environment: 'node', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
