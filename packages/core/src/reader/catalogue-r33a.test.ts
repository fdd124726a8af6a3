/**
 * Shape catalogue (round 33, r33a): results read as targets. The words that decide a figure's tense, grouped by shape:
 *
 * 1. The plan's own year written inside a paragraph whose sentences so far report results, with no word of aim after it in
 *    its sentence (…45个村实现集体经济“清零”。2032年全县粮食产量达到31.26万吨…): the year says when, not which way, so
 *    the paragraph goes on reporting that year (`yearGoesOnReporting` in tense.ts). Must not fire: a paragraph that opens on
 *    the year (2032年，全县新建…), a word of aim after it (要稳定在…以上), a goal's bound (31万吨左右), results dated by an earlier
 *    year before it (2031年…实际增长6.4%。2032年，…增长6.2%), a paragraph that has stated no result yet (过去十年，…经验表明…).
 *
 * 2. A headline or a heading line restating a figure the body below reports (a subheading `全年新增城镇就业1.2万人` over a
 *    paragraph of last year's results that states it again): the headline sums its body up, so it reports that result too
 *    (`headlinesOfResults`, headline-results.ts). Must not fire: a headline that aims (今年力争…), one whose year is not the
 *    body's result's (2032年… over 2031年…), a table's cell (no words besides the figure).
 *
 * 3. A stock as it stands listed on past a comma with 以及 (现有乡镇卫生院12所、村卫生室208个，以及妇幼保健院、疾控中心各1所):
 *    more of the stock, a result 目前 (`listsMoreStock` in tense.ts). Must not fire: 以及 going on to what is built (以及新建…).
 * 4. A change starting from the stock as it stands (由现有的2个力争达到6个): the start figure is that stock, a result 目前 of the
 *    year the text speaks of (`stockBases` in statements.ts); the end stays as its sentence says. A start from a year written
 *    (由2025年的2个) reads as before.
 *
 * 5. Words that tell a result by themselves, with no aim before them in their clause: a level reached for the first time
 *    (首次突破2万元, 首次站上…: RESULT_CUES in words.ts; 力争首次突破… aims, NOT_A_CUE in tense.ts), the accounts done (经核算，…,
 *    as 初步核算), the most of all the years (力度历年最大, a record said without 创: RECORD_SET), and a share done of the year's
 *    planned investment without 的 (完成年度计划投资130%: YEAR_PLAN_SHARE_VERB; not 占年度计划投资的72.5%, what a class of
 *    projects takes of the plan's sum).
 *
 * 6. A sentence going on to say its figures are the achievements a report summed up or showed (…粮食产量稳定在30亿斤左右……
 *    政府工作报告总结了过去五年的成就): the figures before those words are results, the year before the plan's in a passage
 *    that plans (`ACHIEVEMENTS_SUMMED_UP` in tense.ts). Must not fire: a word of aim before those words (提出了…目标).
 *
 * 7. The batch of the day an event took place (当日开工的…项目，总投资36亿元): as 本次/此次, the event's batch is done
 *    (`BATCH_OF_THE_EVENT`); a batch put ahead in its clause (计划当日签约项目12个) is not (`batchAhead`).
 *
 * 8. A sentence opening on 目前 goes on past a project's 计划投资(额), its size as 总投资 is (`PLANS_AFTER_NOW` in tense.ts);
 *    计划新开工… still plans.
 *
 * Invented passages only (a county's review, a district's year-end news, a plan), each with the reading the corpus README's
 * conventions give it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. The plan's year inside a paragraph of results.
  [
    "1a a county's review: the year written after results, shares and an income, no aim after it",
    '近年来，青禾县先后出台了乡村振兴、农业提质、冷链物流等12份指导意见，全面实施“五个一批”产业振兴行动计划。全县3个乡镇整体退出，45个村实现集体经济“清零”。2032年全县粮食产量达到31.26万吨，占全市的18.35%，农村居民人均可支配收入16322元，增长6.4%。',
    [
      'A count 12份 2032',
      'A count 3个 2032',
      'A count 45个 2032',
      'A level 31.26万吨 2032',
      'A share 18.35% 2032',
      'A level 16322元 2032',
      'A growth 6.4% 2032',
    ],
  ],
  [
    '1b a page dated in the year: a timeline of past years, then the year itself in the next sentence',
    '发布时间：2031-12-20 09:12\n青禾市的工业投资从1985年的3200万元增加到1995年的2.1亿元，2005年过百亿、2015年过五百亿。2031年完成投资812亿元，占全省的12.5%。\n下一步，全市将力争工业投资增长10%以上。',
    ['A level 3200万元 1985', 'A level 2.1亿元 1995', 'A level 812亿元 2031', 'A share 12.5% 2031', 'T growth >= 10% 2031'],
  ],
  [
    "1f must not fire: results of the year before, then the plan's year (a year's estimate and actual, then the goal)",
    '青禾县2032年国民经济和社会发展计划\n2031年全县地区生产总值预计增长6%，实际增长6.4%。2032年，全县地区生产总值增长6.2%。',
    ['A growth 6% 2031', 'A growth 6.4% 2031', 'T growth = 6.2% 2032'],
  ],
  [
    '1g must not fire: a paragraph that a figureless review opened, no result stated yet',
    '青禾县2032年工作计划\n过去十年，我县的发展经验表明，必须坚持产业强县。2032年，新建标准化厂房12万平方米，完成工业投资45亿元。',
    ['T increment = 12万平方米 2032', 'T level = 45亿元 2032'],
  ],
  [
    '1c must not fire: a word of aim after the year (要…以上)',
    '近年来，青禾县全面实施“五个一批”产业振兴行动计划。全县3个乡镇整体退出，45个村实现集体经济“清零”。2032年，全县粮食产量要稳定在31万吨以上，农村居民人均可支配收入增长6.5%。',
    ['A count 3个 2032', 'A count 45个 2032', 'T level >= 31万吨 2032', 'T growth = 6.5% 2032'],
  ],
  [
    "1d must not fire: a goal's bound after the year (左右)",
    '近年来，青禾县全面实施“五个一批”产业振兴行动计划。全县3个乡镇整体退出，45个村实现集体经济“清零”。2032年全县粮食产量31万吨左右。',
    ['A count 3个 2032', 'A count 45个 2032', 'T level ~ 31万吨 2032'],
  ],
  [
    '1e must not fire: a paragraph that opens on the plan year after a paragraph of results',
    '近年来，青禾县全面实施“五个一批”产业振兴行动计划。全县3个乡镇整体退出，45个村实现集体经济“清零”。\n2032年，全县新建高标准农田3万亩，新增家庭农场120家。',
    ['A count 3个 2032', 'A count 45个 2032', 'T increment = 3万亩 2032', 'T increment = 120家 2032'],
  ],
  // 2. A headline restating a result its body reports.
  [
    "2a a report's digest: a subheading restating last year's result, stated again under it",
    '青禾市2032年政府工作报告解读\n\n全年新增城镇就业1.2万人\n\n2031年，青禾市坚持就业优先，全年新增城镇就业1.2万人，城镇调查失业率5.1%。\n\n2032年，全市力争地区生产总值增长6%左右。',
    ['A increment 1.2万人 2031', 'A increment 1.2万人 2031', 'A share 5.1% 2031', 'T growth ~ 6% 2032'],
  ],
  [
    '2b a subheading with a bound of its own (突破), the paragraph under it reporting the same figure',
    '青禾市2032年政府工作报告解读\n\n接待游客突破800万人次\n\n2031年，青禾市文旅市场加快回暖，全年接待游客突破800万人次，旅游收入增长12%。\n\n2032年，全市力争旅游收入增长10%以上。',
    ['A level 800万人次 2031', 'A level 800万人次 2031', 'A growth 12% 2031', 'T growth >= 10% 2032'],
  ],
  [
    '2c must not fire: a headline that aims (今年力争), last year stating the same count',
    '发布时间：2032-03-02\n青禾县今年力争新开工项目30个\n\n去年，青禾县新开工项目30个，完成投资52亿元。今年，全县将持续扩大有效投资，力争完成投资60亿元。',
    ['T count = 30个 2032', 'A count 30个 2031', 'A level 52亿元 2031', 'T level = 60亿元 2032'],
  ],
  [
    "2d must not fire: a headline of the plan's year over the year before's same count",
    '青禾县2032年新开工项目30个\n\n2031年，青禾县新开工项目30个，完成投资52亿元。2032年，全县将力争完成投资60亿元。',
    ['T count = 30个 2032', 'A count 30个 2031', 'A level 52亿元 2031', 'T level = 60亿元 2032'],
  ],
  // 3. A stock listed on with 以及.
  [
    "3a a plan's groundwork: a stock's list going on past the comma with 以及",
    '青禾县“十五五”卫生健康发展规划\n全县卫生资源总量仍然不足，现有乡镇卫生院12所、村卫生室208个，以及妇幼保健院、疾控中心各1所。到2030年，全县每千人口医疗卫生机构床位数达到6.5张。',
    ['A level 12所 2026', 'A count 208个 2026', 'A count 1所 2026', 'A count 1所 2026', 'T level >= 6.5张 2030'],
  ],
  [
    '3b must not fire: 以及 going on to what is built',
    '青禾县“十五五”卫生健康发展规划\n全县卫生资源总量仍然不足，现有乡镇卫生院12所、村卫生室208个，以及新建社区卫生服务中心各1所。到2030年，全县每千人口医疗卫生机构床位数达到6.5张。',
    ['A level 12所 2026', 'A count 208个 2026', 'T count = 1所 2030', 'T level >= 6.5张 2030'],
  ],
  // 4. A change from the stock as it stands.
  [
    "4a a province's opinions: two changes from 现有的, one striven for, one not",
    '发布时间：2026-05-10\n青禾省县域经济高质量发展实施意见\n到2030年，地区生产总值超千亿元的县由现有的2个力争达到6个，一般公共预算收入超20亿元的县由现有的5个增加到12个。',
    ['A count 2个 2026', 'T level >= 6个 2030', 'A count 5个 2026', 'T level = 12个 2030'],
  ],
  [
    '4b must not change: a change from a year written',
    '发布时间：2026-05-10\n青禾省县域经济高质量发展实施意见\n到2030年，地区生产总值超千亿元的县由2025年的2个力争达到6个。',
    ['A count 2个 2025', 'T level >= 6个 2030'],
  ],
  // 5. Words that tell a result by themselves.
  [
    '5a a dated page: a level reached for the first time, and the figures after it in its sentence',
    '发布时间：2031-12-20 10:05\n青禾牧区：草原生态保护与牧民增收并进\n牧区人均收入首次突破2万元，达到20500元，高出全省平均水平1300元。\n下一步，全县将力争牧区人均收入增长8%以上。',
    ['A level 2万元 2031', 'A level 20500元 2031', 'A level 1300元 2031', 'T growth >= 8% 2031'],
  ],
  ['5b must not fire: a first aimed at (力争首次突破)', '青禾县2032年政府工作报告\n今年，力争牧区人均收入首次突破2万元。', ['T level > 2万元 2032']],
  [
    '5c a plan report: the accounts done (经核算) for the year before',
    '青禾市2032年国民经济和社会发展计划\n经核算，全年地区生产总值达512.3亿元，增长5.6%。\n2032年，力争地区生产总值增长6%。',
    ['A level 512.3亿元 2031', 'A growth 5.6% 2031', 'T growth = 6% 2032'],
  ],
  [
    '5d a plan report: the most of all the years closing the clause (力度历年最大)',
    '青禾市2032年国民经济和社会发展计划\n全年减税降费高达36亿元、力度历年最大。\n2032年，力争地区生产总值增长6%。',
    ['A level 36亿元 2031', 'T growth = 6% 2032'],
  ],
  [
    "5e a report: a share done of the year's planned investment, written without 的",
    '青禾县2032年政府工作报告\n2031年，青禾县坚持项目为王，12个市重点项目完成年度计划投资130%。\n2032年，力争地区生产总值增长6%。',
    ['A share 130% 2031', 'T growth = 6% 2032'],
  ],
  [
    "5f must not fire: what a class of projects takes of the plan's sum (占年度计划投资的)",
    '青禾县2032年重点项目投资计划\n全县安排重点项目86个，其中产业项目45个，占年度计划投资的72.5%。',
    ['T count = 86个 2032', 'T count = 45个 2032', 'T share = 72.5% 2032'],
  ],
  // 6. Figures a report is said to have summed up.
  [
    "6a a digest's lede: achievements listed, then the report said to have summed them up",
    '青禾市2032年政府工作报告解读\n地区生产总值突破800亿元、城镇化率提升至61.5%、粮食产量稳定在30亿斤左右……在青禾市人大会议上，政府工作报告总结了过去五年的成就，描绘了未来五年的蓝图。\n2032年，全市力争地区生产总值增长6%。',
    ['A level 800亿元 2031', 'A share 61.5% 2031', 'A level 30亿斤 2031', 'T growth = 6% 2032'],
  ],
  [
    "6b must not fire: the year's goals named before the words that sum up",
    '青禾市2032年政府工作报告解读\n地区生产总值增长6%左右、城镇化率提高1个百分点……政府工作报告提出了2032年的主要目标，总结了过去一年的成绩。\n2032年，全市力争一般公共预算收入增长5%。',
    ['T growth ~ 6% 2032', 'T share = 1百分点 2032', 'T growth = 5% 2032'],
  ],
  // 7. The batch of the day of an event.
  [
    "7a a work plan quoting the day's ceremony: what started that day, after a sentence dated by the plan's year",
    '青禾县2032年重点项目建设工作方案\n4月12日，2032年青禾县重点项目开工仪式在产业园举行。当日开工的青禾新材料产业园项目，总投资36亿元，计划2033年建成投产。全年力争完成重点项目投资80亿元。',
    ['A level 36亿元 2032', 'T level = 80亿元 2032'],
  ],
  [
    '7b must not fire: a batch of the day put ahead (计划当日签约)',
    '青禾县2032年重点项目建设工作方案\n招商引资推介会计划当日签约项目12个，总投资50亿元。全年力争完成重点项目投资80亿元。',
    ['T count = 12个 2032', 'T level = 50亿元 2032', 'T level = 80亿元 2032'],
  ],
  // 8. 目前 past a project's planned investment.
  [
    "8a a work plan: 目前 then a project's planned investment, its size",
    '青禾县2032年重点项目建设工作方案\n目前，全县在建项目26个，其中青禾物流园项目计划投资额42亿元。全年力争完成重点项目投资80亿元。',
    ['A count 26个 2032', 'A level 42亿元 2032', 'T level = 80亿元 2032'],
  ],
  [
    '8b must not fire: 目前 then projects planned to start',
    '青禾县2032年重点项目建设工作方案\n目前，全县在建项目26个，计划新开工项目30个。全年力争完成重点项目投资80亿元。',
    ['A count 26个 2032', 'T count = 30个 2032', 'T level = 80亿元 2032'],
  ],
];

/** Passages the reader does not read as the catalogue says yet, with what it reads today. */
const PENDING: Record<string, string[]> = {
  // The results before the plan's year are dated (1985…2015): the rule leaves a year after dated results to plan (1f), as a report
  // turning from last year's results to its goal does; a timeline running up to the page's own year is not told apart by its words.
  // (Since r34u the timeline's bare tiers, 2005年过百亿、2015年过五百亿, are read as the same sum, as c1364's gold counts such
  // tiers; their years are not yet the ones written.)
  '1b': [
    'A level 3200万元 1985',
    'A level 2.1亿元 1995',
    'A level 100亿元 2030',
    'A level 500亿元 2030',
    'T level = 812亿元 2031',
    'T share = 12.5% 2031',
    'T growth >= 10% 2031',
  ],
};

describeShapeCatalogue('shape catalogue r33a: results read as targets', CATALOGUE, PENDING, read);
