import { describe, expect, it } from 'vitest';
import { regionAndYear } from './title.ts';

describe('regionAndYear', () => {
  it.each([
    ['《金安区 2023 年度工业发展要点》重点任务分解表', '金安区', 2023],
    ['2024年六安市工业经济主要指标完成情况表', '六安市', 2024],
    ['六安市金安区2023年重点任务分解', '金安区', 2023],
    ['安徽省2024年制造业重点指标', '安徽省', 2024],
    ['金安区人民政府 2024 年工作要点任务分解', '金安区', 2024],
    ['霍邱县', '霍邱县', undefined],
    ['全市工业经济指标进度（2023年）', undefined, 2023],
    ['Sheet1', undefined, undefined],
  ])('%s', (title, region, year) => {
    const found = regionAndYear(title);
    expect(found.region).toBe(region);
    expect(found.year).toBe(year);
  });
});
