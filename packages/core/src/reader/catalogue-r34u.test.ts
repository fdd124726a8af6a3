/**
 * Shape catalogue (round 34, r34u): plan years of results pages.
 *
 * 1. A page dated after the latest year whose results it gives, that also counts results to its own day (十年来…累计,
 *    截至目前, 现有…, 一季度 with no year written): those results are of the page's year, the last year it reports
 *    (corpus Decisions 2, 43), so the page's year is its plan year (`countsToPageDay` in plan-year.ts). Must not fire: a
 *    page whose only part of a year is one it dates elsewhere (2031年前三季度 under a headline's bare 前三季度), a page
 *    with nothing counted to its day (the latest year written stays).
 *
 * 2. News of a congress session whose report 回顾了2031年县人民政府工作: the year reviewed names the government that worked
 *    (县人民政府, 市政府), and the report is for the year after (`YEAR_REVIEWED` in document-info.ts).
 *
 * 3. One project's investment written before it with 的, in a clause that starts or finishes the project (投资10亿元的
 *    香氛产业园开工建设, 总投资66亿元的某风电项目建成投产): that project's investment, a `level` in money (corpus Decisions 29,
 *    41.4; `PROJECT_STARTED` in statements.ts). Must not fire: a project only progressing (建设进展顺利), a bound on projects
 *    (总投资10亿元以上的产业园), a clause break between the project and its stage.
 *
 * 4. A timeline of one sum's tiers (2029年，突破2万亿；2030年，突破3万亿；2031年，4.6万亿 · 到2018年过百亿、2029年过千亿): a bare
 *    亿 or 万亿 right after a sum in 亿元 or 万亿元 read just before it, with only a break, the next item's year and a verb of
 *    reaching between, is the same sum again, in 亿元 (`sumRunBefore` in scan.ts); and 融资 is a sum of money as 投资 is
 *    (`MONEY_WORD`). Must not fire: a bare 亿 after another measure (常住人口突破2亿), a size bound on projects (100亿以上项目).
 *
 * 5. A list ranking places by a measure after 依次是/依次为 and a colon, each value in brackets after its place's name without
 *    a unit (由小到大的顺序依次是：甲市(2.46)、乙市(3.80)): each value is a `level` of that measure (`rankedValueInBrackets` in
 *    scan.ts), and the ranking tells what was measured, a result even in a plan's text (的顺序依次是, 排名依次为: RESULT_CUES in
 *    words.ts). Must not fire: a bracketed number outside such a list (a note's number, 甲市(2)号文件), a list without the colon.
 *
 * 6. A structure whose ratio signs a page's encoding turned into question marks (三次产业比重由3.2?40.5?56.3调整为2.4?35.1?62.5):
 *    the marks are colons again, so the parts read as a structure's (`LOST_RATIO_SIGNS` in clean.ts). Must not fire: figures
 *    between question marks that add up to no 100, or name no structure before them.
 *
 * 7. Measures a review says were issued, counted after their noun (出台超常规举措32条, 出台“青禾十条”政策措施40条, 制定稳增长措施
 *    25项): a `count` result, as 推出168项稳增长措施 is (corpus Decisions 14, 23; `issuedBeforeCount` in issued.ts). Must not
 *    fire: measures to be issued (将出台…), measures another body issued that the county carries out (落实上级出台的…).
 *
 * 8. A growth rate held at one figure and striven for at the next, written without % (地区生产总值增长“保6争7”, 推进“保6争7”增长
 *    目标): the first a floor, the second striven for, unitless as written (`holdThenStrive` in scan.ts; the quoted pair is no
 *    name: `QUOTED_HOLD_STRIVE`; 争 and a digit end the held figure's statement: `STRIVEN_FIGURE_NEXT` in statements.ts).
 *    Must not fire: the pair as the name of figures given before it (力争4%的“保3争4”增长目标), 保 and 争 without digits.
 *
 * 9. The days or months a result took, measured by 仅用/只用 with the result after 就 (仅用15天就控制住疫情, 仅用1个多月就遏制了…):
 *    a result in 天 or 个月, as 用时60天 is (corpus Decisions 43; `DAYS_TAKEN_BEFORE`, `monthsTaken` in scan.ts). Must not fire: a
 *    time aimed at (力争只用30天就完成审批), a span of months (连续11个月).
 *
 * Invented passages only (a prefecture's press conference, a province's feature, a city's statistics, a county's session,
 * a county's review and plan).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract.ts';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder, readValuesInOrder } from '../../test/entries-in-order.ts';

/** The plan year the reader gives the page. */
const readYear = (text: string): number | null => extractPlan(text, {}).year;

