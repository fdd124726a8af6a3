/**
 * Mend m34a (round 34, review of a34 and n34): probes on the edges of the new rules — a rights notice's words in a plan's own
 * line, the press counted beside reports the issuer places, a list said published in a review, a closed period's end still
 * aimed at, and the rules' must-not-fire sides (a design width, a same-year span, a moment's start, a past period's heading,
 * a page dated after its period). Four findings, all mended:
 * b1, b4 (违者依法追究 alone took a plan's or a review's whole line as a paper's rights notice: BOILERPLATE_MARK, artifacts.ts);
 * p1, p2 (报道 alone made reports placed in the media, 刊发报道320条, the press covering an event: PRESS_COVERING);
 * l1 (新认定…35家，并予以公布 in a review read as a notice publishing its own list: LIST_PUBLISHED);
 * c2, c5 (力争/确保 at “十三五”末 in a text reviewing the period in 2020 read as the end reached: closedEndReached, tense.ts); c4 (将 after it) a guard.
 * Invented passages only.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';

const read = (text: string): string[] => readKindsInOrder(text);
const REVIEW_2020 = '青禾县“十三五”规划实施情况总结\n2020年，“十三五”规划即将收官。';

const CATALOGUE: [string, string, string[]][] = [
  // A paper's rights notice (BOILERPLATE_MARK): its own line goes; 违者依法追究 in a plan's or review's line does not.
  [
    'b1 finding: a plan line warning 违者依法追究 keeps its target',
    '2025年全县耕地保护工作要点\n全年新增耕地2000亩，坚决遏制乱占耕地行为，违者依法追究责任。\n',
    ['T increment = 2000亩 2025'],
  ],
  [
    'b4 finding: a review line with 违者依法追究 keeps its results',
    '2024年全县工作总结\n全年查处违法用地案件35起，对违者依法追究法律责任，新增耕地1200亩。\n',
    ['A count 35起 2024', 'A increment 1200亩 2024'],
  ],
  [
    'b3 guard: the rights notice on its own line still goes',
    '青禾日报讯\n版权均属青禾日报所有，未经授权不得转载，违者将依法追究法律责任。\n1-5月，全县规上工业增加值同比增长6.2%。\n',
    [],
  ],
  [
    'b5 guard: a run-on page drops the notice sentence only',
    '青禾日报讯 ' +
      '全县上下坚持稳中求进，扎实推进各项工作，经济社会保持平稳健康发展，'.repeat(6) +
      '凡本报记者署名文字、图片，版权均属青禾日报所有。未经授权不得转载，违者将依法追究法律责任。全县将新增省级众创空间3家。\n',
    ['T increment = 3家 null'],
  ],
  // The press (pressCovering): covering an event is procedure; reports the issuer places are its work.
  [
    'p1 finding: reports placed in the media, reviewed',
    '2024年全县宣传工作总结\n全年在省级以上媒体刊发报道320条，同比增长12%。\n',
    ['A count 320条 2024', 'A growth 12% 2024'],
  ],
  ['p2 finding: reports to place, planned', '2025年全县宣传工作要点\n全年在省级以上主流媒体刊播报道不少于100条。\n', ['T count >= 100条 2025']],
  ['p5 guard: the press at an event is no entry', '2024年全县工作总结\n成功举办桃花节，36家中外媒体72名记者到会采访。\n', []],
  ['p4 guard: media centres built are counted', '2024年全县工作总结\n建成县级融媒体中心12个，采访报道更加便捷。\n', ['A count 12个 2024']],
  // A notice's own list (listPublished): not a list a review says was published.
  [
    'l1 finding: a review count said published',
    '2024年全县科技工作总结\n全年新认定高新技术企业35家，并予以公布，同比增长20%。\n',
    ['A count 35家 2024', 'A growth 20% 2024'],
  ],
  [
    'l2 guard: the notice publishing its list (现予公布)',
    '关于公布第三批县级非遗项目名录的通知\n经评审，县政府决定命名26个项目为第三批县级非物质文化遗产代表性项目，现予公布。\n',
    [],
  ],
  [
    'l3 guard: the notice publishing its list (予以公布)',
    '关于公布第三批县级非遗项目名录的通知\n经评审，县政府决定认定26个项目为第三批县级非物质文化遗产代表性项目，予以公布。\n',
    [],
  ],
  // A closed period's end (closedEndReached): reached when written as a time, a target when aimed at.
  ['c1 guard: “十三五”末 as a time in its review is reached', `${REVIEW_2020}“十三五”末，全县累计建成高标准农田12万亩。\n`, ['A level 12万亩 2020']],
  ['c2 finding: 力争 at the period end is a target', `${REVIEW_2020}力争“十三五”末全县森林覆盖率达到45%。\n`, ['T share >= 45% 2020']],
  ['c4 guard: 将 after the period end is a target', `${REVIEW_2020}“十三五”末，全县森林覆盖率将达到45%。\n`, ['T share >= 45% 2020']],
  ['c5 finding: 确保 at the period end is a target', `${REVIEW_2020}确保“十三五”末全县森林覆盖率达到45%。\n`, ['T share >= 45% 2020']],
  // Must-not-fire sides of the other new rules.
  [
    'd1 guard: a design width and speed go, the length built stays',
    '2025年交通工作要点\n新建城区主干道12公里，路基宽度24米，设计时速为60公里。\n',
    ['T increment = 12公里 2025'],
  ],
  [
    'g1 guard: a higher body goal still to meet plans',
    '2025年全县工作要点\n全年新增城镇就业5000人，全力以赴完成市政府下达的年度考核目标。\n',
    ['T increment = 5000人 2025'],
  ],
  [
    'y1 guard: the present year opening a span dates its results',
    '青禾新闻网\n2025年以来，全县新签约项目45个，总投资120亿元。\n',
    ['A count 45个 2025', 'A level 120亿元 2025'],
  ],
  [
    'm2 guard: the moment in Traditional characters',
    '2024年全縣經濟總結\n全縣財政收入從改革開放之初的900萬元提高到2024年的35億元。\n',
    ['A level 900万元 1978', 'A level 35亿元 2024'],
  ],
  [
    'h1 guard: a past period heading reviews its fields up to the turn',
    '青禾县2021年政府工作报告\n“十三五”时期工作回顾\n（一）经济实力明显增强\n全县地区生产总值达到320亿元，年均增长7.2%。\n二、“十四五”时期主要目标\n到2025年，全县地区生产总值达到450亿元。\n',
    ['A level 320亿元 2020', 'A growth 7.2% 2020', 'T level >= 450亿元 2025'],
  ],
  [
    'o2 guard: a period plan posted after its end keeps its dated target',
    '青禾县“十四五”规划纲要\n发布时间：2026-01-20\n到2025年，全县地区生产总值达到450亿元。\n',
    ['T level >= 450亿元 2025'],
  ],
];

describeShapeCatalogue('mend m34a: probes of the a34 and n34 rules', CATALOGUE, {}, read);
