/**
 * A sum of work done told as a total (共完成, 共计完成, 合计完成): what a season or a campaign has brought, a result even after
 * 今年 or a span ending in the year under way. Must not fire: a total under 计划, 力争, 将, 确保 or 目标 in its clause.
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, reportsOnly = false) =>
  readStatements(text, { year: 2025, ...(reportsOnly ? { reportsOnly } : {}) }).map((s) =>
    s.role === 'actual' ? `actual ${s.value}${s.unit}` : `target ${s.comparator} ${s.value}${s.unit}`,
  );

describe('共完成, 共计完成: a total of work done is a result', () => {
  it.each([
    ['今年春季，全县共完成人工造林1.6万亩。', ['actual 1.6万亩']],
    ['2024年至2025年，全区共计完成老旧管网改造85公里，其中城东片区30公里。', ['actual 85公里', 'actual 30公里']],
    ['今年以来各乡镇合计完成植树造林3200亩。', ['actual 3200亩']],
  ])('%s', (text, want) => {
    expect(read(text, true)).toEqual(want);
  });
  // In a passage that plans, only a span of years closed by the text's year sums work done (as OBTAINED_IN_ALL's 共争取).
  it('a closed span summed in a plan: 2023年至2024年，…共计完成', () => {
    expect(read('2023年至2024年，全区共计完成老旧管网改造85公里。')).toEqual(['actual 85公里']);
  });

  it.each([
    ['今年计划共完成人工造林2万亩。', ['target = 2万亩']],
    ['力争全年共完成老旧管网改造60公里。', ['target = 60公里']],
    ['全年将共完成农村公路建设120公里。', ['target = 120公里']],
    ['今年目标任务是共计完成植树造林5000亩。', ['target = 5000亩']],
    // review25a, finding 2: 共 only totals — in a plan's aims, or before a deadline, the total is aimed at.
    ['二、主要目标\n全年共完成人工造林5万亩，森林抚育8万亩。', ['target = 5万亩', 'target = 8万亩']],
    ['今年全县共完成高标准农田建设2万亩，新建机耕路50公里。', ['target = 2万亩', 'target = 50公里']],
    ['到2027年，全县共完成老旧小区改造300个。', ['target = 300个']],
    ['全年共计完成人工造林5万亩，年底前合计完成森林抚育8万亩。', ['target = 5万亩', 'target = 8万亩']],
  ])('must not fire: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
