/**
 * Mend m31r (round 31, review31r of r31rb): the probes review31r.md ran through the round-31 rules on spans reviewed — a
 * decade or the years since a congress opening a paragraph (DECADE_REVIEWED), 这十年/过去十年/近十年来 as result cues
 * (TEN_YEAR_SPAN_WORDS), and a running total with a completion verb as a sentence's own evidence of a result
 * (RUNNING_TOTAL in reportsOwnResult). Mended: a running total is evidence only in a text whose title (or first line, when
 * no title was read) names no plan, report or list of works (行动方案, 要点, 民生实事项目); a decade's words are no result cue
 * as a base (在过去十年的基础上), as the object of an aim (要把过去十年…) or right before an aim (这十年要…). Findings are
 * each marked; the rest are passes kept as must-not-fire cases. Invented passages only (青禾县, 白鹭省, 云溪市, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  [
    'rt04 民生实事 list: 累计改造 is promised work (finding, mended)',
    '白鹭省2024年民生实事项目\n累计改造农村危房1.2万户，新建幼儿园50所。',
    ['T level = 12000户 2024', 'T increment = 50所 2024'],
  ],
  [
    'rt19 为民办实事 numbered items 累计发放/累计培训 (finding, mended)',
    '某市2024年为民办实事项目\n一、累计发放创业担保贷款10亿元。二、累计培训技能人才2万人次。',
    ['T level = 10亿元 2024', 'T level = 2万人次 2024'],
  ],
  [
    'rt08 action plan with no year in its title: 累计培训…帮助 (finding, mended)',
    '某区稳就业行动方案\n通过开展技能培训，累计培训农村劳动力5000人次，帮助2000人实现转移就业。',
    ['T level = 5000人次 null', 'T count = 2000人 null'],
  ],
  [
    'rt16 招商 action plan: 累计签约/落地/完成到位资金 aims, not all lost (finding, mended)',
    '某市招商引资攻坚行动方案\n全年累计签约项目100个，累计落地项目60个，累计完成到位资金300亿元。',
    ['T level = 100个 null', 'T level = 60个 null', 'T level = 300亿元 null'],
  ],
  [
    'ts03 这十年要… after 未来十年: the decade ahead (finding, mended)',
    '某市2030年远景规划\n未来十年，力争全市常住人口达到500万人。这十年要实现人均GDP翻番，达到20万元。',
    ['T level >= 500万人 null', 'T level >= 20万元 null'],
  ],
  [
    'ts05 在过去十年的基础上: a base (finding, mended)',
    '某市人才发展规划（2021—2030年）\n在今后这十年，全市人才总量达到200万人。在过去十年的基础上，人才总量再增加50万人。',
    ['T level >= 200万人 2030', 'T increment = 50万人 2030'],
  ],
  [
    'ts07 要把过去十年积累的经验用好: the object of an aim (finding, mended)',
    '某市2024年工作要点\n要把过去十年积累的经验用好，全年新增城镇就业5万人。',
    ['T increment = 5万人 2024'],
  ],
  [
    'dc02 news of a plan launch: 过去十年 results, 到2026年 aims (improved, pass)',
    '青禾县启动新一轮城市更新行动\n2024-03-01 来源：青禾发布\n过去十年，青禾县完成棚户区改造2万户。根据行动方案，到2026年将再改造老旧小区100个。',
    ['A count 20000户 2024', 'T count = 100个 2026'],
  ],
  [
    'rt01 到2025年累计完成投资 (pass)',
    '某市城市更新三年行动方案（2023—2025年）\n一、主要目标\n到2025年累计完成投资500亿元，改造老旧小区300个。',
    ['T level = 500亿元 2025', 'T count = 300个 2025'],
  ],
  [
    'rt02 三年累计完成投资 (pass)',
    '青禾县推进新型基础设施建设实施方案\n三年累计完成投资120亿元，建成5G基站3000个。',
    ['T level = 120亿元 null', 'T count = 3000个 null'],
  ],
  ['rt03 累计建成 as an aim (pass)', '云溪市交通强市建设行动计划\n累计建成高速公路800公里，农村公路实现村村通。', ['T level = 800公里 null']],
  [
    'rt05 工作要点 全年累计完成 (pass)',
    '某县2024年工作要点\n（一）抓项目建设。全年累计完成固定资产投资150亿元，新开工亿元以上项目30个。',
    ['T level = 150亿元 2024', 'T count = 30个 2024'],
  ],
  [
    'rt06 “十四五”期间累计完成造林 (pass)',
    '云溪市“十四五”规划纲要\n“十四五”期间，累计完成造林面积50万亩，森林覆盖率达到45%。',
    ['T level = 50万亩 2025', 'T share >= 45% 2025'],
  ],
  [
    'rt07 report: review then aims (pass)',
    '青禾县2025年政府工作报告\n2024年，全县累计完成固定资产投资85亿元，增长8%。\n2025年主要预期目标：地区生产总值增长6%左右。',
    ['A level 85亿元 2024', 'A growth 8% 2024', 'T growth ~ 6% 2025'],
  ],
  [
    'rt09 numbered tasks 累计整治/累计创建 (pass)',
    '某县乡村振兴工作实施方案\n主要任务\n1.实施农村人居环境整治，累计整治村庄120个。\n2.累计创建美丽乡村示范村20个。',
    ['T level = 120个 null', 'T level = 20个 null'],
  ],
  [
    'rt10 一季度累计完成 同比 (pass)',
    '某市2024年一季度经济运行情况\n一季度，全市累计完成固定资产投资210亿元，同比增长5.1%。',
    ['A level 210亿元 2024/1-3', 'A growth 5.1% 2024/1-3'],
  ],
  [
    'rt12 2024—2026 plan 三年累计实施 (pass)',
    '白鹭省制造业高质量发展行动计划（2024—2026年）\n发展目标：三年累计实施技术改造项目3000个，累计投入技改资金1500亿元。',
    ['T count = 3000个 2026', 'T level = 1500亿元 2026'],
  ],
  ['rt13 计划累计完成 (pass)', '某镇2024年工作计划\n计划累计完成投资2亿元，新建村级道路15公里。', ['T level = 2亿元 2024', 'T increment = 15公里 2024']],
  [
    'rt14 累计改造小区达到 (pass)',
    '云溪市老旧小区改造工作方案\n2024年计划改造小区60个。累计改造小区达到200个。',
    ['T count = 60个 2024', 'T level >= 200个 2024'],
  ],
  [
    'rt17 到2026年累计接待达到 (pass)',
    '某县文旅融合发展三年行动\n到2026年，累计接待游客达到2000万人次，累计举办节会活动30场。',
    ['T level >= 2000万人次 2026', 'T level = 30场 2026'],
  ],
  [
    'rt18 “十四五”时期累计建设/交付 (pass)',
    '某区“十四五”住房发展规划\n“十四五”时期，全区累计建设保障性租赁住房2万套，累计筹集安置房1.5万套，累计交付安置房1万套。',
    ['T level = 20000套 2025', 'T level = 15000套 2025', 'T level = 10000套 2025'],
  ],
  [
    'rt20 news 累计建成/累计完成投资 (pass)',
    '某县建设成就综述\n2023-11-02 来源：某县融媒\n近年来，全县交通面貌大为改观。累计建成农村公路1500公里，累计完成投资30亿元。',
    ['A level 1500公里 null', 'A level 30亿元 null'],
  ],
  ['rt21 工作总结 (pass)', '某县2023年工作总结\n全年累计完成固定资产投资52亿元，累计引进项目38个。', ['A level 52亿元 2023', 'A level 38个 2023']],
  [
    'rt22 report parts: review A, plan T (pass)',
    '某县2024年政府工作报告\n一、2023年工作回顾\n累计完成投资52亿元。\n二、2024年工作安排\n累计完成投资60亿元，新建学校3所。',
    ['A level 52亿元 2023', 'T level = 60亿元 2024', 'T increment = 3所 2024'],
  ],
  [
    'rt24 截至5月底 (pass)',
    '某县重点项目建设进展\n2024-06-20 来源：某县融媒\n截至5月底，全县重点项目累计完成投资45亿元，占年度计划的52%。',
    ['A level 45亿元 null/1-5', 'A share 52% null/1-5'],
  ],
  [
    "dc01 十年来 in a plan's 发展基础 chapter with figures (pass)",
    '云溪市“十四五”规划纲要\n第一章 发展基础\n十年来，全市地区生产总值从1200亿元增加到3000亿元，年均增长8.5%。\n第二章 发展目标\n到2025年，地区生产总值达到4000亿元。',
    ['A level 1200亿元 2015', 'A level 3000亿元 2020', 'A growth 8.5% 2020', 'T level >= 4000亿元 2025'],
  ],
  [
    'dc04 党的十八大以来 with a figure, then 到2030年 (pass)',
    '白鹭省新能源汽车产业发展规划（2024—2030年）\n党的十八大以来，全省新能源汽车产量年均增长30%。到2030年，新能源汽车产量达到200万辆。',
    ['A growth 30% 2024', 'T level >= 200万辆 2030'],
  ],
  [
    'dc05 党的十八大以来 without figures, then 到2030年 (pass)',
    '白鹭省新能源汽车产业发展规划（2024—2030年）\n党的十八大以来，全省新能源汽车产业快速发展。到2030年，新能源汽车产量达到200万辆，产值突破5000亿元。',
    ['T level >= 200万辆 2030', 'T level > 5000亿元 2030'],
  ],
  [
    'dc06 这十年 background, then 今年 (pass)',
    '某县2023年政府工作报告\n这十年，全县经济总量翻了一番。今年全县地区生产总值增长7%，固定资产投资增长10%。',
    ['T growth = 7% 2023', 'T growth = 10% 2023'],
  ],
  [
    'dc07 这十年 then 今后五年 (pass)',
    '某县2023年政府工作报告\n这十年，我们要倍加珍惜。今后五年，地区生产总值年均增长6.5%，到2027年突破500亿元。',
    ['T growth = 6.5% 2027', 'T level > 500亿元 2027'],
  ],
  [
    'dc08 十年来 with figures, then 2024年主要预期目标 (pass)',
    '某市2024年政府工作报告\n十年来，全市常住人口增加50万人，城镇化率提高12个百分点。\n2024年主要预期目标是：地区生产总值增长6%左右。',
    ['A increment 50万人 2024', 'A share 12百分点 2024', 'T growth ~ 6% 2024'],
  ],
  [
    'dc09 十年来 then 力争到2025年 (pass)',
    '云溪市生态环境保护“十四五”规划\n十年来，我们坚持生态优先，力争到2025年空气质量优良天数比率达到90%，PM2.5浓度下降到30微克/立方米。',
    ['T share >= 90% 2025', 'T level <= 30微克/立方米 2025'],
  ],
  [
    'dc12 过去十年 then 未来五年 (pass)',
    '某市“十五五”规划基本思路\n过去十年，是全市发展极不平凡的十年。未来五年，全市地区生产总值年均增长5.5%左右。',
    ['T growth ~ 5.5% 2030'],
  ],
  [
    'dc13 过去十年的发展经验 then 2025年 (pass)',
    '某县2025年工作计划\n过去十年，我县的发展经验表明，坚持项目为王。2025年，新签约项目50个，完成投资80亿元。',
    ['T count = 50个 2025', 'T level = 80亿元 2025'],
  ],
  [
    'dc14 十年来 then 新的一年 (pass)',
    '某县2024年工作计划\n十年来，全县坚持工业强县。新的一年，全县新增规上工业企业20家，工业增加值增长8%。',
    ['T increment = 20家 2024', 'T growth = 8% 2024'],
  ],
  [
    'dc15 党的十八大以来 then 下一步将 (pass)',
    '某市全面推进乡村振兴\n2023-02-10 来源：某市发布\n党的十八大以来，全市农村面貌发生深刻变化。下一步，全市将新建高标准农田10万亩，农村居民人均可支配收入增长7%。',
    ['T increment = 10万亩 2023', 'T growth = 7% 2023'],
  ],
  [
    'ts01 回顾这十年 then 今年 (pass)',
    '某市2024年政府工作报告\n回顾这十年，全市地区生产总值年均增长7%。今年地区生产总值增长6%左右。',
    ['A growth 7% 2024', 'T growth ~ 6% 2024'],
  ],
  [
    'ts02 比过去十年 (pass)',
    '某市“十四五”规划\n全市经济总量比过去十年增长一倍以上。到2025年，经济总量达到5000亿元。',
    ['T growth >= 1倍 2025', 'T level >= 5000亿元 2025'],
  ],
  [
    'ts04 近十年来 then 今年 (pass)',
    '某县2024年工作报告\n近十年来，全县粮食产量稳定在50万吨以上。今年粮食产量稳定在50万吨以上。',
    ['A level 50万吨 2024', 'T level >= 50万吨 2024'],
  ],
  [
    'ts08 下一个十年/这十年里将 (pass)',
    '某市产业规划（2025—2035年）\n下一个十年，全市力争培育千亿级产业集群5个。这十年里，全市将新增上市企业50家。',
    ['T count = 5个 2035', 'T increment = 50家 2035'],
  ],
  [
    'dc18 这十年 background then 一是… in a 工作安排 (finding, pending)',
    '某镇2024年工作安排\n这十年，全镇变化翻天覆地。一是新建村道20公里；二是改造危房100户。',
    ['T increment = 20公里 2024', 'T increment = 100户 2024'],
  ],
  [
    'dc17 十年来 background then “十四五”期间 aims (both wrong, pending)',
    '某县“十四五”规划\n十年来，全县发展积累了宝贵经验。“十四五”期间，新增城镇就业2万人，建成美丽乡村100个。',
    ['T increment = 2万人 2025', 'T count = 100个 2025'],
  ],
];

const PENDING: Record<string, string[]> = {
  dc18: ['A increment 20公里 2024', 'A increment 100户 2024'], // right: T 2024 both — a figureless 这十年，… background in a 工作安排 opens the paragraph as a review (before the change T; 十年来，/五年来， read the same shape A before it too)
  dc17: ['A increment 2万人 2021', 'A count 100个 2021'], // right: T 2025 both — 十年来 (a cue before this round) reaches past “十四五”期间, no cue (before the change the same)
};

describeShapeCatalogue('mend m31r', CATALOGUE, PENDING, read);
