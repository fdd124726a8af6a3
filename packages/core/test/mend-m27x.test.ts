/**
 * Round 27 (m27x), review27x's findings on catalogue r27x's no-entry rules: real targets and results that share the rules'
 * cue words and must still be read, as the reader before the change read them —
 *   f1–f6: 重点工程 counted after its noun (实施重点工程20项) or after a verb of work (开工建设20项重点工程) are the year's works,
 *          not the plan's division of its work (4大任务、20项重点工程 stays no entry);
 *   f7–f13: an area of land worked or kept (新增湿地保护总面积, 自然保护地总面积达到…) is no territory's extent: only the area
 *          word alone or after a place's or zone's name, with no verb or comparator before the figure, is profile;
 *   f14–f16: capacity added and put into service (新增30万千瓦风电项目并网) is an increment, not the size of a facility built.
 * Then the review's passing probes (p…), which keep today's reading. Invented sentences only (松岭县, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const FINDINGS: [string, string, string[]][] = [
  [
    "f1 must fire: the year's works counted after their noun (实施重点工程20项)",
    '2025年松岭县政府工作报告\n今年要实施重点工程20项，完成投资80亿元。',
    ['T count = 20项 2025', 'T level = 80亿元 2025'],
  ],
  [
    "f2 must fire: 其中重点工程N项 in the year's programme",
    '2025年松岭县政府工作报告\n今年实施“十大工程”，其中重点工程20项，总投资150亿元。',
    ['T count = 20项 2025', 'T level = 150亿元 2025'],
  ],
  [
    'f3 must fire: works to start after their noun (开工建设重点工程N项以上)',
    '2025年松岭县政府工作报告\n今年开工建设重点工程35项以上。',
    ['T count >= 35项 2025'],
  ],
  [
    'f4 must fire: works completed in a review (完成重点工程N项)',
    '2024年松岭县经济运行情况\n去年完成重点工程18项，完成投资46亿元。',
    ['A count 18项 2023', 'A level 46亿元 2023'],
  ],
  [
    'f5 must fire: a verb of work before the count (开工建设N项重点工程)',
    '2025年松岭县政府工作报告\n今年开工建设20项重点工程，完成投资60亿元。',
    ['T count = 20项 2025', 'T level = 60亿元 2025'],
  ],
  [
    'f6 must fire: 完成N项重点工程 in a review',
    '2024年松岭县经济运行情况\n去年完成18项重点工程，完成投资46亿元。',
    ['A count 18项 2023', 'A level 46亿元 2023'],
  ],
  ['f7 must fire: protected land added (新增…保护总面积)', '2025年松岭县政府工作报告\n今年新增湿地保护总面积1500公顷。', ['T increment = 1500公顷 2025']],
  [
    'f8 must fire: protected land to reach by a year (…总面积达到)',
    '2025年松岭县政府工作报告\n到2030年，自然保护地总面积达到2万公顷。',
    ['T level >= 2万公顷 2030'],
  ],
  ['f9 must fire: land greened (完成国土绿化总面积)', '2025年松岭县政府工作报告\n今年完成国土绿化总面积5000公顷。', ['T level = 5000公顷 2025']],
  ['f10 must fire: grassland restored (修复总面积…以上)', '2025年松岭县政府工作报告\n今年完成退化草原修复总面积2万公顷以上。', ['T level >= 2万公顷 2025']],
  ['f11 must fire: wetland kept (湿地总面积保持在…以上)', '2025年松岭县政府工作报告\n今年全县湿地总面积保持在1.2万公顷以上。', ['T level >= 1.2万公顷 2025']],
  ['f12 must fire: afforestation done (营造林总面积)', '2025年松岭县政府工作报告\n今年完成营造林总面积1.5万公顷。', ['T level = 1.5万公顷 2025']],
  [
    'f13 must fire: grassland kept to a year (…保护总面积稳定在)',
    '2025年松岭县政府工作报告\n到2027年，全县草原保护总面积稳定在10万公顷。',
    ['T level ~ 10万公顷 2027'],
  ],
  [
    'f14 must fire: wind capacity added (新增N万千瓦…项目并网)',
    '2025年松岭县政府工作报告\n今年新增30万千瓦风电项目并网发电。',
    ['T increment = 30万千瓦 2025'],
  ],
  [
    'f15 must fire: capacity added in a review (新增并网N万千瓦…项目)',
    '2024年松岭县经济运行情况\n去年新增并网80万千瓦新能源项目，完成投资30亿元。',
    ['A increment 80万千瓦 2023', 'A level 30亿元 2023'],
  ],
  [
    "f16 must fire: a base's capacity added to the grid (新增N万千瓦…基地并网)",
    '2025年松岭县政府工作报告\n今年新增10万千瓦分布式光伏基地并网。',
    ['T increment = 10万千瓦 2025'],
  ],
];

const PASSES: [string, string, string[]][] = [
  [
    'p1a count of projects after its noun, then the sum',
    '2025年松岭县政府工作报告\n今年，实施重点项目120个，完成投资500亿元。',
    ['T count = 120个 2025', 'T level = 500亿元 2025'],
  ],
  ['p1c firms added, then output', '2025年松岭县政府工作报告\n新增规上工业企业50家，实现产值80亿元。', ['A increment 50家 2025', 'A level 80亿元 2025']],
  [
    'p1e projects with 确保 before, the sum a target (scope, as main)',
    '2025年松岭县政府工作报告\n确保120个省市重点项目完成年度投资300亿元以上。',
    ['T level >= 300亿元 2025'],
  ],
  ['p1f projects signed after their noun', '2024年松岭县经济运行情况\n全年新签约项目86个，完成投资152亿元。', ['A count 86个 2024', 'A level 152亿元 2024']],
  [
    'p1g projects arranged, then planned investment',
    '2025年松岭县政府工作报告\n今年，全县安排重点项目150项，年度计划投资260亿元。',
    ['T count = 150项 2025', 'T level = 260亿元 2025'],
  ],
  [
    'p1i firms fostered, then revenue',
    '2025年松岭县政府工作报告\n目标：培育亿元企业20家，实现营业收入50亿元。',
    ['T count = 20家 2025', 'T level = 50亿元 2025'],
  ],
  ['p1k firms brought in, then funds', '2024年松岭县经济运行情况\n去年新引进企业43家，到位资金68亿元。', ['A count 43家 2023', 'A level 68亿元 2023']],
  [
    'p1l a verb before the count of projects',
    '2025年松岭县政府工作报告\n今年要推动30个项目开工建设，完成投资120亿元。',
    ['T count = 30个 2025', 'T level = 120亿元 2025'],
  ],
  [
    'p1m no entry: projects opening the clause of a sum (Decisions 25, 33)',
    '2025年松岭县政府工作报告\n今年120个重点项目完成投资500亿元，新开工项目60个。',
    ['T level = 500亿元 2025', 'T count = 60个 2025'],
  ],
  [
    'p1n no entry: firms opening the clause of output',
    '2024年松岭县经济运行情况\n全年45家规上企业实现产值120亿元，增长8%。',
    ['A level 120亿元 2024', 'A growth 8% 2024'],
  ],
  [
    'p1o firms with a growth target after them',
    '2025年松岭县政府工作报告\n力争新增规上工业企业30家，50家重点企业实现产值增长10%以上。',
    ['T increment = 30家 2025', 'T increment = 50家 2025', 'T growth >= 10% 2025'],
  ],
  ['p2a clusters built (百亿级)', '2025年松岭县政府工作报告\n重点打造3个百亿级产业集群。', ['A count 3个 2025']],
  [
    'p2c pumping stations (提升泵站) are things',
    '2025年松岭县政府工作报告\n新建提升泵站5个，改造供水管网30公里。',
    ['A count 5个 2025', 'A level 30公里 2025'],
  ],
  ['p2e markets upgraded (改造提升)', '2025年松岭县政府工作报告\n改造提升农贸市场12个。', ['A count 12个 2025']],
  [
    'p2h villages of the upgrade class (提升类村庄)',
    '2025年松岭县政府工作报告\n建设乡村振兴示范村10个，其中提升类村庄6个。',
    ['A count 10个 2025', 'A count 6个 2025'],
  ],
  ['p2i breakthroughs of key technology completed', '2025年松岭县政府工作报告\n完成5个重大关键技术突破。', ['A count 5个 2025']],
  [
    'p2l breakthroughs counted after 取得',
    '2025年松岭县政府工作报告\n确保科技创新取得5项突破，新增发明专利100件。',
    ['T count = 5项 2025', 'T increment = 100件 2025'],
  ],
  ['p3a projects counted after a capacity (年产30万吨…项目2个)', '2025年松岭县政府工作报告\n新建年产30万吨饲料加工项目2个。', ['A increment 2个 2025']],
  [
    "p3b no entry: a line's capacity; capacity added stays",
    '2025年松岭县政府工作报告\n建成年产30万吨新型建材生产线，新增产能30万吨。',
    ['A increment 30万吨 2025'],
  ],
  ['p3c no entry: a grade of a base', '2025年松岭县政府工作报告\n粮食产量稳定在50万吨以上，建设10万吨级粮食仓储基地。', ['A level 50万吨 2025']],
  ['p3f output, then bases counted', '2025年松岭县政府工作报告\n蔬菜产量达到80万吨，建设蔬菜基地5个。', ['A level 80万吨 2025', 'A count 5个 2025']],
  [
    'p3g berths of a grade counted',
    '2025年松岭县政府工作报告\n港口吞吐量达到3000万吨，新建5万吨级泊位2个。',
    ['A level 3000万吨 2025', 'A increment 2个 2025'],
  ],
  [
    'p3i cold storage capacity added, parks counted',
    '2025年松岭县政府工作报告\n新增冷链仓储能力5万吨，建设冷链物流园区3个。',
    ['A increment 5万吨 2025', 'A count 3个 2025'],
  ],
  ["p3l no entry: a wharf's grade", '2025年松岭县政府工作报告\n推进20万吨级码头项目建设，港口吞吐量达到500万吨。', ['A level 500万吨 2025']],
  ['p4a a rank reached', '2025年松岭县政府工作报告\n县域经济综合实力提升至全省第5位。', ['A rank 5位 2025']],
  ['p4e no entry: a rank moved', '2025年松岭县政府工作报告\n全县综合考核排名前移2个位次。', []],
  ['p5c no entry: 十件民生大事', '2025年松岭县政府工作报告\n办好十件民生大事，新增城镇就业5000人。', ['A increment 5000人 2025']],
  ['p5g works projects counted after their noun', '2025年松岭县政府工作报告\n全年新开工重点工程项目50个。', ['A count 50个 2025']],
  [
    "p5k no entry: the plan's division 3大任务、15项重点工程",
    '2025年松岭县政府工作报告\n规划明确了3大任务、15项重点工程。今年新增就业3000人。',
    ['T increment = 3000人 2025'],
  ],
  ['p6a visitors of a quoted kind', '2024年松岭县经济运行情况\n全年接待游客“一日游”人数达到300万人次。', ['A level 300万人次 2024']],
  ['p6b quoted names of things built', '2025年松岭县政府工作报告\n新建“口袋公园”15个，“百姓健身房”30个。', ['A increment 15个 2025', 'A increment 30个 2025']],
  [
    'p6d trainees from poor households',
    '2025年松岭县政府工作报告\n培训技能人才5000人次，其中来自脱贫户的2000人。',
    ['A count 5000人次 2025', 'A count 2000人 2025'],
  ],
  [
    'p6e visitors from outside, delegates organised',
    '2025年松岭县政府工作报告\n新增来自省外的游客50万人次，组织200名人大代表视察。',
    ['A increment 50万人次 2025', 'A count 200名 2025'],
  ],
  ['p7a farmland built', '2025年松岭县政府工作报告\n建成高标准农田面积5万亩。', ['A level 5万亩 2025']],
  [
    'p7b farmland added, afforestation done',
    '2025年松岭县政府工作报告\n新增耕地面积2000亩，完成造林面积3000公顷。',
    ['A increment 2000亩 2025', 'A level 3000公顷 2025'],
  ],
  ["p7c a park's built-up area to reach", '2025年松岭县政府工作报告\n园区建成区面积达到12平方公里。', ['A level 12平方公里 2025']],
  [
    "p7d a city's built-up area",
    '2025年松岭县政府工作报告\n城市建成区面积扩大到35平方公里，森林覆盖率达到60%。',
    ['A level 35平方公里 2025', 'A share 60% 2025'],
  ],
  [
    "p7h no entry: a county's total area in its profile",
    '2024年松岭县经济运行情况\n全县总面积1800平方公里，户籍人口52万人，常住人口46万人。',
    ['A level 52万人 2024', 'A level 46万人 2024'],
  ],
  ['p7i urbanisation of registered people', '2025年松岭县政府工作报告\n户籍人口城镇化率达到55%。', ['A share 55% 2025']],
  ['p7l no entry: 总面积 in a profile', '2024年松岭县经济运行情况\n松岭县地处山区，总面积2200平方公里。', []],
  ["p7m no entry: a zone's planned total area", '2025年松岭县政府工作报告\n开发区规划总面积30平方公里，新入驻企业20家。', ['T increment = 20家 2025']],
  ['p8a households driven (户 as a count)', '2025年松岭县政府工作报告\n新增脱贫户增收项目，带动农户500户以上。', ['A count 500户 2025']],
  [
    'p8b no entry: 20户以上自然村 as a threshold',
    '2025年松岭县政府工作报告\n实现20户以上自然村通硬化路全覆盖，新增硬化路100公里。',
    ['A increment 100公里 2025'],
  ],
  [
    'p8c households of dilapidated houses',
    '2025年松岭县政府工作报告\n完成农村危房改造300户以上，改造旱厕2000户。',
    ['A count 300户 2025', 'A count 2000户 2025'],
  ],
  ['p8d two bounds 6%以上，力争7%', '2025年松岭县政府工作报告\n地区生产总值增长6%以上，力争7%。', ['T growth >= 6% 2025', 'T growth = 7% 2025']],
  ['p9a robots in 台', '2025年松岭县政府工作报告\n新增工业机器人100台，改造生产线20条。', ['A increment 100台 2025', 'A increment 20条 2025']],
  ['p9c river works (河 not after 台)', '2025年松岭县政府工作报告\n新建农村客运站5个，河道治理30公里。', ['A increment 5个 2025', 'A level 30公里 2025']],
  ['p9d chargers in 台, river patrols', '2025年松岭县政府工作报告\n新增充电桩200台，河长制巡河5000次。', ['A increment 200台 2025', 'A increment 5000次 2025']],
  ['p9e machines in 台', '2025年松岭县政府工作报告\n新增农机具300台，完成农田水利工程50处。', ['A increment 300台 2025', 'A count 50处 2025']],
  ['p9g pairs in 对', '2025年松岭县政府工作报告\n配备结对帮扶干部300对，新增帮扶对象1000户。', ['A count 300对 2025', 'A increment 1000户 2025']],
  ['p9i toilets in 户', '2025年松岭县政府工作报告\n完成农村改厕2000户，新增农村公路30公里。', ['A count 2000户 2025', 'A increment 30公里 2025']],
];

/** Shapes the reader does not read yet, each with the reading it gives today (none). */
const PENDING: Record<string, string[]> = {};
describeShapeCatalogue('mend m27x: findings', FINDINGS, PENDING, read);
describeShapeCatalogue('mend m27x: passing probes', PASSES, PENDING, read);
