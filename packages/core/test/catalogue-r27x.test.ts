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
    // The class count only heads the investment it completed: scope, no entry (corpus Decisions 25, 33, c509, c716; since
    // round 33, statements.ts projectsOfInvestedSum). A verb of work before the projects keeps the count (1h; m28x p1).
    "1g the class named first, its count, then its investment: the count is the sum's scope",
    '2024年青禾县项目建设情况\n1-6月，续建项目35个，完成投资21.6亿元。',
    ['A level 21.6亿元 2024/1-6'],
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
    '1k must fire: projects built, then their total investment',
    '2025年青禾县政府工作报告\n今年新建5个项目，总投资12亿元。',
    ['T increment = 5个 2025', 'T level = 12亿元 2025'],
  ],
  [
    '1j must fire: a verb of work before the projects, the sum after them',
    '2025年青禾县政府工作报告\n今年，实施120个重点项目，完成投资150亿元。',
    ['T count = 120个 2025', 'T level = 150亿元 2025'],
  ],
  // 2. Aims, points and principles counted by an abstract noun: the document's own structure, no count.
  [
    '2a no entry: 实现N个明显提升 in a congress report',
    '2025年青禾县党代会报告\n今后五年，努力实现六个明显提升。今年地区生产总值增长6%。',
    ['T growth = 6% 2025'],
  ],
  [
    '2b no entry: 我们有N个定位 in an interview',
    '2025年青禾县政府工作报告解读\n未来的青禾发展，我们有3个定位，今年地区生产总值增长6.5%。',
    ['T growth = 6.5% 2025'],
  ],
  [
    '2c no entry: 等N项原则 after a list of principles',
    '2025年青禾县体育工作方案\n坚持政府引导、多方参与、加强监管等4项原则，新建健身步道30公里。',
    ['T increment = 30公里 2025'],
  ],
  [
    '2d no entry: a quoted aim counted (五个“大踏步”)',
    '2024年青禾县政府工作报告\n会议总结五年来青禾的五个“大踏步”，全县生产总值突破300亿元。',
    ['A level 300亿元 2023'],
  ],
  [
    '2e no entry: 整体性跃升 and 全域性突破 in a review (Traditional)',
    '2024年青禾縣政府工作報告\n五年來實現六個整體性躍升，推動實現三個全域性突破，全年新增就業5000人。',
    ['A increment 5000人 2023'],
  ],
  [
    '2f must fire: a pumping station whose name starts with 提升',
    '2025年青禾县水务工作要点\n新建3座提升泵站，新增供水能力2万吨。',
    ['T increment = 3座 2025', 'T increment = 2万吨 2025'],
  ],
  ['2g must fire: things built for a programme of upgrading', '2025年青禾县教育工作要点\n实施质量提升工程，建设5所标准化学校。', ['T count = 5所 2025']],
  [
    '2h must fire: 突破 as the verb before a count',
    '2025年青禾县招商工作要点\n签约项目突破60个，到位资金增长10%。',
    ['T level > 60个 2025', 'T growth = 10% 2025'],
  ],
  [
    '2i must fire: a count of kinds of produce (种) that are things',
    '2025年青禾县农业工作要点\n推广优质品种8种，建成示范基地4个。',
    ['T count = 8种 2025', 'T count = 4个 2025'],
  ],
  // 3. The capacity or grade of a facility a verb of work builds: no entry.
  [
    '3a no entry: a production line project of N万吨 put into production',
    '2025年青禾县工业工作要点\n推进青禾食品35万吨饲料生产线项目竣工投产，规上工业增加值增长7%。',
    ['T growth = 7% 2025'],
  ],
  [
    '3b no entry: a grade in 吨级 before a base',
    '2025年青禾县工业工作要点\n白酒行业，打造10万吨级白酒基地。规上工业企业达到120家。',
    ['T level >= 120家 2025'],
  ],
  [
    '3c no entry: a wind power project of N万千瓦 put into operation',
    '2025年青禾县能源工作要点\n推动首期60万千瓦风电项目投产运营，新能源装机达到150万千瓦。',
    ['T level >= 150万千瓦 2025'],
  ],
  [
    '3d no entry: poultry capacity of a farming base',
    '2025年青禾县畜牧工作要点\n完成200万只蛋鸡标准化养殖基地建设，生猪出栏30万头。',
    ['T level = 30万头 2025'],
  ],
  ['3e must fire: land of a base built (an area stays)', '2025年青禾县茶叶工作要点\n力争建成2万亩优质绿茶基地。', ['T count = 2万亩 2025']],
  [
    '3f must fire: the output of a product to reach (noun before the figure)',
    '2025年青禾县工业工作要点\n饲料产量达到35万吨，新能源装机达到150万千瓦。',
    ['T level >= 35万吨 2025', 'T level >= 150万千瓦 2025'],
  ],
  [
    '3g must fire: a capacity the sentence sets as the goal (新增产能)',
    '2025年青禾县工业工作要点\n新增饲料产能35万吨，新建标准厂房5万平方米。',
    ['T increment = 35万吨 2025', 'T increment = 5万平方米 2025'],
  ],
  [
    '3h must fire: a mass produced (贡献…吨煤炭)',
    '2024年青禾县经济运行情况\n全年生产原煤600万吨，规上工业增加值增长8%。',
    ['A level 600万吨 2024', 'A growth 8% 2024'],
  ],
  [
    '3i must fire: a count of tiered clusters (the tier qualifies, the count is a target)',
    '2025年青禾县工业工作要点\n培育3个百亿级产业集群。',
    ['T count = 3个 2025'],
  ],
  ['3j must fire: firms above a sales threshold counted', '2025年青禾县农业工作要点\n新增年销售额500万元以上的农业企业20家。', ['T increment = 20家 2025']],
  // 4. A rank moved (N个位次): no entry, as a rank to reach is none.
  [
    '4a no entry: 提升N个位次 in a review',
    '2024年青禾县政府工作报告\n去年全县生产总值排名由第11位晋升到第7位，提升4个位次。',
    ['A rank 11位 2023', 'A rank 7位 2023'],
  ],
  [
    '4b no entry: 前进不少于N个位次 in a plan',
    '2025年青禾县工作要点\n在全市综合考核中前进不少于1个位次，接待游客超过300万人次。',
    ['T level > 300万人次 2025'],
  ],
  [
    '4c must fire: a count of sites (个) after a verb of work',
    '2025年青禾县文旅工作要点\n新建4个停车场，新增停车位800个。',
    ['T increment = 4个 2025', 'T increment = 800个 2025'],
  ],
  [
    '4d must fire: a rank reached is a result',
    '2024年青禾县经济运行情况\n全年地区生产总值增长6.2%，增速居全市第2位。',
    ['A growth 6.2% 2024', 'A rank 2位 2024'],
  ],
  // 5. The plan's own division of its work (任务分工, 大事, 重点工程): no entry.
  ['5a no entry: N项任务分工', '2025年青禾县重点工作\n明确了年内完成的44项任务分工，新增城镇就业3000人。', ['T increment = 3000人 2025']],
  ['5b no entry: 全力抓好N件大事', '2025年青禾县政府工作报告\n今年全力抓好十件大事，地区生产总值增长6%。', ['T growth = 6% 2025']],
  ['5c no entry: 4大主要任务、N项重点工程', '2025年青禾县卫生健康规划解读\n规划部署了4大主要任务、20项重点工程。新增床位500张。', ['T increment = 500张 2025']],
  ['5d must fire: 民生实事 set with no list after them', '2025年青禾县政府工作报告\n今年着力办好年度15件重点民生实事。', ['T count = 15件 2025']],
  [
    '5e must fire: works built under a programme (工程 as things)',
    '2025年青禾县水利工作要点\n建成20处农村供水工程，新增灌溉面积1万亩。',
    ['T count = 20处 2025', 'T increment = 1万亩 2025'],
  ],
  // 6. Procedure and counts of words: how often a quoted word occurs, the hours of a speech, delegates gathered.
  [
    '6a no entry: a quoted word counted in a report',
    '2025年青禾县政府工作报告解读\n报告中，“发展”出现67次，“项目”出现29次。今年生产总值增长6%。',
    ['T growth = 6% 2025'],
  ],
  [
    '6b no entry: the hours a report took, delegates from all walks',
    '2025年青禾县人代会开幕\n来自全县各条战线的230名人大代表出席会议。在近两个小时的报告中，代表们认真聆听。',
    [],
  ],
  [
    '6c must fire: events held (场次) after a verb',
    '2025年青禾县文旅工作要点\n举办文化惠民演出120场次，培训基层文艺骨干500人次。',
    ['T count = 120场次 2025', 'T count = 500人次 2025'],
  ],
  ['6d must fire: delegates trained by a verb of work', '2025年青禾县人大工作要点\n培训人大代表500名。', ['T count = 500名 2025']],
  // 7. A territory's extent and households as a threshold picking settlements: no entry.
  ["7a no entry: a district's total area in its profile", '2024年青禾区概况\n青禾区总面积1260平方公里，全年地区生产总值增长5.8%。', ['A growth 5.8% 2024']],
  ['7b no entry: the land area of islands', '2024年青禾区概况\n青禾区由三个岛组成，三岛陆域总面积860平方公里。', []],
  ['7c no entry: 20户以上自然村 as a threshold', '2025年青禾县交通工作要点\n加快推进20户以上自然村通硬化路，新增停车位300个。', ['T increment = 300个 2025']],
  [
    '7d must fire: the area of buildings to build (平方米, a verb before it)',
    '2025年青禾县住建工作要点\n新建标准厂房总面积5万平方米。',
    ['T increment = 5万平方米 2025'],
  ],
  ["7e must fire: a park's area to reach in 公顷", '2025年青禾县林业工作要点\n现代农业园区面积达到1200公顷。', ['T level >= 1200公顷 2025']],
  [
    '7f must fire: households resettled (户 as a count)',
    '2025年青禾县乡村振兴工作要点\n完成易地搬迁1200户以上，建设安置点5个。',
    ['T count >= 1200户 2025', 'T count = 5个 2025'],
  ],
  // 8. One figure given with two bounds joined by 或: which bound holds is not said, no entry (Decisions 34).
  ['8a no entry: regions given 6%以上或者6%左右', '2025年各省份经济增长目标综述\n甲省、乙省则定在6%以上或者6%左右。', []],
  ['8b no entry: 5%左右或5%以上 for the other provinces', '2025年各省份经济增长目标综述\n其他省份都在5%左右或5%以上。', []],
  [
    '8c must fire: two bounds on two measures',
    '2025年青禾县政府工作报告\n今年主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在4.5%以内。',
    ['T growth ~ 6% 2025', 'T share <= 4.5% 2025'],
  ],
  [
    '8d must fire: a range written with two bounds (6%以上，力争7%)',
    '2025年青禾县政府工作报告\n地区生产总值增长6%以上，力争7%。',
    ['T growth >= 6% 2025', 'T growth = 7% 2025'],
  ],
  // 9. A numeral inside a place's name, a list item's number before 对 as a preposition: no entry.
  [
    // (The patients moved are the year's result since 转移 is a verb of work: catalogue r27u.)
    '9a no entry for 七台河 (a city, no machines); the patients moved are a result',
    '2020年青禾医院工作总结\n承担着甲市、乙市、七台河三市危重症病例救治任务，安全转移1307名患者。',
    ['A count 1307名 2020'],
  ],
  [
    '9b no entry: numbered items whose text opens with 对',
    '2025年青禾县民生实事\n1 实施农村饮水安全巩固提升工程，受益人口10万人。\n2 对完成清洁取暖改造的农户进行补助。\n3 对农村旱厕改造实施奖补。',
    ['T level = 10万人 2025'],
  ],
  ['9c must fire: machines counted in 台', '2025年青禾县农机工作要点\n新增大中型拖拉机300台。', ['T increment = 300台 2025']],
  ['9d must fire: pairs counted in 对', '2025年青禾县民政工作要点\n开展结对帮扶，结成帮扶对子200对。', ['T count = 200对 2025']],
];

/** Shapes the reader does not read yet, each with the reading it gives today (none). */
const PENDING: Record<string, string[]> = {};
describeShapeCatalogue('catalogue r27x', CATALOGUE, PENDING, read);
