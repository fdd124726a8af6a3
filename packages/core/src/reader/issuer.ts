import { COUNT_VERBS } from '../grammar/words.ts';
import type { RegionLevel } from '../model.ts';
import {
  autonomousCountyWritten,
  countMentions,
  countyShortForms,
  countyWord,
  divisionNameWhole,
  findRegion,
  lastTextOnly,
  levelOfName,
  prefectureByInitial,
  type RegionEntry,
} from './regions.ts';

/**
 * Who issued a plan: the government that gives a work report to its people's congress, signs a
 * notice or is named as 代表X人民政府. Read from the phrases a reader of Chinese plans goes by, not
 * from a table of names, so that a county the gazetteer does not know is read too.
 */
export interface Issuer {
  /** The issuer's name as written (陇县, 罗湖区) or the gazetteer's full name; null when only its level is said (县人民政府). */
  name: string | null;
  level: RegionLevel;
}

/** The suffix a region's name ends with; 州 not when it begins 州市/州区 (温州市). */
const SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|经济技术开发区|地区|省|市|州(?![市区县])|盟|区|县|旗)/g;
/**
 * Characters that cannot belong to a name written before an issuer phrase: function words (在陇县
 * 第十七届…, 我代表县人民政府) and the last characters of office words (发布机构, 办公厅, 分解表).
 */
const NOT_NAME = /[^\u4e00-\u9fff]|[丨在于和与是的了日时开年月届及向由经据按照各我代表构厅室书请者]/;

/**
 * The gazetteer's full name for a name it knows with the same suffix character (果洛州 → 果洛藏族自治州), or for a prefecture's
 * one-character short form the text spells out elsewhere (哈市 → 哈尔滨市: `prefectureByInitial`), else the name.
 */
function canonicalName(name: string, text: string): string {
  const known = findRegion(name);
  if (known && known.name.endsWith(name.at(-1)!)) return known.name;
  return prefectureByInitial(name, text)?.name ?? name;
}

/** A province's short name heading a longer name (山东巨野县, 河南郑州市). */
const PROVINCE_SHORT_NAME =
  /^(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆)(?=[\u4e00-\u9fff]{2,}$)(?![\u4e00-\u9fff]*自治区$)/;

/**
 * The last region named right before `end` (深圳市罗湖区第七届 → 罗湖区, 在陇县第十七届 → 陇县), or the
 * bare suffix (县十八届人大 → 县); null when what stands there is no region's name.
 */
export function nameBefore(text: string, end: number): { name: string; start: number } | null {
  let start = end;
  while (start > 0 && end - start < 16 && !NOT_NAME.test(text[start - 1]!)) start--;
  // 开封市, 日照市, 于都县, 和田地区: a known name opening with a character that is a function word elsewhere (开, 日, 于, 和).
  if (start > 0 && start < end && openedByFunctionCharacter(text.slice(start - 1, end))) start--;
  const run = text.slice(start, end);
  const parts = [...run.matchAll(SUFFIX)];
  const last = parts.at(-1);
  if (!last || last.index + last[0].length !== run.length) return null;
  const before = parts.at(-2);
  // 山东巨野县: a province written without 省 before the name is not part of it.
  const name = withoutFrom(run.slice(before ? before.index + before[0].length : 0).replace(PROVINCE_SHORT_NAME, ''), text.slice(Math.max(0, start - 1), start));
  // 各县（市）、区人民政府: the subordinate governments a notice goes to, not its issuer.
  if (/^(?:各|镇|乡|街道)/.test(name)) return null;
  // 较好完成市十五届人大…确定的目标, 认真执行县十八届人大…: a verb done to a congress's decisions ends the sentence's
  // words before it; only what follows the verb can name the region (here the bare suffix).
  const acted = SENTENCE_VERB_IN_NAME.exec(name);
  if (acted) return { name: name.slice(acted.index + acted[0].length), start: start + run.length - name.length + acted.index + acted[0].length };
  // 推动产业发展提质增效县十六届人大: a paper's headlines run together (their spaces cleaned away) before a bare 县 are a
  // sentence's words, not a name: only a known name they end with, else the bare suffix.
  if (tooLongForName(name, last[0])) {
    const known = knownEnding(name) ?? last[0];
    return { name: known, start: end - known.length };
  }
  // Every province is in the gazetteer: words before a province's name are no part of it (省委四川省 → 四川省),
  // and an unknown name before 省 is the words of a sentence (认真执行省十四届人大三次会议): only the bare 省.
  const province = /(?:省|自治区)$/.exec(name);
  if (province && !findRegion(name)) {
    const known = knownEnding(name);
    return { name: known ?? province[0], start };
  }
  return { name, start };
}

/**
 * A region's full name of three characters or more (开封市, 日喀则市, 于都县, 和田地区) whose first character ends a name's run as
 * a function or office word elsewhere (`NOT_NAME`: 开, 日, 于, 和); not a county of one character (在和县, 部署和县).
 */
function openedByFunctionCharacter(name: string): boolean {
  return name.length >= 3 && NOT_NAME.test(name[0]!) && findRegion(name)?.name === name;
}

/**
 * A name longer than any the gazetteer lacks may be written (more than six characters before its suffix), not an
 * autonomous county or banner named with its peoples (…土家族苗族自治县): a sentence's words, not a place's name.
 */
function tooLongForName(name: string, suffix: string): boolean {
  const body = name.slice(0, name.length - suffix.length);
  return body.length > 6 && !findRegion(name) && !/族(?:自治)?$/.test(body);
}

/**
 * 记者从山南市二届人大…了解到: the 从 a reporter learns from is no part of the name when a known region is left
 * (从化区, 从江县 keep theirs: 化区, 江县 are no regions), or when a reporter or a day stands before it (笔者从竹山县).
 */
function withoutFrom(name: string, before = ''): string {
  return name.startsWith('从') && (findRegion(name.slice(1)) || REPORTER_FROM.test(before)) ? name.slice(1) : name;
}
/** 笔者从, 记者从, 近日从: the word before 从 makes it the preposition a source follows (笔者从竹山县…获悉). */
const REPORTER_FROM = /[者日]$/;

/**
 * Verbs done to what a congress decided (完成, 执行, 落实…), and the words of an event a headline reports (仪式举行,
 * 开幕, 揭牌: a front page's headlines run together before 县十八届人大…): words of a sentence, no part of a region's name.
 */
