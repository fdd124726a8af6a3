/**
 * Shape catalogue (round 33, r33y): plan years, undated pages and pages with no targets. What dates a page: a yearly event
 * named by its year (2022年度…新闻发布会, 某论坛2019年年会), a year framed as 今年's (2023年是…之年，做好今年工作…), a year's
 * programme fixed (确定2017年度省重点项目), a growth target set for a year (将2017年的经济增长目标定在9%以上), 具体到2023年 in a new
 * term's report, a proposal for a five-year plan (制定…“十五五”规划提出以下建议), a single deadline whose figures follow in its
 * paragraph, a plan span written with a box-drawing dash (2021─2025年), an e-paper masthead that runs its weekday on without
 * 日 (2024年3月12星期二). What does not: a span inside a cited document's name (贯彻落实《…纲要（2024—2035年）》), the founding
 * years an anniversary counts from (1955年成立某自治县), a year a span runs from (2018年…启动建设至今), a year inside a statement
 * of goals or one the work lays the ground for, the part headings of a story that name two years (2024年某市干得怎么样 …
 * 2025年某市还要怎么干). Undated pages (corpus Decisions 21): four digits read as a figure with its measure word (侦破刑事案件
 * 2046起) write no year, so the results of a page that writes none are left out; a heading that names the work done, then
 * what it brought (兜底线、解难题，民生福祉持续增进), opens a review. Must-not-fire: the near shapes keep their reading.
 * Invented passages only (a county, a city, a province, a new district).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract.ts';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';

/** The plan year the reader gives the page. */
const read = (text: string): number | null => extractPlan(text, {}).year;

