/**
 * Metrics built from the statements around them: a shared list split into its items, a bare
 * size bound or project stage completed from the previous metric, a benchmark gap, a share.
 */
import { LIFECYCLE_BY_LENGTH } from './segment.ts';
import { MEASURE_HEADS, SHARE_WORDS } from './words.ts';

/** A metric with the offset where it is written. */
export interface MetricRef {
  metric: string;
  /** The metric before composition (for 总数 → 规上工业企业总数). */
  base: string;
  start: number;
}

/** "5亿元以上" alone: the metric is only a size bound, so it borrows the previous head noun. */
const QUALIFIER_ONLY = /^[0-9０-９.．一二两三四五六七八九十百千万]*\s*(?:万亿元|亿元|万元|元)\s*(?:及以上|以上)?$/;

/** A list item that compares one rate with another (有效投资增长高于经济增长, 居民收入增速快于经济增速). */
const COMPARING_ITEM = /^[\u4e00-\u9fff]{2,}(?:高于|低于|快于|慢于|超过)[\u4e00-\u9fff]*(?:增长|增速|增幅|速度)$/;

/** A share word alone: 占比分别为91%、89% is the share of the figures before it. */
export const SHARE_ONLY: ReadonlySet<string> = new Set(['占比', '比重', '比例', '占']);

/** A gap to a benchmark: 高于全国19.2个百分点. */
export const BENCHMARK = /^(?:高于|低于|快于|慢于|超过|超出|高出|好于|优于)(?:全国|全省|全市|全区|平均|同期)/;

export function isQualifierOnly(metric: string): boolean {
  return metric.length <= 12 && QUALIFIER_ONLY.test(metric);
}

/** Replace the size bound in `previous` (新签约亿元以上工业项目) with `qualifier` (5亿元以上). */
export function replaceQualifier(previous: string, qualifier: string): string {
  const match = /[0-9０-９.．一二两三四五六七八九十百千万]*\s*(?:万亿元|亿元|万元|元)\s*(?:及以上|以上)?/.exec(previous);
  if (!match) return qualifier + previous;
  return previous.slice(0, match.index) + qualifier + previous.slice(match.index + match[0].length);
}

/** The thing a project stage counts: 落地开工5亿元以上工业项目 / 5000万元以上重点工业项目落地开工 → the projects. */
export function stripLifecycle(metric: string): string {
  for (const verb of LIFECYCLE_BY_LENGTH) if (metric.startsWith(verb)) return metric.slice(verb.length);
  for (const verb of LIFECYCLE_BY_LENGTH) if (metric.endsWith(verb)) return metric.slice(0, -verb.length);
  return metric;
}

/**
 * 城乡居民人均可支配收入 with 分别 or 均 names two figures: the urban residents' and the rural
 * residents', in that order (城乡 is always said urban first).
 */
export function splitUrbanRural(parts: MetricRef[]): MetricRef[] {
  // Only a metric standing alone: in a list (城乡居民收入和地区生产总值) each item has its own figure.
  if (parts.length !== 1) return parts;
  return parts.flatMap((part) => {
    // 城乡居民…: the residents of each side; 城乡一体化水平 is one measure of both.
    if (!part.metric.startsWith('城乡居民') || part.metric.length <= 4) return [part];
    const rest = part.metric.slice(2);
    return ['城镇', '农村'].map((side) => ({ ...part, metric: side + rest, base: side + rest }));
  });
}

/** Nouns that name two measures at once, in the order the compound says them (存贷款: deposits, then loans). */
const PAIRED_NOUNS: readonly (readonly [compound: string, first: string, second: string])[] = [['存贷款', '存款', '贷款']];

/**
 * 金融机构存贷款余额双双突破万亿元, 存贷款新增量均居全国第1位: a compound naming two measures, with 均, 双双 or 分别, names the
 * two figures (金融机构存款余额, 金融机构贷款余额), the words around the compound kept.
 */
export function splitPairedNoun(parts: MetricRef[]): MetricRef[] {
  if (parts.length !== 1) return parts;
  const part = parts[0]!;
  const pair = PAIRED_NOUNS.find(([compound]) => part.metric.includes(compound));
  if (!pair) return parts;
  const [compound, first, second] = pair;
  return [first, second].map((noun) => {
    const metric = part.metric.replace(compound, noun);
    return { ...part, metric, base: metric };
  });
}

/**
 * The word joining two items of a list (新能源和高端不锈钢产业规模双双突破…); 与 and 及 are left to names
 * (研究与试验发展经费).
 */
const CONJUNCTIONS = new Set(['和']);
const SIDES = new Set(['城镇', '农村', '城市', '乡村']);
/** 城镇居民, 农村常住居民: one side's residents, named before the other side's measure. */
const SIDE_RESIDENTS = /^(?:城镇|农村|城市|乡村)((?:常住)?居民)$/;
/** An item that names a whole measure of its own (旅游接待人数, 用电量, 覆盖率): no head is shared into it. */
const COMPLETE_MEASURE = /(?:人数|人次|数量|总数|户数|家数|个数|面积|总额|总量|指数|[率量])$/;

