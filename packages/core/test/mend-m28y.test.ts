/**
 * Mend m28y (round 28, second read of r28y): the probes review28y.md ran through the round-28 plan-year rules — report cards
 * (2024年成绩单, 2024年干得怎么样) as a review's headings, headline years before 累计/取得, 要 and 将于 after a year, 全年预期目标
 * met or aimed at, 今年's goals told by a year, 回顾 a region's year, a results headline over the year's goals, a year before
 * 预计, a span an earlier year set, a late-year page naming the next year — each with the plan year and the role and year of
 * every entry, in order. Findings F1–F7 are mended; shapes the reader read wrong before the change too are pending with
 * today's reading (the right one is the case's). Invented passages only (柏川市, 岚山县, 澄河区, 槐江省, own figures).
 */
import { describeShapeCatalogue, planYearAndRoles as read } from './shape-catalogue.ts';

const CATALOGUE: [string, string, string][] = [
  [
    'r1a pending',
    '柏川市2024年成绩单\n2025-01-20 08:30 来源：柏川发布\n市统计局日前发布数据，2024年全市地区生产总值增长5.6%，完成市政府工作报告确定的预期目标。规模以上工业增加值增长7.1%，社会消费品零售总额增长4.8%。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r1b pending',
    '岚山县2024年干得怎么样\n2025年01月08日 来源：岚山县人民政府网\n对照县政府工作报告确定的目标任务，2024年全县地区生产总值增长6.1%，一般公共预算收入增长5.2%，城镇新增就业4200人。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r1c finding F1',
    '2024年民生答卷\n澄河区人民政府 2025-01-15\n区政府工作报告承诺的十件民生实事全部办结。2024年，全区新建幼儿园3所，新增学位1800个，改造老旧小区42个。',
    'plan 2024 · A2024 A2024 A2024 A2024',
  ],
  [
    'r1d the change’s gain',
    '柏川市政府工作报告解读：2025年这样干\n1月12日，柏川市第十七届人民代表大会第四次会议开幕，市长作政府工作报告。\n2024年成绩单\n2024年，全市地区生产总值增长5.6%，一般公共预算收入增长4.9%。\n2025年这样干\n今年全市地区生产总值力争增长6%左右。',
    'plan 2025 · A2024 A2024 T2025',
  ],
  [
    'r1e the change’s gain',
    '槐江省政府工作报告速览\n1月20日，槐江省十四届人大三次会议开幕，省长作政府工作报告。\n2024年槐江干得如何\n2024年，全省地区生产总值增长5.3%，粮食总产量达到312亿斤。\n2025年目标\n全省地区生产总值增长5.5%左右。',
    'plan 2025 · A2024 A2024 T2025',
  ],
  [
    'r1f must not fire',
    '苇塘镇2023年工作成绩单\n2024-01-05\n2023年，全镇完成固定资产投资8.2亿元，增长12%，实现农村居民人均可支配收入2.3万元，圆满完成镇人大会议确定的各项目标任务。',
    'plan 2023 · A2023 A2023 A2023',
  ],
  [
    'r1g must not fire',
    '岚山县上半年经济成绩单\n2024-07-22\n上半年，全县地区生产总值增长6.3%，规上工业增加值增长8.1%，完成县政府工作报告确定目标的52%。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r1h must not fire',
    '澄河区2023年考核答卷\n2024-02-01 澄河区融媒体中心\n2023年，澄河区在全市高质量发展综合考核中位列第一档。全区地区生产总值增长6.8%，高于全市1.2个百分点，政府工作报告确定的主要指标全部完成。',
    'plan 2023 · A2023 A2023',
  ],
  [
    'r2a finding F2',
    '柏川2024年累计新增城镇就业15万人\n2025-01-10 来源：柏川日报\n记者从市人社局获悉，从2020年到2024年，全市累计新增城镇就业15万人，城镇登记失业率控制在3.5%以内。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r2b finding F2',
    '槐江省2024年生态环境保护取得明显成效\n2025年01月16日 来源：槐江日报\n从2021年到2024年，全省PM2.5平均浓度下降18%。2024年，全省地表水优良水体比例达到92.3%，较上年提高1.5个百分点。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r2c must not fire',
    '岚山县：2026年累计建成5G基站1200个\n2024-11-05 来源：岚山融媒\n近日，岚山县印发《数字岚山建设实施方案》，提出到2026年，全县累计建成5G基站1200个，行政村5G覆盖率达到100%。',
    'plan 2024 · T2026 T2026 T2026',
  ],
  [
    'r2d must not fire',
    '柏川市2024年重点项目累计完成投资312亿元\n2024-12-02\n2024年1月到11月，全市重点项目累计完成投资312亿元，完成年度计划的96%。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r2e must not fire',
    '澄河区2025年招商引资取得新突破\n2025-12-28\n截至2025年11月底，全区新签约项目86个，总投资420亿元，到位资金同比增长15%。',
    'plan 2025 · A2025 A2025 A2025',
  ],
  [
    'r2f pending',
    '2023年全市建成高标准农田累计达85万亩\n2024-02-20 来源：柏川市农业农村局\n到2023年，全市累计建成高标准农田85万亩，占耕地面积的62%。',
    'plan 2023 · A2023 A2023 A2023',
  ],
  [
    'r2g must not fire',
    '槐江省交通强省建设纲要发布 2035年基本建成交通强省\n2024-06-18 来源：槐江发布\n《纲要》提出，到2027年，全省高速公路通车里程达到9000公里；到2035年，基本建成交通强省。',
    'plan 2024 · T2027',
  ],
  [
    'r2h finding F2',
    '柏川市2024年经济运行取得新成绩\n2025-02-05\n2024年，全市地区生产总值增长5.7%。从2021年到2024年，全市经济年均增长6.0%，到2024年，全市常住人口城镇化率达到68.5%。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r3a finding F3',
    '2023年，全市完成固定资产投资520亿元，增长6.2%。2023年开工的青石大桥将于明年6月建成通车。今年，全市力争固定资产投资增长7%。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  [
    'r3b pending',
    '岚山县政府工作报告\n2023年的实践启示我们要坚持稳中求进，2023年全县地区生产总值增长6.5%，一般公共预算收入增长5.1%。\n2024年主要目标是：地区生产总值增长6%左右。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  [
    'r3c must not fire',
    '2023年，全县实现地区生产总值210亿元，增长5.9%；城乡居民人均可支配收入增长6.3%。2023年签约的12个项目将于今年上半年全部开工。',
    'plan 2024 · A2023 A2023 A2023 A2023',
  ],
  ['r3d pending', '2024年，市委经济工作会议要求，2024年全市要坚持稳中求进，地区生产总值增长6%左右，一般公共预算收入增长5%。', 'plan 2024 · T2024 T2024'],
  [
    'r3e must not fire',
    '2023年，全区规上工业总产值突破800亿元，增长9.2%，2023年举办的第三届柏川博览会签约项目46个。第四届博览会将于今年9月举办。',
    'plan 2024 · A2023 A2023 A2023',
  ],
  [
    'r3f must not fire',
    '2023年，全市要素保障有力，新增建设用地1.2万亩，全市地区生产总值增长5.8%。今年全市地区生产总值力争增长6%。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  [
    'r3g must not fire',
    '2022年以来，全县要求各乡镇严格落实耕地保护责任。2023年，全县粮食播种面积稳定在85万亩，粮食总产量达到38万吨。',
    'plan 2023 · A2023 A2023',
  ],
  ['r3h pending', '2024年全国两会将于3月初召开。柏川市2023年地区生产总值增长5.6%，一般公共预算收入增长4.1%。', 'plan 2023 · A2023 A2023'],
  [
    'r3i pending',
    '2024年全省交通运输工作会议召开\n会议指出，2023年，全省完成交通投资820亿元，增长7%。会议要求，2024年，全省交通要围绕加快建设交通强省，完成交通投资850亿元。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  [
    'r4a finding F4',
    '2023年，全县一般公共预算收入增长6.1%，规模以上工业增加值增长8.2%。会议要求，各部门要抓紧谋划，确保完成全年预期目标。',
    'plan 2024 · A2023 A2023',
  ],
  [
    'r4b the change’s gain',
    '2023年，全市地区生产总值增长5.6%，较好地完成了全年预期目标。其中，第一产业增加值增长4.1%，第二产业增加值增长6.3%。',
    'plan 2023 · A2023 A2023 A2023',
  ],
  [
    'r4c must not fire',
    '2023年，全市地区生产总值增长5.6%，城镇新增就业3.1万人。会议强调，要锚定年度预期目标，力争地区生产总值增长6%左右。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  [
    'r4d must not fire',
    '2023年，全区实现地区生产总值430亿元，增长6.2%，高于年初的预期目标。划定今年发展预期目标，地区生产总值增长6.5%。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  [
    'r4e pending',
    '2024年前三季度，全县地区生产总值增长5.8%，规上工业增加值增长7.5%。下一步，全县将奋力冲刺四季度，确保实现全年预期目标。',
    'plan 2024 · A2024 A2024',
  ],
  ['r4f finding F4', '2023年，全市社会消费品零售总额增长7.2%，实现了年初预期目标。全市将以更大力度促消费，确保完成年度预期目标。', 'plan 2024 · A2023'],
  [
    'r5a finding F5',
    '今年是实现“十四五”规划目标任务的关键一年，会议指出，2023年全市经济回升向好，地区生产总值增长5.6%。今年全市地区生产总值力争增长6%左右。',
    'plan 2024 · A2023 T2024',
  ],
  [
    'r5b finding F5',
    '谈到今年的目标任务，市长指出，2023年全市克服多重困难，地区生产总值增长5.6%；今年，全市将力争地区生产总值增长6%，城镇新增就业3万人。',
    'plan 2024 · A2023 T2024 T2024',
  ],
  ['r5c the change’s gain', '对于今年政府工作要求，会议提出，2024年，全县地区生产总值增长6%左右，一般公共预算收入增长5%。', 'plan 2024 · T2024 T2024'],
  ['r5d must not fire', '今年以来，全市各项目标任务扎实推进，会议指出，2024年1—9月，全市地区生产总值增长5.4%。', 'plan 2024 · A2024'],
  ['r5e must not fire', '围绕今年市委确定的目标，会议明确，2024年全市要确保地区生产总值增长6%，新增城镇就业3.2万人。', 'plan 2024 · T2024 T2024'],
  [
    'r5f finding F5',
    '今年政府工作报告确定的目标任务，报告指出，2023年已全面完成，全市地区生产总值增长5.8%。今年全市地区生产总值增长6%左右。',
    'plan 2024 · A2023 T2024',
  ],
  [
    'r5g must not fire',
    '今年一季度全市完成目标任务情况通报\n通报指出，2024年一季度，全市地区生产总值增长5.9%，规上工业增加值增长8.1%。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'r6a pending',
    '柏川市政府召开常务会议\n2024年12月20日，市政府召开常务会议，会议回顾并部署2025年工作，审议《政府工作报告（征求意见稿）》。会议强调，明年全市地区生产总值力争增长6%左右。',
    'plan 2025 · T2025',
  ],
  [
    'r6b the change’s gain',
    '岚山县县长在县十八届人大四次会议上作政府工作报告，回顾岚山县2024年工作时表示，2024年预计全县地区生产总值增长6.2%，一般公共预算收入增长5.5%。',
    'plan 2025 · A2024 A2024',
  ],
  [
    'r6c must not fire',
    '会议回顾总结并安排部署2025年工作。2024年，全区地区生产总值增长6.1%。政府工作报告提出，2025年全区地区生产总值增长6%左右。',
    'plan 2025 · A2024 T2025',
  ],
  ['r6d pending', '澄河区人大常委会听取政府工作报告\n会议回顾去年谋划2025年工作，要求全区2025年一般公共预算收入增长5%。', 'plan 2025 · T2025'],
  [
    'r6e must not fire',
    '柏川市统计局2024年工作总结\n回顾全局2024年工作，全年共完成统计调查项目36项，发布统计信息220条，政府工作报告所需数据全部按时报送。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'r7a must not fire',
    '柏川2024年森林覆盖率达到45.2%\n2025-01-18 来源：柏川林业\n2024年，全市完成造林5.2万亩，森林覆盖率达到45.2%，提前完成“十四五”规划2025年目标。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r7b finding F6',
    '岚山县2024年地区生产总值突破300亿元\n2025-02-10\n2024年，全县地区生产总值突破300亿元，增长6.1%。为实现2025年目标任务打下坚实基础。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r7c the change’s gain',
    '柏川2024年地区生产总值增长5.6%\n2025-01-25\n2024年，全市地区生产总值增长5.6%，一般公共预算收入增长4.9%。2025年全市经济社会发展主要预期目标是：地区生产总值增长6%左右。',
    'plan 2025 · A2024 A2024 A2024 T2025',
  ],
  [
    'r7d the change’s gain',
    '槐江省2024年粮食产量突破320亿斤\n2025-01-05\n2024年，全省粮食总产量达到320.5亿斤，比上年增长2.1%。国家下达2025年粮食生产目标任务为320亿斤。',
    'plan 2025 · A2024 A2024 A2024 T2025',
  ],
  [
    'r7e pending',
    '澄河区2024年完成固定资产投资210亿元\n2025-01-09\n2024年，全区完成固定资产投资210亿元，增长8%。按照到2025年目标任务，全区将再接再厉。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  ['r8a pending', '柏川市2025年政府工作报告\n2024年预计全市地区生产总值增长5.5%。2025年全市地区生产总值增长6%左右。', 'plan 2025 · A2024 T2025'],
  [
    'r8b must not fire',
    '岚山县2024年国民经济和社会发展计划执行情况\n2023年预计全县地区生产总值增长6%，实际增长6.3%。2024年，全县地区生产总值增长6.1%。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  [
    'r8c must not fire',
    '柏川市2025年工作要点\n2024年12月28日\n2025年，全市地区生产总值增长6%左右。与2024年预计数相比，一般公共预算收入增长5%。',
    'plan 2025 · T2025 T2025',
  ],
  [
    'r8d must not fire',
    '槐江省政府工作报告（摘要）\n2024年，预计全省地区生产总值增长5.3%，粮食产量达到320亿斤。2025年主要预期目标：全省地区生产总值增长5.5%左右。',
    'plan 2025 · A2024 A2024 T2025',
  ],
  [
    'r9a must not fire',
    '柏川市推进新型工业化三年行动方案\n为加快推进新型工业化，2024年，市委市政府作出部署，要求2025—2027年全市工业增加值年均增长8%以上。到2027年，全市规上工业总产值突破5000亿元。',
    'plan 2025 · T2027 T2027',
  ],
  [
    'r9b must not fire',
    '柏川发布数字经济行动方案\n2023年，市政府印发《柏川市数字经济三年行动方案（2024—2026年）》，到2026年，数字经济核心产业增加值达到300亿元，占地区生产总值比重达到10%。',
    'plan 2024 · T2026 T2026',
  ],
  [
    'r9c pending',
    '岚山县城乡融合发展情况\n2021年，县委提出，要求从2022—2024年，用三年时间实现城乡供水一体化。目前，全县农村自来水普及率达到98%。今年，全县将新建供水管网120公里。',
    'plan null · Anull Tnull',
  ],
  ['r9d must not fire', '2025—2027年，全市将实施城市更新行动，用三年时间改造老旧小区300个，新建口袋公园80个。', 'plan 2025 · T2027 T2027'],
  ['r9e must not fire', '澄河区老旧小区改造工作方案（2025—2027年）\n2024年，区政府确定了改造计划。用三年时间，完成老旧小区改造120个。', 'plan 2025 · T2027'],
  [
    'r9f finding F7',
    '岚山县乡村振兴示范带建设方案\n2024年，县委提出打造乡村振兴示范带，2025—2027年，全县计划投入资金15亿元，建成示范带3条。',
    'plan 2025 · T2027 T2027',
  ],
  [
    'r10a must not fire',
    '柏川市2024年工作总结\n2024年12月25日\n2024年，全市地区生产总值增长5.6%，新增城镇就业3.2万人。2025年将迎来建市40周年。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'r10b pending',
    '岚山县召开2024年度统计工作会议\n2024-12-18\n会议通报，2024年全县规模以上工业增加值增长7.8%，社会消费品零售总额增长5.1%。2025年，全国第五次经济普查成果将全面发布。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'r10c the change’s gain',
    '槐江州农牧局召开年终总结会\n2024年12月20日\n2024年，全州牛羊存栏达到520万头只，肉类总产量增长4.2%。2025年，全州农牧部门将认真贯彻中央农村工作会议精神，力争肉类总产量增长5%。',
    'plan 2025 · A2024 A2024 T2025',
  ],
  ['r10d must not fire', '柏川市文旅局\n2024-11-28\n今年以来，全市接待游客4200万人次，增长12%。2025年柏川国际马拉松将于4月举行。', 'plan 2024 · A2024 A2024'],
  [
    'r10e pending',
    '澄河区2024年民生实事完成情况\n发布时间：2024-12-30\n2024年，全区新增学位2400个，改造老旧小区38个。2025年1月起将实施新一轮改造。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'r10f pending',
    '柏川日报 2024年11月15日\n今年全市粮食总产量达到95万吨，增长1.8%。2025年，全市将继续稳定粮食播种面积，力争粮食总产量稳定在95万吨以上。',
    'plan 2025 · A2024 A2024 T2025',
  ],
  [
    'r1j finding F1',
    '澄河区统计局发布数据，对照区政府工作报告确定的目标，全区主要经济指标稳中有进，好于预期。\n2024年答卷\n2024年，全区地区生产总值增长6.0%，一般公共预算收入增长5.3%。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'r1k finding F1',
    '2024年成绩单\n2025年01月21日 来源：岚山县政府网\n县政府工作报告确定的12项主要指标全部完成。2024年，全县地区生产总值增长6.3%，新增城镇就业5100人。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'r1l finding F1',
    '2024年干得怎么样\n柏川日报 2025-01-06\n市政府工作报告确定的目标任务圆满完成。2024年，全市地区生产总值增长5.6%，外贸进出口总额增长8.2%。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'r2i pending',
    '2024年全省累计建成5G基站12万个\n2025-01-12 来源：槐江通信管理局\n到2024年，全省累计建成5G基站12万个，每万人拥有5G基站30个。',
    'plan 2024 · A2024 A2024 A2024',
  ],
  [
    'r2j finding F2',
    '柏川市2024年农村改厕取得阶段性成效\n2025-01-03\n从2022年到2024年，全市累计完成农村户厕改造8.6万户，卫生厕所普及率达到92%。',
    'plan 2024 · A2024 A2024',
  ],
  [
    'r3j finding F3',
    '2023年，全市完成固定资产投资520亿元，增长6.2%。2023年开工的青石大桥要加快建设进度，确保明年建成通车。今年，全市力争固定资产投资增长7%。',
    'plan 2024 · A2023 A2023 T2024',
  ],
  ['r3k finding F3', '2023年，全县完成造林2.1万亩。2023年新建的县体育中心将于今年5月投入使用。今年全县计划完成造林2.5万亩。', 'plan 2024 · A2023 T2024'],
  [
    'r3l the change’s gain',
    '2023年，全区地区生产总值增长6.2%。2024年区运会将于9月在新区体育中心举办。今年全区地区生产总值力争增长6.5%。',
    'plan 2024 · A2023 T2024',
  ],
  [
    'r9g must not fire',
    '柏川市城市更新实施方案\n2024年，市政府出台城市更新指导意见。2025—2027年，全市计划实施城市更新项目150个，完成投资600亿元。',
    'plan 2025 · T2027 T2027',
  ],
  [
    'r9h pending',
    '2022年，省政府提出，2023—2025年全省每年新增高标准农田100万亩。2024年，全省新建高标准农田105万亩，超额完成年度任务。',
    'plan 2024 · T2025 A2024',
  ],
  ['r10g pending', '2024年12月26日\n2024年，全市完成植树造林3.2万亩，森林覆盖率达到43%。2025年，全市将继续推进国土绿化行动。', 'plan 2024 · A2024 A2024'],
  ['r10h pending', '发布时间：2024-11-20\n2024年，全县累计新增市场主体4200户，增长9%。2025年全县将迎来撤县设市十周年。', 'plan 2024 · A2024 A2024'],
  [
    'r10i the change’s gain',
    '2024-12-16 来源：柏川发布\n会议通报了2024年全市安全生产工作，全年事故起数下降12%，死亡人数下降9%。2025年，全市将持续深化安全生产治本攻坚三年行动，力争事故起数再下降5%。',
    'plan 2025 · A2024 A2024 T2025',
  ],
];

/** Shapes read wrong before the change too (or, for r4e, read right by the change only through F4): today's reading. */
const PENDING: Record<string, string> = {
  r1a: 'plan 2024 · T2024 T2024 T2024', // right: plan 2024 · A2024 A2024 A2024 — a results page headed 柏川市2024年成绩单: its figures are results (before the change too they read as targets)
  r1b: 'plan 2024 · T2024 T2024 T2024', // right: plan 2024 · A2024 A2024 A2024 — a page asking how 2024 went, dated 2025: results (read as targets before the change too)
  r2a: 'plan 2024 · T2024 T2024 T2024', // right: plan 2024 · A2024 A2024 A2024 — a headline of results counted over 从2020年到2024年 on a page dated 2025: results (the change read results but plan 2025; mended to plan 2024, the roles stay as before)
  r2b: 'plan 2024 · T2024 T2024 T2024', // right: plan 2024 · A2024 A2024 A2024 — as r2a
  r2f: 'plan 2024 · A2023 A2023 A2023', // right: plan 2023 · A2023 A2023 A2023 — results of 2023 dated 2024-02: the year reported (before the change the same)
  r2h: 'plan 2024 · T2024 T2024 T2024', // right: plan 2024 · A2024 A2024 A2024 — as r2a
  r3b: 'plan 2023 · T2023 T2023 T2024', // right: plan 2024 · A2023 A2023 T2024 — a 2024 work report reviewing 2023 (its 2023年的实践启示我们要坚持 is no plan of 2023; before the change the same)
  r3d: 'plan 2024 · A2024 A2024', // right: plan 2024 · T2024 T2024 — 2024年全市要坚持…增长6%左右: a meeting’s demands, targets (before the change the same)
  r3h: 'plan 2024 · A2023 A2023', // right: plan 2023 · A2023 A2023 — news of 2023 results only; 两会将于 names an event, no plan (Decisions 2: the last year reported; before the change the same)
  r3i: 'plan 2024 · A2023 A2023 A2024', // right: plan 2024 · A2023 A2023 T2024 — 会议要求，2024年…完成交通投资850亿元: a target (before the change the same)
  r4e: 'plan 2025 · A2024 A2024', // right: plan 2024 · A2024 A2024 — 前三季度 results, 确保实现全年预期目标 aims at the year under way; the change read 2024 by dropping all 全年预期目标 (which cost r4a, r4f); the mend restores the reading before
  r6a: 'plan 2025 · T2026', // right: plan 2025 · T2025 — a December 2024 meeting’s 明年 is 2025 (before the change the same)
  r6d: 'plan 2025 · A2025', // right: plan 2025 · T2025 — 要求全区2025年…增长5%: a target (before the change the same)
  r7e: 'plan 2024 · T2024 T2024 T2024', // right: plan 2024 · A2024 A2024 A2024 — results of 2024 dated 2025 (before the change the same)
  r8a: 'plan 2025 · A2024 A2025', // right: plan 2025 · A2024 T2025 — the report’s 2025年…增长6%左右 is a target (the change mended the estimate’s year; the second is as before)
  r9c: 'plan 2025 · A2025 T2025', // right: plan null · Anull Tnull — the page never dates its present: 2021年 and the span it set are history (before the change plan 2022, the span’s first; since r29r its 目前 sentence is a result, as it should be, of the year the reader takes for its present)
  r10b: 'plan 2024 · T2024 T2024', // right: plan 2024 · A2024 A2024 — a December meeting’s 2024 results (before the change the same)
  r10e: 'plan 2024 · T2024 T2024', // right: plan 2024 · A2024 A2024 — a December page of 2024 results (before the change the same)
  r10f: 'plan 2025 · T2025 T2025 T2025', // right: plan 2025 · A2024 A2024 T2025 — a November page: 今年 is 2024 (results), 2025年…力争 the target (before the change the same)
  r1j: 'plan 2024 · T2024 T2024', // right: plan 2024 · A2024 A2024 — a statistics release citing the report as yardstick: results of 2024 (read as targets before the change; the change read them as results of a 2025 plan)
  r2i: 'plan 2025 · A2024 A2024 A2024', // right: plan 2024 · A2024 A2024 A2024 — results of 2024 told as 到2024年 on a page dated 2025 (before the change the same)
  r2j: 'plan 2024 · T2024 T2024', // right: plan 2024 · A2024 A2024 — as r2a
  r9h: 'plan 2023 · T2025 T2024', // right: plan 2024 · T2025 A2024 — 2023—2025年每年新增100万亩 set in 2022 is a target; 2024年…新建105万亩 a result of the year reported (before the change the same)
  r10g: 'plan 2025 · A2024 A2024', // right: plan 2024 · A2024 A2024 — a December page of results whose next year’s clause sets no figure plans nothing (Decisions 2; before the change the same)
  r10h: 'plan 2025 · A2024 A2024', // right: plan 2024 · A2024 A2024 — a November page of results; 2025年将迎来…十周年 sets nothing (before the change the same)
};

describeShapeCatalogue('mend m28y: plan years', CATALOGUE, PENDING, read);
