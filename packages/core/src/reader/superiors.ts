import type { RegionLevel } from '../model.ts';
import { findRegion, type RegionEntry } from './regions.ts';

/**
 * A party committee's plenary session named with its term: 泰州市委六届十次全会, 市委十三届七次全会, 县委十二届七次全会
 * (the suffix before 委 and the term's numerals).
 */
const COMMITTEE_TERM = /(省|市|州|县|区|旗)委(?:第)?([一二三四五六七八九十]{1,3})届/g;

interface Session {
  /** The known region named before 委 (泰州市 of 泰州市委), or null for a bare 市委. */
  region: RegionEntry | null;
  suffix: string;
  term: string;
  at: number;
}

/** The region the gazetteer knows whose full name ends right before `end` (泰州市|委), at most eight characters long. */
function regionEndingAt(text: string, end: number): RegionEntry | null {
  for (let len = 8; len >= 2; len--) {
    if (end - len < 0) continue;
    const name = text.slice(end - len, end);
    const known = findRegion(name);
    if (known?.name === name) return known;
  }
  return null;
}

function sessions(text: string): Session[] {
  return [...text.matchAll(COMMITTEE_TERM)].map((m) => ({
    region: regionEndingAt(text, m.index + 1),
    suffix: m[1]!,
    term: m[2]!,
    at: m.index,
  }));
}

/**
 * The level of a text that names its superior's party committee and then its own (认真落实省委十四届八次全会、泰州市委
 * 六届十次全会、市委十三届七次全会部署): a committee named with a prefecture's name (泰州市委) is a superior, and a bare
 * committee after it of another term (市委十三届, not 六届) or a lower suffix (县委, 区委, 旗委) is another body, the
 * speaker's own — a county-level city or a district below that prefecture (its level only: the region is read after
 * it, from the text's mentions). Null when no prefecture's committee is named, or the bare one after it is its own
 * (郑州市委十二届七次全会暨市委十二届…). A province named so (四川省委) says nothing: its bare 市委 may be the speaker or
 * the prefecture above a county.
 */
export function speakerBelowSuperior(text: string): { level: RegionLevel } | null {
  if (prefectureListedFromCentre(text)) return { level: 'district' };
  const all = sessions(text);
  const laterBare = bareKeysAfter(all);
  let provinceAt = -1;
  for (const [i, named] of all.entries()) {
    if (named.suffix === '省' && named.region === null) provinceAt = named.at;
    if (named.region?.level !== 'city') continue;
    const own = laterBare[i]!.some((key) => key !== named.suffix + named.term);
    if (own || ownAfterSuperiors(text, named, provinceAt)) return { level: 'district' };
  }
  return null;
}

/**
 * 贯彻中央、省委、邵阳市委农村工作会议精神: the bodies whose meetings a text carries out, listed from the centre down, end
 * with a prefecture's committee by its name — the speaker's superior, so the speaker is a county-level body below it (a
 * prefecture's own text writes its committee bare, 中央、省委、市委).
 */
const CENTRE_DOWN_TO_PREFECTURE = /(?:党中央|中央)[、和及与]省委?[、和及与]([\u4e00-\u9fff]{2,8}?[市州盟])委/g;

/** Whether a list of superiors from the centre down names a prefecture of the gazetteer by its name (邵阳市委). */
function prefectureListedFromCentre(text: string): boolean {
  for (const m of text.matchAll(CENTRE_DOWN_TO_PREFECTURE)) {
    const known = findRegion(m[1]!);
    if (known?.level === 'city' && known.name === m[1]) return true;
  }
  return false;
}

/**
 * For each session, up to two distinct committees (suffix and term) written bare after it, 省 and 州 left out: enough to
 * tell whether one differs from a given one, gathered in one pass back through the sessions, not one per session.
 */
function bareKeysAfter(all: readonly Session[]): string[][] {
  const keys: string[][] = [];
  let seen: string[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    keys[i] = seen;
    const s = all[i]!;
    const key = s.suffix + s.term;
    if (s.region === null && s.suffix !== '省' && s.suffix !== '州' && seen.length < 2 && !seen.includes(key)) seen = [...seen, key];
  }
  return keys;
}

/** A committee written bare (市委, 县委) at `at`, not joined by 暨 to the one before it (郑州市委…全会暨市委经济工作会议). */
const BARE_COMMITTEE = /(?<!暨)(?:市|县|区|旗)委/g;
/** How far a sentence is read either side of a prefecture's committee: a list of superiors is short, a long line no sentence. */
const SENTENCE_REACH = 200;

