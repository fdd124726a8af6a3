/**
 * Counts governed by verbs of planning and laying out (规划, 策划包装, 布局, 建好, 汇编, 督促) and by 启动 alone: things done in
 * the year, read as 推进 or 建成 reads them; and the same verbs where they only name a noun or a project's size. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2025) => readStatements(text, { year }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('a verb of planning right before a count governs it', () => {
  it('规划, 策划包装, 布局, 建好, 汇编 count the things planned', () => {
    expect(read('今年全区规划12个特色产业园，策划包装80个招商项目。')).toEqual(['target 特色产业园 count = 12个', 'target 招商项目 count = 80个']);
    expect(read('到2027年，布局2—3个分布式储能项目。')).toEqual(['target 分布式储能项目 count range 2个']);
    expect(read('今年建好6个乡镇综合文化站，汇编150个招商引资项目。')).toEqual(['target 乡镇综合文化站 count = 6个', 'target 招商引资项目 count = 150个']);
  });

  it('启动 alone counts the projects it starts', () => {
    expect(read('年内启动14个老旧小区改造项目。')).toEqual(['target 老旧小区改造项目 count = 14个']);
  });
});

describe('where the same verbs only name a noun or size a project, no count is read', () => {
  it('规划面积, 规划用地, 布局优化 keep the verb in the measure', () => {
    expect(read('到2030年，园区规划面积达到45平方公里。')).toEqual(['target 园区规划面积 level >= 45平方公里']);
    expect(read('到2030年，园区规划用地2000亩。')).toEqual(['target 园区规划用地 level = 2000亩']);
  });

  it('a capacity after 启动 is a project’s size; words after the count that are no noun of it give nothing', () => {
    expect(read('启动某热电厂6万千瓦光伏电站项目建设。')).toEqual([]);
    expect(read('启动资金500万元由财政安排。')).toEqual([]);
    expect(read('布局合理的网点覆盖全县。')).toEqual([]);
    expect(read('策划主题活动，丰富群众生活。')).toEqual([]);
    expect(read('要督促企业落实安全生产主体责任。')).toEqual([]);
  });
});

describe('基本 before a verb of building is an adverb of manner', () => {
  it('基本建成 counts as 建成 does; 基本建成区 and other phrases stay out', () => {
    expect(read('到2026年，基本建成6个县级物流配送中心。')).toEqual(['target 县级物流配送中心 count = 6个']);
    expect(read('基本建成区面积扩大到30平方公里以上的城市。')).not.toContainEqual(expect.stringContaining('count'));
    expect(read('基本公共服务覆盖5个乡镇。')).toEqual([]);
  });
});
