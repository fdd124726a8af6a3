/**
 * Shape catalogue (round 27, r27c): figures the reader finds but bounds wrongly. A comparator written after the last of a
 * list of one measure's tiers binds a pair (国家级…2家、省级6家以上); since corpus Decisions 41.2 (round 31; r33u) measures that
 * each name their own noun (A 2万人、B 3万人以上) keep it the last item's own, as it stays the last item's own in
 * a longer list of tiers of one thing (tiers counted one by one: 重特大项目3个、重大项目8个、重点项目5个以上), while a list of bare figures of one measure takes it
 * whatever its length (the corpus README's Comparators); 降低至/降低到 before a figure set a ceiling, as 降至; a bound said
 * inclusive in brackets after the figure, 2家(含)以上, is 以上. Figures swallowed by the next statement's words: an amount run on into its change on a comparable basis
 * (16.6亿元同口径增长4.1%), and a headline that parts its statements with a space (达到81.5岁 每千人口床位数达到6.2张).
 * Places listed and counted before a measure (甲省、乙省等3个省份人工造林均超过80万亩, 东岭、西河、南湾三县区GDP突破百亿元大关):
 * each place's own figure, as 等地 with 均 or a tier reached gives it (corpus Decisions, c126, c1011). Invented sentences only (青禾县, own figures), each with the reading the corpus README gives it.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { entriesInOrder, readKindsInOrder } from './entries-in-order.ts';
import { extractPlan } from '../src/reader/extract.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A comparator closing a list of measures.
  [
    '1a three tiers of projects, 以上 on the last: the last tier alone',
    '2025年青禾县招商工作要点\n今年力争新签约重特大项目3个、重大项目8个、重点项目5个以上。',
    ['T count = 3个 2025', 'T count = 8个 2025', 'T count >= 5个 2025'],
  ],
  [
    '1b four tiers of firms, names holding sums of their own',
    '2025年青禾县工业工作要点\n全年新增亿元企业2家、五千万元企业4家、千万元企业6家、规上企业10家以上。',
    ['T increment = 2家 2025', 'T increment = 4家 2025', 'T increment = 6家 2025', 'T increment >= 10家 2025'],
  ],
  [
    '1c a figure inside an item name (百亿元乡镇) does not hide the item before',
    '2025年青禾县旅游工作要点\n培育旅游收入百亿元乡镇2个、十亿元村庄12个、亿元景区20个以上。',
    ['T count = 2个 2025', 'T count = 12个 2025', 'T count >= 20个 2025'],
  ],
  [
    '1d three levels of one thing (省级/市级/县级), 以上 on the last: the last tier alone',
    '2025年青禾县工作要点\n建成省级示范村10个、市级示范村20个、县级示范村30个以上。',
    ['T count = 10个 2025', 'T count = 20个 2025', 'T count >= 30个 2025'],
  ],
  // 2. A bound said inclusive in brackets.
  [
    '2a 2家(含)以上 and 3家（含）以上',
    '2025年青禾县文旅工作要点\n力争新增国家4A级景区2家(含)以上，新增省级旅游休闲街区3家（含）以上。',
    ['T increment >= 2家 2025', 'T increment >= 3家 2025'],
  ],
  ['2b 5%（含）以下', '2025年青禾县教育工作要点\n全县大班额比例控制在5%（含）以下。', ['T share <= 5% 2025']],
  // 3. 降低至 / 降低到: a ceiling.
  [
    '3a 降低至 before a share, 提高到 after it stays =',
    '2025年青禾县能源工作要点\n煤炭消费比重降低至45%，非化石能源消费比重提高到20%。',
    ['T share <= 45% 2025', 'T share = 20% 2025'],
  ],
  ['3b 降低到 before a share', '2025年青禾县卫生工作要点\n个人卫生支出占卫生总费用的比重降低到25%。', ['T share <= 25% 2025']],
  // 5. An amount run on into its change on a comparable basis (no comma): two statements.
  [
    '5a 同口径增长 right after an amount',
    '青禾县2024年经济运行情况\n\n2024年，全县一般公共预算收入16.6亿元同口径增长4.1%，税收收入9.5亿元增长3.2%。',
    ['A level 16.6亿元 2024', 'A growth 4.1% 2024', 'A level 9.5亿元 2024', 'A growth 3.2% 2024'],
  ],
  [
    '5b 同比下降 right after an amount',
    '青禾县2024年经济运行情况\n\n2024年，全县工业用电量8.2亿千瓦时同比下降2.1%，居民用电量3.5亿千瓦时增长6%。',
    ['A level 8.2亿千瓦时 2024', 'A growth 2.1% 2024', 'A level 3.5亿千瓦时 2024', 'A growth 6% 2024'],
  ],
  // 6. A headline parting its statements with a space.
  [
    '6a two bounds, a space between',
    '青禾县到2025年人均预期寿命达到81.5岁 每千人口床位数达到6.2张\n\n2022-05-11\n\n青禾县近日印发卫生健康事业发展规划。',
    ['T level >= 81.5岁 2025', 'T level >= 6.2张 2025'],
  ],
  [
    '6b two counts, a space between',
    '2025年青禾县工作要点\n\n新增市场主体5000户 新增规上企业30家\n\n今年青禾县锚定目标。',
    ['T increment = 5000户 2025', 'T increment = 30家 2025'],
  ],

  // Must not fire: the same cue words in ordinary sentences keep their reading.
  [
    '8a a pair of measures: the closing 以上 binds its own item only (corpus Decisions 41.2, round 31; r33u)',
    '2025年青禾县工作要点\n全年新增城镇就业1.2万人、农村转移劳动力2万人以上。',
    ['T increment = 1.2万人 2025', 'T increment >= 2万人 2025'],
  ],
  [
    '8b a pair in two counting units: its own item only (Decisions 41.2)',
    '2025年青禾县工作要点\n新建充电站120座、充电桩3000个以上。',
    ['T increment = 120座 2025', 'T increment >= 3000个 2025'],
  ],
  [
    '8c must not fire: a pair with a short second name shares it',
    '2025年青禾县工作要点\n培育国家级专精特新企业2家、省级6家以上。',
    ['T count >= 2家 2025', 'T count >= 6家 2025'],
  ],
  [
    '8d must not fire: three bare figures of one measure each take the closing 左右',
    '2025年青禾县工作要点\n全县工业增加值、固定资产投资、社会消费品零售总额分别增长7%、8%、9%左右。',
    ['T growth ~ 7% 2025', 'T growth ~ 8% 2025', 'T growth ~ 9% 2025'],
  ],
  [
    '8e must not fire: a list with no closing word stays bare',
    '2025年青禾县工作要点\n新建学校3所、幼儿园5所、托育机构8个。',
    ['T increment = 3所 2025', 'T increment = 5所 2025', 'T increment = 8个 2025'],
  ],
  [
    '8f must not fire: 左右 inside a list binds its own item only',
    '2025年青禾县工作要点\n新签约项目20个、开工项目15个左右、竣工项目10个。',
    ['T count = 20个 2025', 'T count ~ 15个 2025', 'T count = 10个 2025'],
  ],
  [
    '8g must not fire: an item with its own verb keeps the 以上 to itself',
    '2025年青禾县工作要点\n新增规上企业15家、新认定高新技术企业30家以上。',
    ['T increment = 15家 2025', 'T count >= 30家 2025'],
  ],
  [
    '8h must not fire: money after a count is a statement of its own',
    '2025年青禾县工作要点\n实施重点项目120个、完成投资300亿元以上。',
    ['T count = 120个 2025', 'T level >= 300亿元 2025'],
  ],
  [
    '8i must not fire: 降低 before a rate is a decline, no ceiling',
    '2025年青禾县工作要点\n单位地区生产总值能耗降低3%，二氧化碳排放降低4%。',
    ['T growth = 3% 2025', 'T growth = 4% 2025'],
  ],
  ['8j must not fire: 降低 before 百分点', '2025年青禾县工作要点\n城镇调查失业率降低0.5个百分点。', ['T share = 0.5百分点 2025']],
  ['8k must not fire: 保持 with no figure after it', '2025年青禾县工作要点\n全县经济保持平稳增长，地区生产总值增长7%。', ['T growth = 7% 2025']],
  [
    '8l must not fire: 保持在 and a word after the figure keep theirs',
    '2025年青禾县工作要点\n粮食产量保持在30万吨以上，地区生产总值增长6%左右。',
    ['T level >= 30万吨 2025', 'T growth ~ 6% 2025'],
  ],
  [
    '8m must not fire: 保持 in a review reports a result, no bound',
    '2024年青禾县工作总结\n今年以来，全县固定资产投资保持12%的增长，总量保持全市第一。',
    ['A growth 12% 2024', 'A rank 1位 2024'],
  ],
  [
    '8n must not fire: (含) without a bound after it',
    '2025年青禾县工作要点\n改造老旧小区30个(含)，惠及居民5000户。',
    ['T count = 30个 2025', 'T count = 5000户 2025'],
  ],
  [
    '8o must not fire: （含…） naming what is counted in',
    '2025年青禾县工作要点\n新建口袋公园10个（含提升改造），新增绿道20公里。',
    ['T increment = 10个 2025', 'T increment = 20公里 2025'],
  ],
  [
    '8p must not fire: 以下 and 达到 in one sentence',
    '2025年青禾县工作要点\n全县大班额比例控制在5%以下，义务教育巩固率达到97%。',
    ['T share <= 5% 2025', 'T share >= 97% 2025'],
  ],
  [
    '7a must not fire: a spaced-out text keeps its counts before their nouns',
    '2025年青禾县工作要点\n\n新建 20 所 学校 ，改造 10 所 幼儿园 。',
    ['T increment = 20所 2025', 'T count = 10所 2025'],
  ],
  ['7b must not fire: a count before a sum that sizes what it counts', '2025年青禾县工作要点\n\n建设3个 1000万元以上项目。', ['T count = 3个 2025']],
  ['7c must not fire: a year and a space before the sentence', '2024年青禾县工作要点\n\n2024年 全县地区生产总值增长6%。', ['T growth = 6% 2024']],
  [
    '7d must not fire: a space after a percentage (its own rule)',
    '2025年青禾县工作要点\n\n全县地区生产总值增长6% 一般公共预算收入增长5%。',
    ['T growth = 6% 2025', 'T growth = 5% 2025'],
  ],
  ['7e must not fire: a caption number and a space', '2025年青禾县工作要点\n\n附件1 重点项目清单（共50个）', ['T count = 50个 2025']],
  ['7f must not fire: 以上 after a space', '2025年青禾县工作要点\n\n粮食产量达到30万吨 以上。', ['T level >= 30万吨 2025']],
  [
    '7g must not fire: 左右 after a space',
    '2025年青禾县工作要点\n\n新增市场主体5000户 左右，新增规上企业30家。',
    ['T increment ~ 5000户 2025', 'T increment = 30家 2025'],
  ],
  [
    '7h must not fire: the people a count of homes serves, after a space',
    '2025年青禾县工作要点\n\n新建保障性住房2000套 惠及群众6000人。',
    ['T increment = 2000套 2025', 'T increment = 6000人 2025'],
  ],
  [
    '7i must not fire: months and a space before their figure',
    '2024年青禾县工作总结\n\n2024年，全县地区生产总值增长6.5%，一般公共预算收入增长5%，1-11月 规上工业增加值增长8%。',
    ['A growth 6.5% 2024', 'A growth 5% 2024', 'A growth 8% 2024/1-11'],
  ],
  ['7j must not fire: an article number and a space', '2025年青禾县工作要点\n\n第3条 新建项目20个。', ['T increment = 20个 2025']],
  [
    '7k must not fire: a sum and its change parted by a space',
    '2025年青禾县工作要点\n\n全县地区生产总值达到300亿元 同比增长6%。',
    ['T level >= 300亿元 2025', 'T growth = 6% 2025'],
  ],
];

/** Shapes the reader does not read yet, each with the reading it gives today (none). */
const PENDING: Record<string, string[]> = {};
describeShapeCatalogue('catalogue r27c', CATALOGUE, PENDING, read);

