/**
 * Shape catalogue (round 27, r27x): figures read where the corpus gold has no entry (precision). Each group of extras is a
 * shape the corpus README's "What is an entry" and Decisions leave out, with must-fire passages that look alike and keep
 * their reading:
 *   1. projects or firms counted as the subject opening their clause, the sum they invested or produced after them: what
 *      the sum is counted over, no count (Decisions 25, 33) — a count a verb governs, or one whose noun comes first, stays;
 *   2. a count of aims, points or principles named by an abstract noun (六个明显提升, 三个定位, 四项原则): the document's
 *      own structure, as 十项重点工作 (Decisions 16, 20) — things built or done stay counts.
 * Invented sentences only (青禾县, own figures), each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. Projects or firms counted as the subject of a sum invested or produced: scope, no count.
  [
    '1a no entry: a count of key projects opening its clause, then 完成投资',
    '2024年青禾县经济运行情况\n去年，全县加快推进重大项目建设，286个重大项目完成投资96.4亿元。',
    ['A level 96.4亿元 2023'],
  ],
  [
    '1b no entry: firms of one trade, the output they produced (a month period before)',
    '2024年青禾县工业运行情况\n1-10月，全县37家新材料产业链企业实现产值58.2亿元，同比增长12%。',
    ['A level 58.2亿元 2024/1-10', 'A growth 12% 2024/1-10'],
  ],
  [
    "1c no entry: a plan sentence, the projects with 要 before the year's investment",
    '2025年青禾县政府工作报告\n今年，126个重点项目要完成年度投资88亿元以上。',
    ['T level >= 88亿元 2025'],
  ],
  [
    '1d no entry: a list of classes of projects sharing one noun and one sum',
    '2024年青禾县项目建设情况\n全年4个省级、27个市级重点项目完成投资31.5亿元。',
    ['A level 31.5亿元 2024'],
  ],
  [
    '1e no entry: firms that began production, the output they made',
    '2024年青禾县开发区工作总结\n园区基础设施加快完善，9家投产企业完成工业总产值12.3亿元。',
    ['A level 12.3亿元 2024'],
  ],
  [
    '1f must fire: a count a verb of work governs, then the output of the parks built',
    '2025年青禾县工业工作要点\n建成5个产业园，实现产值20亿元。',
    ['T count = 5个 2025', 'T level = 20亿元 2025'],
  ],
  [
    '1g must fire: the class named first, its count, then its investment',
    '2024年青禾县项目建设情况\n1-6月，续建项目35个，完成投资21.6亿元。',
    ['A count 35个 2024/1-6', 'A level 21.6亿元 2024/1-6'],
  ],
  [
    '1h must fire: projects to start, a verb before the count',
    '2025年青禾县政府工作报告\n今年，新开工重点项目48个，完成固定资产投资120亿元。',
    ['T count = 48个 2025', 'T level = 120亿元 2025'],
  ],
  [
    '1i must fire: a count of projects started, no sum after it',
    '2024年青禾县经济运行情况\n去年，全县32个项目开工建设，18个项目竣工投产。',
    ['A count 32个 2023', 'A count 18个 2023'],
  ],
  [
    '1j must fire: a verb of work before the projects, the sum after them',
    '2025年青禾县政府工作报告\n今年，实施120个重点项目，完成投资150亿元。',
    ['T count = 120个 2025', 'T level = 150亿元 2025'],
  ],
];

/** Shapes the reader does not read yet, each with the reading it gives today (none). */
const PENDING: Record<string, string[]> = {};
describeShapeCatalogue('catalogue r27x', CATALOGUE, PENDING, read);
