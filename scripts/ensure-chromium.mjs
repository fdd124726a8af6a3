#!/usr/bin/env node
// Browser tests run in Debian's Chromium (Playwright cannot download its own browsers here).
// Installs it, with a CJK font so screenshots kept as test artifacts are legible, when we are
// root on a Debian-like machine; otherwise says exactly what to do.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Chromium is missing at ${path}: installing Debian's chromium (apt-get)…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('Could not install chromium with apt-get; install it by hand, or set CHROMIUM_PATH.');
    process.exit(1);
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
    'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
);
process.exit(1);
