/**
 * Shape catalogue (round 28, r28r): targets and results told apart where the plan year is right. Four shapes, each with
 * must-not-fire passages that look alike and keep their reading:
 * 1. a completion ratio whose goal names who set it or when (完成年初人代会目标45亿元的116%, 完成市下达目标的103%, 达到省定目标的
 *    105%): the goal is the yardstick of a share reached, a result cue as 完成年度目标的102% is — not a cue of planning that
 *    turns the results after it in the sentence into targets (`GOAL_SETTER` in tense.ts);
 * 2. a goal's figure, then what came about beside it (目标8%，完成8.3%; 目标增长6%、实际增长6.4%; 增长目标8%和实际增长7.9%):
 *    完成/实现/实际… right before a figure after a goal's is a result (`RESULT_BESIDE_GOAL`) — not 完成 before a noun (a plan's
 *    next task), nor 实际增长 alone (real growth, which plans set too);
 * 3. 已…的 right before a count under an aim or work pushed for in its clause (要加强已申报的35个国债项目…对接, 推动已签约的20个项目
 *    开工): the things the work acts on, no result (`ALREADY_OF_THINGS`); in a summary the passage still reports;
 * 4. a year's outlook named (2018年展望, 2025年工作展望, 展望2024年): a page so headed plans, though its tasks name no 力争 or 今年
 *    (`OUTLOOK_HEADS_TEXT` in extract.ts: heading the text only, m28r) — not 回顾与展望 over a line break, nor 展望未来 in news of results;
 * 5. a count after the projects it names as examples, then their stage done one after another (…等10个大项目陆续复工): news of
 *    what came about, a result (`examplesDoneInTurn` in statements.ts) — not scheduled, pushed for or aimed at (计划, 推动, 将有).
 * Invented passages only (松岭县, 东川区, 河湾区, own figures), each read as the corpus README's conventions read it.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

/** A half-year summary: its heading reports. */
const SUMMARY = '河湾区2023年上半年工作总结\n一、主要指标完成情况\n';

