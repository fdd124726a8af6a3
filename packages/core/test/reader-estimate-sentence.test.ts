/**
 * 预计全县地区生产总值增长5.5%。新兴产业增长18%。: an estimate word inside a sentence of figures governs that
 * sentence only; a lead-in set off by its comma (初步预计，…) or a figureless sentence under one still governs
 * its paragraph (corpus Decisions 3; invented texts).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const actuals = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.estimate ? ' est' : ''}`);

const report = (review: string) =>
  ['2024年1月10日，县十八届人大四次会议开幕，县长向大会作政府工作报告。', review, '今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。'].join('\n');

describe('an estimate word governs its own sentence', () => {
  it('leaves the next sentence of the paragraph unestimated', () => {
    const got = actuals(report('一年来，预计全县地区生产总值增长5.5%，总量突破300亿元。新兴产业产值增长18%以上。'));
    expect(got).toContain('地区生产总值 5.5 est');
    expect(got).toContain('新兴产业产值 18');
    expect(got).not.toContain('新兴产业产值 18 est');
  });

  it('leaves a later sentence with no cue of its own unestimated after 预计全年', () => {
    const got = actuals(report('过去一年，预计全年完成固定资产投资120亿元。社会消费品零售总额86亿元，增长6%。'));
    expect(got).toContain('固定资产投资 120 est');
    expect(got.filter((a) => a.endsWith(' est'))).toHaveLength(1);
  });
});

describe('a lead-in still governs its paragraph', () => {
  it('keeps 初步预计， over the later sentences', () => {
    const got = actuals(report('一年来，初步预计，全县地区生产总值增长5.5%。新兴产业产值增长18%以上。'));
    expect(got).toContain('地区生产总值 5.5 est');
    expect(got).toContain('新兴产业产值 18 est');
  });

  it('keeps a figureless estimate sentence over the figures after it', () => {
    const got = actuals(report('一年来，预计全县主要经济指标好于全省平均水平。地区生产总值增长5.5%。'));
    expect(got).toContain('地区生产总值 5.5 est');
  });
});
