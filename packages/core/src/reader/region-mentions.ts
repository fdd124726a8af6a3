import type { RegionLevel } from '../model.ts';
import { areaWordStem, rankingMentions, SOURCE_ORGANISATION } from './issuer.ts';
import { countMentions, countyShortForms, findRegion, lineOfDescent, municipalShortForms, type RegionEntry } from './regions.ts';
import { withoutRoutesAndPairs } from './places-not-speaking.ts';

/**
 * The region of `level` the text names most, counted with its routes, stations and partner pairs and without them, when the
 * two agree: a 我市 item naming its city only in its projects is unnamed, and the blanking never hands the text to a city
 * named once elsewhere (a wrong region is worse than none).
 */
export function mostMentionedOutsideRoutes(text: string, level: RegionLevel): string | null {
  const named = mostMentioned(text, level);
  return named !== null && mostMentioned(withoutRoutesAndPairs(text), level) === named ? named : null;
}

/**
 * A region named three times or more and more than twice as often as any other: what the text is about. A county the text
 * writes whole at least once counts its short form too (崇川区经济运行分析会 once, then 崇川将…, 崇川的“头等大事”): once
 * written whole, a news report goes on by the short name, as 息烽 after 息烽县 (a short form never written whole may be
 * a word, 惠民活动, and is not counted).
 */
export function dominantRegion(text: string): { name: string; level: RegionLevel } | null {
  const shorts = countyShortForms(text);
  // 上海崇明区概况 … 崇明作为…: a district of 北京, 天津, 上海 or 重庆 written whole counts its short form too, as a county does.
  const municipal = municipalShortForms(text);
  // (Its short forms are counted apart from its full name: 崇明区 twice and 崇明 four times more.)
  const times = (r: RegionEntry, n: number) => Math.max(n, shorts.get(r) ?? 0, n + (municipal.get(r.name)?.count ?? 0));
  const counts = [...countMentions(text)].map(([r, n]): [RegionEntry, number] => [r, n > 0 ? times(r, n) : n]).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  if (!first || first[1] < 3 || (second && second[1] * 2 >= first[1])) return null;
  return { name: first[0].name, level: first[0].level };
}

/**
 * The lowest of the regions a text names when they all lie on one line of descent (湖南 › 湘潭: 贯彻…关于湖南和湘潭
 * 重要讲话; 池州 alone): a text with no issuer phrase and no scope word names the regions above it, and its own.
 */
export function lowestOfChain(text: string): { name: string; level: RegionLevel } | null {
  const mentions = countMentions(text);
  // Named once, in a firm's, a site's or a spirit's name (引进太原天然气公司, 中国西藏网>即时新闻, 弘扬延安精神): no region the
  // text speaks for, as 记者从杭州银行获悉 names no issuer, nor one on its line of descent.
  const named = [...mentions.keys()].filter((r) => mentions.get(r) !== 1 || !firmNamed(text, r.short));
  if (named.length === 0 || named.length > 3 || namesUnknownDistrict(text)) return null;
  // One region left beside a body's or a spirit's name off its line (弘扬延安精神 … 北京将率先…): an example the text cites,
  // not the speaker (陕西省…延安精神: 延安 lies below 陕西; 中国西藏网 over 北京市海淀区 … 北京市 still names a line of two).
  if (named.length === 1 && [...mentions.keys()].some((r) => !lineOfDescent(r).has(named[0]!.name))) return null;
  const lowest = named.reduce((a, b) => (LEVEL_RANK[b.level] > LEVEL_RANK[a.level] ? b : a));
  const line = lineOfDescent(lowest);
  return named.every((r) => line.has(r.name)) ? { name: lowest.name, level: lowest.level } : null;
}
/**
 * A body's name going on from a place's (太原天然气公司, 杭州银行, 兰州大学): the bodies a reporter's source may be,
 * SOURCE_ORGANISATION; or a spirit named after where it was born (延安精神, 大庆精神), which names no place that speaks.
 */
