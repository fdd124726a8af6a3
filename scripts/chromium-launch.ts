/**
 * How every browser test and benchmark starts Chromium: Debian's build at /usr/bin/chromium
 * (Playwright cannot download its own browsers on our machines; scripts/ensure-chromium.mjs
 * installs it), or CHROMIUM_PATH. Flags keep a headless run quiet and offline.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
