/**
 * Shape catalogue (round 33, r33x): figures the corpus conventions make no entry ("What is an entry" → "Not entries") that the
 * reader still read. Each section is one rule of the grammar's filters, its positive passages and the near-misses that must
 * keep their reading. Invented passages only, each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A club of sums is a tier reached only when a verb of joining reaches it (scan.ts `clubJoined`); a club named as a
  //    kind of place describes the place, no figure.
  [
    '1a a club named as a kind of city, after the sum reached',
    '青禾市2032年国民经济和社会发展计划\n全市地区生产总值突破1.2万亿元，成为全省第二个“万亿俱乐部”城市；力争新增规上企业80家。',
    ['T level > 1.2万亿元 2032', 'T increment = 80家 2032'],
  ],
  [
    '1b a club a city is near to, in a news lede',
    '青禾日报 2032年1月5日讯 去年全市地区生产总值预计达到9600亿元，距“万亿俱乐部”仅一步之遥。',
    ['A level 9600亿元 2031'],
  ],
  [
    '1c must not change: a club joined, the measure between the verb and the club',
    '青禾市2032年政府工作报告\n到2035年，全市率先进入经济总量“万亿俱乐部”，常住人口达到800万人。',
    ['T level >= 1万亿元 2035', 'T level >= 800万人 2035'],
  ],
  [
    '1d must not change: a club of cities joined, written without quotes',
    '青禾市2032年经济工作要点\n力争经济总量迈入千亿城市行列，规上工业增加值增长8%。',
    ['T level >= 1000亿元 2032', 'T growth = 8% 2032'],
  ],

  // 2. A 、 list of size bounds on one noun (statements.ts `boundsOfListedNoun`): every bound qualifies the noun, no figure.
  [
    '2a two kinds of investment bounding the projects counted',
    '青禾市2032年重点项目建设计划\n全年计划实施政府投资3000万元以上、社会投资亿元以上项目180个，总投资2100亿元。',
    ['T count = 180个 2032', 'T level = 2100亿元 2032'],
  ],
  [
    '2b tiers of output after 超, the last before 的 and the firms',
    '青禾县2032年工业工作要点\n加快培育产值超50亿元、20亿元、10亿元的龙头企业，规上工业增加值增长9%。',
    ['T growth = 9% 2032'],
  ],
  [
    '2c a sum converted in brackets before its bound word',
    '青禾市2032年招商引资工作要点\n全年新签约10亿元（1.5亿美元）以上项目25个。',
    ['T count = 25个 2032'],
  ],
  [
    '2d must not change: a list of sums reached, no noun after the last',
    '青禾县2032年政府工作报告\n力争全年固定资产投资300亿元以上、社会消费品零售总额150亿元以上。',
    ['T level >= 300亿元 2032', 'T level >= 150亿元 2032'],
  ],
  [
    '2e must not change: a bound then an item of another kind',
    '青禾县2032年重点项目建设计划\n全年完成投资100亿元以上、新开工项目40个。',
    ['T level >= 100亿元 2032', 'T count = 40个 2032'],
  ],

  // 3. A count of the tasks a plan names (N项工作任务) is its own structure, also after a verb of completing and an adverb
  //    (statements.ts `isQuota`): no quota of a measure.
  [
    '3a a department will complete ten lines of work',
    '青禾县2032年农业农村工作要点\n全县农业农村部门将重点完成十项工作任务，粮食播种面积稳定在80万亩以上。',
    ['T level >= 80万亩 2032'],
  ],
  [
    '3b must not change: projects completed are counted',
    '青禾县2032年重点项目建设计划\n全县将重点完成12个续建项目，新开工项目30个。',
    ['T count = 12个 2032', 'T count = 30个 2032'],
  ],

  // 4. Ranks no measure holds (scan.ts `rankAt`, statements.ts `readRank`): counted from the bottom (倒数第三位), an ordinal
  //    after 排 inside another word (安排…第三师), a rank describing a kind of place after it (排名第二的…城市), the place a
  //    measure is compared with (与第一位的…).
  [
    '4a a rank counted from the bottom, then the rank reached',
    '青禾县2032年政府工作报告\n2031年，全县项目建设进度排名从全市倒数第三位提升到第5位。',
    ['A rank 5位 2031'],
  ],
  [
    '4b a division named by its ordinal after 安排',
    '青禾师2032年工作会议\n会议安排部署了2032年兵团第三师经济社会发展目标任务，生产总值增长6%。',
    ['T growth = 6% 2032'],
  ],
  [
    '4c a rank describing the kind of city named after it',
    '青禾日报讯 2031年，作为外出务工人数全省排名第二的劳务输出城市，青禾市新增返乡创业人员1200人。',
    ['A increment 1200人 2031'],
  ],
  [
    '4d the place ranked first, named as the one compared with',
    '青禾县2032年政府工作报告\n2031年全县地区生产总值跃居全市第二位，与第一位的东城区差距进一步缩小。',
    ['A rank 2位 2031'],
  ],
  [
    '4e must not change: a rank after 排名',
    '青禾县2032年政府工作报告\n2031年全县地区生产总值增长7.5%，增速排名全市第一。',
    ['A growth 7.5% 2031', 'A rank 1位 2031'],
  ],

  // 5. All the divisions of a whole counted after its scope (全省12个设区市, 某省有58个县（市）, 包括县级市18个、县40个) are
  //    its make-up, no figure of a plan (statements.ts `WHOLE_BEFORE_DIVISIONS`, `DIVISIONS_LISTED`).
  [
    '5a the cities of a province holding their sessions, in a news lede',
    '青禾日报讯 2032年1月以来，全省12个设区市陆续召开人代会，全省地区生产总值预期增长6%左右。',
    ['T growth ~ 6% 2032'],
  ],
  [
    "5b a province's counties and their kinds, in a plan's review",
    '青禾省“十五五”县域经济发展规划\n“十四五”期间，青禾省有58个县（市），包括县级市18个、县40个，县域生产总值年均增长6.2%。',
    ['A growth 6.2% 2025'],
  ],
  [
    '5c must not change: places a plan creates are counted',
    '青禾省2032年文化旅游工作要点\n力争创建3个省级全域旅游示范县市，新增4A级景区5个。',
    ['T count = 3个 2032', 'T increment = 5个 2032'],
  ],

  // 6. Comments on a target already stated: a figure whose clause names no measure takes none from a clause before that only
  //    says who speaks (statements.ts `SPEAKER_ONLY`); a goal said to move by so much (增速目标分别上调1个、2个百分点,
  //    增长目标则下调…: `GOAL_ADJUSTED_BY`); a rule of thumb (每增长1个百分点可以带动…就业: `RULE_STEP_BEFORE`).
  [
    '6a a speaker commenting on the target named before',
    '青禾日报讯 2032年1月5日，市委经济工作会议将今年经济增长预期目标确定为7%左右。市发改委负责人表示，7%的目标有利于稳就业。',
    ['T growth ~ 7% 2032'],
  ],
  [
    "6b how far the year's goals moved, in a news item",
    '青禾日报讯 2032年青禾市政府工作报告提出，今年地区生产总值增长7%左右，固定资产投资、进出口总额的增速目标分别上调1个、2个百分点，社会消费品零售总额增长目标则下调0.5个百分点。',
    ['T growth ~ 7% 2032'],
  ],
  [
    '6c a rule of thumb linking growth and jobs',
    '青禾日报讯 2032年，青禾市地区生产总值预期增长6%左右。据测算，全市地区生产总值每增长1个百分点可以带动约1.2万人就业。',
    ['T growth ~ 6% 2032'],
  ],
  [
    '6d must not change: a speaker giving a figure with its own measure',
    '青禾日报讯 2032年1月5日，市发改委负责人表示，今年全市固定资产投资增长8%。',
    ['T growth = 8% 2032'],
  ],
  [
    '6e must not change: 每 naming a ratio, no step of change',
    '青禾市2032年科技工作要点\n每万人口高价值发明专利拥有量达到12件，研发经费投入增长10%。',
    ['T level >= 12件 2032', 'T growth = 10% 2032'],
  ],

  // 7. Every capacity of a 、/和 list that closes on its projects (…等项目, …、乙新增5万吨产能项目) sizes a project, no figure
  //    (statements.ts `capacityListNamesProjects`), as a single capacity before 等项目 already did.
  [
    '7a two capacities added, the last before 产能项目',
    '青禾县2032年工业工作要点\n推进甲酒业新增3万吨、乙酒业新增5万吨产能项目建设，规上工业增加值增长8%。',
    ['T growth = 8% 2032'],
  ],
  [
    '7b the capacities of example projects before 等项目, then a capacity aimed at',
    '青禾市2032年政府工作报告\n加快发展新能源产业，建设甲公司20万吨硅材料、乙公司年产5万吨多晶硅和800吨电子级多晶硅等项目，力争年内多晶硅产能达到30万吨。',
    ['T level >= 30万吨 2032'],
  ],
  [
    '7c must not change: a list of outputs reached',
    '青禾县2032年政府工作报告\n力争全年粮食产量达到12万吨、油料产量达到2万吨，新建生猪养殖场3个。',
    ['T level >= 12万吨 2032', 'T level >= 2万吨 2032', 'T increment = 3个 2032'],
  ],

  // 8. A page's view counter after its publishing date, not only after a time of day (clean.ts `STAMPED_VIEW_COUNTER`).
  [
    '8a a view counter on the date line of a repost',
    '青禾日报 2032年政府工作报告解读\n发布时间：2032年02月06日 浏览次数：125次\n今年全市地区生产总值增长6%左右。',
    ['T growth ~ 6% 2032'],
  ],

  // 9. The vote a session adopts a document by (以98.6%的赞成率, 512人投票, 赞成505票) and the count of what its vote chose
  //    (票决产生12件…) are procedure, no figure (statements.ts `VOTE_AFTER`, `VOTE_METRIC`, `VOTED_BEFORE`).
  [
    "9a the congress's vote on a plan's outline, then the outline's aim",
    '青禾日报讯 2032年1月20日，市十五届人大三次会议以98.6%的赞成率（512人投票，赞成505票）审查通过了市“十五五”规划纲要。纲要提出，到2036年，全市地区生产总值年均增长6%左右。',
    ['T growth ~ 6% 2036'],
  ],
  [
    '9b practical matters a session voted for, then one of them',
    '青禾县融媒体中心讯 2032年1月12日，县十八届人大六次会议票决产生12件民生实事项目，今年将新建幼儿园3所。',
    ['T increment = 3所 2032'],
  ],
  [
    '9c must not change: people a plan brings to a vote are counted',
    '青禾县2032年政府工作报告\n今年将组织1200名群众代表参加民生实事项目投票，新增城镇就业3000人。',
    ['T count = 1200名 2032', 'T increment = 3000人 2032'],
  ],

  // 10. The share of a plan's own indicators of a kind (…类指标占比超过三分之一, …的指标占70%以上) is its structure, no figure
  //     (statements.ts `OWN_INDICATORS_SHARE`); a share of a measure stays.
  [
    "10a the outline's green indicators counted as a share, then its aims",
    '青禾市“十五五”规划纲要\n纲要共设置5大类30项指标，其中绿色生态类指标占比超过三分之一。到2030年，全市森林覆盖率达到45%，高新技术产业增加值占规上工业比重达到40%。',
    ['T share >= 45% 2030', 'T share >= 40% 2030'],
  ],

  // 11. What a policy grants each case after 给予 (…给予50万元奖励, 给予小微企业10%以上价格扣除优惠) is no figure of the plan
  //     (statements.ts `GRANTED_BEFORE`, `GRANT_AFTER`; corpus "Not entries": subsidy amounts a policy pays).
  [
    '11a a reward and a price deduction a policy grants',
    '青禾市2032年优化营商环境工作要点\n对新认定的国家级专精特新“小巨人”企业给予50万元奖励，给予小微企业10%以上价格扣除优惠；全年新增市场主体2万户。',
    ['T increment = 20000户 2032'],
  ],
  [
    '11b must not change: subsidy funds obtained and paid out in sum',
    '青禾市2032年政府工作报告\n全年争取上级补助资金30亿元以上，发放各类补贴8000万元。',
    ['T level >= 30亿元 2032', 'T level = 8000万元 2032'],
  ],

  // 12. Counts of a text's own aims and parts: the capacities a government names (提升四个能力: words.ts `AIMS_COUNTED_BY`) and a
  //     digest's key words (九个关键字: `DOCUMENT_PARTS`); a centre built keeps its count (能力中心: 中 only as 中 of a group).
  [
    "12a a government's four capacities, then the year's aims",
    '青禾市2032年政府工作报告解读\n今年，市政府要着力提升四个能力，全市地区生产总值增长6%左右，建设3个算力能力中心。',
    ['T growth ~ 6% 2032', 'T count = 3个 2032'],
  ],
  ["12b a digest's key words", '青禾日报 2032年两会特刊\n九个关键字，读懂今年的政府工作报告。今年全市新增城镇就业5万人。', ['T increment = 5万人 2032']],

  // 13. Projects counted as the group a completion ratio is taken over (…项目均完成年度计划投资的120%), the list's classes joined
  //     by 、 or 和, are scope, as those of an investment sum are (statements.ts `SUBJECT_THEN_PLAN_SHARE`).
  [
    "13a three classes of projects, all over their year's plan",
    '青禾县2032年政府工作报告\n2031年，全县3个省重、25个市重和40个县重项目均完成年度计划投资的120%，新增规上工业企业12家。',
    ['A share 120% 2031', 'A increment 12家 2031'],
  ],
  [
    '13b must not change: projects carried out, then their ratio in a clause of its own',
    '青禾县2032年政府工作报告\n2031年，全县实施重点项目68个，完成年度计划投资的115%。',
    ['A count 68个 2031', 'A share 115% 2031'],
  ],

  // 14. In a review, projects named before their count with no verb (续建项目30宗) and the investment they completed in the next
  //     clause are the set that sum is taken over, scope (statements.ts `projectsOfInvestedSum`); a verb of work keeps the count.
  [
    '14a a progress report: the continued projects and their investment, the newly started ones counted',
    '青禾县2032年1-5月重点项目进展情况\n1-5月，全县重点项目完成投资50亿元，完成年度计划投资的41%。其中，续建项目30宗，完成投资38亿元；新开工项目20宗，完成投资12亿元。',
    ['A level 50亿元 2032/1-5', 'A share 41% 2032/1-5', 'A level 38亿元 2032/1-5', 'A count 20宗 2032/1-5', 'A level 12亿元 2032/1-5'],
  ],
  [
    '14b must not change: projects carried out, then their investment',
    '青禾县2032年政府工作报告\n2031年，全县实施重点项目36个，完成投资39.8亿元。',
    ['A count 36个 2031', 'A level 39.8亿元 2031'],
  ],

  // 15. A person's age before 的 and the person (35岁的…村民李某: statements.ts `PERSON_AFTER_AGE`), and the goals a programme
  //     sets counted (17个可持续发展目标: words.ts `DOCUMENT_PARTS`), are no figures; a life expectancy keeps its age.
  [
    "15a a villager's age in a plan's story, then the aims",
    '青禾县2032年乡村旅游工作要点\n35岁的青禾镇某村村民李某返乡开办民宿，带动周边农户增收。全县乡村旅游接待人次增长20%，人均预期寿命达到80岁。',
    ['T growth = 20% 2032', 'T level >= 80岁 2032'],
  ],
  [
    "15b an agenda's goals counted, then a plan's aim",
    '青禾市2032年国际合作工作要点\n对接联合国2030年议程的17个可持续发展目标，全年新增国际友好城市2对。',
    ['T increment = 2对 2032'],
  ],

  // 16. How far a target just stated lies beyond a standard (…比重达8%，超出认定标准0.5个百分点) only describes it, no figure
  //     (statements.ts `marginOverStandard`); after a result the gap stays.
  [
    "16a a target's margin over the standard of a title sought",
    '青禾县2032年全域旅游示范区创建方案\n到2033年，旅游业增加值占地区生产总值的比重达8%，超出认定标准0.5个百分点。',
    ['T share >= 8% 2033'],
  ],
  [
    "16b must not change: a result's gap to a national standard",
    '青禾县2032年政府工作报告\n2031年，全县空气质量优良天数比例达到92%，高于国家标准2个百分点。',
    ['A share 92% 2031', 'A share 2百分点 2031'],
  ],

  // 17. Numbers that measure nothing: 一 and its measure word said again in one clause (发现一户、帮扶一户…: statements.ts
  //     `repeatedOne`), and two numerals side by side that say "three or four" (三四个, 七八十: numbers.ts `vaguePair`, once
  //     read as 34 and 78); a lone 一所 stays a count.
  [
    '17a a slogan of one household each, an approximate count, then a school built',
    '青禾县2032年乡村振兴工作要点\n健全防止返贫动态监测和帮扶机制，做到发现一户、帮扶一户、动态清零一户；力争建成三四个省级示范园，新建一所乡镇卫生院。',
    ['T increment = 1所 2032'],
  ],

  // 18. A place's profile: its border's length (国境线长120公里: statements.ts `BORDER_LENGTH`) and the divisions it is made up
  //     of after 下设/下辖 (…180个行政村、1600个村民小组: `MAKEUP_LISTED_BEFORE`), as its area is (corpus Decisions 19, 35).
  [
    "18a a county's area, border and make-up, then a station built",
    '青禾县2032年政府工作报告\n青禾县国土面积4200平方公里，国境线长120公里，下设10镇4乡、180个行政村、1600个村民小组。今年全县新建村级综合服务站20个。',
    ['T increment = 20个 2032'],
  ],

  // 19. A roundup's bands and generalities: ± before a figure (保持在±0.5%之间: statements.ts `BAND_SIGN_BEFORE`) and a
  //     subheading that only says how figures generally run (普遍在5%以上 alone on its line: `GENERALLY_ONLY`); after a clause
  //     naming the goals, 普遍设定在5%及以上 stays read.
  [
    '19a a band and a subheading in a roundup of goals',
    '青禾日报 2032年各省份经济增长目标盘点\n多数省份将今年经济增长目标定在5%左右，与上年目标相比保持在±0.5%之间。\n普遍在5%以上\n青禾省今年地区生产总值增长5.5%左右。',
    ['T growth ~ 5% 2032', 'T growth ~ 5.5% 2032'],
  ],
  [
    '19b must not change: the goals named in the clause before',
    '青禾日报 2032年各省份经济增长目标盘点\n目前已公布的省份经济增长目标，普遍设定在5%及以上。',
    ['T share >= 5% 2032'],
  ],
];

/** Passages the reader does not read as the catalogue says yet, with what it reads today. */
const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('shape catalogue r33x: figures the conventions make no entry', CATALOGUE, PENDING, read);
