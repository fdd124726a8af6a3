import type { RegionLevel } from '../model.ts';
import { countiesOfShortForm, countMentions, countyShortForms, findRegion, lineOfDescent, timesNamed, type RegionEntry } from './regions.ts';

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
    if (timesNamed(mentions, county.parent) === 0) continue;
    counts.set(county, Math.max(counts.get(county) ?? 0, count));
  }
  const provinceCount = timesNamed(mentions, province);
  const [subject, count] = [...counts].filter(([r]) => r.level !== 'province' && lineOfDescent(r).has(province)).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!subject || count! < 3 || count! <= provinceCount) return null;
  const line = lineOfDescent(subject);
  const rivals = [...mentions].filter(([r]) => r !== subject && !line.has(r.name));
  return rivals.every(([, n]) => n * 2 < count!) ? { region: subject.name, level: subject.level } : null;
}

/** 谱写中国式现代化磴口新篇章, 中国式现代化湖北实践襄阳篇章, …玉龙生动实践新篇章: the slogan a text writes its own name into. */
const OWN_CHAPTER = /现代化[^，。、；：\n]{2,10}?篇章/g;
/**
 * 2023年是剑阁发展史上极不平凡的一年, 也是城固发展进程中…的一年, 也是龙游加快建设…的关键之年: the year a report frames as
 * a stage of its own development, the slot after 是 holding the speaker's name.
 */
const OWN_YEAR = /是([\u4e00-\u9fff]{2,4}?)(?:发展史上|发展进程中|发展历程中|加快建设|加快发展)/g;
/**
 * 向…为加快西和脱贫攻坚和经济社会发展做出积极贡献的…表示感谢: a report's thanks to those who worked for its own region,
 * the name opening what they worked for (read from its start: 西和脱贫… → 西和).
 */
const OWN_THANKS = /为(?:加快|推动|促进|支持)?([\u4e00-\u9fff]{2,3})[^，。；、\n]{0,24}?[做作]出(?:了)?(?:积极|重要|突出|巨大)?贡献/g;

/**
 * The region a text writes into its own chapter of 中国式现代化 (奋力谱写中国式现代化磴口新篇章): the slot before 篇章 holds the
 * speaker's own short name, whatever else the text names. A county by its short form only when one county bears it
 * (磴口 → 磴口县); a name of no region (建设新篇章, 强区建设新篇章) gives none, and so do two different names.
 */
export function regionInOwnChapter(text: string, level: RegionLevel | null): { region: string; level: RegionLevel } | null {
  const found = new Map<string, RegionLevel>();
  const add = (own: RegionEntry | undefined) => {
    if (own && (level === null || own.level === level)) found.set(own.name, own.level);
  };
  for (const m of text.matchAll(OWN_CHAPTER)) {
    // 现代化…篇章 less its frame, then 新 and 生动实践: 玉龙生动实践新 → 玉龙, 湖北实践襄阳 → 湖北实践襄阳 (its end is read).
    const slot = m[0]
      .slice(3, -2)
      .replace(/新$/, '')
      .replace(/(?:生动)?实践$/, '');
    add(regionEndingSlot(slot));
  }
  // The same slot in the year a report frames as its own (是剑阁发展史上…的一年) and in its thanks (为加快西和…做出贡献).
  for (const m of text.matchAll(OWN_YEAR)) add(regionNamedBy(m[1]!));
  for (const m of text.matchAll(OWN_THANKS)) add(regionOpeningSlot(m[1]!));
  const [only, ...more] = [...found];
  return only && more.length === 0 ? { region: only[0], level: only[1] } : null;
}

/** The region the slot is the full or short name of (剑阁 → 剑阁县, 宝鸡市), a county by its short form when one county bears it. */
function regionNamedBy(slot: string): RegionEntry | undefined {
  const known = findRegion(slot);
  if (known) return known;
  const counties = countiesOfShortForm(slot);
  return counties.length === 1 ? counties[0] : undefined;
}

/** The region whose full or short name the slot opens with (西和脱 → 西和县). */
function regionOpeningSlot(slot: string): RegionEntry | undefined {
  return regionNamedBy(slot) ?? (slot.length > 2 ? regionNamedBy(slot.slice(0, 2)) : undefined);
}

/** The region whose full or short name the slot ends with (湖北实践襄阳 → 襄阳市), a county by its short form too. */
function regionEndingSlot(slot: string): RegionEntry | undefined {
  for (const length of [3, 2]) {
    const name = slot.slice(-length);
    if (name.length < length) continue;
    const known = findRegion(name);
    if (known) return known;
    const counties = countiesOfShortForm(name);
    if (counties.length === 1) return counties[0];
  }
  return undefined;
}

/** A quoted slogan (“健康活力新城、美丽幸福清徐”, “更好的奎文”): its items, each ending with what it builds. */
const QUOTED_SLOGAN = /“([^“”\n]{3,24})”/g;

/**
 * The county a district's text writes at the end of its own slogan (建设“美丽幸福清徐”, 开创“更好的奎文”建设新局面): what a
 * slogan builds is its speaker, named by its short form. One county so written, by one county's short form; two name none.
 */
export function countyEndingOwnSlogan(text: string): string | null {
  const counties = new Set<string>();
  for (const m of text.matchAll(QUOTED_SLOGAN)) {
    for (const item of m[1]!.split(/[、，,]/)) {
      const county = countyEndingItem(item);
      if (county) counties.add(county);
    }
  }
  return counties.size === 1 ? [...counties][0]! : null;
}

/**
 * The one county whose short form ends the slogan's item, after words of the slogan's own (美丽幸福|清徐). Not a verb and
 * its object a slogan pairs with others (聚人兴城、强产兴市: 兴城 is no 兴城市, as 创新兴县 is no 新兴县).
 */
function countyEndingItem(item: string): string | null {
  for (const length of [3, 2]) {
    const name = item.slice(-length);
    if (item.length <= length || findRegion(name) || SLOGAN_VERB_OBJECT.test(name)) continue;
    const counties = countiesOfShortForm(name);
    if (counties.length === 1) return counties[0]!.name;
  }
  return null;
}
/** 兴城, 兴业, 强县, 富民: a slogan's verb and its object, spelling a county's short form by chance. */
const SLOGAN_VERB_OBJECT = /^[兴强富立]./;
