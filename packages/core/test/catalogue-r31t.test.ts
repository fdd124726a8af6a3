/**
 * Shape catalogue (round 31, r31t): the plan year of pages that lost their headline (a repost, a portal's excerpt, a PDF
 * cut at its cover) and are dated only by their own words.
 * 1. A report's delivery line under its title, ——2024年1月9日在某县第十八届人民代表大会第三次会议上 (a bracket around it, the
 *    line wrapped after 第十八届 or 人民代表大会, traditional 會議, the reverse order 在…会议上⏎2024年1月9日): whatever report it
 *    heads (the government's, a plan's, a budget's) was given to a congress's session, so the session's day dates it — its
 *    year when it falls January to April, the next one for a December session (document-info.ts deliveryLine). Must not fire:
 *    a standing committee's meeting (人大常委会第十二次会议上, a mid-year report on the year under way), a day in a sentence going
 *    on past the meeting (2019年1月8日在…会议上通过的《纲要》提出…: a history the page cites), a session in summer (July: no
 *    year planned by it, the other rules decide).
 * Invented passages only (青禾县, 白鹭市, 松岭镇, own figures), in layouts of a county, a city, a district, a department and a
 * news digest.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { extractPlan } from '../src/reader/extract.ts';

/** The plan year read. */
const read = (text: string): string => `plan ${extractPlan(text).year}`;

const BODY_AIMS = '今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。';
const BODY_REVIEW = '过去一年，全县地区生产总值增长5.8%，一般公共预算收入完成12.3亿元。';

const CATALOGUE: [string, string, string][] = [
  // 1. A report's delivery line.
  [
    '1a must fire: a county report cut at its cover, dash-led delivery line, January session',
    `——2024年1月9日在青禾县第十八届人民代表大会第三次会议上\n县长  林某某\n各位代表：\n${BODY_REVIEW}\n${BODY_AIMS}`,
    'plan 2024',
  ],
  [
    '1b must fire: the delivery line wrapped after 第十八届, a December session plans the next year',
    `——2024年12月27日在青禾县第十八届\n人民代表大会第五次会议上\n${BODY_REVIEW}\n${BODY_AIMS}`,
    'plan 2025',
  ],
  [
    '1c must fire: bracketed, wrapped after 人民代表大会, title spaced out as a PDF cover writes it',
    `政 府 工 作 报 告\n（2023年2月15日在白鹭市第九届人民代表大会\n第二次会议上）\n${BODY_REVIEW}\n${BODY_AIMS}`,
    'plan 2023',
  ],
  [
    '1d must fire: a district budget report in traditional characters, spaces in the date',
    `——2025 年 1 月 16 日在松嶺區第七屆人民代表大會第四次會議上\n各位代表：\n去年全區一般公共預算收入完成8.6億元。今年一般公共預算收入預期增長5%左右。`,
    'plan 2025',
  ],
  [
    '1e must fire: the reverse order, the session line first and the day on the next line',
    `在青禾县第十九届人民代表大会第一次会议上\n2026年2月3日\n${BODY_REVIEW}\n${BODY_AIMS}`,
    'plan 2026',
  ],
  [
    '1f must fire: a digest whose metadata rows stand before the cover line',
    `索引号：QH-2024-00012 | 发布机构：青禾县人民政府办公室\n生成日期：2024-01-20\n——2024年1月12日在青禾县第十八届人民代表大会第三次会议上\n${BODY_REVIEW}\n${BODY_AIMS}`,
    'plan 2024',
  ],
  [
    "1g must not fire: a standing committee's meeting in August reports on the year under way",
    '——2024年8月28日在青禾县第十八届人大常委会第十二次会议上\n今年以来，全县地区生产总值增长5.6%，一般公共预算收入完成6.1亿元。',
    'plan 2024',
  ],
  [
    '1h must not fire: a day in a sentence going on past the meeting, the history a dated page cites',
    '发布时间：2023-03-02\n2019年1月8日在白鹭市第七届人民代表大会第三次会议上，市政府提出建设区域中心城市的目标。今年全市力争地区生产总值增长6%。',
    'plan 2023',
  ],
];

const PENDING: Record<string, string> = {};

describeShapeCatalogue('catalogue r31t: plan years from a report’s own delivery line', CATALOGUE, PENDING, read);