const SENTENCE_VERB_IN_NAME =
  /(?:完成|执行|落实|贯彻|审议|通过|召开|出席|参加|确定|举行|开幕|闭幕|仪式|揭牌|会议)(?!.*(?:完成|执行|落实|贯彻|审议|通过|召开|出席|参加|确定|举行|开幕|闭幕|仪式|揭牌|会议))/;

/** A cited document's title opening right before a name: 根据《, 按照《, 落实《. */
const CITED_BEFORE = /(?:根据|按照|依据|依照|落实|贯彻|执行|对照)《$/;

/**
 * A name opening a document's title in 《》 that words stand before on its line (参照《云南省人民政府关于…》): a document the
 * sentence cites or reports, whatever its verb; a line that opens with the 《 is a headline and still names its issuer.
 */
function quotedInSentence(text: string, start: number): boolean {
  if (text[start - 1] !== '《') return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /[\u4e00-\u9fff]/.test(text.slice(lineStart, start - 1));
}

/** The longest known region's name that `name` ends with, else null. */
function knownEnding(name: string): string | null {
  for (let k = 1; k < name.length; k++) if (findRegion(name.slice(k))) return name.slice(k);
  return null;
}

/**
 * Phrases naming the issuer, with how strongly each says so, and a literal every match holds where the pattern opens on a
 * character class (a text without it is not searched: such a pattern is tried at every character that opens it).
 */
const ISSUER_PHRASES: readonly (readonly [RegExp, number, string?])[] = [
  // 陇县第十七届人民代表大会第四次会议, 县十八届人大四次会议: the congress a report is given to (a headline broken
  // after 届, 在靖安县第十七届⏎人民代表大会, still names it). A congress's number
  // is a few numerals read from the first of its run: tried from inside a long run of numerals (十四五十四五…), an
  // unbounded run read on to the run's end from every character.
  // Not a congress named as the time a deputy was interviewed (在陕西省十二届人大四次会议期间接受记者采访): the deputy's own
  // region speaks, not the congress's.
  [
    /(?:第[一二三四五六七八九十]{1,6}|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,6})届\s*(?:人民代表大会|人大)(?![^。，\n]{0,10}?期间[^。，\n]{0,3}?接受)/g,
    3,
    '届',
  ],
  // 韩城市人大十七届五次会议: the congress written before its term (its standing committee, 人大八届常委会, is no congress).
  // Not a congress the text cites or attends (根据…精神, 传达学习了…会议精神, 出席省人大…, …会议青川县代表团分组讨论): the
  // county that studies it or sends deputies speaks, not the congress's region.
  [
    /人大(?<!(?:出席|学习|传达|根据|按照|贯彻|落实)[\u4e00-\u9fff]{0,8}人大)第?(?=[一二三四五六七八九十]{1,6}届)(?![一二三四五六七八九十]{1,6}届\s*常)(?![^。，\n]{0,16}?(?:期间[^。，\n]{0,3}?接受|精神|分组|代表团))/g,
    3,
    '人大',
  ],
  // 我代表县人民政府向大会报告工作, 代表江苏省人民政府.
  // (代表 is matched, not looked behind for: a leading look-behind is tried at every character of the text. The name is
  // read before the phrase's 人民政府, so where the phrase starts does not matter.)
  [/代表[^。，\n]{0,12}?人民政府/g, 3],
  // 三明市人民政府工作报告, 金乡县人民政府办公室, a signature 宁波市鄞州区人民政府.
  [/人民政府(?=工作报告|办公[室厅]|关于|\s*\d{4}\s*年|\s*$)/gm, 2],
  // 河南省人民政府印发《…行动计划》: news of the plan a government issued names it as the issuer.
  [/人民政府(?=印发|发布|出台)/g, 2],
  // 县长 张万冬, 区长刘智勇, 自治区人民政府主席.
  // Not heads of several levels named together (已落地市县长项目, 省市县长): no one region's head speaks.
  [/(?<![省市县区州旗])(?:县|区|市|省|州|旗)长(?![期远效江])|自治区(?:人民政府)?主席/g, 1],
  // 湛江市委书记刘红兵表示: the party secretary of a named region who speaks (a bare 市委书记 names none: a superior's visit).
  // (The look-behind after the level's character: leading, it was tried at every position of the text.)
  [
    /(?:市|县|区|州|旗)(?<=[\u4e00-\u9fff][市县区州旗])委书记(?=[\u4e00-\u9fff]{0,4}(?:在[\u4e00-\u9fff]{1,6}?[上中])?(?:表示|说|指出|介绍|[:：]))/g,
    1,
    '委书记',
  ],
];

/**
 * 记者从苏州大学获悉, 记者从杭州银行获悉, 记者从国家电网浙江省电力有限公司获悉: a body named after its place issues no region's plan;
 * nor does a news site (財華香港網 (https://…), 晋城生活网), whose name ends with 网 where its words end (互联网, 管网, 路网 are things),
 * nor a paper or a broadcaster (浙江日报, 扬子晚报, 湖南广播电视台): an outlet named after the place it reports from.
 */
export const SOURCE_ORGANISATION =
  /大学|学院|学校|医院|银行|公司|集团|电力|电网|协会|商会|研究院|研究所|交易所|(?<![联电管路水光内外])[网網](?![\u4e00-\u9fff])|[日晚早]报|报社|(?:广播)?电视台/;

/**
 * 记者从宜宾市兴文县获悉, 记者日前从鄂州市两会了解到: the region a reporter learns a plan from is its issuer, the last
 * of the names the source opens with (a bureau, 记者从市发改委获悉, or 全省 names none).
 */
function reportersSources(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/记者[\u4e00-\u9fff]{0,4}?从/g)) {
    // 记者从近日召开的老城区两会获悉: the meeting held is the source, its region named after 召开的.
    const source = text.slice(m.index + m[0].length, m.index + m[0].length + 30).replace(/^(?:近日|日前|刚刚|昨天|今天)?(?:召开|闭幕|开幕)的/, '');
    if (SOURCE_ORGANISATION.test(source.split(/获悉|了解到|得知/)[0]!)) continue;
    const name = headingRegion(source);
    if (name && levelOfName(name)) names.push(canonicalName(name, text));
  }
  return names;
}

