/**
 * News of a congress session, digests and reposts of a work report, read whole in the wrong role or year:
 * the year a page says has just passed, delegates counted, a lottery spam's year in a headline, an undated
 * digest's review. Invented texts in the shapes round 13 met.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.year}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`)];
};

describe('刚刚过去的2023年: the year a report’s news says has just passed', () => {
  const news = (opening: string) =>
    `某网 2024年01月22日\n某网某市1月21日电 1月21日上午，某省第十届人民代表大会第三次会议开幕。省长代表省人民政府作工作报告。\n政府工作报告中指出，${opening}\n过去一年，我们统筹发展和安全，较好完成省十届人大二次会议确定的目标任务。全省地区生产总值达2.46万亿元、增长6.1%；地方一般公共预算收入1520亿元、增长7.4%。\n`;

  it('dates the text the year after it, and its 过去一年 results that year', () => {
    const text = news('刚刚过去的2023年是全面贯彻党的二十大精神的开局之年，我们迎难而上。');
    expect(extractPlan(text).year).toBe(2024);
    expect(roles(text)).toEqual(['A 2.46万亿元 2023', 'A 6.1% 2023', 'A 1520亿元 2023', 'A 7.4% 2023']);
  });

  it('刚过去的 says the same', () => {
    expect(extractPlan(news('刚过去的2023年极不平凡。')).year).toBe(2024);
  });

  it('a part of the year just past dates nothing of the kind (must not fire)', () => {
    const text = '某市统计局发布\n刚刚过去的2023年上半年，全市地区生产总值增长5.6%。\n';
    expect(extractPlan(text).year).toBe(2023);
  });

  it('a page that names no work report or congress keeps its own reading (must not fire)', () => {
    const text = '某市文旅局：刚刚过去的2023年，全市接待游客1.2亿人次，增长18%。\n';
    expect(extractPlan(text).year).toBe(2023);
    expect(roles(text)).toEqual(['A 120000000人次 2023', 'A 18% 2023']);
  });
});
