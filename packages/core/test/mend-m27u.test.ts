/**
 * Mend m27u: the bounds review27u asked of round 27's rules (r27u), as must-not-fire and must-read passages, and the
 * review's passing probes that keep their reading.
 * F1 a rank needs its group between, not a comparison (增速低于第二、第三产业: scan.ts COMPARED_WITH, ORDINALS_SHARING_NOUN).
 * F2–F4 a fraction that sets a procedure's proportion or splits a whole (按照1/3、1/3、1/3的比例, 按省、市、县1/2、1/4、1/4分担)
 *    and 一半的 before an abstract noun are no shares (scan.ts isSplitOfWhole, PROPORTION_AFTER, BY_PROPORTION_BEFORE,
 *    HALF_OF_COUNTED).
 * F5–F11 verbs of work: 转/选/创 open only the listed compounds (words.ts WORK_COMPOUNDS: 转移, 选派, 创成, 创造, not 转换),
 *    and a clause after the count that makes it no work (honours, records, …后, 需2小时, eligibility, a course attended:
 *    statements.ts NO_WORK_AFTER).
 * F12–F14 gaps as ratios against one: the start figure of 由A∶1缩小到B∶1 is a figure and the end figure's metric is the gap's,
 *    差距为A∶1 is read, 差距 counts only in the figure's own clause and not after 的 (与对手的差距).
 * F15 people counted in 万 naming the size of a project (10万农村人口安全饮水工程: scan.ts PROJECT_NAMED_AFTER).
 * Invented passages only (青禾县, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { entriesInOrder } from './entries-in-order.ts';
import { extractPlan } from '../src/reader/extract.ts';

/** Every entry as `T cmp value unit year [metric]` or `A value unit year [metric]`, in text order. */
function read(text: string): string[] {
  return entriesInOrder(
    extractPlan(text),
    (t) => `T ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year} [${t.metric}]`,
    (a) => `A ${a.value}${a.unit ?? ''} ${a.period.year} [${a.metric}]`,
  );
}

const REPORT = '青禾县2024年政府工作报告\n过去一年，';
const POINTS = '青禾县2025年工作要点\n';