/** The name an issuer phrase gives: the level of a head who speaks (县长 → 县), else the name written before it. */
function phraseName(text: string, phrase: string, at: number): { name: string; start: number } | null {
  if (phrase.endsWith('主席')) return { name: '自治区', start: at };
  if (phrase.endsWith('长')) return { name: phrase[0]!, start: at };
  if (phrase.endsWith('委书记')) {
    const named = nameBefore(text, at + 1);
    return named && !isBare(named.name) ? named : null;
  }
  return nameBefore(text, phrase.endsWith('人民政府') ? at + phrase.length - 4 : at);
}

/** The issuers the text names, with their weights summed per name (or per bare level). */
function issuerVotes(text: string): Map<string, number> {
  const votes = new Map<string, number>();
  const rows = tableRows(text);
  for (const [pattern, weight, holds] of ISSUER_PHRASES) {
    if (holds !== undefined && !text.includes(holds)) continue;
    for (const m of text.matchAll(pattern)) {
      // 上海市长宁区, 西安市长安区: a 市 followed by a district whose name opens with 长 is no 市长 who speaks.
      if (weight === 1 && opensRegionName(text, m.index + m[0].length - 1)) continue;
      // 哈尔滨市委常委、副市长李冕出席现场会: a deputy head who attends is a guest from above; one who speaks is the region's own.
      if (weight === 1 && attendingDeputy(text, m.index, m[0].length)) continue;
      // 市长三角发展办 in a 分解表's department column: a table's cells name bodies, not a head who speaks.
      if (weight === 1 && inTableRow(rows, m.index)) continue;
      const written = phraseName(text, m[0], m.index);
      if (!written || !levelOfName(written.name)) continue;
      // 人民政府 outside a heading, a signature or an index field is another's (根据河南省人民政府办公厅印发的).
      if (weight === 2 && !standsAlone(text, written.start)) continue;
      // 根据《德阳市人民政府关于下达…的通知》: a document the text cites names its issuer, not this text's.
      if (weight === 2 && CITED_BEFORE.test(text.slice(Math.max(0, written.start - 6), written.start))) continue;
      // 参照《云南省人民政府关于…的意见》, 发布《山东省人民政府关于…的通报》: a title quoted inside a sentence is another document's.
      if (weight === 2 && quotedInSentence(text, written.start)) continue;
      // 果洛州 and 果洛藏族自治州 are one issuer: votes go to the gazetteer's name.
      const name = canonicalName(written.name, text);
      votes.set(name, (votes.get(name) ?? 0) + weight);
    }
  }
  for (const name of reportersSources(text)) votes.set(name, (votes.get(name) ?? 0) + 2);
  for (const name of releasingBodies(text)) votes.set(name, (votes.get(name) ?? 0) + 2);
  return votes;
}

/**
 * What a speaker does after their title and name (副州长尹江涛介绍, 副市长某某致辞), or a chair (副市长张三主持会议): the
 * words and meetings of the body's own officials.
 */
const SPEAKS = /^[\u4e00-\u9fff]{0,4}?(?:介绍|表示|说|指出|强调|致辞|讲话|通报|汇报|作|答|主持)/;

/**
 * A deputy head (副市长, 常务副县长) who does not speak or chair right after the title and name: one who attends or
 * visits another body's event (出席现场会, 到项目现场调研) names no issuer.
 */
function attendingDeputy(text: string, at: number, length: number): boolean {
  return text[at - 1] === '副' && !SPEAKS.test(text.slice(at + length, at + length + 10));
}

/**
 * The spans of the text's table rows: lines whose cells are set apart by tabs (or the pipes a copy turned into tabs).
 * Found once per text, so a long line of many titles is not read once per title.
 */
function tableRows(text: string): [number, number][] {
  const rows: [number, number][] = [];
  // From tab to tab: the lines between them hold none and are skipped unread.
  for (let tab = text.indexOf('\t'); tab !== -1;) {
    const found = text.indexOf('\n', tab);
    const end = found === -1 ? text.length : found;
    rows.push([text.lastIndexOf('\n', tab) + 1, end]);
    tab = found === -1 ? -1 : text.indexOf('\t', end);
  }
  return rows;
}

