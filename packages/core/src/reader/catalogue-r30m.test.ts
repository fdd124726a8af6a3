/**
 * Shape catalogue (round 30, r30m): plan periods after 十五五. `pnpm corpus:variants`'s years+5 variant (every year and
 * period of a text moved five years on) lost target and plan years wherever a text named “十六五”: the reader knew the
 * periods up to 十五五 only. The period list now runs to 十六五 (2031—2035), and every pattern over period names takes
 * it (十[一二三四五六]五, 第十六个五年规划). Invented passages only (青禾县, 白杨镇, a province's department, own figures);
 * must-not-fire: a number list or a section numbered 十六 that is no period. Then (r30m b/n3–n4, round 30 M30b) lines a
 * PDF broke at ragged widths, found by corpus:variants pdf-ragged.
 */
import { extractPlan } from '../index.ts';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** The plan year, then every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => [`plan ${extractPlan(text).year ?? 'null'}`, ...readKindsInOrder(text)];

const CATALOGUE: [string, string, string[]][] = [
  [
    'a1 a county’s 十六五 plan, its targets due at the period’s end',
    '青禾县国民经济和社会发展第十六个五年规划纲要\n“十六五”时期主要目标：地区生产总值年均增长6%左右，城镇化率达到68%。',
    ['plan 2031', 'T growth ~ 6% 2035', 'T share >= 68% 2035'],
  ],
  [
    'a2 a town’s report: 十五五 reviewed, 十六五 set',
    '白杨镇2031年政府工作报告\n“十五五”期间，全镇地区生产总值年均增长5.8%。“十六五”期末，力争全镇农村居民人均可支配收入达到4.2万元。',
    ['plan 2031', 'A growth 5.8% 2030', 'T level >= 4.2万元 2035'],
  ],
  [
    'a3 a department’s plan by its period in the headline',
    '某省交通运输厅“十六五”发展规划\n到2035年，全省高速公路通车里程达到9800公里。',
    ['plan 2031', 'T level >= 9800公里 2035'],
  ],
  // Must not fire: 十六 numbering a section or a count, not a period.
  [
    'n1 a section numbered 十六 before a figure',
    '青禾县2024年重点工作\n十六、五项民生工程：力争新建农村公路45公里。',
    ['plan 2024', 'T increment = 45公里 2024'],
  ],
  ['n2 十五五 as before: targets due 2030', '青禾县“十五五”规划纲要\n“十五五”时期主要目标：森林覆盖率达到62%。', ['plan 2026', 'T share >= 62% 2030']],
];

describeShapeCatalogue('catalogue r30m: plan periods after 十五五', CATALOGUE, {}, read);

