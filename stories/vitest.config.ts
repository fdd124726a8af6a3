import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineProject } from 'vitest/config';
import { chromium } from '../vitest.browser.ts';

// Every story renders as a test in Chromium; its play function and the a11y addon's axe run
// (parameters.a11y.test = 'error' in preview.ts) decide pass or fail.
export default defineProject({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('../.storybook', import.meta.url)) })],
  test: { name: 'storybook', browser: chromium() },
});
