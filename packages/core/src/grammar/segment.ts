/**
 * The words between the previous statement (or the clause start) and a number: strips cue words
 * and verbs, remembers what they said (comparator, growth/decline, increment/count), and leaves
 * the metric's characters. Pure: works on any [start, end) of any text.
 */
import type { Comparator, TargetKind } from '../model.ts';
import {
  byLength,
  COUNT_VERBS,
  INCREMENT_VERBS,
  LEADING_FILLERS,
  LEVEL_WORDS,
  LIFECYCLE_VERBS,
  PRE_COMPARATORS,
  RATE_VERBS,
  TRAILING_FILLERS,
} from './words.ts';

/** What the segment before a number says, besides the metric. */
export interface Segment {
  /** Metric characters [start, end) after cue words and verbs are stripped. */
  start: number;
  end: number;
  /** First significant character of the segment (for spans of inherited metrics). */
  from: number;
  pre: Comparator | null;
  levelWord: boolean;
  rate: { decline: boolean } | null;
  verbKind: TargetKind | null;
  distributive: boolean;
  /** Opened by 其中: a subset of the previous metric (其中5亿元以上项目15个). */
  subset: boolean;
}

const PRE_BY_LENGTH = byLength(PRE_COMPARATORS);
const RATE_BY_LENGTH = byLength(RATE_VERBS);
const TRAILING_BY_LENGTH = byLength(TRAILING_FILLERS);
const LEADING_BY_LENGTH = byLength(LEADING_FILLERS);
const VERBS_BY_LENGTH = byLength([...INCREMENT_VERBS, ...COUNT_VERBS]);
export const LIFECYCLE_BY_LENGTH = byLength(LIFECYCLE_VERBS);

/** Verbs stripped right before a number; nouns like 培训/认证 that end metrics are not among them. */
const TRAILING_VERBS = byLength([
  ...INCREMENT_VERBS, '实现', '完成', '培育', '打造', '建设', '引进', '举办', '组织开展', '开展', '推广应用', '推广', '认定',
  '创建', '争创', '实施', '组织', '建立', '置换出', '有',
]);
/** Verbs inside a metric after which the real metric starts (规上企业实施技改项目 → 技改项目). */
const MIDDLE_CUTS = byLength([
  '力争', '争取', '确保', '实施', '培育', '打造', '新增', '推广应用', '推广', '搭建', '创建', '争创', '引进', '新认定',
  '认定', '获批', '举办', '组织开展', '开展', '推动', '支持', '带动', '实现', '完成', '发放', '新建', '新培育', '新签约',
  '参与制修订', '评选发布',
]);

const LEADING_TIME = /^(?:到|至|截至|截止)?(?:\d{4}\s*年度?|\d{1,2}\s*月?\s*[—–\-－~～至]\s*\d{1,2}\s*月份?|前\d{1,2}个月)(?:以来|底|末|前)?[，,]?/;

const LEADING_SCOPE = /^(?:各|每个|每一个)(?:县区|县（区）|县\(区\)|县市区|乡镇（街）|乡镇|园区|开发区)(?:[、和及](?:园区|开发区|乡镇))?/;

/** Strip cue words and verbs from [start, end) and remember what they said. */
export function parseSegment(text: string, start: number, end: number): Segment {
  let s = start;
  let e = end;
  const trim = () => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
  };
  trim();
  const from = s;
  let pre: Comparator | null = null;
  let levelWord = false;
  let rate: { decline: boolean } | null = null;
  let verbKind: TargetKind | null = null;
  let distributive = false;
  let subset = false;
  // Words right before the number, closest first.
  for (let guard = 0; guard < 12; guard++) {
    trim();
    const tail = text.slice(Math.max(s, e - 6), e);
    const comparator = PRE_BY_LENGTH.find(([w]) => tail.endsWith(w));
    if (comparator && e - comparator[0].length >= s) {
      if (pre === null) pre = comparator[1];
      if (LEVEL_WORDS.has(comparator[0])) levelWord = true;
      e -= comparator[0].length;
      continue;
    }
    const verb = RATE_BY_LENGTH.find(([w]) => tail.endsWith(w));
    if (verb) {
      if (rate === null) rate = { decline: verb[1] };
      e -= verb[0].length;
      continue;
    }
    const filler = TRAILING_BY_LENGTH.find((w) => tail.endsWith(w));
    if (filler) {
      if (filler === '分别' || filler === '均' || filler === '各') distributive = true;
      e -= filler.length;
      continue;
    }
    const kindVerb = TRAILING_VERBS.find((w) => tail.endsWith(w));
    if (kindVerb) {
      verbKind ??= INCREMENT_VERBS.includes(kindVerb) ? 'increment' : 'count';
      e -= kindVerb.length;
      continue;
    }
    break;
  }
  // Cue words and verbs at the start.
  for (let guard = 0; guard < 12; guard++) {
    trim();
    const head = text.slice(s, Math.min(e, s + 6));
    const filler = LEADING_BY_LENGTH.find((w) => head.startsWith(w));
    if (filler) {
      if (filler === '其中') subset = true;
      if (filler === '共有' || filler === '拥有') levelWord = true; // 全市共有规上工业企业1000户: a stock
      s += filler.length;
      continue;
    }
    // A written year or month period, or a scope (各县区、园区), opens the phrase but is no part of the metric.
    const when = LEADING_TIME.exec(text.slice(s, Math.min(e, s + 16))) ?? LEADING_SCOPE.exec(text.slice(s, Math.min(e, s + 16)));
    if (when && s + when[0].length < e) {
      s += when[0].length;
      continue;
    }
    if (LIFECYCLE_BY_LENGTH.some((w) => head.startsWith(w))) break;
    const verb = VERBS_BY_LENGTH.find((w) => head.startsWith(w));
    if (verb && s + verb.length < e) {
      verbKind = INCREMENT_VERBS.includes(verb) ? 'increment' : 'count';
      s += verb.length;
      continue;
    }
    break;
  }
  // A verb inside: the metric is what follows it (规上企业实施技改项目 → 技改项目).
  const body = text.slice(s, e);
  let cut = -1;
  let cutWord = '';
  for (const word of MIDDLE_CUTS) {
    const at = body.lastIndexOf(word);
    if (at > 0 && at + word.length <= body.length - 2 && at > cut) {
      cut = at;
      cutWord = word;
    }
  }
  if (cut > 0 && !insideQuotes(body, cut)) {
    const kind = INCREMENT_VERBS.includes(cutWord) ? 'increment' : COUNT_VERBS.includes(cutWord) ? 'count' : null;
    if (kind) verbKind = kind;
    s += cut + cutWord.length;
  }
  trim();
  // Lifecycle verbs starting with 新 (新签约, 新开工) make an increment.
  // A project stage kept in the metric (开工…项目) is a count; a registration (新登记注册…) adds to a stock.
  const stage = verbKind === null ? LIFECYCLE_BY_LENGTH.find((w) => text.startsWith(w, s) && s + w.length <= e) : undefined;
  if (stage) verbKind = INCREMENT_VERBS.includes(stage) ? 'increment' : 'count';
  return { start: s, end: e, from, pre, levelWord, rate, verbKind, distributive, subset };
}

function insideQuotes(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  return open >= 0 && text.indexOf('”', open) >= at;
}
