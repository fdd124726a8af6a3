import { classifyMetric, readStatements, type MetricMeaning } from '../grammar/index.ts';
import type { Statement } from '../grammar/types.ts';

/**
 * The sheet reader's door to the grammar. Sheets repeat the same short texts thousands of times
 * (one indicator name per district row, "20%以上" down a column), so every reading is cached by
 * its text; the caches are bounded so a huge workbook cannot grow them without limit.
 */
const CACHE_LIMIT = 50_000;
const statementCache = new Map<string, Statement[]>();
const indicatorCache = new Map<string, IndicatorMeaning>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Statements in a cell's (or a row's joined) text, read as targets unless cued otherwise (or as
 * results in a 完成 column: `defaultRole` 'actual').
 */
export function statementsIn(text: string, year: number | undefined, defaultRole: 'target' | 'actual' = 'target'): Statement[] {
  const key = `${year ?? ''}\u0000${defaultRole}\u0000${text}`;
  const hit = statementCache.get(key);
  if (hit) return hit;
  const found = readStatements(text, year === undefined ? { defaultRole } : { year, defaultRole });
  return remember(statementCache, key, found);
}

/** What an indicator name (指标 cell or metric column header) measures; `unit` from its brackets if any. */
export type IndicatorMeaning = MetricMeaning;

/**
 * The meaning of an indicator name with its unit: "规上工业增加值增速" + "%" → growth of
 * 规上工业增加值; "新增规上工业企业" + "户" → increment. The grammar's classifyMetric reads the
 * name, so sheet metrics get the same keys and kinds as plan prose.
 */
export function indicatorMeaning(name: string, unit: string): IndicatorMeaning {
  const cacheKey = `${name}\u0000${unit}`;
  const hit = indicatorCache.get(cacheKey);
  if (hit) return hit;
  return remember(indicatorCache, cacheKey, classifyMetric(name, unit));
}
