/**
 * A figure whose digits before the decimal point a reposting site deleted without a mark (完成投资.5亿元): what is
 * left is no number but a placeholder, as a masked figure (*.5亿元) is. Sentences are ours.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('a decimal whose whole part was cut', () => {
  it('a point right after a Han character, its digits and a unit, is a placeholder', () => {
    expect(read('全县今年将完成固定资产投资.6亿元。')).toEqual(['固定资产投资 level placeholder null亿元']);
    expect(read('力争实现农业总产值.35亿元以上。')).toEqual(['农业总产值 level placeholder null亿元']);
  });

  it('does not fire on whole decimals, list numbers, years or a point with no unit after it', () => {
    expect(read('全县今年将完成固定资产投资12.6亿元。')).toEqual(['固定资产投资 level = 12.6亿元']);
    expect(read('今年重点抓好以下工作.1.新建学校5所。').map((x) => x.split(' ').slice(1).join(' '))).toEqual(['increment = 5所']);
    expect(read('各项工作有序推进.2026年将新建学校5所。').map((x) => x.split(' ').slice(1).join(' '))).toEqual(['increment = 5所']);
    expect(read('建设V2.0版平台，新建学校5所。').map((x) => x.split(' ').slice(1).join(' '))).toEqual(['increment = 5所']);
    expect(read('地区生产总值增长6.5%左右。')).toEqual(['地区生产总值 growth ~ 6.5%']);
  });
});
