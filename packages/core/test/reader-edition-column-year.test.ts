/**
 * A paper's page line whose column name writes the year without 年 (第03版:2031某市两会), on invented texts: the year
 * of the column dates a report's 今年 targets; other page lines and columns do not.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;
const aims = '今年全市发展的主要预期目标是：地区生产总值增长7%，一般公共预算收入增长6%。';

describe('a page line naming a column with its year (第03版:2031某市两会)', () => {
  it('dates the report by the column’s year', () => {
    expect(yearOf(['第03版:2031江南两会', '', '报告解读', '', aims].join('\n'))).toBe(2031);
    expect(yearOf(['第A05版：2029全国两会特刊', aims].join('\n'))).toBe(2029);
  });

  it('gives its year to the targets of 今年', () => {
    const plan = extractPlan(['第03版:2031江南两会', aims].join('\n'));
    expect(plan.targets.map((t) => t.year)).toEqual([2031, 2031]);
  });

  it('does not read a page line without a year, a 2030年 column, a page number or a later line', () => {
    expect(yearOf(['第03版:江南两会', aims].join('\n'))).toBeNull();
    expect(yearOf(['第03版:2030年终盘点', aims].join('\n'))).not.toBe(2030);
    expect(yearOf(['第03版:要闻', aims].join('\n'))).toBeNull();
    expect(yearOf(['报告解读', '第03版:2031江南两会', aims].join('\n'))).toBeNull();
    expect(yearOf(['第03版:2031江南2032', aims].join('\n'))).toBeNull();
    expect(yearOf(['第03版:共1998人参加', aims].join('\n'))).not.toBe(1998);
    expect(yearOf(['第03版:2031江南要闻', aims].join('\n'))).toBeNull();
  });
});
