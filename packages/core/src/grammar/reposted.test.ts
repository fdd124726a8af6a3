/**
 * Growth words of reposted reports (Hong Kong and Taiwan sites, headline digests): a target
 * "set" for growth, 成长 for 增长, 升幅 for 涨幅 and 降幅 for the size of a fall. Sentences are ours.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) =>
  readStatements(text, { year: 2026 }).map(
    (s) => `${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.max === null ? '' : '-' + s.max}${s.unit}${s.decline ? ' decline' : ''}`,
  );

describe('growth set as a target or written the way reposts write it', () => {
  it('增长预期目标为 and 增长目标设为/设定在 state a growth', () => {
    expect(read('全县生产总值增长预期目标为6%左右。')).toEqual(['生产总值 growth ~ 6%']);
    expect(read('今年全省经济增长目标设为5.5%左右。')).toEqual(['经济 growth ~ 5.5%']);
    expect(read('地区生产总值增长目标设定在7%以上。')).toEqual(['地区生产总值 growth >= 7%']);
  });

  it('成长 before a figure is 增长; 升幅 names a rise as 涨幅 does; 降幅 is a fall', () => {
    expect(read('该市出口目标成长8%。')).toEqual(['出口目标 growth = 8%']);
    expect(read('全市居民消费价格升幅控制在3%以内。')).toEqual(['居民消费价格升幅 growth <= 3%']);
    expect(read('单位地区生产总值能耗降幅超过4%。')).toEqual(['单位地区生产总值能耗 growth > 4% decline']);
  });

  it('降幅 moved to a figure (降幅收窄到, 降幅扩大至) is the size of a fall too', () => {
    expect(read('全县工业增加值降幅收窄到3.2%。')).toEqual(['工业增加值 growth = 3.2% decline']);
    expect(read('1-7月，全市社会消费品零售总额降幅收窄至4%。')).toEqual(['社会消费品零售总额 growth = 4% decline']);
    expect(read('全区固定资产投资降幅扩大至6.5%。')).toEqual(['固定资产投资 growth = 6.5% decline']);
    // The move itself, in 百分点, stays the noun it was; so does a fall's size compared with another (降幅比…).
    expect(read('全县工业增加值降幅收窄2.1个百分点。').map((x) => x.split(' ')[1])).toEqual(['share']);
  });

  it('年增 (Taiwan: year on year) and 成长率 are growth too', () => {
    expect(read('该市出口年增6%左右。')).toEqual(['出口 growth ~ 6%']);
    expect(read('全岛经济成长率3%以上。').map((x) => x.split(' ').slice(1).join(' '))).toEqual(['growth >= 3%']);
  });

  it('does not fire on nouns that hold these words, nor on shares', () => {
    expect(read('项目建成后年增产值5亿元。').map((x) => x.split(' ')[1])).not.toContain('growth');
    expect(read('全县粮食年增产5万吨。').map((x) => x.split(' ')[1])).not.toContain('growth');
    expect(read('新增高成长企业15家。')).toEqual(['高成长企业 increment = 15家']);
    expect(read('培育成长型中小企业20家。')).toEqual(['成长型中小企业 count = 20家']);
    expect(read('工业增加值降幅较上月收窄1.2个百分点。').map((x) => x.split(' ')[1])).toEqual(['share']);
    expect(read('城镇登记失业率设定在4.5%以内。')).toEqual(['城镇登记失业率 share <= 4.5%']);
    expect(read('粮食产量目标设为500亿斤以上。').map((x) => x.split(' ').slice(1).join(' '))).toEqual(['level >= 500亿斤']);
    expect(read('企业成长计划覆盖企业300家。').map((x) => x.split(' ')[1])).not.toContain('growth');
  });
});

describe('a range written in words (百分之A至百分之B)', () => {
  it('reads both bounds, and a comparator word after the upper one', () => {
    expect(read('今年全市地区生产总值增长百分之六至百分之六点五。')).toEqual(['地区生产总值 growth range 6-6.5%']);
    expect(read('出口增长百分之三到百分之五左右。')).toEqual(['出口 growth range 3-5%']);
  });

  it('leaves a single figure, a falling pair and a change between two levels alone', () => {
    expect(read('城镇调查失业率百分之五点五左右。')).toEqual(['城镇调查失业率 share ~ 5.5%']);
    expect(read('研发投入强度由百分之二提高到百分之二点五。').map((x) => x.split(' ').slice(-1)[0])).toEqual(['2%', '2.5%']);
    expect(read('增速从百分之八至百分之五回落。').every((x) => !x.includes('range'))).toBe(true);
  });
});

describe('a statement quoted whole with its percentage in words', () => {
  it('is read, not taken for a name', () => {
    expect(read('他表示，目标就是“全县生产总值增长百分之六左右、力争更好”。').map((x) => x.split(' ').slice(1).join(' '))).toEqual(['growth ~ 6%']);
  });

  it('leaves quoted names that hold 百分之 alone', () => {
    expect(read('实现“两个百分之百”目标。')).toEqual([]);
    expect(read('开展“百分之百满意”服务活动。')).toEqual([]);
  });
});

describe('a person’s age in a repost’s news lines', () => {
  it('is no figure', () => {
    expect(read('著名演员某某因病逝世，享年81岁。')).toEqual([]);
    expect(read('获奖者现年45岁，年仅30岁的队员也上台领奖。')).toEqual([]);
  });

  it('leaves ages that measure something alone', () => {
    expect(read('人均预期寿命达到80岁。').map((x) => x.split(' ').slice(1).join(' '))).toEqual(['level >= 80岁']);
    expect(read('平均受教育年限提高到11.5年。').length).toBe(1);
  });
});

describe('a verb that explains a target (体现了, 考虑了) reports nothing done', () => {
  const roles = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.role} ${s.value}`);
  it('leaves the targets it explains, and the next sentence’s, targets', () => {
    expect(roles('今年城镇调查失业率5.5%左右，体现了稳就业的要求。居民消费价格涨幅2%左右，考虑了各方面因素。')).toEqual(['target 5.5', 'target 2']);
    expect(roles('粮食产量1.4万亿斤左右，反映了保障粮食安全的需要。')).toEqual(['target 1.4']);
  });

  it('keeps other verbs with 了 as results', () => {
    expect(roles('全年完成了固定资产投资120亿元。')).toEqual(['actual 120']);
    expect(roles('去年实现了地区生产总值增长6%，体现了经济韧性。')).toEqual(['actual 6']);
  });
});

describe('a measure’s growth or size ranked without 居 or 位 (增速第一)', () => {
  const ranks = (text: string) =>
    readStatements(text, { year: 2023 })
      .filter((s) => s.kind === 'rank')
      .map((s) => `${s.metric} ${s.value}`);
  it('is a rank', () => {
    expect(ranks('去年全市地区生产总值增长6.1%，在中部六个省会城市中增速第一。').map((x) => x.split(' ')[1])).toEqual(['1']);
    expect(ranks('去年规上工业增加值增长7%，增幅第二。').map((x) => x.split(' ')[1])).toEqual(['2']);
  });

  it('ranks among the group 在…中 names, or in no scope it does not say (the measure is no scope)', () => {
    const scopes = (text: string) =>
      readStatements(text, { year: 2023 })
        .filter((s) => s.kind === 'rank')
        .map((s) => `${s.rankScope ?? ''}第${s.value}`);
    expect(scopes('去年全市地区生产总值增长6.1%，在中部六个省会城市中增速第一。')).toEqual(['中部六个省会城市第1']);
    expect(scopes('去年规上工业增加值增长7%，增幅第二。')).toEqual(['第2']);
    expect(scopes('去年全市固定资产投资增速第一，达到12%。')).toEqual(['第1']);
    expect(scopes('去年全市固定资产投资增长12%，增速全省第一。')).toEqual(['全省第1']);
  });

  it('does not fire before a noun or on other words before 第', () => {
    expect(ranks('工业增速第二季度明显回升。')).toEqual([]);
    expect(ranks('坚持质量第一、效益优先。')).toEqual([]);
    expect(ranks('服务业总量第一次超过工业。')).toEqual([]);
    expect(ranks('全市第一产业增加值增长3%。')).toEqual([]);
  });
});

describe('letters where a figure was left out (X亿元, x.x%, ××家)', () => {
  it('are placeholders before a unit, as stars are', () => {
    expect(read('今年力争地区生产总值增长x.x%，规上工业增加值达X亿元，新增企业XX家，投资达×亿元。').map((x) => x.split(' ').slice(1, 3).join(' '))).toEqual([
      'growth placeholder',
      'level placeholder',
      'increment placeholder',
      'level placeholder',
    ]);
  });

  it('leave letters of words and codes alone', () => {
    const figures = (text: string) => read(text).map((x) => x.split(' ').at(-1) ?? '');
    expect(figures('发展“5G+X”产业体系，实施224X工程。')).toEqual([]);
    expect(figures('购置X射线设备3台，新增X光机2台。')).toEqual(['3台', '2台']);
    expect(figures('据Xinhua报道，建成3×4米展板10块。').every((x) => !x.includes('null'))).toBe(true);
    expect(figures('引进XYZ公司等企业5家。')).toEqual(['5家']);
  });
});

describe('who sets a target before 将 (报告还将今年…设为5.5%左右)', () => {
  it('is no part of the metric', () => {
    expect(read('规划还将今年城镇登记失业率设为4%以内。')).toEqual(['城镇登记失业率 share <= 4%']);
    expect(read('市政府工作报告将全年经济增长目标设定为6%左右。')).toEqual(['经济 growth ~ 6%']);
  });

  it('leaves a metric alone when nothing sets it or no setter stands before 将', () => {
    expect(read('报告提出，城镇调查失业率5.5%左右。')).toEqual(['城镇调查失业率 share ~ 5.5%']);
    expect(read('全县将城乡居民收入增长7%作为目标。').map((x) => x.split(' ').slice(1).join(' '))).toEqual(['growth = 7%']);
    expect(read('即将投产项目总投资设为12亿元。')[0]).toContain('即将投产项目');
  });
});

describe('a digest line’s bullet (▷ 2024年全省GDP增长5%)', () => {
  it('is no part of the metric, nor is the year after it', () => {
    expect(read('▷ 2024年全省出口增长6%达8000亿元')).toEqual(['出口 growth = 6%', '出口 level = 8000亿元']);
    expect(read('● 城镇新增就业5万人。')).toEqual(['城镇新增就业 increment = 5万人']);
  });

  it('leaves a metric without a bullet as it was', () => {
    expect(read('全省出口增长6%。')).toEqual(['出口 growth = 6%']);
    expect(read('“小巨人”企业达到20家。')[0]).toContain('“小巨人”企业');
  });
});

describe('a sum written with the currency in place of 元 (5兆人民币, 300亿人民币)', () => {
  const said = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

  it('reads the multiplier and the currency as that multiplier’s money unit', () => {
    expect(said('到2030年，该行业年产值将达4兆人民币。')).toEqual(['target 该行业年产值 >= 4兆元']);
    expect(said('今年全省完成投资300亿人民币以上。')).toEqual(['target 投资 >= 300亿元']);
    expect(said('今年引进外资2.5万亿人民币。')).toEqual(['target 外资 = 2.5万亿元']);
    expect(said('去年该园区营收120万人民币，增长8%。')).toEqual(['actual 该园区营收 = 120万元', 'actual 该园区营收 = 8%']);
  });

  it('covers the currency in the figure’s span', () => {
    const text = '到2030年，该行业年产值将达4兆人民币。';
    const [first] = readStatements(text, { year: 2026 });
    expect(text.slice(first!.span[0], first!.span[1]).endsWith('4兆人民币')).toBe(true);
  });

  it('leaves sums whose 元 is written, a currency named first, and a bare 人民币 alone', () => {
    expect(said('到2030年，全市地区生产总值将超3500亿元人民币。')).toEqual(['target 地区生产总值 > 3500亿元']);
    expect(said('到2030年，实际使用外资达到人民币50亿元。')).toEqual(['target 实际使用外资 >= 50亿元']);
    expect(said('人民币汇率保持基本稳定。')).toEqual([]);
    expect(said('人民币国际化稳步推进，离岸人民币业务规模扩大。')).toEqual([]);
    expect(said('推动亿万人民币持有者参与投资。')).toEqual([]);
    expect(said('今年人民币贷款余额增长10%。')).toEqual(['target 人民币贷款余额 = 10%']);
    expect(said('全年跨境人民币结算量达到300亿元。')).toEqual(['target 跨境人民币结算量 >= 300亿元']);
    expect(said('全年兑换人民币现钞的网点新增20个。')).toEqual(['target 兑换人民币现钞的网点 = 20个']);
  });
});
