import { byLength, COUNT_VERBS, INCREMENT_VERBS, LIFECYCLE_VERBS, RATE_VERBS } from './words.ts';

/**
 * The metric lexicon: how a metric as written becomes a key shared across documents
 * (规上工业增加值 and 规模以上工业增加值 → 规模以上工业增加值). Kept as data, small and explicit:
 * every entry says why it exists. See README.md § Metric keys.
 */

export interface LexiconEntry {
  /** Text as some document writes it. */
  from: string;
  /** The spelling the key uses. */
  to: string;
  why: string;
}

/** Abbreviations and synonyms, applied left to right, longest match first, never re-applied. */
export const SYNONYMS: readonly LexiconEntry[] = [
  { from: '规上', to: '规模以上', why: '规上 is the everyday short form of 规模以上 (above designated size)' },
  { from: '规模工业', to: '规模以上工业', why: 'seed 003 writes 规模工业增加值 for 规模以上工业增加值' },
  { from: '规模企业', to: '规模以上企业', why: 'same abbreviation applied to enterprises' },
  { from: '技改', to: '技术改造', why: '技改 abbreviates 技术改造 (technical renovation)' },
  { from: '高企', to: '高新技术企业', why: '高企 abbreviates 高新技术企业' },
  { from: '营收', to: '营业收入', why: '营收 abbreviates 营业收入' },
  { from: '研发投入', to: '研发经费支出', why: 'seeds 000 and 004 name the same R&D spending differently' },
  { from: '研发经费投入', to: '研发经费支出', why: 'as above' },
  { from: 'GDP', to: '地区生产总值', why: 'GDP of a region is its 地区生产总值' },
  { from: '工业企业亩均', to: '工业亩均', why: 'per-mu figures are of enterprises either way: 规上工业企业亩均税收 (seed 004) = 规上工业亩均税收 (seed 002)' },
  { from: '专精特新小巨人', to: '专精特新小巨人', why: 'identity; quotes around 小巨人 are dropped before lookup' },
];

/** Words that never change what is measured: time frames, scope, comparison basis, cues. */
export const DROPPED_WORDS: readonly string[] = [
  '同比',
  '比上年',
  '较上年',
  '年均',
  '全年',
  '年内',
  '全市',
  '全区',
  '全省',
  '全县',
  '全国',
  '力争',
  '争取',
  '确保',
  '实现',
  '完成',
  '累计',
  '预计',
  '其中',
];

/**
 * 新 before one of these verbs only marks "newly" (新签约 and 签约 count the same projects); it is
 * dropped there and nowhere else (新型建材 and 新产品 keep it).
 */
export const NEW_MARKED_VERBS: readonly string[] = ['签约', '开工', '认定', '培育', '备案', '登记', '建', '设立', '入驻', '引进', '招引', '投产', '落地'];

/** Verbs that also begin nouns (建设用地, 实施方案, 培训中心): never stripped from a key. */
const NOUN_LIKE_VERBS = new Set(['建设', '实施', '实现', '完成', '培训', '认证', '设立', '申报', '支持', '推动', '带动', '组织', '明确']);

/**
 * Verbs a metric may be written with (an indicator name "新增规上工业企业", "规上工业增加值增速"):
 * the key is the metric without them, the same key the grammar gives "新增规上工业企业150户以上".
 * The kind (increment, growth…) says what the verb said.
 */
const LEADING_VERBS = byLength([...INCREMENT_VERBS, ...COUNT_VERBS].filter((verb) => !NOUN_LIKE_VERBS.has(verb) && !LIFECYCLE_VERBS.includes(verb)));
const TRAILING_RATE_WORDS = byLength(RATE_VERBS.map(([word]) => word));

/**
 * Words after a metric that only say "how many of them": 规上工业企业总数 and 规上工业企业 are the
 * same stock of enterprises (the kind, level, says it is a stock).
 */
export const DROPPED_SUFFIXES: readonly string[] = ['总数量', '总数', '数量', '个数', '户数', '家数', '总量'];

/** Characters that are typography, not meaning: quotes, brackets, spaces. */
const TYPOGRAPHY = /[\s“”‘’"'「」『』《》〈〉【】()（）]/g;

const SYNONYMS_BY_LENGTH = [...SYNONYMS].sort((a, b) => b.from.length - a.from.length);
const DROPPED_BY_LENGTH = [...DROPPED_WORDS].sort((a, b) => b.length - a.length);

/** Full-width ASCII (Ｇ, ＤＰ, ０) to half-width so GDP and ＧＤＰ meet. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Normalised metric key: typography and dropped words removed, synonyms applied.
 * "技改投资" → "技术改造投资"; "规上工业增加值" → "规模以上工业增加值"; "全年规模以上工业总产值" →
 * "规模以上工业总产值". Idempotent: metricKey(metricKey(x)) === metricKey(x).
 */
/** Keys are asked for the same few hundred metrics over and over; the cache is bounded. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 10_000;

export function metricKey(metric: string): string {
  const input = String(metric);
  const hit = KEY_CACHE.get(input);
  if (hit !== undefined) return hit;
  let key = input;
  // Repeat until stable so that the key is idempotent even when a removal exposes another word.
  for (let round = 0; round < 8; round++) {
    const next = normaliseOnce(key);
    if (next === key) break;
    key = next;
  }
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(input, key);
  return key;
}

function normaliseOnce(metric: string): string {
  let text = halfWidth(metric).replace(TYPOGRAPHY, '');
  for (const word of DROPPED_BY_LENGTH) if (text.includes(word)) text = text.split(word).join('');
  // Project stages and registrations (建成投产…, 新登记注册…) are part of what is counted.
  const stage = LIFECYCLE_VERBS.some((v) => text.startsWith(v));
  const verb = stage ? undefined : LEADING_VERBS.find((v) => text.startsWith(v) && text.length > v.length + 1);
  if (verb) text = text.slice(verb.length);
  const rate = TRAILING_RATE_WORDS.find((w) => text.endsWith(w) && text.length > w.length + 1);
  if (rate) text = text.slice(0, -rate.length);
  if (text.startsWith('新') && NEW_MARKED_VERBS.some((v) => text.startsWith(v, 1))) text = text.slice(1);
  for (const suffix of DROPPED_SUFFIXES) {
    if (text.endsWith(suffix) && text.length > suffix.length + 1) {
      text = text.slice(0, -suffix.length);
      break;
    }
  }
  // 企业数 / 项目数: a trailing 数 after a counted noun.
  if (/(?:企业|项目|园区|平台|中心)数$/.test(text)) text = text.slice(0, -1);
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    for (const entry of SYNONYMS_BY_LENGTH) {
      if (text.startsWith(entry.from, i)) {
        out += entry.to;
        i += entry.from.length;
        continue outer;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}