const CATALOGUE: [string, string, number | null][] = [
  // 1. A yearly event named by its year is the page's year, not a year of results its 今年 comes after.
  [
    '1a a county’s yearly press conference, 2022年度…新闻发布会 with 今年上半年',
    '青禾网7月3日讯 今（3）日，2022年度青禾乡村避暑精品线路新闻发布会举行。今年上半年，全县乡村旅游综合收入12亿元，比去年同期增长18%。计划到2025年，全县创建5个以上省级乡村旅游示范镇。',
    2022,
  ],
  [
    '1b a forum’s annual meeting, 某论坛2019年年会 with 今年年会 and 未来五年',
    '3月25日，青川省政府在青禾论坛2019年年会新闻发布会上介绍，过去五年全省接待游客超3亿人次。今年年会开幕前，青禾机场已实现首航。未来五年，青川将建成国际旅游目的地。',
    2019,
  ],
  [
    '1c must not fire: a year of results with no event named, then 今年, plans the year after',
    '2018年，全县乡村旅游综合收入12亿元，比上年增长18%。今年，全县计划创建5个省级乡村旅游示范镇。',
    2019,
  ],
  // 2. A year framed as the year whose sentence goes on to 今年 is that 今年.
  [
    '2a 2023年是…开局之年，做好今年工作意义重大',
    '2023年是全面贯彻党的二十大精神的开局之年，做好今年工作意义重大。全省经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
    2023,
  ],
  [
    '2b the same framing opening a quoted sentence',
    '1月5日，青川市委经济工作会议提出，今年全市经济增长预期目标为6.5%左右。“2024年是承上启下的关键一年，虽然2023年经济增长没有达到7%的预期目标，但今年指标设置不宜过低。”市发展改革委主任说。',
    2024,
  ],
  [
    '2c must not fire: a review’s turning year that goes on to results, then 今年',
    '2023年是全面贯彻党的二十大精神的开局之年。一年来，全省地区生产总值增长5.8%，城镇新增就业42万人。今年，全省地区生产总值预期增长5.5%左右。',
    2024,
  ],
  // 3. A year's programme fixed, a growth target set for a year.
  [
    '3a 确定2016年度省重点项目 under a notice signed the year before',
    '经研究，确定2016年度省重点项目1355个，总投资3.37万亿元。其中，在建项目1029个，年度计划投资3700亿元。各级各部门要落实目标责任，确保项目顺利推进。\n青川省人民政府\n2015年12月26日',
    2016,
  ],
  [
    '3b 将2017年的经济增长目标定在9%以上 in news dated the last day of the year before',
    '新华社青石12月30日电 青川省2016年12月30日披露，2016年预计地区生产总值增长9.5%。青川将2017年的经济增长目标定在9%以上。今年青川大力推进项目建设。',
    2017,
  ],
  // 4. 具体到2023年 in a new term's report turns to that year's own targets; 到2027年 stays a deadline.
  [
    '4a 具体到2023年 after a term’s aims, in news of a November session',
    '11月18日，青禾区第七届人民代表大会第一次会议开幕，代区长作政府工作报告。报告指出，今后五年，要推动全区经济实力大幅增强。到“十四五”末，地区生产总值占全市比重达到30%。具体到2023年，实现地区生产总值增长8%以上，固定资产投资增长12%。',
    2023,
  ],
  ['4b must not fire: 到2027年 with its figure is the horizon', '报告指出，今后五年，要推动全区经济实力大幅增强。到2027年，地区生产总值达到800亿元。', 2027],
  // 5. A proposal for a five-year plan plans that period from its first year.
  [
    '5a 就制定…“十五五”规划提出以下建议, its review of the period before',
    '中共青川省委十二届七次全体会议深入学习贯彻全会精神，就制定青川省国民经济和社会发展“十五五”规划提出以下建议。\n一、“十四五”时期青川发展取得重大成就。2023年，全省经济总量跃升至全国第十位。',
    2026,
  ],
  [
    '5b must not fire: a page of a later year recalling the proposal',
    '2027年，全省地区生产总值增长5.6%。两年前，省委制定“十五五”规划提出以下建议，如今各项工作有序推进。',
    2027,
  ],
  // 6. A single deadline whose figures follow in the next sentences of its paragraph is the plan year.
  [
    '6a 到2027年 heading its paragraph, the figures in the next sentence',
    '青川市海洋经济发展行动方案\n（一）主要目标\n到2027年，全市海洋经济质量效益稳步提升。海洋生产总值力争达到1200亿元，占地区生产总值比重达到15%。',
    2027,
  ],
  [
    '6b must not fire: a single deadline whose paragraph holds no figure',
    '青川市海洋经济发展行动方案\n（一）主要目标\n到2027年，全市海洋经济质量效益稳步提升。\n（二）重点任务\n推动海洋渔业转型升级。',
    null,
  ],
  // 7. A span in a cited document's name is that document's; a plan's own span is its own.
  [
    '7a 为深入贯彻落实《…规划纲要（2024—2035年）》，制定本行动方案 … 到2027年',
    '为深入贯彻落实《青川省生态建设规划纲要（2024—2035年）》，制定本行动方案。\n（一）主要目标\n到2027年，全省森林覆盖率稳步提高。城市生活垃圾回收利用率力争达到40%。',
    2027,
  ],
  [
    '7b must not fire: the plan’s own span in its title',
    '青川省生态建设行动方案（2024—2027年）\n（一）主要目标\n到2027年，全省森林覆盖率稳步提高。城市生活垃圾回收利用率力争达到40%。',
    2024,
  ],
  // 8. A plan span written with a box-drawing dash; a masthead's date with its weekday and no 日.
  ['8a （2021─2025年）', '青川省印发文化旅游提升行动方案（2021─2025年），到2025年，全省旅游总收入突破5000亿元。', 2021],
  [
    '8b must not fire: the same span with a hyphen reads as before',
    '青川省印发文化旅游提升行动方案（2021-2025年），到2025年，全省旅游总收入突破5000亿元。',
    2021,
  ],
  ['8c >2024年3月12星期二 over an e-paper item', '>2024年3月12星期二\n青禾日报\n我县加快推进城乡供水一体化\n到2026年，全县农村自来水普及率达到98%以上。', 2024],
  // 9. A story's part headings that name two years are no headline: the report of the later year.
  [
    '9a 2024年青川干得怎么样 … 2025年青川还要怎么干 under news of a plenary',
    '1月15日上午，青川市十届四次全会开幕。\n\n2024年青川干得怎么样\n\n2024年，青川地区生产总值增长6%。\n\n2025年青川还要怎么干\n\n全市新签约亿元以上项目30个以上。',
    2025,
  ],
  ['9b must not fire: one such heading is the headline', '2024年青川干得怎么样\n\n2024年，青川地区生产总值增长6%，城镇新增就业3.1万人。', 2024],
  // 10. Founding years an anniversary counts from, and a year a span runs from, date nothing.
  [
    '10a 成立70周年 with 1952年建县, 1955年成立',
    '青石自治县成立70周年新闻发布会举行。1952年青石正式建县，1955年成立青石自治县。70年来，全县地区生产总值提高到98.6亿元。',
    null,
  ],
  ['10b must not fire: a year of results with no anniversary', '1955年，青石县新建水库3座，灌溉面积扩大到12万亩。', 1955],
  [
    '10c 2018年…启动建设至今 is a span’s start, not a year 今年 comes after',
    '区长介绍，2018年青川新区启动建设至今，累计完成固定资产投资超过3200亿元。今年，新区计划完成投资600亿元，到2025年，新区常住人口达到60万人。',
    null,
  ],
  ['10d must not fire: 2018年 of results, then 今年', '区长介绍，2018年青川新区完成固定资产投资超过320亿元。今年，新区计划完成投资600亿元。', 2019],
  // 11. A year aimed at is no year of results: inside a statement of goals, or the year the work lays the ground for.
  [
    '11a 设定的目标是：…2030年人均… beside 2025年末 results measured 同比 (the period named too)',
    '2025年末全省科技贷款余额1.2万亿元、同比增长13.5%。青川为未来五年设定的目标是：地区生产总值年均增长5%左右，2030年人均地区生产总值达到2万美元。“十四五”时期，全省生态环境持续改善。',
    2026,
  ],
  [
    '11b 为2020年全面打赢脱贫攻坚战奠定基础 after 2019年将…',
    '青川扶贫办：今年全省预计减贫超过20万人\n今年，预计有12个贫困县脱贫摘帽，全年减少农村贫困人口20万以上。省扶贫办负责人表示，2019年将继续确保再减少农村贫困人口15万左右，为2020年全面打赢脱贫攻坚战奠定基础。',
    2019,
  ],
  // 12. A year whose 全年 is to start well is under way.
  [
    '12a 按下2024年项目建设加速键，为全年经济发展开好局 with 年初以来 and 今年',
    '3月8日上午，青石县举行春季项目集中开工活动，按下2024年项目建设加速键，为全年经济发展开好局、起好步。年初以来，全县累计开复工项目26个。今年，全县计划实施亿元以上项目40个。',
    2024,
  ],
  ['12b must not fire: a closed year, then 今年', '2023年，全县完成固定资产投资86亿元，增长9%。今年，全县计划实施亿元以上项目40个。', 2024],
  // 13. News of a session relaying the review: goals reported met and 报告提出，过去的一年 are the review's words.
  [
    '13a 较好地完成了…确定的目标任务 and 报告提出，过去的一年',
    '回望二〇二四\n主要经济指标稳中有进\n“稳增长、促转型，较好地完成了省十五届人大二次会议确定的目标任务。”1月20日，省长在青川省第十五届人民代表大会第三次会议上作政府工作报告。报告提出，过去的一年，全省固定资产投资增长6.5%，2024年社会消费品零售总额增长5.9%。',
    2025,
  ],
  [
    '13b must not fire: 报告提出 + the year’s aims',
    '1月20日，省长在青川省第十五届人民代表大会第三次会议上作政府工作报告。报告提出，2025年全省固定资产投资增长6.5%，确保社会消费品零售总额增长6%。',
    2025,
  ],
];

