/**
 * Shape catalogue (round 30, r30u): figures the reader left unread because a cue list was tighter than the language.
 * Each group widens a shared rule rather than adding one beside it:
 *   1. a review's count of its items by their progress (statements.ts INDICATOR_PROGRESS, countsIndicatorProgress): besides
 *      goals met (12项指标完成目标), the year's tasks done (25项已完成年度任务, 24项已提前完成全年任务), and items counted in 个
 *      when their noun follows (14个事项已…) — corpus Decisions 25 reads them as results of the review. Must not fire: a count of
 *      tasks planned (今年完成30项年度任务 stays a plan count), any other thing counted in 个 (3个项目完成年度投资);
 *   2. a tier a sum crosses (scan.ts TIER_WORDS): 门槛 beside 台阶 / 大关 / 关口 (突破千亿门槛, 跨过百亿元门槛), and 跨过 / 越过 beside
 *      跨越 / 迈过 as verbs that cross a sum (words.ts PRE_COMPARATORS). Must not fire: a threshold no sum crosses (降低准入门槛),
 *      places crossed (跨过3条河流), tiers counted (跨越3个百亿门槛).
 * Invented sentences only (青禾县, 白鹭省, own figures), in layouts of a county, a town, a province, a department and a news
 * digest, each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. Items counted by their progress in a review.
  [
    "1a must fire: a county's review, key works done for the year",
    '2025年青禾县前三季度重点工作推进情况\n前三季度，全县30项重点工作中，25项已完成年度任务。',
    ['A count 25项 2025/1-9'],
  ],
  [
    "1b must fire: a town's practical matters counted in 个 with their noun, done ahead of time",
    '2025年青禾镇民生实事进展通报\n截至三季度末，镇政府民生实事12个事项中，5个事项已提前完成全年任务。',
    ['A count 5个 2025/1-9'],
  ],
  [
    "1c must fire: a department's tasks done in full, after 已有",
    '2024年白鹭省交通运输厅上半年工作总结\n上半年，厅重点改革任务中，已有6项全面完成年度任务。',
    ['A count 6项 2024/1-6'],
  ],
  [
    '1d must fire: indicators meeting their goals, as before',
    '2024年青禾区国民经济和社会发展计划执行情况\n全年20项主要指标中，16项指标完成年度目标。',
    ['A count 16项 2024'],
  ],
  ['1e must fire: tasks a plan sets for the year stay a plan count', '2025年青禾县政府工作报告\n今年要完成30项年度任务。', ['T count = 30项 2025']],
  [
    '1f must fire: projects counted in 个 that did their year’s investment stay a count of projects',
    '2024年青禾县重点项目建设情况\n2024年，全县已有3个重点项目完成年度投资计划。',
    ['A count 3个 2024'],
  ],
  // 2. A sum crossing a tier: 门槛 as a tier word, 跨过 / 越过 as verbs of crossing.
  [
    "2a must fire: a province's output crossing the trillion threshold (target)",
    '2025年白鹭省政府工作报告\n今年力争全省工业总产值突破万亿门槛。',
    ['T level > 1万亿元 2025'],
  ],
  [
    "2b must fire: a news digest's city GDP crossing a threshold, then its figure (results)",
    '白鹭日报 2025年1月20日\n2024年，青禾市地区生产总值突破千亿门槛，达到1086亿元。',
    ['A level 1000亿元 2024', 'A level 1086亿元 2024'],
  ],
  [
    "2c must fire: a county's revenue to step over a threshold with 跨过",
    '2025年青禾县政府工作报告\n力争园区营业收入跨过百亿元门槛。',
    ['T level > 100亿元 2025'],
  ],
  ["2d must fire: a town's sum crossing 越过 a threshold", '2025年青禾镇工作要点\n全镇农业总产值越过10亿元大关。', ['T level > 10亿元 2025']],
  ['2e no entry: a threshold lowered, no sum', '2025年青禾县政府工作报告\n今年进一步降低市场准入门槛，优化营商环境。', []],
  [
    '2f no entry: rivers crossed and tiers counted are no sums reached',
    '2025年青禾县交通运输局工作要点\n青禾大桥跨过3条河流，全县产业连续跨越3个百亿门槛。',
    [],
  ],
];

describeShapeCatalogue('r30u: figures left unread by tight cue lists', CATALOGUE, {}, read);
