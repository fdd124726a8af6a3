/**
 * Shape catalogue (round 28, r28x): figures read where the corpus gold has no entry (precision). Each group of extras is a
 * shape the corpus README's "What is an entry" and Decisions leave out, with must-fire passages that look alike and keep
 * their reading:
 *   1. a result whose digits a reposting site masked or cut (完成财政收入.5亿元, 实现产值**亿元): an actual has no placeholder
 *      (corpus README "Decisions": masked results are no entries) — a masked target, or one 预计 states, stays a placeholder;
 *   2. the zones a layout divides its land into, each named with its extent and no verb (其中：甲工业园区900公顷；城镇生活区
 *      400公顷): the plan's map, as a territory's area is (catalogue r27x 7) — land a verb builds stays;
 *   3. a programme count an earlier sentence set, named again as the subject of its progress (全市安排重点项目120个。…全市
 *      120个重点项目开复工96个): a back-reference (Decisions 1, 15) — a programme first stated with its progress, or another
 *      count, stays;
 *   4. a count equal to the things a list right before it names, the list's items joined by 和 as well as 、 (甲和乙、丙等3个,
 *      甲、乙和丙等3个, 甲和乙两个): it counts the names (Decisions 13, 16; catalogue r26r 9 for 、 alone) — verbs joined
 *      (新建和改扩建2所), tiers (国家级和省级…2个), a count past the names, or a unit of no things stay;
 *   5. the things a place 拥有, counted right after the verb and listed on (拥有200多座石峰、80多处古寨; 拥有12个国家森林公园，
 *      9个国家湿地公园): the place's profile, no figure reached or aimed at (no 拥有 of a place is an entry in the corpus gold)
 *      — a ratio (每千人拥有…, 拥有量) or an aim (到2025年…拥有, 力争拥有) stays;
 *   6. (stability) a mirror's pinyin a hard wrap cut from its character (增長⏎(zhǎng)5.8%, 當⏎(dāng)年): taken out again once
 *      the page-width join has put the lines together, so the shapes above read across the wrap as on the page;
 *   7. what one project brings once built, its words opening with the cue (建成后预计带动3000人就业): no entry, as after the
 *      cue (Decisions 19; extract.ts projectedEffect) — a year or 到 after the cue still dates a target;
 *   8. the cap or floor of what a policy pays each case (按照最高不超过合同金额的30%给予支持，最高不超过2000万元; 线索奖最低50元):
 *      amounts a policy pays are no entries ("What is an entry") — a measure's extremes (最低是6.7%), a superlative (最多的
 *      乡镇), a peak load, and the total paid out stay.
 * Invented sentences only (青禾县, own figures), each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A masked or cut figure a result reports: no entry (its growth after it stays read).
  [
    '1a no entry: revenue cut to its decimals by the site, the fall after it read',
    '2020年青禾区经济运行情况\n前三季度，全区完成区级财政收入.5亿元，同比下降6.4%。',
    ['A growth 6.4% 2020/1-9'],
  ],
  [
    '1b no entry: investment masked with stars in a month report',
    '2020年青禾区经济运行情况\n1-9月，全区完成固定资产投资**亿元，同比增长10.5%。',
    ['A growth 10.5% 2020/1-9'],
  ],
  ['1c no entry: profit masked as *.* after 实现', '2020年青禾区经济运行情况\n全区规模以上工业企业实现利润总额*.*亿元，同比增长7.6%。', ['A growth 7.6% 2020']],
  [
    '1d must fire: a masked target after 力争 stays a placeholder',
    '2021年青禾区政府工作报告\n今年力争完成固定资产投资**亿元，增长8%。',
    ['T level placeholder null亿元 2021', 'T growth = 8% 2021'],
  ],
  [
    "1e must fire: 预计 with a bound may state the quarter's goal (c025 as the gold reads it)",
    '2021年青禾区一季度工作安排\n预计一季度全区工业产值达**亿元以上。',
    ['T level placeholder null亿元 2021'],
  ],
  ['1f must fire: a masked count to sign', '2021年青禾区招商工作要点\n力争签约亿元以上项目**个。', ['T count placeholder null个 2021']],
  [
    '1g must fire: the same result with its digits',
    '2020年青禾区经济运行情况\n前三季度，全区完成区级财政收入12.5亿元，同比下降6.4%。',
    ['A level 12.5亿元 2020/1-9', 'A growth 6.4% 2020/1-9'],
  ],
  // 2. Zones of a layout, each named with its extent: no entry.
  [
    '2a no entry: a layout of parks, a living quarter and a logistics centre after 其中',
    '2023年青禾镇发展规划\n按照规划布局，上述园区规划总面积2100公顷，其中：青禾工业园区900公顷；白石产业园区600公顷；城镇生活区400公顷；仓储物流中心200公顷。',
    [],
  ],
  ['2b must fire: a park a verb builds', '2023年青禾镇发展规划\n今年建设现代农业产业园区2000公顷。', ['T count = 2000公顷 2023']],
  ['2c must fire: a demonstration area of farmland built', '2023年青禾镇发展规划\n新建高标准农田示范片区1500公顷。', ['T increment = 1500公顷 2023']],
  ['2d must fire: the land built up, 建成区 with no area word', '2023年青禾县政府工作报告\n全县建成区28平方公里。', ['A count 28平方公里 2023']],
  [
    "2e must fire: a base's planned area (c726 as the gold reads it)",
    '2023年青禾县农业工作要点\n现代养殖基地规划面积149平方公里。',
    ['T level = 149平方公里 2023'],
  ],
  // 3. A programme count named again before its progress: no entry the second time.
  [
    "3a no entry: the year's programme named again before how many are under way",
    '2020-05-08 青禾市项目建设加快推进\n今年，全市安排重点项目120个，年度投资85亿元。截至目前，全市120个重点项目开复工96个，开复工率80%。',
    ['T count = 120个 2020', 'T level = 85亿元 2020', 'A count 96个 2020', 'A share 80% 2020'],
  ],
  [
    '3b must fire: another count of projects before the progress is its own',
    '2020-05-08 青禾市项目建设加快推进\n今年，全市安排重点项目120个，年度投资85亿元。截至目前，全市118个重点项目开复工96个。',
    ['T count = 120个 2020', 'T level = 85亿元 2020', 'T count = 118个 2020', 'A count 96个 2020'],
  ],
  [
    '3c must fire: a programme first stated with its progress (c150 as the gold reads it)',
    '2020-05-08 青禾市项目建设加快推进\n截至目前，全市120个重点项目开复工96个，开复工率80%。',
    ['T count = 120个 2020', 'A count 96个 2020', 'A share 80% 2020'],
  ],
  [
    '3d must fire: the same number counting other things in the next sentence',
    '2024年青禾县政府工作报告\n今年实施重点项目30个。新建学校3所，新增学位30个。',
    ['T count = 30个 2024', 'T increment = 3所 2024', 'T increment = 30个 2024'],
  ],
  [
    '3e must fire: two classes of projects with the same count in one sentence',
    '2024年青禾县项目建设情况\n今年实施市级重点项目12个、县级重点项目12个。',
    ['T count = 12个 2024', 'T count = 12个 2024'],
  ],
  [
    '3f must fire: two classes of the programme, the same count each, each before its progress',
    '2019年青禾州重点项目推进情况\n2019年，全州实施重点项目60个，年度计划投资96亿元。1-4月，新开工项目30个，开工18个；续建项目30个，复工28个。',
    ['T count = 60个 2019', 'T level = 96亿元 2019', 'T count = 30个 2019', 'A count 18个 2019/1-4', 'T count = 30个 2019', 'A count 28个 2019/1-4'],
  ],
  // 4. A count of the names a list joined by 、 and 和 gives right before it: no entry.
  ['4a no entry: two sites joined by 和, a third after 、, closed by 等3个', '2024年青禾县工作要点\n抓好甲集团东沟和西岭、南坪等3个养殖场建设。', []],
  ['4b no entry: a 、 list whose last item 和 joins', '2024年青禾县工作要点\n构建沿河生态产业、北山新材料产业和南部能源化工产业等3个产业集聚带。', []],
  ['4c no entry: two named clusters joined by 和 before 两个', '2024年青禾县工作要点\n建设东湖优质水稻和西岭白羽肉鸡两个优势产业集群。', []],
  ['4d must fire: verbs of work joined by 和 before the count', '2024年青禾县工作要点\n新建和改扩建2所学校。', ['T count = 2所 2024']],
  ['4e must fire: the same verbs, the count after the noun', '2024年青禾县工作要点\n新建和改扩建学校2所。', ['T count = 2所 2024']],
  ['4f must fire: tiers joined by 和 are kinds, not names', '2024年青禾县工作要点\n创建国家级和省级现代农业产业园2个。', ['T count = 2个 2024']],
  ['4g must fire: a count past the names (等6个 after three)', '2024年青禾县工作要点\n培育东湖、西岭和南坪等6个产业集群。', ['T count = 6个 2024']],
  ['4h must fire: people counted after two kinds of work', '2024年青禾县工作要点\n新增城镇就业和农村劳动力转移2万人。', ['T increment = 2万人 2024']],
  // 5. What a place 拥有, counted after the verb: no entry.
  [
    "5a no entry: a landscape's features listed after 拥有",
    '2024年青禾县文旅发展规划\n青禾山地貌奇特，拥有200多座石峰、80多处古寨、50余条峡谷、30余座湖泊。',
    [],
  ],
  [
    '5b no entry: parks a city has, the second after a comma',
    '2024年青禾县文旅发展规划\n据介绍，青禾县拥有12个国家森林公园，9个国家湿地公园，是全省森林旅游主要目的地。',
    [],
  ],
  [
    '5c must fire: an aim opens the sentence, the noun before the count',
    '2024年青禾县工作要点\n到2025年，全县拥有国家级专精特新企业20家。',
    ['T level = 20家 2025'],
  ],
  ['5d must fire: 力争拥有', '2024年青禾县工作要点\n力争拥有省级以上研发平台30个。', ['T level = 30个 2024']],
  ['5e must fire: a ratio per thousand people', '2024年青禾县工作要点\n每千人拥有社会体育指导员3名。', ['T count = 3名 2024']],
  ['5f must fire: 拥有量, a ratio', '2024年青禾县工作要点\n每万人口发明专利拥有量达到15件。', ['T level >= 15件 2024']],
  [
    "5g no entry for the forest's size qualifying the farm; the year's planting stays",
    '2024年青禾县工作要点\n拥有400公顷林地的东山林场，今年新造林2000亩。',
    ['T level = 2000亩 2024'],
  ],
  [
    '5h must fire: an aim opens the sentence, the count right after 拥有',
    '2024年青禾县工作要点\n到2025年，全县拥有20家国家级专精特新企业。',
    ['T count = 20家 2025'],
  ],
  [
    "5i must fire: a review's stock with its noun first",
    '2023年青禾县政府工作报告\n过去一年，全县拥有高新技术企业85家，增长20%。',
    ['A level 85家 2022', 'A growth 20% 2022'],
  ],
  ['5j must fire: 拥有量 growth in a month report', '2023年青禾县经济运行情况\n全县有效发明专利拥有量同比增长25.5%。', ['A growth 25.5% 2023']],
  // 6. A mirror's pinyin a hard wrap cut from its character (增長⏎(zhǎng)5.8%): read as on the unwrapped page.
  [
    '6a the same results on a page hard-wrapped at 35 places, a break before a pinyin bracket',
    '2024年青禾縣經(jīng)濟(jì)運行情況\n今年以來,全縣經(jīng)濟(jì)運行穩中有進(jìn),地區(qū)生產(chǎn)總\n值完成126.5億元,增長(zhǎng)6.5%;規(guī)模以上工業(yè)增加值增長(zhǎ\nng)8.2%;固定資產(chǎn)投資完成48.6億元,增長(zhǎng)9.1%;社會(huì)消費\n(fèi)品零售總額完成52.3億元,增長(zhǎng)7.4%;一般公共預(yù)算收入完成\n8.75億元,增長(zhǎng)5.2%;城鎮(zhèn)居民人均可支配收入完成38650元,增長\n(zhǎng)5.8%。',
    [
      'A level 126.5亿元 2024',
      'A growth 6.5% 2024',
      'A growth 8.2% 2024',
      'A level 48.6亿元 2024',
      'A growth 9.1% 2024',
      'A level 52.3亿元 2024',
      'A growth 7.4% 2024',
      'A level 8.75亿元 2024',
      'A growth 5.2% 2024',
      'A level 38650元 2024',
      'A growth 5.8% 2024',
    ],
  ],
  [
    '6b the page as written',
    '2024年青禾縣經(jīng)濟(jì)運行情況\n今年以來,全縣經(jīng)濟(jì)運行穩中有進(jìn),地區(qū)生產(chǎn)總值完成126.5億元,增長(zhǎng)6.5%;規(guī)模以上工業(yè)增加值增長(zhǎng)8.2%;固定資產(chǎn)投資完成48.6億元,增長(zhǎng)9.1%;社會(huì)消費(fèi)品零售總額完成52.3億元,增長(zhǎng)7.4%;一般公共預(yù)算收入完成8.75億元,增長(zhǎng)5.2%;城鎮(zhèn)居民人均可支配收入完成38650元,增長(zhǎng)5.8%。',
    [
      'A level 126.5亿元 2024',
      'A growth 6.5% 2024',
      'A growth 8.2% 2024',
      'A level 48.6亿元 2024',
      'A growth 9.1% 2024',
      'A level 52.3亿元 2024',
      'A growth 7.4% 2024',
      'A level 8.75亿元 2024',
      'A growth 5.2% 2024',
      'A level 38650元 2024',
      'A growth 5.8% 2024',
    ],
  ],
  // 7. A project's effect once built, the figure's words opening with 建成后: no entry.
  [
    '7a no entry: jobs the project brings, its words opening with 建成后',
    '2022年青禾县项目建设情况\n青禾物流园项目总投资12亿元，建成后预计带动3000人就业。',
    ['A level 12亿元 2022'],
  ],
  [
    '7b no entry: output and jobs after 建成后 (read so before)',
    '2022年青禾县项目建设情况\n青禾物流园项目总投资12亿元，建成后可实现年产值20亿元，带动3000人就业。',
    ['A level 12亿元 2022'],
  ],
  [
    '7c must fire: a year after the cue dates a target',
    '2022年青禾县项目建设情况\n青禾物流园项目总投资12亿元，建成后到2025年实现年产值20亿元。',
    ['A level 12亿元 2022', 'T level = 20亿元 2025'],
  ],
  ['7d must fire: jobs the plan sets, no project', '2022年青禾县工作要点\n今年新增城镇就业3000人。', ['T increment = 3000人 2022']],
  // 8. A cap or floor on what a policy pays each case: no entry.
  [
    '8a no entry: a cap as a share of the contract, then a cap in money',
    '2024年青禾县支持制造业发展若干措施\n符合首台（套）重大技术装备条件的，按照最高不超过产品销售合同金额的30%给予支持，最高不超过2000万元。',
    [],
  ],
  ['8b no entry: a cap for each project after the aid', '2024年青禾县支持制造业发展若干措施\n对新建项目给予设备补助，单个项目最高不超过500万元。', []],
  ['8c no entry: the floor of a tip-off prize', '2024年青禾县支持制造业发展若干措施\n线索奖最低50元，上不封顶。', []],
  ['8d must fire: the total paid out, no cap word', '2024年青禾县工作要点\n今年力争兑现各类惠企补助资金2亿元以上。', ['T level >= 2亿元 2024']],
  [
    '8e must fire: a superlative with 的 picks a place, in a sentence that pays',
    '2024年青禾县支持制造业发展若干措施\n今年全县兑现奖补资金3亿元，惠及企业最多的乡镇达到120家。',
    ['T level = 3亿元 2024', 'T level >= 120家 2024'],
  ],
  ['8f must fire: a peak load, nothing paid', '2024年青禾县电力保供方案\n今年全县最高用电负荷预计达到85万千瓦。', ['A level 85万千瓦 2024']],
];

/** Shapes the reader does not read yet, each with the reading it gives today (none). */
const PENDING: Record<string, string[]> = {};
describeShapeCatalogue('catalogue r28x', CATALOGUE, PENDING, read);
