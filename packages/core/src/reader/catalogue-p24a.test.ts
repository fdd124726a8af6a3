/**
 * Shape catalogue (round 24, p24a): a year's own programme and the quotas handed down for it, which a report or a
 * review quotes beside its results — the programme of the year under way (实施重点项目N项，总投资…，计划完成投资…) and a
 * quota a higher level set (下达…任务…N) are targets of that year; what was done stays a result. Must-not-fire: a
 * closed year's programme reported done, 完成投资 figures, 任务 as the yardstick of a share. Invented passages only.
 */
import { describe, expect, it } from 'vitest';
import { readValuesInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T cmp value unit year` or `A value unit year`, in text order. */
const read = readValuesInOrder;

const NEWS = '发布时间：2025-03-20\n';
const REVIEW = '青禾县2024年农业农村工作总结\n';

const CATALOGUE: [string, string, string[]][] = [
  [
    '1a the year under way: 实施重点项目N项，总投资，计划完成投资',
    `${NEWS}2025年，某省实施省级重点项目260项，总投资1.8万亿元，计划完成投资2100亿元以上。`,
    ['T = 260项 2025', 'T = 1.8万亿元 2025', 'T >= 2100亿元 2025'],
  ],
  [
    '1b a field of the programme, with 总投资超',
    `${NEWS}2025年，某省重点项目分三类推进。先进制造业项目120项，总投资超6000亿元，计划完成投资800亿元。`,
    ['T = 120项 2025', 'T > 6000亿元 2025', 'T = 800亿元 2025'],
  ],
  [
    '2a a quota handed down, two measures',
    `${REVIEW}粮食方面：市下达我县全年粮食生产任务面积96万亩、产量8.2亿斤。实际完成粮食播种面积96.3万亩。`,
    ['T = 96万亩 2024', 'T = 8.2亿斤 2024', 'A 96.3万亩 2024'],
  ],
  [
    '2b a quota handed down with its progress after it',
    `${REVIEW}县下达新建高标准农田建设任务2600亩，已完成2650亩，完成率101.9%。`,
    ['T = 2600亩 2024', 'A 2650亩 2024', 'A 101.9% 2024'],
  ],
  [
    '2c 下达任务是 a list of measures',
    `${REVIEW}2024年省市下达肉牛增养任务是肉牛存栏8.6万头，全年肉牛出栏3.1万头。预计年底肉牛存栏8.9万头。`,
    ['T = 8.6万头 2024', 'T = 3.1万头 2024', 'A 8.9万头 2024'],
  ],
  // Must-not-fire.
  [
    'n1 a closed year reported done: 完成投资',
    `${REVIEW}2024年，全县实施重点项目86项，完成投资126亿元，占年计划的105%。`,
    ['A 86项 2024', 'A 126亿元 2024', 'A 105% 2024'],
  ],
  ['n2 任务 as the yardstick of a share', `${REVIEW}全年粮食播种面积96.3万亩，完成市下达任务的100.3%。`, ['A 96.3万亩 2024', 'A 100.3% 2024']],
  ['n3 a completion rate of the quota handed down', `${REVIEW}全年新建高标准农田2650亩，省下达任务完成率101.9%。`, ['A 2650亩 2024', 'A 101.9% 2024']],
];

describe('catalogue p24a: a year’s own programme and quotas handed down', () => {
  for (const [name, text, expected] of CATALOGUE) {
    it(name, () => {
      expect(read(text)).toEqual(expected);
    });
  }
});
