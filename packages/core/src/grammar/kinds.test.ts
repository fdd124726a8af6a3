import { describe, expect, it } from 'vitest';
import type { TargetKind } from '../model.ts';
import { comparatorOf, kindOf } from './kinds.ts';
import type { Quantity } from './scan.ts';
import { readStatements } from './statements.ts';

const none = { rate: null, levelWord: false, verbKind: null };
const growthVerb = { ...none, rate: { decline: false } };

describe('kindOf precedence', () => {
  it.each<[string, string, Parameters<typeof kindOf>[2], TargetKind | null, TargetKind]>([
    ['百分点 is always a share', 'percentage-point', growthVerb, null, 'share'],
    ['a length of time without a rate verb is a level', 'duration-years', { ...none, verbKind: 'increment' }, null, 'level'],
    ['a length of time with a rate verb (提高1岁) is an increment', 'age', growthVerb, null, 'increment'],
    ['% with a rate verb is growth', 'percent', growthVerb, null, 'growth'],
    ['% on a share word stays a share even with a rate verb', 'percent', growthVerb, null, 'share'],
    ['% without a rate verb is a share', 'percent', none, 'increment', 'share'],
    ['a rate verb with a count unit is an increment', 'enterprise', growthVerb, 'count', 'increment'],
    ['an intensity unit is a level', 'money/area', none, 'count', 'level'],
    ['新增 wins over a level word', 'enterprise', { ...none, verbKind: 'increment', levelWord: true }, null, 'increment'],
    ['达到 makes a count unit a level', 'enterprise', { ...none, levelWord: true }, 'increment', 'level'],
    ['money without a verb is a level', 'money', none, 'count', 'level'],
    ['money with 新增 is an increment', 'money', { ...none, verbKind: 'increment' }, null, 'increment'],
    ['an own count verb beats the carried kind', 'item', { ...none, verbKind: 'count' }, 'increment', 'count'],
    ['the carried kind applies when nothing else does', 'item', none, 'increment', 'increment'],
    ['the default is a count', 'item', none, null, 'count'],
  ])('%s', (label, dimension, segment, carried, want) => {
    const metric = label.includes('share word') ? '制造业增加值占GDP比重' : '规上工业企业';
    expect(kindOf(dimension, metric, segment, carried)).toBe(want);
  });

  it('a metric that names a rise (价格涨幅) is a growth without a rate verb', () => {
    expect(kindOf('percent', '居民消费价格涨幅', none, null)).toBe('growth');
    expect(kindOf('percent', '物价涨幅', none, null)).toBe('growth');
    // Not a share of things that rose, nor a gap in 百分点.
    expect(kindOf('percent', '涨幅居前的行业占比', none, null)).toBe('share');
    expect(kindOf('percent', '价格涨幅较高的商品比重', none, null)).toBe('share');
    expect(kindOf('percentage-point', '居民消费价格涨幅', none, null)).toBe('share');
    expect(kindOf('percent', '城镇调查失业率', none, null)).toBe('share');
  });

  it('a metric ending in 数/总数 is a stock', () => {
    expect(kindOf('enterprise', '规上工业企业总数', none, 'increment')).toBe('level');
  });
});

describe('comparatorOf precedence', () => {
  const q = (over: Partial<Quantity>): Quantity => ({
    start: 0,
    numberEnd: 1,
    end: 1,
    value: 1,
    max: null,
    unit: '%',
    placeholder: false,
    post: null,
    approximate: false,
    topN: false,
    ...over,
  });
  it('placeholder > range > after > before > approximate > =', () => {
    expect(comparatorOf(q({ placeholder: true, value: null, post: '>=' }), { pre: '>=' })).toBe('placeholder');
    expect(comparatorOf(q({ max: 5, post: '~' }), { pre: '>' })).toBe('range');
    expect(comparatorOf(q({ post: '>=' }), { pre: '>' })).toBe('>=');
    expect(comparatorOf(q({}), { pre: '>' })).toBe('>');
    expect(comparatorOf(q({ approximate: true }), { pre: null })).toBe('>');
    expect(comparatorOf(q({}), { pre: null })).toBe('=');
  });
});