/** Whether `at` lies in one of `rows` (in text order): a binary search. */
function inTableRow(rows: readonly [number, number][], at: number): boolean {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = rows[mid]!;
    if (at < start) hi = mid - 1;
    else if (at >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A region's full name in the gazetteer (长宁区, 长沙县, 长春市) opens at `at`. */
function opensRegionName(text: string, at: number): boolean {
  for (let k = 2; k <= 6; k++) if (findRegion(text.slice(at, at + k))?.name === text.slice(at, at + k)) return true;
  return false;
}

/** A page's 发布机构 (发文机关) field naming a government: 发布机构：苍溪县政府, 发布机构：宣城市人民政府（办公室）. */
const RELEASING_BODY = /(?<=(?:发布机构|发文机关|发布单位)[：:]\s*[\u4e00-\u9fff]{1,16}?)(?:人民)?政府/g;
/** The field's label, which RELEASING_BODY needs before it. */
const RELEASING_LABEL = /发布机构|发文机关|发布单位/;

/** The named governments a page's 发布机构 field gives; a bare level (市政府办) names no one. */
function releasingBodies(text: string): string[] {
  const names: string[] = [];
  const head = text.slice(0, 2000);
  // Most pages have no such field: spare them the pattern, whose look-behind is tried at every position.
  if (!RELEASING_LABEL.test(head)) return names;
  for (const m of head.matchAll(RELEASING_BODY)) {
    const written = nameBefore(text, m.index);
    if (written && !isBare(written.name) && levelOfName(written.name)) names.push(canonicalName(written.name, text));
  }
  return names;
}

/**
 * The issuer the text's issuer phrases name: the level most weight falls on, and the named
 * region of that level named most strongly (a bare 县人民政府 names the level only). Null when the
 * text has no issuer phrase.
 */
export function readIssuer(text: string): Issuer | null {
  const votes = foldedVotes(text);
  if (votes.size === 0) return null;
  const byLevel = new Map<RegionLevel, number>();
  const levelOf = (name: string) => levelOfName(name)!;
  for (const [name, weight] of votes) byLevel.set(levelOf(name), (byLevel.get(levelOf(name)) ?? 0) + weight);
  const level = [...byLevel].sort((a, b) => b[1] - a[1])[0]![0];
  const named = [...votes].filter(([name]) => !isBare(name) && levelOf(name) === level).sort((a, b) => b[1] - a[1]);
  const name = named.length > 0 ? strongestNamed(named) : bareName(text, [...votes.keys()].filter(isBare));
  if (name) return { name: findRegion(name)?.name ?? name, level: levelOf(name) };
  // 市人民政府办公室关于… sent to 各区、镇、办事处: a bare 市 that addresses towns is a county-level city's government.
  return { name: null, level: level === 'city' && townsAddressed(text) ? 'district' : level };
}

/**
 * The issuer named most strongly (`named` sorted by weight); none of several named as strongly (开封市第十六届人民代表大会、
 * 平顶山市第十二届…、焦作市第十四届…同日开幕: a roundup of congresses) — the first written is no likelier the speaker, and a
 * wrong region is worse than none: the level they share is read, the region by the steps after.
 */
function strongestNamed(named: readonly (readonly [string, number])[]): string | null {
  return named.length > 1 && named[1]![1] === named[0]![1] ? null : named[0]![0];
}

/**
 * How strongly the text's issuer phrases name `name` (the weights summed: a congress 3, a heading or a government that
 * issues 2, a head who speaks 1); 0 when none does.
 */
export const issuerWeight = (text: string, name: string): number => foldedVotes(text).get(name) ?? 0;

/**
 * The one region the text's issuer phrases name, when they name no other and name it as strongly as a congress does (weight 3
 * and more: 广东省十四届人大二次会议开幕): the speaker, whatever other regions its text compares itself with. Null otherwise.
 */
export function soleStrongIssuer(text: string): string | null {
  const named = [...foldedVotes(text)].filter(([name]) => !isBare(name));
  return named.length === 1 && named[0]![1] >= 3 ? named[0]![0] : null;
}

/**
 * The text's issuer votes, stray and bare names folded. (Kept for the last text: the region reader asks readIssuer, then
 * issuerWeight, of one text.)
 */
const foldedVotes: (text: string) => ReadonlyMap<string, number> = lastTextOnly((text) => foldBareVotes(foldStrayNames(issuerVotes(text), text)));

/** A notice's addressee line at a line's start, ended by a colon (各镇人民政府、街道办事处，区政府各部门：); not 各位代表：. */
const ADDRESSEES = /^[ \t\u3000]*各(?!位)[^。\n：:]{0,80}[：:]/m;
/** Towns, townships, 苏木 and sub-district offices among the governments addressed. */
const TOWNS = /镇|乡|街道|办事处|苏木/;
/** A government or an office named among those addressed (人民政府, 政府, 办事处, 公所). */
const GOVERNMENTS = /政府|办事处|公所/;

/**
 * Whether a notice goes to towns and sub-districts (各镇（街道）人民政府（办事处）, 各区、镇、办事处): only a county, a district
 * or a county-level city addresses them; a prefecture's notice goes to its 县（市、区）, a province's to its 市、州.
 */
export function townsAddressed(text: string): boolean {
  const line = ADDRESSEES.exec(text.slice(0, 3000))?.[0];
  // Only governments addressed: 各县（市、区）、乡镇要做到以下几点： is a duty set in a body's text, not a notice's addressees.
  return line !== undefined && TOWNS.test(line) && GOVERNMENTS.test(line);
}

/**
 * A bare suffix (市十六届人大, 代市长) beside a named issuer ending in it (我代表常熟市人民政府) is that
 * issuer's own congress and head: its weight goes to the name, so a county-level city is not outvoted by
 * its bare 市 (read as a prefecture) and then named after the prefecture the text mentions most.
 */
function foldBareVotes(votes: Map<string, number>): Map<string, number> {
  const folded = new Map(votes);
  for (const [bare, weight] of votes) {
    if (!isBare(bare)) continue;
    const owner = [...votes].filter(([name]) => !isBare(name) && suffixOf(name) === bare).sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!owner) continue;
    folded.set(owner, folded.get(owner)! + weight);
    folded.delete(bare);
  }
  return folded;
}

/**
 * 越是风雨越向前 市九届人大四次会议开幕侧记 (the space cleaned out) over 白银市第九届人民代表大会: a name the gazetteer
 * does not hold, written nowhere else in the text, beside a known issuer with its suffix, is a headline's words glued
 * to a bare suffix (前市): its weight goes to that issuer, as a bare suffix's does. With no such issuer, it goes to the
 * known region of its suffix the text names most, twice or more (现将县十八届人民代表大会 in a notice of 城口县's
 * 发展和改革委员会 that names 城口县 five times: the notice's 现将 glued to a bare 县). (A name written twice or more, or
 * alone with its suffix, an unknown county-level city, keeps its votes.)
 */
function foldStrayNames(votes: Map<string, number>, text: string): Map<string, number> {
  const folded = new Map(votes);
  for (const [stray, weight] of votes) {
    if (isBare(stray) || findRegion(stray) || writtenTwice(text, stray)) continue;
    const owner =
      [...votes]
        .filter(([name]) => name !== stray && !isBare(name) && findRegion(name) && suffixOf(name) === suffixOf(stray))
        .sort((a, b) => b[1] - a[1])[0]?.[0] ?? mostNamedOfSuffix(text, suffixOf(stray));
    if (!owner) continue;
    folded.set(owner, (folded.get(owner) ?? 0) + weight);
    folded.delete(stray);
  }
  return folded;
}

/** The known region ending in `suffix` the text names most, when named twice or more (城口县 for a stray 现将县). */
function mostNamedOfSuffix(text: string, suffix: string | undefined): string | undefined {
  if (!suffix) return undefined;
  const [best, count] = [...countMentions(text)].filter(([r]) => suffixOf(r.name) === suffix).sort((a, b) => b[1] - a[1])[0] ?? [];
  return best && count! >= 2 ? best.name : undefined;
}

/** Whether `name` is written twice or more (apart) in `text`: found again after its first writing, no copy of the text split. */
export function writtenTwice(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return first !== -1 && text.includes(name, first + name.length);
}

/** The suffix a name ends with: 市 for 常熟市, 自治区 (not 区) for 广西壮族自治区. */
const suffixOf = (name: string) => [...name.matchAll(SUFFIX)].at(-1)?.[0];

/** A name that is a suffix alone: 县人民政府, 自治区主席 say the issuer's level only. */
const isBare = (name: string) => name.replace(SUFFIX, '') === '';

/** A name that opens a line, a field or a title (2021年三明市人民政府工作报告), not one inside a sentence. */
const standsAlone = (text: string, start: number) => start === 0 || /[^\u4e00-\u9fff]|年/.test(text[start - 1]!);

/** For a bare 市/县 issuer, the most mentioned known region whose name ends so (高邮市 for 市人民政府). */
function bareName(text: string, suffixes: readonly string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [region, count] of countMentions(text)) {
    if (suffixes.some((s) => region.name.endsWith(s)) && count > bestCount) [best, bestCount] = [region.name, count];
  }
  return (best && countyCityBelow(text, best, bestCount)) ?? best;
}