/**
 * 认真落实省委十二届五次全会和荆州市委六届七次全会部署，紧紧围绕市委工作要求: superiors listed from the province's committee
 * (the last one named before, at `provinceAt`) down to the prefecture's, then a bare committee in the same sentence, its
 * term not written: the speaker's own.
 */
function ownAfterSuperiors(text: string, named: Session, provinceAt: number): boolean {
  const from = Math.max(0, named.at - SENTENCE_REACH);
  const before = text.slice(from, named.at);
  const start = from + Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
  if (provinceAt <= start || provinceAt < from) return false;
  const rest = text.slice(named.at + 2, named.at + 2 + SENTENCE_REACH).split(/[。\n]/)[0]!;
  return [...rest.matchAll(BARE_COMMITTEE)].some((m) => regionEndingAt(text, named.at + 2 + m.index + 1) === null);
}

/**
 * 在县委的坚强领导下, 在县委、县政府的正确领导下, 区委的有力领导: the committee a government works under is its own, so a
 * county's, district's or banner's committee named so makes the text a district's. (A 市委 so named may be a prefecture's
 * or a county-level city's, and says nothing here.) Not after a county named as the one led (某县在县委的坚强领导下, a
 * practice a city cites): only 我县, 全县, 本县 or no subject before 在 is the text's own.
 */
const LED_BY_DISTRICT_COMMITTEE = /(?<!(?<![我全本])[县区旗]在)(县|区|旗)委(?:[、和]?\1(?:人民)?政府)?的(?:坚强|正确|有力|统一)?领导/;

/** Whether the text works under a county's, district's or banner's party committee (在县委的坚强领导下). */
export const ledByDistrictCommittee = (text: string): boolean => LED_BY_DISTRICT_COMMITTEE.test(text) || OWN_DISTRICT_PLENARY.test(text);

/**
 * 学习贯彻县委十五届六次全会精神, 区委九届五次全体会议: a county's, district's or banner's committee written bare with its
 * session is the text's own, as the one it works under is (a prefecture's text writes 市委…全会; another county's plenary
 * is named with its county, 营山县委…, and is not read here). (The look-behind after the level's character: leading, it
 * was tried at every position of the text.)
 */
const OWN_DISTRICT_PLENARY =
  /[县区旗](?<=(?:^|[^\u4e00-\u9fff]|贯彻|落实|学习|按照|根据|暨|和|及)[县区旗])委[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次全(?:体)?会/;

/**
 * 按照省、赣州市、瑞金市党代会部署要求: the bodies whose decisions a text follows, listed from the province (bare 省 or 省委)
 * down its line of descent — a prefecture, then a county-level division of it — end with the speaker's own. A prefecture
 * written after the province and then a division the gazetteer does not put under it is no such line.
 */
const SUPERIORS_DOWN_TO_OWN = /省委?、([\u4e00-\u9fff]{2,8}?[市州盟])委?、([\u4e00-\u9fff]{1,8}?[市县区旗])(?=委|党代会|人大|人民政府|政府|全会|部署|决策|的)/g;

/** The county-level division that closes a list of superiors from the province down (瑞金市 in 省、赣州市、瑞金市党代会). */
export function ownAtEndOfSuperiors(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(SUPERIORS_DOWN_TO_OWN)) {
    const city = findRegion(m[1]!);
    const own = findRegion(m[2]!);
    if (city?.level !== 'city' || city.name !== m[1] || own?.level !== 'district' || own.name !== m[2] || own.parent !== city.name) continue;
    found.add(own.name);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * A prefecture named right after the bare province in a list of what the text carries out (落实省“1650”产业体系和常州市
 * “1028”产业体系, 省委、常州市委决策部署, 省及常州市要求): the bare 省 is the speaker's province, so the prefecture named by
 * name beside it is a superior too — a prefecture's own text writes both bare (省、市).
 */
const AFTER_BARE_PROVINCE = /省[^。；;！？\n，,]{0,24}?[和、及与]$/;

/** Whether every mention of `prefecture` (its full name) stands after the bare province in such a list. */
export function namedOnlyAsSuperior(text: string, prefecture: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(prefecture); at !== -1; at = text.indexOf(prefecture, at + prefecture.length)) {
    const before = text.slice(Math.max(0, at - 26), at);
    const m = AFTER_BARE_PROVINCE.exec(before);
    if (!m) return false;
    // 江苏省…和常州市: a province named whole is no bare 省 (the text may be the province's, or a reporter's).
    if (regionEndingAt(text, Math.max(0, at - 26) + m.index + 1)?.level === 'province') return false;
    seen++;
  }
  return seen > 0;
}
