import type { RegionLevel } from '../model.ts';
import { namedOnlyAsSuperior } from './superiors.ts';
import { headingRegion } from './issuer.ts';
import { countMentions, countSentenceLineMentions, countyShortForms, findRegion, type RegionEntry, timesNamed } from './regions.ts';
import { dominantRegion } from './region-mentions.ts';

/**
 * The county a text writes by its short form (西华, 子长), below a prefecture or province the text names (周口, 延安,
 * 河南): a short form alone is a word, a town or a person's name as often (东方, 振兴, 记者倪金凤), and a county of the
 * same name elsewhere lies below a city the text does not name. A county whose prefecture is named goes first (正定 under
 * 石家庄 before 复兴 of 民族复兴, under 河北 only); one below a named province only is written twice or more. Below an
 * autonomous region its prefecture must be named (全区 is the region's, rule 6). Two written as often name none.
 */
export function countyBelowNamed(text: string): string | null {
  const named = new Set([...countMentions(text).keys()].map((r) => r.name));
  const province = (name: string) => named.has(name) && !name.endsWith('自治区');
  // 2: its prefecture is named; 1: only its province; 0: neither.
  const standing = (r: RegionEntry) => {
    const above = findRegion(r.parent!)!;
    if (above.level !== 'city') return province(above.name) ? 2 : 0;
    return named.has(above.name) ? 2 : province(above.parent!) ? 1 : 0;
  };
  const ranked = [...countyShortForms(text)]
    .map(([r, count]) => ({ r, count, standing: standing(r) }))
    .filter((c) => c.standing === 2 || (c.standing === 1 && c.count >= 2))
    .sort((a, b) => b.standing - a.standing || b.count - a.count);
  const [first, second] = ranked;
  return first && !(second && second.standing === first.standing && second.count === first.count) ? first.r.name : null;
}

/**
 * The one county-level city (博乐市, 神木市) a text names, when it names no prefecture: a county-level city says 全市 of
 * itself as a prefecture does, so its scope words read as a city's.
 */
export function onlyCountyLevelCity(text: string): string | null {
  const named = [...countMentions(text).keys()];
  if (named.some((r) => r.level === 'city')) return null;
  const cities = named.filter((r) => r.level === 'district' && r.name.endsWith('市'));
  return cities.length === 1 ? cities[0]!.name : null;
}

/**
 * The one county-level city below `prefecture` the text names, when the text names the prefecture only as a superior after
 * the bare province (落实省…和常州市…: `namedOnlyAsSuperior`); null when it names none or two, or the prefecture otherwise.
 */
export function countyCityBelowSuperior(text: string, prefecture: string): string | null {
  if (findRegion(prefecture)?.level !== 'city' || !namedOnlyAsSuperior(text, prefecture)) return null;
  const cities = [...countMentions(text).keys()].filter((r) => r.level === 'district' && r.name.endsWith('市') && r.parent === prefecture);
  return cities.length === 1 ? cities[0]!.name : null;
}

/** The most characters a headline line takes (a title and a subtitle). */
const HEADLINE_LENGTH = 48;
/**
 * 全市 in a text whose first line opens with a county-level city of the prefecture most named (衡阳常宁市：…, 岳阳市临湘市召开…,
 * 常宁市2024年…): the city the headline names speaks, its 全市 its own; the prefecture is named as its parent.
 */
export function countyCityHeadingText(text: string, prefecture: string): string | null {
  const line = text.trimStart().split('\n', 1)[0]!;
  // A headline: a short line, no sentence closed (宜兴市…大会召开。…全市… opening a one-paragraph item is a sentence).
  if (line.length > HEADLINE_LENGTH || /[。；;]/.test(line)) return null;
  const heading = headingRegion(line);
  const entry = heading ? findRegion(heading) : undefined;
  if (!(entry?.level === 'district' && entry.name.endsWith('市') && entry.parent === prefecture)) return null;
  // 耒阳市：衡阳市重点项目推进会召开: a venue or column tag before the prefecture's own headline, which names it in full.
  const at = line.indexOf(entry.name);
  return at !== -1 && line.includes(prefecture, at + entry.name.length) ? null : entry.name;
}

/** The city of an autonomous region (广西, 内蒙古, 西藏, 宁夏, 新疆) the text keeps naming, if any. */
export function cityOfAutonomousRegion(text: string): string | null {
  const subject = dominantRegion(text);
  if (subject?.level !== 'city') return null;
  return findRegion(subject.name)?.parent?.endsWith('自治区') ? subject.name : null;
}

/**
 * The autonomous region whose 我区/全区 a text writes: no county's or city's scope word (全县, 我市), no district named,
 * and the one autonomous region named three times or more and more often than any other region.
 */
export function keptAutonomousRegion(text: string): string | null {
  if (!/[我全]区/.test(text) || /[我全本][县市]|[县市]委|[县市]政府/.test(text)) return null;
  const mentions = [...countMentions(text)];
  if (mentions.some(([r]) => r.level === 'district')) return null;
  const [first, second] = mentions.sort((a, b) => b[1] - a[1]);
  if (!first || first[0].level !== 'province' || !first[0].name.endsWith('自治区') || first[1] < 3) return null;
  return !second || first[1] > second[1] ? first[0].name : null;
}

/**
 * A province that speaks without writing its name: the one above every prefecture the text names, when the
 * level is a province's (自治区主席 and 两会在呼和浩特召开 → 内蒙古自治区); and an autonomous region the text names
 * whose 全区/我区 read as a district's (宁夏…我区将…), no district being named.
 */
