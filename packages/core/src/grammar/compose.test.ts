import { describe, expect, it } from 'vitest';
import { isQualifierOnly, replaceQualifier, splitMetrics, stripLifecycle } from './compose.ts';
import { readStatements } from './statements.ts';

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

describe('城乡 with 分别 or 均', () => {
  it('names the urban and the rural figure, urban first', () => {
    const metrics = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.value}`);
    expect(metrics('城乡居民人均可支配收入分别增长6%、7%。')).toEqual(['城镇居民人均可支配收入 6', '农村居民人均可支配收入 7']);
    expect(metrics('城乡居民人均可支配收入均增长6.5%左右。')).toEqual(['城镇居民人均可支配收入 6.5', '农村居民人均可支配收入 6.5']);
    // One figure without 分别/均 stays as written: the text does not say it is each side's.
    expect(metrics('城乡居民人均可支配收入增长6%。')).toEqual(['城乡居民人均可支配收入 6']);
  });
});

describe('两 items joined by 和 with 分别, 均 or 双双', () => {
  const metrics = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.value}`);
  it('gives each item its figure, sharing the measure written on the last', () => {
    expect(metrics('力争新能源和高端不锈钢产业规模双双突破2000亿元。')).toEqual(['新能源产业规模 2000', '高端不锈钢产业规模 2000']);
    expect(metrics('财政总收入和一般公共预算收入分别达到1073.6亿元和638.7亿元。')).toEqual(['财政总收入 1073.6', '一般公共预算收入 638.7']);
  });

  it('keeps 与 inside the items of a 、 list, and a name with 与 and no distribution whole', () => {
    expect(metrics('大数据与新一代信息技术、智能制造与高端装备两大集群规模双双达到7000亿元。')).toHaveLength(2);
    expect(metrics('研究与试验发展经费投入强度达到2.5%。')).toEqual(['研究与试验发展经费投入强度 2.5']);
  });
});

describe('sectors named by number in a list (第一、二、三产业, 一、二、三产)', () => {
  const metrics = (text: string) => splitMetrics(text, 0, text.length, true).map((p) => p.metric);
  it.each([
    ['第一、二、三产业增加值', ['第一产业增加值', '第二产业增加值', '第三产业增加值']],
    ['一、二、三产', ['第一产业增加值', '第二产业增加值', '第三产业增加值']],
    ['二、三产业投资', ['第二产业投资', '第三产业投资']],
    ['一、二、三产业增加值占全县生产总值比重', ['第一产业增加值占全县生产总值比重', '第二产业增加值占全县生产总值比重', '第三产业增加值占全县生产总值比重']],
  ])('%s', (text, want) => {
    expect(metrics(text)).toEqual(want);
  });

  it.each([
    // numbered things that are no sectors: project phases, road grades, batches, plain lists
    ['一、二、三期项目投资'],
    ['一、二级公路'],
    ['第一、二批示范村'],
    ['一产、旅游收入'],
    ['三产、工业增加值'],
  ])('leaves %s as it was (must not fire)', (text) => {
    expect(metrics(text).some((m) => m.includes('产业增加值'))).toBe(false);
  });

  it('reads the sectors of a review sentence each with its own figure', () => {
    const read = readStatements('去年一、二、三产分别增长3.1%、4.2%、6.3%。', { year: 2025 }).map((s) => `${s.metric} ${s.value}`);
    expect(read).toEqual(['第一产业增加值 3.1', '第二产业增加值 4.2', '第三产业增加值 6.3']);
  });
});
