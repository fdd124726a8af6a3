/**
 * Mend m27r (round 27, review of r27r): the probes review27r.md ran through the round-27 rules — a goal word right before its
 * figure (GOAL_NAMED_RIGHT_BEFORE) and 近年来 with a record after it (RECORD_OVER_RECENT_YEARS) — each as the reader must read
 * it: last year's goals reviewed as met or missed, goals in names and headings, gaps to the goal (距目标, 差目标, 比目标低, 高出目标,
 * 未达目标: results of the months, GAP_TO_TARGET), a higher level's goal (全省目标: no quota of the text's, HIGHER_LEVEL_GOAL), and
 * 近年来 in every position (a record only planned after 计划/力争…: RECORD_PLANNED_BEFORE). Findings the mend leaves as the reader
 * read them before are pending with today's reading. Invented passages only (松岭县, 河湾区, 东川市, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);

/** A county's 2024 report reviewing 2023. */
const REVIEW = '松岭县2024年政府工作报告\n一、2023年工作回顾\n';
/** A district's half-year summary: its heading reports. */
const SUMMARY = '河湾区2023年上半年工作总结\n一、主要指标完成情况\n';
/** A city's work points for 2024. */
const POINTS = '东川市2024年工作要点\n';
/** A news item with no year of its own. */
const NEWS = '东川新闻网讯 ';

