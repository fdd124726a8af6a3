/**
 * Mend m33y (round 33, second read of r33y): probes on the edges of the round-33 plan-year rules — founding years an
 * anniversary counts from beside a year's counts of bodies founded, 至今 after a year beside 截至今天, a heading of work then
 * outcome in a plan, 具体到 a year of results, a year whose 全年 is to start well beside a year reported started well, undated
 * pages and date lines — each with the plan year and the role and year of every entry, in text order. Findings are mended;
 * shapes read wrong (also before the change, or at a cost to the corpus) are pending with today's reading. Invented passages
 * only (青禾县, 青禾市, 青禾新区, own figures).
 */
import { describeShapeCatalogue, planYearAndRoles as read } from './shape-catalogue.ts';

const CATALOGUE: [string, string, string][] = [
  // 1. Founding years an anniversary counts from date nothing; a year's count of bodies founded is its results.
  [
    'f1a finding: 2024年全县新成立合作社36家 beside 新中国成立75周年 — results of 2024',
    '2024年全县新成立农民专业合作社36家，新增家庭农场120家。全县上下以优异成绩庆祝新中国成立75周年。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'f1b near-miss: the same with a comma after the year',
    '2024年，全县新成立农民专业合作社36家，新增家庭农场120家。全县上下以优异成绩庆祝新中国成立75周年。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'f1c guard: a new district founded in 2014, 成立10周年 — undated (Decisions 42)',
    '青禾新区成立10周年座谈会召开。2014年青禾新区正式设立。10年来，新区地区生产总值提高到560亿元。',
    'plan null · ',
  ],
  [
    'f1d guard: 1954年成立…自治县, 成立70周年 — undated',
    '青石自治县成立70周年大会举行。1954年成立青石自治县。70年来，全县地区生产总值提高到98.6亿元。',
    'plan null · ',
  ],
  [
    'f1e pending: a park 挂牌 in 2023 with 当年 results beside another body’s 5周年 — its 当年 figure is a result, read as a target',
    '2023年青禾产业园正式挂牌运营，当年实现产值12亿元。今年恰逢青禾县撤县设区5周年。',
    'plan null · A2023',
  ],
  // 2. 至今 after a year starts a span; 截至今天 counts to this day within the year.
  ['f2a finding: 2025年我市春运截至今天… — the year of the count', '2025年我市春运截至今天共发送旅客320万人次，同比增长6%。', 'plan 2025 · A2025 A2025'],
  ['f2b finding: 2024年全县截至今日已签约…', '2024年全县截至今日已签约招商项目36个，总投资达120亿元。', 'plan 2024 · A2024 A2024'],
  // 3. A heading of work then outcome reviews only outside a plan.
  [
    'f3a finding: 某县2024年工作要点 heads its fields 抓项目、扩投资，发展后劲持续增强 — targets of 2024',
    '青禾县2024年工作要点\n（一）抓项目、扩投资，发展后劲持续增强。全年完成固定资产投资50亿元以上，新开工亿元以上项目30个。\n（二）优环境、强服务，营商环境不断优化。新增市场主体3000户。',
    'plan 2024 · T2024 T2024 T2024',
  ],
  [
    'f3b finding: the same shape under 2025年，全市将重点抓好以下工作：',
    '2025年，全市将重点抓好以下工作：\n一、经济发展\n（一）稳投资、促消费，内需潜力持续释放。\n1.强产业、育动能，产业结构不断优化。全年规模以上工业增加值增长7%，新培育专精特新企业20家。',
    'plan 2025 · T2025 T2025',
  ],
  [
    'f3c guard: a review excerpt so headed, then the plan year — results of the year before',
    '（四）兜底线、解难题，民生福祉持续增进。实施就业优先战略，新增就业2.4万人。\n2024年，全县计划新增就业2.6万人。',
    'plan 2024 · A2023 T2024',
  ],
  // 4. 具体到 a year turns to its targets, not to its results.
  [
    'f4a finding: 过去五年… 具体到2023年 with 同比, then 今年 — a review of 2023 in a 2024 text',
    '过去五年，全市经济实力大幅提升。具体到2023年，全市地区生产总值增长5.8%，同比提高0.6个百分点。今年，全市地区生产总值预期增长6%左右。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  [
    'f4b guard: 具体到2023年 with 预期 — that year’s targets',
    '今后五年，全区经济实力大幅增强。具体到2023年，全区地区生产总值预期增长7%左右，固定资产投资增长10%。',
    'plan 2023 · T2023 T2023',
  ],
  // 5. A year whose 全年 is to start well is under way; one reported started well is closed.
  [
    'f5a finding: 2023年，全县项目建设实现全年开门红，全年完成… then 今年 — a review of 2023',
    '2023年，全县项目建设实现全年开门红，全年完成固定资产投资86亿元，增长9%。今年，全县计划实施亿元以上项目40个。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  // 6. Yearly meetings named by their year, held after it.
  [
    'f6a guard: 2023年度…表彰大会 in February reports 全年',
    '2月6日，青禾县2023年度高质量发展综合考核表彰大会召开。会议通报，全年全县地区生产总值增长6.2%，一般公共预算收入12.3亿元。',
    'plan 2023 · A2023 A2023',
  ],
  [
    'f6b guard: 2023年全市经济运行情况新闻发布会 in January',
    '1月19日，青禾市2023年全市经济运行情况新闻发布会举行。全年全市地区生产总值3560亿元，同比增长5.5%。',
    'plan 2023 · A2023 A2023',
  ],
  // 7. Undated pages (Decisions 21): a date line writes a year, digits read as a count do not.
  [
    'f7a guard: a date line 2024-05-21 keeps the results, undated',
    '发布时间：2024-05-21\n全县新建村级综合服务站12个，新增就业2400人。',
    'plan null · Anull Anull',
  ],
  [
    'f7b pending: a date line 2024.05.21 is a year written too, read as an amount',
    '来源：青禾县政府网  2024.05.21\n全县新建村级综合服务站12个，新增就业2400人。',
    'plan null · Anull Anull',
  ],
  ['f7c guard: no year at all — results left out', '全县新建村级综合服务站12个，新增就业2400人。', 'plan null · '],
  ['f7d guard: 2024个 is a count, no year written', '全县新建村级综合服务站2024个，新增就业2400人。', 'plan null · '],
];

/** Shapes the reader does not read yet, each with the reading it gives today. */
const PENDING: Record<string, string> = {
  // Every founding year goes when any anniversary is counted, though this one counts another body's (撤县设区5周年).
  f1e: 'plan null · T2023',
  // YEAR_DIGITS takes 2024.05 for an amount (as 2015.6万吨): a dotted date line is not yet told from one (before the change too).
  f7b: 'plan null · ',
};

describeShapeCatalogue('mend m33y', CATALOGUE, PENDING, read);
