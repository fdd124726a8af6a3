/**
 * Round 20 catalogue of news, interview and speech shapes (reader engineer r20n): which numbers a news item sets as
 * targets, which it reports as results and which are neither, and the region of an item. One invented passage per
 * shape, each with the reading the corpus conventions give it (tests/corpus/README.md: What is an entry, Decisions 1,
 * 3, 8). Entries are compared as `comparator value unit year` (targets) and `value unit periodYear [estimate]`
 * (actuals); metrics are not compared here.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

/** Value and unit as the corpus scorer compares them: a 万 before a counting unit in the value, ranks without a unit. */
const quantity = (value: number | null, unit: string | null, kind: string): string => {
  if (kind === 'rank') return `${value}`;
  const counted = unit !== null && /^万[人户个家项名件]$/.test(unit);
  return counted ? `${Math.round((value ?? 0) * 1e4)}${unit.slice(1)}` : `${value}${unit ?? ''}`;
};

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    year: plan.year,
    region: plan.region,
    targets: plan.targets.map((t) => `${t.comparator} ${quantity(t.value, t.unit, t.kind)} ${t.year ?? ''}`),
    actuals: plan.actuals.map((a) => `${quantity(a.value, a.unit, a.kind)} ${a.period?.year ?? ''}${a.estimate ? ' est' : ''}`),
  };
};

interface Shape {
  name: string;
  text: string;
  targets: string[];
  actuals: string[];
  region?: string;
  /** Why the reader still reads it otherwise (the shape runs as a known failure until it is read right). */
  left?: string;
}

