/**
 * Shape catalogue (round 27, r27u): figures of prose the reader passed over, by the shape of their sentence.
 * 1. Indicators counted by their standing against their goals or the other places (14项指标完成目标, 6项指标存在一定差距,
 *    9项指标居全市前列, 21项分指标超过或达到规划进度要求; a set named …目标中): a count result of a review (corpus Decisions
 *    25, grammar INDICATOR_PROGRESS). Must not fire: the same count aimed at, a plan's own list of indicators, 差距 with no count.
 * 2. 了 after a verb of work before a count (解决了3.2万人…, 改造了46个…): the verb still governs it. Must not fire: 了 after
 *    a verb that does no work on what is counted (提出了15条…, 听取了12个部门…).
 * 3. Two-character verbs of work of the shared table (WORK_ROOTS, WORK_ENDS in words.ts): 引育, 选派, 新添; 力促 a word of
 *    striving as 力争; a one-character verb of building as the whole phrase (建11所, 修5座, 再添31处). Must not fire: 建 before
 *    years, those characters in words that count nothing (转化科技成果, 选好用好干部, 力促消费回暖).
 * 4. A measure's growth or size ranked with its group between (增速全市第二, 总量全省县域第一) or before 的位置. Must not
 *    fire: 第一产业 or 第三届 after the same words (an ordinal of a noun).
 * 5. A half or a simple fraction as a share (压减一半, 半数以上, 1/4左右, 一半以上的). Must not fire: half of a quota
 *    (计划的一半), a vote (过半数通过, 半数以上同意), a date (2025/3/1), a size (1/2英寸), a part given a use (其中一半用于),
 *    a duration (一年半), a schedule (3/5工作日).
 * 6. Measure words the unit table lacked (艘次, 家次, 班列, m, 公里/万平方公里, 克标煤/千瓦时). Must not fire: mm and min, 一个班列.
 * 7. A gap between two measures given as a ratio against one (收入差距控制在2.2∶1以内: grammar GAP_WORD, TO_ONE with ∶), as
 *    收入比 is. Must not fire: a score won (以3:1战胜), a time (14∶10).
 * 8. People counted in 万 right before their noun, with 农村人口 and 农牧民 in the shared nouns (scan.ts PEOPLE_AFTER). Must not
 *    fire: the same noun before a per-head measure (3万农牧民人均…).
 * 9. A unit cut off where the text ends (提高1.2个百, 降至0.7吨标: units.ts unitCutOff, the one unit those characters start; 个百
 *    only after a decimal). Must not fire: 5个百 (a count), the same words before a stop, a whole unit.
 * Invented passages only (青禾县, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readValuesInOrder } from './entries-in-order.ts';

/** Every entry as `T cmp value unit year` or `A value unit year`, in text order. */
const read = readValuesInOrder;

const REPORT = '青禾县2024年政府工作报告\n过去一年，';
const POINTS = '青禾县2025年工作要点\n';

