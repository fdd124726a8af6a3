/**
 * Shape catalogue (round 30, r30x): things counted as the subject that opens a clause, followed by a measure of their own
 * and its figure (12家免税店销售额…, 74个断面水质优良比例达到…, 6个县GDP均突破…, 138个续建项目投资不低于…): the things the
 * measure is taken over are its scope — the figure after is an entry, the count is none (corpus Decisions 25). Must-not-fire:
 * a count a verb of work governs, a count whose next figure counts the same things (a programme and its progress), a count
 * with no measure of its own after it. Invented passages only (青禾县, own figures).
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A count of the things a measure is taken over: no entry; the measure's figure stays.
  [
    '1a a county review: firms, then their sales',
    '青禾县2023年商务工作总结\n2023年，全县9家大型商超销售额42.6亿元，增长8.1%。',
    ['A level 42.6亿元 2023', 'A growth 8.1% 2023'],
  ],
  [
    '1b a town news digest: sections of a river and their share reached',
    '青禾镇2024年生态环境通报\n今年以来，5个镇控断面水质优良比例达到100%。',
    ['A share 100% 2024'],
  ],
  [
    '1c a province: districts whose GDP each passed a bound (均)',
    '某省2022年经济运行情况\n2022年，8个地级市地区生产总值均突破2000亿元。',
    ['A level 2000亿元 2022'],
  ],
  [
    '1d a department plan: projects continued and their investment floor',
    '青禾县2025年重点项目工作要点\n今年，46个续建项目投资不低于80亿元。',
    ['T level >= 80亿元 2025'],
  ],
  ['1e a rate after sites counted (达标率为)', '青禾县2024年水利工作总结\n2024年，12个乡镇集中式饮用水水源地水质达标率为100%。', ['A share 100% 2024']],
  [
    '1f a capacity after counties counted, in a Traditional repost',
    '某州2025年能源工作要點\n今年，3個縣光伏總裝機超過200萬千瓦。',
    ['T level > 200万千瓦 2025'],
  ],
  // 2. Must-not-fire: the count is a figure of its own.
  [
    '2a a verb of work governs the count; the sum is its own clause',
    '青禾县2025年工业工作要点\n今年，建成3个产业园，实现产值20亿元。',
    ['T count = 3个 2025', 'T level = 20亿元 2025'],
  ],
  ['2b a count with no measure of its own after it', '青禾县2024年能源工作总结\n2024年，4条燃气管道覆盖9个乡镇。', ['A count 4条 2024', 'A count 9个 2024']],
  [
    '2c a programme and its progress: the second count is of the same things',
    '青禾县2025年重点项目工作要点\n今年，76个重点项目已开工60个。',
    ['T count = 76个 2025', 'A count 60个 2025'],
  ],
  [
    '2e firms counted by the growth they reach: a count of achievers, as places and indicators by their progress',
    '青禾县2024年商务工作总结\n2024年，全县12家大型商超营业额增长9%。',
    ['A count 12家 2024', 'A growth 9% 2024'],
  ],
  [
    '2d a measure that is the count itself (投资 of a number of projects laid out as work)',
    '青禾县2025年重点项目工作要点\n今年，实施重点项目60个，完成投资90亿元。',
    ['T count = 60个 2025', 'T level = 90亿元 2025'],
  ],
];

/** Shapes the reader does not read yet (none of this catalogue's). */
const PENDING: Record<string, string[]> = {};
describeShapeCatalogue('catalogue r30x', CATALOGUE, PENDING, read);
