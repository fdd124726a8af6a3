/**
 * Shape catalogue (round 29, r29d): passages headed by a year — digests of one fact a line whose lines carry no tense cue
 * of their own, under a line that is a year alone or a year and a short label (extract.ts YEAR_HEADING, yearHeadingOf).
 * The heading sets the role and year of the uncued lines under it until the next such heading or the block's end: a year
 * before the plan's reports that year's results, the plan's year or a later one sets its targets; a label of results
 * (成绩单, 亮点, 答卷, 回顾) or of aims (展望, 目标, 新局, 落点) says so whatever the year. Lines with a cue of their own
 * (预计, 力争, 已, 同比) keep it.
 * Must not fire: a year line that is the date of a news item (a month right under it), a year opening a sentence, a plan's
 * timeline of a year and a verb a line, a plan's stages written 2025年：… on one line, a table's year columns, a bare year
 * a PDF split from its 年.
 * Invented passages only (青禾县, 石川镇, 云岭省, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readValuesInOrder } from './entries-in-order.ts';

/** Every entry as `T cmp value unit year` or `A value unit year`, in text order. */
const read = readValuesInOrder;

const CATALOGUE: [string, string, string[]][] = [
  [
    '1a a county’s report in eight lines: a past year over results, the plan year over targets',
    '一图读懂青禾县2025年政府工作报告\n2024年\n地区生产总值增长6.2%\n新增城镇就业3100人\n建成高标准农田2.1万亩\n' +
      '2025年\n地区生产总值增长6%左右\n新增城镇就业3000人以上\n新建村级养老服务站12个',
    ['A 6.2% 2024', 'A 3100人 2024', 'A 2.1万亩 2024', 'T ~ 6% 2025', 'T >= 3000人 2025', 'T = 12个 2025'],
  ],
  [
    '1b a department’s year-end card: 成绩单 over results, 目标 over aims, blank lines between',
    '青禾县文旅局2025年工作报告摘编\n\n2024年成绩单\n\n接待游客286万人次\n\n新增A级景区2个\n\n' + '2025年目标\n\n接待游客突破300万人次\n\n新增星级民宿8家',
    ['A 286万人次 2024', 'A 2个 2024', 'T > 300万人次 2025', 'T = 8家 2025'],
  ],
  [
    '1c a town’s 展望 block after its year’s results',
    '石川镇2025年政府工作报告速览\n回顾2024年\n新建农村公路18公里\n改造危房46户\n展望2025年\n新建农村公路20公里\n培育家庭农场15家',
    ['A 18公里 2024', 'A 46户 2024', 'T = 20公里 2025', 'T = 15家 2025'],
  ],
  [
    '1d a province’s 亮点 / 落点 pair, each over its year',
    '云岭省2025年政府工作报告解读\n一、稳增长\n云岭亮点\n2024年\n外贸进出口增长9.6%\n新增市场主体41万户\n' +
      '云岭落点\n2025年\n外贸进出口增长5%以上\n新增市场主体40万户',
    ['A 9.6% 2024', 'A 410000户 2024', 'T >= 5% 2025', 'T = 400000户 2025'],
  ],
  [
    '1e a table-like list under a year, name and figure spaced apart',
    '图说青禾县2025年政府工作报告\n2024年\n规上工业增加值  增长9.1%\n社会消费品零售总额  增长5.4%\n2025年\n规上工业增加值  增长8%\n社会消费品零售总额  增长6%',
    ['A 9.1% 2024', 'A 5.4% 2024', 'T = 8% 2025', 'T = 6% 2025'],
  ],
  [
    '1f a year without 年 and a label: 成绩单 and 新目标',
    '青禾县2025年政府工作报告发布\n2024成绩单\n建成口袋公园23个\n2025新目标\n建成口袋公园30个',
    ['A 23个 2024', 'T = 30个 2025'],
  ],
  [
    '1g a year and a few words closed by a label of aims (开新局)',
    '青禾县2025年政府工作报告\n2024年\n引进亿元项目26个\n2025 青禾 开新局\n引进亿元项目30个',
    ['A 26个 2024', 'T = 30个 2025'],
  ],
  [
    '1h a line of its own cue keeps it: 已 under the plan year’s heading is a result, the next uncued line a target again',
    '青禾县2025年政府工作报告\n2024年\n新增城镇就业3100人\n2025年\n新增城镇就业3000人\n一季度已新增城镇就业900人\n新建公办幼儿园4所',
    ['A 3100人 2024', 'T = 3000人 2025', 'A 900人 2025', 'T = 4所 2025'],
  ],
  [
    '1i a past year’s heading gives way to a line turning to the plan (今年…) with no year heading',
    '青禾县2025年政府工作报告\n2024年\n新增城镇就业3100人\n今年主要预期目标\n新增城镇就业3000人',
    ['A 3100人 2024', 'T = 3000人 2025'],
  ],
  [
    '2a must not fire: a year line that is a news item’s date, a month right under it',
    '青禾县2025年工作要点\n2024年\n12月28日\n全县新增城镇就业3000人以上',
    ['T >= 3000人 2025'],
  ],
  [
    '2b must not fire: a year opening a sentence with no label word',
    '青禾县2025年工作要点\n2025年全县上下要团结一心\n新建村级养老服务站12个',
    ['T = 12个 2025'],
  ],
  [
    '2c must not fire: a plan’s timeline, a year and a verb a line, keeps the plan’s horizon for the line after it',
    '青禾县智慧园区建设实施方案（2024—2026年）\n2024年 启动建设\n2026年 建成投用\n园区入驻企业达到50家',
    ['T >= 50家 2026'],
  ],
  [
    '2d must not fire: a plan’s stages written on their lines (2025年：…) date their own lines only',
    '青禾县老旧小区改造三年行动方案（2024—2026年）\n2024年：改造老旧小区10个。\n2025年：改造老旧小区15个。\n2026年：改造老旧小区20个。',
    ['T = 10个 2024', 'T = 15个 2025', 'T = 20个 2026'],
  ],
  [
    '2e must not fire: a year split by a PDF from its 年 is no heading',
    '青禾县2025年工作要点\n2024\n年全县新增城镇就业3100人。\n新建村级养老服务站12个',
    ['A 3100人 2024', 'T = 12个 2025'],
  ],
  [
    '2f must not fire: a label of results after words of an aim (要交出…答卷) is a sentence that plans, no heading of results',
    '青禾县2025年工作要点\n2025年要交出更好答卷\n新建村级养老服务站12个',
    ['T = 12个 2025'],
  ],
  [
    '1j a plan’s stages headed by their years alone (2025年：) date the lines under each',
    '青禾县老旧小区改造三年行动方案（2024—2026年）\n2025年：\n改造老旧小区15个\n2026年：\n改造老旧小区20个',
    ['T = 15个 2025', 'T = 20个 2026'],
  ],
];

/** Shapes not read yet, pinned to today's reading. */
const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('shape catalogue r29d: passages headed by a year', CATALOGUE, PENDING, read);
