/**
 * Shape catalogue (round 30, r30s): the cue words as wide as the language. The grammar's word lists grew from the corpus
 * one text at a time; a Chinese plan or news writer has synonyms for each of them — a bound (逾, 超出, 不突破, 不足, 及以下,
 * 之内…), a verb of aim (力求, 务必…), a plan's 计划 + verb of work, a period word, a measure word — that carry the same role.
 * Each passage shows one such synonym read as its list reads the others, and the must-not-fire passages keep the word in
 * its other sense (逾期, 不到位, 将近期…) from binding anything. Invented passages only (a county, a town, a department, a
 * province, a statistics communiqué, a news digest).
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readValuesInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T cmp value unit year` or `A value unit year`, in text order. */
const read = (text: string): string[] => readValuesInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. Bounds: the synonyms of 超过, 不超过, 以下, 以内, 低于 and 约 (words.ts PRE_COMPARATORS / POST_COMPARATORS).
  [
    '1a a city’s work plan: 不突破 a ceiling, 逾 a floor passed',
    '松川市2024年重点工作安排\n今年全市政府性债务余额不突破120亿元，新增城镇就业逾2.5万人。',
    ['T <= 120亿元 2024', 'T > 2.5万人 2024'],
  ],
  [
    '1b a town’s work points: 将近 about, 约为 about',
    '柳溪镇2024年工作要点\n全镇力争改造农村户厕将近800户，森林覆盖率约为62%。',
    ['T ~ 800户 2024', 'T ~ 62% 2024'],
  ],
  [
    '1c a department’s plan: 及以下 and 之内 after the figure, 至多 and 不多于 before it',
    '青禾县水利局2024年工作计划\n今年全县小型病险水库控制在3座及以下，农村供水工程故障修复率达到95%，水质超标天数至多10次，停水投诉不多于20件。',
    ['T <= 3座 2024', 'T >= 95% 2024', 'T <= 10次 2024', 'T <= 20件 2024'],
  ],
  [
    '1d a statistics communiqué: 超出, 不足, 逾 with results',
    '岭南省2023年国民经济和社会发展统计公报\n全年全省城镇新增就业超出80万人，城镇调查失业率不足5%，规模以上工业企业数量逾1.2万家。',
    ['A 80万人 2023', 'A 5% 2023', 'A 12000家 2023'],
  ],
  // Must not fire: the words in their other senses.
  [
    '1e 逾期 and 不到位 are no bounds; 突破 alone still passes its figure',
    '松川市2024年重点工作安排\n今年全市要清理逾期未办结事项，整改不到位的坚决问责，力争新增城镇就业2.5万人，旅游收入突破50亿元。',
    ['T = 2.5万人 2024', 'T > 50亿元 2024'],
  ],
  [
    '1f 将近期 is 将 of the future before 近期, no bound',
    '柳溪镇2024年工作要点\n全镇将近期工作重点放在人居环境整治上，今年新建污水管网12公里。',
    ['T = 12公里 2024'],
  ],
  // 2. Aims: the synonyms of 力争 and 确保 (words.ts PLAN_CUES) and 计划 + a verb of work (PLANNED_WORK),
  // after a paragraph of results.
  [
    '2a a county report: 力求 after the year reviewed',
    '2024年青禾县政府工作报告\n过去一年，全县地区生产总值增长6.1%。力求地区生产总值增长6.5%，新建农村公路150公里。',
    ['A 6.1% 2023', 'T = 6.5% 2024', 'T = 150公里 2024'],
  ],
  [
    '2b a county report: 务必完成, 努力实现',
    '2024年青禾县政府工作报告\n过去一年，全县新建农村公路120公里。务必完成新建农村公路150公里，努力实现粮食产量25万吨。',
    ['A 120公里 2023', 'T = 150公里 2024', 'T = 25万吨 2024'],
  ],
  [
    '2c a department’s summary and next year’s ideas: 奋力完成, 力促实现, 力保完成',
    '松川市商务局2024年工作总结和2025年工作思路\n2024年，全市社会消费品零售总额增长4.8%。奋力完成社会消费品零售总额增长5%；力促实现外贸进出口总额突破80亿元；力保完成粮食产量30万吨。',
    ['A 4.8% 2024', 'T = 5% 2025', 'T > 80亿元 2025', 'T = 30万吨 2025'],
  ],
  [
    '2d a town’s summary: 计划新建, 计划培训, 计划举办',
    '柳溪镇2024年工作总结\n2024年，全镇完成农村户厕改造300户。计划新建污水管网12公里，计划培训高素质农民500人次，计划举办农民丰收节活动3场。',
    ['A 300户 2024', 'T = 12公里 2024', 'T = 500人次 2024', 'T = 3场 2024'],
  ],
  // Must not fire: a review's 努力, 全力促进, 大力保障, 奋力拼搏, and a bare 力促 (力促消费回暖: mend m26r F22), report what was done.
  [
    '2e 经过…努力, 全力促进, 大力保障 in a review',
    '2024年青禾县政府工作报告\n过去一年，经过全县上下共同努力，全县地区生产总值增长6.1%。我们全力促进消费回暖，社会消费品零售总额增长4.8%；大力保障民生，新增城镇就业3200人。',
    ['A 6.1% 2023', 'A 4.8% 2023', 'A 3200人 2023'],
  ],
  [
    '2f 奋力拼搏 in a review',
    '2024年青禾县政府工作报告\n过去一年，全县地区生产总值增长6.1%。我们奋力拼搏，狠抓项目建设，全年实施重点项目86个。',
    ['A 6.1% 2023', 'A 86个 2023'],
  ],
  ['2g a bare 力促 in a half-year summary', '青禾区2024年上半年工作总结\n上半年，全区力促消费回暖，社会消费品零售总额增长7%。', ['A 7% 2024']],
  // 3. Results: the other spellings of 截至目前, 数据显示 and 去年 (words.ts RESULT_CUES, LAST_YEAR_WORDS) after a sentence that plans.
  [
    '3a news of a county meeting: 到目前为止 counts to date',
    '青禾县2024年农村公路建设推进会召开\n会议提出，今年全县力争新建农村公路150公里。到目前为止，全县开工农村公路62公里。',
    ['T = 150公里 2024', 'A 62公里 2024'],
  ],
  [
    '3b the same with 迄今',
    '青禾县2024年农村公路建设推进会召开\n会议提出，今年全县力争新建农村公路150公里。迄今，全县开工农村公路62公里。',
    ['T = 150公里 2024', 'A 62公里 2024'],
  ],
  [
    '3c a city report: 截至当前 and 统计表明',
    '松川市2024年政府工作报告\n今年全市将新增城镇就业2.5万人。截至当前，全市开工重点项目48个。统计表明，全市新登记市场主体1.2万户。',
    ['T = 2.5万人 2024', 'A 48个 2024', 'A 12000户 2024'],
  ],
  [
    '3d a department’s plan: 据调度, a progress tally',
    '岭南省水利厅2024年工作计划\n今年全省将新建小型水库12座。据调度，全省完成水利投资86亿元。',
    ['T = 12座 2024', 'A 86亿元 2024'],
  ],
  [
    '3e a city report: 上一年 the year reviewed',
    '松川市2024年政府工作报告\n上一年，全市地区生产总值增长5.8%。今年全市地区生产总值力争增长6%。',
    ['A 5.8% 2023', 'T = 6% 2024'],
  ],
  // Must not fire: 比上一年 is a base.
  ['3f 比上一年 is a base, no result', '松川市2024年政府工作报告\n今年全市地区生产总值力争增长6%，比上一年提高0.2个百分点。', ['T = 6% 2024']],
  // 4. Measure words the unit table lacked (units.ts UNITS): a unit the table holds is read inside its clause too, before
  // a bound or a list's 、, not only where it closes the clause.
  [
    '4a a department’s plan: fish fry in 万尾, trees in 万棵, with a floor',
    '青禾县农业农村局2024年工作计划\n今年全县增殖放流鱼苗100万尾以上，义务植树10万棵以上。',
    ['T >= 100万尾 2024', 'T >= 10万棵 2024'],
  ],
  [
    '4b a transport bureau’s points: 架次, 班次 in a list, 艘 before 并',
    '松川市交通运输局2024年工作要点\n今年全市保障机场起降2万架次、开行城乡客运班车120班次，新购清洁能源渡船5艘并投入运营。',
    ['T = 2万架次 2024', 'T = 120班次 2024', 'T = 5艘 2024'],
  ],
  ['4c a town’s points: 延米 before 和', '柳溪镇2024年工作要点\n今年全镇修建灌溉水渠5000延米和机耕道3公里。', ['T = 5000延米 2024', 'T = 3公里 2024']],
  // Must not fire: 尾 of a month's end or a plate number is no fish.
  [
    '4d 月尾 and 尾号 are no unit',
    '青禾县2024年工作要点\n今年全县新建农村公路150公里，力争在12月尾前全部完工，尾号为3和8的机动车周一限行。',
    ['T = 150公里 2024'],
  ],
  // 5. Parts of the year (words.ts PERIOD_WORDS): 首季 and 首季度, the news writer's 一季度, date a result of months 1–3.
  [
    '5a a county’s points, then a first-quarter result',
    '青禾县2024年工作要点\n今年全县地区生产总值力争增长6%。首季，全县地区生产总值增长5.2%。',
    ['T = 6% 2024', 'A 5.2% 2024'],
  ],
  // Must not fire: 首季“开门红” as a slogan leaves the year's target alone.
  ['5b 力保首季“开门红” is a slogan', '青禾县2024年工作要点\n今年全县力保首季“开门红”，全年地区生产总值力争增长6%。', ['T = 6% 2024']],
];

/** Shapes read wrong today, each pinned to today's reading (describeShapeCatalogue). */
const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('catalogue r30s: cue words as wide as the language', CATALOGUE, PENDING, read);
