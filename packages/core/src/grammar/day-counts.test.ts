/**
 * A count of days (…天数) with its number in 天 right after it, or after a verb of reaching: a level in 天.
 * 天 stays no unit elsewhere (deadlines, durations). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('…天数 N天: the days counted, a level', () => {
  const context = { year: 2024 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

  it('优良天数312天, 优良天数达到320天以上', () => {
    expect(read('2023年，全县空气质量优良天数312天。')).toEqual(['actual 空气质量优良天数 = 312天']);
    expect(read('今年城区空气优良天数达到320天以上。')).toEqual(['target 城区空气优良天数 >= 320天']);
  });

  it('a rank after the count is the count’s, not a word before it', () => {
    expect(read('2023年，空气质量优良天数298天，居全市第一。')).toEqual(['actual 空气质量优良天数 = 298天', 'actual 空气质量优良天数 = 1位']);
  });

  it('does not fire on deadlines, durations or days with no count named', () => {
    expect(read('企业开办时间压缩至2天以内。')).toEqual([]);
    expect(read('工程建设项目审批时限压缩至60天。')).toEqual([]);
    expect(read('全年举办活动30天。')).toEqual([]);
    expect(read('连续15天无降雨。')).toEqual([]);
    expect(read('投诉件在5天内办结。')).toEqual([]);
  });
});
