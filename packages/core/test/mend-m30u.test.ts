/**
 * Mend m30u (round 30, review30u of r30u): the probes review30u.md ran through r30u's widened cue lists — a count of items by
 * their progress (INDICATOR_PROGRESS: the year's tasks done, 已经, 提前/全面, 事项, and 个 before 指标/事项), 门槛 as a tier word a sum
 * crosses (TIER_WORDS), and 跨过/越过 as verbs crossing a sum. The wider words also state a count a plan sets (确保18个事项全面完成
 * 年度任务), and the role of such a count is not always told (…确定的25项主要指标中，21项已经完成年度目标): a count read only by the
 * wider words, or counted in 个, sorts items by progress only where its role reads as a result (statements.ts TASKS_PROGRESS,
 * countsIndicatorProgress); elsewhere it is read as any count, as before r30u. 跨越 joins the verbs reaching a bare round sum
 * (scan.ts REACHED_BEFORE: 跨越万亿门槛, as 突破万亿门槛). Findings are each marked; the rest are passes kept as must-not-fire
 * cases. Invented passages only (石岭县, 东岗市, 南川省, 柳溪镇, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. Items counted by their progress.
  [
    'a01 review: 33项已完成年度任务 (pass, r30u gain)',
    '石岭县2025年政府工作报告\n一、2024年工作回顾\n全县35项民生实事中，33项已完成年度任务，2项顺延至明年。',
    ['A count 33项 2024', 'A count 2项 2024'],
  ],
  [
    'a02 plan: 力争45项完成年度任务 is a count target (both wrong, pending)',
    '石岭县2025年重点项目建设工作方案\n今年实施重点项目50项，力争45项完成年度任务。',
    ['T count = 50项 2025', 'T count = 45项 2025'],
  ],
  [
    'a03 plan: 确保18个事项全面完成年度任务 is a count target (both wrong, pending)',
    '东岗市2025年优化营商环境工作要点\n今年推出改革事项20个，确保18个事项全面完成年度任务。',
    ['T count = 20个 2025', 'T count = 18个 2025'],
  ],
  [
    'a04 news: 已有6个事项完成全年任务 (pass, r30u gain)',
    '柳溪镇民生实事进展顺利\n2025-07-10 来源：柳溪日报\n截至6月底，全镇10个民生事项中，已有6个事项完成全年任务。',
    ['A count 6个 2025/1-6'],
  ],
  [
    'a05 个 before 乡镇/村, no items named: the rule does not fire (pass, as before)',
    '石岭县2024年工作总结\n2024年，全县12个乡镇全部完成年度任务，8个村提前完成全年目标。',
    ['A count 8个 2024'],
  ],
  [
    'a06 计划执行情况: 15个指标完成年度目标 (finding: r30u dropped it; mended to the reading before, role still wrong, pending)',
    '东岗市2024年国民经济和社会发展计划执行情况\n全年确定的18个主要指标中，15个指标完成年度目标，3个指标未完成。',
    ['A count 15个 2024', 'A count 3个 2024'],
  ],
  [
    'a07 review: 21项已经完成年度目标 after …确定的25项主要指标中 (finding: r30u dropped it, mended)',
    '南川省2024年计划执行情况报告\n截至年底，省政府工作报告确定的25项主要指标中，21项已经完成年度目标。',
    ['A count 21项 2024'],
  ],
  [
    'a08 review: 12项完成任务 (pass, r30u gain)',
    '石岭县2024年重点工程推进情况\n全年确定的15项重点工程，12项完成任务，3项正在推进。',
    ['A count 12项 2024', 'A count 3项 2024'],
  ],
  [
    'a10 half-year summary: 已有12项提前完成全年任务 (pass, r30u gain)',
    '石岭区2025年上半年工作总结和下半年工作安排\n上半年，全区30项重点任务中，已有12项提前完成全年任务。',
    ['A count 12项 2025/1-6'],
  ],
  [
    'a13 plan: 8个事项实现跨省通办 is no progress (pass)',
    '东岗市2025年政务服务工作要点\n全年新增“一件事”集成服务事项15个，新增8个事项实现跨省通办。',
    ['T increment = 15个 2025', 'T increment = 8个 2025'],
  ],
  [
    'a15 department review: 27项全面完成全年任务 (pass, r30u gain)',
    '东岗市生态环境局2024年工作总结\n2024年，市生态环境局承担的28项市级重点任务中，27项全面完成全年任务，完成率96.4%。',
    ['A count 27项 2024', 'A share 96.4% 2024'],
  ],
  [
    'v3 review: 21项已经完成年度目标 with no set clause (pass)',
    '南川省2024年计划执行情况报告\n截至年底，25项主要指标中，21项已经完成年度目标。',
    ['A count 21项 2024'],
  ],
  [
    'v6 review section: 17个指标已完成年度目标 after 市人代会确定的… (both wrong, pending)',
    '东岗市2025年政府工作报告\n一、2024年工作回顾\n市人代会确定的20个主要指标中，17个指标已完成年度目标。',
    ['A count 17个 2024'],
  ],
  // 2. 门槛 as a tier word.
  [
    'b01 plan: 力争迈上千亿门槛 (pass, r30u gain)',
    '东岗市2025年政府工作报告\n今年全市地区生产总值增长6%，力争迈上千亿门槛。',
    ['T growth = 6% 2025', 'T level >= 1000亿元 2025'],
  ],
  [
    'b02 a threshold grading firms, 2000万元门槛以下 (pass, no entry)',
    '东岗市2025年工业经济工作要点\n对年主营业务收入2000万元门槛以下的小微企业给予奖励，全年新增规上工业企业50家。',
    ['T increment = 50家 2025'],
  ],
  [
    'b04 news: 越过百亿元门槛，达到106亿元 (pass)',
    '东岗日报 2025年1月15日\n2024年，东岗经开区规上工业产值越过百亿元门槛，达到106亿元，增长12%。',
    ['A level 100亿元 2024', 'A level 106亿元 2024', 'A growth 12% 2024'],
  ],
  [
    'b05 plan: 3个产业集群跨过百亿门槛, each cluster a tier (pass)',
    '东岗市2025年工业经济工作要点\n力争全市3个产业集群跨过百亿门槛，新增规上企业60家。',
    ['T count = 3个 2025', 'T level > 100亿元 2025', 'T increment = 60家 2025'],
  ],
  [
    'b06 a loan threshold lowered, no sum at it (pass)',
    '石岭县2025年金融工作要点\n将创业担保贷款门槛降低，单笔贷款额度提高到30万元，全年发放创业担保贷款2亿元。',
    ['T level = 30万元 2025', 'T level = 2亿元 2025'],
  ],
  [
    'b07 review: 突破500亿元门槛 (pass)',
    '南川省2024年政府工作报告\n一、2023年工作回顾\n全省数字经济核心产业增加值突破500亿元门槛，增长15%。',
    ['A level 500亿元 2023', 'A growth 15% 2023'],
  ],
  [
    'b09 亿元门槛以上项目 grades projects (pass)',
    '东岗市2025年招商引资工作方案\n全年引进投资额亿元门槛以上项目40个，实际到位资金200亿元。',
    ['T count = 40个 2025', 'T level = 200亿元 2025'],
  ],
  [
    'b10 action plan: 跨越万亿门槛 (finding, both wrong, mended)',
    '南川省先进制造业集群发展行动方案（2025—2027年）\n到2027年，全省先进制造业集群营业收入跨越万亿门槛，培育形成5个千亿级产业集群。',
    ['T level > 1万亿元 2027', 'T count = 5个 2027'],
  ],
  [
    'v7 action plan: 跨越万亿大关 (finding, both wrong, mended)',
    '南川省先进制造业集群发展行动方案（2025—2027年）\n到2027年，全省先进制造业集群营业收入跨越万亿大关。',
    ['T level > 1万亿元 2027'],
  ],
  // 3. 跨过 / 越过.
  ['c02 越过3座山梁: no sum crossed (pass)', '柳溪镇2025年工作计划\n输水管线越过3座山梁，全镇新增供水能力5000吨/日。', ['T increment = 5000吨 2025']],
  [
    'c03 news: 接待游客越过300万人次, no sum (pass, as before)',
    '东岗日报 2025年2月1日\n春节假期，东岗市接待游客越过300万人次，旅游收入达25亿元。',
    ['A count 300万人次 null', 'A level 25亿元 null'],
  ],
  ['c04 跨过2024年: a year, no figure (pass)', '南川省2025年政府工作报告\n跨过2024年的艰难险阻，今年全省地区生产总值增长5.5%左右。', ['T growth ~ 5.5% 2025']],
  [
    'c07 日子越过越红火 (pass)',
    '柳溪镇2024年工作总结\n群众的日子越过越红火，全年农民人均可支配收入达到2.3万元，增长7%。',
    ['A level 2.3万元 2024', 'A growth 7% 2024'],
  ],
  [
    'c08 plan: 跨过10亿元 (pass, r30u gain)',
    '石岭县2025年政府工作报告\n今年力争一般公共预算收入跨过10亿元，增长6%。',
    ['T level > 10亿元 2025', 'T growth = 6% 2025'],
  ],
  ['c09 plan: 越过千亿大关 (pass, r30u gain)', '南川省2025年政府工作报告\n今年全省外贸进出口总额力争越过千亿大关。', ['T level > 1000亿元 2025']],
  ['c10 跨过转型门槛, no number (pass)', '东岗市2025年工作要点\n帮助企业跨过转型门槛，全年实施技改项目100个。', ['T count = 100个 2025']],
  [
    'v11 town: 跨过亿元大关 (pass)',
    '柳溪镇2025年工作计划\n全镇农业总产值跨过亿元大关，新建高标准农田3000亩。',
    ['T level > 1亿元 2025', 'T increment = 3000亩 2025'],
  ],
];

/** Today's readings of the pending cases (each differs from the right one in the catalogue). */
const PENDING: Record<string, string[]> = {
  // The plan's count of tasks to complete is left unread, before r30u and after (not by this rule: the count is no progress count).
  a02: ['T count = 50项 2025'],
  a03: ['T count = 20个 2025'],
  // Read as before r30u; the role (a review's result, corpus Decisions 25) is not told from 计划执行情况 + 全年确定的.
  a06: ['T count = 15个 2024', 'T count = 3个 2024'],
  // 市人代会确定的…中 names the set; its role falls to the target default (progressCountRole), as before r30u.
  v6: ['T count = 17个 2024'],
};

describeShapeCatalogue('m30u: r30u cue lists, bounded', CATALOGUE, PENDING, read);
