/**
 * Changes written from a base to a new figure (从2015年的A增加到B) and deadlines already passed:
 * the rules a reader of Chinese plans states, each checked on invented sentences (never corpus text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year: number) =>
  readStatements(text, { year }).map((s) => ({
    metric: s.metric,
    role: s.role,
    value: s.value,
    unit: s.unit,
    comparator: s.comparator,
    period: s.role === 'actual' ? s.period?.year : undefined,
    year: s.role === 'target' ? s.year : undefined,
    span: text.slice(...s.span),
  }));

describe('从X年的A增加到B: a change from a past year', () => {
  it("is a review of results when the sentence sets no target: A is X's result, B and its growth where the change arrived", () => {
    expect(read('全县粮食产量从2018年末的41.2万吨增加到2023年的45.6万吨，年均增长2.1%。', 2024)).toEqual([
      { metric: '粮食产量', role: 'actual', value: 41.2, unit: '万吨', comparator: '=', period: 2018, year: undefined, span: '粮食产量从2018年末的41.2万吨' },
      { metric: '粮食产量', role: 'actual', value: 45.6, unit: '万吨', comparator: '=', period: 2023, year: undefined, span: '增加到2023年的45.6万吨' },
      { metric: '粮食产量', role: 'actual', value: 2.1, unit: '%', comparator: '=', period: 2023, year: undefined, span: '年均增长2.1%' },
    ]);
  });

  it('由上年的A调整为B: a structure of last year and of the year reported, one share per sector', () => {
    const got = readStatements('三次产业结构由上年的10.3:45.2:44.5调整为10.4:44.1:45.5。', { year: 2024, reportsOnly: true });
    expect(got.map((s) => `${s.metric} ${s.kind} ${s.value} ${s.period?.year}`)).toEqual([
      '三次产业结构 share 10.3 2023',
      '三次产业结构 share 45.2 2023',
      '三次产业结构 share 44.5 2023',
      '三次产业结构 share 10.4 2024',
      '三次产业结构 share 44.1 2024',
      '三次产业结构 share 45.5 2024',
    ]);
    expect(
      readStatements('居民消费价格上涨1.3%，工业生产者出厂价格下跌2.1%。', { year: 2024, reportsOnly: true }).map((s) => `${s.metric} ${s.kind} ${s.decline}`),
    ).toEqual(['居民消费价格 growth false', '工业生产者出厂价格 growth true']);
  });

  it('skips a short aside between the base and the verb (人民币，下同)', () => {
    const got = read('外贸进出口总额从2019年的860亿元（人民币，下同）提高到1100亿元以上。', 2024);
    expect(got.map((s) => [s.role, s.value, s.period])).toEqual([
      ['actual', 860, 2019],
      ['actual', 1100, 2023],
    ]);
  });

  it('keeps B a target when the sentence plans (到2027年, 力争): only the base is a result', () => {
    expect(read('到2027年，力争城镇化率从2022年的55%提高到60%以上。', 2023)).toEqual([
      { metric: '城镇化率', role: 'actual', value: 55, unit: '%', comparator: '=', period: 2022, year: undefined, span: '城镇化率从2022年的55%' },
      { metric: '城镇化率', role: 'target', value: 60, unit: '%', comparator: '>=', period: undefined, year: 2027, span: '提高到60%以上' },
    ]);
  });

  it('leaves a base year that is the plan year or later alone (从2025年起 is no review)', () => {
    const got = read('力争研发投入从2025年的3%提高到3.5%。', 2025);
    expect(got.every((s) => s.role === 'target')).toBe(true);
  });
});

describe('由A、B分别提高到C、D: a change of two figures at once', () => {
  it('pairs each start figure with its own metric, as the end figures are', () => {
    const pairs = (text: string) => readStatements(text, { year: 2023, defaultRole: 'actual' }).map((s) => `${s.metric} ${s.value}`);
    const expected = ['城镇居民人均可支配收入 5.1', '农村居民人均可支配收入 2.6', '城镇居民人均可支配收入 6.3', '农村居民人均可支配收入 3.4'];
    expect(pairs('五年来，城乡居民人均可支配收入从5.1万元、2.6万元分别提高到6.3万元、3.4万元。')).toEqual(expected);
    expect(pairs('五年来，城乡居民人均可支配收入分别由5.1万元、2.6万元提高到6.3万元、3.4万元。')).toEqual(expected);
  });
});

describe('由上年的A调整为B: a change from last year', () => {
  const readResults = (text: string, year: number) =>
    readStatements(text, { year, defaultRole: 'actual', reportsOnly: true }).map((s) => [s.role, s.value, s.role === 'actual' ? s.period?.year : s.year]);

  it('dates A (every part of a ratio A) to the year before, and B to the year a text of results reports', () => {
    expect(readResults('全年三次产业结构由上年的9.1:40.2:50.7调整为8.8:39.9:51.3。', 2022)).toEqual([
      ['actual', 9.1, 2021],
      ['actual', 40.2, 2021],
      ['actual', 50.7, 2021],
      ['actual', 8.8, 2022],
      ['actual', 39.9, 2022],
      ['actual', 51.3, 2022],
    ]);
  });

  it('is no report of last year: the sentences after it keep the text’s year', () => {
    const got = readResults('城镇化率由去年的61.2%提高到62.5%。全体居民人均可支配收入31500元，比上年增长5.9%。', 2022);
    expect(got).toEqual([
      ['actual', 61.2, 2021],
      ['actual', 62.5, 2022],
      ['actual', 31500, 2022],
      ['actual', 5.9, 2022],
    ]);
  });

  it('leaves 由 before other words alone (由县发改局牵头)', () => {
    expect(readResults('全年完成投资12亿元，由县发改局牵头。', 2022)).toEqual([['actual', 12, 2022]]);
  });
});

describe('a deadline already passed', () => {
  it('到2020年 in a 2021 text reports what was reached', () => {
    const got = read('到2020年，全区森林覆盖率达到45%。', 2021);
    expect(got).toMatchObject([{ role: 'actual', value: 45, period: 2020 }]);
  });
  it('到2025年 in the same text is still a target', () => {
    expect(read('到2025年，全区森林覆盖率达到48%。', 2021)).toMatchObject([{ role: 'target', value: 48, year: 2025 }]);
  });
});

describe('过去一年 and 新的一年 in a report', () => {
  const brief = (text: string) =>
    readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.value}${s.unit} ${s.role === 'actual' ? s.period?.year : s.year}`);

  it('reads 过去一年 as the year before the plan’s and 新的一年 as the plan’s own, as 去年 and 今年', () => {
    expect(brief('过去一年，全市地区生产总值增长5.1%；新的一年，力争地区生产总值增长5.5%左右。')).toEqual([
      'actual 地区生产总值 5.1% 2024',
      'target 地区生产总值 5.5% 2025',
    ]);
  });
});

describe('从X年的A降至B: a fall from a past year is a change too', () => {
  const brief = (text: string, year: number) => read(text, year).map((s) => `${s.role} ${s.metric} ${s.value}${s.unit} ${s.period ?? s.year ?? ''}`);
  it.each([
    ['去年房地产业占比从2015年的8.1%降至6.2%。', ['actual 房地产业占比 8.1% 2015', 'actual 房地产业占比 6.2% 2023']],
    ['去年单位能耗从2015年的0.8吨标准煤下降到0.6吨标准煤。', ['actual 单位能耗 0.8吨标准煤 2015', 'actual 单位能耗 0.6吨标准煤 2023']],
    ['去年城镇登记失业率由2015年的4.2%压减至3.5%。', ['actual 城镇登记失业率 4.2% 2015', 'actual 城镇登记失业率 3.5% 2023']],
  ])('%s', (text, want) => {
    expect(brief(text, 2024)).toEqual(want);
  });
  it('leaves a ceiling a ceiling: 力争降至 after a clause break', () => {
    expect(brief('失业率控制在5%以内，力争降至4.5%。', 2024)).toEqual(['target 失业率 5% ', 'target 失业率 4.5% ']);
  });
});

describe('增加一倍: a change by one times the base is a multiple written in words', () => {
  const brief = (text: string) => readStatements(text, { year: 2021 }).map((s) => `${s.role} ${s.kind} ${s.value}${s.unit}`);

  it('reads 一倍 after a verb of change as 1 倍', () => {
    expect(brief('“十三五”时期，全市高新技术企业比2015年增加一倍，达到300家。')).toEqual(['actual growth 1倍', 'actual level 300家']);
    expect(brief('力争到2025年，全市进出口总额比2020年增长一倍以上。')).toEqual(['target growth 1倍']);
  });

  it('leaves a lone 一 elsewhere an article (must not fire)', () => {
    expect(brief('到2025年，全市经济总量翻一番，培育一批龙头企业。')).toEqual([]);
    expect(brief('2020年，全市一倍以上的企业实现增长。')).toEqual([]);
    expect(brief('2020年，全市新增一家上市企业。')).toEqual([]);
  });
});
