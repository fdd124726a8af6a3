/**
 * Shape catalogue (round 31, r31u): one thing a verb of building or bringing in sets for each place or each year — 每 (每个镇,
 * 每个县（市）, 每年) before the verb, then a lone 一 and its measure word — is a count of one (`ONE_FOR_EACH` in scan.ts): a
 * result in a review, a target in a plan. Must not fire: the article of a slogan with no 每 (建成一个以…为支撑的…, 建设一个
 * 什么样的…), 一 after a verb of holding (每年都有一个…), and 打造/培育 一个 (a feature, a brand: the plan's wording, no count).
 * Invented passages only (a town, a county, a prefecture's tourism bureau, a news digest), each with the reading the corpus
 * README's conventions give it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. One thing for each place or year: a count of one.
  [
    '1a a review: every town built one (了), a result of the year',
    '青禾县2031年工作总结\n2031年，全县投入资金6000万元，每个镇都新建了一个口袋公园。',
    ['A level 6000万元 2031', 'A increment 1个 2031'],
  ],
  [
    '1b a plan: each county (a bracket of the kinds of place) is to bring in one project',
    '2032年青禾州招商工作要点\n今年，每个县（市）都要引进一个投资10亿元以上的产业项目。',
    ['T count = 1个 2032'],
  ],
  ['1c each year one scenic area, under 力争', '青禾州文化旅游发展三年行动方案（2031—2033年）\n到2033年，力争每年创建一个4A级景区。', ['T count = 1个 2033']],
  [
    '1d each township builds one station, beside a count in digits',
    '2032年青禾县文化工作要点\n每个乡镇建设一个综合文化站，新建农家书屋20个。',
    ['T count = 1个 2032', 'T increment = 20个 2032'],
  ],
  // 2. Must not fire.
  ['2a a slogan: one city of a kind, no 每', '2032年青禾市工作要点\n建设一个宜居宜业的现代化城市，地区生产总值增长6%。', ['T growth = 6% 2032']],
  ['2b 每年都有一个 (a verb of holding)', '青禾县2031年工作总结\n全县面貌每年都有一个新变化，城镇居民收入增长7%。', ['A growth 7% 2031']],
  [
    "2c 打造一个 after 每 (a feature, the plan's wording)",
    '2032年青禾县乡村振兴工作要点\n每个村都要打造一个特色，新增省级示范村3个。',
    ['T increment = 3个 2032'],
  ],
];

/** Passages the reader does not read as the catalogue says yet, with what it reads today. */
const PENDING: Record<string, string[]> = {
  // 新建 gives an increment (the grammar README's Kinds), but with 每个镇都 before it the verb is not read as the segment's
  // own and the one is a count; the corpus scores the span and figure, not the kind (c1255).
  '1a': ['A level 6000万元 2031', 'A count 1个 2031'],
};

describeShapeCatalogue('shape catalogue r31u: one thing for each place or year', CATALOGUE, PENDING, read);
