import type { RegionLevel } from '../model.ts';
import { countMentions, countyShortForms, findRegion, type RegionEntry } from './regions.ts';

/**
 * A province read for a text that keeps naming one region below it (营山 ten times in a county's news whose 全省 is a goal
 * of its city's, 沂源 four times beside the 山东省 of the award it got, 铜川 nine times beside 记者从陕西省…新闻发布会上获悉):
 * the province is where the news was told or who gave the award, a superior the text mentions; the text is about the
 * region it keeps naming. That region is written three times or more (a county by its short form too, its prefecture
 * named: 营山 under 南充), more often than the province, and more than twice as often as any region off its line.
 * Not when the text says 我省 or 本省: it speaks as the province (a province's report that names a city often).
 */
export function subjectBelowProvince(text: string, province: string): { region: string; level: RegionLevel } | null {
  if (/[我本]省/.test(text)) return null;
  const mentions = countMentions(text);
  const counts = new Map<RegionEntry, number>(mentions);
  for (const [county, count] of countyShortForms(text)) {
    // A county by its short form only when the prefecture above it is named (营山 under 南充): alone, a word or a town.
    if (!named(mentions, county.parent)) continue;
    counts.set(county, Math.max(counts.get(county) ?? 0, count));
  }
  const provinceCount = [...mentions].find(([r]) => r.name === province)?.[1] ?? 0;
  const [subject, count] = [...counts].filter(([r]) => r.level !== 'province' && lineOf(r).has(province)).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!subject || count! < 3 || count! <= provinceCount) return null;
  const line = lineOf(subject);
  const rivals = [...mentions].filter(([r]) => r !== subject && !line.has(r.name));
  return rivals.every(([, n]) => n * 2 < count!) ? { region: subject.name, level: subject.level } : null;
}

/** The region's name and every region above it (营山县, 南充市, 四川省). */
function lineOf(region: RegionEntry): Set<string> {
  const line = new Set<string>();
  for (let r: RegionEntry | undefined = region; r; r = r.parent ? findRegion(r.parent) : undefined) line.add(r.name);
  return line;
}

const named = (mentions: ReadonlyMap<RegionEntry, number>, name: string | undefined): boolean =>
  name !== undefined && [...mentions.keys()].some((r) => r.name === name);

/** 谱写中国式现代化磴口新篇章, 中国式现代化湖北实践襄阳篇章, …玉龙生动实践新篇章: the slogan a text writes its own name into. */
const OWN_CHAPTER = /现代化[^，。、；：\n]{2,10}?篇章/g;

/**
 * The region a text writes into its own chapter of 中国式现代化 (奋力谱写中国式现代化磴口新篇章): the slot before 篇章 holds the
 * speaker's own short name, whatever else the text names. A county by its short form only when one county bears it
 * (磴口 → 磴口县); a name of no region (建设新篇章, 强区建设新篇章) gives none, and so do two different names.
 */
export function regionInOwnChapter(text: string, level: RegionLevel | null): { region: string; level: RegionLevel } | null {
  const found = new Map<string, RegionLevel>();
  for (const m of text.matchAll(OWN_CHAPTER)) {
    // 现代化…篇章 less its frame, then 新 and 生动实践: 玉龙生动实践新 → 玉龙, 湖北实践襄阳 → 湖北实践襄阳 (its end is read).
    const slot = m[0]
      .slice(3, -2)
      .replace(/新$/, '')
      .replace(/(?:生动)?实践$/, '');
    const own = regionEndingSlot(text, slot);
    if (own && (level === null || own.level === level)) found.set(own.name, own.level);
  }
  const [only, ...more] = [...found];
  return only && more.length === 0 ? { region: only[0], level: only[1] } : null;
}

/** The region whose full or short name the slot ends with (湖北实践襄阳 → 襄阳市), a county by its short form too. */
function regionEndingSlot(text: string, slot: string): RegionEntry | undefined {
  for (const length of [3, 2]) {
    const name = slot.slice(-length);
    if (name.length < length) continue;
    const known = findRegion(name);
    if (known) return known;
    const counties = [...countyShortForms(text).keys()].filter((r) => r.name.startsWith(name) && r.name.length > name.length);
    if (counties.length === 1) return counties[0];
  }
  return undefined;
}
