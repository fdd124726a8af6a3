import { countMentions, findRegion, lastTextOnly } from './regions.ts';
import { replaceHolding } from '../grammar/matches.ts';

/**
 * A road or transit line named by its two ends (兴平至周至高速公路, 西安-周至旅游公交专线, 南宁至深圳高铁), or a section of one
 * (玉林至岑溪段, 玉林—岑溪段; not 迈进到新阶段): the places it joins, not the speaker — a plan names the towns its roads run
 * to as often as its own (corpus Decisions 24).
 */
const ROUTE =
  /[\u4e00-\u9fff]{2,4}(?:(?:至|到|-|—|－)[\u4e00-\u9fff]{2,4}?(?:高速公路|高速|高铁|城际轨道交通|城际铁路|城际|铁路|公路|轨道交通|旅游公交专线|公交专线|专线|快速路|快速通道)|(?:至|—)[\u4e00-\u9fff]{2,4}?(?<!阶)段)/g;
/**
 * A station and the few characters before it (推进玉林北站, 桂林站): blanked only from a region's name on (玉林北站, not 柳州服务站
 * or 柳州驿站), and never the verb 站 (站在, 站上, 站稳, 站住) nor 站长, 站点, 站位, 站所.
 */
const STATION = /[\u4e00-\u9fff]{2,4}?[东南西北]?站(?![长点位所在上稳住])/g;
/** The station `m` with its place blanked from the first region's name in it on (推进玉林北站 → 推进＿＿＿＿), else as written. */
function stationBlanked(m: string): string {
  const place = m.replace(/[东南西北]?站$/, '');
  for (let k = 0; k <= place.length - 2; k++) if (findRegion(place.slice(k))) return m.slice(0, k) + '\u3000'.repeat(m.length - k);
  return m;
}
/** Two places paired by a 、 before their cooperation (深化太仓、周至协作, 苏州、铜仁对口合作): partners, either could be the speaker. */
const PARTNERS = /[\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff]{2,4}(?=(?:东西部|对口)?(?:协作|合作|帮扶))/g;
/** A partner the text's region deals with (与义乌市签订合作协议, 与苏州结对帮扶): named after 与, before the cooperation. */
const PARTNER_AFTER_WITH =
  /(与)(?<![参给]与)([\u4e00-\u9fff]{2,8}?)(?=(?:签订|签署|共建|开展|建立|深化|加强|推进)?[\u4e00-\u9fff]{0,4}?(?:合作|协作|对口|结对|帮扶|友好))/g;
/**
 * An event named after a place (2024杭州西湖博览会: a brand's year glued to it, no 年; 庆元首届民宿大会: its edition after the
 * place): the place hosts the event, the text's region may only take part. Not a congress (第十八届人民代表大会).
 */
const EVENT_NAMED_AFTER_PLACE =
  /(?:(?:19|20)\d{2}(?![\d年])[\u4e00-\u9fff]{2,12}?|[\u4e00-\u9fff]{2,4}(?:首|第[一二三四五六七八九十\d]{1,3})届[\u4e00-\u9fff]{0,8}?)(?:博览会|交易会|展览会|展销会|洽谈会|推介会|论坛|峰会|运动会|马拉松|大赛|(?<!代表|党代)大会|文化节|旅游节|艺术节)/g;
/**
 * The text with route names and partner pairs blanked (same length, no name inside): a county written by its short form only
 * there is weak evidence of the speaker, and a wrong region is worse than none.
 */
export const withoutRoutesAndPairs = (text: string) => {
  const routed = text.replace(ROUTE, blanked);
  // (Every station holds 站: a text without one is not searched for it from every Chinese character.)
  const stationed = replaceHolding('站', STATION, routed, stationBlanked);
  const paired = stationed.replace(PARTNERS, blanked).replace(PARTNER_AFTER_WITH, (_m, withWord: string, partner: string) => withWord + blanked(partner));
  return EVENT_HINT.test(paired)
    ? paired.replace(EVENT_NAMED_AFTER_PLACE, (m, at: number, whole: string) => (placeNamedOutside(m, at, whole) ? m : blanked(m)))
    : paired;
};
/**
 * What every EVENT_NAMED_AFTER_PLACE holds (its year glued to the name, or 届): a quick test, since the pattern's second
 * branch is tried from every Chinese character of the whole text and most texts name no such event.
 */
const EVENT_HINT = /届|(?:19|20)\d{2}(?![\d年])/;
/**
 * The place an event is named after (2024六安国际茶文化节, 青川县第三届…旅游节) is written outside it too (六安市将…): the
 * text's region holds its own event, whose name is then no reason to blank it.
 */
function placeNamedOutside(event: string, at: number, text: string): boolean {
  const place = [...countMentions(event).keys()][0];
  if (!place) return false;
  const rest = text.slice(0, at) + text.slice(at + event.length);
  return rest.includes(place.short);
}
/**
 * The text with parks and zones named after a place blanked too: a county written by its short form only there (碧江高新区
 * beside 铜仁高新区 under 我区) is no speaker (corpus Decisions 30). (A city's 全市 text naming its zone, 宜昌经济开发区, is left to
 * the zone rule.)
 */
export const withoutZones = (text: string) => text.replace(ZONE_NAMED_AFTER_PLACE, (m) => (zoneDivision(m) ? m : blanked(m)));
/**
 * A development zone or park named after a place (碧江高新区, 铜仁高新区, 苏州工业园区): the zone, not the region that speaks
 * (corpus Decisions 30: a park named after the issuer does not name it) — unless the zone is a county-level division itself
 * (万盛经济技术开发区).
 */
const ZONE_NAMED_AFTER_PLACE = /[\u4e00-\u9fff]{2}(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区)/g;
/** A zone that is a county-level division itself (万盛经济技术开发区, written 万盛经开区 too): a region, no park. */
const zoneDivision = (zone: string): boolean => /开发区$/.test((findRegion(zone) ?? findRegion(zone.slice(0, 2)))?.name ?? '');
/** Characters blanked, as many as written (offsets kept). */
const blanked = (m: string) => '\u3000'.repeat(m.length);
/**
 * 新华社武汉1月10日电, 本报太原2月9日讯, 央广网果洛2月26日消息: the place a story was filed from, left out. (The outlet's last
 * character is matched and put back, not looked behind for: a leading look-behind is tried at every character of the text.)
 */
const DATELINE = /([社网报台])[\u4e00-\u9fff]{2,6}?(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息))/g;
export const withoutDatelines = lastTextOnly((text: string) => text.replace(DATELINE, '$1'));
