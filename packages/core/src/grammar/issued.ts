/**
 * Measures a review says a government issued, with their purpose written between the verb and the count
 * (制定出台服务市场主体发展18条措施, 出台鼓励农技人员创新创业八条政策措施, 争取省政府出台支持本市30条措施): the count is
 * of measures issued (corpus Decisions 14, 23), as 推出168项稳增长措施 is — not a noun a count qualifies.
 */
import { matchesOf } from './matches.ts';
import { ISSUING_VERBS } from './words.ts';

/** How a package of measures may open its name (具体措施, 惠企政策). */
const MEASURES_OPENING = String.raw`(?:具体|政策|若干|惠企|助企)?`;
/** What the count must name: measures, policies, opinions or plans, as a package is called. */
const ISSUED_MEASURES = new RegExp(`^${MEASURES_OPENING}(?:措施|举措|政策|政策措施|意见|实施意见|细则)$`);
/** Measures carried out (措施落地, 举措): the package's name opening the words after the count. */
const CARRIED_MEASURES = new RegExp(`^${MEASURES_OPENING}(?:政策措施|措施|举措)`);
/** The longest purpose read between the verb and the count (进一步优化营商环境降低市场主体制度性交易成本: 22). */
const MAX_PURPOSE = 26;
/**
 * How far back from a count an issuing verb is looked for (出台进一步优化营商环境降低…成本71条措施): the longest purpose, and
 * the verb, 了 and spaces before it.
 */
export const ISSUED_PURPOSE_REACH = MAX_PURPOSE + 6;
/** An issuing verb of the region's own: 出台的, 印发的 name measures another body issued, which the region carries out. */
export const OWN_ISSUING = new RegExp(`(?:${ISSUING_VERBS.join('|')})(?!的)了?`);
const ISSUING = new RegExp(OWN_ISSUING.source, 'g');

/**
 * Verbs of carrying measures out (落实25条举措, 推动…十二条措施落地落实, 贯彻, 兑现): a package the year is to carry out sets a
 * piece of work on each measure, a count (corpus Decisions 28). Not 出台的/印发的 measures merely named (no verb of
 * carrying out before them), nor a quoted package (its quotes are a name, Decisions 27).
 */
const CARRYING = /(?:落实|推动|推进|贯彻|兑现|抓好)(?!的)了?/g;
/** Verbs that carry measures out by themselves; 推动/推进 need the measures to land (措施落地). */
const CARRYING_ALONE = /^(?:落实|贯彻|兑现)/;
/** What no purpose holds: a figure, a list mark or a quote (出台3项措施、5个方案; 出台《…》) name other things. */
const NOT_PURPOSE = /[0-9０-９、，,《》“”"（）()]/;
/** 措施落地落实, 举措落地见效: what is said of measures after them that carries them out. */
const LANDED_AFTER = /^(?:落地|落实|见效|落细)/;

/** Whether the noun after a count names measures a government issues (措施, 政策措施, 实施意见…). */
export function namesIssuedMeasures(object: string): boolean {
  return ISSUED_MEASURES.test(object);
}

/**
 * The purpose of measures issued, when `prefix` (the words of the count's own phrase before it) holds an issuing verb
 * followed by words and `object` (the noun after the count) names measures; else null. No figure, list mark or quote
 * may lie between: 出台3项措施、5个方案 and 出台《…》 name other things.
 */
export function issuedPurpose(prefix: string, object: string): string | null {
  if (!namesIssuedMeasures(object)) return null;
  const verb = matchesOf(ISSUING, prefix).at(-1);
  if (!verb) return null;
  const purpose = purposeOrNull(prefix.slice(verb.index + verb[0].length));
  return purpose !== null && purpose.length >= 2 ? purpose : null;
}

/** The words between a verb and its count as a purpose (trimmed), or null when too long or holding a figure, list mark or quote. */
function purposeOrNull(words: string): string | null {
  const purpose = words.trim();
  return purpose.length > MAX_PURPOSE || NOT_PURPOSE.test(purpose) ? null : purpose;
}

/**
 * The purpose of measures carried out (落实全市优化营商环境30条举措, 推动稳岗惠企十二条措施落地落实): `prefix` holds a verb of
 * carrying out, `object` starts with measures and, for 推动/推进, goes on to land them (落地, 落实). Words between the verb
 * and the count, if any, are the purpose (none may hold a figure, list mark or quote). Else null.
 */
export function carriedOutPurpose(prefix: string, object: string): string | null {
  const measures = CARRIED_MEASURES.exec(object);
  if (!measures) return null;
  const verb = matchesOf(CARRYING, prefix).at(-1);
  if (!verb) return null;
  if (!CARRYING_ALONE.test(verb[0]) && !LANDED_AFTER.test(object.slice(measures[0].length))) return null;
  return purposeOrNull(prefix.slice(verb.index + verb[0].length));
}

/**
 * Measures issued written before their count (出台超常规举措32条, 出台“两稳一保”政策措施40条, 制定稳增长措施25项): an issuing verb
 * of the phrase's own, then the measures' purpose or name — a quoted one too, which names the package issued — then the measures
 * noun closing the phrase, the count right after it. Not measures issued by another body (出台的…), nor a figure inside.
 */
/**
 * A higher body named as the one issuing (上级出台稳就业措施12条, 国家出台…): measures the text's own government carries out,
 * not issues — no count of its own, as 上级出台的… is none.
 */
const HIGHER_BODY_NOT_BEFORE = '(?<!上级|国家|中央|国务院|部委|省里|市里)';
const ISSUED_NOUN_FIRST = new RegExp(
  `${HIGHER_BODY_NOT_BEFORE}(?:${ISSUING_VERBS.join('|')})(?!的)了?[^0-9０-９、，,《》（）()]{0,${MAX_PURPOSE}}?${MEASURES_OPENING}(?:政策措施|措施|举措)$`,
);

/** Whether `phrase` (the count's own phrase before it) names measures its verb issued, the count written after them. */
export function issuedBeforeCount(phrase: string): boolean {
  return ISSUED_NOUN_FIRST.test(phrase.trim());
}
