/**
 * Shape catalogue (round 28, r28y): plan years, and the roles that follow from them.
 * 1. News of a work report whose headline the reader cannot take (a headline with a colon, 某市长谈2024年发展目标：…) and
 *    whose digest heads its review with the year's report card as a noun (2023年成绩单) or a question how the year went
 *    (2023年某市干得怎么样): that heading is a part of the review, not the page's headline — the year reviewed, so the
 *    report is for the year after, and the review's figures are results. Must not fire: a page of results only headed by a
 *    year's report card where no report is named (its headline, the year of its results), a heading that aims
 *    (2025年要交出新答卷).
 * 2. A headline restating a deadline its body writes as 到Y年 (…行动方案 2027年累计推广5000辆, …规划纲要公布 2030年…取得决定性
 *    进展) on a page that dates itself otherwise: the year the target is due, not the plan's (corpus Decisions 2). Must not
 *    fire: a headline of a year's results that the body counts to that year's end (截至2024年底), a yearly work plan's year.
 * 3. A year whose clause says what is to be done in it with 要 (2024年，某省交通要围绕…), as 将 does, or an event it will hold
 *    (2024年全国“两会”将于3月初登场): a year aimed at or under way, no year of results — so the text's 今年 is that year, not
 *    the one after. Must not fire: 主要 after a year (2023年，全省主要经济指标…), a year of results.
 * 4. A statistical bulletin saying the year's expected goals were met (较好地完成了全年预期目标): a result, no undated goal a
 *    text goes on to — the bulletin is of its year. Must not fire: news of a year's results that goes on to 预期目标 set.
 * 5. This year's goals or demands named, then told by a year after the verb of saying (对于今年政府工作要求，会议提出，2024年…增长
 *    6%): that year is the 今年, the year planned, and its figures are targets. Must not fire: this year's report telling of
 *    the year before (今年政府工作报告指出，2023年…增长5.5%), results to date (今年以来…).
 * 6. News of a work report whose speaker reviews a year with the region named before it (回顾青禾省2024年工作时表示，2024年预计…):
 *    the year reviewed, so the report is for the year after, though the excerpt holds the review alone. Must not fire: a
 *    page of a year's results with no report named (回顾…2024年工作 in a department's summary stays of 2024).
 * 7. A headline of a year's results (青禾2023年预计地区生产总值突破5000亿元) on a page issued the year after that names that year's
 *    goals by its number (2024年全市经济社会发展预期目标): the headline's year is the year reviewed, the plan the page's.
 *    Must not fire: a headline of results on a page of the same year, a page of the next year that sets no goals.
 * 8. A year written right before 预计全省 (2024年预计全省生产总值增长5.2%) in news of a report of results only: the estimate is of
 *    that year, not of the year the report plans. Must not fire: 预计全省 with no year before it in such news (the year
 *    reviewed, as before); a deadline (到2027年，预计全省…) is no result.
 * 9. A span of years an earlier year set, told in a page's opening paragraphs (2020年，市委提出…要求从2021—2023年，用三年时间…):
 *    history, not the document's own period — the page's date and its 今年 give the plan year; the span's targets are due at
 *    its last year, which the words 用三年时间 right after it end at too. Must not fire: an action plan's name with its span
 *    near the start (…三年行动方案（2023—2025年）), a span opening a sentence of its own (2023—2025年，全市将…).
 * 10. A page dated late in a year (November, December) that says what will be done in the next year by its number (2024年，青禾州
 *    农牧部门将认真贯彻…): it plans that year, as one that aims at it with 力争 does. Must not fire: a page of the same date
 *    whose 今年 aims too (今年全州力争…), which plans its own year.
 * Invented passages only (青禾市, 青禾省, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { extractPlan } from '../src/reader/extract.ts';

/** The plan year, and how many targets and results are read. */
const read = (text: string): string => {
  const plan = extractPlan(text);
  return `plan ${plan.year} · ${plan.targets.length}t ${plan.actuals.length}a`;
};

