import { writtenDistricts } from './issuer.ts';
import { countiesOfShortForm, countMentions, findRegion } from './regions.ts';

/** The one county or district outside the gazetteer the text writes whole; null when it writes none or several. */
export function onlyWrittenDistrict(text: string): string | null {
  const names = [...writtenDistricts(text).keys()];
  return names.length === 1 ? names[0]! : null;
}

/**
 * A county outside the gazetteer, written whole, that the text names three times or more (by its short form too when
 * that has two characters: 良庆区…深入良庆), and more than twice as often as any other region.
 */
export function keptDistrict(text: string): string | null {
  const found = writtenDistricts(text);
  const named = shortFormCounts(text, [...found.keys()]);
  const written = [...found].map(([name, count]): [string, number] => [name, Math.max(count, named.get(name) ?? 0)]).sort((a, b) => b[1] - a[1]);
  const [first, second] = written;
  if (!first || first[1] < 3 || (second && second[1] * 2 >= first[1])) return null;
  const known = Math.max(0, ...countMentions(text).values());
  return known * 2 < first[1] ? first[0] : null;
}

/** How often each name's short form of two or three characters (良庆 for 良庆区) is written: one pass over the text. */
function shortFormCounts(text: string, names: readonly string[]): Map<string, number> {
  const byShort = new Map<string, string>();
  for (const name of names) {
    const short = name.replace(/(?:自治县|县|区|旗)$/, '');
    if (short.length >= 2 && short.length <= 3) byShort.set(short, name);
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length && byShort.size > 0; i++) {
    for (const len of [2, 3]) {
      const name = byShort.get(text.slice(i, i + len));
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** The kinds of zone a government administers as a county-level body: a development zone, a new area, a reform zone. */
const ZONE_KIND = /经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|新区|示范区|试验区|合作区|开发区/g;
/**
 * A zone's kind by its short form: 扬州经济技术开发区 and 扬州经开区 are one zone, as 镇江高新技术产业开发区 and 镇江高新区 are;
 * a bare 开发区 is the text's own 经济开发区 (桐乡经济开发区 … 开发区(高桥街道)).
 */
const zoneKindShort = (kind: string): string => (/^(?:经济(?:技术)?)?开发区$/.test(kind) ? '经开区' : kind === '高新技术产业开发区' ? '高新区' : kind);

/**
 * The zone named with its region's name at its head (邯郸经济开发区, 辽宁省沈抚改革创新示范区: a known region, up to eight
 * characters of its own, its kind), at `end` of the run of characters before its kind; null when no known region heads it
 * (创建国家级开发区).
 */
function zoneNameAt(text: string, kindAt: number, kind: string, countyHeads: boolean): string | null {
  const run = /[\u4e00-\u9fff]{2,14}$/.exec(text.slice(Math.max(0, kindAt - 14), kindAt))?.[0];
  if (!run) return null;
  // 桐乡经济开发区: with no scope word of a county's, a county-level city's short form heading the zone is its region too.
  if (countyHeads && run.length <= 4) {
    const [county, ...more] = countiesOfShortForm(run.slice(0, 2));
    if (county && more.length === 0 && county.name.endsWith('市') && !/[委届]/.test(run.slice(2))) return run + kind;
  }
  for (let i = 0; i + 2 <= run.length; i++) {
    for (let len = Math.min(9, run.length - i); len >= 2; len--) {
      const r = findRegion(run.slice(i, i + len));
      // The zone's own words hold no party committee or its term (中共扬州八届市委经济技术开发区工委: the committee's, no zone's name).
      if (r && r.level !== 'district' && run.length - i - len <= 8) return /[委届]/.test(run.slice(i + len)) ? null : run.slice(i) + kind;
    }
  }
  return null;
}

/**
 * The one zone a text names after its region and keeps speaking of: written whole three times or more (a district that
 * hosts a zone names it twice: 推动新余经开区…, 以新余经开区三大片区为核心), or once with its kind
 * written bare twice more (是示范区功能转换之年, 实现示范区规上企业…: the text's own 示范区). Two zones named name none.
 */
export function keptZone(text: string, countyHeads = false): string | null {
  // Zones are counted by their name with the kind's short form (扬州经开区 and 扬州经济技术开发区 are one), and given by the
  // name they are written with most.
  const named = new Map<string, { kind: string; count: number; written: Map<string, number> }>();
  const kinds = new Map<string, number>();
  for (const m of text.matchAll(ZONE_KIND)) {
    const kind = zoneKindShort(m[0]);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const name = zoneNameAt(text, m.index, m[0], countyHeads);
    if (!name) continue;
    const key = name.slice(0, name.length - m[0].length) + kind;
    const zone = named.get(key) ?? { kind, count: 0, written: new Map<string, number>() };
    zone.count++;
    zone.written.set(name, (zone.written.get(name) ?? 0) + 1);
    named.set(key, zone);
  }
  if (named.size !== 1) return null;
  const [{ kind, count, written }] = [...named.values()] as [{ kind: string; count: number; written: Map<string, number> }];
  const bare = (kinds.get(kind) ?? 0) - count;
  const name = [...written].sort((a, b) => b[1] - a[1])[0]![0];
  return count >= 3 || bare >= 2 ? name : null;
}