/**
 * A county-level city below the prefecture `city` that the text writes by its short form at least as often, twice or
 * more (子长 three times beside 延安市 three times under 我代表市人民政府): a county-level city's report names the
 * prefecture above it, a prefecture's names itself more than any one of its cities.
 */
function countyCityBelow(text: string, city: string, count: number): string | null {
  const own = count - rankingMentions(text, city);
  const below = [...countyShortForms(text)].filter(([r, n]) => r.parent === city && r.name.endsWith('市') && n >= Math.max(2, own));
  return below.length === 1 ? below[0]![0].name : null;
}

/** Right after a prefecture's name: the counties of it (稳居南宁市县域第一: the speaker ranked among them), or its front ranks (位于岳阳前列). */
const AMONG_ITS_COUNTIES = /^(?:县域|各县|前列)/;
/**
 * Right before it: a rank held in it or a figure measured against it (排南宁市县域第二, 增速高于自治区和南宁市). Not 居, 排, 列
 * inside a word (宜居六安, 安排六安市级项目, 一系列六安特色产品): the city's own name.
 */
const RANKED_IN = /(?:(?<![宜安民定移])居|(?<![安编彩])排|(?<![系并陈])列|(?:高于|低于|快于|超过)(?:[\u4e00-\u9fff]{1,5}[和、])?)$/;

/**
 * How often the prefecture `city` is named to rank the speaker among its counties or to measure a figure against it:
 * a county-level city's report names the prefecture above it so, which says nothing of who speaks.
 */
export function rankingMentions(text: string, city: string): number {
  const short = findRegion(city)?.short ?? city;
  let ranked = 0;
  for (const m of text.matchAll(new RegExp(`${short}(?:${city.slice(short.length)})?`, 'g'))) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (AMONG_ITS_COUNTIES.test(after) || RANKED_IN.test(text.slice(Math.max(0, m.index - 9), m.index))) ranked++;
  }
  return ranked;
}

/** How high a suffix stands: 省 above 市/州/盟 above 区/县/旗. */
const SUFFIX_RANK: readonly [RegExp, number][] = [
  [/(?:省|自治区|特别行政区)$/, 0],
  [/(?:市|州|盟|地区)$/, 1],
  [/(?:县|区|旗)$/, 2],
];
const rankOf = (name: string) => SUFFIX_RANK.find(([p]) => p.test(name))?.[1] ?? 3;
/**
 * How high `next` stands when written after `prev`: a 市 the gazetteer does not hold as a prefecture, right after a
 * prefecture it does (宜春市樟树市), is a county-level city below it.
 */
function rankBelow(prev: string, next: string): number {
  const countyCity = next.endsWith('市') && findRegion(prev)?.level === 'city' && findRegion(next)?.level !== 'city';
  return countyCity ? SUFFIX_RANK.length - 1 : rankOf(next);
}
/** One region's name at the start of a string: at most six characters and a suffix. */
const COMPONENT = new RegExp(`^[\\u4e00-\\u9fff]{1,6}?${SUFFIX.source}`);

/**
 * 两区五县, 三县一区, 某县, 某某区: a count of a city's districts and counties, or a place masked in a template, is no
 * region's name (三明, 六安, 十堰 have more than the numeral, so are kept).
 */
const COUNT_OR_MASK = /^(?:[一二两三四五六七八九十几多各数]+|某+)$/;
/** 北京十六区, 重庆三十八区县: a known region's name and the count of its divisions, no region's name. */
const countOfDivisions = (body: string): boolean => {
  const m = /^([\u4e00-\u9fff]{2,}?)[一二两三四五六七八九十]+$/.exec(body);
  return m !== null && findRegion(m[1]!) !== undefined;
};
/**
 * 港区, 园区, 景区, 校区: one character before 区 is a kind of area (港區全國人大代表: Hong Kong's deputies), not a district's
 * name, unless the gazetteer holds it or it is one of the real districts named by a word, which the gazetteer leaves out
 * (郊区, 矿区, 城区, 东区, 西区: `countyWord`). One character before 县 stays a county (陇县, 泾县).
 */
const AREA_OF_ONE_CHARACTER = /^[\u4e00-\u9fff]区$/;
const oneCharacterArea = (name: string) => AREA_OF_ONE_CHARACTER.test(name) && !findRegion(name) && !countyWord(name);

/**
 * A name of one region: no function word, no office (省政府批转省), no second suffix inside (在县, 全省), and no
 * site's section (讯息专区, 下载专区: the 专区 of old became 地区 by 1970, so none names a region now). A division's
 * name written whole is one whatever its characters (市中区, 市南区, 沙市区: a 市 inside the name).
 */
const plainName = (name: string) => {
  const body = name.replace(new RegExp(`${SUFFIX.source}$`), '');
  if (divisionNameWhole(name)) return true;
  return (
    body !== '' &&
    !name.endsWith('专区') &&
    !oneCharacterArea(name) &&
    !COUNT_OR_MASK.test(body) &&
    !countOfDivisions(body) &&
    ![...body].some((c) => NOT_NAME.test(c) || /[省市区县盟旗全本该政府委局厅]/.test(c))
  );
};

/** 一季度, 二季度, 上半年, 前三季度, 今年以来, 近日 (and a comma after): the time a headline opens with. */
const PART_OF_YEAR_OPENING = /^(?:[一二三四1-4]季度|[上下]半年|前[二三]季度|今年以来|今年|近日|日前)[，,]?/;

/**
 * The region a heading opens with (哈尔滨市双城区国民经济…规划, 2月10日，沙洋县召开…, （黑龙江省）…): the
 * last of the names it starts with, each one below the one before (召开区 after 米东区 is none).
 */
export function headingRegion(line: string): string | null {
  let heading = line.trim();
  for (let tags = 0; ; tags++) {
    const name = regionOpening(heading);
    if (name !== null) return name;
    // 最新丨金凤区发布…, 本地|某县…: a site's column tag set apart by a bar names nothing; the heading opens after it. A few
    // tags at most (a breadcrumb's steps): a line of bars read tag after tag, each time from a copy of the rest, was
    // quadratic, and deep enough to overflow the stack when each tag was read by a call of its own.
    const tagged = tags < COLUMN_TAGS_READ ? COLUMN_TAG.exec(heading) : null;
    if (!tagged) return null;
    heading = heading.slice(tagged[0].length).trim();
  }
}

