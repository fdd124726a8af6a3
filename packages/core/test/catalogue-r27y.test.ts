/**
 * Shape catalogue (round 27, r27y): plan years.
 * 1. A five-year period's plan reported issued on a page dated later inside the period is of the period's first year (corpus
 *    Decisions 2) also when the plan is named inside the notice that issues it (发布《关于青禾省“十四五”…规划的通知》), and when
 *    a digest's bullet lines (• …) stand between the headline and the story's first paragraph. Must not fire: a plan cited as a
 *    source (根据《…规划的通知》) with this year's figures, a notice issuing a yearly plan, a bullet digest over a yearly report.
 * 2. A year under way: a year opening a sentence that counts its results to a point inside it (截至三季度末, 截至6月底), or
 *    whose work is still to be carried on (将持续推进2025年民生实事), is no year closed; a later year whose programme the
 *    text prepares (开展2026年度民生实事编排工作) is no year of results. Must not fire: a closed year's review going on to 今年,
 *    a count to 12月底, a year's projects 谋划 as a result.
 * 3. Regions: a city's text that writes the province's scope words once only (纳入我省重点项目的有45个), never names the
 *    province, and keeps naming one prefecture of it is that prefecture's, not the province's. Must not fire: 我省 written
 *    twice, or beside 全省: the province speaks as itself.
 * Invented passages only (青禾县, 青禾省, own figures; the regions of section 3 are real names the gazetteer must know).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readDocumentInfo } from '../src/reader/document-info.ts';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string): string => `plan ${extractPlan(text).year}`;

const CATALOGUE: [string, string, string][] = [
  // 1. A period's plan named inside its notice, reported later inside the period.
  [
    '1a a notice issuing a province’s 十四五 plan, on a page of the period’s second year',
    '青禾省：力争2025年接待游客5亿人次\n某某网 2022-05-27 17:56\n青禾省人民政府近日发布《关于青禾省“十四五”文化和旅游发展规划的通知》。规划提出，到2025年，力争全省接待游客5亿人次以上，年均增长10%左右。',
    'plan 2021',
  ],
  [
    '1b the same, a digest bullet line between the headline and the story',
    '青禾省：力争2025年接待游客5亿人次\n某某网 2022-05-27 17:56\n• “十四五”发展目标涉及：到2025年，力争全省接待游客5亿人次以上，年均增长10%左右。\n某某网讯：5月27日，青禾省人民政府发布《关于青禾省“十四五”文化和旅游发展规划的通知》。规划提出，到2025年，旅游总收入达到6000亿元。',
    'plan 2021',
  ],
  [
    '1c must not fire: a plan cited as a source, in news of this year’s figures',
    '青禾省旅游业加快复苏\n某某网 2023-04-10 09:30\n根据《关于青禾省“十四五”文化和旅游发展规划的通知》，到2025年，全省接待游客5亿人次以上。今年一季度，全省接待游客8000万人次，同比增长20%。',
    'plan 2023',
  ],
  [
    '1d must not fire: a notice issuing a yearly work plan',
    '青禾省印发文旅工作要点\n某某网 2022-03-02 10:00\n青禾省文化和旅游厅近日发布《关于印发青禾省2022年文化和旅游工作要点的通知》。要点提出，到2025年，全省接待游客5亿人次以上。',
    'plan 2022',
  ],
  [
    '1e must not fire: a digest line over a yearly report with this year’s figures',
    '青禾县今年旅游收入力争增长10%\n某某网 2022-02-15 08:00\n• 青禾县发布“十四五”旅游发展规划，到2025年旅游收入翻一番。\n2月14日，青禾县召开文旅工作会议。会议提出，今年全县旅游收入力争增长10%，到2025年接待游客3000万人次。',
    'plan 2022',
  ],
  // 2. A year under way.
  [
    '2a the programme’s year counted to a quarter’s end, carried on, and next year’s programme prepared',
    '前三季度我县民生实事加快推进\n2025年，县政府民生实事共10类30个事项。根据序时进度安排，截至三季度末，其中18个事项已提前完成全年任务，已完成投资5.2亿元。\n下一步，我县将持续推进2025年民生实事，高标准完成全年目标任务。同时，开展2026年度县民生实事编排工作，广泛征求意见建议。',
    'plan 2025',
  ],
  [
    '2b a year counted to 6月底 in its own sentence, going on to 下一步',
    '青禾县重点项目建设情况\n2024年，全县计划实施重点项目60个，截至6月底，已开工48个，完成投资21亿元。下一步，将加快推进在建项目，确保完成全年投资36亿元。',
    'plan 2024',
  ],
  [
    '2c must not fire: a closed year’s review going on to 今年',
    '青禾县民生实事办理情况\n2024年，全县民生实事10项全部完成，完成投资12亿元。今年，将继续实施民生实事12项，计划投资15亿元。',
    'plan 2025',
  ],
  [
    '2d must not fire: a count to 12月底 closes the year',
    '青禾县重点项目建设情况\n2024年，全县实施重点项目60个，截至12月底，累计完成投资30亿元。今年，全县力争完成投资35亿元。',
    'plan 2025',
  ],
  [
    '2e must not fire: a year’s projects 谋划 as its result, no 工作 prepared',
    '青禾县项目工作情况\n2024年，全县谋划项目120个，总投资300亿元。今年，将新谋划项目150个，力争完成投资40亿元。',
    'plan 2025',
  ],
];

describeShapeCatalogue('catalogue r27y: plan years', CATALOGUE, {}, read);

const REGIONS: [string, string, string][] = [
  [
    '3a a city’s project news quoting 我省 once, the province never named',
    '2023年，齐齐哈尔市计划开工重点项目300个，总投资800亿元，今年计划完成投资150亿元。这些项目的实施，将为齐齐哈尔加快振兴增添后劲。\n齐齐哈尔市立足自身优势，谋划实施了一批制造业改造升级项目，其中纳入我省重点项目的有45个。齐齐哈尔将持续优化营商环境。',
    '齐齐哈尔市 city',
  ],
  [
    '3b must not fire: 我省 twice, the province speaking of one city',
    '2023年，我省支持齐齐哈尔市建设重点项目300个，总投资800亿元。这些项目的实施，将为齐齐哈尔加快振兴增添后劲。\n齐齐哈尔市立足自身优势，谋划实施了一批制造业项目。我省将持续优化营商环境。',
    '黑龙江省 province',
  ],
  [
    '3c must not fire: 我省 beside 全省',
    '2023年，全省重点项目向齐齐哈尔市倾斜，总投资800亿元。这些项目的实施，将为齐齐哈尔加快振兴增添后劲。\n齐齐哈尔市立足自身优势，谋划实施了一批制造业项目，纳入我省重点项目的有45个。',
    '黑龙江省 province',
  ],
];

describeShapeCatalogue('catalogue r27y: regions', REGIONS, {}, (text) => {
  const info = readDocumentInfo(text);
  return `${info.region} ${info.level}`;
});
