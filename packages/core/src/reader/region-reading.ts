import type { RegionLevel } from '../model.ts';
import { ledByDistrictCommittee, ownAtEndOfSuperiors, speakerBelowSuperior } from './superiors.ts';
import { namesKindOfArea, headingRegion, issuerWeight, readIssuer, townIssuer, townsAddressed, wellFormedUnknownName, writtenTwice } from './issuer.ts';
import { countyEndingOwnSlogan, regionInOwnChapter, subjectBelowProvince } from './subject-region.ts';
import {
  autonomousCountyWritten,
  countMentions,
  countyWord,
  findRegion,
  levelOfName,
  regionNameEnding,
  regionOpening,
  standsAsRegionName,
  timesNamed,
} from './regions.ts';
import { districtOfMunicipality, districtWrittenMore, MUNICIPALITIES, municipalitySpeaking, shortMunicipalDistrict } from './municipal-districts.ts';
import {
  MINISTRIES_JOINTLY,
  MINISTRY_SPEAKS,
  NATIONAL,
  NATIONAL_CONGRESS_REPORT,
  NATIONAL_MEASURE,
  NATIONAL_REPORT,
  speaksForNation,
} from './national-speaker.ts';
import { withoutDatelines, withoutRoutesAndPairs, withoutZones } from './places-not-speaking.ts';
import { readLevel } from './region-level.ts';
import { dominantRegion, lowestOfChain, mostMentioned, mostMentionedOutsideRoutes, regionFittedTo } from './region-mentions.ts';
import { bracketedSection, prefectureSummingDivisions, roundupOfCongresses, roundupOfProvincesPlaces, roundupOfTargets } from './region-roundups.ts';
import { approvedPlanRegion, corpsDivision, datelinePlace, numberingProvince } from './region-signs.ts';
import {
  cityKeptBelow,
  cityOfAutonomousRegion,
  countyBelowNamed,
  countyCityBelowSuperior,
  countyCityHeadingText,
  keptAutonomousRegion,
  narrowed,
  onlyCountyLevelCity,
  unnamedProvince,
} from './regions-below.ts';
import { keptDistrict, keptZone, onlyWrittenDistrict } from './unlisted-regions.ts';

/**
 * The issuing region and its level: the issuer its phrases name (a congress, 代表X人民政府, a
 * signature); else the region names a title opens with; else the level the document speaks for
 * (全市 → a city, 全区 → a district) and its most mentioned region (or one inside it named more);
 * else the name opening the first line; else, for a text the State Council speaks in, the nation.
 */
export function readRegion(title: string, text: string): { region: string | null; level: RegionLevel | null } {
  // A town or street speaking as itself is the issuer below the county the other rules read (Decisions 34).
  const town = townIssuer(title, text);
  if (town) return { region: town, level: 'district' };
  const read = withoutWordsAsName(title, text, cityOverSpeakingHead(text, subjectOverProvince(text, readRegionAsWritten(title, text))));
  const full = read.region ? autonomousCountyWritten(read.region) : undefined;
  // 玉龙县 written for 玉龙纳西族自治县, 沧源县 for 沧源佤族自治县: the gazetteer's full name, the one autonomous county whose
  // name opens with the stem and ends with the suffix (the name as written matches no gold path's component).
  return full ? { region: full.name, level: 'district' } : read;
}

/**
 * Whatever rule read it, a region is a name the reader can stand behind (`standsAsRegionName`; one the text writes twice,
 * a division newer than the list; one written once that reads as a name, `wellFormedUnknownName`): words run into a suffix
 * (2025年安排市重点项目, 部署县…, 所小区) give the known name they end with (征求廉江市 → 廉江市), else no region, the level
 * then the text's scope words' (the words' suffix said nothing).
 */
function withoutWordsAsName(
  title: string,
  text: string,
  read: { region: string | null; level: RegionLevel | null },
): { region: string | null; level: RegionLevel | null } {
  const region = read.region;
  if (!region || standsAsRegionName(region)) return read;
  // 聚焦宁乡市…: a known name the words end with is the region, before any test of the words as a name.
  const known = regionNameEnding(region);
  if (known && !wordEndingOnly(text, known, region)) return { region: findRegion(known)?.name ?? known, level: levelOfName(known) };
  // A name written twice is vouched for where it stands, not in its stem (安排市重点项目… twice is still no name).
  if (wellFormedUnknownName(text, region) || (writtenTwice(text, region) && wellFormedUnknownName('', region))) return read;
  return { region: null, level: readLevel(title) ?? readLevel(text) };
}

