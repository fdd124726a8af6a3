/**
 * Shape catalogue (round 29, r29x): figures that are nobody's target or result, read where the corpus gold has no entry
 * (precision; `extras where the gold has none`). Each group is a kind that recurs across texts of different rounds and
 * regions, left by the shared mechanism that already leaves such figures (statements.ts METRICS_OF_NO_FIGURE and the
 * checks beside it in readTerminal), with must-fire passages worded alike that keep their reading:
 *   1. how far a goal moved from an earlier one (比上年生产目标高8亿斤, 较2024年的增长目标下调了0.1个百分点; a growth goal's
 *      clause going on 较去年提高0.5个百分点): a gap between two goals, neither a goal set nor a result (`movesEarlierGoal`)
 *      — a result's move over last year or an earlier period (a gap to a benchmark, corpus Decisions 8), a result's gap to
 *      this year's goal (低于年度目标…), the growth a goal implies (预计比上年增长8%, corpus "What is an entry"), a count's
 *      rise after a goal, and a goal moved to its new value (上调为5.5%左右) stay;
 *   2. counts of the document's own parts under names reports and digests give them (8个关键句, 14项主要指标目标中, 约束性
 *      指标类4项): structure ("What is an entry": counts of a document's own parts) — indicators counted by their
 *      progress (12项指标达到或超过预期, Decisions 25) and works whose names hold 关键 or 指标 stay.
 * Invented sentences only (青禾县, 白鹭省, own figures), in layouts of a province, a news digest, a county, a town, a
 * department and a review, each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A goal's move over an earlier goal or year: no entry.
  [
    "1a no entry: a province's crop goals, each above last year's goal",
    '2025年白鹭省农业工作会议\n今年全省粮食产量目标为600亿斤左右，比上年生产目标高8亿斤；油料播种面积目标为320万亩，比上年目标增加5万亩。',
    ['T level ~ 600亿斤 2025', 'T level = 320万亩 2025'],
  ],
  [
    "1b no entry: a news digest's average goal, below the year before's goal",
    '各地两会数字速览\n2025年，27个省份GDP增长目标平均为5.2%，较2024年的增长目标下调了0.1个百分点。',
    ['T share = 5.2% 2025'],
  ],
  [
    "1c no entry: a county's growth goal, its clause going on to last year's",
    '2025年青禾县政府工作报告\n今年全县地区生产总值预期增长6.5%以上，较去年提高0.5个百分点。',
    ['T growth >= 6.5% 2025'],
  ],
  [
    "1d no entry: a town's revenue goal lowered from the year before's (traditional script)",
    '2025年青禾鎮工作要點\n今年全鎮一般公共預算收入目標增長8%，較2024年下調了1個百分點。',
    ['T growth = 8% 2025'],
  ],
  [
    "1e no entry: a department's area goal over last year's goal",
    '2025年青禾县农业农村局工作要点\n全县蔬菜播种面积目标为30万亩，比上年目标增加2万亩。',
    ['T level = 30万亩 2025'],
  ],
  [
    // m29x: was "no entry"; a rate level's rise over last year is the measure's own change its goal implies (c022's 比上年提升
    // 2个百分点 is a target), not how far a growth target moved (corpus Decisions 26) — read, as before r29x.
    "1f must fire: a rate level goal's rise over last year in 百分点 is the level's own change",
    '2025年青禾县政府工作报告\n今年全县城镇化率目标为58%，比上年提高1个百分点。',
    ['T share = 58% 2025', 'T share = 1百分点 2025'],
  ],
  [
    "1g must fire: a result's rise over last year is a gap to a benchmark",
    '2024年青禾县国民经济和社会发展统计公报\n2024年全县地区生产总值增长6%，比上年提高1个百分点。',
    ['A growth 6% 2024', 'A share 1百分点 2024'],
  ],
  [
    "1h must fire: a result's gap to this year's goal",
    '2024年青禾县经济运行情况\n1-9月，规上工业增加值增长4.2%，低于年度目标2.8个百分点。',
    ['A growth 4.2% 2024/1-9', 'A share 2.8百分点 2024/1-9'],
  ],
  [
    '1i must fire: a result over an earlier period of the same year',
    '2024年青禾县经济运行情况\n前三季度，全县地区生产总值增长5.6%，较上半年提高0.4个百分点。',
    ['A growth 5.6% 2024/1-9', 'A share 0.4百分点 2024/1-9'],
  ],
  [
    '1j must fire: the growth a goal implies over last year',
    '2025年青禾县政府工作报告\n今年财政收入力争达到12亿元，预计比上年增长8%。',
    ['T level >= 12亿元 2025', 'T growth = 8% 2025'],
  ],
  [
    "1k must fire: a count's rise after a goal is the rise that goal implies",
    '2025年青禾县重点项目计划\n今年计划新开工项目60个，较去年增加12个。',
    ['T count = 60个 2025', 'T increment = 12个 2025'],
  ],
  [
    '1l must fire: a goal moved to its new value',
    '2025年白鹭省政府工作报告解读\n白鹭省2024年GDP增速为4.8%，2025年增长目标上调为5.5%左右。',
    ['A growth 4.8% 2024', 'T share ~ 5.5% 2025'],
  ],
  // 2. Counts of the document's own parts: no entry.
  [
    "2a no entry: a digest headline counting a report's key sentences",
    '8个关键句，读懂2025年青禾县政府工作报告\n今年全县地区生产总值增长6%左右。',
    ['T growth ~ 6% 2025'],
  ],
  [
    "2b no entry: a review's goal indicators counted as the group its figures come from",
    '2024年青禾区国民经济和社会发展计划执行情况\n全年15项经济社会发展指标目标中，地区生产总值增长6.2%，规上工业增加值增长8.1%。',
    ['A growth 6.2% 2024', 'A growth 8.1% 2024'],
  ],
  [
    "2c no entry: a notice's class of indicators counted, the noun first",
    '2024年青禾区目标任务未达序时进度通报\n12项未达到序时进度要求的具体目标如下：一、约束性指标类4项（按考核目标统计）1.单位生产总值能耗下降3%。',
    ['T growth = 3% 2024'],
  ],
  [
    '2d must fire: indicators counted by their progress are a result of the review',
    '2024年青禾区国民经济和社会发展计划执行情况\n全年14项主要指标中，12项指标达到或超过预期。',
    ['A count 12项 2024'],
  ],
  [
    '2e must fire: works whose names hold 关键 or 指标 are counted',
    '2025年青禾县政府工作报告\n今年新建5个关键节点工程，新增3个指标监测站。',
    ['T increment = 5个 2025', 'T increment = 3个 2025'],
  ],
];

describeShapeCatalogue('r29x: figures that are nobody’s target or result', CATALOGUE, {}, read);