/** 第一、二、三产业增加值, 一、二、三产: the economy's sectors by number, the last holding 产(业) and the measure. */
const SECTOR_NUMBER = /^第?([一二三])$/;
const LAST_SECTOR = /^第?([一二三])产业?(.*)$/;

/**
 * 第一、二、三产业增加值 (or 一、二、三产 分别增长…): each number names a sector, 第N产业, sharing the measure written after the
 * last; a sector's growth with no measure written is that of its value added (增加值). Rewrites `parts` in place.
 */
function sectorsNumbered(parts: MetricRef[]): boolean {
  const last = parts[parts.length - 1];
  const lastSector = last ? LAST_SECTOR.exec(last.metric) : null;
  if (!last || !lastSector || parts.length < 2 || !parts.slice(0, -1).every((p) => SECTOR_NUMBER.test(p.metric))) return false;
  const measure = lastSector[2] || '增加值';
  for (const part of parts) {
    const n = part === last ? lastSector[1]! : SECTOR_NUMBER.exec(part.metric)![1]!;
    part.metric = part.base = `第${n}产业${measure}`;
  }
  return true;
}

/**
 * 财政总收入和地方财政收入增长7%: two whole measures, each with its own head (收入, 增加值, 投资…) and words before it,
 * joined by one 和 before one rate — the rate is each one's (城镇和农村居民人均可支配收入, sides sharing one noun, are not two).
 */
export function twoWholeMeasures(raw: string): boolean {
  if (raw.includes('、')) return false;
  const parts = raw.split('和');
  return parts.length === 2 && parts.every((part) => part.length >= 4 && MEASURE_HEADS.some((h) => part.endsWith(h) && part.length > h.length + 1));
}

/** 江苏、浙江等省份GDP: places listed as examples of who, not measures of their own. */
const PLACES_HEAD = /^(省份|省|市|县|区|地区|城市|国家|地方)/u;
const EXAMPLES_BEFORE_HEAD = /^([^等]+、[^等、]+)等([^等、\d]{2,})$/u;

/**
 * 甲市、乙市、丙市等地 / 等县区GDP: a 、 list of places closed by 等 and a word for places, then the measure if any; the places
 * may be counted, after 等 (甲省、乙省等7个省份人工造林) or, with no 等, as the whole list (甲县、乙县、丙县三县区GDP).
 */
const PLACES_BEFORE_MEASURE =
  /^((?:[^等、\d，。；]{2,8}、)+[^等、\d，。；]{2,8})(?:等(?:(?:\d{1,2}|[两二三四五六七八九十]{1,2})[个個]?)?|(?:\d{1,2}|[两二三四五六七八九十]{1,2})[个個]?(?=县|区|市|省))(?:省份|省区|省市|地市|县市区|县区|县市|市县|城市|地(?![区膜面下表块价铁震]))([^等、\d]*)$/u;

/**
 * Places that share one rate (甲市、乙市、丙市等地为6.5%左右; with 均 or a tier reached, any figure): a rate is each place's own, not a sum, so
 * each named place gets the figure, with the measure written after the places word (甲市、乙市等地GDP → 甲市GDP).
 * Null when the name is no list of places closed by 等地 / 等县区 / 等城市.
 */
export function eachPlace(text: string, start: number, raw: string): MetricRef[] | null {
  const match = PLACES_BEFORE_MEASURE.exec(raw);
  return match ? placesWithMeasure(text, start, start + match[1]!.length, match[2]!) : null;
}

/** Each place of the 、 list at [listStart, listEnd), the measure after it (甲市 + GDP → 甲市GDP; no measure: the place alone). */
function placesWithMeasure(text: string, listStart: number, listEnd: number, measure: string): MetricRef[] {
  return splitMetrics(text, listStart, listEnd).map((part) => {
    const metric = part.metric + measure;
    return { metric, base: metric, start: part.start };
  });
}

/**
 * A clause that is only a 、 list of places closed by 等 and a count or word for places (江苏、浙江、山东等6个省份 /
 * 经济规模占全国近半的上海、江苏…等7个省市), its describing words before 的 and a leading 其中 left out.
 */
const PLACES_CLAUSE =
  /^(?:其中)?(?:[^，,。；;：:\n]*?的)?((?:[^等、\d，,。；;：:\n的]{2,8}、)+[^等、\d，,。；;：:\n的]{2,8})等(?:\d+|[一二三四五六七八九十]+)?[个個]?(?:省份|省区市|省市|省区|地市|县市区|县区|县市|市县|城市|地)$/u;

/**
 * Places listed as the whole clause before (江苏、浙江、山东等6个省份，…), when the figure's clause opens with 都/均 (the
 * segment is distributive and opens its clause): the figure is each place's own, as with 等地…均 (`eachPlace`) — each named
 * place, then the segment's own parsed metric (都力争经济增长5%以上 → 江苏经济; 均达到5%以上 → 江苏). `clause` is the clause
 * before, as written; null when it is no such list.
 */
