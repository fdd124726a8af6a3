import type { RegionLevel } from '../model.ts';
import { headingRegion, nameBefore, soleStrongIssuer } from './issuer.ts';
import { countMentions, findRegion, type RegionEntry, regionOpening, REGIONS } from './regions.ts';
import { MUNICIPALITIES } from './municipal-districts.ts';
import { matchesHolding } from '../grammar/matches.ts';

/** A line of the page's head opening with a region's full name in brackets (【延庆区】): the section of a roundup the page gives. */
const BRACKETED_SECTION = /^[ \t]*【([\u4e00-\u9fff]{2,12})】/gm;
/**
 * The one bracketed region of the page (【延庆区】): not the first of several sections (【南京市】…【苏州市】…: a roundup), nor
 * a city's tag over a county's or district's own scope words (【宜昌市】⏎今年全县…).
 */
export function bracketedSection(text: string): string | null {
  const sections = [...text.matchAll(BRACKETED_SECTION)].map((m) => m[1]!).filter((name) => findRegion(name)?.name === name);
  if (sections.length !== 1 || text.indexOf(`【${sections[0]}】`) > 400) return null;
  const level = findRegion(sections[0]!)!.level;
  return level !== 'district' && /[全我](?:县|区)/.test(text) ? null : sections[0]!;
}

/** A congress's term and name (第十六届人民代表大会, 十七届人大), not its standing committee's. */
const CONGRESS_TERM = /第?[一二三四五六七八九十]{1,4}届\s*(?:人民代表大会|人大)(?!常务委员会|常委)/g;

/** The known region, by its full name, that a congress's term follows (长春市第十六届…), else undefined. */
function knownRegionBefore(text: string, end: number): RegionEntry | undefined {
  const name = nameBefore(text, end)?.name ?? '';
  const found = findRegion(name);
  return found?.name === name ? found : undefined;
}

/**
 * A roundup of the congresses of three regions or more (the capitals of three provinces, the districts of a municipality
 * holding their 两会 in turn) has no single issuer (corpus Decisions 30): regions in different provinces sum up to the
 * nation, a municipality's districts to the municipality. Regions of one province's cities are left to the other
 * readings: such a roundup takes the city it quotes beyond its target (Decisions 30, c121's 南昌), not the province.
 */
export function roundupOfCongresses(text: string): { region: string; level: RegionLevel } | null {
  const named = new Map<string, RegionEntry>();
  // (Every term holds 届: a text without one is not searched from every numeral.)
  for (const m of matchesHolding('届', CONGRESS_TERM, text)) {
    const region = knownRegionBefore(text, m.index);
    if (region) named.set(region.name, region);
  }
  if (named.size < 3) return null;
  const regions = [...named.values()];
  const provinces = new Set(regions.map(provinceOf));
  if (provinces.size > 1) return { region: '全国', level: 'national' };
  const [province] = provinces;
  return MUNICIPALITIES.has(province!) && regions.every((r) => r.level === 'district') ? { region: province!, level: 'province' } : null;
}

/** Province-level regions by the short name news writes (广东, 上海, 内蒙古, 广西), longest first. */
const PROVINCE_SHORTS = new RegExp(
  REGIONS.filter((r) => r.level === 'province')
    .map((r) => r.name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ''))
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
/** A province by its short name, its level word after it if written (广东, 广东省, 广西壮族自治区). */
const PROVINCE_NAMED = `(?:${PROVINCE_SHORTS.source})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?`;
/**
 * Provinces as a clause's subject: one province or a 、 list of them opening a clause (…。广东省政府工作报告提出, ，辽宁、云南、
 * 青海的目标均在…), or after a word that introduces them (其中, 包括, 例如, a describing 的, a word for provinces: 经济发达省市广东、
 * 上海). Not a province inside a place name (黄河南岸, 洞庭湖北岸, 泰山东麓) nor one compared with (与江苏、浙江持平, 对标江苏,
 * 低于四川): the character before it is no break or introducing word.
 */
const PROVINCES_AS_SUBJECT = new RegExp(
  `(?:^|[，,；;：:\\s（(“「]|其中|包括|例如|比如|的|省市|省份|省区)(${PROVINCE_NAMED}(?:[、和及]${PROVINCE_NAMED})*)`,
  'g',
);
/**
 * A sentence that sets a target with a figure (…目标定为5%至6%, 目标值, 预期目标是…增长6%): 目标 and a digit anywhere in it. Tested
 * as two searches, not as one pattern with a run between them, which is retried from every digit of a long sentence (quadratic).
 */
const setsTargetWithFigure = (sentence: string): boolean => sentence.includes('目标') && /\d/.test(sentence);
/** The issuer's own scope words, as LEVEL_WORDS reads them (全省, 我市, 全州, 全盟, 全旗, 全地区): a province's, a prefecture's or a county's own text, however many other places it names. */
const OWN_SCOPE = /[我全本](?:[省市州盟区县旗]|地区)/;

