/**
 * Shape catalogue (round 27, r27r): target or result — the passages that mislead the role. A goal word right before its
 * figure (目标增速8.2%, 增速目标分别为15%、13%, 预期目标22.19亿元、增速6.5%, 增长目标定为11%) names the goal: a quota, a target
 * of the year also in a half-year summary that otherwise reports; 近年来 with a record right after it (为近年来最多, 创近年来新高),
 * the span a record is set over, no review of the recent years. Each with must-not-fire passages that look alike and keep
 * their reading (a gap to the goal, a goal said met or measured against, a goal's number heading a list). Invented passages
 * only (青禾县/青禾区, own figures), each read as the corpus README's conventions read it.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

/** A department's half-year summary: its heading reports, so a figure with no cue of its own is a result. */
const SUMMARY = '2022年上半年工作总结\n一、工作开展情况\n（一）主要指标完成情况。';

const CATALOGUE: [string, string, string[]][] = [
  // 1. A goal word right before its figure names the goal, a quota: a target of the year, even among results.
  [
    '1a 目标增速 right before the figure, months reported after it',
    `${SUMMARY}二季度社会消费品零售总额目标增速8.2%，1-4月，全区社会消费品零售总额18.04亿元，增速0.2%。`,
    ['T growth = 8.2% 2022', 'A level 18.04亿元 2022/1-4', 'A growth 0.2% 2022/1-4'],
  ],
  [
    '1b 增速目标分别为 and the list it opens',
    `${SUMMARY}二季度批发、零售、住宿、餐饮四个行业销售额增速目标分别为16%、14%、12%、11%。`,
    ['T growth = 16% 2022', 'T growth = 14% 2022', 'T growth = 12% 2022', 'T growth = 11% 2022'],
  ],
  [
    '1c 预期目标 with a sum, then its growth after 、',
    `${SUMMARY}二季度服务业增加值预期目标21.5亿元、增速6.4%。一季度，全区服务业增加值实现9.8亿元。`,
    ['T level = 21.5亿元 2022', 'T growth = 6.4% 2022', 'A level 9.8亿元 2022/1-3'],
  ],
  [
    '1d 增长目标定为, then a quarter’s result',
    `${SUMMARY}一是地区生产总值。全区地区生产总值增长目标定为9%，一季度实现地区生产总值28亿元。`,
    ['T growth = 9% 2022', 'A level 28亿元 2022/1-3'],
  ],
  // Must not fire: the goal as a yardstick, a goal said met, a ratio of it, a goal's number heading a list.
  [
    '1e must not fire: a gap to the goal (低于目标)',
    `${SUMMARY}1-5月，全区社会消费品零售总额增长6.1%，低于目标1.9个百分点。`,
    ['A growth 6.1% 2022/1-5', 'A share 1.9百分点 2022/1-5'],
  ],
  [
    '1f must not fire: a gap fallen short (塌目标)',
    `${SUMMARY}1-5月，全区固定资产投资增长3.2%，塌目标2.8个百分点。`,
    ['A growth 3.2% 2022/1-5', 'A share 2.8百分点 2022/1-5'],
  ],
  [
    '1g must not fire: a ratio of the goal reached (完成全年目标任务…的)',
    `${SUMMARY}上半年引进企业9家，完成全年目标任务8家的112.5%。`,
    ['A count 9家 2022/1-6', 'T count = 8家 2022', 'A share 112.5% 2022/1-6'],
  ],
  ['1h must not fire: indicators past the goal (超过目标值)', `${SUMMARY}上半年，全区纳入考核的43项指标中，达到或超过目标值38项。`, ['A count 38项 2022/1-6']],
  ['1i must not fire: a goal’s number heading its item', `${SUMMARY}目标1 稳增长。1-5月，全区地区生产总值增长6.5%。`, ['A growth 6.5% 2022/1-5']],
  [
    '1j must not fire: a figure compared with the goal (比目标)',
    `${SUMMARY}1-5月，全区规上工业增加值增长9%，比目标高1个百分点。`,
    ['A growth 9% 2022/1-5', 'A share 1百分点 2022/1-5'],
  ],
  [
    '1k must not fire: a result better than the goal (好于目标)',
    `${SUMMARY}1-5月，全区实际利用外资1.2亿美元，好于目标0.2亿美元。`,
    ['A level 1.2亿美元 2022/1-5', 'A level 0.2亿美元 2022/1-5'],
  ],
  [
    '1l must not fire: the goal met with its figure after (实现目标)',
    `${SUMMARY}上半年，全区新增市场主体实现目标1200户。`,
    // (no entry today: 实现 before the 目标 keeps the rule off, so it is no target)
    [],
  ],
  // 2. 近年来 with a record right after it (为近年来最多, 创近年来新高, 为近几年来之最) is the span the record is set over, no
  // review of the recent years: the sentence's own cues say the tense.
  [
    '2a 为近年来最多 in a year’s programme',
    '2024年青禾县重大项目投资计划\n今年计划实施项目数量为近年来最多，较去年增加27个，年度计划投资较去年增长10%。',
    ['T increment = 27个 2024', 'T growth = 10% 2024'],
  ],
  [
    '2b 为近几年来之最, a total after it',
    '2024年青禾县重大项目投资计划\n今年计划实施的重点项目规模为近几年来之最，总投资达到120亿元。',
    ['T level >= 120亿元 2024'],
  ],
  [
    '2c must not fire: 近年来， opening a review',
    '青禾县2024年数字经济工作方案\n一、发展基础\n近年来，全县数字经济核心产业增加值年均增长12%，占地区生产总值比重达到8%。',
    ['A growth 12% 2023', 'A share 8% 2023'],
  ],
  [
    '2d must not fire: 近年来的 before what they brought',
    '青禾县2024年数字经济工作方案\n一、发展基础\n近年来的数字经济发展成效显著，核心产业增加值达到35亿元。',
    ['A level 35亿元 2023'],
  ],
  [
    '2e must not fire: 近几年来， with a total, then the year’s plan',
    '青禾县2024年工作要点\n近几年来，全县累计建成5G基站1200个。今年新建5G基站300个。',
    ['A level 1200个 2024', 'T increment = 300个 2024'],
  ],
  [
    '2f must not fire: a record with 力争 of its own',
    '青禾县2024年工作要点\n今年力争新签约项目45个，数量创近年来新高，到位资金30亿元。',
    ['T count = 45个 2024', 'T level = 30亿元 2024'],
  ],
];

/**
 * Shapes the reader does not read yet (the report says why), each with the reading it gives today: a pending shape pins
 * that reading, so a fix turns it red (move it up) and so does a break of another kind.
 */
const PENDING: Record<string, string[]> = {};
describeShapeCatalogue('catalogue r27r', CATALOGUE, PENDING, read);
