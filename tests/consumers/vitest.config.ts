import { defineProject } from 'vitest/config';

// Packs every package, installs the tarballs into projects outside the workspace and uses them
// (consumers.test.ts); the fixtures are made once, in the test file's beforeAll.
export default defineProject({
  test: { name: 'consumers', environment: 'node', include: ['*.test.ts'], testTimeout: 120_000, hookTimeout: 900_000 },
});