/**
 * A roundup of the targets several provinces set (各省2024年经济增长目标: 江苏、浙江…都定在5%至6%; 广东省…增长5%以上), with no
 * scope word of its own (全省, 我市): three provinces or more, each the subject of a clause in a sentence that sets a target with
 * a figure, sum up to the nation (corpus Decisions 30), whichever of them the issuer reader would take for the speaker. A
 * province's or a city's own text that names others (对标江苏、浙江, 高于全省) writes its own scope word or names them only as
 * compared with; one region named as strongly as a congress names it, and no other, is the speaker — unless the text counts
 * the provinces it sums up (31个省份); a national report is the nation's anyway.
 */
export function roundupOfTargets(text: string): { region: string; level: RegionLevel } | null {
  if (OWN_SCOPE.test(text)) return null;
  const provinces = new Set<string>();
  for (const sentence of text.split(/[。！？\n]/)) {
    if (!setsTargetWithFigure(sentence)) continue;
    for (const list of sentence.matchAll(PROVINCES_AS_SUBJECT)) for (const m of list[1]!.matchAll(PROVINCE_SHORTS)) provinces.add(m[0]);
  }
  // 31省份今年增速目标揭晓 … 四川省第十四届人民代表大会第四次会议开幕: a roundup that counts the provinces it sums up may quote one
  // province's congress; it is no less the nation's.
  return provinces.size >= 3 && (soleStrongIssuer(text) === null || PROVINCES_COUNTED.test(text)) ? { region: '全国', level: 'national' } : null;
}
/**
 * Provinces counted as a group by a number (31个省份, 31省份): the provinces a roundup sums up. Not 多个省份 (a reporter's
 * comparison beside a province's own congress) nor 各省区市 (a province's partners).
 */
const PROVINCES_COUNTED = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})个?省(?:份|区市)/;

/**
 * The province whose places (各地: 宁夏各地, 河北全省各地, 宁夏全区各地) the page's head names as its subject, when the text names
 * two of its prefectures or more twice or more each (银川市 five times, 石嘴山市 four): a roundup of the province's places, not
 * one city's story (河北各地新蓝图|唐山:… names 唐山 alone).
 */
export function roundupOfProvincesPlaces(text: string): string | null {
  // 各地 as the subject of a line of the head (宁夏各地争分夺秒…), not an object (吸引山东各地游客, 江苏各地人才), on a page whose
  // first line and whose 各地 line open with no region of their own (唐山：…⏎河北各地竞相发展, 济南市与山东各地…: a city's story).
  const head = text.trimStart().slice(0, 400);
  const first = head.split('\n', 1)[0]!;
  if (headingRegion(first) !== null || regionOpening(first) !== undefined) return null;
  for (let at = head.indexOf('各地'); at !== -1; at = head.indexOf('各地', at + 2)) {
    if (/^[游人客企]/.test(head.slice(at + 2))) continue;
    const province = provinceEndingAt(head, head.slice(Math.max(0, at - 2), at) === '全区' || head.slice(Math.max(0, at - 2), at) === '全省' ? at - 2 : at);
    if (!province || openedByOther(head.slice(head.lastIndexOf('\n', at) + 1, at), province)) continue;
    const cities = [...countMentions(text)].filter(([r, n]) => r.parent === province && r.level === 'city' && n >= 2);
    return cities.length >= 2 ? province : null;
  }
  return null;
}
/** A line opening with a region other than `province` (唐山：…, 济南市与山东各地…). */
function openedByOther(line: string, province: string): boolean {
  const opener = regionOpening(line)?.name ?? headingRegion(line);
  return opener !== null && opener !== undefined && (findRegion(opener)?.name ?? opener) !== province;
}
/** The province whose short name (two or three characters) ends right before `end` (宁夏|各地, 黑龙江|各地). */
function provinceEndingAt(text: string, end: number): string | null {
  for (const length of [3, 2]) {
    const region = findRegion(text.slice(Math.max(0, end - length), end));
    if (region?.level === 'province' && region.short === text.slice(end - length, end)) return region.name;
  }
  return null;
}

/** The province-level region a known region lies in (itself for a province). */
function provinceOf(region: RegionEntry): string {
  let r: RegionEntry | undefined = region;
  while (r?.parent && findRegion(r.parent)) r = findRegion(r.parent);
  return r!.name;
}

/**
 * 常德市三区五县, 天水市两区五县, 某州八县一市: a prefecture named right before a count of its districts and counties is a
 * prefecture's text summing up its divisions (their congresses, their targets), whichever of them it then names in turn.
 */
const PREFECTURE_BEFORE_COUNT = /([\u4e00-\u9fff]{2,8}?[市州盟])(?=[一二两三四五六七八九十]{1,2}[区县旗市](?:[一二两三四五六七八九十]{1,2}[区县旗市])?)/g;

/** The one prefecture of the gazetteer a text names so (two different ones: a comparison, none). */
export function prefectureSummingDivisions(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(PREFECTURE_BEFORE_COUNT)) {
    // The name's end is fixed by the count after it; its start is tried from the longest down (常德市, not 德市).
    for (let k = 0; k + 3 <= m[1]!.length; k++) {
      const known = findRegion(m[1]!.slice(k));
      if (known?.level === 'city' && known.name === m[1]!.slice(k)) {
        found.add(known.name);
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
