/**
 * Shape catalogue (round 26, r26r): target or result — the passages that mislead the role. A news report's aspect paragraphs
 * (在…方面，/从…来看，) going on with the year reviewed above them; one named work described as it stands (its total investment,
 * length or storage: a fact of now, though the year's planned investment after it plans); months of the plan year under a
 * word of aim in their sentence (将, 要, 力保 before them; 力促, 力争 right after them); a third party's forecast going on over the
 * clauses that give its measure for further years, and its figures cited before its 预期; 将 after a season the report's month
 * (截至9月) has reached; needs counted by a statistic (据统计…需…); the goal a review measures a result against, named with
 * its figure (预期目标为…, …市定目标, 年度指标…, 指标任务…, …的承诺, 年初确立的…, 规划部署的…); a year naming a programme of key
 * projects (2020年市重点项目) in a report of its progress, and completion rates given 分别 for its parts; a count equal to the
 * things named right before it (甲、乙、丙等3个…), no entry. Each with must-not-fire passages that look alike and keep
 * their reading. Invented passages only (青禾县/青禾市, own figures), each read as the corpus README's conventions read it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A news report walks through a report's results by aspect: a paragraph opening 在…方面，or 从…来看， with no cue of its
  // own goes on with the year the paragraph before it reported.
  [
    '1a 在…方面， after a paragraph of last year’s results',
    '青禾市2025年政府工作报告发布\n2024年，青禾市地区生产总值增长5.2%，新增市场主体1.2万户。\n在对外开放方面，青禾港新开国际航线12条，集装箱吞吐量达到310万标准箱。\n2025年，青禾市地区生产总值预期增长5%左右。',
    ['A growth 5.2% 2024', 'A increment 12000户 2024', 'A count 12条 2024', 'A level 310万标准箱 2024', 'T growth ~ 5% 2025'],
  ],
  [
    '1b 从…来看， after a paragraph of last year’s results',
    '青禾市2025年两会观察\n从经济运行来看，青禾市2024年地区生产总值增长5.4%，固定资产投资增长6%。\n从市场消费来看，全年实现社会消费品零售总额980亿元、增长5.1%。',
    ['A growth 5.4% 2024', 'A growth 6% 2024', 'A level 980亿元 2024', 'A growth 5.1% 2024'],
  ],
  [
    '1c must not fire: an aspect paragraph with its own word of aim',
    '青禾市2025年政府工作报告发布\n2024年，青禾市地区生产总值增长5.2%。\n在对外开放方面，今年青禾港力争新开国际航线5条。',
    ['A growth 5.2% 2024', 'T count = 5条 2025'],
  ],
  [
    '1d must not fire: an aspect paragraph after a paragraph of aims',
    '青禾市2025年政府工作报告发布\n今年，青禾市地区生产总值预期增长5%左右。\n在对外开放方面，青禾港新开国际航线5条。',
    ['T growth ~ 5% 2025', 'T count = 5条 2025'],
  ],
  // 2. One named work described as it stands: its size is a result of now (labelled 目前), not an aim — past a lead-in
  // (据了解，), an appositive 是… clause, or a comma after …之一的 naming it; the year's planned investment after it still plans.
  [
    '2a 据了解， + one project’s total investment, then the year’s planned investment',
    '青禾县2023年重点项目集中开工\n据了解，青禾农业产业园建设项目总投资3.6亿元，年度计划投资1.5亿元。',
    ['A level 3.6亿元 2023', 'T level = 1.5亿元 2023'],
  ],
  [
    '2b 该项目计划总投资',
    '青禾县2022年重点项目集中开工\n当天，青禾储能电池项目在主会场启动建设。该项目计划总投资120亿元，2022年度计划投资45亿元。',
    ['A level 120亿元 2022', 'T level = 45亿元 2022'],
  ],
  [
    '2c an appositive 是… clause between the project and its total',
    '青禾县2022年重点项目集中开工\n青禾新材料项目，是全省新材料产业的延链补链项目，总投资18亿元，建成后可实现年销售收入40亿元以上。',
    ['A level 18亿元 2022'],
  ],
  [
    '2d a reservoir’s storage after …之一的',
    '青禾县2024年重大项目建设情况\n作为全省重大水利工程之一的青禾水库，工程总库容1.2亿方，防洪库容3600万方。',
    ['A level 1.2亿方 2024', 'A level 3600万方 2024'],
  ],
  ['2e a road’s length', '青禾县2022年交通建设情况\n日前，青禾至白石高速公路开工。青禾至白石高速公路线路全长约86.5公里。', ['A level 86.5公里 2022']],
  [
    '2f must not fire: a programme of many projects and its total',
    '青禾县2023年重点项目计划\n全县重点项目总投资560亿元，年度计划投资120亿元。',
    ['T level = 560亿元 2023', 'T level = 120亿元 2023'],
  ],
  ['2g must not fire: a total qualifying the project (的)', '青禾县2023年工作要点\n开工建设总投资12亿元的青禾物流园项目。', ['T level = 12亿元 2023']],
  ['2h must not fire: a project under a word of planning', '青禾县2023年工作要点\n计划实施青禾物流园项目，总投资12亿元。', ['T level = 12亿元 2023']],
  // 3. Months of the plan year under a word of aim in their sentence are a deadline, not months reported.
  [
    '3a 将 before a quarter after 其中',
    '青禾区2025年工作安排\n全年将推动40个项目动工、20个项目竣工，其中一季度实现3个项目竣工。',
    ['T count = 40个 2025', 'T count = 20个 2025', 'T count = 3个 2025'],
  ],
  [
    '3b 要 before a quarter and a half-year',
    '青禾区2025年工作安排\n今年，全区要抓好项目建设，一季度完成投资20亿元，上半年完成投资50亿元。',
    ['T level = 20亿元 2025', 'T level = 50亿元 2025'],
  ],
  [
    '3c 力保 before a quarter’s projects',
    '青禾市2025年项目建设推进会\n今年，青禾市将强化项目推进机制，力保300个一季度开工项目完成投资80亿元以上、增长10%以上。',
    ['T level >= 80亿元 2025', 'T growth >= 10% 2025'],
  ],
  ['3d 力促 right after a quarter', '青禾区2025年项目建设安排\n全区重点项目加快推进，一季度力促完成投资20亿元。', ['T level = 20亿元 2025']],
  [
    '3e must not fire: months reported (已, 截至)',
    '青禾区2025年一季度项目建设情况\n全年将推动40个项目动工，截至一季度末已有12个项目动工。',
    ['T count = 40个 2025', 'A count 12个 2025/1-3'],
  ],
  [
    '3f must not fire: a demand (要求) the months answer',
    '青禾区2025年1-5月项目建设情况\n按照市委要求，1-5月全区完成固定资产投资50亿元，同比增长10%。',
    ['A level 50亿元 2025/1-5', 'A growth 10% 2025/1-5'],
  ],
  // 4. A third party's forecast goes on over the clauses that give its measure for further years; its figures cited
  // (按照…的统计) report, and the 预期 clause after them that gives a further year's is its forecast.
  [
    '4a a forecast over two further years',
    '2024年全国两会观察\n按照某国际机构的预测，2023年的全球增速为3.0%，2024年和2025年的增速分别为2.9%和3.1%。今年我国经济增长预期目标为5%左右。',
    // (分别 pairs the years joined by 和 with the figures in order, as corpus c139 takes a list of periods: 2.9% is 2024's.)
    ['A growth 3% 2023', 'A growth 2.9% 2024', 'A growth 3.1% 2025', 'T growth ~ 5% 2024'],
  ],
  [
    '4b 预期 after a third party’s statistics',
    '2024年全国两会观察\n按照世界银行的统计，2023年的全球增长率为2.5%，预期2024年的增长率为2.3%。今年我国经济增长预期目标为5%左右。',
    ['A growth 2.5% 2023', 'A growth 2.3% 2024', 'T growth ~ 5% 2024'],
  ],
  [
    '4c must not fire: the issuer’s own figures after the forecast',
    '2024年全国两会观察\n世界银行预测，今年全球经济增长2.4%，今年全市地区生产总值增长6%左右。',
    ['A growth 2.4% 2024', 'T growth ~ 6% 2024'],
  ],
  // 5. 将 after a season the report's month has reached: said of a term already begun, what the report counts as done.
  [
    '5a 截至9月底，…秋季将新开办',
    '青禾市2022年学位建设情况\n全年将新改扩建学校60所。截至9月底，学位建设进展顺利，秋季将新开办中小学校32所，新增学位4.2万个。',
    ['T count = 60所 2022', 'A count 32所 2022/1-9', 'A increment 42000个 2022/1-9'],
  ],
  ['5b must not fire: a season still ahead', '青禾市2022年学位建设情况\n截至9月，学位建设进展顺利，冬季将新开办幼儿园6所。', ['T count = 6所 2022']],
  ['5c must not fire: a season with no month reported', '青禾市2022年学位建设计划\n秋季将新开办中小学校32所。', ['T count = 32所 2022']],
  // 6. Needs counted by a statistic report, no aim.
  ['6a 据统计，…需救助…', '青禾县2024年民政工作情况\n据统计，全县需救助的困难群众1200人。', ['A count 1200人 2024']],
  [
    '6b must not fire: a need stated in a plan',
    '青禾县2024年春耕生产工作方案\n全县备春耕需种子1200吨、化肥3.5万吨，已到位化肥2万吨。',
    ['T level = 1200吨 2024', 'T level = 3.5万吨 2024', 'A level 2万吨 2024'],
  ],
  // 7. The goal a review measures a result against, named with its figure: a target of the year reviewed (corpus Decisions 1:
  // a target a text names only inside a review is its one statement), not a result.
  [
    '7a (预期目标为…) after a result in a 计划执行情况 review',
    '关于青禾县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n全年地区生产总值增长6.1%，排名全市第2位（预期目标为7%以上）。',
    ['A growth 6.1% 2023', 'A rank 2位 2023', 'T growth >= 7% 2023'],
  ],
  [
    '7b …市定目标 after its figure',
    '青禾区2024年成绩单\n固定资产投资超额完成120亿元市定目标。新增市场主体5000户。',
    ['T level = 120亿元 2024', 'A increment 5000户 2024'],
  ],
  [
    '7c 年度指标 before its figure',
    '青禾区2024年成绩单\n外贸进出口完成2.8亿元，超额完成外贸年度指标2.5亿元。',
    ['A level 2.8亿元 2024', 'T level = 2.5亿元 2024'],
  ],
  [
    '7d 指标任务 before its figure',
    '2018年青禾市政府工作报告“成绩单”发布\n城镇调查失业率控制在5.0%，低于指标任务5.5%。',
    ['A share 5% 2018', 'T share = 5.5% 2018'],
  ],
  [
    '7e …的承诺 after its figure',
    '2018年青禾市政府工作报告“成绩单”发布\n全年流量资费下降40%，加倍完成了政府工作报告中降低20%的承诺。',
    ['A growth 40% 2018', 'T growth = 20% 2018'],
  ],
  ['7f 年初确立的 before a count', '青禾市2015年政府工作报告\n过去一年，完成年初确立的30项重点改革事项。', ['T count = 30项 2014']],
  [
    '7g 规划部署的 before a count, in a report of the period so far',
    '青禾日报·2025-07-10\n“十四五”以来，青禾市经济总量跨越3000亿元，规划确定的战略任务全面落地，部署的50项重大工程顺利推进。',
    ['A level 3000亿元 2025', 'T count = 50项 2025'],
  ],
  [
    '7h must not fire: indicators counted (…项指标), no goal’s figure',
    '青禾市2023年经济运行情况\n在省反馈的24项主要经济指标中，有20项指标增速高于全省，地区生产总值增长6%。',
    ['A growth 6% 2023'],
  ],
  ['7i must not fire: goals said met, no figure of theirs', '青禾市2023年经济运行情况\n主要指标任务全面完成，地区生产总值增长6%。', ['A growth 6% 2023']],
  // 8. A report of a year's programme so far: a year that names the programme (2020年市重点项目) dates no figure, so the
  // as-of date before it governs; completion rates given for its parts (完成率分别为…) are results of the report's date.
  [
    '8a 截至…，YEAR年市重点项目累计完成…; 完成率分别为…',
    '青禾市重点项目建设有序推进\n市发展改革委今日披露，截至5月10日，2020年市重点项目累计完成投资80亿元，完成率25%。\n2020年青禾市共安排市重点项目60个，总投资900亿元，年度计划投资320亿元。\n分项目阶段看，竣工、续建、新开工项目完成率分别为36%、25%、12%。',
    [
      'A level 80亿元 2020',
      'A share 25% 2020',
      'T count = 60个 2020',
      'T level = 900亿元 2020',
      'T level = 320亿元 2020',
      'A share 36% 2020',
      'A share 25% 2020',
      'A share 12% 2020',
    ],
  ],
  [
    '8b must not fire: a programme named by its year in a plan',
    '青禾市2024年重点项目工作要点\n2024年市重点项目计划完成投资500亿元，新开工项目40个。',
    ['T level = 500亿元 2024', 'T count = 40个 2024'],
  ],
  // 9. A count equal to the things named right before it only counts them (corpus Decisions 13, 16): no entry.
  ['9a 、 list closed by 等, three items, a count of three', '2024年青禾市工作要点\n加快打造新能源汽车、化工新材料、现代食品等3个千亿级产业链群。', []],
  ['9b 、 list of two places, a count of two', '2024年青禾县乡村振兴工作要点\n完成白马、龙门2个目标镇年度任务。', []],
  ['9c must not fire: two items closed by 等, left open', '2024年青禾市工作要点\n形成冶金、化工等2个五百亿级产业链。', ['T count = 2个 2024']],
  ['9d must not fire: a count past the items named', '2024年青禾市工作要点\n粮油、生猪等6个百亿级产业集群加快发展。', ['T count = 6个 2024']],
  ['9e must not fire: verbs of work listed', '2024年青禾县教育工作要点\n新建、改扩建2所学校。', ['T count = 2所 2024']],
  [
    '9f must not fire: 各 gives each item the count',
    '2024年青禾县教育工作要点\n创建省级书香校园、乡村温馨校园各2所。',
    ['T count = 2所 2024', 'T count = 2所 2024'],
  ],
  ['9g must not fire: a bound to reach (以上)', '2024年青禾市工作要点\n新认定市级以上企业技术中心、工业设计中心2家以上。', ['T count >= 2家 2024']],
];

/**
 * Shapes the reader does not read yet (the report says why), each with the reading it gives today: a pending shape pins
 * that reading, so a fix turns it red (move it up) and so does a break of another kind.
 */
const PENDING: Record<string, string[]> = {
  // 2024年和2025年的增速分别为2.9%和3.1%: each figure takes the last year written before it, 2025; 分别 pairing years joined by
  // 和 with its figures in order is not read yet (review26r X4a; before round 26 the same years, read as targets).
  '4a': ['A growth 3% 2023', 'A growth 2.9% 2025', 'A growth 3.1% 2025', 'T growth ~ 5% 2024'],
};
describeShapeCatalogue('catalogue r26r', CATALOGUE, PENDING, read);
