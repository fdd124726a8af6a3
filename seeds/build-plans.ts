/**
 * Builds the seeded plans from the seed documents: the reader, then the reviewed corrections.
 * Shared by `npx tsx seeds/build.ts` (which writes plans/*.json) and the test that fails when
 * the committed plans differ from what this produces.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan, RegionLevel, Correction } from '@mubiao/core';
import { applyCorrections, checkCorrections, extractPlan } from '@mubiao/core';

export const SEEDS_DIR = dirname(fileURLToPath(import.meta.url));

export interface ManifestEntry {
  name: string;
  /** Relative to seeds/. */
  file: string;
  region: string;
  level: RegionLevel;
  parentRegion?: string;
  year: number;
  part: 'body' | 'table';
  title?: string;
}

export function readManifest(): ManifestEntry[] {
  const raw = readJson('manifest.json') as { plans?: ManifestEntry[] };
  if (!Array.isArray(raw.plans)) throw new Error('seeds/manifest.json: expected { "plans": [...] }');
  raw.plans.forEach((p, i) => {
    for (const key of ['name', 'file', 'region', 'level', 'year', 'part'] as const) {
      if (p[key] === undefined) throw new Error(`seeds/manifest.json: plan ${i + 1} has no "${key}"`);
    }
  });
  return raw.plans;
}

function readJson(name: string): unknown {
  const path = join(SEEDS_DIR, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`seeds/${name}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
}

export function readCorrections(): Correction[] {
  const raw = readJson('corrections.json');
  const problems = checkCorrections(raw);
  if (problems.length > 0) throw new Error(`seeds/corrections.json: ${problems.join('; ')}`);
  return raw as Correction[];
}

export interface BuiltPlan {
  entry: ManifestEntry;
  plan: Plan;
  /** The JSON text committed as plans/<name>.json. */
  json: string;
  applied: Correction[];
  unmatched: Correction[];
}

/** Reads every manifest entry's document and returns the corrected plans. */
export function buildPlans(): BuiltPlan[] {
  const corrections = readCorrections();
  return readManifest().map((entry) => {
    let text: string;
    try {
      text = readFileSync(join(SEEDS_DIR, entry.file), 'utf8');
    } catch {
      throw new Error(`seeds/manifest.json: ${entry.name}'s document seeds/${entry.file} cannot be read`);
    }
    const read = extractPlan(text, {
      name: entry.name,
      region: entry.region,
      level: entry.level,
      ...(entry.parentRegion ? { parentRegion: entry.parentRegion } : {}),
      year: entry.year,
      part: entry.part,
      ...(entry.title ? { title: entry.title } : {}),
      file: `seeds/${entry.file}`,
    });
    read.source.sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    const { plan, applied, unmatched } = applyCorrections(read, corrections, text);
    return { entry, plan, json: `${JSON.stringify(plan, null, 2)}\n`, applied, unmatched };
  });
}

/** Where a plan's JSON is committed. */
export function planPath(name: string): string {
  return join(SEEDS_DIR, 'plans', `${name}.json`);
}