/**
 * 推进老城区改造计划: a known name that is also a word for an area (老城区, 新城区, 城区) ending longer words, and the text
 * writing it nowhere else: the word, not the place.
 */
function wordEndingOnly(text: string, known: string, words: string): boolean {
  if (!countyWord(known) && !namesKindOfArea(known)) return false;
  return text.split(known).length <= text.split(words).length;
}

/**
 * A province read from one weak phrase (记者从陕西省…获悉, 山东省人民政府发布《…》) or a scope word, for a text that keeps
 * naming one region below it: that region (`subjectBelowProvince`). A province named by its congress or 代表…人民政府
 * (weight 3 and more) is the issuer whatever the text names.
 */
function subjectOverProvince(text: string, read: { region: string | null; level: RegionLevel | null }): { region: string | null; level: RegionLevel | null } {
  if (read.level !== 'province' || !read.region || findRegion(read.region)?.level !== 'province') return read;
  if (issuerWeight(text, read.region) > 2) return read;
  return subjectBelowProvince(text, read.region) ?? read;
}

/**
 * A county or district named as the issuer only by its head who speaks (营山县委书记…表示: weight 1), in a text that names
 * the city above it more than twice as often: the city's meeting, where its counties' heads speak in turn, not the county's
 * plan. (A congress, a notice or a signature, weight 2 and more, is the county's own.)
 */
function cityOverSpeakingHead(text: string, read: { region: string | null; level: RegionLevel | null }): { region: string | null; level: RegionLevel | null } {
  if (read.level !== 'district' || !read.region || issuerWeight(text, read.region) !== 1) return read;
  const city = findRegion(findRegion(read.region)?.parent ?? '');
  if (city?.level !== 'city') return read;
  const mentions = countMentions(text);
  return timesNamed(mentions, city.name) > 2 * timesNamed(mentions, read.region) ? { region: city.name, level: 'city' } : read;
}

