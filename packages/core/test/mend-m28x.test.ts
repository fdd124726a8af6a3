/**
 * Mend m28x (round 28, review of r28x): the probes review28x.md ran through the round-28 no-entry rules (catalogue r28x), each
 * as the reader must read it — masked results beside clean figures and masked targets; zones' areas as a plan's targets or a
 * list a verb carries (only the 其中 breakdown of a layout is no entry); a programme count of the same size in a later year,
 * another tier, class or town (only the same programme named again is no entry); verbs or kinds joined by 和 before a count
 * (names joined are no entry); 拥有 under an aim, a date, a ratio's base, an addition or a floor (only a place's profile is no
 * entry); 建成后 at the figure; 最高/最低 as a measure's peak or a standard raised (only a payment's cap is no entry).
 * Invented passages only (青禾县, own figures). A finding both readers read wrong is pending with today's reading.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. masked results
  [
    'm1 must fire: a masked target in work points keeps its placeholder',
    '2024年青禾县政府工作要点\n全年实现地区生产总值**亿元，增长6%。',
    ['T level placeholder null亿元 2024', 'T growth = 6% 2024'],
  ],
  [
    'm2 no entry for the masked result; the clean figure beside it read',
    '2020年青禾区经济运行情况\n前三季度，全区完成固定资产投资**亿元，同比增长10.5%，其中工业投资32.1亿元，增长12%。',
    ['A growth 10.5% 2020/1-9', 'A level 32.1亿元 2020/1-9', 'A growth 12% 2020/1-9'],
  ],
  [
    'm3 no entry for the masked GDP; the clean industry figures read',
    '2021年青禾县经济运行简况\n上半年，全县实现地区生产总值**亿元，增长5.2%；规上工业增加值35.6亿元，增长7.1%。',
    ['A growth 5.2% 2021/1-6', 'A level 35.6亿元 2021/1-6', 'A growth 7.1% 2021/1-6'],
  ],
  [
    'm4 must fire: a masked target in a target list',
    '2023年青禾县政府工作报告\n2023年主要预期目标是：地区生产总值增长6%，一般公共预算收入**亿元。',
    ['T growth = 6% 2023', 'T level placeholder null亿元 2023'],
  ],
  [
    'm5 must fire: the share after a masked amount',
    '2022年青禾县项目建设情况\n今年以来，全县重点项目已完成投资**亿元，占年度计划的65%。',
    ['A share 65% 2022'],
  ],
  [
    "m6 no entry for last year's masked result; this year's target read",
    '2023年青禾县政府工作报告\n2022年，全县完成财政收入**亿元。2023年，力争财政收入达到15亿元。',
    ['T level >= 15亿元 2023'],
  ],
  [
    'm7 must fire: a masked result beside a clean one in a review',
    '2023年青禾县政府工作报告\n过去一年，全县实现社会消费品零售总额**亿元、增长8%，实现外贸进出口总额21.6亿元、增长15%。',
    ['A growth 8% 2022', 'A level 21.6亿元 2022', 'A growth 15% 2022'],
  ],
  [
    'm8 must fire: 要实现 a masked target',
    '2024年青禾县工作计划\n今年要实现地区生产总值**亿元，同比增长6.5%。',
    ['T level placeholder null亿元 2024', 'T growth = 6.5% 2024'],
  ],
  [
    'm9 must fire: 预计 keeps its placeholder (as before)',
    '2024年青禾县政府工作报告\n预计全年完成地区生产总值**亿元，增长6%。',
    ['T level placeholder null亿元 2024', 'A growth 6% 2024'],
  ],
  [
    'm10 no entry for the masked value; the next result read',
    '2023年青禾县经济运行情况\n1-6月，全县实现规上工业增加值**亿元，同比增长9%；完成固定资产投资45.3亿元，同比增长12.4%。',
    ['A growth 9% 2023/1-6', 'A level 45.3亿元 2023/1-6', 'A growth 12.4% 2023/1-6'],
  ],
  [
    "m11 must fire: a target list's masked revenue",
    '2024年青禾县政府工作报告\n今年主要目标：实现一般公共预算收入**亿元，增长5%。',
    ['T level placeholder null亿元 2024', 'T growth = 5% 2024'],
  ],
  // 2. zones of a layout
  ["z1 must fire: a park's area reached by a year", '2023年青禾县发展规划\n到2030年，青禾工业园区面积达到900公顷。', ['T level >= 900公顷 2030']],
  ['z2 must fire: a planned area extended', '2023年青禾县发展规划\n“十四五”期间，青禾经济开发区规划面积拓展至1200公顷。', ['T level = 1200公顷 2025']],
  [
    "z3 finding (mended): parks' areas as a plan's targets by 2025, no 其中",
    '2023年青禾县发展规划\n到2025年，全县现代农业产业园3000公顷、特色种植片区2000公顷。',
    ['T level = 3000公顷 2025', 'T level = 2000公顷 2025'],
  ],
  [
    'z4 finding (mended): 扩建甲工业园区 after 其中 is land built',
    '2023年青禾县发展规划\n其中，新建白石产业园区1200公顷，扩建青禾工业园区500公顷。',
    ['T increment = 1200公顷 2023', 'T level = 500公顷 2023'],
  ],
  ['z5 must fire: 新增工业园区', '2023年青禾县国土空间规划\n规划期内，新增工业园区500公顷。', ['T increment = 500公顷 2023']],
  [
    'z6 finding (mended): a list a verb (征地) carries in a review',
    '2023年青禾镇工作报告\n全年完成青禾工业园区征地120公顷，白石产业园区80公顷。',
    ['A count 120公顷 2023', 'A level 80公顷 2023'],
  ],
  [
    'z7 finding (mended): a list 建设 carries in work points',
    '2024年青禾县农业农村工作要点\n今年建设高标准农田示范片区1500公顷，蔬菜保供片区800公顷。',
    ['T count = 1500公顷 2024', 'T level = 800公顷 2024'],
  ],
  // 3. programme counts named again
  [
    "p1 must fire: the same count in a later year's plan",
    '2023年青禾市政府工作报告\n2022年全市安排重点项目120个，完成投资85亿元。2023年，全市安排重点项目120个，计划投资95亿元。',
    ['A count 120个 2022', 'A level 85亿元 2022', 'T count = 120个 2023', 'T level = 95亿元 2023'],
  ],
  [
    "p2 must fire: last year's programme and this year's of the same size",
    '2023年青禾市政府工作报告\n去年，实施市级重点项目150个，完成投资200亿元。今年，实施市级重点项目150个，年度投资220亿元。',
    ['A count 150个 2022', 'A level 200亿元 2022', 'T count = 150个 2023', 'T level = 220亿元 2023'],
  ],
  [
    'p3 must fire: a different tier (省级/市级) with its progress',
    '2020-05-08 青禾市项目建设加快推进\n今年，全市安排省级重点项目45个。截至目前，市级重点项目45个开工38个。',
    ['T count = 45个 2020', 'A count 38个 2020'],
  ],
  [
    "p4 must fire: last year's count, this year's programme with progress",
    '2024年青禾县政府工作报告\n2023年，安排重大项目60个，开工率达到95%。2024年，全县60个重大项目开工50个以上。',
    ['A count 60个 2023', 'A share 95% 2023', 'T count = 60个 2024', 'A count 50个 2023'],
  ],
  [
    'p5 no entry: the programme named again before its progress',
    '2020-05-08 青禾县项目建设加快推进\n今年全县计划实施重点项目50个。一季度，50个重点项目已开工32个。',
    ['T count = 50个 2020', 'A count 32个 2020/1-3'],
  ],
  [
    "p6 finding (mended): another town's programme of the same size",
    '2023年青禾县工作要点\n青禾镇实施农田水利项目12个。白石镇12个农田水利项目开工10个。',
    ['T count = 12个 2023', 'T count = 12个 2023', 'A count 10个 2023'],
  ],
  ['p7 must fire: 新开工/续建, different classes', '2023年青禾县政府工作报告\n今年，新开工项目30个。续建项目30个全部复工。', ['T count = 30个 2023']],
  [
    "p8 must fire: a cumulative count, then this year's programme with progress",
    '2024年青禾市政府工作报告\n“十四五”以来，累计实施百大项目145个。今年，新安排百大项目145个开工100个以上。',
    ['A level 145个 2023', 'T count >= 100个 2024'],
  ],
  [
    'p9 pending (both): the second 10件 in the same sentence names the programme again',
    '2023年青禾县政府工作报告\n去年安排民生实事10件，全部完成。今年，继续办好10件民生实事，10件民生实事年内完成8件以上。',
    ['T count = 10件 2023', 'T count >= 8件 2023'],
  ],
  [
    'p10 no entry: the programme named again twice before its progress',
    '2024年青禾县政府工作报告\n今年实施重点项目80个，总投资120亿元。一季度，全县80个重点项目开工45个。二季度，80个重点项目开工70个。',
    ['T count = 80个 2024', 'T level = 120亿元 2024', 'A count 45个 2024/1-3', 'A count 70个 2024/4-6'],
  ],
  [
    'p11 must fire as before: 续建/新建 of the same size are different classes',
    '2024年青禾县政府工作报告\n今年续建项目40个。新建项目40个开工30个。',
    ['T count = 40个 2024', 'T increment = 40个 2024', 'T increment = 30个 2024'],
  ],
  // 4. counts of names joined by 和
  ['l1 must fire: verbs joined before the count', '2024年青禾县教育工作要点\n今年新建和改扩建2所学校。', ['T count = 2所 2024']],
  ['l2 must fire: verbs joined, count after the noun', '2024年青禾县教育工作要点\n今年新建和改扩建学校2所。', ['T count = 2所 2024']],
  ['l3 must fire: 建设和提升, verbs', '2024年青禾县工作要点\n建设和提升乡镇综合文化站2个。', ['T count = 2个 2024']],
  ['l4 must fire: 新建和改造, verbs', '2024年青禾县工作要点\n新建和改造农贸市场2个，新建停车场3个。', ['T count = 2个 2024', 'T increment = 3个 2024']],
  ['l5 must fire: kinds of works (道路和桥梁)', '2024年青禾县工作要点\n实施道路和桥梁工程2项。', ['T count = 2项 2024']],
  ['l6 no entry: two pilots named by 和 (Decisions 13, 16)', '2024年青禾县工作要点\n开展乡村振兴和城乡融合2个试点。', []],
  ['l7 must fire: 培育和引进, verbs', '2024年青禾县工作要点\n培育和引进高新技术企业2家。', ['T count = 2家 2024']],
  ['l8 must fire: a count past the names (2000个)', '2024年青禾县工作要点\n新增幼儿园和中小学学位2000个。', ['T increment = 2000个 2024']],
  ['l9 no entry: two parks named (as before)', '2024年青禾县工作要点\n加快推进青禾和白石2个工业园区扩区。', []],
  ['l10 must fire: tiers', '2024年青禾县工作要点\n争创国家级和省级示范园区2个。', ['T count = 2个 2024']],
  ['l11 must fire: 2000套 past the names', '2024年青禾县工作要点\n全年新建和续建保障性住房2000套。', ['T count = 2000套 2024']],
  ['l12 must fire: kinds of plants', '2024年青禾县工作要点\n改造提升污水处理厂和垃圾中转站2座。', ['T count = 2座 2024']],
  ['l13 must fire: verbs joined in a review', '2023年青禾县政府工作报告\n过去一年，新建和改扩建学校3所、幼儿园5所。', ['A count 3所 2022', 'A count 5所 2022']],
  ['l14 must fire: 建设和完善, verbs', '2024年青禾县工作要点\n建设和完善村级综合服务中心及文化广场2个。', ['T count = 2个 2024']],
  ['l15 no entry: two districts named before 两个片区', '2024年青禾县工作要点\n推进东区和西区两个片区改造。', []],
  ['l16 must fire: kinds of schools', '2024年青禾县教育工作要点\n新建小学和初中2所。', ['T increment = 2所 2024']],
  ['l17 must fire: kinds of plants', '2024年青禾县工作要点\n建设污水处理厂和垃圾填埋场2座。', ['T count = 2座 2024']],
  ['l18 must fire: 建成和投用, verbs in a review', '2023年青禾县政府工作报告\n过去一年，建成和投用标准化厂房2栋。', ['A count 2栋 2022']],
  ['l19 must fire: 组建和运营, verbs', '2024年青禾县工作要点\n组建和运营产业基金2支。', ['T count = 2支 2024']],
  ['l20 must fire: 引进和培育, verbs', '2024年青禾县工作要点\n引进和培育高层次人才团队2个。', ['T count = 2个 2024']],
  ['l21 must fire: kinds of facilities', '2024年青禾县工作要点\n新建日间照料中心和农村幸福院2处。', ['T increment = 2处 2024']],
  ['l22 must fire: kinds of towns to create', '2024年青禾县工作要点\n创建省级卫生乡镇和文明乡镇2个。', ['T count = 2个 2024']],
  ['l23 no entry: two towns named (as before)', '2023年青禾县政府工作报告\n过去一年，青禾和白石两个乡镇入选省级示范。', []],
  ['l24 no entry: two industries named', '2024年青禾县工作要点\n打造农产品加工和商贸物流2个百亿级产业。', []],
  // 5. what a place 拥有
  ['o1 must fire: 到2025年 aim', '2023年青禾市发展规划\n到2025年，全市拥有国家高新技术企业500家。', ['T level = 500家 2025']],
  [
    'o2 must fire: the aim a clause before 拥有',
    '2023年青禾市发展规划\n到2025年，全市规模以上工业企业达到600家，拥有国家级专精特新企业20家、省级专精特新企业100家。',
    ['T level >= 600家 2025', 'T level = 20家 2025', 'T count = 100家 2025'],
  ],
  [
    'o3 must fire: 千人口拥有, a ratio',
    '2023年青禾市卫生健康规划\n到2025年，千人口拥有执业（助理）医师3.2人，千人口拥有床位6.5张。',
    ['T count = 3.2人 2025', 'T count = 6.5张 2025'],
  ],
  [
    'o4 must fire: 千人口拥有 in work points',
    '2024年青禾县卫生健康工作要点\n千人口拥有床位数6.5张，千人口拥有注册护士3.5人。',
    ['T level = 6.5张 2024', 'T count = 3.5人 2024'],
  ],
  ['o5 must fire: a target list', '2024年青禾县工作要点\n2024年工作目标：全县拥有高新技术企业30家以上。', ['T level >= 30家 2024']],
  [
    'o6 must fire: 拥有…达到',
    '2023年青禾县政府工作报告\n今年新增高新技术企业10家，全市拥有高新技术企业达到86家。',
    ['T increment = 10家 2023', 'T level >= 86家 2023'],
  ],
  ['o7 must fire: 力争到2025年拥有', '2023年青禾县政府工作报告\n力争到2025年拥有5个国家级龙头企业。', ['T count = 5个 2025']],
  [
    'o8 finding (mended): 到“十四五”末 aims',
    '2023年青禾市发展规划\n到“十四五”末，全市拥有4个国家级园区、10个省级园区。',
    ['T count = 4个 2025', 'T count = 10个 2025'],
  ],
  ['o9 finding (mended): 2025年 dates an aim', '2023年青禾市发展规划\n2025年，全市拥有5个千亿级产业集群。', ['T count = 5个 2025']],
  ['o10 finding (mended): 预计年底', '2024年青禾县工作要点\n预计年底全县拥有3个4A级景区。', ['T count = 3个 2024']],
  [
    'o11 finding (mended): 使…拥有, an aim',
    '2023年青禾市发展规划\n通过五年努力，使全市拥有3个国家级开发区、8个省级开发区。',
    ['T count = 3个 2023', 'T count = 8个 2023'],
  ],
  [
    'o12 must fire: 人均/每万人 ratios',
    '2023年青禾市体育发展规划\n到2025年，全市人均拥有体育场地面积2.6平方米，每万人拥有社会体育指导员25人。',
    ['T level = 2.6平方米 2025', 'T count = 25人 2025'],
  ],
  ['o13 finding (mended): 新增拥有, an increment reported', '2023年青禾市政府工作报告\n过去五年，全市新增拥有3个国家级开发区。', ['A increment 3个 2022']],
  ['o14 finding (mended): 均拥有1个以上, a floor set', '2024年青禾市工作要点\n全市各区县均拥有1个以上省级开发区。', ['T count >= 1个 2024']],
  [
    'o15 must fire: an aim a clause before',
    '2023年青禾市发展规划\n到2025年，全市文化产业发展水平显著提升，拥有国家级文化产业示范基地3个，省级示范基地10个。',
    ['T level = 3个 2025', 'T count = 10个 2025'],
  ],
  ["o16 no entry: a county's profile (the rule's shape)", '2023年青禾县政府工作报告\n青禾县拥有3个国家级自然保护区、5个省级森林公园。', []],
  [
    "o17 must fire: 5A级 after 拥有, a plan's list",
    '2024年青禾县旅游工作要点\n加快创建全域旅游示范区，全县拥有5A级景区1个、4A级景区6个。',
    ['T level = 1个 2024', 'T count = 6个 2024'],
  ],
  ['o18 must fire: 截至…拥有 with the noun first (as before)', '2023年青禾市政府工作报告\n截至2023年底，全市拥有3个国家级开发区。', ['A count 3个 2023']],
  // 7. 建成后 at the figure
  ["b1 no entry: a project's output once built", '2024年青禾县工作要点\n建成后年产值达到10亿元。', []],
  ['b2 no entry: the effect after 全部建成后 (as before)', '2023年青禾市发展规划\n全市污水处理厂全部建成后，城市污水处理率达到98%。', []],
  ['b3 must fire: a year after the cue dates a target', '2023年青禾市发展规划\n建成后的青禾新区，到2030年常住人口达到30万人。', ['T level >= 30万人 2030']],
  ['b4 no entry: 建成后 opens the sentence', '2024年青禾县政府工作报告\n建成后，全县年新增产值50亿元。', []],
  [
    'b5 must fire: investment after the effect',
    '2024年青禾县政府工作报告\n加快建设青禾水库，建成后新增灌溉面积5万亩，力争年底完成投资3亿元。',
    ['T level = 3亿元 2024'],
  ],
  ['b6 no entry: 建成后的园区 (as before)', '2023年青禾市发展规划\n到2025年，建成后的园区年产值达到100亿元。', []],
  ['b7 must fire as before: 建成后总面积 in the metric', '2024年青禾县政府工作报告\n新区建成后总面积达到20平方公里。', ['A level 20平方公里 2024']],
  ['b8 no entry as before', '2024年青禾县工作要点\n建成后的新区道路达到50公里，到2025年全部通车。', []],
  // 8. caps of payments
  [
    'c1 finding (mended): a peak load, 补贴 nearby',
    '2024年青禾市能源工作要点\n全市最高用电负荷达到450万千瓦，对分布式光伏给予补贴。',
    ['T level >= 450万千瓦 2024'],
  ],
  [
    "c2 finding (mended): a pension's floor raised (a target)",
    '2024年青禾县政府工作报告\n将城乡居民基础养老金最低标准提高到每人每月200元，对困难群体给予代缴补助。',
    ['T level = 200元 2024'],
  ],
  [
    'c3 finding (mended): 低保标准最低提高到',
    '2024年青禾县政府工作报告\n城乡低保标准最低提高到每人每月800元，特困人员补助标准同步提高。',
    ['A level 800元 2024'],
  ],
  ['c4 no entry: a cap per company', '2024年青禾县工作要点\n对新认定的省级专精特新企业给予奖励，单个企业最高奖励200万元。', []],
  ['c5 no entry for the cap; the total paid read', '2023年青禾县政府工作报告\n全年兑现奖补资金1.2亿元，单个企业最高奖励200万元。', ['A level 1.2亿元 2023']],
  ['c6 finding (mended): “最多跑一次” share', '2024年青禾县政务服务工作要点\n“最多跑一次”事项比例达到95%，扶持小微企业发展。', ['T share >= 95% 2024']],
  ['c7 finding (mended): 日最高供水能力', '2024年青禾市工作要点\n日最高供水能力达到50万吨，对节水企业给予奖励。', ['T level >= 50万吨 2024']],
  ['c8 finding (mended): 最低工资标准提高到', '2024年青禾县工作要点\n最低工资标准提高到每月2000元，落实稳岗补贴政策。', ['T level = 2000元 2024']],
  ['c9 finding (mended): 最高单产', '2024年青禾县农业工作要点\n全县粮食最高单产达到800公斤，对种粮大户给予补贴。', ['T level >= 800公斤 2024']],
  ['c10 must fire: a peak load, nothing paid', '2024年青禾县政府工作报告\n最高负荷达到120万千瓦，确保电力供应。', ['T level >= 120万千瓦 2024']],
  ['c11 no entry: 最多可申请贷款 with 贴息', '2024年青禾县政府工作报告\n最多可申请贷款50万元，财政给予贴息。', []],
  ['c12 finding (mended): 最高增长 a growth target', '2024年青禾县工作要点\n企业研发投入最高增长30%，给予研发费用补助。', ['T growth = 30% 2024']],
  ['c13 no entry: a temperature (as before)', '2024年青禾县工作要点\n全县最低气温零下5度，做好冬季补贴发放。', []],
  [
    'c14 finding (mended): 最低生活保障标准提高到',
    '2024年青禾县工作要点\n城市最低生活保障标准提高到每人每月850元以上，农村低保补助同步提高。',
    ['T level >= 850元 2024'],
  ],
  ['c15 must fire as before: 最多的 a superlative', '2023年青禾县政府工作报告\n最多的乡镇补助资金达到1200万元。', ['A level 1200万元 2023']],
  ['c16 finding (mended): 最高年产值 达到', '2024年青禾县工作要点\n企业最高年产值达到50亿元，给予奖励。', ['T level >= 50亿元 2024']],
  ['c17 no entry: 最高可获得 after 给予奖励', '2024年青禾县支持工业发展若干措施\n对新认定的国家级企业技术中心给予奖励，最高可获得500万元。', []],
  ['c18 must fire: 最高标准提高到', '2024年青禾县工作要点\n将种粮大户补贴最高标准提高到每亩200元。', ['T level = 200元 2024']],
  ['c19 no entry for the cap; the total read', '2024年青禾县工作要点\n企业最多可获得补贴30万元，全年发放补贴总额2000万元。', ['T level = 2000万元 2024']],
  ['c20 must fire: “最多跑一次” count', '2024年青禾县工作要点\n“最多跑一次”事项达到300项，对优秀窗口给予奖励。', ['T level >= 300项 2024']],
  ['c21 must fire: 最高日供水量可达 a peak', '2024年青禾县工作要点\n全市最高日供水量可达50万吨，新建水厂给予补助。', ['T level >= 50万吨 2024']],
];

/**
 * Read today as before round 28 (both wrong): the programme named again in the same sentence that sets it (继续办好10件民生实事，
 * 10件民生实事年内完成8件以上) — the second 10件 is a back-reference, but the rule looks only at earlier sentences.
 */
const PENDING: Record<string, string[]> = {
  p9: ['T count = 10件 2023', 'T count = 10件 2023', 'T count >= 8件 2023'],
};
describeShapeCatalogue('mend m28x', CATALOGUE, PENDING, read);
