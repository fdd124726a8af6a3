/**
 * Round 24 catalogue (reader engineer r24y): the plan year of pages whose framing is new — news of a plan issued years
 * before the page, a headline restating a deadline, a page whose only year is its date line, a year framed as the one
 * under way. One invented passage per shape, each with the reading the corpus conventions give it (tests/corpus/README.md:
 * Years and periods, Decisions 2, 18, 26, 29). Targets are compared as `comparator value unit year`, actuals as
 * `value unit periodYear`.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    year: plan.year,
    targets: plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit ?? ''} ${t.year ?? ''}`),
    actuals: plan.actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period?.year ?? ''}`),
  };
};

interface Shape {
  name: string;
  text: string;
  year: number | null;
  targets: string[];
  actuals: string[];
  /** Why the reader still reads it otherwise (runs as a known failure until it is read right). */
  left?: string;
}

const SHAPES: readonly Shape[] = [
  {
    name: 'must not fire: a 工作要点 with its own year in the title and last year’s results',
    text: '某区2025年工作要点\n2024年，全区地区生产总值增长5.6%。2025年主要预期目标：地区生产总值增长6%左右。',
    year: 2025,
    targets: ['~ 6% 2025'],
    actuals: ['5.6% 2024'],
  },
  {
    name: 'must not fire: news dated in January about last year’s meeting, then 今年',
    text: '2025年1月10日\n近日召开的全市商务工作会议总结了2024年工作：全年实现社会消费品零售总额820亿元，增长5%。今年，全市力争社会消费品零售总额增长6%。',
    year: 2025,
    targets: ['= 6% 2025'],
    actuals: ['820亿元 2024', '5% 2024'],
  },
  {
    name: 'must not fire: a three-year plan 2025—2027',
    text: '某市制造业数字化转型三年行动计划（2025—2027年）\n到2027年，全市规模以上工业企业数字化改造覆盖率达到90%。',
    year: 2025,
    targets: ['>= 90% 2027'],
    actuals: [],
  },
  {
    name: 'must not fire: a gazette issue 2023年第5期 carrying a 2022 plan',
    left: 'plan year 2022 is read; the plan’s 2022年，…控制在…以内 opening its sentence is read as a result of 2022',
    text: '某市人民政府公报 2023年第5期\n某市人民政府关于印发某市2022年生态环境保护工作要点的通知\n2022年，全市细颗粒物平均浓度控制在30微克/立方米以内。',
    year: 2022,
    targets: ['<= 30微克/立方米 2022'],
    actuals: [],
  },
  {
    name: 'a page whose only year is its date line',
    text: '发布时间：2024-02-20 09:30\n今年，某县将新建口袋公园12个，改造老旧小区30个。',
    year: 2024,
    targets: ['= 12个 2024', '= 30个 2024'],
    actuals: [],
  },
  {
    name: 'must not fire: a 2023 yearly plan that names 十四五 only as its frame',
    text: '2023年2月10日\n今年是实施“十四五”规划承上启下的关键一年。今年，全市将新建5G基站3000个。',
    year: 2023,
    targets: ['= 3000个 2023'],
    actuals: [],
  },
  {
    name: 'news in 2023 of a 十四五 plan issued, named without book marks (发布了“十四五”期间某市…规划)',
    text: '2023年4月12日\n近日，某市发展改革委发布了“十四五”期间某市物流业发展规划，提出到2025年，全市社会物流总额达到1.5万亿元。',
    year: 2021,
    targets: ['>= 1.5万亿元 2025'],
    actuals: [],
  },
  {
    name: 'news of a 十三五 plan whose verb of issue follows its name (《…规划》正式发布)',
    text: '2017-01-02 08:15\n近日，《某市“十三五”交通发展规划》正式发布。根据规划，到2020年，全市公路总里程达到9000公里。',
    year: 2016,
    targets: ['>= 9000公里 2020'],
    actuals: [],
  },
  {
    name: 'news of a 十三五 plan issued (《…规划》正式发布) whose figures are planned for the period, undated (计划完成投资)',
    text: '2017-01-02 08:15\n某市新闻网讯（记者 王某 通讯员 李某）近日，《某市“十三五”交通发展规划》正式发布。规划明确，“十三五”期间，全市计划完成交通投资约300亿元。',
    year: 2016,
    targets: ['~ 300亿元 2020'],
    actuals: [],
  },
  {
    name: 'a headline restating a deadline (某市2026年茶叶产值或达30亿元) over a dated repost',
    text: '某市2026年茶叶产值或达30亿元\n发布时间：2022-06-01 10:20\n日前，某市出台了《关于加快茶产业发展的意见》，力争到2026年，全市茶叶产值达到30亿元。',
    year: 2022,
    targets: ['>= 30亿元 2026', '>= 30亿元 2026'],
    actuals: [],
  },
  {
    name: 'a headline restating a deadline of a plan whose span is named (2025年建成…)',
    text: '某市发布体育设施建设计划 2025年建成“15分钟健身圈”\n某市体育局公布了《某市体育设施建设计划（2021-2025年）》，到2025年，全市人均体育场地面积达到2.8平方米。',
    year: 2021,
    targets: ['>= 2.8平方米 2025'],
    actuals: [],
  },
  {
    name: 'a year framed as the one under way (2024年，是…之年，更是…之年。…将)',
    text: '今年某区计划新开工项目40个\n3月2日，记者从某区了解到，今年，某区计划新开工项目40个。\n2024年，是推进高质量发展的关键之年，更是某区赶超跨越的攻坚之年。某区将紧扣发展大局，新增停车位800个。',
    year: 2024,
    targets: ['= 40个 2024', '= 40个 2024', '= 800个 2024'],
    actuals: [],
  },
  {
    name: 'a year whose clause goes on to 将 and an adverb (2024年，某县将扎实办好…)',
    text: '某县今年将办好十件民生实事\n2月1日，记者在某县人代会上获悉，2024年，某县将扎实推进城市更新，全县新增停车位500个以上。',
    year: 2024,
    targets: ['>= 500个 2024'],
    actuals: [],
  },
  {
    name: 'must not fire: a headline year of a yearly plan (某县2024年将新建学校5所)',
    text: '某县2024年将新建学校5所\n2024年3月1日\n今年，某县将新建学校5所，新增学位3000个。',
    year: 2024,
    targets: ['= 5所 2024', '= 5所 2024', '= 3000个 2024'],
    actuals: [],
  },
  {
    name: 'must not fire: a report’s turning year of last year, then 今年',
    text: '2024年2月5日\n2023年是全面贯彻党的二十大精神的开局之年。一年来，全市地区生产总值增长5.2%。今年，全市地区生产总值增长5.5%左右。',
    year: 2024,
    targets: ['~ 5.5% 2024'],
    actuals: ['5.2% 2023'],
  },
  {
    name: 'must not fire: 将 as 把 in last year’s results',
    text: '2022年，全市将养老服务纳入民生实事，新建养老服务中心12个。今年，全市将新建养老服务中心15个。',
    year: 2023,
    targets: ['= 15个 2023'],
    actuals: ['12个 2022'],
  },
];

function expectReading(shape: Shape): void {
  const got = read(shape.text);
  expect({ year: got.year, targets: [...got.targets].sort(), actuals: [...got.actuals].sort() }).toEqual({
    year: shape.year,
    targets: [...shape.targets].sort(),
    actuals: [...shape.actuals].sort(),
  });
}

describe('plan years of pages whose framing is new (catalogue)', () => {
  it.each(SHAPES.filter((s) => !s.left).map((s) => [s.name, s] as const))('%s', (_name, shape) => expectReading(shape));
  it.fails.each(SHAPES.filter((s) => s.left).map((s) => [s.name, s] as const))('left: %s', (_name, shape) => expectReading(shape));
});
