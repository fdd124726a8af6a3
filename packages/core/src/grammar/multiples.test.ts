/**
 * Multiples of a base year (达到2020年的1.5倍, 分别是2010年的2.3、2.8倍): the year is the multiple's base, never the
 * date of the figure, and a list of multiples shares its 倍. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) =>
  readStatements(text, { year: 2021 }).map((s) => `${s.role} ${s.kind} ${s.comparator} ${s.value}${s.unit}${s.role === 'target' ? ` y${s.year}` : ''}`);

describe('a year whose multiple follows is its base', () => {
  it.each([
    ['到2026年，全县工业总产值达到2021年的1.8倍。', 'target growth >= 1.8倍 y2026'],
    ['力争到2027年，农业总产值达到2022年的两倍。', 'target growth >= 2倍 y2027'],
    ['到2025年，人均可支配收入为2020年的1.4倍左右。', 'target growth ~ 1.4倍 y2025'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it('keeps a result dated by its own year', () => {
    expect(read('2020年全县财政收入达到2015年的1.6倍。')).toEqual(['actual growth = 1.6倍']);
  });

  it('leaves a year with no multiple after it a date', () => {
    expect(read('2020年的地区生产总值达到560亿元。')).toEqual(['actual level = 560亿元']);
    expect(read('到2025年的目标是地区生产总值达到800亿元。').map((x) => x.split(' ').slice(-1)[0])).toEqual(['y2025']);
  });
});

describe('a list of multiples shares its 倍', () => {
  it('reads each figure as a multiple', () => {
    expect(read('2020年城镇和农村居民收入分别是2010年的2.1、2.6倍。')).toEqual(['actual growth = 2.1倍', 'actual growth = 2.6倍']);
    expect(read('到2025年，城乡居民收入分别达到2020年的1.3和1.5倍。')).toEqual(['target growth >= 1.3倍 y2025', 'target growth >= 1.5倍 y2025']);
  });

  it('leaves a code or an item number alone', () => {
    expect(read('开通3、4号线。')).toEqual([]);
    expect(read('1、产值增长1.5倍。').map((x) => x.split(' ').slice(0, 4).join(' '))).toEqual(['target growth = 1.5倍']);
  });
});