const CATALOGUE: [string, string, string[]][] = [
  // 1. A completion ratio whose goal names its setter: a result cue; the results after it stay results.
  [
    '1a 完成年初人代会目标…的N% in a town’s review, estimates after it',
    '松岭镇人民政府工作报告\n2023年工作回顾\n2023年，全镇财政总收入预计完成18.6亿元，同比增长9.5%，完成年初人代会目标17亿元的109%；镇级财力预计完成6.2亿元，同比增长7.1%。',
    ['A level 18.6亿元 2023', 'A growth 9.5% 2023', 'T level = 17亿元 2023', 'A share 109% 2023', 'A level 6.2亿元 2023', 'A growth 7.1% 2023'],
  ],
  [
    '1b 完成市下达目标的N% in a summary',
    '松岭县2023年工作总结\n全县固定资产投资完成86亿元，完成市下达目标的103%；招商引资到位资金42亿元，增长12%。',
    ['A level 86亿元 2023', 'A share 103% 2023', 'A level 42亿元 2023', 'A growth 12% 2023'],
  ],
  [
    '1c 达到省定目标的N%',
    '松岭县2023年工作总结\n全县规上工业增加值增长7.6%，达到省定目标的105%，工业投资增长11%。',
    ['A growth 7.6% 2023', 'A share 105% 2023', 'A growth 11% 2023'],
  ],
  [
    '1d 完成年初确定目标的N% in a review part',
    '松岭县2024年政府工作报告\n一、2023年工作回顾\n地区生产总值完成年初确定目标的101%，达到312亿元。',
    ['A share 101% 2023', 'A level 312亿元 2023'],
  ],
  [
    '1e 完成全年80亿元目标的N%: the goal’s figure before its name',
    '东川区2024年工作总结\n全年完成交通投资96亿元，同比增长4.2%，完成全年80亿元目标的120%，其中公路投资71亿元，同比增长3.1%。',
    ['A level 96亿元 2024', 'A growth 4.2% 2024', 'T level = 80亿元 2024', 'A share 120% 2024', 'A level 71亿元 2024', 'A growth 3.1% 2024'],
  ],
  // Must not fire: the goal aimed at (确保完成…, 力争完成…的105%), or named with no share.
  [
    '1f must not fire: 确保完成市下达目标任务 in work points',
    '松岭县2024年工作要点\n确保完成市下达目标任务，全年固定资产投资增长8%，招商引资到位资金45亿元。',
    ['T growth = 8% 2024', 'T level = 45亿元 2024'],
  ],
  [
    '1g must not fire: 力争完成市下达目标的105%',
    '松岭县2024年工作要点\n力争完成市下达目标的105%，全年固定资产投资增长8%。',
    ['T share = 105% 2024', 'T growth = 8% 2024'],
  ],
  [
    '1h must not fire: 完成年初人代会目标 with no figure, in the plan part',
    '河湾区2024年政府工作报告\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，完成年初人代会目标。',
    ['T growth ~ 6% 2024'],
  ],
  // 2. A goal's figure, then the result beside it.
  [
    '2a 目标8%，完成8.3% item by item',
    `${SUMMARY}规上工业增加值：目标8%，完成8.3%；固定资产投资：目标10%，完成6.2%。`,
    ['T share = 8% 2023', 'A share 8.3% 2023', 'T share = 10% 2023', 'A share 6.2% 2023'],
  ],
  ['2b 目标增长6%、实际增长6.4%', `${SUMMARY}上半年，全区社会消费品零售总额目标增长6%、实际增长6.4%。`, ['T growth = 6% 2023', 'A growth 6.4% 2023/1-6']],
  ['2c 目标增长5%，实现6.1%', `${SUMMARY}税收收入：目标增长5%，实现6.1%。`, ['T growth = 5% 2023', 'A share 6.1% 2023']],
  // Must not fire: 实现/完成 before a noun (the next task), real growth beside nominal growth.
  [
    '2d must not fire: 目标增长6%，实现地区生产总值… in work points',
    '河湾区2024年工作要点\n全区地区生产总值目标增长6%，实现地区生产总值520亿元。',
    ['T growth = 6% 2024', 'T level = 520亿元 2024'],
  ],
  [
    '2e must not fire: 名义增长7%、实际增长5%左右 in a plan',
    '河湾区2024年工作要点\n城乡居民人均可支配收入名义增长7%、实际增长5%左右。',
    ['T growth = 7% 2024', 'T growth ~ 5% 2024'],
  ],
  [
    '2f must not fire: 发展目标： then 完成固定资产投资',
    '河湾区2024年工作要点\n今年发展目标：地区生产总值增长6%，完成固定资产投资120亿元。',
    ['T growth = 6% 2024', 'T level = 120亿元 2024'],
  ],
  [
    '2g must not fire: 目标为130亿元，完成投资的项目',
    '河湾区2024年工作要点\n全区固定资产投资目标为130亿元，完成投资的项目不少于40个。',
    ['T level = 130亿元 2024', 'T count >= 40个 2024'],
  ],
  // 3. 已…的 before a count the work acts on.
  [
    '3a 要加强已申报的N个…对接',
    '东川区2024年工作要点\n要加强已申报的28个专项债项目、15个中央预算内投资项目对接，争取早日获批。',
    ['T count = 28个 2024', 'T count = 15个 2024'],
  ],
  [
    '3b 推动已签约的N个项目开工',
    '松岭县2024年工作要点\n推动已签约的20个项目年内开工，新建标准化厂房10万平方米。',
    ['T count = 20个 2024', 'T increment = 10万平方米 2024'],
  ],
  [
    '3c 今年要加快已建成的N个项目投产',
    '东川区2024年工作要点\n今年要加快已建成的12个项目投产达效，力争规上工业增加值增长8%。',
    ['T count = 12个 2024', 'T growth = 8% 2024'],
  ],
  // Must not fire: the same words in a summary (no aim in the clause) report.
  [
    '3d must not fire: 已建成的N个项目全部投产 in a summary',
    '东川区2023年工作总结\n全区已建成的12个项目全部投产，已签约项目20个。',
    ['A count 12个 2023', 'A count 20个 2023'],
  ],
  // 4. A year's outlook named.
  [
    '4a a page headed 2025年展望 words its tasks bare',
    '2025年展望\n做强三大产业载体。全年引进项目120个以上，新增规上工业企业15家，外贸进出口总额突破80亿元。',
    ['T count >= 120个 2025', 'T increment = 15家 2025', 'T level > 80亿元 2025'],
  ],
  [
    '4b 2025年工作展望',
    '东川区2025年工作展望\n围绕主导产业，全年引进亿元以上项目30个，新建标准化厂房20万平方米。',
    ['T count = 30个 2025', 'T increment = 20万平方米 2025'],
  ],
  // Must not fire: 回顾与展望 then a year on the next line, 展望未来 in news of results.
  [
    '4c must not fire: …回顾与展望 over a year’s results',
    '东川区经济运行回顾与展望\n2024年，全区地区生产总值增长5.6%，规上工业增加值增长7.1%。展望未来，全区发展后劲充足。',
    ['A growth 5.6% 2024', 'A growth 7.1% 2024'],
  ],
  [
    '4d must not fire: news of results',
    '东川区新闻网讯 2024年，全区新增市场主体6200户，同比增长12%，居全市第一位。',
    ['A increment 6200户 2024', 'A growth 12% 2024', 'A rank 1位 2024'],
  ],
  // 5. A count after the projects it names as examples, then their stage done one after another: news of what came about.
  [
    '5a 今年，…等10个…大项目陆续复工 after a sentence of 将',
    '乾安县项目建设\n2019年乾安县将继续紧跟省委省政府部署，严格贯彻落实“三早”行动。今年，乾安县铁科高速公路项目建设、博瑞现代农业产业园三期项目以及马铃薯淀粉产业化等10个5000万元以上大项目陆续复工。',
    ['A count 10个 2019'],
  ],
  // Must not fire: no examples named; scheduled (计划), pushed for (推动) or aimed at (将有).
  [
    '5b must not fire: 今年，8个…大项目陆续复工 in work points (no examples)',
    '东川区2024年工作要点\n今年，8个5000万元以上大项目陆续复工，新建标准化厂房10万平方米。',
    ['T count = 8个 2024', 'T increment = 10万平方米 2024'],
  ],
  ['5c must not fire: 今年计划…等8个重点项目陆续开工', '东川区2024年工作要点\n今年计划滨河大道、水厂扩建等8个重点项目陆续开工。', ['T count = 8个 2024']],
  [
    '5d must not fire: 推动…等8个重点项目相继投产',
    '东川区2024年工作要点\n推动滨河大道、水厂扩建等8个重点项目相继投产，新建标准化厂房10万平方米。',
    ['T count = 8个 2024', 'T increment = 10万平方米 2024'],
  ],
  ['5e must not fire: 将有…等8个重点项目陆续开工', '东川区2024年工作要点\n今年全区将有滨河大道、水厂扩建等8个重点项目陆续开工。', ['T count = 8个 2024']],
  // Findings left as read today (pending).
  [
    'p1 完成年度目标的100%以上 in work points: a share aimed at (finding)',
    '东川区2024年工作要点\n全年完成年度目标的100%以上，城镇新增就业3500人。',
    ['T share >= 100% 2024', 'T increment = 3500人 2024'],
  ],
  [
    'p2 去年…目标增长7%、实际增长7.4%: last year’s goal (finding)',
    '河湾区2024年政府工作报告\n二、2024年工作安排\n去年全区GDP目标增长7%、实际增长7.4%。今年地区生产总值增长6.5%左右。',
    ['T growth = 7% 2023', 'A growth 7.4% 2023', 'T growth ~ 6.5% 2024'],
  ],
  [
    'p3 news of months: 达到全年80亿元目标的120% (finding)',
    '东川新闻网讯 2024年12月20日 记者从市交通局获悉，1月至11月，全市完成交通投资96亿元，同比增长4.2%，达到全年80亿元目标的120%，其中公路投资71亿元，同比增长3.1%。',
    [
      'A level 96亿元 2024/1-11',
      'A growth 4.2% 2024/1-11',
      'T level = 80亿元 2024',
      'A share 120% 2024/1-11',
      'A level 71亿元 2024/1-11',
      'A growth 3.1% 2024/1-11',
    ],
  ],
];

/**
 * Findings read today: a share of the year's goal with a bound (的100%以上) in work points is read as reached, as before this
 * round (p1); last year's goal named right before its figure is dated the plan year, not the year 去年 names (p2); a goal after 达到 keeps 达到's floor, and the share and the figures after it lose
 * the months reported (p3: roles right since this round).
 */
const PENDING: Record<string, string[]> = {
  p1: ['A share 100% 2024', 'A increment 3500人 2024'],
  p2: ['T growth = 7% 2024', 'A growth 7.4% 2023', 'T growth ~ 6.5% 2024'],
  p3: ['A level 96亿元 2024/1-11', 'A growth 4.2% 2024/1-11', 'T level >= 80亿元 2024', 'A share 120% 2024', 'A level 71亿元 2024', 'A growth 3.1% 2024'],
};
describeShapeCatalogue('catalogue r28r', CATALOGUE, PENDING, read);
