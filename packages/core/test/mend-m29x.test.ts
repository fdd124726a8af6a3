/**
 * Mend m29x (round 29, review of r29x): the probes review29x.md ran through the round-29 rules — how far a goal moved from an
 * earlier one (`movesEarlierGoal`: 比上年生产目标高…, 较2025年的…目标下调了…, a rate's move opening its clause after a goal) and
 * counts of the document's own parts under 指标目标 / 指标类 / 关键句 (DOCUMENT_PARTS) — each as the reader must read it. The
 * mend bounds `movesEarlierGoal`'s second shape to a growth goal before it (corpus Decisions 26: how far the growth target
 * moved), so a level's goal keeps the growth or rise it implies (预计比上年增长, c022's 比上年提升2个百分点) and a result's share of
 * its goal keeps its gap over last year (Decisions 8); and a gap 高/低 to a year's goal that is not earlier than the text's
 * year is a result's gap to this year's goal (Decisions 14). Findings the mend leaves as the reader read them before are
 * pending with today's reading. Invented passages only (青禾县, 白石市, 白鹭省, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);

const REPORT = '2025年青禾县政府工作报告\n';

const CATALOGUE: [string, string, string[]][] = [
  // Findings (r29x read nothing for the move; mended).
  [
    'a1 a level goal then 较去年提高10%: the growth it implies',
    `${REPORT}今年全县规上企业营业收入目标50亿元，较去年提高10%。`,
    ['T level = 50亿元 2025', 'T growth = 10% 2025'],
  ],
  [
    'a2 a count goal then 比上年增加15%: the growth it implies',
    '2025年白石市旅游工作要点\n全年接待游客目标600万人次，比上年增加15%。',
    ['T count = 600万人次 2025', 'T growth = 15% 2025'],
  ],
  [
    'a13 a programme goal then 较去年增加20%',
    '2025年青禾县重点项目计划\n今年计划新开工项目60个，较去年增加20%。',
    ['T count = 60个 2025', 'T growth = 20% 2025'],
  ],
  [
    'a3 完成年度目标的102% then its gap over last year',
    '2024年青禾县农业农村工作总结\n全年粮食产量完成年度目标的102%，比上年提高2个百分点。',
    ['A share 102% 2024', 'A share 2百分点 2024'],
  ],
  [
    'a4 a half-year share of the goal then 较去年同期提高',
    '2024年上半年青禾县经济运行情况\n上半年，全县固定资产投资完成年度目标的55%，较去年同期提高3个百分点。',
    ['A share 55% 2024/1-6', 'A share 3百分点 2024/1-6'],
  ],
  [
    'a5 a rate level goal then its rise over last year',
    `${REPORT}今年全县森林覆盖率达到45%，比上年提高0.5个百分点。`,
    ['T share >= 45% 2025', 'T share = 0.5百分点 2025'],
  ],
  [
    'a6 a five-year plan level then its rise over the base year',
    '白鹭省国民经济和社会发展第十四个五年规划纲要\n到2025年，常住人口城镇化率达到65%，比2020年提高5个百分点。',
    ['T share >= 65% 2025', 'T share = 5百分点 2025'],
  ],
  [
    'a12 an unemployment ceiling then 较去年降低',
    `${REPORT}今年全县城镇调查失业率控制在5.5%以内，较去年降低0.2个百分点。`,
    ['T share <= 5.5% 2025', 'T share = 0.2百分点 2025'],
  ],
  [
    'a16 a department’s enrolment goal then 较2024年提高',
    '2025年青禾县教育局工作要点\n学前教育毛入园率目标达到92%，较2024年提高2个百分点。',
    ['T share >= 92% 2025', 'T share = 2百分点 2025'],
  ],
  [
    'a20 an R&D intensity goal then 较2024年提升',
    `${REPORT}今年全社会研发投入强度目标达到2.5%，较2024年提升0.3个百分点。`,
    ['T share >= 2.5% 2025', 'T share = 0.3百分点 2025'],
  ],
  [
    'a11 比2024年目标低 in the review of 2024: a result’s gap to this year’s goal (finding; role pending)',
    '2024年青禾县经济运行情况\n全年规上工业增加值增长4.2%，比2024年目标低2.8个百分点。',
    ['A growth 4.2% 2024', 'A share 2.8百分点 2024'],
  ],
  // Passes: a goal's move from an earlier goal reads nothing; results keep their gaps.
  [
    'a7 a result’s rise over the year before',
    `${REPORT}2024年，全县地区生产总值增长5.8%，较上年提高0.6个百分点。`,
    ['A growth 5.8% 2024', 'A share 0.6百分点 2024'],
  ],
  [
    'a9 比上年目标高 in a list of goals',
    `${REPORT}今年主要预期目标：地区生产总值增长6%左右，比上年目标高0.5个百分点；一般公共预算收入增长5%。`,
    ['T growth ~ 6% 2025', 'T growth = 5% 2025'],
  ],
  ['a17 较上年目标提高 after a growth goal', `${REPORT}今年地区生产总值预期增长6%，较上年目标提高0.5个百分点。`, ['T growth = 6% 2025']],
  [
    'a18 a town’s growth goal moved, then an amount’s rise after a level goal',
    '2025年青禾镇工作要点\n全镇农民人均可支配收入目标增长7%，比上年提高1个百分点；村集体经济收入目标达到500万元，比上年增加50万元。',
    ['T growth = 7% 2025', 'T level >= 500万元 2025', 'T increment = 50万元 2025'],
  ],
  [
    'a19 较2024年的预期目标调低了 in a reading of the budget',
    '2025年白鹭省预算报告解读\n今年白鹭省一般公共预算收入预期增长5%，较2024年的预期目标调低了1个百分点。',
    ['T growth = 5% 2025'],
  ],
  // Counts of the document's own parts.
  ['b2 指标目标 counted, then those met', '2024年青禾区计划执行情况\n全年确定的20项指标目标中，18项完成或超额完成。', ['A count 18项 2024']],
  ['b4 a land quota named 指标目标 is a figure, no count', '2025年青禾县自然资源局工作要点\n争取上级下达建设用地指标目标3000亩。', ['T level = 3000亩 2025']],
  ['b5 指标目标 undertaken counted, then those done', '2024年青禾县工作总结\n全年共承担省市下达指标目标28项，已完成26项。', ['A count 26项 2024']],
  ['b6 约束性指标类任务 counted', `${REPORT}全年约束性指标类任务12项全部完成。`, []],
  [
    'b7 surveys whose name holds 指标类',
    '2024年青禾县统计局工作总结\n全年完成经济指标类统计调查12项，发布统计信息30期。',
    ['A count 12项 2024', 'A count 30期 2024'],
  ],
  ['b8 省定指标目标15项, as 省定指标15项', `${REPORT}今年将完成省定指标目标15项。`, []],
  [
    'b9 a headline’s 8个关键句',
    '读懂青禾县政府工作报告的8个关键句\n今年全县地区生产总值增长6%左右，新增城镇就业3000人。',
    ['T growth ~ 6% null', 'T increment = 3000人 null'],
  ],
  ['b10 works whose names hold 关键', `${REPORT}今年实施关键核心技术攻关项目10个，新增关键句式培训20场。`, ['T count = 10个 2025', 'T increment = 20场 2025']],
];

/** Today's readings of findings the mend leaves (the right reading is the case's want). */
const PENDING: Record<string, string[]> = {
  // The passage's results are read as targets (a role of the headline, outside this rule): the gap is kept, as before r29x.
  a11: ['T growth = 4.2% 2024', 'T share = 2.8百分点 2024'],
};
describeShapeCatalogue('mend m29x', CATALOGUE, PENDING, read);
