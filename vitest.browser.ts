import { playwright } from '@vitest/browser-playwright';
import type { BrowserConfigOptions } from 'vitest/node';
import { chromiumLaunchOptions } from './scripts/chromium-launch.ts';

/**
 * Headless Debian Chromium for every browser-mode project. Playwright cannot download its own
 * browsers on our machines, so we point it at /usr/bin/chromium (scripts/ensure-chromium.mjs
 * installs it). A function, because each vitest project needs its own config object.
 */
export function chromium(): BrowserConfigOptions {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: chromiumLaunchOptions,
    }),
    instances: [{ browser: 'chromium' }],
  };
}
