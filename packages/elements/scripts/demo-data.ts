/// <reference types="node" />
/**
 * The portal demo's data, built from the seeds at demo time (Node side only: the page itself
 * receives plain JSON and the elements never load core's reader or validator).
 * - plans: seeds/plans/<name>.json when the seed build has written it, else read from the seed
 *   document with core's extractPlan and the manifest's facts (region, level, year, part).
 * - gauges: 安徽省 2024 targets against the 2023 actuals of the same metric, kind and unit.
 * - matrix: 宿州市 2023's tasks, with the report of checking that plan against the others.
 * - ranking: every seeded plan's growth target for 规模以上工业增加值.
 * - findings: 金安区's 2023 decomposition table checked against the plans above it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actual, Plan, Report, Target } from '@mubiao/core';
import { extractPlan, type ExtractOptions } from '@mubiao/core/reader/index';
import { validatePlan } from '@mubiao/core/validate/index';

export interface GaugeData {
  label: string;
  value: number | null;
  target: number | null;
  max: number | null;
  comparator: Target['comparator'];
  unit: string;
  kind: Target['kind'];
  decline: boolean;
  /** e.g. "2023年1—11月" */
  valueLabel: string | null;
  quote: string;
}

export interface RankingData {
  region: string;
  year: number;
  plan: string;
  growth: number;
  target: string;
}

export interface DemoData {
  generatedFrom: string[];
  gauges: GaugeData[];
  matrix: { plan: Plan; report: Report };
  ranking: RankingData[];
  findings: { plan: string; report: Report };
}

interface ManifestEntry extends ExtractOptions {
  name: string;
  file: string;
}

const INDUSTRIAL_VALUE_ADDED = '规模以上工业增加值';

export function loadSeedPlans(seedsDir: string): { plans: Plan[]; sources: string[] } {
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')) as { plans: ManifestEntry[] };
  const plans: Plan[] = [];
  const sources: string[] = [];
  for (const entry of manifest.plans) {
    const json = join(seedsDir, 'plans', `${entry.name}.json`);
    if (existsSync(json)) {
      plans.push(JSON.parse(readFileSync(json, 'utf8')) as Plan);
      sources.push(`plans/${entry.name}.json`);
    } else {
      const text = readFileSync(join(seedsDir, entry.file), 'utf8');
      plans.push(extractPlan(text, { ...entry, file: entry.file }));
      sources.push(`${entry.file} (${entry.part ?? 'body'}, read by extractPlan)`);
    }
  }
  return { plans, sources };
}

function byName(plans: readonly Plan[], name: string): Plan {
  const plan = plans.find((p) => p.name === name);
  if (!plan) throw new Error(`seed plan "${name}" is missing from seeds/manifest.json`);
  return plan;
}

/** The latest actual for the target's metric, kind and unit dimension in the year before. */
function matchingActual(target: Target, actuals: readonly Actual[]): Actual | undefined {
  return actuals
    .filter(
      (actual) =>
        actual.metricKey === target.metricKey &&
        actual.kind === target.kind &&
        actual.dimension === target.dimension &&
        target.year !== null &&
        actual.period.year === target.year - 1,
    )
    .sort((a, b) => (b.period.toMonth ?? 12) - (a.period.toMonth ?? 12))[0];
}

export function gaugesFor(plan: Plan, limit = 8): GaugeData[] {
  const withActual: GaugeData[] = [];
  const without: GaugeData[] = [];
  for (const target of plan.targets) {
    const actual = matchingActual(target, plan.actuals);
    const gauge: GaugeData = {
      label: target.metric,
      value: actual ? actual.value : null,
      target: target.value,
      max: target.max,
      comparator: target.comparator,
      unit: target.unit,
      kind: target.kind,
      decline: target.decline,
      valueLabel: actual ? `${actual.period.year}年${actual.period.label}` : null,
      quote: target.quote,
    };
    (actual ? withActual : without).push(gauge);
  }
  // Targets with last year's result first; a couple without show the "no data yet" state.
  return [...withActual, ...without.slice(0, 2)].slice(0, limit);
}

export function rankingFor(plans: readonly Plan[]): RankingData[] {
  const rows: RankingData[] = [];
  for (const plan of plans) {
    const target = plan.targets.find((t) => t.metricKey === INDUSTRIAL_VALUE_ADDED && t.kind === 'growth' && t.value !== null && t.unit.includes('%'));
    if (target && target.value !== null && plan.year !== null) {
      rows.push({ region: plan.region, year: plan.year, plan: plan.name, growth: target.value, target: target.quote });
    }
  }
  return rows;
}

export function buildDemoData(seedsDir: string): DemoData {
  const { plans, sources } = loadSeedPlans(seedsDir);
  const suzhou = byName(plans, 'suzhou-2023');
  const jinanTable = byName(plans, 'jinan-2023');
  return {
    generatedFrom: sources,
    gauges: gaugesFor(byName(plans, 'anhui-2024')),
    matrix: { plan: suzhou, report: validatePlan(suzhou, plans) },
    ranking: rankingFor(plans),
    findings: { plan: jinanTable.name, report: validatePlan(jinanTable, plans) },
  };
}