/** The region a heading (trimmed) opens with, column tags aside: see headingRegion. */
function regionOpening(heading: string): string | null {
  let rest = heading.replace(/^[（(][^）)]{2,8}[）)]|^\d{1,2}\s*月\s*\d{1,2}\s*日[上下午]*[，,]?/g, '');
  // 关于重庆市沙坪坝区2024年…的报告, 关于征求某市…意见的公告, 关于做好某市…的意见: after 关于 the region starts where a name
  // the gazetteer knows starts; the verb before it (征求, 做好, 同意) is no part of the name.
  rest = rest.startsWith('关于') ? fromKnownName(rest.slice(2)) : rest.replace(YEAR_OPENING, '');
  // 中共德阳市委关于制定…的建议, 中国共产党某县委员会: the Party committee of a region speaks for that region.
  rest = rest.replace(/^(?:中共|中国共产党)/, '');
  // 受县人民政府委托，现将…提请大会审查: the verb of 受…委托 is no part of the name (受县); the government entrusting follows it.
  rest = rest.replace(/^受(?=[^，,。；\n]{1,24}?委托)/, '');
  // 二季度沭阳县24个重大产业项目开工, 上半年某县…: a part of the year opening a headline dates it, names nothing.
  rest = rest.replace(PART_OF_YEAR_OPENING, '');
  let name: string | null = null;
  for (let m = COMPONENT.exec(rest); m; m = COMPONENT.exec(rest)) {
    // 兰州新区: a 新区 right after a name without its 市 is that city's new area, named whole (not a region 新区).
    if (name !== null && m[0] === '新区' && !/[市省]$/.test(name)) return name + m[0];
    if (!plainName(m[0]) || (name !== null && rankBelow(name, m[0]) <= rankOf(name))) break;
    name = m[0];
    rest = rest.slice(m[0].length);
  }
  return name === null ? null : (parentGlued(name) ?? name);
}

/** A year opening a title or a clause (2024年, 2024年度). */
const YEAR_OPENING = /^\d{4}\s*年(?:度)?/;
/** How many characters a verb phrase after 关于 takes at most (公开征求, 进一步做好: a name further on is another matter's). */
const VERB_AFTER_ABOUT = 5;
/**
 * What follows 关于 from where a region the gazetteer knows is named (征求罗定市… → 罗定市…, 印发2024年柳州市… → 柳州市…),
 * a year before it read past; when no known name starts within the verb's few characters, as written but for the notice's
 * 印发 (关于印发某县…, a name the gazetteer does not hold: 印发 is never a name's start).
 */
function fromKnownName(rest: string): string {
  for (let k = 0; k <= VERB_AFTER_ABOUT && (k === 0 || /[\u4e00-\u9fff]/.test(rest[k - 1]!)); k++) {
    const from = rest.slice(k).replace(YEAR_OPENING, '');
    const name = COMPONENT.exec(from)?.[0];
    if (name && (findRegion(name) || autonomousCountyWritten(name))) return from;
  }
  return rest.replace(/^印发/, '').replace(YEAR_OPENING, '');
}

/** A site's column tag heading a headline, set apart by a bar (最新丨, 要闻|, 天天快资讯｜): a few characters, no name. */
const COLUMN_TAG = /^[^丨|｜\n]{1,8}[丨|｜]\s*/;
/** How many column tags a headline is read past (首页|要闻|本地|…): a breadcrumb's few steps. */
const COLUMN_TAGS_READ = 8;

/**
 * 上海崇明区概况, 苏州吴中区, 宁夏泾源县: a region's short name glued to the full name of a region under it is that lower
 * region, not one name (上海崇明区); only when the head is the gazetteer's parent of the tail, or the parent of its parent
 * (a province's short name before one of its counties, the prefecture between them left out).
 */
function parentGlued(name: string): string | null {
  if (findRegion(name)) return null;
  for (let k = 2; k <= name.length - 2; k++) {
    const head = findRegion(name.slice(0, k));
    // 洛阳瀍河区: the tail may be a district named for its people, written without its people (瀍河回族区).
    const tail = findRegion(name.slice(k)) ?? autonomousCountyWritten(name.slice(k));
    if (head && tail && (tail.parent === head.name || parentOf(tail)?.parent === head.name)) return name.slice(k);
  }
  return null;
}
const parentOf = (r: RegionEntry): RegionEntry | undefined => (r.parent ? findRegion(r.parent) : undefined);

/** What may stand right before a county's name written in a sentence: no character, a mark, a year, or a preposition. */
const BEFORE_NAME = /[^\u4e00-\u9fff]|[在从于是和与]/;
/** Words ending 区/县 that name a kind of area, not one (开发区, 示范区, 先进县); a name's first character is none of these either. */
const AREA_WORD =
  /^(?:开发|示范|核心|高新|经开|自贸|保税|风景|试验|功能|保护|先行|集聚|生态|主城|中心|城市|老城|新城|产业|工业|物流|商务|旅游|度假|农业|科技|文化|创新|综合|边境|合作|特色|贫困|先进|百强|重点|民族|城乡|革命|老少|欠发|直管|建制|产粮|牧业|林业|山区|库区|矿区|城区|市辖|行政)$/;
const NOT_FIRST = /[全本该各我其每某整首郊邻外大强属市省区县州盟旗一二两三四五六七八九十个新老城园景社山片辖矿灾库牧校街小地]/;
/**
 * A name's last character is none of those ending a word for an area (山区, 地区, 自治区, 城区, 合理区间, 小区, 厂区, 展区, 赛区,
 * 选区, 病区), nor the reform's 撤 (撤县设市).
 */
const NOT_LAST = /[地山治城园景社片辖矿灾库牧校街小厂展赛战选病禁理兴立富强湾灌步特元成债老促照专撤]/;
/**
 * Words a sentence opens a clause with, before a slogan or a kind of area (按照忠县…, 加快环县…, 产业立县, 实业富县,
 * 教育兴区, 所有县, 受县人民政府委托): a name written after them is read from its own first character, not theirs. The
 * grammar's verbs of work (COUNT_VERBS: 打造, 建设, 实施, 推动, 推进, 培育…) and the openers that are no such verb.
 */
