import type { TargetKind } from '../model.ts';
import { readStatements } from '../grammar/index.ts';
import { metricKey } from '../grammar/lexicon.ts';
import type { Statement } from '../grammar/types.ts';
import { COUNT_VERBS, INCREMENT_VERBS, RATE_VERBS, SHARE_WORDS, byLength } from '../grammar/words.ts';
import { splitUnit } from './header-lexicon.ts';

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

/** Statements in a cell's (or a row's joined) text, read as targets unless cued otherwise. */
export function statementsIn(text: string, year: number | undefined): Statement[] {
  const key = `${year ?? ''}\u0000${text}`;
  const hit = statementCache.get(key);
  if (hit) return hit;
  const found = readStatements(text, year === undefined ? { defaultRole: 'target' } : { year, defaultRole: 'target' });
  return remember(statementCache, key, found);
}

/** What an indicator name (指标 cell or metric column header) measures. */
export interface IndicatorMeaning {
  metric: string;
  metricKey: string;
  kind: TargetKind;
  decline: boolean;
}

const RATE_WORDS = byLength(RATE_VERBS);
const INCREMENTS = byLength(INCREMENT_VERBS);
const COUNTS = byLength(COUNT_VERBS);
const RATE_UNITS = new Set(['%', '百分点']);

/**
 * The meaning of an indicator name with its unit: "规上工业增加值增速" + "%" → growth of
 * 规上工业增加值; "新增规上工业企业" + "户" → increment. The name is read by the grammar as a
 * phrase with a probe number, so sheet metrics get the same keys and kinds as plan prose; when
 * the grammar finds nothing, the grammar's own verb tables classify the name.
 */
export function indicatorMeaning(name: string, unit: string, year: number | undefined): IndicatorMeaning {
  const { label } = splitUnit(name);
  const cacheKey = `${label}\u0000${unit}\u0000${year ?? ''}`;
  const hit = indicatorCache.get(cacheKey);
  if (hit) return hit;
  const probe = `${label}1${unit}`;
  const found = readStatements(probe, year === undefined ? { defaultRole: 'target' } : { year, defaultRole: 'target' }).find(
    (s) => s.kind !== 'rank' && s.span[1] >= probe.length - unit.length - 1,
  );
  if (found && found.metric && found.kind !== 'rank') {
    return remember(indicatorCache, cacheKey, { metric: found.metric, metricKey: found.metricKey, kind: found.kind, decline: found.decline });
  }
  return remember(indicatorCache, cacheKey, classifyByWords(label, unit));
}

function classifyByWords(label: string, unit: string): IndicatorMeaning {
  let metric = label;
  let decline = false;
  let kind: TargetKind | undefined;
  for (const [word, isDecline] of RATE_WORDS) {
    if (metric.endsWith(word)) {
      metric = metric.slice(0, -word.length);
      decline = isDecline;
      kind = 'growth';
      break;
    }
  }
  if (!kind) {
    const inc = INCREMENTS.find((w) => metric.startsWith(w));
    const cnt = COUNTS.find((w) => metric.startsWith(w));
    if (inc) {
      kind = 'increment';
      metric = metric.slice(inc.length);
    } else if (SHARE_WORDS.some((w) => metric.endsWith(w)) && (RATE_UNITS.has(unit) || unit === '')) {
      kind = 'share';
    } else if (cnt && !RATE_UNITS.has(unit)) {
      kind = 'count';
      metric = metric.slice(cnt.length);
    } else if (unit === '%') {
      kind = 'growth';
    } else if (unit === '百分点') {
      kind = 'share';
    } else {
      kind = 'level';
    }
  }
  metric = metric.replace(/^(同比|全年|年度)/, '') || label;
  return { metric, metricKey: metricKey(metric), kind, decline };
}
