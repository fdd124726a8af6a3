/**
 * Shape catalogue (round 31, r31rb): spans reviewed. A paragraph that opens on a decade or the years since a congress
 * looked back on (`这十年，…`, `过去十年，…`, `十年来，…`, `党的十八大以来，…`) opens a review as `五年来，…` does, and a
 * running total with the verb of the work done and its figure stated exactly (`累计完成投资…亿元`, `累计承接…家`) is a
 * sentence's own evidence of a result where no cue, part or heading set its paragraph's tense. Must not fire: a five-year
 * plan's aims (“十四五”时期，力争…), a total under an aim (力争累计完成投资500亿元), a total with a bound (累计培训1000人以上),
 * 今后这十年 and a 十年来 in a plan's background sentence, a review followed by 今年要… in its paragraph.
 * Invented sentences only (青禾县, 白鹭省, 云溪市, own figures): a province's ten-year review, a county's 十三五 review in a
 * 2021 report, a news item on 十八大以来.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  [
    "1a must fire: a province's ten-year review in news, opened by 这十年",
    '白鹭省晒出十年发展成绩单\n2022-08-12 来源：白鹭日报\n这十年，白鹭省经济稳步发展，钢铁产能压减到1.5亿吨以内，累计建成高速公路3200公里。',
    ['A level 1.5亿吨 2022', 'A level 3200公里 2022'],
  ],
  [
    '1b must fire: a running total in a paragraph no cue opened (累计完成投资, 累计承接)',
    '云溪新城建设纪实\n2023-05-06 来源：云溪发布\n云溪新城从一片农田到高楼林立。累计完成投资860亿元，累计承接外地转入企业1200家。',
    ['A level 860亿元 2023', 'A count 1200家 2023'],
  ],
  [
    '1c must fire: a news item on 党的十八大以来',
    '青禾县发展成就巡礼\n2022-09-20 来源：青禾新闻网\n党的十八大以来，青禾县新建农村公路1260公里，城镇新增就业3.2万人。',
    ['A increment 1260公里 2022', 'A increment 3.2万人 2022'],
  ],
  [
    "1d must fire: a county's 十三五 review in a 2021 report (“十三五”时期，…)",
    '青禾县2021年政府工作报告\n“十三五”时期，全县地区生产总值年均增长7.5%，累计完成固定资产投资420亿元。\n今年全县地区生产总值增长7%左右。',
    ['A growth 7.5% 2020', 'A level 420亿元 2020', 'T growth ~ 7% 2021'],
  ],
  [
    "2a must not fire: a five-year plan's aims (“十四五”时期，力争…；到2025年累计…)",
    '白鹭省“十四五”发展规划\n“十四五”时期，力争全省地区生产总值年均增长6%。到2025年，累计完成固定资产投资3万亿元。',
    ['T growth = 6% 2025', 'T level = 3万亿元 2025'],
  ],
  [
    '2b must not fire: 累计 inside an aim (力争累计完成投资500亿元)',
    '云溪市2024年重点项目建设方案\n全年力争累计完成投资500亿元，新开工项目80个。',
    ['T level = 500亿元 2024', 'T count = 80个 2024'],
  ],
  [
    '2c must not fire: a total with a bound in a notice of tasks (累计培训学员1000人以上)',
    '青禾县2024年就业创业工作要点\n1.全年组织招聘活动不低于20场。2.累计培训学员1000人以上。',
    ['T count >= 20场 2024', 'T count >= 1000人 2024'],
  ],
  [
    "2d must not fire: 十年来 in a plan's background sentence without figures, then the plan's aims",
    '云溪市2025年工作计划\n十年来，云溪市发展取得长足进步。今年全市地区生产总值增长6%左右。',
    ['T growth ~ 6% 2025'],
  ],
  [
    '2e must not fire: a review followed in the same paragraph by 今年要…',
    '白鹭镇2024年工作安排\n这十年，全镇面貌焕然一新。今年要新建村道12公里。',
    ['T increment = 12公里 2024'],
  ],
  ['2f must not fire: 今后这十年 plans', '云溪市中长期发展纲要\n今后这十年，全市常住人口达到300万人。', ['T level >= 300万人 null']],
];

/**
 * Today's readings of the pending shapes: the roles are right (results), but a page whose only year is its date line and
 * whose text names no plan leaves the results undated (1c, with its 十八大以来, is dated) — the page date's reach, not this rule.
 */
const PENDING: Record<string, string[]> = {
  '1a': ['A level 1.5亿吨 null', 'A level 3200公里 null'],
  '1b': ['A level 860亿元 null', 'A level 1200家 null'],
};

describeShapeCatalogue('catalogue r31rb: spans reviewed and running totals', CATALOGUE, PENDING, read);
