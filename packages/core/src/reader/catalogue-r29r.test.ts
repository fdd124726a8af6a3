/**
 * Shape catalogue (round 29, r29r): results told from aims by the time a passage speaks of. A figure whose clause or
 * passage speaks of a time that is over, or of the text's own now (目前，…), and that no plan cue binds is that time's
 * result; a time still ahead of the text (到“十四五”末 in a 2022 plan, 2024年 in a plan written for 2024), a base
 * (比去年增长) and a result followed by 今年力争… keep their readings. Invented passages only (青禾县, 白石镇, 云岭省,
 * own figures), in layouts the corpus does not hold.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. 目前，… opening a sentence: the text's own now, a result of the year it speaks in.
  [
    '1a a county news: 目前 then work under way, then 计划 for the next clause',
    '青禾县交通建设提速\n2023-05-06 来源：青禾日报\n青禾县南环路将于今年底建成通车。目前，全县正在建设3条干线公路、2座大桥，计划开工建设5条农村公路。',
    ['A count 3条 2023', 'A count 2座 2023', 'T count = 5条 2023'],
  ],
  [
    '1b a town digest: 目前 after a sentence of 将',
    '白石镇产业园建设综述\n2024-08-12\n白石镇食品产业园二期将于明年投用。目前，园区已入驻企业26家，带动就业1800人。',
    ['A count 26家 2024', 'A count 1800人 2024'],
  ],
  // 2. A review of a period ended, in a later text.
  [
    '2a a county review of 十三五 in a 2021 text',
    '青禾县2021年政府工作报告\n一、“十三五”时期工作回顾\n“十三五”时期，全县地区生产总值年均增长7.5%，新建农村公路860公里。\n二、2021年主要目标\n地区生产总值增长7%左右。',
    ['A growth 7.5% 2020', 'A increment 860公里 2020', 'T growth ~ 7% 2021'],
  ],
  [
    '2b a province 五年来 paragraph in a report of the next term',
    '云岭省2023年政府工作报告\n五年来，全省累计新增城镇就业320万人，建成高速公路2800公里。\n今年，全省城镇新增就业65万人以上。',
    ['A increment 320万人 2022', 'A count 2800公里 2022', 'T increment >= 65万人 2023'],
  ],
  // 4. A pace described (步伐加快，) beside a bare 将 in a review: the paragraph after it reports still.
  [
    '4a a county news digest of recent years: 步伐加快 and 将 in one sentence, then 在…方面 results',
    '青禾县“十四五”发展成就发布\n2025-07-10\n近年来，青禾县地区生产总值年均增长5.1%。此外，全县工业转型步伐加快，园区新增企业40家，光伏装机将达到2吉瓦。\n在民生方面，全县新建学校12所，新增养老床位600张。',
    ['A growth 5.1% 2025', 'A increment 40家 2025', 'T level >= 2吉瓦 2025', 'A increment 12所 2025', 'A increment 600张 2025'],
  ],
  [
    '4b must not fire: a need (仍需加快) beside 将 in a plan keeps the next sentence a target',
    '青禾县2025年工业工作安排\n新旧动能转换仍需加快，全县将新建标准厂房10万平方米。新增规上工业企业15家。',
    ['T increment = 10万平方米 2025', 'T increment = 15家 2025'],
  ],
  // Must not fire: times still ahead of the text, bases, results then aims.
  [
    '3a a plan, its own stage to 2025 written in 2023',
    '青禾县数字经济三年行动方案（2023—2025年）\n到2025年，全县数字经济核心产业增加值达到30亿元，建成5G基站1200个。',
    ['T level >= 30亿元 2025', 'T count = 1200个 2025'],
  ],
  [
    '3b 到“十四五”末 in a 2022 plan',
    '青禾县2022年工业发展计划\n到“十四五”末，全县规上工业企业达到200家。今年新增规上工业企业20家。',
    ['T level >= 200家 2025', 'T increment = 20家 2022'],
  ],
  [
    '3c 2024年 as the target year of a plan written in 2024',
    '青禾县2024年农业工作要点\n2024年，全县粮食播种面积稳定在52万亩，新建高标准农田3万亩。',
    ['T level ~ 52万亩 2024', 'T increment = 3万亩 2024'],
  ],
  ['3d 比去年增长 as a base in a plan', '青禾县2024年商务工作要点\n全年社会消费品零售总额比去年增长6%。', ['T growth = 6% 2024']],
  [
    '3e a result, then 今年力争…',
    '青禾县2024年政府工作报告摘要\n去年，全县地区生产总值增长6.2%。今年力争地区生产总值增长6.5%。',
    ['A growth 6.2% 2023', 'T growth = 6.5% 2024'],
  ],
  [
    '3f 目前为止 and 目前的基础上 stay as their words read',
    '青禾县2024年养老服务工作要点\n在目前的基础上，今年新增养老床位300张。',
    ['T increment = 300张 2024'],
  ],
];

const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('catalogue r29r: results told from aims by the time a passage speaks of', CATALOGUE, PENDING, read);
