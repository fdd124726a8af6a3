/**
 * Shape catalogue (round 25, r25r): results written in words that look like plans are results; figures that are nobody's
 * target are not targets. A season, campaign or term that has ended or begun, reported in news; a closed plan period's
 * achievements in a text written after it; a present state (目前/现有); third parties' forecasts and statistics (corpus
 * Decisions 32: results of a closed year or the year under way, estimates when forecast, never targets); a headline result;
 * a ranking of results; a closed year's results list. Must-not-fire: the issuer's own 预计 in its plan, 到2025年 in a plan
 * issued before 2025, 将 in a plan's aims, 力争/确保 anywhere.
 * Invented passages only (青禾县 / 青禾市, own figures), each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { entriesInOrder, monthsOf } from '../../test/entries-in-order.ts';
import { extractPlan } from './extract.ts';

/** Every entry as `T cmp value unit year` or `A value unit year/months`, in text order. */
const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text, {}),
    (t) => `T ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`,
    (a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}${monthsOf(a.period)}`,
  );

type Shape = [name: string, text: string, want: string[]];

const CATALOGUE: Shape[] = [
  // 1. A season, campaign or term that has ended (or begun), reported in news.
  [
    '1a a 榨季 closed: output 共计 and its rise over the last season',
    '青禾县糖料蔗生产再获丰收\n时间:2024-04-20 来源:青禾融媒\n2023/2024榨季，全县糖料蔗产量共计42.6万吨，较上一榨季增加5.3万吨。',
    ['A 42.6万吨 2024', 'A 5.3万吨 2024'],
  ],
  [
    '1b a clearing campaign: 共计完成 with a 其中 breakdown by town',
    '青禾县桉树清理工作取得阶段性成效\n时间:2024-06-15 来源:青禾融媒\n2023年至2024年，全县共计完成清理面积6230亩，其中东山镇2100亩、西河镇4130亩。',
    ['A 6230亩 2024', 'A 2100亩 2024', 'A 4130亩 2024'],
  ],
  [
    '1c the autumn term has begun: 将 in a report of what opens this term',
    '青禾市2024年秋季开学 新增学位3.2万个\n时间:2024-09-02 来源:青禾融媒\n秋季学期，全市将新开办中小学校21所，新增学位3.2万个。',
    ['A 32000个 2024', 'A 21所 2024', 'A 32000个 2024'],
  ],
  [
    '1d 可开复工 counted at a month end that has passed',
    '青禾市2024年重大项目建设提速\n时间:2024-06-03 来源:青禾融媒\n5月底，全市重点项目可开复工186个，超过去年同期水平。',
    ['A 186个 2024'],
  ],
  [
    // Pending since m25a (review25a finding 2): 共完成 is a result cue only in a passage that reports; this news is read
    // as a passage that plans, so its totals are targets until the headline's 圆满完成 or the May dateline turns it.
    '1e a planting season closed: 共完成 in a 造林季 (pending: today T)',
    '青禾县春季造林任务圆满完成\n时间:2024-05-08 来源:青禾融媒\n今年春季造林季，全县共完成人工造林1.2万亩、封山育林0.8万亩。',
    ['T = 1.2万亩 2024', 'T = 0.8万亩 2024'],
  ],
  [
    '1f Traditional repost of a closed 榨季',
    '青禾縣糖料蔗生產再獲豐收\n时间:2024-04-20 来源:青禾融媒\n2023/2024榨季，全縣糖料蔗產量共計42.6萬噸，較上一榨季增加5.3萬噸。',
    ['A 42.6万吨 2024', 'A 5.3万吨 2024'],
  ],
  // 2. A past plan period's achievements, in a text written after it.
  [
    '2a 到“十二五”末…达到 in a text of 2018 that reviews the period',
    '青禾县茶产业发展情况汇报\n2018年3月\n到“十二五”末，全县茶园面积达到12万亩，茶产业综合产值达到18亿元。',
    ['A 12万亩 2015', 'A 18亿元 2015'],
  ],
  [
    '2b “十三五”时期完成投资 in a text of 2021',
    '青禾市交通建设成就综述\n时间:2021-02-10 来源:青禾融媒\n“十三五”时期，全市完成交通固定资产投资860亿元，公路通车里程达3.2万公里。',
    ['A 860亿元 2020', 'A 3.2万公里 2020'],
  ],
  [
    '2c 目前/现有 a present state of schools',
    '青禾县教育发展概况\n时间:2022-05-06 来源:青禾融媒\n目前，全县现有幼儿园36所、职业高中2所。',
    ['A 36所 2022', 'A 2所 2022'],
  ],
  // 3. Others' forecasts and reported figures, a headline result, a ranking.
  [
    '3a a forecast of the year under way by the 世界银行',
    '世界经济形势观察\n时间:2024-06-12 来源:青禾融媒\n世界银行预测，今年全球经济增长2.6%。',
    ['A 2.6% 2024'],
  ],
  [
    '3b 普遍预计 of the year under way: an estimated result, not a target',
    '经济观察\n时间:2024-03-02 来源:青禾融媒\n多家机构普遍预计，今年中国经济增速将达5%左右。',
    ['A 5% 2024'],
  ],
  [
    '3c a forecast of a later year by a third party: no entry',
    '世界经济形势观察\n时间:2024-06-12 来源:青禾融媒\n国际货币基金组织预计，2024年全球经济增长3.2%，2026年全球经济增长3.3%。',
    ['A 3.2% 2024'],
  ],
  [
    '3d a headline result with no year (首超) takes the last closed year',
    '青禾市GDP首超5000亿元\n时间:2024-01-20 来源:青禾融媒\n青禾市统计局发布数据，2023年全市地区生产总值首次突破5000亿元。',
    ['A 5000亿元 2023', 'A 5000亿元 2023'],
  ],
  [
    '3e a ranking of results: 最高，达到…其次…分别完成',
    '青禾市2023年重大项目建设进展\n时间:2023-08-10 来源:青禾融媒\n从项目类型看，产业类项目完成投资总量最高，达到32亿元，其次是交通类、水利类项目，分别完成投资21亿元、8.4亿元。',
    ['A 32亿元 2023', 'A 21亿元 2023', 'A 8.4亿元 2023'],
  ],
  // 4. A year's results list after the year has passed.
  [
    '4a a closed year opens the list: no verb of planning',
    '青禾港2024年成绩单出炉\n时间:2025-01-10 来源:青禾融媒\n2024年，青禾港集装箱航线86条、吞吐量1200万标准箱，航运集聚区新落户企业120余家。',
    ['A 86条 2024', 'A 1200万标准箱 2024', 'A 120家 2024'],
  ],
  // 5. Must-not-fire neighbours.
  [
    '5a must not fire: the issuer’s own 预计 in its plan of the year',
    '2024年青禾县政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值预计增长6%左右，一般公共预算收入增长5%。',
    ['T ~ 6% 2024', 'T = 5% 2024'],
  ],
  [
    '5b must not fire: 到2025年…达到 in a plan issued before 2025',
    '青禾县“十四五”茶产业发展规划\n2021年6月\n到2025年，全县茶园面积达到15万亩，茶产业综合产值达到30亿元。',
    ['T >= 15万亩 2025', 'T >= 30亿元 2025'],
  ],
  [
    '5c must not fire: 将 in a plan’s aims for the autumn term',
    '青禾市2024年教育工作要点\n时间:2024-02-20 来源:青禾融媒\n秋季学期，全市将新开办中小学校5所，新增学位6000个。',
    ['T = 5所 2024', 'T = 6000个 2024'],
  ],
  [
    '5d must not fire: 力争 in news of the year under way',
    '青禾市重大项目建设提速\n时间:2024-06-03 来源:青禾融媒\n力争今年全市新开工重点项目200个。',
    ['T = 200个 2024'],
  ],
  ['5e must not fire: 确保 after a term has begun', '青禾市秋季开学\n时间:2024-09-02 来源:青禾融媒\n确保年底前再新增学位1万个。', ['T = 10000个 2024']],
];

/**
 * Shapes the reader does not read yet (the report says why), each with the reading it gives today: a pending shape pins
 * that reading, so a fix turns it red (move it up) and so does a break of another kind (an expected failure would not tell).
 */
const PENDING: Record<string, string[]> = {
  // 将 of a term that has begun (a September page on the autumn term) still plans.
  '1c': ['T = 32000个 2024', 'T = 21所 2024', 'T = 32000个 2024'],
  // A third party's forecast of a later year is read as an estimate of that year, not left out.
  '3c': ['A 3.2% 2024', 'A 3.3% 2026'],
};
describeShapeCatalogue('catalogue r25r', CATALOGUE, PENDING, read);
