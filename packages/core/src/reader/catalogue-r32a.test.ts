/**
 * Shape catalogue (round 32, r32a): a record set or a streak held closing a clause inside a sentence (…增长6.1%，创5年来最好
 * 水平；新建…, 粮食总产达到48亿斤，实现“十连丰”；) reports the figures of its own part of the sentence (from the ；before it),
 * as a record closing the whole sentence has always reported the sentence (`RECORD_SET`, `recordClauseParts` in tense.ts): a
 * record is never set ahead. The record's words widened as writers vary them: a span before the best (创7年来最好水平,
 * 创十年来最高增速, 达到建区以来同期最好水平, 为近年来最好) and a streak (N连丰, N连增, N连涨, N连冠). Must not fire: a sentence
 * that plans (力争…创历史新高), a standing held inside a list of aims (…位居全国前列；…达到6000亿元以上), 创新高地 (a highland of
 * innovation), and a plan's 同比 / 完成投资 with no record. Invented passages only (a news lede, a county, a prefecture, a
 * department's summary), each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A record or a streak closing a clause: the figures of its part of the sentence are results.
  [
    "1a a news lede: the year's estimate closes on a record, a plan paragraph after it",
    '青禾日报2月3日讯 全年地区生产总值预计完成860亿元左右，增长6.1%，创5年来最好水平；新建高标准农田12万亩，粮食总产达到48亿斤，实现“十连丰”；招商引资取得新进展。\n2032年，青禾市将坚持稳中求进，地区生产总值增长6%左右。',
    ['A level 860亿元 2031', 'A growth 6.1% 2031', 'A increment 12万亩 2031', 'A level 48亿斤 2031', 'T growth ~ 6% 2032'],
  ],
  [
    '1b a county: a record with a span (以来) closing a clause, a plan sentence after it',
    '青禾县2032年政府工作报告\n旅游接待人次达到320万人次，达到建县以来同期最好水平，旅游收入增长15%。\n今年，全县力争旅游收入增长10%以上。',
    ['A level 320万人次 2031', 'A growth 15% 2031', 'T growth >= 10% 2032'],
  ],
  [
    '1c a prefecture: 创十年来最高增速 inside a sentence of a plan text',
    '青禾州2032年国民经济和社会发展计划\n规上工业增加值增长9.2%，创十年来最高增速；新增规上企业45家。\n2032年，全州规上工业增加值增长7%。',
    ['A growth 9.2% 2031', 'A increment 45家 2031', 'T growth = 7% 2032'],
  ],
  // 2. Must not fire.
  [
    '2a a plan sentence: 力争…创历史新高 (the record aimed at)',
    '青禾县2032年工作要点\n力争粮食总产达到50亿斤，创历史新高；新建高标准农田5万亩。',
    ['T level >= 50亿斤 2032', 'T increment = 5万亩 2032'],
  ],
  [
    '2b a list of aims: a standing held (位居全国前列) between figures aimed at',
    '青禾省体育强省建设方案\n到2035年，全民健身公共服务体系更加完善，人均体育场地面积达到3平方米以上，经常参加体育锻炼人数比例达到45%；竞技体育成绩位居全国前列；体育产业规模达到5000亿元以上。',
    ['T level >= 3平方米 2035', 'T share >= 45% 2035', 'T level >= 5000亿元 2035'],
  ],
  [
    '2c 创新高地 (a highland of innovation), not a record',
    '2032年青禾市科技工作要点\n打造区域科技创新高地，全社会研发投入增长10%，新增高新技术企业60家。',
    ['T growth = 10% 2032', 'T increment = 60家 2032'],
  ],
  [
    "2d a plan's 同比 and 完成投资 with no record",
    '青禾县2032年重点项目建设计划\n全年完成投资100亿元，同比增长8%以上；力争突破120亿元。',
    ['T level = 100亿元 2032', 'T growth >= 8% 2032', 'T level > 120亿元 2032'],
  ],
  [
    "2e a work point: last year's record in one clause, the aim in the next",
    '青禾县2032年农业农村工作要点\n去年粮食总产45亿斤，创历史新高；今年力争达到46亿斤。',
    ['A level 45亿斤 2031', 'T level >= 46亿斤 2032'],
  ],
];

/** Passages the reader does not read as the catalogue says yet, with what it reads today. */
const PENDING: Record<string, string[]> = {
  // A record governs its own part of the sentence only, up to its clause's end: the clause after it (旅游收入增长15%, read with the wrong year) and the
  // part after the next ；(新增规上企业45家) keep their passage's tense. Reading on would need the sentence known to plan
  // nowhere after the record, which a list of aims (2b) does not tell apart by its words.
  '1b': ['A level 320万人次 2031', 'A growth 15% 2032', 'T growth >= 10% 2032'],
  '1c': ['A growth 9.2% 2031', 'T increment = 45家 2032', 'T growth = 7% 2032'],
};

describeShapeCatalogue('shape catalogue r32a: a record closing a clause reports its part', CATALOGUE, PENDING, read);
