/**
 * 7亿多吨, 5万余亩: a 万 or 亿 before 多/余 starts the size unit after it (亿吨, 万亩), as in 7亿吨; a count's 万 still goes
 * into its value (1万多人 → 10000 人). Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('万/亿 before 多 stays in a size unit', () => {
  it.each([
    ['去年全矿区累计产出原煤4亿多吨、焦炭1亿多吨。', ['actual 全矿区累计产出原煤 = 4亿吨', 'actual 焦炭 = 1亿吨']],
    ['今年完成植树造林2万余亩。', ['target 植树造林 > 2万亩']],
    ['力争招引到位资金8亿多元。', ['target 招引到位资金 > 8亿元']],
    ['去年全市发电量达到30亿多千瓦时。', ['actual 发电量 = 30亿千瓦时']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // a count's 万 goes into its value, before or after 多
    ['去年全县转移农村劳动力1万多人。', ['actual 转移农村劳动力 = 10000人']],
    ['去年帮扶困难群众300多万户。', ['actual 帮扶困难群众 = 3000000户']],
    // 多 with no multiplier, and a multiplier with no 多
    ['今年新建道路20多公里。', ['target 道路 > 20公里']],
    ['今年粮食产量稳定在5万吨以上。', ['target 粮食产量 >= 5万吨']],
    // 万多 before no unit: no figure
    ['全县万多群众参加了活动。', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
