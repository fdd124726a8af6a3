/**
 * Mend m29r (round 29, review29r of r29r): the probes review29r.md ran through the round-29 rules — a sentence opening on
 * 目前 as a result of the text's now (nowOpening, grammar/tense.ts) and 加快/推动/努力 closing a clause as a pace or an effort
 * described (willOnlyAims, reader/extract.ts). 目前 states its own sentence only, up to a word of its sentence that plans
 * (计划, 将, 要, 全年, 今年, 到2026年…): the sentences after it keep their passage's tense. Only a pace (步伐加快, 进程明显加快) or an
 * effort made (经过…努力) is described, never with a need or a will in its clause (必须加快, 需进一步加快, 务必加快, 继续努力), nor
 * 推动 (合力推动). Findings are each marked; the rest are passes kept as must-not-fire cases. Invented passages only (松川县,
 * 东湖市, 云岭省, 白沙镇, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  [
    'n01 work plan 目前，全市计划新建 (finding, mended)',
    '东湖市2024年新型基础设施建设工作方案\n目前，全市计划新建5G基站2000个，新增充电桩3000个。',
    ['T increment = 2000个 2024', 'T increment = 3000个 2024'],
  ],
  [
    'n02 plan: 目前正在推进的项目, then 今年计划 (pass)',
    '松川县2024年工作要点\n目前正在推进的重点项目有32个，今年计划完成投资120亿元。',
    ['T count = 32个 2024', 'T level = 120亿元 2024'],
  ],
  [
    'n03 plan: 目前已建成, 2025年底前将新增 (pass)',
    '东湖市充电基础设施建设三年行动方案（2023—2025年）\n目前已建成充电桩1500个，到2025年底前将新增3000个。',
    ['A count 1500个 2023', 'T increment = 3000个 2025'],
  ],
  [
    'n04 目前，我县确定今年…目标为 (pass)',
    '松川县2024年工作要点\n目前，我县确定今年地区生产总值增长目标为7%，一般公共预算收入增长目标为5%。',
    ['T growth = 7% 2024', 'T growth = 5% 2024'],
  ],
  [
    'n05 plan: 目前 stock, next sentence plan (finding, mended)',
    '松川县2024年工作要点\n目前，全县共有规上工业企业180家。全年新增规上工业企业20家，规上工业增加值增长8%。',
    ['A level 180家 2024', 'T increment = 20家 2024', 'T growth = 8% 2024'],
  ],
  [
    'n06 plan: 目前 sentence then undated sentence (finding, mended)',
    '松川县2024年工作要点\n二、重点任务\n目前，全县农村生活污水治理还存在短板。新建污水管网50公里，新增处理能力1万吨/日。',
    ['T increment = 50公里 2024', 'T increment = 1万吨 2024'],
  ],
  [
    'n07 plan: 目前，重点抓好以下工作 then list (pass)',
    '松川县2024年工作要点\n目前，重点抓好以下工作：\n1.新建学校5所，新增学位3000个。\n2.新增养老床位500张。',
    ['T increment = 5所 2024', 'T increment = 3000个 2024', 'T increment = 500张 2024'],
  ],
  [
    'n09 将 then 目前 then undated plan sentence (both wrong, pending)',
    '松川县2024年农业农村工作要点\n全县将加大农田建设力度。目前，各乡镇已上报项目12个。新建高标准农田5万亩，粮食总产稳定在60万吨。',
    ['A count 12个 2024', 'T increment = 5万亩 2024', 'T level ~ 60万吨 2024'],
  ],
  [
    'n10 目前 in target section of a report (finding, mended)',
    '松川县2024年政府工作报告\n二、2024年主要目标\n目前，经济运行面临的困难较多。全县地区生产总值增长6%左右，城镇新增就业5000人。',
    ['T growth ~ 6% 2024', 'T increment = 5000人 2024'],
  ],
  ['n11 目前，我们的目标是：到年底 (pass)', '松川县2024年工作要点\n目前，我们的目标是：到年底，全县城镇化率达到55%。', ['T share >= 55% 2024']],
  [
    'n12 目前，各地正在加紧落实，力争 (pass)',
    '云岭省造林绿化工作推进会召开\n2024-03-20\n目前，各地正在加紧落实，力争全年完成造林10万亩。',
    ['T count = 10万亩 2024'],
  ],
  [
    'n13 目前 stock then 计划明年 (pass)',
    '白沙镇蔬菜产业发展情况\n2024-06-01\n目前全镇蔬菜种植面积8万亩，计划明年扩大到10万亩。',
    ['A level 8万亩 2024', 'T level = 10万亩 2025'],
  ],
  [
    'n14 news 目前已完成投资 占 (pass)',
    '松川县重点项目建设加快推进\n2024-07-05\n县城南环路将于年底通车。目前，该项目已完成投资3.2亿元，占总投资的64%。',
    ['A level 3.2亿元 2024', 'A share 64% 2024'],
  ],
  [
    'n15 下一步工作打算 目前 then 确保 (pass)',
    '松川县2024年前三季度工作总结\n三、下一步工作打算\n目前，距离年底还有不到三个月。全力冲刺，确保全年地区生产总值增长6.5%。',
    ['T growth = 6.5% 2024'],
  ],
  [
    'n16 plan: 目前 then 要 (finding, mended)',
    '松川县2024年工作要点\n目前，要重点做好以下工作：新建污水管网50公里，改造老旧小区20个。',
    ['T increment = 50公里 2024', 'T increment = 20个 2024'],
  ],
  [
    'n17 yearly report: 目前 after 今年 target (finding, mended)',
    '松川县2024年政府工作报告\n二、2024年主要目标\n今年全县地区生产总值增长6%。目前，全县有省级以上开发区2个。新增规上工业企业30家。',
    ['T growth = 6% 2024', 'A count 2个 2024', 'T increment = 30家 2024'],
  ],
  [
    'n18 目前 opening a list item in a plan (finding, mended)',
    '松川县2024年工作要点\n（三）推进城乡融合。\n目前，全县城镇化率为52%。到年底，城镇化率提高到54%。',
    ['A share 52% 2024', 'T share = 54% 2024'],
  ],
  [
    'n19 news 将 then 目前 then 预计 (pass)',
    '松川县交通建设稳步推进\n2024-04-16 来源：松川日报\n县城北环线将于明年建成。目前，工程进度已完成70%，预计全年完成投资5亿元。',
    ['A share 70% 2024', 'A level 5亿元 2024'],
  ],
  [
    'n20 目前 then 年内 (both wrong, pending)',
    '松川县交通建设稳步推进\n2024-04-16 来源：松川日报\n全县将建设一批口袋公园。目前，已开工建设8个，年内新建15个。',
    ['A count 8个 2024', 'T increment = 15个 2024'],
  ],
  [
    'n21 目前 in a 2025 target plan, 全县正在建设 (pass)',
    '松川县“十四五”交通发展规划\n目前，全县正在建设高速公路2条。到2025年，全县高速公路通车里程达到180公里。',
    ['A count 2条 2021', 'T level >= 180公里 2025'],
  ],
  [
    'n22 目前 then sentence with no cue in yearly plan (finding, mended)',
    '松川县2024年教育工作要点\n目前，全县有中小学86所。新建幼儿园6所，新增学位2400个。',
    ['A count 86所 2024', 'T increment = 6所 2024', 'T increment = 2400个 2024'],
  ],
  [
    'w01 下半年…合力推动， then plan sentence (finding, mended)',
    '松川县召开经济运行分析会\n2024-07-12 来源：松川日报\n上半年，全县完成固定资产投资32亿元，同比增长8%。下半年，全县将加大力度、合力推动，新开工项目15个。新增固定资产投资20亿元。',
    ['A level 32亿元 2024/1-6', 'A growth 8% 2024/1-6', 'T count = 15个 2024', 'T increment = 20亿元 2024'],
  ],
  [
    'w02 必须加快， then plan sentence (finding, mended)',
    '松川县召开经济运行分析会\n2024-07-12 来源：松川日报\n上半年，全县规上工业增加值增长7.2%。当前，产业转型步伐必须加快，全县将新增规上工业企业20家。新建标准厂房10万平方米。',
    ['A growth 7.2% 2024/1-6', 'T increment = 20家 2024', 'T increment = 10万平方米 2024'],
  ],
  [
    'w03 需进一步加快 (finding, mended)',
    '松川县召开经济运行分析会\n2024-07-12 来源：松川日报\n上半年，全县规上工业增加值增长7.2%。项目建设需进一步加快，全县将新开工项目12个。完成投资15亿元。',
    ['A growth 7.2% 2024/1-6', 'T count = 12个 2024', 'T level = 15亿元 2024'],
  ],
  [
    'w04 应当加快 (finding, mended)',
    '松川县召开经济运行分析会\n2024-07-12 来源：松川日报\n上半年，全县社会消费品零售总额增长5.1%。消费复苏应当加快，全县将举办促消费活动30场。发放消费券2000万元。',
    ['A growth 5.1% 2024/1-6', 'T count = 30场 2024', 'T level = 2000万元 2024'],
  ],
  [
    'w06 要更加努力 (pass)',
    '松川县召开经济运行分析会\n2024-07-12 来源：松川日报\n上半年，全县一般公共预算收入增长4%。各级各部门要更加努力，全县将新增税源企业50家。全年财政收入增长6%。',
    ['A growth 4% 2024/1-6', 'T increment = 50家 2024', 'T growth = 6% 2024'],
  ],
  [
    'w07 继续努力， (finding, mended)',
    '松川县召开经济运行分析会\n2024-07-12 来源：松川日报\n上半年，全县城镇新增就业2600人。全县上下将继续努力，新增城镇就业2400人。新建保障性住房800套。',
    ['A increment 2600人 2024/1-6', 'T increment = 2400人 2024', 'T increment = 800套 2024'],
  ],
  [
    'w08 共同努力， (pass)',
    '松川县人大常委会听取计划执行情况报告\n2024-08-28\n1-7月，全县地区生产总值增长6%。会议要求，全县将凝心聚力、共同努力，确保全年增长6.5%。新增市场主体3000户。',
    ['A growth 6% 2024/1-7', 'T growth = 6.5% 2024', 'T increment = 3000户 2024'],
  ],
  [
    'w09 务必加快 (finding, mended)',
    '松川县召开经济运行分析会\n2024-07-12 来源：松川日报\n上半年，全县完成投资28亿元。重点项目进度务必加快，全县将新开工项目10个。新增投资18亿元。',
    ['A level 28亿元 2024/1-6', 'T count = 10个 2024', 'T increment = 18亿元 2024'],
  ],
  [
    'w10 还要再加快 (pass)',
    '松川县召开经济运行分析会\n2024-07-12 来源：松川日报\n上半年，全县完成投资28亿元。项目建设还要再加快，全县将新开工项目10个。新增投资18亿元。',
    ['A level 28亿元 2024/1-6', 'T count = 10个 2024', 'T increment = 18亿元 2024'],
  ],
  [
    'w11 步伐加快 review + 将 (pass)',
    '松川县经济社会发展综述\n2025-06-10\n近年来，全县地区生产总值年均增长5.5%。全县工业转型步伐加快，园区将新增企业40家。全县新建学校12所，新增养老床位600张。',
    ['A growth 5.5% null', 'T increment = 40家 null', 'A increment 12所 null', 'A increment 600张 null'],
  ],
  [
    'w13 各项改革稳步推动， (pass)',
    '松川县改革工作综述\n2024-12-20\n今年以来，全县新增市场主体5000户。各项改革稳步推动，国企改革将于年底完成。全县新增民营企业1200家。',
    ['A increment 5000户 2024', 'A increment 1200家 2024'],
  ],
  [
    'w14 yearly report review: 作出更大努力。 (pass)',
    '松川县2024年政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长6.2%。全县各级为稳增长作出了更大努力。园区将建成投产项目10个。新增规上工业企业22家。',
    ['A growth 6.2% 2023', 'A count 10个 2023', 'A increment 22家 2023'],
  ],
  [
    'n23 目前 then 将 same sentence (pass)',
    '松川县2024年文旅工作要点\n目前，全县有A级景区12个，将新创建4A级景区2个。',
    ['A count 12个 2024', 'T count = 2个 2024'],
  ],
  [
    'n24 action plan to 2026, 目前 clause then 到2026年 (pass)',
    '云岭省数字乡村建设行动方案（2024—2026年）\n目前，全省行政村5G通达率为85%。到2026年，全省行政村5G通达率达到98%。',
    ['A share 85% 2024', 'T share >= 98% 2026'],
  ],
  [
    'n25 province report 目前我省 (finding, mended)',
    '云岭省2024年政府工作报告\n二、2024年工作安排\n目前我省正处在转型关键期。全省地区生产总值增长5.5%左右，城镇新增就业60万人。',
    ['T growth ~ 5.5% 2024', 'T increment = 60万人 2024'],
  ],
  [
    'n26 news 目前 + 年底前 (pass)',
    '东湖市老旧小区改造提速\n2024-05-08 来源：东湖日报\n东湖市今年将改造老旧小区120个。目前，已开工86个，年底前全部完工。',
    ['T count = 120个 2024', 'A count 86个 2024'],
  ],
  [
    'n27 目前为止 (pass)',
    '东湖市老旧小区改造提速\n2024-05-08\n东湖市今年将改造老旧小区120个。目前为止，已开工86个。',
    ['T count = 120个 2024', 'A count 86个 2024'],
  ],
  [
    'n28 summary 目前 then 下一步 (pass)',
    '松川县2024年上半年工作总结\n目前，全县已完成固定资产投资26亿元，占年度计划的52%。下一步，将新开工项目10个。',
    ['A level 26亿元 2024', 'A share 52% 2024', 'T count = 10个 2024'],
  ],
  [
    'n30 目前 in indicator line of plan table (pass)',
    '松川县2024年主要预期指标\n地区生产总值：目前增速5.8%，全年目标增长6%。',
    ['A growth 5.8% 2024', 'T growth = 6% 2024'],
  ],
  [
    'n31 目前 opening, 全年 in sentence (finding, mended)',
    '松川县2024年工业工作要点\n目前，全县规上工业企业186家，全年新增20家。',
    ['A count 186家 2024', 'T increment = 20家 2024'],
  ],
];

const PENDING: Record<string, string[]> = {
  n09: ['A count 12个 2024', 'A increment 5万亩 2024', 'A level 60万吨 2024'], // right: the plan sentence after a 目前 sentence of work done (已上报) is the plan's — 已 turns the passage to results (before the change the same)
  n20: ['A count 8个 2024', 'A increment 15个 2024'], // right: 年内新建15个 is the year's aim — the sentence's 已开工 reads the whole sentence as done (before the change the same)
};

describeShapeCatalogue('mend m29r', CATALOGUE, PENDING, read);