/** Shapes the reader does not read yet (the report says why), each with the reading it gives today. */
const PENDING: Record<string, number | null> = {};

describeShapeCatalogue('catalogue r33y', CATALOGUE, PENDING, read);

/** The entries a page gives, one line each: role, metric, value, unit, year. */
const entries = (text: string): string[] => {
  const plan = extractPlan(text, {});
  return [
    ...plan.targets.map((t) => `target ${t.metric} ${t.comparator} ${t.value} ${t.unit} ${t.year}`),
    ...plan.actuals.map((a) => `actual ${a.metric} ${a.value} ${a.unit} ${a.period.year}`),
  ];
};

describe('catalogue r33y: undated pages (corpus Decisions 21)', () => {
  it('a review that writes no year, its counts in 起 and 件: no year written, its results left out', () => {
    expect(entries('（三）抓治理、保平安，社会大局持续稳定。侦破各类刑事案件2046起，化解矛盾纠纷积案53件，新建社区警务室12个。')).toEqual([]);
  });
  it('must not fire: the same review under a year keeps its results', () => {
    expect(entries('（三）抓治理、保平安，社会大局持续稳定。2023年，侦破各类刑事案件2046起，新建社区警务室12个。')).toEqual([
      'actual 侦破各类刑事案件 2046 起 2023',
      'actual 社区警务室 12 个 2023',
    ]);
  });
  it('a heading of work then outcome (兜底线、解难题，民生福祉持续增进) reviews: its figures are results of the year before the plan’s', () => {
    expect(
      entries('（四）兜底线、解难题，民生福祉持续增进。实施就业优先战略，新增就业2.4万人，城镇调查失业率控制在4.2%以内。\n2024年，全县计划新增就业2.6万人。'),
    ).toEqual(['target 就业 = 2.6 万人 2024', 'actual 就业 2.4 万人 2023', 'actual 城镇调查失业率 4.2 % 2023']);
  });
  it('must not fire: a plan’s heading puts the verb first (持续增进民生福祉), its figures stay targets', () => {
    expect(entries('2024年工作要点\n（四）兜底线、解难题，持续增进民生福祉。实施就业优先战略，新增就业2.4万人，城镇调查失业率控制在4.2%以内。')).toEqual([
      'target 就业 = 2.4 万人 2024',
      'target 城镇调查失业率 <= 4.2 % 2024',
    ]);
  });
  it('争创 with no figure in its clause in such a review is an effort described: the figures after it stay results', () => {
    expect(
      entries(
        '（六）防风险、保安全，治理能力显著提升。建立“五社联动”治理模式，争创全省社区治理创新实验区。修订应急预案28个，排查整治安全隐患5200余个。\n2024年，全县计划新增就业2万人。',
      ),
    ).toEqual(['target 就业 = 2 万人 2024', 'actual 修订应急预案 28 个 2023', 'actual 排查整治安全隐患 5200 个 2023']);
  });
  it('must not fire: a plan’s 争创 with no figure leaves the targets after it', () => {
    expect(entries('青禾县2024年工作要点\n争创全国文明城市。全年新增就业2万人，新建口袋公园12个。')).toEqual([
      'target 就业 = 2 万人 2024',
      'target 口袋公园 = 12 个 2024',
    ]);
  });
  it('the outcome heading in a dated report: results of the year reviewed, the plan part’s targets of the plan year', () => {
    expect(
      entries(
        '一、2023年工作回顾\n（一）抓项目、扩投资，发展后劲显著增强。全年实施重点项目86个，完成投资120亿元。\n二、2024年工作安排\n（一）抓项目、扩投资，持续增强发展后劲。全年实施重点项目90个。',
      ),
    ).toEqual(['target 重点项目 = 90 个 2024', 'actual 重点项目 86 个 2023', 'actual 重点项目投资 120 亿元 2023']);
  });
});