const CLAUSE_OPENERS = ['按照', '依照', '加快', '提升', '助力', '服务', '敢于', '安排', '部署', '谋划', '统筹', '召开', '举行', '启动'];
/** Nouns heading a slogan (产业立县, 教育兴区) or a scope (所有县), and the prepositions before a name (对忠县, 受县…委托). */
const CLAUSE_NOUNS = ['所有', '企业', '产业', '实业', '文旅', '教育', '[并向对为把让使由被受给将以]'];
const CLAUSE_HEAD = new RegExp(`^(?:${[...CLAUSE_OPENERS, ...COUNT_VERBS, ...CLAUSE_NOUNS].join('|')})`);
/**
 * Two characters before 区/县/旗 that make a word for a kind of area or a clause's words, not a county's name (示范区,
 * 合作区, 建设区, 现地区: 地区 ends it), by the tests `writtenDistricts` reads names with.
 */
export function areaWordStem(stem: string): boolean {
  return AREA_WORD.test(stem) || CLAUSE_HEAD.test(stem) || NOT_LAST.test(stem.at(-1) ?? '');
}
/** 老城区, 新城区, 开发区: a name whose stem is a word for a kind of area (`AREA_WORD`), whatever the list holds. */
export function namesKindOfArea(name: string): boolean {
  const stem = /^([\u4e00-\u9fff]+?)(?:市|县|区|旗)$/.exec(name)?.[1];
  return stem !== undefined && AREA_WORD.test(stem);
}
/** The first characters of a longer word a suffix opens (县域, 县级, 县委, 区间, 区域, 市重点): no name ends there. */
const SUFFIX_WORD_OPENS = '域城级委长内外情乡区间位块划属直镇际';
/** What a suffix opens when it is a scope word, not a name's end (市重点项目, 县级, 县域, 县乡村振兴). */
const SCOPE_COMPOUND_AFTER = new RegExp(`^[${SUFFIX_WORD_OPENS}重]`);
/** A body's name of one character or more: no character outside Chinese (最新丨金凤区), at most six before the suffix. */
const UNKNOWN_NAME = /^([\u4e00-\u9fff]{1,6})(?:市|县|区|旗|州|盟)$/;

/**
 * A name the list of divisions lacks, written once, that still reads as a name, by the tests `writtenDistricts` reads
 * names with: not a kind of area or a clause's words (`areaWordStem`: 所小区, 安排市, 部署县), no count or scope word at
 * its start (两区, 全县), not one character before 区 (港区), and a suffix that does not open a scope compound where it
 * is written (安排市重点项目). A name masked by 某 (某某市) stands for a real one.
 */
export function wellFormedUnknownName(text: string, name: string): boolean {
  const stem = UNKNOWN_NAME.exec(name)?.[1];
  if (!stem) return false;
  if (/^某+$/.test(stem)) return true;
  if (areaWordStem(stem) || NOT_FIRST.test(stem[0]!) || oneCharacterArea(name)) return false;
  const at = text.indexOf(name);
  return at === -1 || !SCOPE_COMPOUND_AFTER.test(text.charAt(at + name.length));
}

/** Flags and banners, not banners of a 旗 (红旗, 扛旗, 军旗, 国旗, 党旗). */
const FLAG = /[红紅扛军國国党彩锦战]$/;
/** A suffix that opens a longer word (县域, 县级, 县委, 区间, 区域) or a congress's number (县十八届) ends no name. */
const WORD_AFTER = new RegExp(`[${SUFFIX_WORD_OPENS}一二三四五六七八九十第]`);

/**
 * Counties and districts the gazetteer lacks, written whole in the text (陇县, 汇川区, 平昌县), with how often each is
 * written: a name stands after a mark, a year, a preposition (在靖安县, 2024年平昌县) or a known city's name
 * (遵义市汇川区), its first characters (two at least before 区 or 旗, one before 县) being no kind of area (开发区).
 * (Kept for the last text: the region reader asks it up to three times of one text.)
 */
export const writtenDistricts: (text: string) => ReadonlyMap<string, number> = lastTextOnly(districtsWrittenWhole);

function districtsWrittenWhole(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const m of text.matchAll(/自治县|县|区|旗/g)) {
    if (WORD_AFTER.test(text[m.index + m[0].length] ?? '')) continue;
    const name = nameEndingAt(text, m.index, m[0]);
    if (name) found.set(name, (found.get(name) ?? 0) + 1);
  }
  // 沙县 (沙县港区, 沙县小吃) is the short way of writing 三明市沙县区: one county, counted under its full name.
  for (const [name, count] of found) {
    const full = name.endsWith('县') && found.has(`${name}区`) ? `${name}区` : null;
    if (!full) continue;
    found.set(full, found.get(full)! + count);
    found.delete(name);
  }
  return found;
}

function nameEndingAt(text: string, at: number, suffix: string): string | null {
  for (let k = suffix === '县' ? 1 : 2; k <= 3 && at - k >= 0; k++) {
    const stem = text.slice(at - k, at);
    if (!/^[\u4e00-\u9fff]+$/.test(stem) || NOT_FIRST.test(stem[0]!) || NOT_LAST.test(stem.at(-1)!) || /[全本该各我]/.test(stem)) return null;
    if (NOT_NAME.test(stem.at(-1)!)) return null;
    if (!standsApart(text, at - k)) continue;
    const name = stem + suffix;
    // A stem with 县 in it is a name only after its city's (三明市沙县区): 部分县区 is none.
    const countyInside = /^[^区县旗]+县$/.test(stem) && afterKnownCity(text, at - k);
    if (CLAUSE_HEAD.test(stem) || (suffix === '旗' && FLAG.test(stem)) || endsWithKnown(name)) return null;
    return AREA_WORD.test(stem) || findRegion(name) || (/[区县旗]/.test(stem) && !countyInside) ? null : name;
  }
  return null;
}

/** A name ending in a region the gazetteer knows (按照忠县): that region is what is written, not this name. */
function endsWithKnown(name: string): boolean {
  for (let j = 1; j < name.length - 1; j++) if (findRegion(name.slice(j))) return true;
  return false;
}

/** Nothing, a mark, a preposition, a year written in digits (2024年|平昌县) or a known city's name stands before `at`. */
function standsApart(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined || BEFORE_NAME.test(before)) return true;
  return (before === '年' && /\d/.test(text[at - 2] ?? '')) || afterKnownCity(text, at);
}

