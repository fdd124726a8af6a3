/// <reference types="node" />
/**
 * custom-elements.json is generated (`pnpm --filter @mubiao/elements manifest`) and committed for
 * Storybook and editors; this regenerates it into a scratch directory and compares, and checks
 * that every element documents what a portal developer needs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { packageDir } from '../scripts/bundle.ts';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  members?: { name: string; privacy?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

let outDir: string;
let fresh: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'mubiao-cem-'));
  const cli = join(packageDir, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
  execFileSync(process.execPath, [cli, 'analyze'], {
    cwd: packageDir,
    stdio: 'pipe',
    // The analyzer joins outdir onto the working directory, so it must be relative.
    env: { ...process.env, CEM_OUTDIR: relative(packageDir, outDir) },
  });
  fresh = readFileSync(join(outDir, 'custom-elements.json'), 'utf8');
});

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('the committed custom-elements.json is current', () => {
  const committed = readFileSync(join(packageDir, 'custom-elements.json'), 'utf8');
  expect(JSON.parse(committed)).toEqual(JSON.parse(fresh));
});

test('all four elements are documented, with their tags registered by define modules', () => {
  const manifest = JSON.parse(fresh) as Manifest;
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
  const tags = elements.map((element) => element.tagName).sort();
  expect(tags).toEqual(['mb-findings-list', 'mb-ranking-table', 'mb-target-gauge', 'mb-task-matrix']);
  const defined = manifest.modules
    .flatMap((module) => module.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition')
    .map((e) => e.name)
    .sort();
  expect(defined).toEqual(tags);
  for (const element of elements) {
    expect(element.summary, element.tagName).toBeTruthy();
    expect(
      element.attributes?.map((a) => a.name),
      element.tagName,
    ).toContain('lang');
    expect(element.cssParts?.length, element.tagName).toBeGreaterThan(0);
    expect(
      element.members?.filter((m) => m.privacy === 'private'),
      element.tagName,
    ).toEqual([]);
  }
  const matrix = elements.find((element) => element.tagName === 'mb-task-matrix')!;
  expect(matrix.events?.map((e) => e.name)).toEqual(['mb-task-select', 'mb-department-change']);
  const list = elements.find((element) => element.tagName === 'mb-findings-list')!;
  expect(list.events?.map((e) => e.name)).toContain('mb-finding-select');
  expect(list.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['severity', 'code']));
});
