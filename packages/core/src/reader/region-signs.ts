import type { RegionLevel } from '../model.ts';
import { countiesOfShortForm, findRegion, municipalDistrictOfShortForm, type RegionEntry } from './regions.ts';

/** 兵团第七师, 新疆生产建设兵团第十四师: a division of the corps, by its number. */
const CORPS_DIVISION = /(?:新疆生产建设)?兵团第([一二三四五六七八九十]{1,3})师/g;
/** The same, opening a text or its headline. */
const CORPS_DIVISION_OPENING = new RegExp(`^\\s*${CORPS_DIVISION.source}`);
/**
 * The one division of the 新疆生产建设兵团 a text speaks for: named whole (兵团第七师) opening its headline, or three times
 * or more, and no other division named (two are partners or a list). Its region is written under the corps, which sets its targets, not under 新疆.
 */
export function corpsDivision(title: string, text: string): string | null {
  const numbers = [...`${title}\n${text}`.matchAll(CORPS_DIVISION)].map((m) => m[1]!);
  const distinct = new Set(numbers);
  if (distinct.size !== 1) return null;
  // (Anchored at the start and held to no line break, the pattern reads the first line that is not blank only: no copy of the text.)
  const headed = CORPS_DIVISION_OPENING.test(title) || CORPS_DIVISION_OPENING.test(text);
  return headed || numbers.length >= 3 ? `新疆生产建设兵团第${numbers[0]!}师` : null;
}

/** The one-character names provinces number their governments' documents with (鄂政发, 黔府办发, 冀政办字). */
const PROVINCE_CHARACTERS: Readonly<Record<string, string>> = {
  京: '北京市',
  津: '天津市',
  沪: '上海市',
  渝: '重庆市',
  冀: '河北省',
  晋: '山西省',
  蒙: '内蒙古自治区',
  辽: '辽宁省',
  吉: '吉林省',
  黑: '黑龙江省',
  苏: '江苏省',
  浙: '浙江省',
  皖: '安徽省',
  闽: '福建省',
  赣: '江西省',
  鲁: '山东省',
  豫: '河南省',
  鄂: '湖北省',
  湘: '湖南省',
  粤: '广东省',
  桂: '广西壮族自治区',
  琼: '海南省',
  川: '四川省',
  黔: '贵州省',
  滇: '云南省',
  云: '云南省',
  藏: '西藏自治区',
  陕: '陕西省',
  甘: '甘肃省',
  青: '青海省',
  宁: '宁夏回族自治区',
  新: '新疆维吾尔自治区',
};
/**
 * A document number of the text's own, opening a line or a field (文件编号:鄂政发〔2018〕1号), its government's or one of its
 * departments' (鲁农产业字〔2020〕5号: 山东's agriculture department, corpus Decisions 34), not one a sentence cites in brackets
 * (《…》(黔府办发〔2022〕25号)) nor a city's or county's (宝凤政发, 咸政发, 吉市政发, 赣市府发).
 */
const OWN_NUMBER = /(?:^|[ \t:：|])([^\s:：|（(《])(?![市州县区])(?:(?:政|府)办?(?:发|函|字)?|[\u4e00-\u9fff]{1,4}?(?:发|函|字|规))〔(?:19|20)\d{2}〕/gm;
export function numberingProvince(text: string): string | null {
  const provinces = new Set([...text.matchAll(OWN_NUMBER)].map((m) => PROVINCE_CHARACTERS[m[1]!]).filter(Boolean));
  return provinces.size === 1 ? [...provinces][0]! : null;
}

/** A reply approving a plan whose name opens with a region's (关于《衡水市国土空间总体规划(2021-2035年)》的批复). */
const APPROVED_PLAN = /关于《([\u4e00-\u9fff]{2,10}?(?:省|自治区|市|州|盟|地区|县|区|旗))[^》\n]{0,40}?(?:规划|计划|方案|纲要)[^》\n]{0,20}》的批复/;

/**
 * The region of the plan a higher government's reply approves, when the reply is addressed to that region's government
 * (衡水市人民政府：你市《关于审批…》): the plan is the addressee's, and a sheet is checked against it, not against the province
 * that signs the reply. Not a reply whose addressee is another body, nor a plan named only in a sentence.
 */
export function approvedPlanRegion(text: string): RegionEntry | null {
  const m = APPROVED_PLAN.exec(text.slice(0, 3000));
  const region = m ? findRegion(m[1]!) : undefined;
  if (!region || region.name !== m![1]) return null;
  return new RegExp(`${region.name}人民政府[：:]`).test(text) ? region : null;
}

/** A paper's dateline at the head of a story (本报铜鼓讯, 日报铜鼓2月10日讯): the place it was filed from. */
const PAPER_DATELINE = /报([\u4e00-\u9fff]{2,6}?)\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?讯/;

/**
 * The place a paper's dateline names, when the gazetteer gives it one region (its full name, or a county's short form)
 * of `level`, the level the text's own words (我县, 全县) speak for: a county paper files from its own county. Not a
 * place of another level (本报太原讯 over 全县), nor a short form two counties share.
 */
export function datelinePlace(text: string, level: RegionLevel): string | null {
  const m = PAPER_DATELINE.exec(text.slice(0, 300)) ?? ownPaperMasthead(text);
  if (!m) return null;
  const named = findRegion(m[1]!);
  if (named) return named.level === level ? named.name : null;
  const counties = level === 'district' ? countiesOfShortForm(m[1]!) : [];
  if (counties.length === 1) return counties[0]!.name;
  return (level === 'district' && counties.length === 0 && municipalDistrictOfShortForm(m[1]!)) || null;
}
/**
 * A paper's name in the page's head, opening a line or after a mark, a figure or a space (秀山电子报 over 我县…, 来源：某某日报): a
 * county's or a city's paper is named after it, as its dateline is (`datelinePlace` reads the place as it reads 本报铜鼓讯). (A
 * page's lines joined by cleaning run on around it: 按日期检索12 201734秀山电子报电子报刊阅读器.)
 */
const PAPER_MASTHEAD = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,6}?)(电子报|日报|晚报|都市报)/m;
/**
 * The masthead, when its name is a place's: a county's e-paper (秀山电子报), or a 日报/晚报/都市报 whose name is a region's full
 * name or a short form the text writes again outside the masthead. A paper's name is no place by itself (光明日报, 解放日报,
 * 新民晚报, 江南都市报 are no 光明区, 解放区, 新民市, 江南区).
 */
function ownPaperMasthead(text: string): RegExpExecArray | null {
  const m = PAPER_MASTHEAD.exec(text.slice(0, 600));
  if (!m || m[2] === '电子报' || findRegion(m[1]!)?.name === m[1]) return m;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return rest.includes(m[1]!) ? m : null;
}
