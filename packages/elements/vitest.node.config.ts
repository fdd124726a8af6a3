import { defineProject } from 'vitest/config';

/**
 * Node-side checks of the package's build artefacts: size report, custom-elements.json, theme
 * files, the template minifier, and the portal demo under its CSP in headless Chromium.
 */
export default defineProject({
  test: {
    name: 'elements-node',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