const PLAN_YEARS: [string, string, number | null][] = [
  // 1. Results counted to the page's day on a page dated after the latest year written.
  [
    '1a a press conference on a decade, dated the year after its latest year, counting to date',
    '青川日报       发布时间: 2032-06-12 10:15\n6月11日，青禾州召开“奋进这十年”新闻发布会。2031年，全州地区生产总值达到820亿元，比2021年增长近一倍。十年来，全州累计建成高标准农田56万亩。目前，全州共有A级旅游景区38家。',
    2032,
  ],
  [
    '1b a feature dated the year after, with the first quarter written without its year',
    '发布日期：2032年05月08日\n2031年，青禾市规上工业增加值增长8.1%，社会消费品零售总额增长6.5%。一季度，全市新签约项目42个，总投资310亿元。',
    2032,
  ],
  [
    '1c must not fire: the only part of a year is dated by the text (2031年前三季度 under a bare 前三季度)',
    '青禾前三季度地区生产总值首破2000亿\n发布日期：2033年03月18日\n2031年前三季度，青禾市实现地区生产总值2050亿元，同比增长7.2%。2031年前三季度，规上工业增加值增长9.0%。',
    2031,
  ],
  [
    '1d must not fire: a later page with nothing counted to its day keeps the latest year written',
    '发布日期：2032年04月02日\n2031年，青禾市地区生产总值增长6.8%，一般公共预算收入增长5.2%，城镇新增就业3.1万人。',
    2031,
  ],
  // 2. A session's report reviewing the work of a named government.
  [
    '2a news of a county session: 回顾了2031年县人民政府工作',
    '3月8日，青禾县第十八届人民代表大会第三次会议开幕。县长在政府工作报告中首先回顾了2031年县人民政府工作。他说，2031年，全县上下坚持稳中求进，将各项工作落到实处，地区生产总值增长7.5%，城镇新增就业5200人。',
    2032,
  ],
  [
    '2b the same with 市政府',
    '2月20日，青川市第九届人民代表大会第二次会议开幕。市长回顾了2031年市政府工作。2031年，全市地区生产总值增长6.1%，新增市场主体3.2万户。',
    2032,
  ],
];

const PENDING_YEARS: Record<string, number | null> = {};

describeShapeCatalogue('catalogue r34u: plan years', PLAN_YEARS, PENDING_YEARS, readYear);

const ENTRIES: [string, string, string[]][] = [
  // 3. One project's investment in the clause that starts or finishes it.
  [
    '3a a review: 投资…的产业园开工建设',
    '2031年，青禾县工业经济稳中有进。投资12亿元的青禾香料产业园开工建设。全县规上工业增加值增长8.2%。',
    ['A level 12亿元 2031', 'A growth 8.2% 2031'],
  ],
  ['3b a review: 总投资…的风电项目建成投产', '2031年，全县新能源产业加快发展，总投资46亿元的青禾二期风电项目建成投产。', ['A level 46亿元 2031']],
  ['3c a plan: 总投资…的项目开工', '青禾县2032年工作要点\n全年力争总投资8亿元的青禾冷链物流园项目开工。', ['T level = 8亿元 2032']],
  [
    '3d must not fire: the project only progressing',
    '2031年，全县总投资46亿元的青禾二期风电项目建设进展顺利，规上工业增加值增长8.2%。',
    ['A growth 8.2% 2031'],
  ],
  ['3e must not fire: a bound on the projects started', '2031年，全县总投资10亿元以上的产业园开工建设，规上工业增加值增长8.2%。', ['A growth 8.2% 2031']],
];

ENTRIES.push(
  // 4. A timeline of one sum's tiers.
  [
    '4a a feature: a province’s GDP year by year, the later tiers written without 元',
    '回顾青川GDP增长历程——2018年，跨入“万亿俱乐部”；2022年，突破2万亿；2026年，突破3万亿；2030年，4.6万亿，2031年，4.87万亿。',
    ['A level 1万亿元 2018', 'A level 2万亿元 2022', 'A level 3万亿元 2026', 'A level 4.6万亿元 2030', 'A level 4.87万亿元 2031'],
  ],
  [
    '4c a review: 融资 before a bare 亿 closing the text',
    '2031年，全市新增贷款120亿元，实现高质量发展融资1094.5亿',
    ['A increment 120亿元 2031', 'A level 1094.5亿元 2031'],
  ],
  [
    '4d must not fire: a bare 亿 after people, a bound on projects',
    '2031年，全市地区生产总值达到300亿元，常住人口突破2亿。全市引进10亿元以上项目5个、100亿以上项目2个。',
    ['A level 300亿元 2031', 'A count 5个 2031', 'A count 2个 2031'],
  ],
);

ENTRIES.push(
  // 5. Values in brackets in a ranked list.
  [
    '5a a five-year plan’s review: a month’s ranking by an index, then by a concentration',
    '青川省“十五五”规划的成果与目标\n2031年12月，全省5个设区市空气质量综合指数排名按综合指数由小到大的顺序依次是：甲市(2.46)、乙市(3.80)、丙市(3.81)；全省5个设区市PM2.5平均浓度排名按平均浓度由低到高的顺序依次是：甲市(19)、乙市(33)。\n到2035年，全省PM2.5平均浓度控制在30微克/立方米以内。',
    [
      'A level 2.46 2031/12-12',
      'A level 3.8 2031/12-12',
      'A level 3.81 2031/12-12',
      'A level 19 2031/12-12',
      'A level 33 2031/12-12',
      'T level <= 30微克/立方米 2035',
    ],
  ],
  [
    '5b a bulletin: 排名依次为 with the values in full-width brackets',
    '2031年，全市各县区营商环境评价得分排名依次为：东岭县（92.6）、西河县（90.1）、南湾区（88.4）。',
    ['A level 92.6 2031', 'A level 90.1 2031', 'A level 88.4 2031'],
  ],
  [
    '5c must not fire: bracketed numbers that rank nothing (a note’s number, a count of items)',
    '2031年，青禾县印发《青禾县稳增长若干措施》(2)号文件，全县新建口袋公园(12)个。',
    [],
  ],
);

