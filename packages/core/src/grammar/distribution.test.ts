/**
 * Figures that distribute over the figures before them: 分别… X和Y after two named figures, 增速均排在
 * (the growth rates rank, not the levels), 比增 as reports shorten 比上年增长. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2022, defaultRole: 'actual' }).map((s) => `${s.kind} ${s.metric} ${s.value}${s.unit}`);

describe('分别 after figures of different metrics', () => {
  it('pairs X和Y with the two figures before, in order', () => {
    expect(read('全市财政收入35.2亿元，外贸进出口额18.6亿元，分别增长6.4%和12.1%。')).toEqual([
      'level 财政收入 35.2亿元',
      'level 外贸进出口额 18.6亿元',
      'growth 财政收入 6.4%',
      'growth 外贸进出口额 12.1%',
    ]);
  });

  it('pairs a 、…和 list of three with three figures, 比增 being 比上年增长', () => {
    expect(read('工业投资40.1亿元、民间投资22.3亿元、技改投资9.8亿元，分别比增3.5%、7.2%和 10.4%。')).toEqual([
      'level 工业投资 40.1亿元',
      'level 民间投资 22.3亿元',
      'level 技改投资 9.8亿元',
      'growth 工业投资 3.5%',
      'growth 民间投资 7.2%',
      'growth 技改投资 10.4%',
    ]);
  });

  it('keeps one metric when the values outnumber the figures before them', () => {
    expect(read('粮食产量分别增长2%、3%和4%。')).toHaveLength(3);
  });
});

describe('增速均排在…: the growth rates rank', () => {
  it('gives the rank to each growth rate, not to the levels', () => {
    const ranks = readStatements('全县生产总值80.5亿元，社零总额30.2亿元，分别比增6.1%和9.4%，增速均排在全市第二。', { year: 2022, defaultRole: 'actual' })
      .filter((s) => s.kind === 'rank')
      .map((s) => `${s.metric} ${s.value}`);
    expect(ranks).toEqual(['生产总值 2', '社零总额 2']);
  });
  it('gives 均居 without 增速 to every figure, as before', () => {
    const ranks = readStatements('全县生产总值80.5亿元，社零总额30.2亿元，均居全市第二。', { year: 2022, defaultRole: 'actual' }).filter(
      (s) => s.kind === 'rank',
    );
    expect(ranks).toHaveLength(2);
  });
});

describe('均 across a ；', () => {
  it('ranks the subject written before 均, not the figures of the clause before the ；', () => {
    const ranks = readStatements('存款、贷款余额分别增长8%、9%；存贷款新增量均居全省第2位。', { year: 2022, defaultRole: 'actual' })
      .filter((s) => s.kind === 'rank')
      .map((s) => `${s.metric} ${s.value} ${s.rankScope}`);
    // (存贷款 with 均 names deposits and loans apart, as the corpus gold of c060 does: two ranks of that subject.)
    expect(ranks).toEqual(['存款新增量 2 全省', '贷款新增量 2 全省']);
  });
});

describe('双双 distributes like 均', () => {
  it('gives one figure to each of two listed metrics', () => {
    expect(
      readStatements('到2027年，新材料产业、高端装备产业营收双双突破800亿元。', { year: 2024 }).map((s) => `${s.metric} ${s.comparator} ${s.value}${s.unit}`),
    ).toEqual(['新材料产业营收 > 800亿元', '高端装备产业营收 > 800亿元']);
  });
});

describe('合计 after a 、 list: one figure for the sum', () => {
  it('reads one figure over the whole list, not one per item', () => {
    expect(read('光伏、风电、生物质发电装机容量合计增长18.4%。')).toEqual(['growth 光伏、风电、生物质发电装机容量 18.4%']);
    expect(read('新能源汽车、锂电池出口额总计增长25.6%。')).toEqual(['growth 新能源汽车、锂电池出口额 25.6%']);
  });

  it('still gives each item the figure when nothing sums them', () => {
    expect(read('光伏、风电发电量增长18.4%。')).toHaveLength(2);
  });
});

describe('a rank inside an aside in brackets that sets a target (（依据…目标设置，居三区第一）)', () => {
  const roles = (text: string) =>
    readStatements(text, { year: 2021 })
      .filter((s) => s.kind === 'rank')
      .map((s) => `${s.role} ${s.value}`);

  it('takes the aside’s target cue: an aim, not a result', () => {
    expect(roles('服务业增加值：增长8%（依据区人代会目标设置，居三区第一），责任单位为区发改委；')).toEqual(['target 1']);
    expect(roles('固定资产投资增长7%（按年度目标安排，力争增速居全市第二）。')).toEqual(['target 2']);
  });

  it('leaves a rank in an aside with no target cue, and one after the bracket closes, a result', () => {
    expect(roles('地区生产总值增长8%（居全省第二位），比上年提高1个百分点。')).toEqual(['actual 2']);
    expect(roles('工业增加值增长9%（高于目标1个百分点），居全省第三位。')).toEqual(['actual 3']);
  });
});

describe('a 、 list closed by its count (A、B、C3大产业)', () => {
  it('gives a size or a rate after it to each item, named with what the count says it is', () => {
    expect(read('电子信息、新材料、生物医药3大产业迈入千亿级规模。')).toEqual([
      'level 电子信息产业 1000亿元',
      'level 新材料产业 1000亿元',
      'level 生物医药产业 1000亿元',
    ]);
    expect(read('汽车、装备两大产业增加值增长9%。').map((s) => s.split(' ').slice(1).join(' '))).toEqual(['汽车产业增加值 9%', '装备产业增加值 9%']);
  });

  it('leaves a count that is not the list’s length, a count of things, a list with 等, or no list alone', () => {
    expect(read('电子信息、汽车三大产业产值达到5000亿元。')).toHaveLength(1);
    expect(read('培育电子信息、汽车两大产业集群2个。')).toHaveLength(1);
    expect(read('粮油、生猪等6个百亿级产业集群产值超过800亿元。').filter((s) => s.endsWith('亿元'))).toHaveLength(1);
    expect(read('全市3大产业集群产值突破1200亿元。')).toHaveLength(1);
    // A plain sum after the counted list is the items' together; a tier or 均 gives each its own.
    expect(read('电子信息、装备制造、新材料3大产业产值达到500亿元。')).toEqual(['level 电子信息、装备制造、新材料3大产业产值 500亿元']);
    expect(read('电子信息、汽车两大产业产值迈上千亿台阶。')).toHaveLength(2);
    expect(read('电子信息、装备制造两大产业产值均突破百亿元。')).toHaveLength(2);
  });
});

describe('先后 spreads a bound over a list, as 均 does', () => {
  const metrics = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.metric} ${s.value}${s.unit}`);

  it('gives each item of the list the tier it reached one after another', () => {
    expect(metrics('钢铁、有色、化工产值先后站上千亿台阶。')).toEqual(['钢铁产值 1000亿元', '有色产值 1000亿元', '化工产值 1000亿元']);
  });

  it('a single measure with 先后 keeps one figure (must not fire)', () => {
    expect(metrics('全市先后引进企业30家。')).toEqual(['企业 30家']);
    expect(metrics('全县规上工业企业先后达到120家。')).toEqual(['规上工业企业 120家']);
  });
});

describe('均 over a 、 list closed by 等 and a measure', () => {
  const metrics = (text: string) => readStatements(text, { year: 2022, defaultRole: 'actual' }).map((s) => `${s.metric} ${s.value}${s.unit}`);

  it('gives each named example the figure, with the measure written after 等', () => {
    expect(metrics('五年来，新材料、生物医药、智能装备等产业规模均突破五百亿元。')).toEqual([
      '新材料产业规模 500亿元',
      '生物医药产业规模 500亿元',
      '智能装备产业规模 500亿元',
    ]);
    expect(metrics('数字经济、文化旅游等产业增加值均增长8%以上。')).toEqual(['数字经济产业增加值 8%', '文化旅游产业增加值 8%']);
  });

  it('keeps one metric without 均, for 地区 after a list, and for a count of the list', () => {
    expect(metrics('新材料、生物医药等产业规模突破五百亿元。')).toEqual(['新材料、生物医药等产业规模 500亿元']);
    // Regions sharing one rate each get it (corpus Decisions 18, 29): 等省份 closes a list of places.
    expect(metrics('江苏、浙江等省份GDP均增长5%。')).toEqual(['江苏GDP 5%', '浙江GDP 5%']);
    expect(metrics('光伏、储能等地区产值均增长9%。')).toHaveLength(1);
    expect(metrics('新材料、生物医药等5个项目均已开工。')).toHaveLength(1);
    expect(metrics('工业投资、技改投资等增长较快。')).toHaveLength(0);
  });
});

describe('two whole measures joined by 和 before one rate', () => {
  const metrics = (text: string) => readStatements(text, { year: 2022, defaultRole: 'target' }).map((s) => `${s.metric} ${s.value}${s.unit}`);

  it('gives the rate to each, when each has its own head and words before it', () => {
    expect(metrics('今年财政总收入和地方财政收入增长7%。')).toEqual(['财政总收入 7%', '地方财政收入 7%']);
    expect(metrics('今年固定资产投资和民间投资增长8%。')).toEqual(['固定资产投资 8%', '民间投资 8%']);
  });

  it('keeps one metric for sides sharing a noun, a name with 和 inside, and measures without such a head', () => {
    expect(metrics('今年城镇和农村居民人均可支配收入增长8%。')).toEqual(['城镇和农村居民人均可支配收入 8%']);
    expect(metrics('今年工业和信息化投资增长10%。')).toEqual(['工业和信息化投资 10%']);
    expect(metrics('今年旅游接待人数和旅游总收入增长16%。')).toEqual(['旅游接待人数和旅游总收入 16%']);
    expect(metrics('今年进出口和实际利用外资增长5%。')).toHaveLength(1);
    expect(metrics('今年财政总收入和地方财政收入合计增长7%。')).toHaveLength(1);
  });
});

describe('places that share one rate: 甲市、乙市等地为X', () => {
  const target = (text: string) => readStatements(text, { year: 2025, defaultRole: 'target' }).map((s) => `${s.metric} ${s.value}${s.unit}`);

  it('gives each place named before 等地 the rate', () => {
    expect(target('甲市、乙市、丙市等地为6.5%左右，丁市、戊市为6%。')).toEqual(['甲市 6.5%', '乙市 6.5%', '丙市 6.5%', '丁市 6%', '戊市 6%']);
  });

  it('keeps the measure written after the places word, with 均 or 等县区', () => {
    expect(target('甲市、乙市等地GDP增长目标均为6%。')).toEqual(['甲市GDP 6%', '乙市GDP 6%']);
    expect(target('甲县、乙县、丙县等县区均为7%左右。')).toEqual(['甲县 7%', '乙县 7%', '丙县 7%']);
  });

  it('does not fire on 地 starting a word (地膜), on amounts without 均, or without a 、 list', () => {
    expect(target('小麦、玉米等地膜覆盖率达到60%。')).toEqual(['小麦、玉米等地膜覆盖率 60%']);
    expect(target('甲市、乙市等地完成投资50亿元。')).toHaveLength(1);
    expect(target('全市财政收入等地为6%。')).toHaveLength(1);
  });
});