const CATALOGUE: [string, string, string[]][] = [
  // F1. Ranks.
  [
    'F1a must not fire: 增速低于 two sectors listed (第二、第三产业)',
    `${REPORT}全县第一产业增加值增长2.8%，增速低于第二、第三产业。`,
    ['A 2.8% 2023 [第一产业增加值]'],
  ],
  ['F1b must not fire: 增速低于 two quarters listed (第二、第三季度)', `${REPORT}全县服务业增速低于第二、第三季度。`, []],
  ['F1c must not fire: 增速快于 a quarter', `${REPORT}全县工业增速快于第三季度。`, []],
  [
    'F1d a rank with its group between still reads (增速全市第二, 总量全省县域第一)',
    `${REPORT}全县农业总产值增长4.2%，增速全市第二，总量全省县域第一。`,
    ['A 4.2% 2023 [农业总产值]', 'A 2位 2023 [增速]', 'A 1位 2023 [农业总产值]'],
  ],
  ['F1e a rank before 的位次 still reads', `${REPORT}总量全市第一的位次保持不变。`, ['A 1位 2023 [总量]']],
  [
    'F1g a list of ranks joined by 和 still reads (全市第2、第4和第1)',
    `${REPORT}全县工业、农业、服务业增速分别为全市第2、第4和第1。`,
    ['A 2位 2023 [服务业增速分别为]', 'A 4位 2023 [服务业增速分别为]', 'A 1位 2023 [服务业增速分别为]'],
  ],
  ['F1f must not fire: a tier (第二方阵)', `${REPORT}全县增速居于全市第二方阵。`, []],
  // F2–F4. Fractions and halves.
  ['F2a must not fire: a split by proportion (按照1/3、1/3、1/3的比例)', `${POINTS}按照1/3、1/3、1/3的比例安排配套资金。`, []],
  ['F2b must not fire: one fraction as a proportion (1/4的比例)', `${POINTS}按1/4的比例提取风险准备金。`, []],
  ['F3 must not fire: a cost split among levels of government (1/2、1/4、1/4分担)', `${POINTS}补助资金按省、市、县1/2、1/4、1/4分担。`, []],
  ['F4 must not fire: 一半的 before an abstract noun', `${REPORT}工作事倍功半，一半的精力耗在会议上。`, []],
  [
    'F2c two shares of two things in a list still read (全国1/4、1/3)',
    `${REPORT}全县茶叶、板栗产量分别占全省1/4、1/3。`,
    ['A 25% 2023 [茶叶]', 'A 33.33% 2023 [板栗产量分别占全省]'],
  ],
  ['F4b 一半的 before things counted still reads', `${REPORT}全县一半的行政村通了公交。`, ['A 50% 2023 [行政村通了公交]']],
  ['F4c 压减一半的 still reads', `${POINTS}审批时限实现压减一半的目标。`, ['T = 50% 2025 [审批时限]']],
  ['F4d must not fire: half a day', `${POINTS}每周安排1/2天集中学习。`, []],
  // F5–F11. Verbs of work.
  ['F5 must not fire: 转换 (a change of course, counted in 次)', `${REPORT}全县转换了4次产业思路。`, []],
  ['F6 must not fire: what a transfer takes (需2小时)', `${POINTS}转移1名危重病人需3小时。`, []],
  ['F7 must not fire: a time clause ending in 后', `${REPORT}全县添3名新委员后，班子结构更加合理。`, []],
  ['F8 must not fire: honours added (再添…荣誉)', `${REPORT}全县再添4个国家级荣誉。`, []],
  ['F9 must not fire: a count qualifying a noun of eligibility', `${REPORT}新添了2名家庭成员的农户可申请补助。`, []],
  ['F10 must not fire: records set (创造…纪录)', `${REPORT}全县创造了2项全省纪录。`, []],
  ['F11 must not fire: people sent to a course', `${REPORT}选派4名同志参加省级培训。`, []],
  ['F5b 转移 before the people moved still reads', `${REPORT}全县转移1.5万贫困人口。`, ['A 15000人 2023 [贫困人口]']],
  ['F5c 选派 before cadres sent to work still reads', `${POINTS}选派80名干部驻村。`, ['T = 80名 2025 [干部驻村]']],
  [
    'F5d 创成, 引育, 新添 still read',
    `${POINTS}全年创成3个省级示范村，引育4家龙头企业，新添9处口袋公园。`,
    ['T = 3个 2025 [省级示范村]', 'T = 4家 2025 [龙头企业]', 'T = 9处 2025 [口袋公园]'],
  ],
  ['F5e 创造 before jobs still reads', `${POINTS}全年创造3000个就业岗位。`, ['T = 3000个 2025 [就业岗位]']],
  ['F5f must not fire: 选修 courses', `${POINTS}每名干部选修4门课程。`, []],
  ['F7b must not fire: 建…年来', `${REPORT}该园区建8年来，累计入驻企业90家。`, ['A 90家 2023 [入驻企业]']],
  ['F7c 建 and 修 as the whole phrase still read', `${POINTS}全年建3个农贸市场，修15公里村道。`, ['T = 3个 2025 [农贸市场]', 'T = 15公里 2025 [村道]']],
  ['F8b must not fire: honours won (荣获)', `${REPORT}全县荣获5项国家级荣誉。`, []],
  // F12–F14. Gaps as ratios.
  [
    'F12a a gap from one ratio to another: both figures, the gap’s metric',
    `${REPORT}城乡居民收入差距由2.6∶1缩小到2.4∶1。`,
    ['A 2.6 2023 [城乡居民收入差距]', 'A 2.4 2023 [城乡居民收入差距]'],
  ],
  [
    'F12b 收入比 from one ratio to another: the metric is no :1',
    `${REPORT}城乡居民收入比由2.7:1缩小到2.5:1。`,
    ['A 2.7 2023 [城乡居民收入比]', 'A 2.5 2023 [城乡居民收入比]'],
  ],
  ['F13a a gap stated with 为', `${REPORT}城乡居民收入差距为2.3∶1。`, ['A 2.3 2023 [城乡居民收入差距]']],
  ['F13b a gap stated with 为, before a change of it', `${REPORT}城乡收入差距为2.2:1，比上年缩小0.1。`, ['A 2.2 2023 [城乡收入差距]']],
  ['F14a must not fire: 差距 in the clause before', `${POINTS}着力缩小差距，男女比例控制在1.2:1以内。`, []],
  ['F14b must not fire: a gap to a rival (与对手的差距)', `${REPORT}与对手的差距缩小到3:1。`, []],
  ['F14c must not fire: a score after 差距', `${REPORT}两队差距较大，比分为5∶1。`, []],
  ['F14d a gap held within a ratio still reads', `${POINTS}城乡居民收入差距控制在2.1∶1以内。`, ['T <= 2.1 2025 [城乡居民收入差距]']],
  ['F14e must not fire: a ratio of a procedure', `${POINTS}针对区域差距，按照3:1的比例安排配套资金。`, []],
  // F15. People counts.
  ['F15 must not fire: people counted as a project’s size', `${REPORT}全县8万农村人口安全饮水工程完成投资1.5亿元。`, ['A 1.5亿元 2023 [投资]']],
  ['F15b people whose problem is solved still read', `${REPORT}全县9万农村人口饮水问题得到解决。`, ['A 90000人 2023 [农村人口饮水问题得到解决]']],
  ['F15c people served still read', `${POINTS}为6万农村人口提供免费体检。`, ['T = 60000人 2025 [农村人口提供免费体检]']],
];

describeShapeCatalogue('mend m27u: bounds of the round-27 rules', CATALOGUE, {}, read);