const CATALOGUE: [string, string, string[]][] = [
  // 1. Indicators counted by their standing.
  [
    '1a met their goals, and a gap, after the set they are drawn from (…目标中)',
    `${REPORT}县人大批准的20项主要指标目标中，14项指标完成目标，6项指标存在一定差距。`,
    ['A 14项 2023', 'A 6项 2023'],
  ],
  ['1b among the first of the places around', `${REPORT}全县有9项指标居全市前列。`, ['A 9项 2023']],
  [
    '1c sub-indicators against the plan’s pace (超过或达到规划进度要求)',
    `${REPORT}规划确定的25项分指标中，有21项分指标超过或达到规划进度要求。`,
    ['A 21项 2023'],
  ],
  [
    '1d pending: the gap after a list a count closes (…等14项指标完成目标，6项…) is passed over',
    `${REPORT}县人大批准的20项主要指标目标中，地区生产总值、一般公共预算收入等14项指标完成目标，6项指标存在一定差距。`,
    ['A 14项 2023', 'A 6项 2023'],
  ],
  ['1e must not fire: the same standing aimed at (力争…居全市前列)', '青禾县2024年政府工作报告\n今年，全县力争12项指标居全市前列。', []],
  ['1f must not fire: a plan’s own list of indicators', '青禾县2024年工作要点\n全县主要指标共18项，其中约束性指标6项。', []],
  ['1g must not fire: a gap with no count', `${REPORT}全县缩小与先进地区的差距，存在一定差距的领域逐步补齐。`, []],
  // 2. 了 after a verb of work.
  ['2a 解决了 and 改造了 before what they count', `${REPORT}解决了3.2万人饮水安全问题，改造了46个老旧小区。`, ['A 3.2万人 2023', 'A 46个 2023']],
  ['2b must not fire: 了 after a verb of proposing (提出了15条…)', `${REPORT}提出了15条具体措施。`, []],
  ['2c must not fire: 了 after a verb of hearing (听取了12个部门…)', `${REPORT}听取了12个部门的工作汇报。`, []],
  // 3. Two-character verbs of work.
  [
    '3a 引育, 选派, 新添 before what they count',
    `${POINTS}全年引育5家龙头企业，选派60名干部驻村，新添12处口袋公园。`,
    ['T = 5家 2025', 'T = 60名 2025', 'T = 12处 2025'],
  ],
  ['3b 力促 before the projects counted, as 力争', `${POINTS}全年力促8个项目开工、3个项目竣工。`, ['T = 8个 2025', 'T = 3个 2025']],
  ['3c must not fire: 转化, 选好 with no count', `${POINTS}坚持创新驱动，转化科技成果，选好用好干部。`, []],
  ['3d must not fire: 力促 before no figure', `${POINTS}全年力促消费回暖，力促外贸稳中提质。`, []],
  [
    '3e one-character verbs of building as the whole phrase (建, 修, 再添)',
    `${POINTS}全年建6所幼儿园，修12座农村桥梁，再添20处口袋公园。`,
    ['T = 6所 2025', 'T = 12座 2025', 'T = 20处 2025'],
  ],
  ['3f must not fire: 建 before years (建成5年来, 建于1998年)', `${POINTS}青禾大桥建成5年来运行良好，县图书馆建于1998年。`, []],
  // 4. Ranks with the group between.
  [
    '4a 增速全市第二, 总量全省县域第一',
    `${REPORT}全县地区生产总值增长7.1%，增速全市第二；粮食产量58万吨，总量全省县域第一。`,
    ['A 7.1% 2023', 'A 2位 2023', 'A 58万吨 2023', 'A 1位 2023'],
  ],
  ['4b a rank before 的位置', `${REPORT}全县地区生产总值跨上200亿元台阶，保持了综合实力全市第三的位置。`, ['A 200亿元 2023', 'A 3位 2023']],
  ['4c must not fire: 第二产业 after 增速高于', `${REPORT}全县第一产业增加值增长3.5%，增速高于第二产业。`, ['A 3.5% 2023']],
  ['4d must not fire: an ordinal of a festival and of a quarter', `${REPORT}全县举办第三届农民丰收节，第一季度开局良好。`, []],
  // 5. Halves and fractions.
  ['5a cut by half (压减一半)', `${POINTS}力争企业开办时间压减一半。`, ['T = 50% 2025']],
  [
    '5b a quarter with 左右, half and more before the places',
    `${POINTS}全县茶叶产量稳定在全市1/4左右，一半以上的乡镇建成电商服务站。`,
    ['T ~ 25% 2025', 'T >= 50% 2025'],
  ],
  ['5c 半数以上 before the places', `${POINTS}到2025年，全县半数以上行政村基本实现农业现代化。`, ['T >= 50% 2025']],
  ['5d must not fire: half of a quota (计划的一半以上)', `${POINTS}确保上半年完成年度投资计划的一半以上。`, []],
  ['5e must not fire: a vote (过半数通过, 半数以上同意)', `${POINTS}代表大会选举须经全体代表过半数通过，半数以上同意方为有效。`, []],
  ['5f must not fire: a date, a size, a part given a use', `${POINTS}全县公告于2025/3/1发布，采用1/2英寸管材，其中一半用于乡村道路。`, []],
  ['5g must not fire: a duration and a schedule', `${POINTS}项目工期一年半，每周3/5工作日开放。`, []],
  // 6. Measure words the unit table lacked.
  [
    '6a visits of ships and of enterprises, trains by 班列, Latin metres',
    `${REPORT}邮轮母港接待邮轮超过120艘次，检查旅游企业860家次，海铁联运班列突破2万班列，修复护栏260m。`,
    ['A 120艘次 2023', 'A 860家次 2023', 'A 2万班列 2023', 'A 260m 2023'],
  ],
  [
    '6b a density and coal burnt per kilowatt-hour',
    `${POINTS}铁路网密度达到320公里/万平方公里，火电平均供电煤耗控制在295克标煤/千瓦时以下。`,
    ['T >= 320公里/万平方公里 2025', 'T <= 295克标煤/千瓦时 2025'],
  ],
  ['6c must not fire: a diameter in mm and a time in min', `${POINTS}采购直径20mm钢管，每次培训时长30min。`, []],
  ['6d must not fire: 班列 as a noun after 一个', `${POINTS}全县新开一个班列专线。`, []],
  // 7. A gap given as a ratio against one.
  [
    '7a a gap kept within a ratio, with the ratio sign (2.2∶1以内)',
    `${POINTS}到2025年，城乡居民收入差距控制在2.3∶1以内，县城与乡镇人均收入差距缩小到1.5∶1。`,
    ['T <= 2.3 2025', 'T <= 1.5 2025'],
  ],
  ['7b must not fire: a score won, a gap named after it', `${POINTS}县队以3:1战胜邻县，差距明显。`, []],
  ['7c must not fire: a time of day', `${POINTS}会议于14∶10开始。`, []],
  // 8. People counted in 万 before their noun.
  ['8a 农村人口 after a count in 万', `${POINTS}全年解决2.6万农村人口饮水安全问题。`, ['T = 26000人 2025']],
  ['8b must not fire: 农牧民 before a per-head measure', `${POINTS}全县3万农牧民人均可支配收入增长8%。`, ['T = 8% 2025']],
  // 9. A unit cut off where the text ends.
  ['9a percentage points cut after a decimal (提高1.5个百)', `${POINTS}全县3岁以下婴幼儿入托率提高1.5个百`, ['T = 1.5百分点 2025']],
  ['9b coal cut (降至0.6吨标)', `${POINTS}全县万元生产总值能耗降至0.6吨标`, ['T <= 0.6吨标煤 2025']],
  ['9c must not fire: 个百 after a whole number (a count cut before 百亿级…)', `${POINTS}全县新建幼儿园5个百`, []],
  [
    '9d must not fire: the same words closed by a stop, and a whole unit at the end',
    `${POINTS}全县新建幼儿园5个，百姓满意。全县粮食产量达到50万吨`,
    ['T = 5个 2025', 'T >= 50万吨 2025'],
  ],
];

describeShapeCatalogue('catalogue r27u: prose figures by the shape of their sentence', CATALOGUE, { '1d': ['A 14项 2023'] }, read);
