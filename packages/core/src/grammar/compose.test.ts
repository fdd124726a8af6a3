import { describe, expect, it } from 'vitest';
import { isQualifierOnly, replaceQualifier, splitMetrics, stripLifecycle } from './compose.ts';

describe('metric composition helpers', () => {
  it('recognises a bare size bound', () => {
    expect(isQualifierOnly('5亿元以上')).toBe(true);
    expect(isQualifierOnly('亿元以上')).toBe(true);
    expect(isQualifierOnly('五千万元')).toBe(true);
    expect(isQualifierOnly('5亿元以上项目')).toBe(false);
  });

  it('replaces the size bound of the previous metric', () => {
    expect(replaceQualifier('新签约亿元以上工业项目', '5亿元以上')).toBe('新签约5亿元以上工业项目');
    expect(replaceQualifier('工业项目', '5亿元以上')).toBe('5亿元以上工业项目');
  });

  it('finds what a project stage counts', () => {
    expect(stripLifecycle('落地开工5亿元以上工业项目')).toBe('5亿元以上工业项目');
    expect(stripLifecycle('5000万元以上重点工业项目落地开工')).toBe('5000万元以上重点工业项目');
    expect(stripLifecycle('技改项目')).toBe('技改项目');
  });

  it('splits a list with offsets and shares a measure head', () => {
    const text = '光伏、 锂电池营收';
    const parts = splitMetrics(text, 0, text.length);
    expect(parts.map((p) => [p.metric, p.start])).toEqual([
      ['光伏营收', 0],
      ['锂电池营收', 4],
    ]);
    expect(splitMetrics('工业投资、技改投资', 0, 9).map((p) => p.metric)).toEqual(['工业投资', '技改投资']);
  });
});