const NEWS_SHAPES: readonly Shape[] = [
  {
    name: '报告提出，今年…预期目标是…；…增长6%左右',
    text: '2025年1月9日，青禾县第十八届人民代表大会第五次会议开幕。报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。',
    targets: ['~ 6% 2025', '= 5% 2025'],
    actuals: [],
  },
  {
    name: '报告显示，去年…增长5.8%',
    text: '2025年1月9日，青禾县第十八届人民代表大会第五次会议开幕。报告显示，去年全县地区生产总值增长5.8%，规模以上工业增加值增长7.2%。',
    targets: [],
    actuals: ['5.8% 2024', '7.2% 2024'],
  },
  {
    name: '记者从…获悉，…将新增…',
    text: '2025年2月12日\n记者从市发展改革委获悉，今年我市将新增城镇就业2.5万人，新开工重点项目120个。',
    targets: ['= 25000人 2025', '= 120个 2025'],
    actuals: [],
  },
  {
    name: '据介绍，今年以来…已完成…',
    text: '2025年8月20日\n据介绍，今年以来，全区已完成固定资产投资45.6亿元，新签约项目32个。',
    targets: [],
    actuals: ['45.6亿元 2025', '32个 2025'],
  },
  {
    name: '1—10月…同比增长… (results to date)',
    text: '2024年11月22日\n1—10月，全县规模以上工业增加值同比增长8.3%，社会消费品零售总额同比增长6.1%。',
    targets: [],
    actuals: ['8.3% 2024', '6.1% 2024'],
  },
  {
    name: '…预计全年增长… (estimate)',
    text: '2024年12月18日\n全县经济运行稳中有进。预计全年地区生产总值增长5.5%左右，一般公共预算收入增长4%。',
    targets: [],
    actuals: ['5.5% 2024 est', '4% 2024 est'],
  },
  {
    name: '答：我们将力争… (interview)',
    text: '2025年3月5日\n问：今年全县经济工作有哪些目标？\n答：今年我们将力争实现地区生产总值增长6.5%，招引亿元以上项目30个。',
    targets: ['= 6.5% 2025', '= 30个 2025'],
    actuals: [],
  },
  {
    name: '会议指出…会议要求…确保… (meeting communiqué)',
    text: '2024年6月28日\n会议指出，今年以来全市经济运行稳中向好，1—5月地区生产总值增长6.2%。会议要求，要确保全年固定资产投资增长10%以上。',
    targets: ['>= 10% 2024'],
    actuals: ['6.2% 2024'],
  },
  {
    name: '今年上半年…完成年度目标的52%',
    text: '2024年7月16日\n今年上半年，全县完成固定资产投资28亿元，完成年度目标的52%。',
    targets: [],
    actuals: ['28亿元 2024', '52% 2024'],
  },
  {
    name: '目标任务完成率',
    text: '2024年10月9日\n截至9月底，全市重点项目完成投资120亿元，目标任务完成率达85%。',
    targets: [],
    actuals: ['120亿元 2024', '85% 2024'],
  },
  {
    name: '排名第X位',
    text: '2024年10月25日\n前三季度，全县地区生产总值增长7.1%，增速排名全市第2位。',
    targets: [],
    actuals: ['7.1% 2024', '2 2024'],
  },
  {
    name: 'a headline carrying the target',
    text: '青禾县今年GDP目标增长6.5%\n2025年1月10日，青禾县政府工作报告提出，今年全县地区生产总值增长6.5%。',
    targets: ['= 6.5% 2025', '= 6.5% 2025'],
    actuals: [],
  },
  {
    name: 'a headline carrying a result',
    text: '我市前三季度GDP增长5.6%\n2024年10月28日，记者从市统计局获悉，前三季度全市地区生产总值增长5.6%。',
    targets: [],
    actuals: ['5.6% 2024', '5.6% 2024'],
  },
  {
    name: "quoted speech inside reporter's prose",
    text: '2025年1月9日，县长在作政府工作报告时说：“今年，我们要确保地区生产总值增长7%，城镇居民人均可支配收入增长6%。”',
    targets: ['= 7% 2025', '= 6% 2025'],
    actuals: [],
  },
  {
    name: '经济工作会议: last year reviewed, then this year’s aims',
    text: '2025年2月8日，全县经济工作会议召开。过去一年，全县地区生产总值增长6.8%，固定资产投资增长9.1%。今年经济工作的主要预期目标是：地区生产总值增长6.5%以上，固定资产投资增长10%。',
    targets: ['>= 6.5% 2025', '= 10% 2025'],
    actuals: ['6.8% 2024', '9.1% 2024'],
  },
  {
    name: '2024年，全区完成… (a past year named in a new-year item)',
    text: '2025年1月15日\n2024年，全区完成工业总产值300亿元，同比增长8%。2025年，全区工业总产值力争达到330亿元。',
    targets: ['>= 330亿元 2025'],
    actuals: ['300亿元 2024', '8% 2024'],
  },
  {
    name: '下一步，将力争年底前… after results',
    text: '2024年9月3日\n今年以来，全县新增规上企业12家。下一步，我县将力争年底前再新增规上企业15家。',
    targets: ['= 15家 2024'],
    actuals: ['12家 2024'],
  },
  {
    name: '同比增长…高于全省平均水平…个百分点',
    text: '2024年7月30日\n上半年，全市规模以上工业增加值同比增长8.5%，高于全省平均水平1.2个百分点。',
    targets: [],
    actuals: ['8.5% 2024', '1.2百分点 2024'],
  },
  {
    name: '今年，我区计划实施重点项目… (programme figures)',
    text: '2025年2月20日\n今年，我区计划实施重点项目80个，总投资500亿元，年度计划投资120亿元。',
    targets: ['= 80个 2025', '= 500亿元 2025', '= 120亿元 2025'],
    actuals: [],
  },
  {
    name: '截至目前，已累计建成…',
    text: '2024年11月5日\n截至目前，全市已累计建成5G基站8600个。',
    targets: [],
    actuals: ['8600个 2024'],
  },
  {
    name: '答：去年我们… (interview, results)',
    text: '2025年3月5日\n问：去年招商引资成效如何？\n答：去年我们新引进企业45家，实现招商引资到位资金80亿元。',
    targets: [],
    actuals: ['45家 2024', '80亿元 2024'],
  },
  {
    name: '今年以来…已新增…；全年目标为…',
    text: '2024年9月10日\n今年以来，全市已新增市场主体1.2万户，全年目标为新增市场主体1.5万户。',
    targets: ['= 15000户 2024'],
    actuals: ['12000户 2024'],
  },
  {
    name: '一季度…实现开门红',
    text: '2025年4月18日\n一季度，全县规模以上工业总产值同比增长12.4%，实现“开门红”。',
    targets: [],
    actuals: ['12.4% 2025'],
  },
  {
    name: '全年…完成年度目标任务的105%',
    text: '2025年1月6日\n2024年，全县实际利用外资1.2亿美元，完成年度目标任务的105%。',
    targets: [],
    actuals: ['1.2亿美元 2024', '105% 2024'],
  },
  {
    name: '…完成…，超额完成年度目标 (no figure of the quota)',
    text: '2025年1月6日\n2024年，全县固定资产投资完成50亿元，超额完成年度目标任务。',
    targets: [],
    actuals: ['50亿元 2024'],
  },
  {
    name: '会议强调…确保完成全年目标任务 (no number)',
    text: '2024年7月2日\n会议强调，要咬定目标不放松，确保完成全年目标任务。',
    targets: [],
    actuals: [],
  },
  {
    name: 'neither: session numbers, ages and dates',
    text: '2025年1月9日，青禾县第十八届人民代表大会第五次会议开幕，应出席代表210名。今年58岁的村党支部书记说，村里的路修好了。',
    targets: [],
    actuals: [],
  },
  {
    name: '记者从…获悉，上半年…；全年力争…',
    text: '2024年7月12日\n记者从县商务局获悉，上半年全县外贸进出口总额达18.5亿元，同比增长11%。全年力争外贸进出口总额突破40亿元。',
    targets: ['> 40亿元 2024'],
    actuals: ['18.5亿元 2024', '11% 2024'],
  },
  {
    name: '“十四五”以来… (a period’s results to date)',
    text: '2024年12月2日\n“十四五”以来，全县累计实施重点项目320个，完成投资860亿元。',
    targets: [],
    actuals: ['320个 2024', '860亿元 2024'],
  },
  {
    name: '会议提出… (communiqué aims of next year, results of this)',
    text: '2024年12月20日，市委经济工作会议召开。会议指出，今年全市地区生产总值预计增长5.6%。会议提出，明年全市地区生产总值增长6%左右。',
    targets: ['~ 6% 2025'],
    actuals: ['5.6% 2024 est'],
  },
  {
    name: '本次集中开工… (the batch of a ceremony, then the year’s plan)',
    text: '2024年3月7日，我县举行重点项目集中开工仪式。本次集中开工项目56个，总投资120亿元，今年计划完成投资40亿元。',
    targets: ['= 40亿元 2024'],
    actuals: ['56个 2024', '120亿元 2024'],
  },
  {
    name: 'a region named only in the headline, 我县 in the body',
    text: '永修县召开2025年经济工作会议\n本报讯（记者 李明）2月10日，我县召开经济工作会议。今年全县地区生产总值力争增长6.5%。',
    targets: ['= 6.5% 2025'],
    actuals: [],
    region: '永修县',
  },
  {
    name: 'a region named only in the dateline (本报某地讯)',
    text: '本报铜鼓讯（记者 张华）2025年2月10日，我县召开经济工作会议。会议提出，今年全县地区生产总值增长6.5%左右。',
    targets: ['~ 6.5% 2025'],
    actuals: [],
    region: '铜鼓县',
  },
  {
    name: 'a news item about several regions: the province that reports them',
    text: '江西省发布前三季度经济数据\n2024年10月22日，江西省统计局发布数据，前三季度全省地区生产总值增长5.2%。其中，南昌市增长5.1%，赣州市增长5.5%。',
    targets: [],
    actuals: ['5.2% 2024', '5.1% 2024', '5.5% 2024'],
    region: '江西省',
  },
];

function expectReading(shape: Shape): void {
  const got = read(shape.text);
  expect([...got.targets].sort()).toEqual([...shape.targets].sort());
  expect([...got.actuals].sort()).toEqual([...shape.actuals].sort());
  if (shape.region) expect(got.region).toBe(shape.region);
}

describe('news, interviews and speeches: targets, results and neither (catalogue)', () => {
  it.each(NEWS_SHAPES.filter((s) => !s.left).map((s) => [s.name, s] as const))('%s', (_name, shape) => expectReading(shape));
  it.fails.each(NEWS_SHAPES.filter((s) => s.left).map((s) => [s.name, s] as const))('left: %s', (_name, shape) => expectReading(shape));
});
