import { defineProject } from 'vitest/config';

// Packs every package, installs the tarballs into projects outside the workspace and uses them
// (consumers.test.ts); the fixtures are made once, in the test file's beforeAll. It runs after
// every other project (groupOrder 1): its builds take both cores for a few minutes, which would
// otherwise slow the tests beside it past their timeouts.
export default defineProject({
  test: {
    name: 'consumers',
    environment: 'node',
    include: ['*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 900_000,
    sequence: { groupOrder: 1 },
  },
});
