import { describe, expect, it } from 'vitest';
import { classifyHeader, headerPeriod } from './header-lexicon.ts';

describe('classifyHeader', () => {
  it.each([
    ['序号', 'index'],
    ['序 号', 'index'],
    ['重点任务', 'task'],
    ['任务名称', 'task'],
    ['内容和要求', 'content'],
    ['工作任务', 'content'],
    ['目标任务', 'content'],
    ['主要内容', 'content'],
    ['牵头单位', 'lead'],
    ['牵头\n单位', 'lead'],
    ['牵头责任单位', 'lead'],
    ['责任单位', 'lead'],
    ['牵头部门', 'lead'],
    ['配合单位', 'partner'],
    ['配合部门', 'partner'],
    ['指标', 'indicator'],
    ['指标名称', 'indicator'],
    ['计量单位', 'unit'],
    ['目标值', 'target'],
    ['全年目标', 'target'],
    ['年度目标', 'target'],
    ['2024年目标', 'target'],
    ['完成值', 'actual'],
    ['累计完成', 'actual'],
    ['1-6月完成', 'actual'],
    ['1—9月完成', 'actual'],
    ['完成率', 'rate'],
    ['完成进度', 'rate'],
    ['县区', 'region'],
    ['县（区）', 'region'],
    ['地区', 'region'],
    ['备注', 'note'],
  ])('%s → %s', (text, role) => {
    expect(classifyHeader(text)?.role).toBe(role);
  });

  it('takes the unit out of parentheses, full-width or not', () => {
    expect(classifyHeader('目标值（亿元）')).toMatchObject({ role: 'target', unit: '亿元' });
    expect(classifyHeader('目标值(%)')).toMatchObject({ role: 'target', unit: '%' });
    expect(classifyHeader('２０２４年目标')).toMatchObject({ role: 'target', year: 2024 });
  });

  it('leaves indicator names unclassified', () => {
    expect(classifyHeader('规上工业增加值增速(%)')).toBeUndefined();
    expect(classifyHeader('《金安区2023年度工业发展要点》重点任务分解表')).toBeUndefined();
  });
});

describe('headerPeriod', () => {
  it('reads month ranges, half years and quarters', () => {
    expect(headerPeriod('1-6月完成')).toMatchObject({ fromMonth: 1, toMonth: 6 });
    expect(headerPeriod('1—9月完成')).toMatchObject({ fromMonth: 1, toMonth: 9 });
    expect(headerPeriod('上半年完成')).toMatchObject({ fromMonth: 1, toMonth: 6 });
    expect(headerPeriod('截至9月底累计完成')).toMatchObject({ fromMonth: 1, toMonth: 9 });
    expect(headerPeriod('三季度')).toMatchObject({ fromMonth: 7, toMonth: 9 });
    expect(headerPeriod('目标值')).toBeUndefined();
  });
});
