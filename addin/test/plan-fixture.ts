/** Small hand-built plans for host tests, shaped like what core's extractPlan produces. */
import type { Plan, Target } from '@mubiao/core';
import { metricKey } from '@mubiao/core';

let n = 0;
export function target(metric: string, fields: Partial<Target> = {}): Target {
  const quote = fields.quote ?? `${metric}增长20%以上。`;
  return {
    id: `t${String(++n).padStart(3, '0')}`,
    metric,
    metricKey: metricKey(metric),
    kind: 'growth',
    comparator: '>=',
    value: 20,
    max: null,
    decline: false,
    unit: '%',
    dimension: 'percent',
    factor: 1,
    span: [0, quote.length],
    quote,
    quoteSpan: [0, quote.length],
    leads: ['市经信局'],
    partners: [],
    year: 2023,
    ...fields,
  };
}

export function plan(name: string, region: string, year: number, targets: Target[]): Plan {
  return {
    name,
    region,
    level: region.endsWith('区') ? 'district' : region.endsWith('省') ? 'province' : 'city',
    year,
    title: `${region}${year}年工业工作要点`,
    source: { file: `${name}.txt`, chars: 1000 },
    targets,
    actuals: [],
    tasks: [],
  };
}