/** Every entry with its metric, `T metric cmp value unit` or `A metric value unit`, in text order. */
const readMetrics = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text),
    (t) => `T ${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''}`,
    (a) => `A ${a.metric} ${a.value}${a.unit ?? ''}`,
  );

const PLACES: [string, string, string[]][] = [
  [
    '9a places closed by 等 and their count, 均 and a bound: each place',
    '2023年全国造林绿化进展\n\n据介绍，2023年，甲省、乙省、丙省等3个省份人工造林均超过80万亩。',
    ['A 甲省人工造林 80万亩', 'A 乙省人工造林 80万亩', 'A 丙省人工造林 80万亩'],
  ],
  [
    '9b places closed by their count alone, a tier crossed: each place',
    '青禾市2024年经济运行情况\n\n2024年，东岭、西河、南湾三县区GDP突破百亿元大关。',
    ['A 东岭GDP 100亿元', 'A 西河GDP 100亿元', 'A 南湾GDP 100亿元'],
  ],
  [
    '9c places counted, 均 before a tier: each place',
    '青禾市2024年经济运行情况\n\n2024年，东岭、西河、南湾三县区GDP均突破百亿元大关。',
    ['A 东岭GDP 100亿元', 'A 西河GDP 100亿元', 'A 南湾GDP 100亿元'],
  ],
  [
    '10a must not fire: places counted before a plain sum, no tier nor 均: their sum',
    '青禾市2024年经济运行情况\n\n2024年，东岭、西河、南湾三县区GDP达到300亿元。',
    ['A 东岭、西河、南湾三县区GDP 300亿元'],
  ],
  [
    '10b must not fire: 合计 before a tier: the sum',
    '青禾市2024年经济运行情况\n\n2024年，东岭、西河、南湾三县区GDP合计突破百亿元大关。',
    ['A 东岭、西河、南湾三县区GDP 100亿元'],
  ],
  ['10c must not fire: 等地 before a plain sum', '青禾市2024年经济运行情况\n\n2024年，东岭、西河等地投资达到100亿元。', ['A 东岭、西河等地投资 100亿元']],
  ['10d must not fire: places counted before a verb of work', '2025年青禾市工作要点\n\n推动东岭、西河、南湾3个县区新增规上企业30家。', ['T 规上企业 = 30家']],
  ['10e must not fire: two places before a count of works', '2025年青禾市工作要点\n\n东岭、西河两县区新建学校2所。', ['T 学校 = 2所']],
];
describeShapeCatalogue('catalogue r27c: places listed and counted', PLACES, {}, readMetrics);
