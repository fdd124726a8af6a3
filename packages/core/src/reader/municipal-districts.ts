import type { RegionLevel } from '../model.ts';
import { writtenDistricts } from './issuer.ts';
import { countMentions, municipalShortForms, type RegionEntry, timesNamed } from './regions.ts';

/**
 * The district of a municipality a text writes by its short form (门头沟, 徐汇, 北辰: findRegion knows them by full name
 * only), when the text speaks as a district (全区, 区委, 区政府) and names no district whole: written three times or more,
 * or twice beside its municipality's name, more often than any other and than any prefecture the text names.
 */
export function shortMunicipalDistrict(text: string, level: RegionLevel | null): string | null {
  if (level !== 'district' && !/全区|区委|区政府/.test(text)) return null;
  const mentions = [...countMentions(text)];
  if (mentions.some(([r]) => r.level === 'district') || writtenDistricts(text).size > 0) return null;
  // A city named in passing (幸福安康 spells 安康) is no issuer; one named as often as the district is.
  const cityCount = Math.max(0, ...mentions.filter(([r]) => r.level === 'city').map(([, count]) => count));
  const municipalities = new Set(mentions.map(([r]) => r.name));
  return mostWrittenMunicipal(text, (f) => f.count > cityCount && (f.count >= 3 || (f.count >= 2 && municipalities.has(f.municipality))));
}

/** The district of `municipality` written by its short form twice or more and more often than the municipality itself. */
export function districtWrittenMore(text: string, municipality: string): string | null {
  const own = timesNamed(countMentions(text), municipality);
  return mostWrittenMunicipal(text, (f) => f.municipality === municipality && f.count >= 2 && f.count > own);
}

/** Of the municipal districts written by short form that `keep` admits, the one written most often; none on a tie. */
function mostWrittenMunicipal(text: string, keep: (form: { count: number; municipality: string }) => boolean): string | null {
  const [first, second] = [...municipalShortForms(text)].filter(([, f]) => keep(f)).sort((a, b) => b[1].count - a[1].count);
  return first && !(second && second[1].count === first[1].count) ? first[0] : null;
}

/** The one district of a province-level city (重庆市江津区) a text names, when it names no prefecture. */
export function districtOfMunicipality(text: string): string | null {
  const named = [...countMentions(text).keys()];
  if (named.some((r) => r.level === 'city')) return null;
  const districts = named.filter((r) => r.level === 'district' && MUNICIPALITIES.has(r.parent ?? ''));
  return districts.length === 1 ? districts[0]!.name : null;
}
export const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/**
 * The province-level city (北京, 天津, 上海, 重庆) a text with a city's scope words keeps naming — twice or more and more than
 * twice as often as any other region — when it names no prefecture and no district whole, and names its government, one of
 * its departments or its paper (天津市政府下发…, 重庆市农委负责人介绍, 来源：重庆日报): its 全市 is the municipality's. A city
 * that only deals with it (赴北京招商, 对接北京高校) names no body of it.
 */
export function municipalitySpeaking(text: string): string | null {
  const named = [...countMentions(text)].sort((a, b) => b[1] - a[1]);
  if (named.some(([r]) => r.level === 'city' || r.level === 'district')) return null;
  const [first, second] = named;
  if (!first || !MUNICIPALITIES.has(first[0].name) || first[1] < 2 || (second && first[1] <= 2 * second[1])) return null;
  return ownBodyNamed(text, first[0]) ? first[0].name : null;
}
/** A government's, a department's or a paper's name after a region's (天津市政府, 重庆市农委, 北京市商务局, 重庆日报). */
const OWN_BODY = /^市?(?:人民政府|政府|[\u4e00-\u9fff]{1,6}?(?:局|委员会|委|办)(?![\u4e00-\u9fff]{0,2}(?:大学|学院|组委)))/;
/**
 * The body named opening a sentence, a clause or a line, as its subject (天津市政府近日印发…, 据重庆市农委负责人介绍): not one a
 * city deals with (对接北京市发改委,
 * 拜访上海市商务委, 与重庆市政府签署), nor a paper reposting the text (来源：北京日报).
 */
function ownBodyNamed(text: string, region: RegionEntry): boolean {
  for (let at = text.indexOf(region.short); at !== -1; at = text.indexOf(region.short, at + 1)) {
    if (at > 0 && !/[。！？；，,\n据]/.test(text[at - 1]!)) continue;
    if (OWN_BODY.test(text.slice(at + region.short.length, at + region.short.length + 10))) return true;
  }
  return false;
}
