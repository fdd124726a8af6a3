/**
 * Mend m29d (round 29, review of r29d): the probes review29d.md ran through the round-29 year heading (extract.ts YEAR_HEADING,
 * yearHeadingOf, yearHeadingsAim) — three-year plans with stage headings, work points, timelines, indicator lists under a year,
 * news whose masthead is a bare year, results-only year-end reports, reports whose plan-year line heads the year's aims — each
 * as the reader must read it. Findings mended: a summary's own year reports (summaryTitle), a year over 一季度/上半年/1—5月 heads
 * results so far (MONTHS_GONE_UNDER), a plan year only guessed from the targets sets no role (yearOfTargets), 预测数据 says no
 * results (FORECAST_BEFORE_LABEL), a year right under a year is no heading, and a results heading gives way to a line opening
 * with the plan year (turnsFromHeading) and hands the next line back to the part. Findings both readers read wrong are
 * pending with today's reading. Invented passages only (青禾县, 石川镇, 云岭省, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readValuesInOrder } from './entries-in-order.ts';

const read = readValuesInOrder;

const CATALOGUE: [string, string, string[]][] = [
  [
    'ye2 finding, mended: a work summary’s heading of its own year (2024年 in 2024年工作总结) over results, a 下一步…力争 sentence after them — results (was targets)',
    '青禾县2024年工作总结\n2024年\n地区生产总值预计增长6%\n新增城镇就业3100人\n建成高标准农田2.1万亩\n下一步，我们将力争地区生产总值增长6.5%。',
    ['A 6% 2024', 'A 3100人 2024', 'A 2.1万亩 2024', 'T = 6.5% 2024'],
  ],
  [
    'm12 finding, mended: a half-year summary’s heading of its year over an uncued 完成投资 line — a result (was a target)',
    '青禾县2024年上半年工作总结\n2024年\n上半年新增城镇就业1600人\n完成投资40亿元\n下半年，力争新增城镇就业1500人。',
    ['A 1600人 2024', 'A 40亿元 2024', 'T = 1500人 2024'],
  ],
  [
    'tl4 finding, mended: a news retrospective’s timeline 2022年/2023年/2024年, the plan year only the targets’ — each year’s results (the last was a target)',
    '2024年12月30日 青禾日报\n青禾县经济发展十年回眸\n2022年\n全县地区生产总值突破200亿元\n2023年\n全县地区生产总值突破230亿元\n2024年\n全县地区生产总值突破260亿元',
    ['A 200亿元 2022', 'A 230亿元 2023', 'A 260亿元 2024'],
  ],
  [
    'rp5 finding, mended: 2025年 over 一季度… in news of progress heads the year’s results so far, not its aims (规上工业增加值增长7.5% was a target)',
    '青禾县经济运行稳中向好\n2024年\n全县地区生产总值增长6.2%\n2025年\n一季度全县地区生产总值增长5.8%\n规上工业增加值增长7.5%',
    ['A 6.2% 2024', 'A 5.8% 2025', 'A 7.5% 2025'],
  ],
  [
    'il4 finding, mended: 2025年预测数据 — a label of results after a forecast word says neither; the plan year’s line stays a target (was a result)',
    '青禾县2025年计划执行情况\n指标\n2024年数据\n地区生产总值增长6.2%\n2025年预测数据\n地区生产总值增长6%',
    ['A 6.2% 2024', 'T = 6% 2025'],
  ],
  [
    'm11 finding, mended: a past year’s heading gives way to a line opening with the plan year (2025年工作打算) — its line a target (was a 2024 result)',
    '青禾县2025年工作要点\n2024年\n新增城镇就业3100人\n2025年工作打算\n新增城镇就业3000人',
    ['A 3100人 2024', 'T = 3000人 2025'],
  ],
  [
    'm13 finding, mended: a year right under a year alone (2023年⏎2024年, a table’s columns) is no heading either — read as before',
    '青禾县2025年工作要点\n2023年\n2024年\n新增城镇就业3100人',
    ['T = 3100人 2025'],
  ],
  [
    'lb7 finding, mended to before: a past year’s heading closed by 展望未来 hands the next line back to the part’s year (was dated 2024); its role pending',
    '青禾县2025年政府工作报告\n2024年\n新增城镇就业3100人\n展望未来\n新增城镇就业3000人',
    ['A 3100人 2024', 'T = 3000人 2025'],
  ],
  [
    'tl5 finding, mended to before: a plan year guessed from the targets (推进计划 with no year) sets no role for a bare year heading (2024年 read a result); the stage years pending',
    '青禾县智慧城市项目推进计划\n2024年\n完成一期工程，投资1.2亿元\n2025年\n完成二期工程，投资2亿元',
    ['T = 1.2亿元 2024', 'T = 2亿元 2025'],
  ],
  [
    'rp2 both wrong: 一图读懂…2025年政府工作报告 with 过去一年 then 2025年 over the report’s aims — read as results of a text of results only',
    '一图读懂青禾县2025年政府工作报告\n过去一年\n地区生产总值增长6.2%\n2025年\n地区生产总值增长6%左右\n新增城镇就业3000人',
    ['A 6.2% 2024', 'T ~ 6% 2025', 'T = 3000人 2025'],
  ],
  [
    'rp6 both wrong: a 2025年政府工作报告 whose 2025年 line heads its aims with no past heading — read as results',
    '青禾县2025年政府工作报告\n2025年\n全县上下要凝心聚力\n地区生产总值增长6%左右\n一般公共预算收入增长5%',
    ['T ~ 6% 2025', 'T = 5% 2025'],
  ],
  [
    'lb3 both wrong: 2025年奋斗目标 after 2024年工作成效 — the heading dates its line 2025 but the review part keeps it a result',
    '青禾县2025年政府工作报告解读\n2024年工作成效\n新增城镇就业3100人\n2025年奋斗目标\n新增城镇就业3000人',
    ['A 3100人 2024', 'T = 3000人 2025'],
  ],
  [
    'm2 both wrong: 2025年工作目标 after 2024年工作回顾 — dated 2025, still a result under the review part',
    '青禾县2025年政府工作报告摘要\n2024年工作回顾\n新增城镇就业3100人\n2025年工作目标\n新增城镇就业3000人',
    ['A 3100人 2024', 'T = 3000人 2025'],
  ],
  [
    'm10 both wrong: a bare 2025年 after 2024年重点工作回顾 — dated 2025, still a result under the review part',
    '青禾县2025年工作要点\n2024年重点工作回顾\n新增城镇就业3100人\n全年完成投资70亿元\n2025年\n新增城镇就业3000人',
    ['A 3100人 2024', 'A 70亿元 2024', 'T = 3000人 2025'],
  ],
  [
    'ap1 a three-year plan’s stage headings 2024年/2025年/2026年 date their targets',
    '青禾县老旧小区改造三年行动方案（2024—2026年）\n一、主要目标\n2024年\n改造老旧小区10个\n2025年\n改造老旧小区15个\n2026年\n改造老旧小区20个',
    ['T = 10个 2024', 'T = 15个 2025', 'T = 20个 2026'],
  ],
  [
    'ap2 stage headings under 到2027年 date their own targets; the horizon line keeps 2027',
    '青禾县数字乡村建设三年行动方案（2025—2027年）\n为加快数字乡村建设，制定本方案。\n一、发展目标\n到2027年，全县建成5G基站1200个。\n2025年\n建成5G基站400个\n2026年\n建成5G基站800个\n二、重点任务\n（一）完善网络设施。',
    ['T = 1200个 2027', 'T = 400个 2025', 'T = 800个 2026'],
  ],
  [
    'ap3 an action plan’s 发展现状 under 2024年 reports the base year',
    '青禾县数字乡村建设三年行动方案（2025—2027年）\n一、发展现状\n2024年\n全县建成5G基站300个\n行政村光纤通达率100%\n二、发展目标\n到2027年，全县建成5G基站1200个。',
    ['A 300个 2024', 'A 100% 2024', 'T = 1200个 2027'],
  ],
  [
    'ap4 stage headings over 达到 lines; 保障措施 (next block) keeps the horizon',
    '青禾县农村供水保障三年行动计划（2024—2026年）\n一、工作目标\n2024年\n农村自来水普及率达到90%\n2025年\n农村自来水普及率达到93%\n2026年\n农村自来水普及率达到95%以上\n二、保障措施\n县财政每年安排资金2000万元。',
    ['T >= 90% 2024', 'T >= 93% 2025', 'T >= 95% 2026', 'T = 2000万元 2026'],
  ],
  [
    'ap5 阶段目标 headings end at the next numbered block: 重点任务 keeps the horizon',
    '云岭省制造业数字化转型行动方案（2024—2027年）\n一、总体目标\n到2027年，规上工业企业数字化改造全覆盖。\n二、阶段目标\n2024年\n完成200家企业诊断\n2025年\n完成500家企业改造\n三、重点任务\n实施“智改数转”工程，培育示范工厂30家。',
    ['T = 200家 2024', 'T = 500家 2025', 'T = 30家 2027'],
  ],
  [
    'ap8 第一阶段 ⏎ 2024年 stage headings',
    '石川镇人居环境整治三年行动方案（2024—2026年）\n第一阶段\n2024年\n完成12个村庄整治\n第二阶段\n2025年\n完成18个村庄整治',
    ['T = 12个 2024', 'T = 18个 2025'],
  ],
  [
    'ap7 a 十四五 mid-term review: 2020年 base reports, 2025年 aims',
    '青禾县“十四五”交通规划中期评估\n2020年\n公路总里程3200公里\n2025年\n公路总里程达到3600公里',
    ['A 3200公里 2020', 'T >= 3600公里 2025'],
  ],
  [
    'm6 a 十四五 纲要: 2020年 base reports, 2025年 aims',
    '青禾县“十四五”规划纲要\n2020年\n地区生产总值180亿元\n2025年\n地区生产总值达到260亿元',
    ['A 180亿元 2020', 'T >= 260亿元 2025'],
  ],
  [
    'wp1 work points: 2025年 over the plan year’s targets',
    '青禾县2025年工作要点\n一、主要目标\n2025年\n地区生产总值增长6%左右\n新增城镇就业3000人',
    ['T ~ 6% 2025', 'T = 3000人 2025'],
  ],
  [
    'wp3 work points: 2024年 after 2025年 reports the year before',
    '青禾县农业农村局2025年工作要点\n2025年\n粮食播种面积稳定在52万亩\n2024年\n粮食总产量达到21万吨',
    ['T ~ 52万亩 2025', 'A 21万吨 2024'],
  ],
  [
    'wp4 work points: 2024年 inside a review block reports',
    '石川镇2025年工作要点\n一、2024年工作回顾\n2024年\n全镇实现财政收入1.2亿元\n二、2025年主要目标\n全镇财政收入增长5%',
    ['A 1.2亿元 2024', 'T = 5% 2025'],
  ],
  [
    'tl2 must not fire: a 大事记 year over bullet months',
    '青禾县大事记\n2024年\n·1月，青禾县召开经济工作会议。\n·3月，全县新增市场主体1200户。',
    ['A 1200户 2024'],
  ],
  ['tl3 must not fire into months: a 大事记 year over 一月', '青禾县大事记\n2024年\n一月\n全县新增市场主体1200户\n二月\n青禾高铁站开工建设', ['A 1200户 2024']],
  [
    'il1 a table split one cell a line: 2024年 完成值 / 2025年 目标值',
    '青禾县2025年主要经济指标\n指标名称\n2024年\n完成值\n2025年\n目标值\n地区生产总值\n亿元\n1250\n1330',
    ['A 1250 2024', 'T = 1330 2025'],
  ],
  [
    'il3 a plan’s 2025年 over spaced indicator lines',
    '青禾县2025年计划指标\n2025年\n地区生产总值  1330亿元\n一般公共预算收入  65亿元\n城镇居民人均可支配收入  4.2万元',
    ['T = 1330亿元 2025', 'T = 65亿元 2025', 'T = 4.2万元 2025'],
  ],
  [
    'nw1 must not fire: a bulletin’s 2024年 ⏎ 第12期 masthead over news of results',
    '青禾县政务简报\n2024年\n第12期\n青禾县人民政府办公室编\n全县上半年经济运行稳中向好\n全县地区生产总值增长6.1%\n新增城镇就业1800人',
    ['A 6.1% 2024', 'A 1800人 2024'],
  ],
  [
    'nw2 must not fire: 2025年 ⏎ 第3期 over news of spring sowing',
    '青禾新闻\n2025年\n第3期\n全县春耕生产有序推进\n已完成早稻育秧8万亩\n全县粮食播种面积52万亩',
    ['A 8万亩 2025', 'A 52万亩 2025'],
  ],
  ['nw3 must not fire: 2024年 ⏎ 星期五 over a news result', '青禾日报\n2024年\n星期五\n全县新增城镇就业3100人', ['A 3100人 2024']],
  [
    'nw4 must not fire: 2025年 ⏎ 农历乙巳年 over a meeting’s results',
    '青禾县融媒体中心\n2025年\n农历乙巳年\n青禾县召开全县经济工作会议\n会议指出，全县地区生产总值增长6.2%。',
    ['A 6.2% 2025'],
  ],
  [
    'ye1 a results-only summary: 2024年 over 预计 and uncued lines',
    '青禾县2024年工作总结\n2024年\n地区生产总值预计增长6%\n新增城镇就业3100人\n建成高标准农田2.1万亩',
    ['A 6% 2024', 'A 3100人 2024', 'A 2.1万亩 2024'],
  ],
  [
    'ye3 a summary and plan: 2024年 results (预计), 2025年 targets',
    '青禾县发展改革局2024年工作总结和2025年工作计划\n2024年\n完成固定资产投资50亿元（预计）\n新建产业项目12个\n2025年\n力争完成固定资产投资55亿元\n新建产业项目15个',
    ['A 50亿元 2024', 'A 12个 2024', 'T = 55亿元 2025', 'T = 15个 2025'],
  ],
  [
    'ye4 results-only 经济运行情况 with 预计',
    '青禾县2024年经济运行情况\n2024年\n预计全县地区生产总值增长5.8%\n规上工业增加值增长7.2%\n社会消费品零售总额增长4.6%',
    ['A 5.8% 2024', 'A 7.2% 2024', 'A 4.6% 2024'],
  ],
  [
    'ye5 a summary’s 主要成效 block under 2024年; 2025年工作思路 aims',
    '石川镇2024年度工作总结\n一、主要成效\n2024年\n全镇新增家庭农场15家\n新建农村公路18公里\n二、存在问题\n三、2025年工作思路\n新建农村公路20公里',
    ['A 15家 2024', 'A 18公里 2024', 'T = 20公里 2025'],
  ],
  [
    'rp1 a report’s 2025年工作安排 block with a 2025年 heading over targets',
    '青禾县2025年政府工作报告\n一、2024年工作回顾\n全县地区生产总值增长6.2%。\n二、2025年工作安排\n2025年\n地区生产总值增长6%左右\n新增城镇就业3000人',
    ['A 6.2% 2024', 'T ~ 6% 2025', 'T = 3000人 2025'],
  ],
  [
    'rp3 2025年 over 上半年 lines: results of the months',
    '青禾县2025年上半年经济运行情况\n2025年\n上半年地区生产总值增长5.9%\n规上工业增加值增长7.1%\n社会消费品零售总额增长4.8%',
    ['A 5.9% 2025', 'A 7.1% 2025', 'A 4.8% 2025'],
  ],
  ['rp4 2025年 ⏎ 一季度 over results', '青禾县经济运行简况\n2025年\n一季度\n地区生产总值增长5.6%\n规上工业增加值增长7.0%', ['A 5.6% 2025', 'A 7% 2025']],
  [
    'rp7 a delivered report: 2024年 under 工作回顾, then 主要目标',
    '各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n2024年\n全县地区生产总值增长6.2%\n新增城镇就业3100人\n二、2025年主要目标\n地区生产总值增长6%左右',
    ['A 6.2% 2024', 'A 3100人 2024', 'T ~ 6% 2025'],
  ],
  [
    'lb1 must not fire: 2025年十大亮点工程 (亮点 not closing the line)',
    '青禾县2025年工作要点\n2025年十大亮点工程\n建成青禾大道\n新建学校3所',
    ['T = 3所 2025'],
  ],
  ['lb2 2030年目标 over a vision target', '云岭省2030年远景目标\n2030年目标\n地区生产总值达到10万亿元', ['T >= 10万亿元 2030']],
  ['lb5 2025年 ⏎ 主要看点 in work points', '青禾县2025年工作要点\n2025年\n主要看点\n新建学校3所\n新增城镇就业3000人', ['T = 3所 2025', 'T = 3000人 2025']],
  ['lb6 2024年成绩 then 今年目标', '青禾县2024年工作回顾\n2024年成绩\n新增城镇就业3100人\n今年目标\n新增城镇就业3000人', ['A 3100人 2024', 'T = 3000人 2025']],
  ['m1 ■2024年 / ■2025年 bullets', '青禾县2025年工作要点\n■2024年\n新增城镇就业3100人\n■2025年\n新增城镇就业3000人', ['A 3100人 2024', 'T = 3000人 2025']],
  [
    'm3 2026年目标 then 2025年 in work points',
    '青禾县2025年工作要点\n2026年目标\n新增城镇就业3200人\n2025年\n新增城镇就业3000人',
    ['T = 3200人 2026', 'T = 3000人 2025'],
  ],
  [
    'm4 2024年： / 2025年： colon headings',
    '青禾县2025年工作要点\n2024年：\n新增城镇就业3100人\n2025年：\n新增城镇就业3000人',
    ['A 3100人 2024', 'T = 3000人 2025'],
  ],
  [
    'm5 a 统计公报’s 2024年 over its results',
    '青禾县2024年统计公报\n2024年\n全县地区生产总值达到256亿元\n全县常住人口42.3万人',
    ['A 256亿元 2024', 'A 42.3万人 2024'],
  ],
  [
    'm7 2025年 heading ends at its block: 重点工作 read as the part',
    '石川镇2025年工作计划\n一、主要目标\n2025年\n全镇财政收入1.3亿元\n二、重点工作\n新建农村公路20公里\n改造危房50户',
    ['T = 1.3亿元 2025', 'T = 20公里 2025', 'T = 50户 2025'],
  ],
  [
    'm8 under the plan year’s heading a 一季度已 line reports, the next uncued line aims again',
    '青禾县2025年政府工作报告\n2024年\n新增城镇就业3100人\n2025年\n新增城镇就业3000人\n一季度已新增城镇就业800人\n全年完成投资80亿元',
    ['A 3100人 2024', 'T = 3000人 2025', 'A 800人 2025', 'T = 80亿元 2025'],
  ],
  [
    'm9 a 十四五 implementation review, 2021年/2022年/2023年 each over its results',
    '青禾县“十四五”规划实施情况\n2021年\n地区生产总值增长7.1%\n2022年\n地区生产总值增长5.2%\n2023年\n地区生产总值增长6.0%',
    ['A 7.1% 2021', 'A 5.2% 2022', 'A 6% 2023'],
  ],
  [
    'm14 a plan-year heading over targets, a line with its own past year reports',
    '青禾县2025年重点项目计划\n2025年\n新开工项目60个\n完成投资120亿元\n2024年完成投资110亿元',
    ['T = 60个 2025', 'T = 120亿元 2025', 'A 110亿元 2024'],
  ],
  [
    'm15 展望2025 (no 年) over the report’s aims',
    '云岭省2025年政府工作报告\n展望2025\n外贸进出口增长5%\n新增市场主体40万户',
    ['T = 5% 2025', 'T = 400000户 2025'],
  ],
];

/** Shapes not read right yet, pinned to today's reading (the right one is in the catalogue). */
const PENDING: Record<string, string[]> = {
  lb7: ['A 3100人 2024', 'A 3000人 2025'],
  tl5: ['T = 1.2亿元 2025', 'T = 2亿元 2025'],
  rp2: ['A 6.2% 2024', 'A 6% 2025', 'A 3000人 2025'],
  rp6: ['A 6% 2025', 'A 5% 2025'],
  lb3: ['A 3100人 2024', 'A 3000人 2025'],
  m2: ['A 3100人 2024', 'A 3000人 2025'],
  m10: ['A 3100人 2024', 'A 70亿元 2024', 'A 3000人 2025'],
};

describeShapeCatalogue('mend m29d: passages headed by a year', CATALOGUE, PENDING, read);
