/**
 * Shape catalogue (round 24, r24k): the issuer's region when the text does not name it, and region names at their edges
 * (corpus Decisions 18, 24, 29, 30, 32): a region is read from the places the text names as its issuer, never from places
 * it only mentions; unknown is said as an empty region. Invented passages only.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract.ts';

/** The region and level read. */
const read = (text: string): [string, string] => {
  const plan = extractPlan(text, {});
  return [plan.region, plan.level];
};

/** Shapes and the readings the conventions give them (before this round’s rules 5 of 11 were read right). */
const CATALOGUE: [string, string, string, string][] = [
  [
    '1 a notice’s title whose verb stands between 关于 and the name (关于征求X意见)',
    '关于征求罗定市“十四五”教育发展主要指标意见的公告\n到2025年，全市学前三年毛入园率达到95%。',
    '罗定市',
    'district',
  ],
  ['2 a title whose verb is 公布 after 关于', '关于公布信宜市2024年民生实事项目的通知\n今年全市新增城镇就业3000人。', '信宜市', 'district'],
  [
    '3 an autonomous county written by its short name, its prefecture not named: the gazetteer’s full name',
    '耿马县力争2025年建成高标准农田3万亩\n耿马县将加快推进农业现代化，到2025年全县建成高标准农田3万亩。',
    '耿马傣族佤族自治县',
    'district',
  ],
  [
    '4b must-not-fire: a real district named by a word (阳泉市郊区) stays the district',
    '阳泉市郊区2024年政府工作报告\n今年全区地区生产总值增长6%。',
    '郊区',
    'district',
  ],
  ['4 an autonomous county written whole', '玉龙纳西族自治县2024年政府工作报告\n今年全县地区生产总值增长6%。', '玉龙纳西族自治县', 'district'],
  [
    '5 a Hong Kong deputy (港区全国人大代表) commenting on the national report: no district 港区',
    '港区全国人大代表某某表示，今日国务院总理向十四届全国人大二次会议作政府工作报告，今年国内生产总值增长目标为5%左右。',
    '全国',
    'national',
  ],
  [
    '6 must-fire: an issuer named once in the signature',
    '2024年重点工作安排\n一、今年全县新增城镇就业2000人。\n\n某某县人民政府\n2024年2月1日',
    '某某县',
    'district',
  ],
  ['7 must-fire: a 我市 item whose title names the city', '韶关市2024年交通工作要点\n今年我市完成交通投资50亿元。', '韶关市', 'city'],
  [
    '8 must-not-fire: a county’s plan that says only 全县 and names its towns',
    '2024年全县农业工作要点\n今年全县粮食产量稳定在30万吨，在城关镇、河口镇建成高标准农田2万亩。',
    '',
    'district',
  ],
  [
    '9 must-not-fire: a city plan naming projects after places (X站, X至Y高速), never the issuer',
    '我市今年计划完成交通投资120亿元\n今年，我市将建成梧州站改造工程，加快贺州至梧州高速建设，完成交通投资120亿元。',
    '',
    'city',
  ],
  [
    '10 must-fire: a 我市 plan that names its city outside its projects too',
    '梧州市2024年交通工作要点\n今年，我市将建成梧州站改造工程，加快贺州至梧州高速建设，完成交通投资120亿元。',
    '梧州市',
    'city',
  ],
  [
    '11 must-not-fire: a 我市 item naming places only as a route section and a high-speed line’s ends',
    '我市一季度交通投资计划\n今年一季度，我市加快南宁至深圳高铁玉林至岑溪段征地工作，完成投资8000万元。',
    '',
    'city',
  ],
];

describe('catalogue r24k: the issuer’s region', () => {
  for (const [name, text, region, level] of CATALOGUE) it(name, () => expect(read(text)).toEqual([region, level]));
});
