/**
 * Dating evidence for the plan year, on invented sentences: the year a text aims at against the years its results are of,
 * a page's own date against the dates of events it tells, and 今年 against the years a text writes.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('a year the text aims at is not a year of its results', () => {
  it('is the year whose 发展目标 a sentence names after the figures', () => {
    const news = [
      '某报12月27日讯 地区生产总值增长6%左右，固定资产投资增长7%……这是某区2031年的发展目标。',
      '昨日，某区人大会议开幕，区长作政府工作报告，回顾过去一年的成绩，提出新一年的主要目标。',
    ].join('\n');
    expect(yearOf(news)).toBe(2031);
  });

  it('is a year opening a sentence that plans with 将 and no comma (2031年某县将实施…)', () => {
    const news = [
      '1月9日，某县人大会议开幕，县长作政府工作报告。2030年预计全县地区生产总值增长5%，社会消费品零售总额增长4%。',
      '2031年某县将实施“强工兴城”行动，加快建设产业园区。',
      '经济社会发展的预期目标是：地区生产总值增长6%左右。',
    ].join('\n');
    expect(yearOf(news)).toBe(2031);
  });

  it('is not goals reported met (2030年全区圆满完成了既定的发展目标。)', () => {
    const text = ['2030年全区圆满完成了既定的发展目标。全区地区生产总值增长6%。', '今年，全区地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2031);
  });

  it('is not a deadline (到2035年的发展目标。)', () => {
    const text = ['2030年，全区地区生产总值增长6%。报告提出了到2035年的发展目标。', '今年，全区地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2031);
  });

  it('is not a year of results whose sentence has no plan verb (2030年全县完成投资…)', () => {
    const text = ['2030年全县完成固定资产投资120亿元，增长8%。', '今年，全县固定资产投资增长7%左右。'].join('\n');
    expect(yearOf(text)).toBe(2031);
  });

  it('is not a year whose 将 means nearly or 把 (2030年将近…, 2030年全县将5个村纳入…)', () => {
    const text = [
      '2030年全县将近一半的村集体经济收入超过50万元，全县地区生产总值增长6%。2030年，全县将5个村纳入省级示范。',
      '今年，全县地区生产总值增长5%左右。',
    ].join('\n');
    expect(yearOf(text)).toBe(2031);
  });

  it('is not a year framed by 将是 (2031年将是关键一年) with results of the year before', () => {
    const text = ['2030年，全县地区生产总值增长6%。2031年将是承前启后的关键一年。', '今年，全县地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2031);
  });
});

describe("a page's own date against the dates of events it tells", () => {
  it('is not an event date earlier than a part of a year the page reports (2030年12月28日，…通车)', () => {
    const news = [
      '某州近年来产业发展成效明显。2030年，全州地区生产总值增长8%。',
      '2031年上半年，全州接待游客总量500万人次，同比增长20%。',
      '2030年12月28日，某铁路正式通车运营。某高速公路也将于今年底建成通车。',
    ].join('\n');
    expect(yearOf(news)).toBe(2031);
  });

  it('keeps a date line of the same year as the part reported (2031-08-02 over 2031年上半年…同比)', () => {
    const news = ['发布时间：2031-08-02', '2031年上半年，全州接待游客总量500万人次，同比增长20%。今年全州将力争接待游客1000万人次。'].join('\n');
    expect(yearOf(news)).toBe(2031);
  });

  it('keeps a December date line over a part of next year it plans (2031年上半年建成, no 同比)', () => {
    const plan = ['2030年12月20日', '今年，全县地区生产总值增长6%。明年全县地区生产总值增长6%左右，2031年上半年建成某产业园。'].join('\n');
    expect(extractPlan(plan).yearSource).toBe('date');
  });
});

describe('a work report titled with the day it was given (某县人民政府工作报告（2030年12月29日）)', () => {
  const page = (day: string) =>
    [`某县人民政府工作报告（${day}）`, '', '一年来，我们扎实推进法治政府建设，办理行政复议案件45件，办理人大代表建议120件。'].join('\n');

  it('plans the year after a December day, its undated results of the year reviewed', () => {
    const plan = extractPlan(page('2030年12月29日'));
    expect(plan.year).toBe(2031);
    expect(plan.actuals.map((a) => `${a.value} ${a.period.year}`)).toEqual(['45 2030', '120 2030']);
  });

  it('plans the year of a January day', () => {
    expect(yearOf(page('2031年1月8日'))).toBe(2031);
  });

  it('is no delivery when the day is past April (a repost dated in July), nor on a title of another kind', () => {
    expect(extractPlan(page('2030年7月1日')).year).not.toBe(2031);
    const summary = ['某县2030年工作总结（2030年12月29日）', '', '全年办理行政复议案件45件。'].join('\n');
    expect(yearOf(summary)).toBe(2030);
  });
});

describe('news of a January session that reviews its one written year (1月9日…会议开幕…2030年，…)', () => {
  const news = (extra: string) =>
    [
      '“初步核算，全市生产总值增长5%，一般公共预算收入100亿元。”1月9日上午，某市第九届人民代表大会第三次会议开幕，市长作政府工作报告。',
      `2030年，某市在压力挑战中干得坚决。这一年，某市召开项目谋划会30次，${extra}。`,
    ].join('\n');

  it('plans the year after it, though projects were 争取 and counted (争取各类项目73个)', () => {
    expect(yearOf(news('争取各类项目73个'))).toBe(2031);
    expect(yearOf(news('争取上级资金3.2亿元'))).toBe(2031);
  });

  it('is not read so when 争取 aims (争取项目开工30个) or the news names aims (力争)', () => {
    expect(yearOf(news('争取国债项目开工30个'))).not.toBe(2031);
    expect(yearOf(news('力争引进项目30个'))).not.toBe(2031);
  });
});

describe('a dated page that states a term’s goals (今后五年，…的发展目标是：) and writes no year', () => {
  it('is of its issue year', () => {
    const page = ['发布时间:2031-03-17 22:21 来源：某网', '某县第十五次党代会指出，要加快发展。', '今后五年，某县的发展目标是：地区生产总值突破300亿元。'].join(
      '\n',
    );
    expect(yearOf(page)).toBe(2031);
  });

  it('is not read so from goals a past term reached (过去五年…目标全面完成)', () => {
    const page = ['发布时间:2031-03-17 22:21 来源：某网', '过去五年，某县确定的发展目标全面完成，地区生产总值达到300亿元。'].join('\n');
    expect(yearOf(page)).not.toBe(2031);
  });
});

describe('a dated page that writes no year of its own', () => {
  it('is, as a copy of a work report (a short line 政府工作报告), of its session’s year', () => {
    const report = ['某报 2031年01月20日', '', '政府工作报告', '', '（上接第一版）建成光伏项目5个。实施制造业“智改数转”项目9个。'].join('\n');
    expect(yearOf(report)).toBe(2031);
    const december = ['某报 2030年12月28日', '', '政府工作报告', '', '（上接第一版）建成光伏项目5个。'].join('\n');
    expect(yearOf(december)).toBe(2031);
  });

  it('is, as news looking back on a span and aiming at nothing, of the year before a first-half date', () => {
    const news = ['发布时间:2031-05-31 21:28', '过去五年，某州不断加大基础设施建设力度，公路总里程达7705公里。'].join('\n');
    expect(yearOf(news)).toBe(2030);
    const quoted = ['2031-03-10 某报', '“今年政府工作报告指出，过去5年，我国经济社会发展取得新的历史性成就。”某市市长说，过去5年全市生产总值年均增长7%。'].join(
      '\n',
    );
    expect(yearOf(quoted)).toBe(2030);
  });

  it('is not read so from news that aims (今后五年…力争), nor from a review dated late in the year', () => {
    const aims = ['发布时间:2031-05-31 21:28', '过去五年，某州公路总里程达7705公里。今后五年，力争公路总里程突破9000公里。'].join('\n');
    expect(yearOf(aims)).not.toBe(2030);
    const late = ['发布时间:2031-12-20 21:28', '一年来，某州不断加大基础设施建设力度，公路总里程达7705公里。'].join('\n');
    expect(yearOf(late)).not.toBe(2030);
  });

  it('keeps 今年 as the page’s year when it is not the report’s name (今年以来…)', () => {
    const news = ['发布时间:2031-05-31 21:28', '今年政府工作报告指出，过去5年成就显著。今年，全市地区生产总值增长6%左右。'].join('\n');
    expect(yearOf(news)).toBe(2031);
  });
});

describe('news of a December session whose page never writes its own year (某报12月30日讯…人大一次会议开幕)', () => {
  const news = (day: string) =>
    [
      `某报${day}讯 今日上午，某市十五届人大一次会议隆重开幕，代市长作政府工作报告。`,
      '代市长说，今年全市地区生产总值预计达2179亿元，五年年均增长10%；2029年某市综合实力居全国城市第14位。',
    ].join('\n');

  it('plans the year after its 今年 (the year after the latest year of results it writes)', () => {
    const plan = extractPlan(news('12月30日'));
    expect(plan.year).toBe(2031);
    expect(plan.actuals.find((a) => a.value === 2179)?.period.year).toBe(2030);
  });

  it('is not read so for a January session, nor for news that is no work report', () => {
    expect(yearOf(news('1月10日'))).not.toBe(2031);
    const meeting = [
      '某报12月30日讯 今日上午，某市经济工作会议召开。',
      '会议指出，今年全市地区生产总值预计达2179亿元；2029年某市综合实力居全国城市第14位。',
    ].join('\n');
    expect(yearOf(meeting)).toBe(2030);
  });
});

describe('news of a January session that estimates its one written year (预计2030年…)', () => {
  const news = (words: string) =>
    `1月15日上午隆重开幕的某省十四届人大三次会议上，省长作《政府工作报告》时称，${words}该省地区生产总值迈上14万亿元新台阶。进出口总额突破9万亿元。`;

  it('plans the year after the year estimated', () => {
    expect(yearOf(news('预计2030年'))).toBe(2031);
  });

  it('is not read so from a year not estimated (2030年) with nothing else saying it is past', () => {
    expect(yearOf(news('到2030年'))).not.toBe(2031);
  });
});

describe('a part heading naming a year’s main work (三、2031年主要工作) on a line of its own', () => {
  it('is the year planned, its undated 主要预期目标 that year’s', () => {
    const report = [
      '六是着力改善民生，累计新增就业10万人。',
      '三、2031年主要工作',
      '2031年是新一届政府的开局之年。全区经济社会发展主要预期目标是：地区生产总值增长6.5%，一般公共预算收入增长5%。',
    ].join('\n');
    const plan = extractPlan(report);
    expect(plan.year).toBe(2031);
    expect(plan.targets.find((t) => t.value === 6.5)?.year).toBe(2031);
  });

  it('is not a heading whose line goes on (2030年主要工作完成情况), which reviews', () => {
    const review = ['一、2030年主要工作完成情况', '全区地区生产总值增长6%。', '今年，全区地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(review)).toBe(2031);
  });
});

describe('news of a session early in a year whose one written year is called a turning year (报告指出，2030年，是…收官之年)', () => {
  const lede = '某网2月2日讯 今天上午，某省第十四届人民代表大会第五次会议开幕，省长向大会作政府工作报告。';
  const review = '报告指出，2030年，是“十五五”规划收官之年。主要经济指标好于全国平均水平、好于预期。全年地区生产总值增长3.6%。';

  it('is of the year after the year reviewed, 好于预期 being a yardstick, no aim', () => {
    expect(yearOf([lede, review].join('\n'))).toBe(2031);
  });

  it('keeps the turning year where no session is reported', () => {
    expect(yearOf(review)).toBe(2030);
  });

  it('still reads an expectation to reach as an aim (预期增长5%以上)', () => {
    const aims = [lede, '报告指出，2030年，全省地区生产总值增长3.6%。今年全省地区生产总值预期增长5%以上。'].join('\n');
    expect(extractPlan(aims).targets.map((t) => t.value)).toContain(5);
  });
});

describe('a period looked back on with 回眸 (回眸“十五五”), as with 回望', () => {
  it('dates a page of its last year by that year, not the period’s first', () => {
    const page = [
      '来源：某日报    发布日期：2030年10月21日',
      '回眸“十五五”，某市处处跃动着奋进的脉搏。全市经济总量突破千亿大关，6个县（区）地区生产总值均突破100亿元。',
    ].join('\n');
    expect(yearOf(page)).toBe(2030);
  });

  it('needs 回眸 right before the period (回眸过去五年 … “十五五”时期将… is no review of it)', () => {
    const page = ['来源：某日报    发布日期：2030年10月21日', '回眸过去，某市经济总量突破千亿大关。“十五五”时期，某市将加快建设产业强市。'].join('\n');
    expect(yearOf(page)).not.toBe(2030);
  });
});