ENTRIES.push(
  // 6. Ratio signs lost to question marks.
  [
    '6a a work report’s five-year review: the structure’s start and end, every sign a question mark',
    '青禾市2031年政府工作报告\n一、过去五年工作回顾\n五年来，全市地区生产总值年均增长7.1%，三次产业比重由3.2?40.5?56.3调整为2.4?35.1?62.5。',
    ['A growth 7.1% 2030', 'A share 3.2 2025', 'A share 40.5 2025', 'A share 56.3 2025', 'A share 2.4 2030', 'A share 35.1 2030', 'A share 62.5 2030'],
  ],
  [
    '6b must not fire: question marks between figures that add up to no 100',
    '青禾市2031年政府工作报告\n一、过去五年工作回顾\n五年来，全市地区生产总值年均增长7.1%，三次产业比重分别变化12?20?30。',
    ['A growth 7.1% 2030'],
  ],
);

ENTRIES.push(
  // 7. Measures issued, counted after their noun.
  [
    '7a a review: 出台超常规举措32条 past a comma of results',
    '2031年，全县地区生产总值增长6.5%，出台超常规举措32条、支持中小企业纾困解难。',
    ['A growth 6.5% 2031', 'A count 32条 2031'],
  ],
  ['7b a review: a quoted package named before its count', '2031年，全县出台“青禾十条”政策措施40条，推动经济稳中向好。', ['A count 40条 2031']],
  ['7c must not fire: measures another body issued, carried out', '2031年，全县地区生产总值增长6.5%，落实上级出台的稳增长措施25项。', ['A growth 6.5% 2031']],
);

ENTRIES.push(
  // 8. 保N争M.
  [
    '8a a work report: the growth goal as a quoted pair, after its measure',
    '青禾州2031年政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值增长“保6争7”，城镇新增就业2万人。',
    ['T level >= 6 2031', 'T level = 7 2031', 'T increment = 2万人 2031'],
  ],
  [
    '8b a headline: the pair before the goal it names',
    '青禾州2031年政府工作报告\n全州将从九个方面推进“保6争7”增长目标。',
    ['T level >= 6 2031', 'T level = 7 2031'],
  ],
);

const PENDING_ENTRIES: Record<string, string[]> = {};

describeShapeCatalogue('catalogue r34u: entries', ENTRIES, PENDING_ENTRIES, (text) => readKindsInOrder(text));

describe('catalogue r34u: a timeline of round tiers in words', () => {
  it('4b reads each tier past the start figure as the same sum, dated by its own year', () => {
    // (Only the tiers are this rule's: how the last year's figures read is the tense rules' business.)
    const read = readKindsInOrder(
      '青禾区改革开放以来投资发展回顾\n全区固定资产投资从2001年的4.3亿元提高到2005年的9.6亿元，到2008年过百亿、2019年过千亿、2029年过三千亿，2031年完成投资3380亿元，是2001年的786倍。',
    );
    expect(read).toEqual(expect.arrayContaining(['A level 4.3亿元 2001', 'A level 100亿元 2008', 'A level 1000亿元 2019', 'A level 3000亿元 2029']));
  });
});

describe('catalogue r34u: a 保…争… pair that names figures given before it', () => {
  it('8c must not fire: 力争4%的“保3争4”增长目标 and 保供争先 add no figures', () => {
    // (Values only: the kind the 力争 figure takes is not this rule's.)
    expect(readValuesInOrder('青禾州2031年政府工作报告\n今年全州经济确保地区生产总值增长3%，力争4%的“保3争4”增长目标，坚持保供争先。')).toEqual([
      'T >= 3% 2031',
      'T = 4% 2031',
    ]);
  });
});

describe('catalogue r34u: days a result took', () => {
  // (Values only: Decisions 43 makes such a time a `level`; the kind 用时60天 reads with today is not this rule's.)
  it('9a a review: 仅用15天就…', () => {
    expect(readValuesInOrder('2031年，全市群防群控，仅用15天就控制住疫情，地区生产总值增长5.1%。')).toEqual(['A 15天 2031', 'A 5.1% 2031']);
  });
  it('9c a review: 仅用1个多月就…, beside a span of months', () => {
    expect(readValuesInOrder('2031年，全省工业连续11个月保持增长，仅用1个多月就遏制了疫情扩散。')).toEqual(['A 1个月 2031']);
  });
  it('9b must not fire: a time aimed at', () => {
    expect(readValuesInOrder('2032年，全市力争只用30天就完成项目审批，地区生产总值增长6%。')).toEqual(['T = 6% 2032']);
  });
});
