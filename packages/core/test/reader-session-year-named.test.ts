/**
 * News of a work report given at a congress session early in the year that names the year it reviews
 * (报告指出，2023年，…) instead of saying 过去一年, and measures carried out (落实…一揽子措施) that plan nothing.
 * Invented texts in the shapes round 15 met.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.year}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`)];
};

const session = (body: string) => `2月3日，在某县第八届人民代表大会第二次会议上，县长作政府工作报告。${body}\n`;

describe('a congress session’s news naming the year it reviews', () => {
  it('plans the year after it, and reads its figures as that year’s results', () => {
    const text = session('2022年，全县经济稳中向好，地区生产总值突破500亿元。\n报告指出，2022年，全县新增市场主体5200户，外贸进出口增长9.5%。');
    expect(extractPlan(text).year).toBe(2023);
    expect(roles(text)).toEqual(['A 500亿元 2022', 'A 5200户 2022', 'A 9.5% 2022']);
  });

  it('an undated paragraph after it stays in the year reviewed', () => {
    const text = session('2022年，全县地区生产总值增长6.2%。\n此外，全县新建5G基站800个。');
    expect(roles(text)).toEqual(['A 6.2% 2022', 'A 800个 2022']);
  });

  it('a year that aims keeps the text a plan of that year (must not fire)', () => {
    const text = session('报告提出，2023年，全县地区生产总值增长6%左右的预期目标。');
    expect(extractPlan(text).year).toBe(2023);
    expect(roles(text)).toEqual(['T 6% 2023']);
  });

  it('a year inside a sentence opens no review (must not fire)', () => {
    const text = session('全县地区生产总值比2022年增长6.2%，县长说全县将新建学校3所。');
    expect(extractPlan(text).year).not.toBe(2023);
  });

  it('a session of the standing committee is no work report’s (must not fire)', () => {
    const text = '2月3日，某县人大常委会召开会议。2022年，全县地区生产总值增长6.2%。\n';
    expect(extractPlan(text).year).toBe(2022);
  });
});

describe('measures carried out plan nothing', () => {
  it('落实…一揽子措施 in a review leaves its figures results', () => {
    const text = session('2022年，落实稳经济一揽子措施，全县减税降费3.2亿元。\n此外，全县新增就业4100人。');
    expect(roles(text)).toEqual(['A 3.2亿元 2022', 'A 4100人 2022']);
  });

  it('measures a colon goes on to list still plan (must not fire)', () => {
    const text = '某县关于稳增长的通知\n全县要落实以下措施：新增就业4100人，减税降费3.2亿元。\n';
    expect(roles(text).every((r) => r.startsWith('T '))).toBe(true);
  });

  it('a plan that sets its own measures still plans (must not fire)', () => {
    const text = '某县2023年稳增长措施\n制定如下措施：全年新增就业4100人。\n';
    expect(roles(text)).toEqual(['T 4100人 2023']);
  });
});

describe('a text with no year of its own compared with one year’s same period', () => {
  it('reports the year after that one', () => {
    const text = '某县召开新闻发布会。全县重点项目上半年完成投资42.3亿元，比2023年同期增长12.5%。\n';
    expect(extractPlan(text).year).toBe(2024);
  });

  it('较…同期 says the same', () => {
    expect(extractPlan('全县前三季度接待游客320万人次，较2022年同期增长31%。\n').year).toBe(2023);
  });

  it('a text writing a year of its own keeps it (must not fire)', () => {
    expect(extractPlan('2024年上半年，全县完成投资42.3亿元，比2022年同期增长12.5%。\n').year).toBe(2024);
  });

  it('two years’ same periods say nothing (must not fire)', () => {
    expect(extractPlan('全县完成投资42.3亿元，比2023年同期增长12.5%，比2022年同期增长20%。\n').year).toBeNull();
  });

  it('a year compared as a whole, not its same period, says nothing (must not fire)', () => {
    expect(extractPlan('全县完成投资42.3亿元，比2023年增长12.5%。\n').year).toBeNull();
  });
});

describe('a share of the year’s 任务目标 whose sum is written bare', () => {
  it('is a result, and so is the change after it', () => {
    const text = '某县2024年项目建设情况\n全县重点项目上半年完成投资31.5亿元，占年度任务目标60亿元的52.5%，比2023年同期增长8.1%。\n';
    expect(roles(text)).toContain('A 52.5% 2024');
    expect(roles(text)).toContain('A 8.1% 2024');
    expect(roles(text).some((r) => r.startsWith('T 52.5%'))).toBe(false);
  });

  it('a goal set as a share of a sum still plans (must not fire)', () => {
    const text = '某县2024年工作要点\n力争全县重点项目完成投资占年度任务目标60亿元的80%以上。\n';
    expect(roles(text)).toContain('T 80% 2024');
  });

  it('a 目标 followed by a bare sum and no share is still set (must not fire)', () => {
    const text = '某县2024年工作要点\n全县重点项目年度任务目标60亿元。\n';
    expect(roles(text)).toEqual(['T 60亿元 2024']);
  });
});

describe('stars among a page’s junk marks mask no figure', () => {
  const placeholders = (text: string) => extractPlan(text).targets.filter((t) => t.comparator === 'placeholder').length;

  it('a run of #%@* marks after words is skipped', () => {
    expect(placeholders('某市2024年工作要点\n全市要打造宜居城市%*%，奏响协调发展的乐章*%**#。\n会上##**%，客商齐聚@@*@。\n')).toBe(0);
  });

  it('masked figures stay placeholders (must not fire)', () => {
    expect(placeholders('某市2024年工作要点\n全年新增企业**家，增速达到*.*%，占比*%。\n')).toBe(3);
  });
});

describe('a December session’s news on a page dated the day after', () => {
  const page = (date: string) =>
    `某区经济要闻\n${date}   来源：某报\n12月27日，某区第五届人民代表大会第三次会议开幕，区长在会上作了政府工作报告。\n报告指出，预计全年地区生产总值将超过800亿元、增长3%。\n`;

  it('plans the year after, and 预计全年…将 estimates that year’s results', () => {
    const text = page('2022-12-28 09:10');
    expect(extractPlan(text).year).toBe(2023);
    expect(roles(text)).toEqual(['A 800亿元 2022', 'A 3% 2022']);
  });

  it('a page dated weeks later is no news of that day (must not fire)', () => {
    expect(extractPlan(page('2022-12-20 09:10')).year).not.toBe(2023);
  });
});

describe('预计全年 with the measure before 将', () => {
  it('a plan’s own 将 still plans (must not fire)', () => {
    const text = '某县2023年工作要点\n全年地区生产总值将增长6%。\n';
    expect(roles(text)).toEqual(['T 6% 2023']);
  });
});