const RAGGED: [string, string, string[]][] = [
  [
    'b1 a department’s work points a PDF broke at ragged widths: the wrapped lines join, headings stay apart',
    [
      '某省生态环境厅2024年工作要点',
      '一、持续改善环境质量',
      '全省设区市细颗粒物平均浓度控制在30微克/立方米以内，空气',
      '质量优良天数比率达到88%，地表水国考断面水质优良比例保持',
      '在90%以上，受污染耕地安全利用率稳定在93%左右',
      '二、深入推进减污降碳',
      '单位地区生产总值二氧化碳排放下降率完成国家下达目标，新增',
      '新能源汽车充电桩8000个，城市生活垃圾回收利用率达到',
      '40%以上，完成重点行业清洁生产审核企业150家以上。',
    ].join('\n'),
    [
      'plan 2024',
      'T level <= 30微克/立方米 2024',
      'T share >= 88% 2024',
      'T share >= 90% 2024',
      'T share ~ 93% 2024',
      'T increment = 8000个 2024',
      'T share >= 40% 2024',
      'T count >= 150家 2024',
    ],
  ],
  [
    'b2 a county work report broken at ragged widths, a figure and its unit split over two lines',
    [
      '青禾县2024年政府工作报告',
      '2024年全县经济社会发展的主要预期目标是：地区生产总值增长',
      '6.5%左右，一般公共预算收入增长5%，城镇居民人均可支配收入',
      '增长6%，农村居民人均可支配收入增长7.5%，粮食产量稳定在',
      '35万吨以上，单位地区生产总值能耗完成省下达的控制任务。',
      '一、坚持项目为王，全力扩大有效投资',
      '全年计划实施重点项目120个，完成固定资产投资85亿元，其',
      '中工业投资增长15%以上，新开工亿元以上项目30个，力争全县招商',
      '引资到位资金突破100亿元。',
    ].join('\n'),
    [
      'plan 2024',
      'T growth ~ 6.5% 2024',
      'T growth = 5% 2024',
      'T growth = 6% 2024',
      'T growth = 7.5% 2024',
      'T level >= 35万吨 2024',
      'T count = 120个 2024',
      'T level = 85亿元 2024',
      'T growth >= 15% 2024',
      'T count = 30个 2024',
      'T level > 100亿元 2024',
    ],
  ],
  [
    'b3 a town’s short page, four wrapped lines and a signature with its date',
    [
      '白杨镇2023年工作总结和2024年工作打算',
      '过去一年，全镇实现农业总产值4.2亿元，同比增长5.1%，完成',
      '固定资产投资3.6亿元，新增市场主体210户。今年全镇工作的',
      '总体思路是：围绕“农旅融合”主线，力争全年农业总产值达',
      '到4.5亿元，农村居民人均可支配收入增长8%，新改建农村公路',
      '20公里，完成高标准农田建设1.2万亩。',
      '白杨镇人民政府',
      '2024年1月8日',
    ].join('\n'),
    [
      'plan 2024',
      'A level 4.2亿元 2023',
      'A growth 5.1% 2023',
      'A level 3.6亿元 2023',
      'A increment 210户 2023',
      'T level >= 4.5亿元 2024',
      'T growth = 8% 2024',
      'T level = 20公里 2024',
      'T count = 1.2万亩 2024',
    ],
  ],
  [
    'n3 must-not-fire: a list of short items without end punctuation stays one item a line',
    [
      '青禾县今年十件民生实事',
      '新建改建农村公路80公里，',
      '完成老旧小区改造12个。',
      '1.新增城镇就业5000人',
      '2.新建幼儿园3所',
      '3.改造农村危房200户',
      '4.新增养老床位300张',
      '5.建成便民服务中心6个',
      '6.完成植树造林1.5万亩',
    ].join('\n'),
    [
      'plan null',
      'T count = 80公里 null',
      'T count = 12个 null',
      'T increment = 5000人 null',
      'T increment = 3所 null',
      'T count = 200户 null',
      'T increment = 300张 null',
      'T count = 6个 null',
      'T count = 1.5万亩 null',
    ],
  ],
  [
    'n4 must-not-fire: a web page’s paragraphs and its labels without punctuation (科技创新) stay apart',
    [
      '青禾县2024年政府工作报告',
      '今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7.5%，粮食产量稳定在35万吨以上。',
      '重点工作',
      '科技创新',
      '全年新增高新技术企业20家，研发经费投入强度达到2.5%，新建省级以上创新平台5个，技术合同成交额突破10亿元',
      '乡村振兴',
      '新建高标准农田3万亩，培育市级以上农业产业化龙头企业8家，村级集体经济收入全部达到20万元以上',
    ].join('\n'),
    [
      'plan 2024',
      'T growth ~ 6% 2024',
      'T growth = 5% 2024',
      'T growth = 6% 2024',
      'T growth = 7.5% 2024',
      'T level >= 35万吨 2024',
      'T increment = 20家 2024',
      'T share >= 2.5% 2024',
      'T increment = 5个 2024',
      'T level > 10亿元 2024',
      'T increment = 3万亩 2024',
      'T count = 8家 2024',
      'T level >= 20万元 2024',
    ],
  ],
];

/**
 * Lines a PDF broke at a new width each (joinRaggedLines in clean.ts): no common width to find, the lines say where they
 * were wrapped — a line near the page's width that no stop ends runs on into a next line that opens no item, row or
 * date. A page of one item a line (a digest), a web page's paragraphs and labels, short lines stay apart. b3 pending:
 * a page needs five wrapped lines before its lines are read as wrapped (b3 has four).
 */
describeShapeCatalogue(
  'catalogue r30m: lines a PDF broke at ragged widths',
  RAGGED,
  {
    b3: [
      'plan 2024',
      'A level 4.2亿元 2023',
      'A growth 5.1% 2023',
      'A level 3.6亿元 2023',
      'A increment 210户 2023',
      'T growth = 8% 2024',
      'T count = 1.2万亩 2024',
    ],
  },
  read,
);
