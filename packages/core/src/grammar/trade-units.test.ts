/**
 * Units trade and land news writes that the table lacked: Latin power and energy (GW, MW, GWh), 平方千米, ㎡, 吨标煤,
 * horses and poultry (匹, 羽), trains run (列) and satellites (颗); and the words those characters open, which count
 * nothing. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2024) => readStatements(text, { year }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('units of trade, land and livestock news are read', () => {
  it('GW, MW and GWh size capacity as 万千瓦 and 千瓦时 do', () => {
    expect(read('到2026年，全县储能电池产能达到20GWh，光伏组件产能达到15GW。')).toEqual([
      'target 储能电池产能 level >= 20GWh',
      'target 光伏组件产能 level >= 15GW',
    ]);
    expect(read('今年新增分布式光伏装机60MW。')).toEqual(['target 分布式光伏装机 increment = 60MW']);
  });

  it('平方千米, ㎡ and 吨标煤 measure area and energy', () => {
    expect(read('到2030年，永久基本农田保护面积不低于320.5平方千米。')).toEqual(['target 永久基本农田保护面积 level >= 320.5平方千米']);
    expect(read('2023年，单位地区生产总值能耗降至0.45吨标煤。')[0]).toContain('0.45吨标煤');
    expect(read('一季度共修复破损人行道板260㎡。')[0]).toContain('260㎡');
  });

  it('匹, 羽, 列 and 颗 count herds, flocks, trains and satellites, a 万 kept in the unit', () => {
    expect(read('2023年，全县牛存栏发展到8.6万头，马发展到1.3万匹，家禽发展到120万羽。')).toEqual([
      'actual 牛存栏 level = 8.6万头',
      'actual 马 level = 1.3万匹',
      'actual 家禽 level = 120万羽',
    ]);
    expect(read('2024年，中欧班列累计开行突破2.1万列。', 2025)).toEqual(['actual 中欧班列累计开行 level = 2.1万列']);
    expect(read('2024年，该基地累计发射卫星58颗。')[0]).toContain('58颗');
  });
});

describe('the words those units open count nothing', () => {
  it('列入, 列为, 列车, 匹配, 羽毛球, 颗粒 are words; trains in words are named, not run', () => {
    expect(read('今年有3个项目列入省重点项目，2个园区列为省级试点。')).toEqual([
      'target 项目列入省重点项目 count = 3个',
      'target 园区列为省级试点 count = 2个',
    ]);
    expect(read('全市建成3羽毛球馆。')).toEqual([]);
    expect(read('新增5颗粒饲料生产线。')).toEqual([]);
    expect(read('供需1匹配率明显提高。')).toEqual([]);
    expect(read('服务冬奥会的两列智能高铁正式上线运行。')).toEqual([]);
  });

  it('a capacity closing the name of a project given as an example before 等项目 is no figure', () => {
    expect(read('加快实施光储一体化一期2GW等项目，推动新能源产业发展。')).toEqual([]);
    expect(read('实施风电二期50万千瓦等重点项目。')).toEqual([]);
  });
});