function readRegionAsWritten(title: string, text: string): { region: string | null; level: RegionLevel | null } {
  // 河北省人民政府关于《衡水市国土空间总体规划》的批复 … 衡水市人民政府：你市…: the plan approved is the addressee's.
  const approved = approvedPlanRegion(text);
  if (approved) return { region: approved.name, level: approved.level };
  // 武汉市第十五届人民代表大会…, 长沙市第十六届…, 南昌市第十六届…: a roundup of several regions' congresses has no single issuer.
  const roundup = roundupOfCongresses(text) ?? roundupOfTargets(text);
  if (roundup) return roundup;
  const issuer = readIssuer(text);
  if (issuer?.name) return { region: issuer.name, level: issuer.level };
  // 宁夏各地争分夺秒加油干 … 银川市…, 石嘴山市…: a province's paper summing up the places of its province has no issuer of one
  // city: the province (corpus Decisions 30).
  const placesOfProvince = issuer ? null : roundupOfProvincesPlaces(text);
  if (placesOfProvince) return { region: placesOfProvince, level: 'province' };
  // 兵团第七师 opening the headline or named three times: a division of the production and construction corps, a prefecture-level body.
  const division = issuer ? null : corpsDivision(title, text);
  if (division) return { region: division, level: 'city' };
  // A title that opens with its region's name (哈尔滨市双城区国民经济…规划) names the issuer; so does a roundup page's section
  // heading naming one region alone in brackets (北京十六区2024年将干这些事【16】⏎【延庆区】⏎延庆2024年…).
  const titled = issuer ? null : (headingRegion(title) ?? bracketedSection(text));
  if (titled) return { region: findRegion(titled)?.name ?? titled, level: levelOfName(titled) };
  // A headline opening with a short name set apart (广东2024年目标安排, 浙江：…) speaks for that region.
  const headline = issuer ? undefined : regionOpening(title.trim());
  if (headline) return { region: headline.name, level: headline.level };
  // 按照省、赣州市、瑞金市党代会部署: superiors listed from the province down end with the speaker's own county.
  const listedOwn = issuer ? null : ownAtEndOfSuperiors(text);
  if (listedOwn) return { region: listedOwn, level: 'district' };
  // 泰州市委六届十次全会、市委十三届七次全会: the speaker's own committee after its prefecture's, a level below it.
  // 各镇人民政府、街道办事处: a notice addressed to towns is a county's, a district's or a county-level city's.
  // 在县委的坚强领导下: a government working under a county's committee is a district's, whatever 全市 it writes.
  const level =
    issuer?.level ??
    speakerBelowSuperior(text)?.level ??
    (ledByDistrictCommittee(text) || townsAddressed(text) ? 'district' : null) ??
    readLevel(title) ??
    readLevel(text);
  // With no scope word, regions are counted without a news dateline's place (新华社武汉1月10日电): where the story was
  // filed, not whose plan (a local paper's 本报太原讯 over 全市 still names its city, above). (withoutDatelines is asked at
  // each use, and keeps its last answer: most texts return a region before it is needed.)
  // 结合眉山实际, 立足本溪实际: the region whose circumstances the text is fitted to is its own, however often it names a
  // metropolis it joins (环成都经济圈) or a neighbour.
  const region = level ? (regionFittedTo(text, level) ?? mostMentioned(title, level) ?? mostMentionedOutsideRoutes(text, level)) : null;
  // 全市 in a text that names its prefecture only after the bare 省, as a superior (落实省…和常州市…体系): the one county-level
  // city of that prefecture the text names speaks (溧阳市…动员大会召开), as a county-level city with no prefecture named does.
  const below = level === 'city' && region ? (countyCityBelowSuperior(withoutDatelines(text), region) ?? countyCityHeadingText(text, region)) : null;
  if (below) return { region: below, level: 'district' };
  if (region) return narrowed(text, region, level!);
  // 本报铜鼓讯（记者…）…我县…: a local paper's dateline is the one place named, of the level the text speaks for.
  const filedFrom = level ? datelinePlace(text, level) : null;
  if (filedFrom) return { region: filedFrom, level: level! };
  // A region outside the gazetteer: the name heading the first line (2月10日，沙洋县召开…).
  // A known region's short form heading it (江苏扬州:…) is that region, by the gazetteer's full name and level.
  const heading = headingRegion(text.trimStart().split('\n', 1)[0]!);
  const named = heading ? (findRegion(heading)?.name ?? heading) : null;
  if (named && (level === null || levelOfName(named) === level)) return { region: named, level: levelOfName(named) };
  // 全县 and no county the gazetteer knows: the one county or district the text writes whole (2024年平昌县地区生产总值).
  const county = level === 'district' ? onlyWrittenDistrict(withoutDatelines(text)) : null;
  if (county) return { region: county, level };
  // 全县 and no county named whole: the county the text writes by its short form, below a city or province it names
  // (西华 under 周口, 子长 under 延安).
  // 我区/全区 in a text that keeps naming one autonomous region (广西 five times, 桂林 twice) and no district whole: 区 is
  // the region's, whatever county's short form a word spells (文化遗产资源 is no 资源县).
  const ownAutonomous = level === 'district' ? keptAutonomousRegion(withoutDatelines(text)) : null;
  if (ownAutonomous) return { region: ownAutonomous, level: 'province' };
  const shortCounty = level === 'district' ? countyBelowNamed(withoutZones(withoutRoutesAndPairs(withoutDatelines(text)))) : null;
  if (shortCounty) return { region: shortCounty, level };
  // A district's scope words and no district named whole: the district of 北京, 天津, 上海 or 重庆 the text writes by its
  // short form (门头沟 under 全区, 徐汇 beside 上海 and 区委).
  const municipalDistrict = level !== 'province' && level !== 'national' ? shortMunicipalDistrict(withoutDatelines(text), level) : null;
  if (municipalDistrict) return { region: municipalDistrict, level: 'district' };
  // 全市 of 北京, 天津, 上海 or 重庆, no prefecture named: the one district of that city the text names (衔接江津区第十五次党代会).
  const municipal = level === 'city' ? districtOfMunicipality(withoutDatelines(text)) : null;
  if (municipal) return { region: municipal, level: 'district' };
  // 全市 and no prefecture named: the one county-level city the text names (博乐市…全市): its 全市 is its own.
  const countyCity = level === 'city' ? onlyCountyLevelCity(withoutDatelines(text)) : null;
  if (countyCity) return { region: countyCity, level: 'district' };
  // 全市, 我市 or 市商务局 and no prefecture or district named: 北京, 天津, 上海 or 重庆 the text keeps naming speaks — a city
  // in its words, a province in the model (天津市政府下发…, 全市地区生产总值增长4%左右).
  const municipality = level === 'city' ? municipalitySpeaking(withoutDatelines(text)) : null;
  if (municipality) return { region: municipality, level: 'province' };
  // 全区 and no district named, in a text that keeps naming a city of an autonomous region (柳州 seven times, 全区经济
  // 发展调度会在南宁召开): 全区 is the region's, and the text speaks for its city.
  const regionsCity = level === 'district' ? cityOfAutonomousRegion(withoutDatelines(text)) : null;
  if (regionsCity) return { region: regionsCity, level: 'city' };
  // No scope word but a district's, no district read: the one development or reform zone the text names after its region
  // and keeps speaking of (邯郸经济开发区 four times; 《辽宁省沈抚改革创新示范区…规划纲要》 then 示范区 three times).
  const zone = level === null || level === 'district' ? keptZone(withoutDatelines(text), level === null) : null;
  if (zone) return { region: zone, level: 'district' };
  // The State Council's report to the National People's Congress (国务院总理…作政府工作报告, 十四届全国人大四次会议) speaks
  // for the nation however often its venue (北京人民大会堂) or a reposting outlet's home (香港新闻网) is named.
  if (level === null && NATIONAL_CONGRESS_REPORT.test(text.slice(0, 600))) return { region: '全国', level: 'national' };
  // No issuer and no scope word: a prefecture named before the count of its divisions (天水市两区五县两会) sums them up.
  const summing = level === null ? prefectureSummingDivisions(withoutDatelines(text)) : null;
  if (summing) return { region: summing, level: 'city' };
  // No issuer and no scope word: the one region the text keeps naming (安徽省地区生产总值…, 安徽省一般公共预算收入…).
  const subject = level === null ? dominantRegion(withoutDatelines(text)) : null;
  if (subject) return { region: subject.name, level: subject.level };
  // No government of a region speaks (no scope word either): the State Council's report, a national conference.
  if (level === null && (NATIONAL.test(text.slice(0, 300)) || MINISTRY_SPEAKS.test(text.slice(0, 300)) || MINISTRIES_JOINTLY.test(text.slice(0, 300))))
    return { region: '全国', level: 'national' };
  // Nor does one that reports the nation's own measure, 国内生产总值 (a region's is 地区生产总值), from a government work report.
  if (level === null && NATIONAL_REPORT.test(text) && NATIONAL_MEASURE.test(text) && !/地区生产总值/.test(text)) return { region: '全国', level: 'national' };
  // Nothing else says: a county the gazetteer lacks that the text keeps naming (陇县地区生产总值…, 陇县坚持…).
  const kept = level === null ? keptDistrict(withoutDatelines(text)) : null;
  if (kept) return { region: kept, level: 'district' };
  // Nothing else says: the lowest of the regions named on one line of descent (贯彻…关于湖南和湘潭重要讲话精神).
  const lowest = level === null ? lowestOfChain(withoutDatelines(text)) : null;
  // 北京 the lowest named, 通州 written more often than it: the text speaks for that district of the municipality.
  const ownDistrict = lowest && MUNICIPALITIES.has(lowest.name) ? districtWrittenMore(withoutDatelines(text), lowest.name) : null;
  if (ownDistrict) return { region: ownDistrict, level: 'district' };
  if (lowest) return { region: lowest.name, level: lowest.level };
  // 文件编号：鄂政发〔2018〕1号: a province's government numbers its documents with the province's one-character name.
  const numbered = level === 'province' ? numberingProvince(text) : null;
  if (numbered) return { region: numbered, level };
  const province = unnamedProvince(withoutDatelines(text), level);
  // A province the text never names, read from its cities, yields to the one city of it the text keeps naming (松原 six
  // times beside 全省…): its 全省 words are the province around that city.
  const keptCity = province && level === 'province' ? cityKeptBelow(withoutDatelines(text), province) : null;
  if (keptCity) return { region: keptCity, level: 'city' };
  if (province) return { region: province, level: 'province' };
  // Nothing names a region and no scope word says: a text that speaks of the nation as its own (我国粮食产量…, a
  // headline 2022年中国完成…), as a province's says 我省, is the nation's.
  if (level === null && speaksForNation(title, withoutDatelines(text))) return { region: '全国', level: 'national' };
  // Nothing above names it: the region the text writes into its own chapter (奋力谱写中国式现代化磴口新篇章).
  const chapter = regionInOwnChapter(withoutDatelines(text), level);
  if (chapter) return chapter;
  // 全县 and nothing names the county: the one county written at the end of the text's own slogan (“美丽幸福清徐”).
  const sloganCounty = level === 'district' ? countyEndingOwnSlogan(withoutDatelines(text)) : null;
  return sloganCounty ? { region: sloganCounty, level } : { region: null, level };
}