describe('a percentage whose metric is named by its change (居民消费价格涨幅)', () => {
  it('is a growth with or without a rate verb', () => {
    expect(kindOf('percent', '居民消费价格涨幅', none, null)).toBe('growth');
    expect(kindOf('percent', '出口额增幅', none, null)).toBe('growth');
    expect(kindOf('percent', '商品房价格涨跌幅', none, null)).toBe('growth');
  });

  it('leaves shares and rates named otherwise alone', () => {
    expect(kindOf('percent', '城镇化率', none, null)).toBe('share');
    expect(kindOf('percent', '涨幅占比', none, null)).toBe('share');
    expect(kindOf('percent', '研发投入强度', none, null)).toBe('share');
  });
});

describe('a metric named by its rate of change', () => {
  it.each([
    ['居民消费价格涨幅', 'growth'],
    ['CPI涨幅', 'growth'],
    ['规上工业增加值增幅', 'growth'],
    // A share word still makes a share, and a rate noun inside the name is no rate of the figure.
    ['涨幅占比', 'share'],
    ['城镇调查失业率', 'share'],
    ['增幅排名前列的企业占比', 'share'],
  ] as const)('%s is a %s in %', (metric, kind) => {
    expect(kindOf('percent', metric, none, null)).toBe(kind);
  });
});