const CATALOGUE: [string, string, string][] = [
  // 1. A report card heading inside news of a work report.
  [
    '1a a year’s report card as a heading, under a headline with a colon',
    '- +1\n青禾市长谈2024年发展目标：地区生产总值增长6%左右\n2024年，青禾要干这些事：\n建成环城快速路\n15日上午，青禾市十五届人大三次会议开幕。市长作《政府工作报告》。\n2023年成绩单\n2023年，预计地区生产总值增长6.5%左右，地方级财政收入增长7.1%。\n规模以上工业产值突破3000亿元。',
    'plan 2024 · 1t 3a',
  ],
  [
    '1b a question how the year went as the review’s heading',
    '1月17日上午，青禾市第九届人民代表大会第三次会议开幕，市长作政府工作报告。\n带您看看青禾的成绩单。\n2023年青禾干得怎么样\n2023年，青禾地区生产总值增长5.8%，一般公共预算收入增长6.2%。\n2024年青禾这样干\n今年，地区生产总值力争增长6%左右。',
    'plan 2024 · 1t 2a',
  ],
  [
    '1c must not fire: a page of results headed by a year’s report card, no report named',
    '青禾县2023年成绩单\n2023年，全县地区生产总值增长5.8%，一般公共预算收入增长6.2%。',
    'plan 2023 · 0t 2a',
  ],
  [
    '1d must not fire: a heading that aims, under news of a report',
    '青禾市2025年要交出高质量发展新答卷\n1月10日，青禾市政府工作报告提出，今年全市地区生产总值力争增长6%左右。',
    'plan 2025 · 1t 0a',
  ],
  // 2. A headline restating a deadline.
  [
    '2a an action plan’s headline naming its deadline with a cumulative count, on a dated page',
    '青禾省发布新能源汽车行动方案 2027年累计推广5000辆\n专用车 2024-10-26 17:17\n2024年10月23日，青禾省发展改革委发布《青禾省新能源汽车产业发展行动方案》，到2027年，累计推广新能源汽车5000辆，产业总产值突破200亿元。',
    'plan 2024 · 3t 0a',
  ],
  [
    '2b an outline’s headline naming the progress due, on a dated page',
    '《青禾城市群一体化发展规划纲要》公布 2030年一体化发展取得决定性进展\n2025年03月02日 20:16 | 来源：某某网\n某某网消息：青禾省昨天印发了《青禾城市群一体化发展规划纲要》。《纲要》指出，到2030年，一体化发展将取得决定性进展，研发投入强度达到3%以上。',
    'plan 2025 · 1t 0a',
  ],
  [
    '2c must not fire: a headline of a year’s results counted to its end',
    '青禾县2024年累计完成投资120亿元\n截至2024年底，全县累计完成固定资产投资120亿元，同比增长8%。',
    'plan 2024 · 0t 3a',
  ],
  [
    '2d must not fire: a yearly work plan’s headline year',
    '青禾市2025年工作要点\n2024年12月30日\n到2025年底，全市地区生产总值增长6%左右，新增城镇就业2万人。',
    'plan 2025 · 2t 0a',
  ],
  // 3. A year aimed at with 要, or holding an event to come.
  [
    '3a a year whose clause says what is to be done with 要, after the year before is praised',
    '青禾：今年公路水运计划投资1200亿元\n1月16日，从青禾省交通运输工作会议上获悉，今年，青禾交通建设将着力做到“七个突出”。副省长充分肯定了2023年全省交通运输工作成绩。他要求，2024年，青禾交通要围绕高质量发展主题，加快建设综合交通运输体系。今年全省公路水运计划投资1200亿元。',
    'plan 2024 · 2t 0a',
  ],
  [
    '3b a year holding an event to come, and this year’s goals',
    '（某地22日综合电）各地两会近期开始接力举行，经济增长目标受到关注。\n2024年全国“两会”将于3月初登场，各省级两会将依例先召开。\n青禾省省长在政府工作报告中提出，今年青禾的经济增长目标为5.5%左右。',
    'plan 2024 · 1t 0a',
  ],
  [
    '3c must not fire: 主要 after a year of results',
    '2023年，全省主要经济指标平稳增长，地区生产总值增长5.5%。今年，全省地区生产总值力争增长6%左右。',
    'plan 2024 · 1t 1a',
  ],
  // 4. Expected goals reported met.
  [
    '4a a bulletin saying the year’s expected goals were met',
    '青禾省统计局\n2024年3月1日\n2023年，全省上下稳中求进，经济运行总体平稳，较好地完成了全年预期目标。\n一、综合\n初步核算，全年全省实现生产总值3453.93亿元，比上年增长6.6%。',
    'plan 2023 · 0t 2a',
  ],
  [
    '4b must not fire: news of a year’s results going on to the goals set',
    '2023年，全市地区生产总值增长5.5%。会议确定了发展预期目标，地区生产总值增长6%左右。',
    'plan 2024 · 1t 1a',
  ],
  // 5. 今年's goals told by a year after the verb of saying.
  [
    '5a this year’s demands named, then told by the year',
    '1月11日，青禾市第五届人民代表大会第三次会议开幕，市长作政府工作报告。会议提到，2023年，青禾规上工业增加值增长6.1%以上。\n对于今年政府工作要求，会议提出，2024年青禾地区生产总值增长6%，固定资产投资增长6%左右。',
    'plan 2024 · 2t 1a',
  ],
  [
    '5b must not fire: this year’s report telling of the year before (its figures stay results of 2023)',
    '今年政府工作报告指出，2023年全市地区生产总值增长5.5%，一般公共预算收入增长4.2%。',
    'plan 2024 · 0t 2a',
  ],
  // 6. A year reviewed with the region before it.
  [
    '6a news of a work report, the review’s year named after the region',
    '记者 某某\n1月13日上午，青禾省第十四届人民代表大会第三次会议开幕。省长作青禾省人民政府工作报告。\n省长在回顾青禾省2024年工作时表示，2024年预计全省生产总值增长5.2%，规上工业增加值增长7%。',
    'plan 2025 · 0t 2a',
  ],
  [
    '6b must not fire: a department’s summary reviewing its year, no report named',
    '局长在回顾青禾县2024年工作时表示，2024年全县新增城镇就业5200人，农村劳动力转移就业3.1万人。',
    'plan 2024 · 0t 2a',
  ],
  // 7. A headline of last year's results, the page naming this year's goals by number.
  [
    '7a headline of the year reviewed, this year’s goals named by number',
    '政府工作报告“划重点”③：青禾2023年预计地区生产总值突破5000亿元\n来源：某某晨报\n2024-01-22 20:09:00\n22日，青禾市第十五届人民代表大会第四次会议开幕，市长作政府工作报告。2024年全市经济社会发展预期目标，地区生产总值增长6%左右。',
    'plan 2024 · 1t 1a',
  ],
  [
    '7b must not fire: a headline of results on a page of the next year that sets no goals',
    '青禾2023年地区生产总值突破5000亿元\n2024-01-22 20:09:00\n记者从市统计局获悉，2023年全市地区生产总值突破5000亿元，同比增长6.1%。',
    'plan 2023 · 0t 3a',
  ],
  // 8. A year right before 预计全省.
  [
    '8a a year written before 预计全省 in news of a report’s review alone',
    '1月13日上午，青禾省第十四届人民代表大会第三次会议开幕。省长作青禾省人民政府工作报告。\n省长在回顾青禾省2024年工作时表示，2024年预计全省生产总值增长5.2%，规上工业增加值增长7%。',
    'plan 2025 · 0t 2a · 2024 2024',
  ],
  [
    '8b must not fire: 预计全省 with no year before it, in the same news',
    '1月13日上午，青禾省第十四届人民代表大会第三次会议开幕。省长作青禾省人民政府工作报告。\n省长在回顾青禾省2024年工作时表示，预计全省生产总值增长5.2%，规上工业增加值增长7%。',
    'plan 2025 · 0t 2a · 2024 2024',
  ],
  // 9. A span an earlier year set.
  [
    '9a a span an earlier year set, told in a dated page’s body',
    '青禾市加快农业结构调整步伐\n2023年02月03日 15:27 | 来源：青禾日报\n记者从市农委获悉，今年本市按计划年内调减粮食种植面积20万亩。\n据了解，2020年，市委、市政府提出加快农业结构调整，要求从2021—2023年，用三年时间调减100万亩粮食种植面积，增加经济作物种植面积80万亩。',
    'plan 2023 · 2t 0a · due 2023 2023',
  ],
  [
    '9b must not fire: an action plan’s name with its span near the start',
    '青禾市农业结构调整三年行动方案（2023—2025年）\n到2025年，全市调减粮食种植面积100万亩，增加经济作物种植面积80万亩。',
    'plan 2023 · 2t 0a · due 2025 2025',
  ],
  [
    '9c must not fire: a span opening a sentence of its own',
    '2023—2025年，全市将用三年时间调减粮食种植面积100万亩，增加经济作物种植面积80万亩。',
    'plan 2023 · 2t 0a · due 2025 2025',
  ],
  // 10. A late-year page saying what will be done next year.
  [
    '10a a November page saying what will be done next year by its number',
    '【奋进青禾】青禾州农牧局谋实2024年“八项行动”\n来源：青禾州农牧局     发布时间：2023-11-17\n2024年，青禾州农牧部门将认真贯彻落实行动方案，谋划储备农牧业项目24个，项目估算投资5.06亿元。一是力争建设高标准农田2万亩。',
    'plan 2024 · 3t 0a',
  ],
  [
    '10b must not fire: the same page whose 今年 aims too',
    '【奋进青禾】青禾州农牧局谋实“八项行动”\n来源：青禾州农牧局     发布时间：2023-11-17\n今年全州力争完成农牧业投资5亿元。2024年，青禾州农牧部门将认真贯彻落实行动方案，谋划储备农牧业项目24个。一是力争建设高标准农田2万亩。',
    'plan 2023 · 3t 0a',
  ],
];

