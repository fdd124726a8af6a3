/**
 * Shape catalogue (round 32, r32v): pages whose line breaks were lost (a web view copied whole, a chat forward, a search
 * snippet). What a line break carried is found again from the shape inside the line: a numbered item or heading (一、 （二）
 * 3. 4、 ①) right after a sentence's end opens its line, spaces between or none; a site's boilerplate (如有侵权…删除) takes
 * only its own sentence of a page run onto one line, not the whole page; a view counter's stamp (阅读：174) takes a short
 * tail, not the article run on after it (the notice's words open the boilerplate pass too); a numbered line the text's end cuts short is an item, not a heading.
 * Must-not-fire: numbers inside sentences (增长1.5个百分点, 第一, 二是, 一、二季度) open no line, nor a decimal after a stop.
 * Invented passages only (青禾, 石川).
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';
import { cleanText } from './clean.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order; then the cleaned lines' openings. */
const read = (text: string): string[] => [
  ...readKindsInOrder(text),
  ...cleanText(text)
    .text.split('\n')
    .map((line) => `| ${line.slice(0, 6)}`),
];

const DEPARTMENT_LEAD =
  '石川市生态环境局2025年工作要点2025年是“十四五”规划收官之年，全局上下要坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，持续改善生态环境质量，为全市高质量发展提供有力支撑，以生态环境高水平保护推动经济社会发展全面绿色转型。主要目标：';

const CATALOGUE: [string, string, string[]][] = [
  // 1. Items run onto the sentence before them, no space left between.
  [
    "1a a department's work points on one line: Arabic items after a colon and after each stop",
    `${DEPARTMENT_LEAD}1.细颗粒物平均浓度控制在32微克/立方米以内。2.空气质量优良天数比例达到85%以上。3.地表水国控断面水质优良比例达到90%。各科室要对照目标任务，细化工作措施，确保按期完成。`,
    ['T level <= 32微克/立方米 2025', 'T share >= 85% 2025', 'T share >= 90% 2025', '| 石川市生态环', '| 1.细颗粒物', '| 2.空气质量', '| 3.地表水国'],
  ],
  [
    '1b a town report on one line: bracketed headings after stops, circled items after a semicolon',
    '青禾镇2024年工作总结和2025年工作计划一、2024年工作总结2024年，在县委、县政府的坚强领导下，全镇上下齐心协力、真抓实干，经济社会各项事业取得新成效。（一）产业发展稳步推进。全年完成农业总产值5.6亿元，增长4.2%。（二）民生保障持续加强。新增就业岗位320个。二、2025年工作计划2025年，全镇将紧扣全年目标任务，重点抓好以下工作：①新建高标准农田1.2万亩；②新改建农村公路18公里。',
    [
      'A level 5.6亿元 2024',
      'A growth 4.2% 2024',
      'A increment 320个 2024',
      'T increment = 1.2万亩 2025',
      'T level = 18公里 2025',
      '| 青禾镇202',
      '| （一）产业发',
      '| （二）民生保',
      '| 二、2025',
      '| ①新建高标准',
      '| ②新改建农村',
    ],
  ],
  // 2. A page's furniture run onto the article: only the furniture's own words go.
  [
    '2a a news item on one line with its view counter and a takedown notice: the article stays',
    '石川县今年将办12件民生实事时间：2025-03-02来源：县融媒体中心阅读：218近日，石川县确定2025年民生实事项目，涉及就业、教育、住房、文化、交通等群众关心的领域，项目经县政府常务会议研究确定。按照计划，全年将新增城镇就业2500人，改造老旧小区11个，新建城市书房6座，让群众有更多获得感、幸福感、安全感，各责任单位要倒排工期、挂图作战，确保年底前全部完成。本文转自网络，版权归原作者所有，如有侵权请联系我们，我们将在第一时间删除。',
    ['T count = 12件 2025', 'T increment = 2500人 2025', 'T increment = 11个 2025', 'T increment = 6座 2025', '| 石川县今年将'],
  ],
  // 3. A numbered line the text's end cut short: an item read, not a heading.
  [
    '3a the last item of a work plan cut off by the copy',
    '青禾县林业局2025年工作计划\n二、目标任务\n（一）造林绿化：完成人工造林3000亩。\n（二）森林管护：森林采伐限额控制在8.5万立方米以内，全面落实',
    ['T count = 3000亩 2025', 'T level <= 8.5万立方米 2025', '| 青禾县林业局', '| 二、目标任务', '| （一）造林绿', '| （二）森林管'],
  ],
  // 4. Must-not-fire: numbers inside sentences open no line.
  [
    '4a one line of a review: 一、二季度, 一是, 二是 and a percentage point stay in their sentences, no line opens',
    '石川县2024年经济运行情况2024年，面对复杂严峻的外部环境，全县上下坚持稳中求进工作总基调，经济运行稳中有进，主要指标好于预期。全年全县地区生产总值完成182.6亿元，同比增长5.8%，其中第一产业增加值同比增长3.1%。一、二季度规模以上工业增加值分别增长2.8%、3.4%。一是工业稳步回升，比上年加快1.5个百分点；二是消费持续恢复，社会消费品零售总额增长5.5%。下一步，全县将继续巩固经济回升向好态势，抓好项目建设和招商引资。',
    [
      'A level 182.6亿元 2024',
      'A growth 5.8% 2024',
      'A growth 3.1% 2024',
      'A growth 2.8% 2024/4-6',
      'A growth 3.4% 2024/4-6',
      'A share 1.5百分点 2024',
      'A growth 5.5% 2024',
      '| 石川县202',
    ],
  ],
  [
    '4b a boilerplate footer on its own short line still goes whole',
    '青禾县2025年政府工作报告\n今年地区生产总值增长6%左右。\nCopyright © 青禾县人民政府 版权所有 如有侵权请联系删除',
    ['T growth ~ 6% 2025', '| 青禾县202', '| 今年地区生产', '| '],
  ],
];

const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('catalogue r32v', CATALOGUE, PENDING, read);
