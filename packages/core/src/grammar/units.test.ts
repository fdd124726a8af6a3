import { describe, expect, it } from 'vitest';
import { canonicalUnit, comparableUnits, compareQuantities, convert, toBase, unitInfo, UNITS } from './units.ts';

describe('unitInfo', () => {
  it.each([
    ['亿元', 'money', 1e8],
    ['万元', 'money', 1e4],
    ['元', 'money', 1],
    ['%', 'percent', 1],
    ['％', 'percent', 1],
    ['百分点', 'percentage-point', 1],
    ['个百分点', 'percentage-point', 1],
    ['户', 'enterprise', 1],
    ['家', 'enterprise', 1],
    ['个', 'item', 1],
    ['万吨', 'mass', 1e4],
    ['万平方米', 'area', 1e4],
    ['亿亩', 'area', 1e8 * (10000 / 15)],
    ['万只', 'head', 1e4],
    ['平方公里', 'area', 1e6],
    ['人次', 'person-time', 1],
    ['万人', 'person', 1e4],
    ['万千瓦时', 'energy', 1e4],
    ['兆瓦', 'power', 1e6],
    ['千瓦', 'power', 1e3],
  ])('%s → %s × %d', (unit, dimension, factor) => {
    expect(unitInfo(unit)).toMatchObject({ dimension, factor });
  });

  it('keeps the unit as written, canonicalised only for aliases', () => {
    expect(unitInfo('亿元').unit).toBe('亿元');
    expect(unitInfo('％').unit).toBe('%');
    expect(unitInfo('个百分点').unit).toBe('百分点');
    expect(canonicalUnit(' 台（套） ')).toBe('台套');
  });

  it('gives unknown units their own dimension', () => {
    expect(unitInfo('条')).toEqual({ unit: '条', dimension: 'unit:条', factor: 1 });
    expect(unitInfo('')).toEqual({ unit: '', dimension: 'number', factor: 1 });
    expect(comparableUnits(unitInfo('条'), unitInfo('个'))).toBe(false);
  });

  it('every table entry has a positive factor', () => {
    for (const [unit, def] of Object.entries(UNITS)) expect(def.factor, unit).toBeGreaterThan(0);
  });
});

describe('comparing quantities across units', () => {
  it('30万担 is 15000 吨 (a 担 is fifty kilograms)', () => {
    expect(compareQuantities(30, unitInfo('万担'), 15000, unitInfo('吨'))).toBe(0);
  });

  it('8000000万元 equals 800亿元', () => {
    expect(toBase(8000000, unitInfo('万元'))).toBe(toBase(800, unitInfo('亿元')));
    expect(compareQuantities(8000000, unitInfo('万元'), 800, unitInfo('亿元'))).toBe(0);
    expect(compareQuantities(170, unitInfo('亿元'), 2000000, unitInfo('万元'))).toBe(-1);
    expect(convert(1.5, unitInfo('亿元'), unitInfo('万元'))).toBe(15000);
  });

  it('% never meets 百分点; 户 meets 家', () => {
    expect(comparableUnits(unitInfo('%'), unitInfo('百分点'))).toBe(false);
    expect(compareQuantities(20, unitInfo('%'), 20, unitInfo('百分点'))).toBeNull();
    expect(convert(2, unitInfo('%'), unitInfo('百分点'))).toBeNull();
    expect(compareQuantities(25, unitInfo('户'), 25, unitInfo('家'))).toBe(0);
  });

  it('rate units are quotients of two known units', () => {
    expect(unitInfo('万元/亩')).toMatchObject({ dimension: 'money/area', factor: 15 });
    expect(unitInfo('万元／人')).toMatchObject({ unit: '万元/人', dimension: 'money/person', factor: 1e4 });
    expect(compareQuantities(25, unitInfo('万元/亩'), 250000, unitInfo('元/亩'))).toBe(0);
    // 年 is a unit of time (受教育年限11.7年): 万元/年 is money per year.
    expect(unitInfo('万元/年').dimension).toBe('money/duration-years');
    expect(unitInfo('万元/季').dimension).toBe('unit:万元/季');
  });

  it('tolerates floating point in conversions', () => {
    expect(compareQuantities(0.3, unitInfo('亿元'), 3000, unitInfo('万元'))).toBe(0);
    expect(compareQuantities(100, unitInfo('万平方米'), 1, unitInfo('平方公里'))).toBe(0);
  });
});
