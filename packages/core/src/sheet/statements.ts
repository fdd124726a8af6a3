import { classifyMetric, readStatements, type MetricMeaning } from '../grammar/index.ts';
import type { Statement } from '../grammar/types.ts';

/**
 * The sheet reader's door to the grammar. Sheets repeat the same short texts thousands of times
 * (one indicator name per district row, "20%以上" down a column), so every reading is cached by
 * its text; the caches are bounded so a huge workbook cannot grow them without limit.
 */
const CACHE_LIMIT = 50_000;

/**
 * A bounded cache keyed by text under a few small keys (year, role, unit). Lookups use the
 * cell's own string, whose hash V8 keeps, instead of a joined key string made per call.
 */
class TextCache<V> {
  private readonly byContext = new Map<string | number | undefined, Map<string, V>>();
  private size = 0;

  get(context: string | number | undefined, text: string): V | undefined {
    return this.byContext.get(context)?.get(text);
  }

  set(context: string | number | undefined, text: string, value: V): V {
    if (this.size >= CACHE_LIMIT) {
      this.byContext.clear();
      this.size = 0;
    }
    let texts = this.byContext.get(context);
    if (!texts) this.byContext.set(context, (texts = new Map<string, V>()));
    texts.set(text, value);
    this.size++;
    return value;
  }
}

const targetStatements = new TextCache<Statement[]>();
const actualStatements = new TextCache<Statement[]>();
const indicatorCache = new TextCache<IndicatorMeaning>();

/**
 * Statements in a cell's (or a row's joined) text, read as targets unless cued otherwise (or as
 * results in a 完成 column: `defaultRole` 'actual').
 */
export function statementsIn(text: string, year: number | undefined, defaultRole: 'target' | 'actual' = 'target'): Statement[] {
  const cache = defaultRole === 'target' ? targetStatements : actualStatements;
  const hit = cache.get(year, text);
  if (hit) return hit;
  const found = readStatements(text, year === undefined ? { defaultRole } : { year, defaultRole });
  return cache.set(year, text, found);
}

/** What an indicator name (指标 cell or metric column header) measures; `unit` from its brackets if any. */
export type IndicatorMeaning = MetricMeaning;

/**
 * The meaning of an indicator name with its unit: "规上工业增加值增速" + "%" → growth of
 * 规上工业增加值; "新增规上工业企业" + "户" → increment. The grammar's classifyMetric reads the
 * name, so sheet metrics get the same keys and kinds as plan prose.
 */
export function indicatorMeaning(name: string, unit: string): IndicatorMeaning {
  const hit = indicatorCache.get(unit, name);
  if (hit) return hit;
  return indicatorCache.set(unit, name, classifyMetric(name, unit));
}