/** The plan year, the counts, and the years of the results read. */
const readWithYears = (text: string): string => {
  const plan = extractPlan(text);
  return `${read(text)} · ${plan.actuals.map((a) => a.period.year).join(' ')}`;
};

/**
 * 8b: in news of a report of results only, 预计全省 with no year before it estimates the year the report plans (estimateCue
 * reads a results-only text's 预计 as the year under way) — the year reviewed is meant. Pinned until that reading is mended.
 */
const PENDING: Record<string, string> = { '8b': 'plan 2025 · 0t 2a · 2025 2025' };

describeShapeCatalogue(
  'catalogue r28y: plan years',
  CATALOGUE.filter(([name]) => !/^[89]/.test(name)),
  PENDING,
  read,
);
/** The plan year, the counts, and the years the targets are due. */
const readWithDue = (text: string): string => {
  const plan = extractPlan(text);
  return `${read(text)} · due ${plan.targets.map((t) => t.year).join(' ')}`;
};
describeShapeCatalogue(
  'catalogue r28y: plan years and the years targets are due',
  CATALOGUE.filter(([name]) => name.startsWith('9')),
  PENDING,
  readWithDue,
);
describeShapeCatalogue(
  'catalogue r28y: plan years and the years of results',
  CATALOGUE.filter(([name]) => name.startsWith('8')),
  PENDING,
  readWithYears,
);
