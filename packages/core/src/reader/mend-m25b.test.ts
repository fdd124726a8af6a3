/**
 * Must-not-fire cases for r25p's programme, need, quota and base-year rules (review25a findings 3, 5, 6, 7, 8): invented
 * passages, each read in full — metric, comparator, value, unit, role and year of every entry, in text order. (The metric
 * is the text the reader takes as the entry's name today, rough as some are — 率, 已: pinned so a change to them shows.)
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model.ts';
import { extractPlan } from './extract.ts';

/** Every entry as `T metric comparator value unit year` (a target) or `A metric value unit year` (a result), in text order. */
function entries(plan: Plan): string[] {
  return [
    ...plan.targets.map((t) => ({ at: t.span[0], s: `T ${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}` })),
    ...plan.actuals.map((a) => ({ at: a.span[0], s: `A ${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}` })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((e) => e.s);
}

const NEWS = '青禾县新闻\n2024-07-15 09:30\n';
const REVIEW = '青禾县2023年工作总结\n2024-01-15\n';
const PLAN = '青禾县“十四五”旅游发展规划\n2021-06-01\n';

type Case = [name: string, text: string, want: string[]];

const CASES: Case[] = [
  // (3) a programme part's plan cue ends at its planned figure's clause: the progress after it is a result
  [
    '3a part after ；, its progress after the planned figure',
    NEWS + '1-6月，全市重点项目完成投资200亿元；新开工项目45个，年度计划投资120亿元，完成投资60亿元，完成率50%。',
    ['A 投资 200亿元 2024', 'T 新开工项目 = 45个 2024', 'T 年度计划投资 = 120亿元 2024', 'A 投资 60亿元 2024', 'A 率 50% 2024'],
  ],
  [
    '3b part after 其中， in a review of the year',
    REVIEW + '2023年，全市重点项目完成投资480亿元，其中，产业项目86个，年度计划投资260亿元，完成投资290亿元。',
    ['A 投资 480亿元 2023', 'T 产业项目 = 86个 2023', 'T 年度计划投资 = 260亿元 2023', 'A 投资 290亿元 2023'],
  ],
  [
    '3c whole sentence: the programme then its progress',
    '青禾州重点项目进展\n2019-05-10 09:30\n2019年，全州实施重点项目76个，总投资2355亿元，年度计划投资196亿元，完成投资80亿元。',
    ['T 重点项目 = 76个 2019', 'T 重点项目总投资 = 2355亿元 2019', 'T 年度计划投资 = 196亿元 2019', 'A 投资 80亿元 2019'],
  ],
  // (5) a programme's second count is aimed at only under a goal of its own clause, with no progress word before it
  [
    '5a a purpose clause 为确保全年目标 before the programme',
    NEWS + '上半年，全县重点项目完成投资60亿元，为确保全年目标，全市重点项目80个，开工65个。',
    ['A 投资 60亿元 2024', 'T 重点项目 = 80个 2024', 'A 开工重点项目 65个 2024'],
  ],
  ['5b 截至 before the second count', NEWS + '力争实施重点项目50个，截至6月底开工42个。', ['T 重点项目 = 50个 2024', 'A 截至6月底开工 42个 2024']],
  [
    '5c the goal in the programme’s clause still aims (目标任务为)',
    NEWS + '目标任务为全市交通项目60个，完工25个。',
    ['T 任务为全市交通项目 = 60个 2024', 'T 完工 = 25个 2024'],
  ],
  [
    '5d a goal named in a clause before, 要 only inside 主要',
    NEWS + '围绕全年目标，全市主要项目80个，开工65个。',
    ['T 主要项目 = 80个 2024', 'A 开工主要项目 65个 2024'],
  ],
  [
    '5e 将 in the programme’s clause aims its second count too (AIM_BEFORE)',
    NEWS + '今年将实施重点项目50个，开工30个。',
    ['T 重点项目 = 50个 2024', 'T 开工重点项目 = 30个 2024'],
  ],
  // (6) a need that is a rate, a capacity or what a reform leaves is no aim
  [
    '6a 只需 after a reform',
    '青禾市营商环境新闻\n2024-07-15 09:30\n改革后，企业开办全流程只需1个工作日，群众办事平均只需跑1次。',
    ['A 群众办事平均只需跑 1次 null'],
  ],
  ['6b 建成后每年需: a capacity', '青禾市农业新闻\n2024-04-15 09:30\n据测算，该项目建成后每年需原料20万吨。', ['A 该项目建成后每年需原料 20万吨 null']],
  [
    '6c a need of the year beside its preparation stays the aim',
    NEWS + '今年全县备春耕需种子1200吨、化肥3.5万吨，已到位种子900吨。',
    ['T 备春耕需种子 = 1200吨 2024', 'T 化肥 = 3.5万吨 2024', 'A 已到位种子 900吨 2024'],
  ],
  // (7) a second quota after ；: not what is left, nor last year's
  [
    '7a 剩余任务 after ； is no quota handed down',
    NEWS + '今年市下达我县新建高标准农田任务3400亩，已完成3410亩；剩余任务1800亩正加紧推进。',
    ['T 高标准农田任务 = 3400亩 2024', 'A 已 3410亩 2024'],
  ],
  [
    '7b 去年任务 after ；, reported done',
    NEWS + '今年市下达我县新建高标准农田任务3400亩，已完成3410亩；去年任务2000亩，已全部完成。',
    ['T 高标准农田任务 = 3400亩 2024', 'A 已 3410亩 2024', 'A 任务 2000亩 2023'],
  ],
  [
    '7c a quota of its own after ； is still handed down',
    NEWS + '今年市下达我县新建高标准农田任务3400亩，已完成3410亩；改造任务1800亩，已完成900亩。',
    ['T 高标准农田任务 = 3400亩 2024', 'A 已 3410亩 2024', 'T 改造任务 = 1800亩 2024', 'A 已 900亩 2024'],
  ],
  // (8) a base named by 以…为基 with the year's or the period's end
  ['8a 以2020年末为基数', PLAN + '到2025年，以2020年末为基数，全市接待游客人次增长1倍。', ['T 接待游客人次 = 1倍 2025']],
  ['8b 以“十三五”末为基期', PLAN + '到2025年，以“十三五”末为基期，全市接待游客人次增长1倍。', ['T 接待游客人次 = 1倍 2025']],
  ['8c a review’s base year leaves its results dated', REVIEW + '以2020年为基数，2023年全市单位GDP能耗下降12%。', ['A 单位GDP能耗 12% 2023']],
];

describe('m25b: programme, need, quota and base-year cues bounded to what they govern', () => {
  for (const [name, text, want] of CASES) {
    it(name, () => {
      expect(entries(extractPlan(text))).toEqual(want);
    });
  }
});
