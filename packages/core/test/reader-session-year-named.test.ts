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