const CATALOGUE: [string, string, string[]][] = [
  [
    'g01 去年目标增长7%，实际增长7.5%: last year reviewed',
    `${REVIEW}去年目标增长7%，实际增长7.5%，全县地区生产总值达到256亿元。`,
    ['A growth 7.5% 2023', 'A level 256亿元 2023'],
  ],
  [
    'g02 a past year’s goal then its result (目标增长…实际增长…高于目标)',
    `${REVIEW}2023年全县地区生产总值目标增长6.5%，实际增长6.8%，高于目标0.3个百分点。`,
    ['T growth = 6.5% 2023', 'A growth 6.8% 2023', 'A share 0.3百分点 2023'],
  ],
  ['g03 完成年度目标的102%: a ratio, no goal named', `${REVIEW}全年完成固定资产投资52亿元，完成年度目标的102%。`, ['A level 52亿元 2023', 'A share 102% 2023']],
  ['g04 目标任务8项全部完成: a count of tasks met', `${REVIEW}年初确定的目标任务8项全部完成，民生实事12件全部办结。`, []],
  ['g05 目标8%，完成8.3% in a summary (finding)', `${SUMMARY}地区生产总值：目标8%，完成8.3%。`, ['T share = 8% 2023', 'A share 8.3% 2023']],
  [
    'g06 （目标8%） in brackets after a result',
    `${SUMMARY}上半年，全区规上工业增加值增长9.2%（目标8%），居全市第二位。`,
    ['A growth 9.2% 2023/1-6', 'T growth = 8% 2023', 'A rank 2位 2023/1-6'],
  ],
  [
    'g07 距目标: a gap to the goal (finding)',
    `${SUMMARY}上半年，全区社会消费品零售总额增长4.1%，距目标1.9个百分点。`,
    ['A growth 4.1% 2023/1-6', 'A share 1.9百分点 2023/1-6'],
  ],
  [
    'g08 差目标: a gap to the goal (finding)',
    `${SUMMARY}上半年，全区固定资产投资增长5.2%，差目标2.8个百分点。`,
    ['A growth 5.2% 2023/1-6', 'A share 2.8百分点 2023/1-6'],
  ],
  [
    'g09 离目标还差: a gap to the goal (finding)',
    `${SUMMARY}上半年，全区一般公共预算收入增长3.6%，离目标还差2.4个百分点。`,
    ['A growth 3.6% 2023/1-6', 'A share 2.4百分点 2023/1-6'],
  ],
  [
    'g10 超目标: a gap past the goal (finding)',
    `${SUMMARY}上半年，全区外贸进出口总额增长12%，超目标2个百分点。`,
    ['A growth 12% 2023/1-6', 'A share 2百分点 2023/1-6'],
  ],
  ['g11 目标完成率', `${SUMMARY}上半年，全区城镇新增就业3200人，目标完成率64%。`, ['A increment 3200人 2023/1-6', 'A share 64% 2023/1-6']],
  [
    'g12 占引资目标10亿元的80% (finding)',
    `${SUMMARY}上半年，全区招商引资到位资金8亿元，占引资目标10亿元的80%。`,
    ['A level 8亿元 2023/1-6', 'T level = 10亿元 2023', 'A share 80% 2023/1-6'],
  ],
  [
    'g13 招商引资目标10亿元 then what came in',
    `${SUMMARY}上半年，全区招商引资目标10亿元，已到位资金8亿元。`,
    ['T level = 10亿元 2023', 'A level 8亿元 2023/1-6'],
  ],
  ['g14 增长目标为 in work points', `${POINTS}今年，全市地区生产总值增长目标为6%左右，一般公共预算收入增长5%。`, ['T growth ~ 6% 2024', 'T growth = 5% 2024']],
  [
    'g15 a province’s goal a county measures itself against (finding)',
    `${REVIEW}去年全省经济增长目标6%，我县实际增长6.9%，高于全省目标0.9个百分点。`,
    ['A growth 6.9% 2023', 'A share 0.9百分点 2023'],
  ],
  [
    'g16 the province’s goal and the city’s own',
    `${POINTS}今年全省地区生产总值增长目标5.5%左右，我市确定为6%左右。`,
    ['T growth ~ 5.5% 2024', 'T share ~ 6% 2024'],
  ],
  ['g17 目标责任书, 目标考核: names', `${REVIEW}全县与32个部门签订目标责任书，目标考核优秀单位12个。`, ['A count 12个 2023']],
  [
    'g18 去年…目标是2.5万元，实际达到',
    `${REVIEW}去年农村居民人均可支配收入目标是2.5万元，实际达到2.56万元。`,
    ['T level = 2.5万元 2023', 'A level 2.56万元 2023'],
  ],
  [
    'g19 序时进度目标50%',
    `${SUMMARY}截至6月底，全区完成造林1.2万亩，序时进度目标50%，实际完成48%。`,
    ['A count 1.2万亩 2023/1-6', 'T share = 50% 2023', 'A share 48% 2023/1-6'],
  ],
  ['g20 目标 in a heading', `${POINTS}三、2024年目标\n全市地区生产总值增长6%左右，城镇新增就业1.2万人。`, ['T growth ~ 6% 2024', 'T increment = 1.2万人 2024']],
  ['g21 比目标低: a gap (finding)', `${SUMMARY}上半年，全区规上工业增加值增长7%，比目标低1个百分点。`, ['A growth 7% 2023/1-6', 'A share 1百分点 2023/1-6']],
  [
    'g22 高出目标300户: a gap (finding)',
    `${SUMMARY}上半年，全区新增市场主体2100户，高出目标300户。`,
    ['A increment 2100户 2023/1-6', 'A increment 300户 2023/1-6'],
  ],
  ['g23 未达目标: a gap (finding)', `${SUMMARY}上半年，全区税收收入增长6%，未达目标2个百分点。`, ['A growth 6% 2023/1-6', 'A share 2百分点 2023/1-6']],
  [
    'g24 目标值/完成值 written inline',
    `${REVIEW}主要指标完成情况：地区生产总值目标值6.5%，完成值6.8%；固定资产投资目标值10%，完成值11.2%。`,
    ['T share = 6.5% 2023', 'A share 6.8% 2023', 'T share = 10% 2023', 'A share 11.2% 2023'],
  ],
  ['g25 news: 全年目标8%有望实现', `${NEWS}记者从市统计局获悉，1-9月全市规上工业增加值增长8.1%，全年目标8%有望实现。`, ['T growth = 8% null']],
  ['g26 对照年初目标', `${REVIEW}对照年初目标12亿元，全年完成招商引资15亿元。`, ['T level = 12亿元 2023', 'A level 15亿元 2023']],
  ['g27 按照省定目标', `${REVIEW}按照省定目标1.2万人，全年新增城镇就业1.35万人。`, ['T count = 1.2万人 2023', 'A increment 1.35万人 2023']],
  [
    'g28 产量目标50万吨以上 in work points',
    `${POINTS}全市粮食播种面积稳定在120万亩，产量目标50万吨以上。`,
    ['T level ~ 120万亩 2024', 'T level >= 50万吨 2024'],
  ],
  ['g29 目标增长8%、实际增长7.2% (finding)', `${SUMMARY}上半年，全区GDP目标增长8%、实际增长7.2%。`, ['T growth = 8% 2023', 'A growth 7.2% 2023/1-6']],
  [
    'g30 增长目标8%和实际增长7.9% (finding)',
    `${SUMMARY}上半年，全区农民收入增长目标8%和实际增长7.9%基本持平。`,
    ['T growth = 8% 2023', 'A growth 7.9% 2023/1-6'],
  ],
  ['g31 规划目标任务的资金', `${REVIEW}全县向省里争取“十四五”规划目标任务的资金3亿元。`, ['A level 3亿元 2023']],
  [
    'g32 增速目标为7%，…实际增长4.2%，未完成年度目标',
    `${REVIEW}去年，全县地区生产总值增速目标为7%，受疫情影响实际增长4.2%，未完成年度目标。`,
    ['T growth = 7% 2023', 'A growth 4.2% 2023'],
  ],
  ['g33 增速目标分别为： with regions', `${POINTS}全市各县区增速目标分别为：松岭县7%、河湾区6.5%。`, ['T share = 7% 2024', 'T share = 6.5% 2024']],
  ['g34 完成目标的55%', `${SUMMARY}上半年，全区实际利用外资完成目标的55%，其中新设外资企业3家。`, ['A share 55% 2023/1-6', 'A count 3家 2023/1-6']],
  ['g35 another county’s goal compared', `${NEWS}在邻近的西坪县，今年经济增长目标为8%，比我县高1个百分点。`, ['T growth = 8% null', 'T share = 1百分点 null']],
  [
    'r01 为近年来最多 in a year’s summary',
    '松岭县2023年工作总结\n全年新签约项目38个，为近年来最多，总投资85亿元。',
    ['A count 38个 2023', 'A level 85亿元 2023'],
  ],
  ['r02 创近年来新高 in a summary', '松岭县2023年工作总结\n全县粮食总产量达到52万吨，创近年来新高，增长3.1%。', ['A level 52万吨 2023', 'A growth 3.1% 2023']],
  ['r03 实现近年来首次正增长', `${REVIEW}全县规上工业投资实现近年来首次正增长，增长2.3%。`, ['A growth 2.3% 2023']],
  ['r04 为近年来最低水平', `${REVIEW}城镇登记失业率为近年来最低水平，控制在3.2%。`, ['A share 3.2% 2023']],
  [
    'r05 近年来， then this year’s plan',
    `${POINTS}近年来，全市累计建成高标准农田45万亩。今年新建高标准农田5万亩。`,
    ['A level 45万亩 2024', 'T increment = 5万亩 2024'],
  ],
  ['r06 近年来最多的一年 then 力争', `${POINTS}近年来最多的一年是2021年，引进项目52个；今年力争引进项目60个。`, ['A count 52个 2021', 'T count = 60个 2024']],
  ['r07 news: 增幅创近年来新高 among months', `${NEWS}今年1-10月，全县税收收入增长15%，增幅创近年来新高，其中增值税增长12%。`, []],
  ['r08 今年计划…为近年来最多，总投资', `${POINTS}今年计划新开工项目120个，为近年来最多，总投资380亿元。`, ['T count = 120个 2024', 'T level = 380亿元 2024']],
  ['r09 近年来最大的变化', '青川区发展基础\n近年来最大的变化是产业结构，服务业增加值占比达到52%。', []],
  ['r10 近年来我市 with no comma', `${POINTS}近年来我市坚持项目为王，累计实施项目860个。`, ['A level 860个 2024']],
  ['r11 近年来的 then the year’s figure (finding)', `${POINTS}近年来的发展实践表明，招商引资是关键。全年引进项目80个。`, ['T count = 80个 2024']],
  [
    'r12 创近年来同期新高',
    '松岭县2023年工作总结\n全县旅游接待人次创近年来同期新高，达到320万人次，旅游收入28亿元。',
    ['A level 320万人次 2023', 'A level 28亿元 2023'],
  ],
  ['r13 在近年来最困难的情况下', `${REVIEW}在近年来最困难的情况下，全县地区生产总值增长5.1%。`, ['A growth 5.1% 2023']],
  ['r14 近几年来，', `${REVIEW}近几年来，全县累计减贫3.2万人，贫困发生率降至0.8%。`, ['A level 3.2万人 2023', 'A share 0.8% 2023']],
  ['r15 为近些年来之最', '松岭县2023年工作总结\n全县进出口总额达到12亿美元，为近些年来之最，同比增长18%。', ['A level 12亿美元 2023', 'A growth 18% 2023']],
  ['r16 近年来少有的是', `${POINTS}近年来少有的是，今年的重点项目数量达到130个。`, ['T level >= 130个 2024']],
  [
    'r17 近年来， then 今年',
    '河湾区2024年政府工作报告\n近年来，全区经济总量年均增长7.2%。今年地区生产总值增长6.5%左右。',
    ['A growth 7.2% 2024', 'T growth ~ 6.5% 2024'],
  ],
  ['r18 为近年来最多的一年', '松岭县2023年工作总结\n全年接待游客人数为近年来最多的一年，共计410万人次。', ['A count 410万人次 2023']],
  ['r19 harvest news: 今年…为近年来最高，总产达到 (finding)', `${NEWS}今年我县小麦平均亩产512公斤，为近年来最高，总产达到18万吨。`, ['T level = 512公斤 null']],
  ['r20 近年来新高的 as a noun phrase', `${POINTS}近年来新高的投资增速难以持续，今年固定资产投资增长8%。`, ['T growth = 8% 2024']],
  ['r21 居近年来首位', `${REVIEW}全县新增市场主体6200户，数量居近年来首位，增长14%。`, ['A increment 6200户 2023', 'A growth 14% 2023']],
  [
    'r22 近年来，随着… then 力争',
    `${POINTS}近年来，随着新能源产业发展，全市新能源汽车产量达到12万辆，今年力争达到15万辆。`,
    ['A level 12万辆 2024', 'T level >= 15万辆 2024'],
  ],
  ['r23 news: 近年来首次，', `${NEWS}近年来首次，全县财政收入突破30亿元，达到31.2亿元。`, []],
  [
    'r24 为近年来同期最多 in a half-year summary',
    '河湾区2023年上半年工作总结\n上半年全区新开工项目46个，为近年来同期最多，完成投资32亿元。',
    ['A count 46个 2023/1-6', 'A level 32亿元 2023/1-6'],
  ],
  ['r25 扭转近年来…局面', `${POINTS}全市人口净流入1.2万人，扭转近年来人口外流局面，城镇化率达到62%。`, ['T count = 1.2万人 2024', 'A share 62% 2024']],
];

/**
 * Findings read today as the reader read them before the round-27 rules (both wrong): a result after 完成 or 、实际增长 beside a
 * goal (g05, g29, g30), a gap with words between (离目标还差, g09), a ratio of a goal with its sum (g12), a province's goal a county
 * compares itself with (g15: read as a result, as before — no entry is right), and 全年 in work points after a sentence opening
 * 近年来的 (r11).
 */
const PENDING: Record<string, string[]> = {
  g09: ['A growth 3.6% 2023/1-6', 'T share = 2.4百分点 2023'],
  g12: ['A level 8亿元 2023/1-6', 'T level = 10亿元 2023', 'T share = 80% 2023'],
  g15: ['A growth 6% 2023', 'A growth 6.9% 2023', 'A share 0.9百分点 2023'],
  r11: ['A count 80个 2024'],
};
describeShapeCatalogue('mend m27r', CATALOGUE, PENDING, read);
