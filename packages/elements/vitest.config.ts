import { defineProject } from 'vitest/config';
import { chromium } from '../../vitest.browser.ts';

export default defineProject({
  test: { name: 'elements', include: ['src/**/*.test.ts'], browser: chromium() },
});
