/**
 * Measures a review says a government issued, with their purpose written between the verb and the count
 * (制定出台服务市场主体发展18条措施, 出台鼓励农技人员创新创业八条政策措施, 争取省政府出台支持本市30条措施): the count is
 * of measures issued (corpus Decisions 14, 23), as 推出168项稳增长措施 is — not a noun a count qualifies.
 */
import { ISSUING_VERBS } from './words.ts';

/** What the count must name: measures, policies, opinions or plans, as a package is called. */
const ISSUED_MEASURES = /^(?:具体|政策|若干|惠企|助企)?(?:措施|举措|政策|政策措施|意见|实施意见|细则)$/;
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
  let end = -1;
  for (const m of prefix.matchAll(ISSUING)) end = m.index + m[0].length;
  if (end < 0) return null;
  const purpose = prefix.slice(end).trim();
  if (purpose.length < 2 || purpose.length > MAX_PURPOSE || /[0-9０-９、，,《》“”"（）()]/.test(purpose)) return null;
  return purpose;
}
