/**
 * Shape catalogue (round 34, r34a): a report's or news item's review of the year or period before read as that year's targets.
 * The words that decide a figure's tense, grouped by shape:
 *
 * 1. An unnumbered heading line of a plan period and what it brought (“十五五”时期工作回顾, …发展成就), once that period has
 *    ended before the plan's year: the lines under it, numbered fields of the review too ((一)综合实力稳步提升。…), report the
 *    period's results up to a line that turns to the plan (`PAST_PERIOD_HEADING` in extract.ts, beside a past year's heading).
 *    Must not fire: a heading of the period's tasks (主要任务), a period not yet over in the plan's year.
 *
 * 2. A page opening on a plan period (“十五五”时期 青禾省经济社会发展迈上新台阶) whose own date line is after the period's last year:
 *    no page plans a period gone by, so the period is reviewed and the text's year is its last (`periodOverByDate` in
 *    document-info.ts); a change from the period's base to its last year (由2025年的…提升至2030年的…) reports. Must not fire:
 *    the same page dated inside the period (2028), where the change is the period's plan.
 *
 * 3. News of results whose only words of aim close it after its last figure (…有农村低收入人口82.4万人。要确保到2035年基本实现
 *    现代化…): they govern no figure, so the page reports throughout (`throughLastFigure` in newsWithOwnResults, extract.ts);
 *    nor is the end of a change to a year's figure a deadline there (下降到2030年的1.2%: PLANS_IN_SENTENCE, as PLANS_SOMETHING
 *    reads it). Must not fire: the aim before the figures, or an aim with a figure of its own (要确保到2035年…达到3万亿元).
 *
 * 4. A period's end written as a time (“十五五”末，全市累计建成…) in a text that looks back on that period in its last year
 *    (“十五五”以来，…取得了新成效): the end reached, a result (`closedEndReached` in tense.ts, `periodClosed` from the reader).
 *    Must not fire: the end as a deadline (力争到“十五五”末…).
 *
 * Invented passages only, each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A past period's review heading over numbered fields.
  [
    "1a a province's report: “十五五”时期工作回顾 over numbered fields, then the plan year's work",
    '青禾省2031年政府工作报告\n各位代表：\n“十五五”时期工作回顾\n过去五年，是全省上下砥砺奋进的五年。\n（一）综合实力稳步提升。全省地区生产总值由3200亿元增加到4510亿元，年均增长6.2%。一般公共预算收入突破300亿元。\n（二）民生保障持续加强。五年新增城镇就业28万人。\n二、2031年工作安排\n全省地区生产总值增长6%左右。',
    ['A level 3200亿元 2030', 'A level 4510亿元 2030', 'A growth 6.2% 2030', 'A level 300亿元 2030', 'A increment 28万人 2030', 'T growth ~ 6% 2031'],
  ],
  [
    '1b must not fire: a heading of the period’s tasks',
    '青禾省2031年政府工作报告\n各位代表：\n“十五五”时期主要任务\n（一）综合实力稳步提升。全省地区生产总值由3200亿元增加到4510亿元，年均增长6.2%。\n二、2031年工作安排\n全省地区生产总值增长6%左右。',
    ['A level 3200亿元 2031', 'T level = 4510亿元 2031', 'T growth = 6.2% 2031', 'T growth ~ 6% 2031'],
  ],
  [
    '1c must not fire: the period not over in the plan’s year',
    '青禾省2030年政府工作报告\n各位代表：\n“十五五”时期发展成就\n（一）综合实力稳步提升。全省地区生产总值增加到4510亿元，年均增长6.2%。\n二、2030年工作安排\n全省地区生产总值增长6%左右。',
    ['T level = 4510亿元 2030', 'T growth = 6.2% 2030', 'T growth ~ 6% 2030'],
  ],
  // 2. A period over by the page's date.
  [
    '2a news dated after the period it opens on: the change to its last year reports',
    '“十五五”时期 青禾省经济社会发展迈上新台阶\n2031-01-28 09:10:12      来源：青禾日报\n\n1月27日，记者从青禾省统计局获悉，“十五五”期间，青禾省坚持稳中求进，扎实推进各项改革措施，经济社会发展取得新成效。\n\n数据显示，五年来，全省经济总量由2025年的1.2万亿元提升至2030年的1.6万亿元。工业投资占全部投资比重由2025年的18.5%提升至2030年的30.2%。',
    ['A level 1.2万亿元 2025', 'A level 1.6万亿元 2030', 'A share 18.5% 2025', 'A share 30.2% 2030'],
  ],
  [
    '2b must not fire: the same page dated inside the period plans the change',
    '“十五五”时期 青禾省经济社会发展迈上新台阶\n2028-01-28 09:10:12      来源：青禾日报\n\n1月27日，记者从青禾省发展改革委获悉，“十五五”期间，青禾省坚持稳中求进，扎实推进各项改革措施。\n\n按照规划，全省经济总量由2025年的1.2万亿元提升至2030年的1.6万亿元。工业投资占全部投资比重由2025年的18.5%提升至2030年的30.2%。',
    ['A level 1.2万亿元 2025', 'T level = 1.6万亿元 2030', 'A share 18.5% 2025', 'T share = 30.2% 2030'],
  ],
  // 3. Aims after the last figure of news of results.
  [
    '3a news of results closing on an aim with no figure',
    '2030年，青禾省地区生产总值2.1万亿元，同比增长5.6%，增速连续5年位居全国前列。全省贫困发生率从2025年的6.8%下降到2030年的1.2%。\n截至2029年底，全省有农村低收入人口82.4万人。要确保到2035年基本实现现代化，青禾就必须打好乡村振兴这场硬仗。',
    ['A level 2.1万亿元 2030', 'A growth 5.6% 2030', 'A share 6.8% 2025', 'A share 1.2% 2030', 'A level 82.4万人 2029'],
  ],
  [
    '3b must not fire: the aim closing the page states a figure of its own',
    '2030年，青禾省地区生产总值2.1万亿元，同比增长5.6%，增速连续5年位居全国前列。全省贫困发生率从2025年的6.8%下降到2030年的1.2%。\n要确保到2035年全省地区生产总值达到3万亿元。',
    ['A level 2.1万亿元 2030', 'A growth 5.6% 2030', 'A share 6.8% 2025', 'A share 1.2% 2030', 'T level >= 3万亿元 2035'],
  ],
  [
    '3c must not fire: news of a plan whose aim comes before its figures',
    '日前，《青禾区国民经济和社会发展第十六个五年规划纲要》正式发布。\n到2035年，青禾区基本实现现代化，全面建成创新强区。\n一是产业升级工程。新建产业园10个，培育龙头企业20家。',
    ['T increment = 10个 2035', 'T count = 20家 2035'],
  ],
  // 4. A reviewed period's end reached.
  [
    '4a a city looking back on its period: its end written as a time',
    '“十五五”以来，青禾市经济社会发展取得了新成效，产业结构持续优化，高质量发展迈出新步伐。\n青禾市将继续推进产业转型升级。\n通过五年茶园提质大会战，“十五五”末，全市累计建成高标准茶园36.5万亩，建成市级良种繁育基地12个。',
    ['A level 36.5万亩 2030', 'A count 12个 2030'],
  ],
  [
    '4b must not fire: the end as a deadline aimed at',
    '“十五五”以来，青禾市经济社会发展取得了新成效，产业结构持续优化，高质量发展迈出新步伐。\n青禾市将继续推进产业转型升级。\n力争到“十五五”末，全市累计建成高标准茶园36.5万亩，建成市级良种繁育基地12个。',
    ['T level = 36.5万亩 2030', 'T count = 12个 2030'],
  ],
];

/** Passages the reader does not read as the catalogue says yet, with what it reads today. */
const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('shape catalogue r34a: reviews read as targets', CATALOGUE, PENDING, read);
