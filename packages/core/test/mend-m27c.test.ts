/**
 * Mend m27c (RM27c's review of round 27, r27c): invented probes of the r27c rules, the findings mended and the passing
 * probes kept. A comparator closing a list of measures that each name their own noun binds its own item only (corpus
 * Decisions 41.2, round 31, which replaced round 27's reading that it binds every item; r33u), and a longer list whose
 * last two items are tiers of one thing (重大项目/重点项目, 亿元企业/规模企业, 省级/市级: `tierNames`) keeps it for the last; places a
 * 、 list names and counts after 等 (等5个县区, 等8个城市) with 均 or a tier reached give each place the figure, the count no
 * entry of its own. Invented sentences only (青禾县, 东岭/西河/南湾, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { entriesInOrder } from './entries-in-order.ts';
import { extractPlan } from '../src/reader/extract.ts';

/** Every entry as `T metric cmp value unit year` or `A metric value unit year`, in text order. */
const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text),
    (t) => `T ${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`,
    (a) => `A ${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`,
  );

const CATALOGUE: [string, string, string[]][] = [
  [
    'L02 three facilities, 以上 on the last: its own item only (corpus Decisions 41.2, round 31)',
    '2025年青禾县工作要点\n全年新建5G基站300个、充电桩500个、公共停车位800个以上。',
    ['T 5G基站 = 300个 2025', 'T 充电桩 = 500个 2025', 'T 公共停车位 >= 800个 2025'],
  ],
  [
    'L04 four kinds of firm, 左右 on the last: its own item only (Decisions 41.2)',
    '2025年青禾县工作要点\n全年新增高新技术企业20家、科技型中小企业50家、专精特新企业10家、规上企业30家左右。',
    ['T 高新技术企业 = 20家 2025', 'T 科技型中小企业 = 50家 2025', 'T 专精特新企业 = 10家 2025', 'T 规上企业 ~ 30家 2025'],
  ],
  [
    'L09 three kinds of forest work, 以内 on the last: its own item only (Decisions 41.2)',
    '2025年青禾县工作要点\n完成造林2万亩、森林抚育3万亩、退化林修复1万亩以内。',
    ['T 造林 = 2万亩 2025', 'T 森林抚育 = 3万亩 2025', 'T 退化林修复 <= 1万亩 2025'],
  ],
  [
    'L15 three kinds of sanitation work, 以上 on the last: its own item only (Decisions 41.2)',
    '2025年青禾县工作要点\n建成乡镇污水处理厂3座、农村污水处理设施50处、改厕5000户以上。',
    ['T 乡镇污水处理厂 = 3座 2025', 'T 农村污水处理设施 = 50处 2025', 'T 改厕 >= 5000户 2025'],
  ],
  [
    'P04 finding: places counted after 等 beyond those named, a tier reached: each place, no count of 5',
    '青禾县2024年经济运行情况\n\n2024年，东岭、西河、南湾等5个县区GDP突破百亿元大关。',
    ['A 东岭GDP 100亿元 2024', 'A 西河GDP 100亿元 2024', 'A 南湾GDP 100亿元 2024'],
  ],
  [
    'P12 finding: 等8个城市 with 均: each named city, no count of 8',
    '青禾县2024年经济运行情况\n\n2024年，甲市、乙市、丙市等8个城市空气优良天数比例均达到85%以上。',
    ['A 甲市空气优良天数比例 85% 2024', 'A 乙市空气优良天数比例 85% 2024', 'A 丙市空气优良天数比例 85% 2024'],
  ],
  [
    'X07 finding: 等5个县区 with 均: each place',
    '青禾市2024年经济运行情况\n\n2024年，东岭、西河、南湾等5个县区GDP均突破百亿元。',
    ['A 东岭GDP 100亿元 2024', 'A 西河GDP 100亿元 2024', 'A 南湾GDP 100亿元 2024'],
  ],
  [
    'L01 a pair of measures, 以上 on the last: its own item only (Decisions 41.2, c271)',
    '2025年青禾县工作要点\n全年新增城镇就业1.2万人、农村转移劳动力2万人以上。',
    ['T 城镇就业 = 1.2万人 2025', 'T 农村转移劳动力 >= 2万人 2025'],
  ],
  [
    'L03 pass: tiers named by sums keep 以上 for the last',
    '2025年青禾县工作要点\n力争引进亿元项目10个、十亿元项目3个、五十亿元项目1个以上。',
    ['T 亿元项目 = 10个 2025', 'T 十亿元项目 = 3个 2025', 'T 五十亿元项目 >= 1个 2025'],
  ],
  [
    'L06 pass: four bare rates of a 分别 list take the closing 以上',
    '2025年青禾县工作要点\n规上工业增加值、社会消费品零售总额、进出口总额、居民收入分别增长6%、7%、8%、9%以上。',
    ['T 规上工业增加值 >= 6% 2025', 'T 社会消费品零售总额 >= 7% 2025', 'T 进出口总额 >= 8% 2025', 'T 居民收入 >= 9% 2025'],
  ],
  [
    'L07 pass: two ceilings of a 分别 list',
    '2025年青禾县工作要点\n城镇调查失业率、居民消费价格涨幅分别控制在5.5%、3%以内。',
    ['T 城镇调查失业率 <= 5.5% 2025', 'T 居民消费价格涨幅 <= 3% 2025'],
  ],
  [
    'L08 pass: items with their own verbs keep 以上 to the last',
    '2025年青禾县工作要点\n新建农村公路120公里、改造危桥15座、建设通村道路80公里以上。',
    ['T 农村公路 = 120公里 2025', 'T 改造危桥 = 15座 2025', 'T 通村道路 >= 80公里 2025'],
  ],
  [
    'L11 pass: levels 国家级/省级/市级, 以上 for the last tier',
    '2025年青禾县工作要点\n培育国家级专精特新小巨人企业2家、省级专精特新企业15家、市级30家以上。',
    ['T 国家级专精特新小巨人企业 = 2家 2025', 'T 省级专精特新企业 = 15家 2025', 'T 市级 >= 30家 2025'],
  ],
  [
    'L14 pass: money after a count is a statement of its own',
    '2025年青禾县工作要点\n全年实施重点项目120个、完成投资300亿元以上。',
    ['T 重点项目 = 120个 2025', 'T 重点项目投资 >= 300亿元 2025'],
  ],
  [
    'L16 pass: clusters by size tier, 以上 for the last',
    '青禾县“十四五”规划纲要\n到2025年，培育千亿级产业集群1个、五百亿级产业集群2个、百亿级产业集群5个以上。',
    ['T 千亿级产业集群 = 1个 2025', 'T 五百亿级产业集群 = 2个 2025', 'T 百亿级产业集群 >= 5个 2025'],
  ],
  [
    'X04 pass: 省级/市级/县级 tiers, 以上 for the last',
    '2025年青禾县工作要点\n建成省级示范村10个、市级示范村20个、县级示范村30个以上。',
    ['T 省级示范村 = 10个 2025', 'T 市级示范村 = 20个 2025', 'T 县级示范村 >= 30个 2025'],
  ],
  [
    'X05 规上/限上 then a kind with no tier word: 以上 its own item only (Decisions 41.2)',
    '2025年青禾县工作要点\n新增规上工业企业10家、限上商贸企业20家、资质建筑企业5家以上。',
    ['T 规上工业企业 = 10家 2025', 'T 限上商贸企业 = 20家 2025', 'T 资质建筑企业 >= 5家 2025'],
  ],
  [
    'X06 three kinds of talent, 以上 on the last: its own item only (Decisions 41.2)',
    '2025年青禾县工作要点\n引进博士10名、硕士50名、本科生200名以上。',
    ['T 博士 = 10名 2025', 'T 硕士 = 50名 2025', 'T 本科生 >= 200名 2025'],
  ],
  [
    'D01 pass: 降低至 an intensity: a ceiling',
    '2025年青禾县工作要点\n单位地区生产总值能耗降低至0.45吨标准煤/万元。',
    ['T 单位地区生产总值能耗 <= 0.45吨标准煤/万元 2025'],
  ],
  ['D02 pass: 降低 a rate: a decline, =', '2025年青禾县工作要点\n单位地区生产总值能耗降低3.5%。', ['T 单位地区生产总值能耗 = 3.5% 2025']],
  ['D03 pass: 比2020年降低 a rate: =', '2025年青禾县工作要点\n万元GDP用水量比2020年降低16%。', ['T 万元GDP用水量 = 16% 2025']],
  ['D04 pass: 降低到…以下', '2025年青禾县工作要点\n农村贫困发生率降低到1%以下。', ['T 农村贫困发生率 <= 1% 2025']],
  ['D06 pass: 降低至…左右: the word after wins', '2025年青禾县工作要点\n企业综合融资成本降低至4.2%左右。', ['T 企业综合融资成本 ~ 4.2% 2025']],
  ['D07 pass: 降低至…以内', '2025年青禾县工作要点\n安全生产事故死亡人数降低至10人以内。', ['T 安全生产事故死亡人数 <= 10人 2025']],
  [
    'D08 pass: 降低至 a share then 降低 points',
    '2025年青禾县工作要点\n煤炭消费比重降低至55%，降低2个百分点。',
    ['T 煤炭消费比重 <= 55% 2025', 'T 煤炭消费比重 = 2百分点 2025'],
  ],
  [
    'D09 pass: 降低到 two rates',
    '2025年青禾县工作要点\n婴儿死亡率降低到4‰，孕产妇死亡率降低到10/10万。',
    ['T 婴儿死亡率 <= 4‰ 2025', 'T 孕产妇死亡率 <= 10/10万 2025'],
  ],
  ['K01 pass: 20家（含）以上', '2025年青禾县工作要点\n新增规上企业20家（含）以上。', ['T 规上企业 >= 20家 2025']],
  [
    'K02 pass: 3个(含)以上, then 其中 a bare count',
    '2025年青禾县工作要点\n新增省级以上科技创新平台3个(含)以上，其中国家级1个。',
    ['T 省级以上科技创新平台 >= 3个 2025', 'T 国家级 = 1个 2025'],
  ],
  [
    'K05 pass: (含)以下 and （含）以上 in one sentence',
    '2025年青禾县工作要点\n大班额比例降到5%(含)以下，县域义务教育巩固率达到96%（含）以上。',
    ['T 大班额比例 <= 5% 2025', 'T 县域义务教育巩固率 >= 96% 2025'],
  ],
  ['K07 pass: 二级（含）以上医院 a qualifier before the noun', '2025年青禾县工作要点\n二级（含）以上医院达到5家。', ['T 二级（含）以上医院 >= 5家 2025']],
  [
    'S04 pass: a headline of two counts parted by a space',
    '青禾县今年新建学校5所 新增学位3000个\n\n2025-02-11\n\n青禾县教育局发布计划。',
    ['T 学校 = 5所 2025', 'T 学位 = 3000个 2025'],
  ],
  [
    'S07 pass: a spaced-out headline keeps its counts',
    '青禾县 新建 20 所 学校 新增 5000 个 学位\n\n2025-02-11\n\n青禾县发布计划。',
    ['A 学校 20所 null', 'A 学位 5000个 null'],
  ],
  [
    'S12 pass: a count before what it counts, a space after',
    '2025年青禾县工作要点\n\n建设3个 1000万元以上项目，新增规上企业10家 力争规上工业增加值增长8%。',
    ['T 1000万元以上项目 = 3个 2025', 'T 规上企业 = 10家 2025', 'T 规上工业增加值 = 8% 2025'],
  ],
  [
    'Y02 pass: 可比口径增长 after an amount',
    '青禾县2024年经济运行情况\n\n2024年，全县一般公共预算收入18.2亿元可比口径增长6.1%。',
    ['A 一般公共预算收入 18.2亿元 2024', 'A 一般公共预算收入 6.1% 2024'],
  ],
  [
    'Y03 pass: 同比下降 after an amount',
    '青禾县2024年经济运行情况\n\n2024年，全县社会消费品零售总额112亿元同比下降1.2%。',
    ['A 社会消费品零售总额 112亿元 2024', 'A 社会消费品零售总额 1.2% 2024'],
  ],
  [
    'Y04 pass: 同口径增长 after a target amount',
    '2025年青禾县工作要点\n一般公共预算收入达到20亿元同口径增长5%。',
    ['T 一般公共预算收入 >= 20亿元 2025', 'T 一般公共预算收入 = 5% 2025'],
  ],
  [
    'Y05 pass: 同比增长 after amounts in a result',
    '青禾县2024年经济运行情况\n\n2024年，全县完成外贸进出口12亿元同比增长8%，其中出口9亿元同比增长10%。',
    ['A 外贸进出口 12亿元 2024', 'A 外贸进出口 8% 2024', 'A 出口 9亿元 2024', 'A 出口 10% 2024'],
  ],
  [
    'Y06 pass: 同口径增长 after a comma',
    '青禾县2024年经济运行情况\n\n2024年，全县税收收入11亿元，同口径增长3%。',
    ['A 税收收入 11亿元 2024', 'A 税收收入 3% 2024'],
  ],
  [
    'Y07 pass: 比上年增长 after an amount',
    '青禾县2024年经济运行情况\n\n2024年，全县实现农业总产值60亿元比上年增长4%。',
    ['A 农业总产值 60亿元 2024', 'A 农业总产值 4% 2024'],
  ],
  [
    'P02 pass: 三县区 before 合计 a sum: the list',
    '青禾县2024年经济运行情况\n\n2024年，东岭、西河、南湾三县区GDP合计达到300亿元。',
    ['A 东岭、西河、南湾三县区GDP 300亿元 2024'],
  ],
  [
    'P05 pass: 等7个省份 who did what, a later count',
    '2025年青禾县工作要点\n江苏、浙江、山东等7个省份已完成改革试点，累计试点项目120个。',
    ['A 试点项目 120个 2025'],
  ],
  ['P07 pass: 三县区 before a verb of work: one target', '2025年青禾县工作要点\n东岭、西河、南湾三县区新建农村公路200公里。', ['T 农村公路 = 200公里 2025']],
  [
    'P08 pass: 三县区 before 突破 a sum with no 大关: the list',
    '青禾县2024年经济运行情况\n\n2024年，东岭、西河、南湾三县区财政收入突破10亿元。',
    ['A 东岭、西河、南湾三县区财政收入 10亿元 2024'],
  ],
  [
    'P10 pass: 三县区共有: the list',
    '青禾县2024年经济运行情况\n\n2024年，东岭、西河、南湾三县区共有规上企业120家。',
    ['A 东岭、西河、南湾三县区共有规上企业 120家 2024'],
  ],
  [
    'P11 pass: 三区人口超过: the list',
    '青禾县2024年经济运行情况\n\n2024年，东岭区、西河区、南湾区三区人口超过50万人。',
    ['A 东岭区、西河区、南湾区三区人口 50万人 2024'],
  ],
  [
    'X01 pass (as main): 均衡 after counted places is no 均',
    '青禾市2024年经济运行情况\n\n2024年，推动东岭、西河等5个县区均衡发展。',
    ['A 县区均衡发展 5个 2024'],
  ],
  [
    'X02 pass (as main): counted places with no 均 nor tier keep the reading main gives',
    '青禾市2024年经济运行情况\n\n2024年，甲市、乙市、丙市等8个城市空气优良天数比例达到85%以上。',
    ['A 城市空气优良天数比例 8个 2024', 'A 城市空气优良天数比例 85% 2024'],
  ],
  [
    'X08 pass (as main): 合计 before a bound: no place gets it',
    '青禾市2024年经济运行情况\n\n2024年，东岭、西河等5个县区GDP合计突破千亿元。',
    ['A 县区GDP合计 5个 2024', 'A 县区GDP合计 1000亿元 2024'],
  ],
];

describeShapeCatalogue('mend m27c', CATALOGUE, {}, read);
