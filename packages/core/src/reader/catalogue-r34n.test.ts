/**
 * Shape catalogue (round 34, r34n): figures read where the conventions make no entry. Grouped by why:
 *
 * 1. A goal a higher body set, reported met (完成市政府年度考核目标, 完成省下达的年度任务): a result, no plan (GOALS_MET in
 *    words.ts), so a page of results that writes no year has no period to give them and reads nothing (corpus Decisions 21).
 *    Must not fire: a goal still to meet (确保完成…), which plans.
 * 2. A paper's reservation of its rights (版权均属某报所有…未经授权不得转载，违者将依法追究法律责任): page chrome, its 将 plans
 *    nothing (BOILERPLATE_MARK in artifacts.ts). Must not fire: a 将 of the page's own words.
 * 3. A year that only opens a span up to the present (自2015年以来…): it dates the span's start, not the text, so results of a
 *    text writing no other year have no year (`writesAYear` in extract.ts; corpus Decisions 21). Must not fire: a year the
 *    text speaks in (2031年，…).
 * 4. A change starting at a nationwide moment named after 从 (从改革开放之初的5300万元提高到…): the start is a result of that
 *    moment's year, 1978 (`momentBases` in statements.ts; corpus Decisions 11). Must not fire: 改革开放以来 (a span).
 * 5. The count of a list a notice names and publishes (决定命名甲等26个项目为第三批…，现予公布), and the counts in the brackets
 *    of an attachment's title (附件：1.…名录（26个、31处）): the document's own items (corpus "Not entries"). Must not fire: work
 *    whose outcome will be published (建成后予以公布), a plan's sentence after 附件说明：, the caption over an attachment itself
 *    (附件1 重点项目清单（共50个）, catalogue r27c 7e).
 *
 * 6. The press covering an event, counted (36家中外媒体72名记者到会采访, 近百名记者将分3条线路…开展采访报道): procedure, no figure
 *    of the issuer's (`pressCovering` in statements.ts). Must not fire: press the issuer sends out (组织40名记者开展采访).
 * 7. A day's start of projects ahead of the season (3月2日，青禾县先期开复项目120个), after a paper's lede (本报讯): a ceremony held,
 *    so results of that day (CEREMONY_WORDS, DAY_OPENING in statements.ts) — with no year written, no entries (Decisions 21).
 *    Must not fire: a meeting's plan that day (召开项目推进会，计划实施…).
 * 8. A design size of what is built, its width or speed (路基宽度18米, 设计时速为40公里): no figure reached or aimed at
 *    (DESIGN_SIZE_BEFORE in statements.ts). Must not fire: its length (全长520米), a length of work (拓宽农村公路120公里).
 *
 * Invented passages only, each with the reading the corpus README's conventions give it.
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A goal a higher body set, reported met.
  [
    '1a a page of results writing no year: the audit goal met, nothing dated',
    '【产业发展迈出新步伐】\n预计农业总产值增长4.1%，新增省级众创空间3家，完成市政府年度考核目标。',
    [],
  ],
  [
    '1b must not fire: the goal still to meet plans (targets without a year)',
    '【产业发展迈出新步伐】\n预计农业总产值增长4.1%，新增省级众创空间3家，确保完成市政府年度考核目标。',
    ['T growth = 4.1% null', 'T increment = 3家 null'],
  ],
  [
    '1c a dated review: the goal met leaves its results of the year',
    '2031年，全县农业总产值增长4.1%，新增省级众创空间3家，完成市政府年度考核目标。',
    ['A growth 4.1% 2031', 'A increment 3家 2031'],
  ],
  // 2. A paper's reservation of its rights.
  [
    "2a a paper's rights notice over a page of results writing no year: nothing dated",
    '凡本报记者署名文字、图片，版权均属青禾日报所有。未经授权不得转载，违者将依法追究法律责任。\n预计农业总产值增长4.1%，新增省级众创空间3家。',
    [],
  ],
  [
    "2b must not fire: the page's own 将 plans",
    '青禾日报讯\n预计农业总产值增长4.1%，全县将新增省级众创空间3家。',
    ['T growth = 4.1% null', 'T increment = 3家 null'],
  ],
  // 3. A year that only opens a span.
  [
    '3a a span opened by a year, no other year: the results so far have no year, the target stays undated',
    '自2015年以来，青禾县已连续实施棚户区改造17年。今年的目标是开工安置房1.5万套以上。上半年已开工1.2万套，完成年度任务的80%。',
    ['T count >= 15000套 null'],
  ],
  [
    '3b must not fire: the year the text speaks in dates the results',
    '2031年，青禾县的目标是开工安置房1.5万套以上。上半年已开工1.2万套，完成年度任务的80%。',
    ['T count >= 15000套 2031', 'A count 12000套 2031/1-6', 'A share 80% 2031/1-6'],
  ],
  // 4. A change starting at a nationwide moment.
  [
    '4a 从改革开放之初的…: the start figure is of 1978',
    '2031年，全县地区生产总值从改革开放之初的5300万元提高到98亿元。',
    ['A level 5300万元 1978', 'A level 98亿元 2031'],
  ],
  [
    '4b must not fire: 改革开放以来 is a span, the start figure keeps the sentence year',
    '2031年，全县地区生产总值从改革开放以来的5300万元提高到98亿元。',
    ['A level 5300万元 2031', 'A level 98亿元 2031'],
  ],
  // 5. A notice's own list and its attachments.
  [
    '5a a notice naming and publishing a list: its count is no entry',
    '青禾县人民政府关于公布第三批县级非物质文化遗产代表性项目名录的通知\n各乡镇人民政府：县人民政府决定命名青禾剪纸等26个项目为第三批县级非物质文化遗产代表性项目，现予公布。\n2031年5月8日',
    [],
  ],
  ['5b must not fire: work whose outcome will be published', '青禾县2031年工作要点\n全年计划新建非遗工坊10个，建成后予以公布。', ['T increment = 10个 2031']],
  [
    "5c an attachment list's titles with their counts in brackets: no entries",
    '青禾县人民政府关于公布第三批县级非物质文化遗产代表性项目名录的通知\n请认真做好保护传承工作。\n附件：1.第三批县级非物质文化遗产代表性项目名录（26个、31处） 2.县级非物质文化遗产代表性项目名录扩展项目（12个）\n2031年5月8日',
    [],
  ],
  [
    '5d must not fire: a sentence of aim after 附件说明：',
    '青禾县2031年工作要点\n附件说明：全年力争新增省级非遗项目（3个以上），新建非遗工坊10个。',
    ['T count >= 3个 2031', 'T increment = 10个 2031'],
  ],
  // 6. The press covering an event.
  [
    "6a media and journalists at a delegation's open day: no entries",
    '青禾日报2031年3月6日\n3月5日，青禾县代表团举行开放团组活动，人民日报等36家中外媒体72名记者到会采访。',
    [],
  ],
  [
    '6b journalists and their routes on a press tour: no entries',
    '中央主要媒体、部分省市媒体30家媒体单位近百名记者将分3条线路赴青禾县各乡镇开展采访报道。',
    [],
  ],
  ['6c must not fire: journalists the issuer sends out', '青禾县2031年文旅工作要点\n全年组织40名记者开展“走基层”采访活动。', ['T count = 40名 2031']],
  // 7. A day's start of projects after a paper's lede.
  [
    "7a a day's start of projects ahead of the season, no year written: results without a year, no entries; the year's plan stays",
    '本报讯 3月2日，青禾县先期开复项目120个，总投资86亿元。今年，全县计划实施重点项目300个。',
    ['T count = 300个 null'],
  ],
  ['7b must not fire: a meeting that day sets a plan', '本报讯 3月2日，青禾县召开项目推进会，计划实施重点项目300个。', ['T count = 300个 null']],
  // 8. A design size of what is built.
  [
    "8a a road's width and design speed: no entries, its length stays",
    '青禾县2031年交通工作要点\n实施城南支路东延工程，新建道路全长520米、路基宽度18米，设计时速为40公里。',
    ['T increment = 520米 2031'],
  ],
  ['8b must not fire: a length of road widened', '青禾县2031年交通工作要点\n全年拓宽农村公路120公里。', ['T level = 120公里 2031']],
];

describeShapeCatalogue('shape catalogue r34n: figures where the gold has none', CATALOGUE, {}, read);
