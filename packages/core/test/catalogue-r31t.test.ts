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
 * 2. A heading of its own opening a report's review part: 一、2024年工作回顾 (（一）2024年度工作回顾, 第一部分 2024年工作回顾) or
 *    一、2024年国民经济和社会发展计划执行情况 — the report is given the year after the one it reviews, and plans that year
 *    (document-info.ts yearReviewedInPart). Must not fire: a part of the year (2024年上半年工作回顾, 2024年1—6月计划执行情况:
 *    the year under way), a review in a sentence (现将2024年工作回顾如下), a heading with more after it (2024年工作回顾与展望),
 *    an excerpt of the review alone and its results (of the year reviewed), a title writing its own year (某局2024年工作要点).
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
  // 2. A report's review-part heading.
  [
    "2a must fire: a department's report to its staff, part one reviews the year",
    `一、2024年工作回顾\n2024年，县农业农村局全年完成粮食播种面积52万亩。\n二、2025年工作打算\n力争粮食播种面积稳定在52万亩以上。`,
    'plan 2025',
  ],
  [
    '2b must fire: a town report cut at its body, bracketed ordinal and 年度',
    `各位代表：\n（一）2023年度工作回顾\n过去一年，松岭镇实现农村居民人均可支配收入2.1万元。\n（二）今年的主要任务\n${BODY_AIMS}`,
    'plan 2024',
  ],
  [
    '2c must fire: a city plan report whose title was cut away, part one the execution of the year before',
    `一、2024年国民经济和社会发展计划执行情况\n2024年，全市地区生产总值增长5.5%。\n二、2025年国民经济和社会发展计划的主要任务\n全市地区生产总值增长5.5%左右。`,
    'plan 2025',
  ],
  [
    '2d must fire: 第一部分 as the ordinal, no other year in the excerpt',
    `第一部分 2022年工作回顾\n一年来，全区城镇新增就业1.2万人。\n第二部分 今年工作安排\n今年城镇新增就业1.2万人以上。`,
    'plan 2023',
  ],
  [
    '2e must not fire: a half-year review reports the year under way',
    '一、2024年上半年工作回顾\n上半年，全县地区生产总值增长5.1%，固定资产投资增长8.2%。\n二、下半年工作打算\n确保完成全年目标任务。',
    'plan 2024',
  ],
  [
    '2f must not fire: a plan execution of the first half, the year under way',
    '一、2024年1—6月国民经济和社会发展计划执行情况\n1—6月，全市规模以上工业增加值增长6.3%。\n二、下半年工作安排\n确保完成全年目标任务。',
    'plan 2024',
  ],
  [
    '2g must not fire: a review in a sentence, a summary of the year it names',
    '青禾县文化和旅游局2024年工作总结\n现将2024年工作回顾如下：全年接待游客320万人次，实现旅游收入28亿元。',
    'plan 2024',
  ],
  [
    '2j must fire: a district work report cut after its review, named as given to the congress, a period in its opening',
    '各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n2024年是实现“十四五”规划目标任务的关键之年。一年来，全区地区生产总值增长5.6%，城镇新增就业8600人。',
    'plan 2025',
  ],
  [
    '2h must not fire: an excerpt holding the review alone and its results is of the year reviewed',
    '一、2024年工作回顾\n2024年，松岭镇实现农村居民人均可支配收入2.2万元，增长6.5%。',
    'plan 2024',
  ],
  [
    '2i must not fire: a title that writes its year decides, a yearly work plan opening with last year reviewed',
    '白鹭市商务局2024年工作要点\n一、2024年工作回顾\n社会消费品零售总额增长5%。\n二、今年工作安排\n力争社会消费品零售总额增长6%。',
    'plan 2024',
  ],
];

/**
 * 2e: the half-year review's heading is left alone (the rule does not fire), but nothing else dates the excerpt: the reader
 * says unknown, not the year after — pinned until a part of the year under a year's heading dates a text.
 */
const PENDING: Record<string, string> = { '2e': 'plan null' };

describeShapeCatalogue('catalogue r31t: plan years from a report’s own delivery line and review heading', CATALOGUE, PENDING, read);
