/**
 * ILLUSTRATIVE numbers for the 六安市 2023 progress sample sheet. The city targets are seed
 * 000's (2023年全市工业经济工作要点); every county target and every 1-9月 result below is an
 * invented sample, NOT official data. They were chosen to show, honestly, what a check finds:
 *
 * - 新增规上工业企业: the 全市 row carries the plan's 150 户, but the counties' targets add up
 *   to 140 户 → allocation-shortfall;
 * - 实施技改项目: the counties' targets add up to exactly the city's 400 个 → no finding;
 * - 1-9月 results (as of 2023-09-30, 75% of the year): 裕安区 and 舒城县 lag on new enterprises,
 *   裕安区 and 金寨县 on 技改 projects, and two counties' growth rates are below target
 *   → behind-schedule. Every county target for a growth rate is at or above the city's.
 */

export const PROGRESS_TITLE = '六安市 2023 年工业经济主要指标分解及 1-9 月完成情况（示例数据）';
export const PROGRESS_NOTE =
  '说明：本表县区目标值和 1-9 月完成值均为演示用的虚构示例数据（ILLUSTRATIVE sample numbers, not official data），并非官方统计，仅用于展示 Mubiao 的分配不足（allocation-shortfall）和进度滞后（behind-schedule）检查。全市目标取自《2023年全市工业经济工作要点》（征求意见稿）。';

export const COUNTIES = ['金安区', '裕安区', '叶集区', '霍邱县', '舒城县', '金寨县', '霍山县', '市开发区'] as const;
type County = (typeof COUNTIES)[number];

export interface ProgressMetric {
  /** The indicator as the sheet names it (the plan's wording). */
  name: string;
  unit: string;
  kind: 'growth' | 'increment' | 'count';
  /** The city target as the plan writes it, for the README and tests. */
  cityTarget: string;
  /** The plan's number, written in the 全市 row's 年度目标 cell. */
  cityValue: number;
  /** [年度目标, 1-9月完成] per county. */
  byCounty: Record<County, [number, number]>;
}

export const PROGRESS_METRICS: ProgressMetric[] = [
  {
    name: '规上工业增加值增速',
    unit: '%',
    kind: 'growth',
    cityTarget: '同比增长11%',
    cityValue: 11,
    byCounty: {
      金安区: [12, 12.3],
      裕安区: [11.5, 9.8],
      叶集区: [12, 12.6],
      霍邱县: [11, 11.2],
      舒城县: [11, 10.1],
      金寨县: [11, 11.4],
      霍山县: [11.5, 11.8],
      市开发区: [13, 13.5],
    },
  },
  {
    name: '技改投资增速',
    unit: '%',
    kind: 'growth',
    cityTarget: '同比增长20%以上',
    cityValue: 20,
    byCounty: {
      金安区: [20, 22.5],
      裕安区: [20, 21.3],
      叶集区: [22, 23.1],
      霍邱县: [20, 20.4],
      舒城县: [20, 24.6],
      金寨县: [20, 20.9],
      霍山县: [21, 21.7],
      市开发区: [25, 26.2],
    },
  },
  {
    name: '新增规上工业企业',
    unit: '户',
    kind: 'increment',
    cityTarget: '新增规上工业企业150户以上',
    cityValue: 150,
    byCounty: {
      金安区: [25, 20],
      裕安区: [22, 12],
      叶集区: [12, 10],
      霍邱县: [20, 16],
      舒城县: [20, 13],
      金寨县: [15, 12],
      霍山县: [16, 13],
      市开发区: [10, 8],
    },
  },
  {
    name: '实施技改项目',
    unit: '个',
    kind: 'count',
    cityTarget: '实施技改项目400个',
    cityValue: 400,
    byCounty: {
      金安区: [60, 48],
      裕安区: [60, 41],
      叶集区: [35, 30],
      霍邱县: [55, 44],
      舒城县: [55, 42],
      金寨县: [40, 25],
      霍山县: [45, 36],
      市开发区: [50, 40],
    },
  },
];

/** 全市 1-9月 results for growth rates (rates are not summed), illustrative. */
export const CITY_RESULTS: Record<string, number> = {
  规上工业增加值增速: 11.4,
  技改投资增速: 22.2,
};