/** A prefecture or province of the gazetteer ends right before `at` (遵义市|汇川区). */
function afterKnownCity(text: string, at: number): boolean {
  if (!/[市州盟省]/.test(text[at - 1] ?? '')) return false;
  for (let len = 2; len <= 8 && at - len >= 0; len++) {
    const r = findRegion(text.slice(at - len, at));
    if (r && r.level !== 'district') return true;
  }
  return false;
}

/** What ends a town's or a street's name: 镇, 乡, 街道 (the level below a county, Decisions 34); not 乡村, 乡镇, 乡土. */
const TOWN_SUFFIX = /镇|乡(?![村镇土亲愁贤市县区])|街道/g;
/** Characters no town's name holds: scope and function words (全镇, 各乡镇, 城乡) and the suffixes of the levels above. */
const NOT_IN_TOWN_NAME = /[^\u4e00-\u9fff]|[乡镇街各全我本城和与及等个县区市省的在对到把将为从是了年月日]/;
/** A town's government speaking as itself: 全镇/我镇/本镇, 全乡/我乡, 全街道/我街道. */
const TOWN_SCOPE = /[全我本](?:镇|乡(?![村镇土亲愁贤市县区])|街道)/;

/**
 * The town or street a text names at least three times, written as its whole name: the longest stem (two to four
 * characters) that every writing of its two-character tail shares (菁芜洲镇, not 芜洲镇 nor 县菁芜洲镇). Null when none.
 */
export function mostNamedTown(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(TOWN_SUFFIX)) {
    for (let k = 2; k <= 4; k++) {
      const stem = text.slice(m.index - k, m.index);
      if (stem.length < k || NOT_IN_TOWN_NAME.test(stem)) break;
      const name = stem + m[0];
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 2;
  for (const [name, count] of counts) {
    const tail = name.length - (name.endsWith('街道') ? 2 : 1);
    if (tail !== 2 || count <= bestCount) continue;
    // Lengthen while every writing of the shorter name is a writing of the longer one.
    let whole = name;
    for (const [longer, n] of counts) if (n === count && longer.length > whole.length && longer.endsWith(name)) whole = longer;
    best = whole;
    bestCount = count;
  }
  return best;
}

/**
 * A town's or street's name heading a title (菁芜洲镇2024年度政府工作计划, 2024年,洛江区双阳街道定下新目标), after its year and
 * the county's name if written; null when the title opens otherwise.
 */
export function townHeading(title: string): string | null {
  const m = /^(?:(?:19|20)\d{2}年[,，、\s]*)?(?:[\u4e00-\u9fff]{1,8}?[县区市])?([\u4e00-\u9fff]{2,4}?)(镇|乡(?![村镇土亲愁贤市县区])|街道)/.exec(title.trim());
  if (!m || NOT_IN_TOWN_NAME.test(m[1]!) || m[1]!.startsWith('关于')) return null;
  // 关于镇赉县…, 镇坪县…: 镇 opening a county's name is no town's suffix.
  return /^[\u4e00-\u9fff]{0,2}[县市区旗]/.test(title.trim().slice(m[0].length)) ? null : m[1]! + m[2]!;
}

/**
 * A town's government or a street's office named with the county above it, on a line of its own (a signature) or opening a
 * notice's title (某某县青山镇人民政府, 某某区白鹭街道办事处关于印发…的通知): the town speaks. Not the governments a notice is
 * addressed to (各镇人民政府、街道办事处：, 青山镇人民政府：), which a colon follows, nor a town named without its county.
 */
const TOWN_GOVERNMENT_LINE =
  /^[ \t]*[\u4e00-\u9fff]{1,12}?[县区市旗]([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))(?:人民政府|政府|办事处)(?:关于[^\n]*|[ \t]*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?[ \t]*)$/m;
function townGovernmentLine(text: string): string | null {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const town = TOWN_GOVERNMENT_LINE.exec(lines[0] ?? '')?.[1] ?? townSignature(text, lines);
  return town && !NOT_IN_TOWN_NAME.test(town.replace(/(?:镇|乡|街道)$/, '')) ? town : null;
}
/**
 * The town's government signing the text: its last line (or the one before a date line), not one of a list of such lines
 * nor one under a heading (附件：各乡镇责任单位, 参会单位：, 联系单位：, 抄报单位：), in a text that speaks as a town (全镇, 我镇):
 * a county's bulletin a town signs, or whose annex lists towns, is still the county's.
 */
function townSignature(text: string, lines: readonly string[]): string | undefined {
  let k = lines.length - 1;
  if (k > 0 && /^[ \t]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t]*$/.test(lines[k]!)) k--;
  if (k < 1 || TOWN_GOVERNMENT_LINE.test(lines[k - 1]!) || /[:：][ \t]*$/.test(lines[k - 1]!)) return undefined;
  return /[全我本](?:镇|乡|街道)/.test(text) ? TOWN_GOVERNMENT_LINE.exec(lines[k]!)?.[1] : undefined;
}

/**
 * A town or a street as the issuer (Decisions 34): a town's name heading the title or the 原标题 line (菁芜洲镇2024年度
 * 政府工作计划, 原标题:炮台街道抢抓新机遇); else the town the text names most (three times and more) speaking as itself — its
 * own congress or government (安宜镇第六届人民代表大会) or 全镇/我镇/全街道 written. Not a county's text naming its towns
 * (各乡镇, a town named once or twice in a project): it names no town three times, or never speaks as one.
 */
export function townIssuer(title: string, text: string): string | null {
  const retitled = /原标题[:：]\s*([^\n]*)/.exec(text)?.[1] ?? '';
  const headed = townHeading(title) ?? townHeading(retitled);
  // Written again below the title: a title alone may name a town as its subject (a county's column on one town).
  if (headed && text.split(headed).length > 2) return headed;
  // 某某县青山镇人民政府 signing the text, 某某区白鹭街道办事处关于印发…: a town's government named with its county.
  const signed = townGovernmentLine(text);
  if (signed) return signed;
  const town = mostNamedTown(text);
  if (!town) return null;
  const suffix = town.endsWith('街道') ? '街道' : town.at(-1)!;
  if (new RegExp(`${town}(?:第[一二三四五六七八九十]{1,3}届)?(?:人民代表大会|人民政府)`).test(text)) return town;
  const scope = TOWN_SCOPE.exec(text);
  return scope && scope[0].endsWith(suffix) ? town : null;
}
