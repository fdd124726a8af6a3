/// <reference types="node" />
/** The demo's data is read from the seeds, not typed in: check what it picks. */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Plan } from '@mubiao/core';
import { packageDir } from '../scripts/bundle.ts';
import { buildDemoData, gaugesFor, rankingFor } from '../scripts/demo-data.ts';

const seedsDir = join(packageDir, '..', '..', 'seeds');

test('安徽省 2024 targets meet the 2023 actual of the same metric, kind and unit dimension', () => {
  const data = buildDemoData(seedsDir);
  const industry = data.gauges.find((gauge) => gauge.label.includes('工业增加值'));
  expect(industry).toMatchObject({ value: 7.3, target: 7, comparator: '~', unit: '%' });
  expect(industry?.valueLabel).toMatch(/^2023年/);
  expect(data.gauges.some((gauge) => gauge.value === null)).toBe(true); // the "no data yet" state
});

test('the ranking lists every seeded plan with a growth target for 规模以上工业增加值', () => {
  const data = buildDemoData(seedsDir);
  expect(data.ranking.map((row) => row.plan).sort()).toEqual(['anhui-2024', 'jinan-2023', 'jinan-2024', 'luan-2019', 'luan-2023']);
  expect(data.ranking.find((row) => row.plan === 'luan-2023')?.growth).toBe(11);
});

test("the findings are 金安区's 2023 table checked against 六安市 2023, with the 技改投资 shortfall", () => {
  const { findings, matrix } = buildDemoData(seedsDir);
  expect(findings.plan).toBe('jinan-2023');
  const shortfall = findings.report.findings.find((f) => f.code === 'shortfall' && f.metricKey === '技术改造投资');
  expect(shortfall).toMatchObject({ expected: '20%以上', actual: '15%以上', severity: 'error' });
  expect(matrix.plan.name).toBe('suzhou-2023');
  expect(matrix.plan.tasks).toHaveLength(20);
});

test('matching skips actuals of another year, kind or dimension', () => {
  const base = { metric: 'm', metricKey: 'm', span: [0, 0], quote: 'q', quoteSpan: [0, 0], decline: false };
  const plan = {
    targets: [
      {
        ...base,
        id: 't1',
        kind: 'growth',
        comparator: '>=',
        value: 5,
        max: null,
        unit: '%',
        dimension: 'percent',
        factor: 1,
        leads: [],
        partners: [],
        year: 2024,
      },
    ],
    actuals: [
      { ...base, id: 'a1', kind: 'growth', value: 9, unit: '%', dimension: 'percent', factor: 1, period: { year: 2022, label: '全年' } },
      { ...base, id: 'a2', kind: 'rank', value: 3, unit: '位', dimension: 'rank', factor: 1, period: { year: 2023, label: '全年' } },
      { ...base, id: 'a3', kind: 'growth', value: 6, unit: '%', dimension: 'percent', factor: 1, period: { year: 2023, toMonth: 6, label: '上半年' } },
      { ...base, id: 'a4', kind: 'growth', value: 6.5, unit: '%', dimension: 'percent', factor: 1, period: { year: 2023, toMonth: 11, label: '1—11月' } },
    ],
  } as unknown as Plan;
  expect(gaugesFor(plan)[0]).toMatchObject({ value: 6.5, valueLabel: '2023年1—11月' });
  expect(rankingFor([{ ...plan, targets: [], region: 'x', year: 2024, name: 'p' }])).toEqual([]);
});