describe('a headline’s bare 增 before a rate is 增长 (地区生产总值增7.5%-8%)', () => {
  const kinds = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.kind} ${s.value}${s.unit}`);

  it('reads the measure before 增 growing by the rate', () => {
    expect(kinds('今年预期目标：全省生产总值增6%-6.5%')).toEqual(['生产总值 growth 6%']);
    expect(kinds('今年规上工业增加值增7%左右，投资增8%。')).toEqual(['规上工业增加值 growth 7%', '投资 growth 8%']);
  });

  it('must not fire: 新增, 净增, 倍增 and a 增 with no rate after it', () => {
    expect(kinds('今年新增城镇就业1.2万人。').map((s) => s.includes('growth'))).toEqual([false]);
    expect(kinds('全年净增市场主体5000户。').map((s) => s.includes('growth'))).toEqual([false]);
    expect(kinds('今年城镇化率达到60%。')).toEqual(['城镇化率 share 60%']);
    expect(kinds('今年研发经费投入强度达到2.5%。').map((s) => s.includes('growth'))).toEqual([false]);
  });
});

describe('了 after a verb of change or a comparator word', () => {
  const kinds = (text: string) =>
    readStatements(text, { year: 2024, reportsOnly: true }).map((s) =>
      `${s.metric} ${s.kind} ${s.value}${s.unit} ${s.decline === true ? 'decline' : ''}`.trim(),
    );

  it('reads 增长了/下降了 as the change, and 突破了 with its measure', () => {
    expect(kinds('上半年，全县市场主体数量同比增长了12.4%，外贸出口下降了3.1%。')).toEqual(['市场主体数量 growth 12.4%', '外贸出口 growth 3.1% decline']);
    expect(kinds('全年，全县旅游收入突破了80亿元。')).toEqual(['旅游收入 level 80亿元']);
  });

  it('must not fire: a 了 that follows no such word stays where it is', () => {
    expect(kinds('全县粮食产量增长5%。')).toEqual(['粮食产量 growth 5%']);
    expect(kinds('为了全年完成投资50亿元，全县加快项目建设。').some((k) => k.startsWith('了'))).toBe(false);
  });
});

describe('a % heading the growth noun it measures (4.7%的GDP增长)', () => {
  const kinds = (text: string) => readStatements(text, { year: 2024, reportsOnly: true }).map((s) => `${s.kind} ${s.value}${s.unit}`);

  it('reads it as a growth', () => {
    expect(kinds('一季度6.2%的工业增速在全省排名靠前。')).toEqual(['growth 6.2%']);
    expect(kinds('二季度5.1%的GDP增长在全国也是比较快的。')).toEqual(['growth 5.1%']);
  });

  it('must not fire: a share of things that grow, a growth rate noun, 百分点', () => {
    expect(kinds('全县30%的企业实现营收增长。')).toEqual(['share 30%']);
    expect(kinds('高新技术产业产值占比达到45%的增长极地位。').map((k) => k.split(' ')[0])).not.toContain('growth');
    expect(kinds('全县工业增速比上年提高0.5个百分点。')).toEqual(['share 0.5百分点']);
  });

  it('must not fire: the share of a growth a subject contributes (贡献了60%以上的经济增长, 占45%的GDP增长)', () => {
    expect(kinds('去年民营经济贡献了全市60%以上的经济增长。')).toEqual(['share 60%']);
    expect(kinds('去年消费占了45%的GDP增长。')).toEqual(['share 45%']);
    expect(kinds('去年全市实现了8%的经济增长。')).toEqual(['growth 8%']);
    expect(kinds('去年以较少的能源消费支撑了6.8%的经济增长。')).toEqual(['growth 6.8%']);
  });
});

describe('新增 heading a 、 list of lengths or areas adds every item', () => {
  const read = (text: string) => readStatements(text, { year: 2019 }).map((s) => `${s.metric} ${s.kind} ${s.value}${s.unit}`);

  it('the items after 、 are increments too', () => {
    expect(read('新增城市绿道60公里、慢行步道45公里。')).toEqual(['城市绿道 increment 60公里', '慢行步道 increment 45公里']);
    expect(read('新增造林2.5万亩、湿地1.2万亩。')).toEqual(['造林 increment 2.5万亩', '湿地 increment 1.2万亩']);
  });

  it('a measure named, an item past a comma, or an item with a verb of its own keeps its kind', () => {
    expect(read('新增城市绿道60公里、绿道总里程达到300公里。')).toEqual(['城市绿道 increment 60公里', '绿道总里程 level 300公里']);
    expect(read('新增城市绿道60公里，慢行步道45公里。')).toEqual(['城市绿道 increment 60公里', '慢行步道 level 45公里']);
    expect(read('粮食播种面积120万亩、总产量48万吨。')).toEqual(['粮食播种面积 level 120万亩', '总产量 level 48万吨']);
  });
});

describe('a part’s share of a whole named 占…比 is a share, whatever verb moves it', () => {
  const kinds = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.kind} ${s.value}${s.unit}`);

  it('reads 占X比 before a rate verb as a share', () => {
    expect(kinds('高新技术产业增加值占规上工业比提高到52%。')).toEqual(['高新技术产业增加值占规上工业比 share 52%']);
    expect(kinds('数字经济核心产业增加值占GDP比提升至12%以上。')).toEqual(['数字经济核心产业增加值占GDP比 share 12%']);
  });

  it('must not fire on 比 that compares (比上年, 对比) or a growth with no 占', () => {
    expect(kinds('全年工业投资比上年增长9%。')).toEqual(['工业投资 growth 9%']);
    expect(kinds('出口额同比增长6%。')).toEqual(['出口额 growth 6%']);
    expect(kinds('消费品零售额环比增长2%。').map((s) => s.includes('growth'))).toEqual([true]);
  });
});

describe('a rate shared by a list that names it after the figure (均实现10%以上增长)', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

  it('is the growth of each measure, its count of measures no part of the name', () => {
    expect(read('确保3个效益指标均实现15%以上增长。')).toEqual(['效益指标 growth >= 15%']);
    expect(read('力争6项核心指标均实现9%以上增长。')).toEqual(['核心指标 growth >= 9%']);
  });

  it('drops a list item that only compares one rate with another', () => {
    expect(read('确保居民收入增长快于经济增长、3个效益指标均实现12%以上增长。')).toEqual(['效益指标 growth >= 12%']);
  });

  it('must not fire: a share stays a share, a count with no 均 keeps its count, a comparison alone stays', () => {
    expect(read('城镇化率达到62%以上增长态势良好。')).toEqual(['城镇化率 share >= 62%']);
    expect(read('新建口袋公园5个。')).toEqual(['口袋公园 increment = 5个']);
    expect(read('工业投资、技改投资分别增长10%和12%。')).toEqual(['工业投资 growth = 10%', '技改投资 growth = 12%']);
    expect(read('三大产业增加值均增长8%。')).toEqual(['三大产业增加值 growth = 8%']);
  });
});

