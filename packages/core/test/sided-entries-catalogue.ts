/**
 * Round 21's catalogue of sided entries (see reader-sided-entries-catalogue.test.ts): data only, so a script can read it too.
 */
export interface Shape {
  shape: string;
  text: string;
  entries: readonly string[];
}

const lines = (...l: string[]) => l.join('\n');

export const CATALOGUE: readonly Shape[] = [
  {
    shape: 'a goal continued by 其中 and a quarter, then 分别 per sector',
    text: '2024年，某县地区生产总值增长目标为6%，其中一季度为6.5%左右，一二三产增加值分别增长4%、8%、6%左右。',
    entries: ['T 6 = 2024', 'T 6.5 ~ 2024', 'T 4 ~ 2024', 'T 8 ~ 2024', 'T 6 ~ 2024'],
  },
  {
    shape: 'a goal continued by 其中 and a half year',
    text: '今年全市规上工业增加值预期增长8%，其中上半年增长7.5%以上。',
    entries: ['T 8 = null', 'T 7.5 >= null'],
  },
  {
    shape: 'the same 其中 / 分别 sentence of a year passed stays results (must not fire)',
    text: '2023年，某县地区生产总值增长5.8%，其中一季度增长6.1%，一二三产增加值分别增长3.2%、7.1%、5%。',
    entries: ['A 5.8 2023', 'A 6.1 2023', 'A 3.2 2023', 'A 7.1 2023', 'A 5 2023'],
  },
  {
    shape: '预计…全年…有望突破 and 近三年每年增长超过 after a year’s results, in news of a plan: estimates',
    text: lines(
      '某县工业转型升级三年方案（2023-2025年）印发。方案指出，到2025年全县规上工业总产值达到900亿元以上。',
      '某县工业运行稳中有进。2022年规上工业完成产值510亿元，预计2023年全年工业产值有望突破600亿元，近三年每年增长超过80亿元。',
    ),
    entries: ['T 900 >= 2025', 'A 510 2022', 'A 600 2023~', 'A 80 2023~'],
  },
  {
    shape: '预计 in a plan’s own forward-looking sentence stays a target (must not fire)',
    text: lines('某县2023年工作要点', '全年规上工业总产值达到600亿元，预计比上年增长15%。'),
    entries: ['T 600 >= 2023', 'T 15 = 2023'],
  },
  {
    shape: '预计到 a deadline opens a paragraph: targets of that year, its next sentence too',
    text: lines(
      '某县工业转型三年行动方案（2023-2025年）印发。',
      '预计到2027年，全县数字经济核心产业增加值占比达10%以上。绿色发展水平明显提升，工业固废综合利用率稳定在70%以上。',
    ),
    entries: ['T 10 >= 2027', 'T 70 >= 2027'],
  },
  {
    shape: 'a later deadline inside a paragraph dates its own sentence only (must not fire)',
    text: lines(
      '某县工业转型三年行动方案（2023-2025年）印发。',
      '全县规上工业总产值达到800亿元以上。力争到2027年，数字经济核心产业增加值占比达10%以上。工业固废综合利用率稳定在70%以上。',
    ),
    entries: ['T 800 >= 2025', 'T 10 >= 2027', 'T 70 >= 2025'],
  },
  {
    shape: 'a ratio pair of a planned change: the from-pair is now, the to-pair the target',
    text: lines('某县2024年工作要点', '到2026年，全县轻重工业比由4.1:95.9调整到6:94。'),
    entries: ['A 4.1 2024', 'A 95.9 2024', 'T 6 = 2026', 'T 94 = 2026'],
  },
  {
    shape: 'a ratio pair of a dated start: the start is that year’s',
    text: '到2027年，全市三次产业结构由2022年的9.1:40.2:50.7优化为8:40:52。',
    entries: ['A 9.1 2022', 'A 40.2 2022', 'A 50.7 2022', 'T 8 = 2027', 'T 40 = 2027', 'T 52 = 2027'],
  },
  {
    shape: 'a figure before its noun in a protection task (和 between two)',
    text: lines('某县2025年工作要点', '严格落实全县45.6万亩耕地保有量和38.2万亩永久基本农田保护任务，坚决遏制耕地“非农化”。'),
    entries: ['T 45.6 = 2025', 'T 38.2 = 2025'],
  },
  {
    shape: 'a figure before its noun in a protection goal (守住…红线)',
    text: lines('某市2024年政府工作报告', '今年，坚决守住全市120万亩耕地保护红线，确保粮食播种面积稳定在90万亩。'),
    entries: ['T 120 = 2024', 'T 90 ~ 2024'],
  },
  {
    shape: 'land named after its size in a review: the year’s quota, a target of the year reviewed',
    text: lines('某区2025年政府工作报告', '过去一年，全区完成地区生产总值300亿元、增长6%。守牢55.1万亩耕地红线。'),
    entries: ['A 300 2024', 'A 6 2024', 'T 55.1 = 2024'],
  },
  {
    shape: 'land a figure sizes without a quota noun is no entry (must not fire)',
    text: lines('某县2025年工作要点', '对全县45.6万亩耕地开展土壤普查，在3万亩耕地上推广测土配方施肥。'),
    entries: [],
  },
  {
    shape: 'a new year’s news of the last year’s results: 全年实现 … 左右',
    text: lines(
      '2026-01-25 来源：某市日报',
      '刚刚过去的2025年，某市经济稳中向好。',
      '从市场消费来看，全年实现社会消费品零售总额1200亿元、增长4.8%左右，外贸进出口总额300亿元、增长6%。',
    ),
    entries: ['A 1200 2025', 'A 4.8 2025', 'A 300 2025', 'A 6 2025'],
  },
  {
    shape: 'a new year’s news of the last year’s results: 策划储备 projects for the coming plan',
    text: lines(
      '2026-01-25 来源：某市日报',
      '刚刚过去的2025年，某市经济稳中向好，全年地区生产总值增长5.3%。',
      '面向“十五五”，某市策划储备重大项目1500个、总投资8000亿元。',
    ),
    entries: ['A 5.3 2025', 'A 1500 2025', 'A 8000 2025'],
  },
];
