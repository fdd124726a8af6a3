import type { Plan, RegionLevel, Target } from '../model.ts';
import { readStatements } from '../grammar/statements.ts';

/**
 * Small plans for tests and demos: each sentence is read with the grammar, and every target
 * keeps its sentence as the quote, so a plan here behaves like one the reader extracted.
 */
export function planFromSentences(
  meta: { name: string; region: string; level: RegionLevel; year: number; parentRegion?: string },
  sentences: readonly (string | { text: string; leads?: string[]; partners?: string[] })[],
): Plan {
  const targets: Target[] = [];
  let offset = 0;
  let text = '';
  for (const entry of sentences) {
    const sentence = typeof entry === 'string' ? entry : entry.text;
    const leads = typeof entry === 'string' ? [] : (entry.leads ?? []);
    const partners = typeof entry === 'string' ? [] : (entry.partners ?? []);
    for (const s of readStatements(sentence, { year: meta.year, defaultRole: 'target' })) {
      if (s.role !== 'target' || s.kind === 'rank') continue;
      targets.push({
        id: `t${String(targets.length + 1).padStart(3, '0')}`,
        metric: s.metric,
        metricKey: s.metricKey,
        kind: s.kind,
        comparator: s.comparator,
        value: s.value,
        max: s.max,
        decline: s.decline,
        unit: s.unit,
        dimension: s.dimension,
        factor: s.factor,
        span: [offset + s.span[0], offset + s.span[1]],
        quote: sentence,
        quoteSpan: [offset, offset + sentence.length],
        leads,
        partners,
        year: meta.year,
      });
    }
    text += sentence;
    offset += sentence.length;
  }
  return {
    name: meta.name,
    region: meta.region,
    level: meta.level,
    ...(meta.parentRegion ? { parentRegion: meta.parentRegion } : {}),
    year: meta.year,
    title: `${meta.region}${meta.year}年`,
    source: { file: `${meta.name}.txt`, chars: text.length },
    targets,
    actuals: [],
    tasks: [],
  };
}
