import { defineConfig } from 'vitest/config';

// Each package (and addin/, tests/) owns a vitest.config.ts that names its project.
export default defineConfig({
  test: {
    projects: ['packages/*', 'packages/elements/vitest.node.config.ts', 'addin', 'tests', 'tests/e2e', 'tests/fuzz', 'tests/consumers', 'stories'],
  },
});
