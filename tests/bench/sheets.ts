/** The generated sheets of the benchmarks (bench:check, bench:addin) and of the large-sheet e2e test, in the voice of seed 004's tables. */
import type { Plan } from '@mubiao/core';
import type { SheetSpec, WritableValue } from '@mubiao/xlsx';

const COUNTIES = ['金安区', '裕安区', '叶集区', '霍邱县', '舒城县', '金寨县', '霍山县', '市开发区'];
const LEADS = ['区经信局', '区发改委', '区科技局', '区统计局', '区商务局', '区财政局', '区市场监管局', '区人社局', '区数据资源局', '区投资促进中心'];
const PARTNERS = ['各乡镇、金安经济开发区', '各乡镇', '区发改委、区财政局', '金安经济开发区', '区统计局、各乡镇', '区科技局、区经信局'];

/**
 * 内容和要求 sentences in the voice of seed 004's table, stating targets of luan-2023's metrics.
 * `v` is the row's unit (a town or department, 199 of them): each states its own numbers, so a
 * big sheet repeats a phrase per unit as real roll-ups do, but not one text for every row
 * (which would let the grammar cache flatter the figures). A 1k sheet has ~1,000 distinct texts.
 */
const TASK_TEXTS = [
  (v: number) => `全年力争规上工业增加值同比增长${8 + (v % 9) / 2}%以上，工业投资同比增长${15 + (v % 11)}%以上，技改投资增长${12 + ((v * 7) % 14)}%以上。`,
  (v: number) => `力争新增规上工业企业${10 + ((v * 3) % 40)}家以上，全区规上工业企业总数达${120 + v}家。`,
  (v: number) => `引导规上工业企业开展新一轮技术改造，力争实施技改项目${20 + ((v * 5) % 60)}个以上，亿元以上技改项目${2 + (v % 12)}个。`,
  (v: number) => `培育省级专精特新企业${1 + (v % 8)}户，争创国家级专精特新“小巨人”企业${1 + (v % 3)}户。`,
  (v: number) => `持续优化营商环境，落实“最多跑一次”制度，${v % 2 ? '完善' : '健全'}“企业宁静日”制度，全年走访企业${50 + v}家次。`,
];
const UNITS_PER_SHEET = 199; // prime, so unit and template vary independently

/** Shape (a): a free-text task table, targets inside 内容和要求. */
export function tasksSheet(rows: number): SheetSpec {
  const out: WritableValue[][] = [['《金安区2023年度工业发展要点》重点任务分解表'], ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位']];
  for (let i = 0; i < rows; i++) {
    const unit = i % UNITS_PER_SHEET;
    out.push([i + 1, `重点任务${i + 1}`, TASK_TEXTS[i % TASK_TEXTS.length]!(unit), LEADS[(i + unit) % LEADS.length]!, PARTNERS[unit % PARTNERS.length]!]);
  }
  return { name: '重点任务分解表', rows: out, merges: ['A1:E1'] };
}

type Indicator = [name: string, unit: string, target: (i: number) => number, actual: (i: number) => number];

const INDICATORS: Indicator[] = [
  ['规上工业增加值增速', '%', (i) => 11 + (i % 3), (i) => 8 + (i % 37) / 10],
  ['技改投资增速', '%', (i) => 20 + (i % 4), (i) => 15 + (i % 91) / 10],
  ['新增规上工业企业', '户', (i) => 15 + (i % 10), (i) => 9 + (i % 12)],
  ['实施技改项目', '个', (i) => 40 + (i % 20), (i) => 25 + (i % 30)],
];

/**
 * The same indicators and targets with every result on schedule at 2023-09-30 (rates above
 * target, amounts past three quarters of it): a well-kept progress sheet, where the checks find nothing.
 */
const ON_TRACK_ACTUALS: ((i: number) => number)[] = [(i) => 13 + (i % 37) / 10, (i) => 24 + (i % 91) / 10, (i) => 19 + (i % 12), (i) => 45 + (i % 30)];
const ON_TRACK: Indicator[] = INDICATORS.map(([name, unit, target], k) => [name, unit, target, ON_TRACK_ACTUALS[k]!]);

/**
 * Shape (b): a structured indicator table, one row per county and indicator, target and actual
 * numbers. Half or more of its rows are behind schedule, the densest findings a sheet would have.
 */
export function indicatorSheet(rows: number, indicators: Indicator[] = INDICATORS): SheetSpec {
  const out: WritableValue[][] = [['六安市2023年工业经济主要指标完成情况'], ['序号', '县区', '指标', '单位', '年度目标', '1-9月完成', '牵头单位']];
  for (let i = 0; i < rows; i++) {
    const [name, unit, target, actual] = indicators[i % indicators.length]!;
    out.push([i + 1, COUNTIES[Math.floor(i / indicators.length) % COUNTIES.length]!, name, unit, target(i), actual(i), '市经信局']);
  }
  return { name: '指标完成情况', rows: out, merges: ['A1:G1'] };
}

/** Shape (b) with every result on schedule: what the engine costs when the checks find nothing. */
export function onTrackIndicatorSheet(rows: number): SheetSpec {
  return indicatorSheet(rows, ON_TRACK);
}

/**
 * bench:addin's sheet (and the task pane's end-to-end over-limit test): a 六安市-style indicator
 * progress table whose rows cycle through the plan's numeric targets, a third of them set below
 * the plan and every 完成值 at 70% of its target, so every row gets a finding.
 */
export function progressRows(plan: Plan, rows: number): (string | number)[][] {
  const targets = plan.targets.filter((t) => t.value !== null && t.comparator !== 'placeholder' && t.metric.length <= 16);
  const out: (string | number)[][] = [
    [`${plan.region}${plan.year}年主要指标进度表`, '', '', '', '', ''],
    ['序号', '指标', '单位', '目标值', '完成值', '牵头单位'],
  ];
  for (let i = 0; i < rows; i++) {
    const t = targets[i % targets.length]!;
    const short = i % 3 === 0;
    const target = short ? Math.max(0, t.value! - 1) : t.value!;
    out.push([i + 1, t.metric, t.unit, target, Math.round(target * 0.7 * 100) / 100, t.leads[0] ?? '市经信局']);
  }
  return out;
}
