/**
 * Shape catalogue (round 34, r34t): characters a reposting site's wrong charset garbled, in Traditional reposts and
 * other debris. Each rule mends the text in cleaning (clean.ts, artifacts.ts), offsets kept, so the figure reads as its
 * clean Simplified sentence does:
 *
 * 1. A ratio sign lost to a question mark between the parts of a structure (三次产业结构由2.4?38.1?59.5调整为…): three or
 *    more numbers joined by single question marks that add up to 100 are one whole's parts, the marks their `:`
 *    (`LOST_RATIO_SIGNS`, `restoreRatioSigns`). Must not fire: marks between numbers that do not add up to 100 (3?5?7亿元 stays masked
 *    digits), two numbers (30?70: a structure of two is told by its words, 比例, and the mark may be a lost digit).
 *
 * 2. A character garbled into a question mark and the tail of its transliteration (旅游總?cè)藬?shù)突破…, 日?qǐng)?bà)):
 *    no question, so it goes and the sentence runs on to its figure (`GARBLED_CHARACTER`). Must not fire: a question's
 *    mark before a bracket of its own (发展?(一)…) or a Latin word (服务?APP…), a garble after 以 with no figure before it
 *    (以?xún) inside a word: GARBLED_COMPARATOR's shape, test/reader-clean.test.ts).
 *
 * 3. A garbled comparator word (以?xún)) after a figure written in Chinese numerals (百分之四点五以?xún)), as after digits:
 *    the word goes and 控制在 binds the figure (`GARBLED_COMPARATOR`).
 *
 * 4. A unit a wrapped line split after its multiplier (地区生产总值达到350亿⏎元，…, 12万⏎吨): the line joins the next, so
 *    the figure keeps its whole unit and the clause its words (`SPLIT_UNIT`, joinNumberLines). Must not fire: a count in 万
 *    ending its line before words that start no unit (常住人口达到35万⏎全年接待…).
 *
 * 5. Hong Kong's short name of the currency after a multiplier (突破5万亿人币): a sum in that multiplier's 元, as 人民币 there
 *    is (`MULTIPLIER_THEN_CURRENCY`, units.ts), not a count of people in 万亿人. Must not fire: people counted in 万 before
 *    a clause about the currency (2万人，币值稳定).
 *
 * Invented passages only, each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A lost ratio sign.
  [
    "1a a county's bulletin: a structure of three written with lost ratio signs, from last year's to this year's",
    '青禾县2031年国民经济和社会发展统计公报\n三次产业结构由2.4?38.1?59.5调整为2.1?35.6?62.3，服务业增加值增长6.2%。',
    ['A share 2.4 2030', 'A share 38.1 2030', 'A share 59.5 2030', 'A share 2.1 2031', 'A share 35.6 2031', 'A share 62.3 2031', 'A growth 6.2% 2031'],
  ],
  [
    '1b must not fire: marks between numbers that do not add up to 100 stay lost digits',
    '青禾县2032年重点项目建设工作方案\n全年计划完成投资3?5?7亿元，新开工项目12个。',
    ['T level placeholder null亿元 2032', 'T count = 12个 2032'],
  ],
  ['1c must not fire: two numbers joined by a mark', '青禾县2032年招商引资工作要点\n全年引进内外资比例为30?70，新签约项目40个。', ['T count = 40个 2032']],
  // 2. A garbled character with its transliteration's tail.
  [
    "2a a city's tourism plan: the measure's characters garbled before its figure",
    '青禾市2032年旅游工作要点\n到2032年，全市接待旅游總?cè)藬?shù)突破2000萬人次，旅游总收入达到300亿元。',
    ['T level > 2000万人次 2032', 'T level >= 300亿元 2032'],
  ],
  [
    "2b a newspaper's name garbled before last year's results",
    '青禾日?qǐng)?bà)讯 记者从市统计局获悉，2031年全市地区生产总值达到820亿元，增长6.5%。',
    ['A level 820亿元 2031', 'A growth 6.5% 2031'],
  ],
  [
    '2c must not fire: a question before a numbered item',
    '青禾市2032年数字经济工作要点\n数字经济如何发展?(一)到2032年，数字经济核心产业增加值达到120亿元。',
    ['T level >= 120亿元 2032'],
  ],
  ['2d must not fire: a question before a Latin word', '青禾市2032年数字经济工作要点\n怎样用好政务服务?APP月活跃用户达到50万人。', ['T level >= 50万人 2032']],
  // 3. A garbled comparator after Chinese numerals.
  [
    "3a a city's report: a rate in Chinese numerals closed by a garbled 以内",
    '青禾市2032年政府工作报告\n今年经济社会发展的主要预期目标是：城镇登记失业率控制在百分之四点五以?xún)，居民消费价格总水平涨幅控制在百分之三左右。',
    ['T share <= 4.5% 2032', 'T growth ~ 3% 2032'],
  ],
  [
    '3b as before: the same after digits',
    '青禾市2032年政府工作报告\n今年经济社会发展的主要预期目标是：城镇登记失业率控制在4.5%以?xún)；居民消费价格涨幅控制在3%左右。',
    ['T share <= 4.5% 2032', 'T growth ~ 3% 2032'],
  ],
  // 4. A unit split by a wrapped line.
  [
    "4a a county's report wrapped inside two units, last year's results",
    '青禾县2031年政府工作报告\n过去一年，全县地区生产总值达到350亿\n元，增长6.8%；粮食总产量达到12万\n吨，创历史新高。',
    ['A level 350亿元 2030', 'A growth 6.8% 2030', 'A level 12万吨 2030'],
  ],
  [
    '4b must not fire: a count in 万 ending its line before other words',
    '青禾县2031年政府工作报告\n过去一年，全县常住人口达到35万\n全年接待游客突破800万人次。',
    ['A level 350000人 2030', 'A level 800万人次 2030'],
  ],
  // 5. 人币 for 人民币.
  [
    "5a a province's report reposted in Hong Kong: a sum closed by the currency's short name",
    '青禾省2031年政府工作报告\n过去一年，全省地区生产总值突破5万亿人币，增长6%。',
    ['A level 5万亿元 2030', 'A growth 6% 2030'],
  ],
  [
    '5b must not fire: people counted in 万 before a clause on the currency',
    '青禾市2031年政府工作报告\n过去一年，全市新增就业2万人，币值稳定。',
    ['A increment 2万人 2030'],
  ],
];

describeShapeCatalogue('shape catalogue r34t: garbled characters in reposts', CATALOGUE, {}, read);