export function unnamedProvince(text: string, level: RegionLevel | null): string | null {
  const named = [...countMentions(text).keys()];
  if (level === 'district') {
    const autonomous = named.filter((r) => r.level === 'province' && r.name.endsWith('自治区'));
    return autonomous.length === 1 && !named.some((r) => r.level !== 'province') ? autonomous[0]!.name : null;
  }
  if (level !== 'province' || named.some((r) => r.level === 'province')) return null;
  const above = new Set(named.filter((r) => r.level === 'city').map((r) => r.parent));
  return above.size === 1 ? [...above][0]! : null;
}

/**
 * The prefecture below `province` the text names three times or more and more than twice as often as any other region,
 * unless the text speaks as the province (我省).
 */
export function cityKeptBelow(text: string, province: string): string | null {
  // 今年我省要…: the province speaks as itself, as in narrowed — unless that one 我省 is all the province's scope words the text
  // writes (哈市 news quoting 我省 once): a city's text may name the province around it once.
  if (SPEAKS_AS_PROVINCE.test(text) && !(provinceScopeOnce(text) && !PROVINCE_AS_SUBJECT.test(text))) return null;
  const subject = dominantRegion(text);
  return subject?.level === 'city' && findRegion(subject.name)?.parent === province ? subject.name : null;
}

/** The first person of a province's government (我省); a city's 我市 is left out: a county-level city's own report says 我市 too. */
const SPEAKS_AS_PROVINCE = /我省/;
/** The province's scope words (全省, 我省, 本省) written once in all. */
const provinceScopeOnce = (text: string): boolean => [...text.matchAll(PROVINCE_SCOPE)].length === 1;
/** (Not 全省 inside a word before 省级: 安全省级示范园区, 健全省级…, no scope of the province.) */
const PROVINCE_SCOPE = /(?<![安健])全省|[我本]省/g;
/**
 * 我省 opening a clause, after a time word or none (我省出台…, 今年我省要支持岳阳…, 2024年，我省安排…): the province acting, speaking
 * as itself even when it writes 我省 once — not 抓住我省…的机遇, 纳入我省重点项目, a city's words about the province around it.
 */
const PROVINCE_AS_SUBJECT = /(?:^|[。！？；;，,：:\n])\s*(?:(?:今年|明年|近日|日前|目前|近年来|\d{4}\s*年)[，,]?\s*)?我省/;
/**
 * A region inside the one the scope words give, named more often than it in the text's sentences
 * (铁岭 three times, 辽宁 once, under 全省): the text speaks of that region, 全省 being the province
 * around it. A site's banner (晋城生活网) is no sentence, and a region named once is named in passing.
 */
export function narrowed(text: string, region: string, level: RegionLevel): { region: string; level: RegionLevel } {
  const counts = countSentenceLineMentions(text);
  // 今年我省要… in a report read for one of its cities (…推动厦门培育…, the city named more): the text speaks as the wider
  // region itself (我省), so no city inside it takes its place.
  if (level === 'province' && SPEAKS_AS_PROVINCE.test(text)) return { region, level };
  const own = timesNamed(counts, region);
  let best: { region: string; level: RegionLevel; count: number } = { region, level, count: own };
  // Named once (本报太原2月9日讯, an example) is named in passing. A district named beside others of its city (金安区：…,
  // 裕安区：… in a city's table of its districts' progress) is one of the city's, not its speaker.
  for (const [r, count] of counts) if (r.parent === region && count > 1 && count > best.count) best = { region: r.name, level: r.level, count };
  if (best.level === 'district' && level === 'city' && namesSiblings(text, best.region, region)) return { region, level };
  // 全省 read once, 贵阳市 three times, 开阳县 once and 开阳 four times: the province's word was a partner or a frame, and
  // the text keeps naming a county below the city it narrowed to — that county speaks (only when the scope word was the
  // province's: a city's 全市 is its own).
  const county =
    level === 'province' && best.level === 'city'
      ? countyKeptBelowCity(
          text
            .split('\n')
            .filter((line) => line.includes('。'))
            .join('\n'),
          counts,
          best,
        )
      : null;
  return county ? { region: county, level: 'district' } : { region: best.region, level: best.level };
}

/**
 * Whether the text names other districts of `city` as often as `district`, taken together (裕安区 twice beside 金安区 and
 * 叶集区 once each, all below 六安市): a city's view over its districts, not one district's text naming a neighbour once.
 */
function namesSiblings(text: string, district: string, city: string): boolean {
  let own = 0;
  let others = 0;
  for (const [r, n] of countMentions(text)) {
    if (r.parent !== city || r.level !== 'district') continue;
    if (r.name === district) own += n;
    else others += n;
  }
  return others >= own;
}

/**
 * The one county below `city` that the text writes whole at least once and, whole or by its short form, more often than
 * the city (开阳县…开阳…开阳 beside 贵阳市): the county is the subject, its city the frame it is set in.
 */
function countyKeptBelowCity(text: string, counts: ReadonlyMap<RegionEntry, number>, city: { region: string; count: number }): string | null {
  const kept = [...countyShortForms(text)].filter(([r, n]) => r.parent === city.region && n > city.count && (counts.get(r) ?? 0) > 0);
  return kept.length === 1 ? kept[0]![0].name : null;
}