export function eachPlaceListedBefore(text: string, clause: { text: string; start: number }, measure: string): MetricRef[] | null {
  const match = PLACES_CLAUSE.exec(clause.text);
  if (!match) return null;
  const listStart = clause.start + match[0].indexOf(match[1]!);
  return placesWithMeasure(text, listStart, listStart + match[1]!.length, measure);
}

/**
 * A 、 list closed by 等 and a measure, which 均, 分别 or 双双 gives one figure each (电子信息、汽车等产业规模均超过千亿元:
 * the examples before 等, each with the measure written after it): one metric per named example
 * (the 等 leaves the list open, but each item the text names is still said to reach the figure). Null for any other name.
 */
export function eachExample(text: string, start: number, raw: string): MetricRef[] | null {
  const match = EXAMPLES_BEFORE_HEAD.exec(raw);
  if (!match || PLACES_HEAD.test(match[2]!)) return null;
  const head = match[2]!;
  return splitMetrics(text, start, start + match[1]!.length).map((part) => {
    const metric = part.metric.endsWith(head) ? part.metric : part.metric + head;
    return { metric, base: metric, start: part.start };
  });
}

/**
 * 高血压、糖尿病患者规范管理率, 新一代智能终端、智能体应用普及率: a 、 list whose last item closes on a share word (率, 比重,
 * 占比…) and whose earlier items name no measure of their own (no share word, no measure head: 高血压, 新一代智能终端) — kinds
 * qualifying one shared noun, so one rate over the group (corpus Decisions 23). Not 城镇登记失业率、调查失业率 (each a rate),
 * 工业投资、技改投资 or 光伏、锂电池营收 (growths of amounts, each item's own: Gold format, Decisions 8).
 */
export function groupSharesRate(raw: string): boolean {
  const items = raw.split('、');
  const last = items.at(-1) ?? '';
  return (
    items.length > 1 &&
    !/[，,；;]/.test(raw) &&
    SHARE_WORDS.some((w) => last.endsWith(w)) &&
    items
      .slice(0, -1)
      .every(
        (item) => item.length > 0 && !SHARE_WORDS.some((w) => item.endsWith(w)) && !MEASURE_HEADS.some((h) => item.endsWith(h)) && !COMPLETE_MEASURE.test(item),
      )
  );
}

/**
 * Split "工业投资、技改投资" into its metrics, each with its own start. A measure head written
 * only on the last item is shared: "光伏、锂电池营收" → 光伏营收, 锂电池营收. With `conjunctions`
 * (a list whose figures 分别/均/双双 distribute) 和/及/与 join items too.
 */
export function splitMetrics(text: string, start: number, end: number, conjunctions = false): MetricRef[] {
  const parts: MetricRef[] = [];
  let from = start;
  // In a 、 list a 与 belongs to an item's name (大数据与新一代信息技术、智能制造与高端装备).
  const joins = conjunctions && !text.slice(start, end).includes('、');
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '、' || (joins && CONJUNCTIONS.has(text[i]!) && i - from >= 2 && end - i > 2)) {
      const raw = text.slice(from, i);
      const trimmed = raw.trim();
      if (trimmed) parts.push({ metric: trimmed, base: trimmed, start: from + (raw.length - raw.trimStart().length) });
      from = i + 1;
    }
  }
  // 有效投资增长高于经济增长、4个结构性指标均实现10%以上增长: an item comparing two rates is a clause of its own, no measure.
  for (let k = parts.length - 2; k >= 0; k--) if (COMPARING_ITEM.test(parts[k]!.metric)) parts.splice(k, 1);
  const last = parts[parts.length - 1];
  if (sectorsNumbered(parts)) return parts;
  // 城镇和农村居民人均可支配收入: the two sides share the noun written after the second.
  const first = parts[0];
  if (parts.length === 2 && first && last && SIDES.has(first.metric) && SIDES.has(last.metric.slice(0, 2)) && last.metric.length > 2) {
    first.metric = first.base = first.metric + last.metric.slice(2);
    return parts;
  }
  // 城镇居民、农村居民人均可支配收入: the residents of each side share the measure written after the second.
  const residents = first && last && parts.length === 2 ? SIDE_RESIDENTS.exec(first.metric) : null;
  if (
    residents &&
    first &&
    last &&
    last.metric.length > first.metric.length &&
    SIDES.has(last.metric.slice(0, 2)) &&
    last.metric.slice(2).startsWith(residents[1]!)
  ) {
    first.metric = first.base = first.metric + last.metric.slice(2 + residents[1]!.length);
    return parts;
  }
  if (last && parts.length > 1) {
    const head = MEASURE_HEADS.find((h) => last.metric.endsWith(h) && last.metric.length > h.length);
    if (head) {
      for (const part of parts.slice(0, -1)) {
        if (!MEASURE_HEADS.some((h) => part.metric.endsWith(h)) && !COMPLETE_MEASURE.test(part.metric)) part.metric += head;
        part.base = part.metric;
      }
    }
  }
  return parts;
}
