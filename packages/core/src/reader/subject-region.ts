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
