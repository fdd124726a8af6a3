/**
 * Mend m31v (round 31, review31v of r31v and r31u): the probes review31v.md ran through the round-31 rules — a year part's
 * numbered heading read wherever it stands but after a numeral (INLINE_PART_HEADING, reader/structure.ts) and a lone 一 after
 * a verb of building with 每 before it (ONE_FOR_EACH, grammar/scan.ts). The heading is not read inside a sentence: after
 * ；，、, after a colon other than a salutation's (各位代表：), or after 之 (之一) — a digest's list of a report's parts
 * (报告分两部分：一、2024年工作回顾；二、2025年工作安排) opened a plan part over the review below it. The count of one wants a
 * 每 of a place or a year (每个…, 每年) and a verb of building or bringing in (新建, 新增, 建成, 建设, 创建, 引进): not a reward's
 * condition (每新建一个…项目，奖励…), a person's file, a routine, a team or a mechanism (建立一个工作专班, 组建一个服务队).
 * Findings are each marked; the rest are passes kept as must-not-fire cases. Invented passages only (青禾县, 青禾市, 青禾镇, own
 * figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  [
    'v01 summary: line-start numbered item 一、2024年重点工作进展顺利 with results run on (pass)',
    '青禾县发展和改革局2024年工作总结\n一、2024年重点工作进展顺利。全年完成固定资产投资80亿元，增长7%；实施重点项目46个。\n二、存在的问题\n项目储备不足。',
    ['A level 80亿元 2024', 'A growth 7% 2024', 'A count 46个 2024'],
  ],
  [
    'v02 report 2025: recap line 一、2024年主要目标任务全面完成 then 2025 heading (pass)',
    '青禾县2025年政府工作报告\n一、2024年主要目标任务全面完成。全县地区生产总值增长6.2%，城镇新增就业3100人。\n二、2025年工作安排\n地区生产总值增长6%左右，城镇新增就业3000人。',
    ['A growth 6.2% 2024', 'A increment 3100人 2024', 'T growth ~ 6% 2025', 'T increment = 3000人 2025'],
  ],
  [
    'v03 report with a TOC after ： and no headings in its body (pass)',
    '青禾县2025年政府工作报告\n本报告分为两个部分：一、2024年工作回顾；二、2025年工作安排。\n过去一年，全县地区生产总值增长6.1%，一般公共预算收入9.2亿元。\n今年，地区生产总值预期增长6%左右，一般公共预算收入增长5%。',
    ['A growth 6.1% 2024', 'A level 9.2亿元 2024', 'T growth ~ 6% 2025', 'T growth = 5% 2025'],
  ],
  [
    'v04 report with a TOC after ： then its line headings (pass)',
    '青禾县2025年政府工作报告\n下面，我从两个方面报告：一、2024年工作回顾；二、2025年工作安排。\n一、2024年工作回顾\n全县地区生产总值增长6.1%，一般公共预算收入9.2亿元。\n二、2025年工作安排\n地区生产总值预期增长6%左右，一般公共预算收入增长5%。',
    ['A growth 6.1% 2024', 'A level 9.2亿元 2024', 'T growth ~ 6% 2025', 'T growth = 5% 2025'],
  ],
  [
    "v05 news: a meeting's agenda after ： then results and aims (pass)",
    '青禾县召开县委常委会会议\n会议听取了以下汇报：一、2024年目标任务完成情况；二、2025年重点工作安排。会议指出，2024年全县地区生产总值增长6.5%，今年要确保增长6%左右，城镇新增就业2800人。',
    ['A growth 6.5% 2024', 'T growth ~ 6% 2025', 'T increment = 2800人 2025'],
  ],
  [
    'v06 summary: line-start 一、2024年主要目标完成情况 with results after ： (pass)',
    '青禾县统计局2024年工作总结\n一、2024年主要目标完成情况：全县地区生产总值增长6.2%，规上工业增加值增长8.1%。\n二、2025年工作计划\n全县地区生产总值增长6%。',
    ['A growth 6.2% 2024', 'A growth 8.1% 2024', 'T growth = 6% 2025'],
  ],
  [
    'v07 summary: line-start 一、2024年重点工作推进情况 run on (pass)',
    '青禾县2024年工作总结\n一、2024年重点工作推进情况。全县新建5G基站300个，新增充电桩1200个，改造老旧小区18个。\n二、2025年工作思路\n新建5G基站400个。',
    ['A increment 300个 2024', 'A increment 1200个 2024', 'A increment 18个 2024', 'T increment = 400个 2025'],
  ],
  [
    'v08 three-year plan: a line per year, heading run on with its targets (pass)',
    '青禾县教育提升三年行动方案（2024—2026年）\n一、2024年目标任务：新建幼儿园3所，新增学位900个。\n二、2025年目标任务：新建幼儿园4所，新增学位1200个。\n三、2026年目标任务：新建幼儿园5所，新增学位1500个。',
    [
      'T increment = 3所 2024',
      'T increment = 900个 2024',
      'T increment = 4所 2025',
      'T increment = 1200个 2025',
      'T increment = 5所 2026',
      'T increment = 1500个 2026',
    ],
  ],
  [
    'v09 one-line sentence after 统一、 (a word ending in a numeral) (pass)',
    '青禾县2025年工作要点\n坚持全县一盘棋，做到标准统一、2025年主要任务全面落实，新建高标准农田3万亩。',
    ['T increment = 3万亩 2025'],
  ],
  [
    'v10 review heading joined after a period-title with run-on keyword and 。-less tail (pass)',
    '青禾县2025年政府工作报告\n一、2024年工作回顾：全县地区生产总值增长6.1%，一般公共预算收入9.2亿元。\n二、2025年主要目标：地区生产总值增长6%左右。',
    ['A growth 6.1% 2024', 'A level 9.2亿元 2024', 'T growth ~ 6% 2025'],
  ],
  [
    'v11 2025 plan, items as lines opening 一、2025年…重点工作 with targets (pass)',
    '青禾县2025年民生工作要点\n一、2025年重点工作：新增城镇就业3000人，新建养老服务中心5个。\n二、保障措施\n加强组织领导。',
    ['T increment = 3000人 2025', 'T increment = 5个 2025'],
  ],
  [
    'v12 report of 2025: line 一、2024年工作回顾和“十四五”时期发展成就 with body lines (dev shape) (pass)',
    '青禾市2025年政府工作报告\n一、2024年工作回顾和“十四五”时期发展主要成就\n全市地区生产总值增长5.8%，达到1200亿元。\n二、2025年工作安排\n地区生产总值增长5.5%左右。',
    ['A growth 5.8% 2024', 'A level 1200亿元 2024', 'T growth ~ 5.5% 2025'],
  ],
  [
    'v13 news item one line: a heading quoted in a sentence (“一、2024年工作回顾”部分) (pass)',
    '青禾县2025年政府工作报告解读\n报告“一、2024年工作回顾”部分显示，全县地区生产总值增长6.1%。报告提出，今年地区生产总值预期增长6%左右。',
    ['A growth 6.1% 2024', 'T growth ~ 6% 2025'],
  ],
  [
    'v14 summary whose body lists numbered items after ： on one line (pass)',
    '青禾镇2024年工作总结\n今年以来，全镇重点抓好三项工作：一、2024年重点工作全面推进，完成投资3.2亿元；二、新建村级道路12公里；三、新增就业260人。',
    ['A level 3.2亿元 2024', 'A level 12公里 2024', 'A count 260人 2024'],
  ],
  [
    'v15 TOC after ： then unnumbered-year body headings (一、主要成绩 / 二、今年工作安排) (finding, mended)',
    '青禾县2025年政府工作报告\n本报告分为两个部分：一、2024年工作回顾；二、2025年工作安排。\n一、主要成绩\n全县地区生产总值达到210亿元，增长6.2%；一般公共预算收入12.4亿元。\n二、今年工作安排\n地区生产总值增长5.5%左右，一般公共预算收入增长5%。',
    ['A level 210亿元 2024', 'A growth 6.2% 2024', 'A level 12.4亿元 2024', 'T growth ~ 5.5% 2025', 'T growth = 5% 2025'],
  ],
  [
    'v16 review sentence: 之一、2024年度目标任务考核优秀 inside a review part (finding, mended)',
    '青禾县2025年政府工作报告\n一、2024年工作回顾\n我县被评为全省乡村振兴示范县之一、2024年度目标任务考核优秀县，全县地区生产总值达到210亿元，增长6.2%；城镇新增就业3100人。\n二、2025年工作安排\n地区生产总值增长5.5%左右。',
    ['A level 210亿元 2024', 'A growth 6.2% 2024', 'A increment 3100人 2024', 'T growth ~ 5.5% 2025'],
  ],
  [
    'v17 plan text: 之一、2025年度重点工作 in a sentence, then figures (finding, mended to the reading before; that is wrong too, pending)',
    '青禾县2024年工作总结\n2024年，我县成为全省首批试点县之一、2025年度重点工作示范县。全县地区生产总值达到210亿元，增长6.2%。',
    ['A level 210亿元 2024', 'A growth 6.2% 2024'],
  ],
  [
    'v18 one-line joined page: title then inline heading with results of the year, then 2025 part (finding, pending)',
    '青禾县2025年政府工作报告一、2024年工作回顾全县地区生产总值达到210亿元，增长6.2%；城镇新增就业3100人。二、2025年工作安排地区生产总值增长5.5%左右，城镇新增就业3000人。',
    ['A level 210亿元 2024', 'A growth 6.2% 2024', 'A increment 3100人 2024', 'T growth ~ 5.5% 2025', 'T increment = 3000人 2025'],
  ],
  [
    'v19 a 2025 plan: item line 一、2024年底前已完成…目标任务 recapped inside plan targets (finding, mended)',
    '青禾县2025年工作要点\n一、主要目标\n地区生产总值增长6%，城镇新增就业3000人。\n二、重点任务\n巩固2024年成果，一、2024年目标任务中未完成的项目12个，今年全部完成。',
    ['T growth = 6% 2025', 'T increment = 3000人 2025', 'T count = 12个 2025'],
  ],
  [
    'v20 a review: item after ，: 其中：一、2024年重点工作… (finding, mended)',
    '青禾县2025年政府工作报告\n一、2024年工作回顾\n全年完成投资96亿元，其中：一、2024年重点工作项目完成投资60亿元；二、民生项目完成投资20亿元。\n二、2025年工作安排\n完成投资100亿元。',
    ['A level 96亿元 2024', 'A level 60亿元 2024', 'A level 20亿元 2024', 'T level = 100亿元 2025'],
  ],
  [
    'v18b joined page: title, heading, 过去一年，results (pass; 5.5% read twice, 二 and its metric, on a joined page: before the change the same)',
    '青禾县2025年政府工作报告一、2024年工作回顾过去一年，全县地区生产总值达到210亿元，增长6.2%；城镇新增就业3100人。二、2025年工作安排地区生产总值增长5.5%左右，城镇新增就业3000人。',
    ['A level 210亿元 2024', 'A growth 6.2% 2024', 'A increment 3100人 2024', 'T growth ~ 5.5% 2025', 'T growth ~ 5.5% 2025', 'T increment = 3000人 2025'],
  ],
  [
    'v18c joined page: title, heading, 2024年，results (finding, pending)',
    '青禾县2025年政府工作报告一、2024年工作回顾2024年，全县地区生产总值达到210亿元，增长6.2%；城镇新增就业3100人。二、2025年工作安排地区生产总值增长5.5%左右，城镇新增就业3000人。',
    ['A level 210亿元 2024', 'A growth 6.2% 2024', 'A increment 3100人 2024', 'T growth ~ 5.5% 2025', 'T increment = 3000人 2025'],
  ],
  [
    'v18d joined page: no year in title (pass; 5.5% read twice, as v18b)',
    '青禾县政府工作报告一、2024年工作回顾全县地区生产总值达到210亿元，增长6.2%；城镇新增就业3100人。二、2025年工作安排地区生产总值增长5.5%左右，城镇新增就业3000人。',
    ['A level 210亿元 2024', 'A growth 6.2% 2024', 'A increment 3100人 2024', 'T growth ~ 5.5% 2025', 'T growth ~ 5.5% 2025', 'T increment = 3000人 2025'],
  ],
  [
    'u01 a reward per project built: 每新建一个…奖励 (finding, mended)',
    '青禾县2025年招商引资工作方案\n对每新建一个投资亿元以上的项目，奖励责任单位5万元。全年引进亿元以上项目20个。',
    ['T level = 5万元 2025', 'T count = 20个 2025'],
  ],
  [
    'u02 a reward per project brought in: 每成功引进一个…奖励 (finding, mended)',
    '青禾县2025年招商引资工作方案\n对每成功引进一个投资亿元以上的产业项目，给予引荐人奖励2万元。全年签约项目30个。',
    ['T level = 2万元 2025', 'T count = 30个 2025'],
  ],
  [
    'u03 每个乡镇建立一个工作专班 (a mechanism) (finding, mended)',
    '青禾县2025年安全生产工作要点\n每个乡镇建立一个工作专班，全年排查整治隐患1200处。',
    ['T count = 1200处 2025'],
  ],
  [
    'u04 每个村都要搭建一个议事平台 (搭建 ends in 建) (pass)',
    '青禾县2025年基层治理工作要点\n每个村都要搭建一个议事平台，新建村级综合服务中心15个。',
    ['T increment = 15个 2025'],
  ],
  [
    'u05 为每位老人建立一个健康档案 (finding, mended)',
    '青禾县2025年卫生健康工作要点\n为每位老人建立一个健康档案，65岁以上老年人健康管理率达到70%。',
    ['T share >= 70% 2025'],
  ],
  [
    'u06 每个项目设立一个月的公示期 (pass)',
    '青禾县2025年重点项目建设工作方案\n每个项目建立一个月的公示期，全年实施重点项目60个，完成投资90亿元。',
    ['T count = 60个 2025', 'T level = 90亿元 2025'],
  ],
  [
    'u07 review: 每个乡镇都建成了一所中心幼儿园 (result) (pass)',
    '青禾县2024年教育工作总结\n2024年，每个乡镇都建成了一所中心幼儿园，新增学位1800个。',
    ['A count 1所 2024', 'A increment 1800个 2024'],
  ],
  [
    'u08 plan: 每年新建一所学校 in an action plan to 2027 (pass)',
    '青禾县基础教育扩容三年行动方案（2025—2027年）\n到2027年，全县每年新建一所学校，累计新增学位6000个。',
    ['T increment = 1所 2027', 'T increment = 6000个 2027'],
  ],
  [
    'u09 每个部门每月建立一个问题清单 (finding, mended)',
    '青禾县2025年作风建设工作要点\n每个部门每月建立一个问题清单，整改率达到100%。',
    ['T share >= 100% 2025'],
  ],
  [
    'u10 每个县组建一个服务队 (组建 ends in 建) (finding, mended)',
    '青禾市2025年农业技术推广工作要点\n每个县组建一个农技服务队，全年培训农民2万人次。',
    ['T count = 2万人次 2025'],
  ],
  [
    'u11 每年都要建设一个样板 (plan, a count?) with 每年 and 一个 under 打造 nearby (pass)',
    '青禾县2025年乡村振兴工作要点\n每个乡镇建设一个示范村，打造一个特色产业园，新建高标准农田2万亩。',
    ['T count = 1个 2025', 'T increment = 2万亩 2025'],
  ],
  [
    'u12 news: 每个社区新增一家 with results (pass)',
    '青禾市2024年民生实事完成情况\n2024年，全市每个街道都新增了一家社区食堂，新增养老床位800张。',
    ['A increment 1家 2024', 'A increment 800张 2024'],
  ],
  ['u13 每个镇建立一个…then a 百分点 (finding, mended)', '青禾县2025年工作要点\n每个镇都要建立一个联系点，研发经费投入强度提高一个百分点。', []],
];

/** Probes both readers read wrong, pinned to today's reading (the right one is the catalogue's). */
const PENDING: Record<string, string[]> = {
  v17: ['T level >= 210亿元 2024', 'T growth = 6.2% 2024'], // right: a summary's results of its year (达到, 增长), actuals of 2024 — before the change the same; the change read them as 2025 (a part opened at 之一、2025年度重点工作)
  v18: ['A level 210亿元 2025', 'A growth 6.2% 2025', 'A increment 3100人 2025', 'T growth ~ 5.5% 2025', 'T growth ~ 5.5% 2025', 'T increment = 3000人 2025'], // right: the year reviewed (2024) for the results under 一、2024年工作回顾 — the heading run on after a title that writes the plan year (青禾县2025年政府工作报告) leaves the title's 2025年 in the results' sentence (before the change: 2024, no part); 5.5% is read twice (二 and its metric), once is right
  v18c: ['A level 210亿元 2025', 'A growth 6.2% 2025', 'A increment 3100人 2025', 'T growth ~ 5.5% 2025', 'T growth ~ 5.5% 2025', 'T increment = 3000人 2025'], // right: the year reviewed (2024) for the results under 一、2024年工作回顾 — the heading run on after a title that writes the plan year (青禾县2025年政府工作报告) leaves the title's 2025年 in the results' sentence (before the change: 2024, no part); 5.5% is read twice (二 and its metric), once is right
};

describeShapeCatalogue('mend m31v', CATALOGUE, PENDING, read);
