/**
 * The plan year of texts that do not put it in their title, on invented sentences: news that says which year's aims
 * were put forward, reports given at a session late in the year, and reports a site titles by the year they review.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;
const targets = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''} ${t.year}`);
const actuals = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`);

describe('a year whose aims a sentence says were put forward (2025年某县提出，…增长6%左右)', () => {
  const news = ['据了解，2025年某县提出，地区生产总值增长6%左右，一般公共预算收入增长5%。', '县委书记强调，今年一季度要抓早抓实，确保开门红。'].join('\n');

  it('is the year planned, though a speech in the text says 今年 of it', () => {
    expect(yearOf(news)).toBe(2025);
    expect(targets(news)).toEqual(['地区生产总值 6% 2025', '一般公共预算收入 5% 2025']);
    expect(actuals(news)).toEqual([]);
  });

  it('is not a proposal reported done (2023年，我们提出了…)', () => {
    const text = ['2023年，我们提出了“三年行动”，全市地区生产总值增长6%。', '今年，全市地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2024);
  });

  it('is not one with no figure to reach after it (2019年提出，加快建设…)', () => {
    const text = ['2019年提出，加快建设某产业园。2019年，全市地区生产总值增长6%。', '今年，全市地区生产总值增长6%左右。'].join('\n');
    expect(yearOf(text)).toBe(2020);
  });

  it('is not a proposal named as a thing (2022年某县提出的目标全面完成)', () => {
    const text = ['2022年某县提出的目标全面完成，地区生产总值增长7%。', '今年，全县地区生产总值增长6%左右。'].join('\n');
    expect(yearOf(text)).toBe(2023);
  });

  it('is not a proposal older than the results the text gives (2021年提出，“十四五”时期…)', () => {
    const text = ['2021年提出，“十四五”时期地区生产总值年均增长6%。2023年，全市地区生产总值增长5%。', '今年，全市地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2024);
  });

  it('is not a year whose undertaking is reported (2023年全市明确了…, 2023年，市委提出的…成效明显)', () => {
    const settled = ['2023年全市明确了“三个一百”工程，新开工项目增长10%。', '今年，全市新开工项目力争增长8%。'].join('\n');
    expect(yearOf(settled)).toBe(2024);
    const named = ['2023年，市委提出的“强工业”行动成效明显，规上工业增加值增长9%。', '今年，规上工业增加值增长7%左右。'].join('\n');
    expect(yearOf(named)).toBe(2024);
  });
});

describe('a work report given at a new term’s session in November (某区第二届人民代表大会第一次会议26日开幕)', () => {
  const news = [
    '某区人代会开幕',
    '2015年11月26日 09:30 来源：某某网',
    '某某网11月26日电 某区第二届人民代表大会第一次会议26日开幕。区长在政府工作报告中指出，2015年全区地区生产总值预计增长9%。',
    '报告指出，2016年，全区将新开工重点项目120个，预期地区生产总值增长8%。',
  ].join('\n');

  it('plans the year after, so the year of the session is the year reviewed', () => {
    expect(yearOf(news)).toBe(2016);
    expect(actuals(news)).toEqual(['地区生产总值 9% 2015']);
    expect(targets(news)).toEqual(['新开工重点项目 120个 2016', '地区生产总值 8% 2016']);
  });

  it('is not a November meeting that hears how the report is drafted (作政府工作报告起草情况说明)', () => {
    const text = [
      '2015年11月26日 09:30 来源：某某网',
      '11月26日，某区召开全区经济工作会议，区长作政府工作报告起草情况说明。',
      '会议指出，今年前三季度全区地区生产总值增长9%。',
    ];
    expect(yearOf(text.join('\n'))).toBe(2015);
  });

  it('is not a standing committee’s November meeting (人大常委会)', () => {
    const text = [
      '2015年11月26日 09:30 来源：某某网',
      '某某网11月26日电 某区人大常委会第十次会议26日召开，听取区政府关于政府工作报告落实情况的报告。',
      '今年前三季度，全区地区生产总值增长9%。',
    ];
    expect(yearOf(text.join('\n'))).toBe(2015);
  });

  it('is not a session in October', () => {
    const text = [
      '2015年10月26日 09:30 来源：某某网',
      '某某网10月26日电 某区第二届人民代表大会第一次会议26日开幕。区长在政府工作报告中指出，今年前三季度全区地区生产总值增长9%。',
    ];
    expect(yearOf(text.join('\n'))).toBe(2015);
  });
});

describe('news of a January session’s review that never writes its own year (1月20日…过去一年…；2025年…)', () => {
  const lede = '某某网1月21日消息 1月20日，某区第六届人民代表大会第九次会议召开。区长向大会作政府工作报告。';

  it('plans the year after the one year it writes, the year reviewed', () => {
    const text = [lede + '报告显示，过去一年全区地区生产总值增长5%，社会消费品零售总额增长6%。', '2025年某区新落地亿元以上项目50个。'].join('\n');
    expect(yearOf(text)).toBe(2026);
    expect(actuals(text)).toEqual(['地区生产总值 5% 2025', '社会消费品零售总额 6% 2025', '某区新落地亿元以上项目 50个 2025']);
  });

  it('is not news that names aims beside the year (报告提出，2026年…增长5%左右)', () => {
    const text = [lede + '报告显示，过去一年全区地区生产总值增长5%。', '报告提出，2026年全区地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2026);
  });

  it('is not a session in May, a standing committee’s meeting, nor a conference that is no session', () => {
    const tail = '过去一年全区地区生产总值增长5%。2025年某区新落地亿元以上项目50个。';
    expect(yearOf('某某网5月21日消息 5月20日，某区第六届人民代表大会第九次会议召开。区长向大会作政府工作报告。' + tail)).toBe(2025);
    expect(yearOf('某某网1月21日消息 1月20日，某区人大常委会第九次会议召开，听取区政府关于政府工作报告落实情况的报告。' + tail)).toBe(2025);
    expect(yearOf('1月20日，某区召开经济工作会议。会议指出，' + tail)).toBe(2025);
  });

  it('is not a page that writes its date in full (发布时间：2023-01-07)', () => {
    const text = [
      '发布时间：2023-01-07',
      '1月6日，市第十一届人民代表大会第二次会议开幕，市长作政府工作报告。一串串数字记录着过去一年的成绩。',
      '2023年是开局之年。',
    ].join('\n');
    expect(yearOf(text)).toBe(2023);
  });
});

describe('a work report a site titled by the year it reviews (某县2020年政府工作报告 over 一、2020年工作回顾)', () => {
  it('plans the year after the one its title names; its results are of the title’s year', () => {
    const text = ['某县2020年政府工作报告', '', '一、2020年工作回顾', '2020年，全县地区生产总值增长5%，一般公共预算收入增长4%。'].join('\n');
    expect(yearOf(text)).toBe(2021);
    expect(actuals(text)).toEqual(['地区生产总值 5% 2020', '一般公共预算收入 4% 2020']);
  });

  it('reads a review of the year with its five-year period too (一、2015年和“十二五”工作回顾)', () => {
    const text = ['某区2015年政府工作报告', '一、2015年和“十二五”工作回顾', '全年实现地区生产总值371亿元，同比增长11%。'].join('\n');
    expect(yearOf(text)).toBe(2016);
  });

  it('keeps a title that names the year planned (its review part is of the year before)', () => {
    const text = [
      '某县2020年政府工作报告',
      '一、2019年工作回顾',
      '2019年，全县地区生产总值增长6%。',
      '二、2020年工作安排',
      '全县地区生产总值增长6%左右。',
    ].join('\n');
    expect(yearOf(text)).toBe(2020);
  });

  it('keeps a title over a review of a part of the year (2020年上半年工作回顾)', () => {
    const text = ['某县2020年政府工作报告', '一、2020年上半年工作回顾', '上半年，全县地区生产总值增长3%。'].join('\n');
    expect(yearOf(text)).toBe(2020);
  });

  it('keeps a title that reports how the report was carried out (2020年政府工作报告落实情况)', () => {
    const text = ['某县2020年政府工作报告落实情况', '一、2020年工作回顾', '2020年，全县地区生产总值增长5%。'].join('\n');
    expect(yearOf(text)).toBe(2020);
  });

  it('keeps a title that is no work report (某县2020年工作要点)', () => {
    const text = ['某县2020年工作要点', '一、2020年工作回顾', '全县地区生产总值增长5%。'].join('\n');
    expect(yearOf(text)).toBe(2020);
  });
});

describe('a year named as the one to work hard in (精干2023年, 大干2023年, 决战2020年)', () => {
  it('is no year of results: a page of last year’s results that says it is no later year’s', () => {
    const text = [
      '喜报！某县获评先进县',
      '2022年，某县实现地区生产总值300亿元，比上年增长6%。',
      '今年以来，某县以“项目建设年”为抓手，精干2023年，奋力走在前列。',
    ].join('\n');
    expect(yearOf(text)).toBe(2022);
    expect(actuals(text)).toEqual(['地区生产总值 300亿元 2022', '地区生产总值 6% 2022']);
  });

  it('leaves a text that goes on to 今年 the year after its results', () => {
    const text = ['2019年，全县地区生产总值增长6%。决战2020年，确保全面建成小康社会。', '今年，全县地区生产总值增长6%左右。'].join('\n');
    expect(yearOf(text)).toBe(2020);
  });

  it('is not a year with work after it (2023年干部培训, 2023年实干争先): those still date results', () => {
    expect(yearOf('2023年干部培训覆盖全县，全县地区生产总值增长5%。')).toBe(2023);
    expect(yearOf('2023年实干争先，全县地区生产总值增长5%。')).toBe(2023);
  });
});

describe('今年以来 opening a paragraph on a page dated in the year it speaks of', () => {
  const period = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year} ${a.period.label}`);

  it('reviews the year under way: its 前三季度 are that year’s, not the year before', () => {
    const text = [
      '某网 2024-11-22',
      '10月28日，全区经济形势分析会召开，决战决胜全年目标任务。',
      '会议指出，今年以来，全区经济运行稳中有进。前三季度地区生产总值增长6%，规上工业增加值同比增长18.2%。',
    ].join('\n');
    expect(yearOf(text)).toBe(2024);
    expect(period(text)).toEqual(['前三季度地区生产总值 6% 2024 前三季度', '规上工业增加值 18.2% 2024 前三季度']);
  });

  it('is so on a December page of a session too (its 今年 is the page’s year)', () => {
    const text = [
      '2022/12/26/ 17:46 来源：某报',
      '12月12日至15日，某市第五届人民代表大会第二次会议召开，市长作政府工作报告。',
      '今年以来，某市经济运行稳步提质。前三季度，全市实现生产总值461.8亿元，增长5.6%。',
    ].join('\n');
    expect(period(text)).toEqual(['生产总值 461.8亿元 2022 前三季度', '生产总值 5.6% 2022 前三季度']);
  });

  it('leaves a page whose year its title gives as before (no page date: the title may name the year planned)', () => {
    const text = ['某县2024年上半年工作总结', '今年以来，全县经济运行稳中有进。上半年地区生产总值增长5%。'].join('\n');
    expect(yearOf(text)).toBe(2024);
  });
});

describe('a deadline in a text of last year’s results that goes on to 今年 (到2030年)', () => {
  it('is no year of results: the text plans the year after its results', () => {
    const text = ['2024年，全市地区生产总值增长5%。某市提出，到2030年地区生产总值达到900亿元。', '今年，全市地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2025);
    expect(targets(text)).toEqual(['地区生产总值 900亿元 2030', '地区生产总值 5% 2025']);
    expect(actuals(text)).toEqual(['地区生产总值 5% 2024']);
  });

  it('is so for a deadline sentence of its own (到2025年，…)', () => {
    const text = ['2022年，全市地区生产总值增长5%。到2025年，全市地区生产总值达到900亿元。', '今年，全市地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2023);
  });

  it('keeps a change to a year’s figure a year of results (增长到2024年的900亿元)', () => {
    const text = ['全市地区生产总值增长到2024年的900亿元。', '今年，全市地区生产总值增长5%左右。'].join('\n');
    expect(yearOf(text)).toBe(2025);
  });
});

describe('a text that writes one year only, dating results with it (截至2022年11月底，…增长5%)', () => {
  const period = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`);

  it('is of that year, though it names that year’s target inside its review; its 去年 is that year', () => {
    const text = [
      '本报讯 去年以来，全市工业稳步发展。截至2022年11月底，全市规上工业增加值同比增长5%。',
      '去年，全市工信系统一手抓防控一手抓生产，去年1-11月累计完成产值900亿元，同比增长4%。去年全年增长速度目标是6%。',
    ].join('\n');
    expect(yearOf(text)).toBe(2022);
    expect(period(text)).toEqual(['规上工业增加值 5% 2022', '产值 900亿元 2022', '产值 4% 2022']);
  });

  it('says unknown for a text whose only year is a base (较2021年增长5%), never today’s year', () => {
    expect(yearOf('本报讯 全市规上工业增加值较2021年增长5%，增长速度目标是6%。')).toBeNull();
  });

  it('takes a year whose clause names aims (2026年目标是…增长6%) as its targets’ year, not a results year; a text that aims (力争) is not its results year', () => {
    // (Its target is dated 2026 by its own sentence: the year the targets share, extract.ts yearTheTargetsShare.)
    expect(yearOf('2月2日，某县召开会议。\n2026年目标是全县生产总值增长6%。')).toBe(2026);
    expect(yearOf('某县召开会议，力争全县生产总值增长7%。截至2022年11月底，全县生产总值增长5%。')).not.toBe(2022);
  });

  it('says unknown for a text that writes no year at all', () => {
    expect(yearOf('今年，全县地区生产总值力争增长6%，一般公共预算收入增长5%。')).toBeNull();
  });

  it('leaves a text that goes on to 今年 the year after its results', () => {
    expect(yearOf('截至2022年11月底，全市规上工业增加值同比增长5%。今年全市规上工业增加值增长目标是6%。')).toBe(2023);
  });
});

describe('a year framed as one to come in news of 明年’s work (会议指出2027年…是十分关键的一年)', () => {
  const period = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year} ${a.period.label}`);

  it('is the year planned, and its 今年 the year before', () => {
    const text = [
      '新华社12月7日电 中央经济工作会议举行，部署明年经济工作。会议指出2027年对于发展是十分关键的一年。',
      '今年全国前三季度国内生产总值同比增长5%。',
    ].join('\n');
    expect(yearOf(text)).toBe(2027);
    expect(period(text)).toEqual(['全国前三季度国内生产总值 5% 2026 前三季度']);
  });

  it('is not a framing sentence that gives a figure (2022年是极不平凡的一年，…增长5%)', () => {
    expect(yearOf(['2022年是极不平凡的一年，全市地区生产总值增长5%。', '今年，全市地区生产总值增长6%左右。明年力争增长6.5%。'].join('\n'))).toBe(2023);
  });

  it('is not a text with no 明年 (2022年是极不平凡的一年。…今年…)', () => {
    expect(yearOf(['2022年是极不平凡的一年。全市地区生产总值增长5%。', '今年，全市地区生产总值增长6%左右。'].join('\n'))).toBe(2023);
  });
});

describe('今年 with the whole it counts for before months (今年全市前三季度)', () => {
  it('dates the months by 今年, though a year was written before them', () => {
    const text = '2021年全市地区生产总值增长6%。今年全市前三季度地区生产总值增长5%。';
    expect(actuals(text)).toEqual(['地区生产总值 6% 2021', '前三季度地区生产总值 5% 2022']);
  });

  it('leaves months after a year and the whole they count for that year’s (2021年全市前三季度)', () => {
    const text = '2021年全市前三季度地区生产总值增长5%。今年，全市地区生产总值增长6%左右。';
    expect(actuals(text)).toEqual(['前三季度地区生产总值 5% 2021']);
  });
});