describe('a rank shared with another place (与杭州并列全省第2)', () => {
  const ranks = (text: string) =>
    readStatements(text, { year: 2024 })
      .filter((s) => s.kind === 'rank')
      .map((s) => `${s.metric} ${s.value} ${s.rankScope}`);

  it('ranks the figure before it, not the place it ties with', () => {
    expect(ranks('全市出口总额增长11%，与温州并列全省第一。')).toEqual(['出口总额 1 全省']);
    expect(ranks('1-9月规上工业增加值增长7.2%，与嘉兴并列排名全省第3。')).toEqual(['规上工业增加值 3 全省']);
  });

  it('must not fire on a 与 inside a measure’s name', () => {
    expect(ranks('研究与试验发展经费投入强度居全省第2位。')).toEqual(['研究与试验发展经费投入强度 2 全省']);
  });
});

describe('有望 is an estimate’s cue, no part of a measure', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.value}${s.unit}${s.estimate ? ' estimate' : ''}`);

  it('leaves the measure before it, or the one a clause before named', () => {
    expect(read('全县旅游总收入有望突破80亿元。')).toEqual(['旅游总收入 80亿元 estimate']);
    expect(read('1-10月，全区实现软件业务收入46.2亿元，全年有望突破55亿元。')).toEqual(['软件业务收入 46.2亿元', '软件业务收入 55亿元 estimate']);
  });
});

describe('livestock kept or sent to market (存栏, 出栏) is a level', () => {
  const head = { ...none };
  it.each<[string, Parameters<typeof kindOf>[2], TargetKind]>([
    ['肉牛存栏', head, 'level'],
    ['生猪出栏', { ...none, verbKind: 'count' }, 'level'],
    ['家禽饲养量', head, 'level'],
  ])('%s', (metric, segment, want) => expect(kindOf('head', metric, segment, null)).toBe(want));

  it('must not fire: 新增 still adds, and farms built or livestock bought are counted', () => {
    expect(kindOf('head', '生猪出栏', { ...none, verbKind: 'increment' }, null)).toBe('increment');
    expect(kindOf('item', '生猪养殖场', { ...none, verbKind: 'count' }, null)).toBe('count');
    expect(kindOf('head', '引进良种牛', { ...none, verbKind: 'count' }, null)).toBe('count');
    expect(kindOf('head', '栏舍', none, null)).toBe('count');
  });
});

describe('the people a place has or a trade employs (常住人口, 从业人员) are a level', () => {
  it.each<[string, Parameters<typeof kindOf>[2], TargetKind]>([
    ['常住人口', none, 'level'],
    ['户籍总人口', none, 'level'],
    ['物流从业人员', none, 'level'],
  ])('%s', (metric, segment, want) => expect(kindOf('person', metric, segment, null)).toBe(want));

  it('must not fire: people reached, trained or moved in the year stay counted', () => {
    expect(kindOf('person', '从业人员', { ...none, verbKind: 'count' }, null)).toBe('count');
    expect(kindOf('person', '减少贫困人口', none, null)).toBe('count');
    expect(kindOf('person', '农村贫困人口脱贫', none, null)).toBe('count');
    expect(kindOf('person', '常住人口', { ...none, verbKind: 'increment' }, null)).toBe('increment');
  });
});

describe('累计 before a verb of doing: the running total is the stock reached (level)', () => {
  const kinds = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.kind} ${s.value}${s.unit}`);
  it.each([
    ['去年全县累计建成充电桩800个。', ['level 800个']],
    ['去年累计培育省级专精特新企业35家。', ['level 35家']],
    ['到2027年累计打造特色街区6个。', ['level 6个']],
  ])('%s', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });

  it.each([
    // an addition stays an addition (累计新增, 累计新建)
    ['去年累计新增市场主体3000户。', ['increment 3000户']],
    ['去年累计新建公园12个。', ['increment 12个']],
    // a rate stays a rate, a fall a fall
    ['去年工业产值累计增长8%。', ['growth 8%']],
    ['去年能耗累计下降5%。', ['growth 5%']],
    // a count with no 累计 keeps its verb's kind
    ['去年建成充电桩800个。', ['count 800个']],
  ])('%s (must not change)', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});
