#!/usr/bin/env node
// Type-checks every package with its own tsconfig (core without DOM or Node, elements with the
// DOM, …). One tsc per config, sequential, so a failure names the package it belongs to.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { TS_CONFIGS } from './tsconfigs.mjs';

const configs = TS_CONFIGS.filter((c) => existsSync(c));

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
let failed = 0;
for (const config of configs) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [tsc, '-p', config, '--noEmit'], { stdio: 'inherit' });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${config} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
if (failed) {
  console.error(`typecheck: ${failed} of ${configs.length} configs have type errors`);
  process.exit(1);
}
