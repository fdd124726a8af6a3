/**
 * Shape catalogue (round 31, r31r): results in a paragraph that reports results. In such a paragraph a sentence whose only
 * word of aim is a quota it counts and reports met (`36个计划新开工项目全部开工`) closes on 计划, a cue of planning, and the
 * reader carries that cue to the sentences after it: their uncued figures (`光伏装机容量突破50万千瓦`, `兑现…补贴1.2亿元`,
 * `发放消费券超3亿元`) are read as goals. Inside a review part they are results already (1d). The must-fire passages outside
 * one (1a–1c) are pending: a rule that stops the carry (no word of aim but the counted 计划) was tried in round 31 and fires in
 * 4 corpus texts only (c1274 gains 4 matches, c509 loses one — a programme count, `8个前期项目中`, read as a goal only by that
 * carry), too narrow to keep. Must not fire: a plan part (今年…; 全年完成投资…同比增长8%以上; 力争…突破), work points giving last
 * year's result and then the plan year's aim, tasks listed as not yet met, a report quoted on the goal it set.
 * Invented sentences only (青禾县, 白鹭省, 白鹭镇, own figures): a county, a town, a department, a province's report reposted.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  [
    "1a must fire: a town's year summary, a quota met then investment done (完成投资 after the quota's sentence)",
    '白鹭镇2025年工作总结\n2025年，全镇上下砥砺奋进，各项工作取得了新成效。全镇12个计划实施的民生项目全部完工。新建农村公路28公里，完成投资3200万元。',
    ['A increment 28公里 2025', 'A level 3200万元 2025'],
  ],
  [
    "1b must fire: a department's news of the year so far, vouchers and events after a quota met (超 no goal)",
    '白鹭省商务厅 2025年5月8日\n今年以来，全省商务工作取得了明显成效。全省8个计划招引的外资项目全部落地。发放消费券超3亿元，举办促消费活动1200场次。',
    ['A count 8个 2025', 'A level 3亿元 2025', 'A count 1200场次 2025'],
  ],
  [
    "1c must fire: a province's report reposted, capacity 突破 and a rank after the projects' line",
    '白鹭日报 转载 2026年2月2日\n白鹭省政府工作报告回顾2025年工作。过去一年，全省经济稳中有进。\n全省50个计划新开工重大项目全部开工，省重点项目完成投资2100亿元。风电装机容量突破3000万千瓦、居全国第4位。',
    ['A count 50个 2025', 'A level 2100亿元 2025', 'A level 3000万千瓦 2025', 'A rank 4位 2025'],
  ],
  [
    "1d must fire: a county's review part, as before (a review part reads its goals as results already)",
    '青禾县人民政府工作报告\n2026年1月10日在青禾县第十八届人民代表大会第五次会议上\n一、2025年工作回顾\n过去一年，全县经济运行稳中向好。\n一是项目建设提速。全县36个计划新开工项目全部开工，120个县重点项目完成投资86.5亿元。光伏装机容量突破50万千瓦。兑现以旧换新补贴1.2亿元。',
    ['A count 36个 2025', 'A level 86.5亿元 2025', 'A level 50万千瓦 2025', 'A level 1.2亿元 2025'],
  ],
  [
    '2a must not fire: a plan part after a review, 全年完成投资…同比增长8%以上 and 力争…突破 stay targets',
    '青禾县人民政府工作报告\n一、2025年工作回顾\n过去一年，全县生产总值增长6%。\n二、2026年工作安排\n今年全县生产总值增长6%左右。全年完成投资100亿元，同比增长8%以上。力争园区产值突破500亿元。',
    ['A growth 6% 2025', 'T growth ~ 6% 2026', 'T level = 100亿元 2026', 'T growth >= 8% 2026', 'T level > 500亿元 2026'],
  ],
  [
    "2b must not fire: work points giving last year's result, then the plan year's aim (a year written from the plan's on)",
    '青禾县2026年工作要点\n2025年全县生产总值增长5.8%，23个计划新开工项目全部开工。2026年全县固定资产投资完成120亿元。',
    ['A growth 5.8% 2025', 'A count 23个 2025', 'T level = 120亿元 2026'],
  ],
  [
    '2c must not fire: a progress notice listing the tasks not yet met (序时进度, 任务)',
    '青禾县2025年重点工作督查通报\n截至目前，列入督查的量化指标任务20项中达到序时进度15项。未达到序时进度5项，为完成投资50亿元、新建安置区3个。',
    ['A count 15项 2025', 'A count 5项 2025', 'T level = 50亿元 2025', 'T increment = 3个 2025'],
  ],
  [
    "2d must not fire: a project plan's year programme (今年, 计划, 全年)",
    '青禾县2025年重点项目推进计划\n今年全县安排重点项目60个，计划完成投资80亿元。全年完成投资80亿元，同比增长8%以上。',
    ['T count = 60个 2025', 'T level = 80亿元 2025', 'T level = 80亿元 2025', 'T growth >= 8% 2025'],
  ],
  [
    '2e must not fire: a report quoted on the goal it set, then the outcome (提出…控制在)',
    '白鹭日报 2026年1月5日\n去年，全省生产总值增长5.6%。此外，政府工作报告提出居民消费价格涨幅控制在3%左右，而实际涨幅为1.2%。',
    ['A growth 5.6% 2025', 'T growth ~ 3% 2025', 'A growth 1.2% 2025'],
  ],
];

/** Today's readings of the pending shapes: the goals a counted quota's 计划 carries into the sentences after it. */
const PENDING: Record<string, string[]> = {
  '1a': ['T increment = 28公里 2025', 'T level = 3200万元 2025'],
  '1b': ['A count 8个 2025', 'T level > 3亿元 2025', 'T count = 1200场次 2025'],
  '1c': ['A count 50个 2025', 'T level = 2100亿元 2026', 'A level 3000万千瓦 2026', 'A rank 4位 2026'],
};

describeShapeCatalogue('r31r: results in a paragraph that reports results', CATALOGUE, PENDING, read);