const BODY_NAMED_AFTER = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,6}?(?:${SOURCE_ORGANISATION.source})|精神)`);
/** `short` opens a firm's or an institution's name (太原天然气公司, 杭州银行, 兰州大学). */
function firmNamed(text: string, short: string): boolean {
  const at = text.indexOf(short);
  return at !== -1 && BODY_NAMED_AFTER.test(text.slice(at + short.length, at + short.length + 10));
}

/**
 * A county or district the gazetteer does not know, written with its suffix and again by its short form (良庆区发展…,
 * 深入良庆考察): the regions the text names are above it, so the lowest of them is not the issuer.
 */
function namesUnknownDistrict(text: string): boolean {
  // Each short form is counted once, by looking for a second one: splitting the whole text at every
  // match made the scan quadratic in a text naming many districts.
  const counted = new Set<string>();
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})[区县旗]/g)) {
    const short = m[1]!;
    if (counted.has(short) || /[全我本该各城新市省州的是和与在了]/.test(short) || areaWordStem(short) || findRegion(m[0])) continue;
    counted.add(short);
    if (text.indexOf(short, text.indexOf(short) + short.length) !== -1) return true;
  }
  return false;
}
const LEVEL_RANK: Record<RegionLevel, number> = { national: -1, province: 0, city: 1, district: 2 };

/** 结合眉山实际, 立足X的实际, 从X实际出发: the region a text is fitted to, with its words (结合全市实际 names none). */
const FITTED_TO = /(?:结合|立足|从)([\u4e00-\u9fff]{2,8}?)的?实际/g;

/** The one known region of the level the text speaks for that it says it is fitted to (two different ones: none). */
export function regionFittedTo(text: string, level: RegionLevel): string | null {
  const fitted = new Set<string>();
  for (const m of text.matchAll(FITTED_TO)) {
    const region = findRegion(m[1]!);
    if (region?.level === level) fitted.add(region.name);
  }
  return fitted.size === 1 ? [...fitted][0]! : null;
}

/**
 * The region of `level` the text names most. Regions named as often as each other name none — a wrong region is worse than
 * none (长白山 spells 白山 once, 长春理工大学 长春 once) — unless the tie is told apart (`tieBroken`). Two districts so named are
 * the county's partners (与宁陕县、镇坪县合作 under 全县), as two counties the gazetteer lacked, written whole, never did.
 */
export function mostMentioned(text: string, level: RegionLevel): string | null {
  let best: RegionEntry[] = [];
  let bestCount = 0;
  for (const [region, written] of countMentions(text)) {
    // 位于岳阳前列, 稳居南宁市县域第一: the prefecture a county-level city is ranked in is not the speaker.
    const count = region.level !== level ? 0 : level === 'city' ? written - rankingMentions(text, region.name) : written;
    if (count <= 0 || count < bestCount) continue;
    best = count === bestCount ? [...best, region] : [region];
    bestCount = count;
  }
  return best.length <= 1 ? (best[0]?.name ?? null) : (tieBroken(text, best, level)?.name ?? null);
}

/**
 * Of regions of one level named as often as each other, the one the text tells apart: a district written whole beside one
 * whose short form is a word's characters (茶叶集散 spells 叶集 of 叶集区 beside 将高县建成 written whole), else one the text
 * keeps naming by its short form (融水 four times more beside 忻府区 in a list of links); a city whose own districts the
 * text names (金安区, 裕安区, 叶集区 beside 六安 and 合肥 once each: a city's table of its districts' progress).
 */
function tieBroken(text: string, tied: readonly RegionEntry[], level: RegionLevel): RegionEntry | undefined {
  if (level !== 'district') return namedInOpening(text, tied) ?? cityOfNamedDistricts(text, tied);
  const whole = tied.filter((r) => text.includes(r.name));
  return whole.length === 1 ? whole[0] : keptByShortForm(text, whole);
}

/**
 * Of `tied` regions, the one named first, when that is in the text's first third (江苏信保>连云港>金融资讯, 黑龙江省五大连池市
 * 以高质量发展统揽全局, 对迪庆提出的要求): a text introduces what it is about; a region first met further on is met in passing
 * (长白山 spells 白山 near the end, 合肥信息学院 in a table's last rows).
 */
function namedInOpening(text: string, tied: readonly RegionEntry[]): RegionEntry | undefined {
  const [first] = tied.map((r): [RegionEntry, number] => [r, text.indexOf(r.short)]).sort((a, b) => a[1] - b[1]);
  return first && first[1] * 3 < text.length ? first[0] : undefined;
}

/** Of `tied` districts, the one written (whole or by its short form) more than twice as often as each other, and twice more. */
function keptByShortForm(text: string, tied: readonly RegionEntry[]): RegionEntry | undefined {
  const shorts = countyShortForms(text);
  const [first, second] = tied.map((r): [RegionEntry, number] => [r, shorts.get(r) ?? 0]).sort((a, b) => b[1] - a[1]);
  // Once against none is no lead (浙江安吉县、江苏溧阳市: 安吉 not counted beside its province).
  return first && second && first[1] > 2 * second[1] && first[1] - second[1] >= 2 ? first[0] : undefined;
}

/** Of `tied` regions, the one alone that districts the text names lie below (金安区 and 裕安区 below 六安市, none below 合肥市). */
function cityOfNamedDistricts(text: string, tied: readonly RegionEntry[]): RegionEntry | undefined {
  const districts = [...countMentions(text).keys()].filter((r) => r.level === 'district');
  const holding = tied.filter((city) => districts.some((d) => d.parent === city.name));
  return holding.length === 1 ? holding[0] : undefined;
}
