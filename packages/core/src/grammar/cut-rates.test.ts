/**
 * A cut written before its object (压减一般性支出15%以上): the rate after the object is a decline of that object,
 * as 一般性支出压减15% is. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) =>
  readStatements(text, { year: 2025 }).map((s) => `${s.kind}${s.decline ? ' decline' : ''} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('a verb of cutting before its object, the rate after it', () => {
  it.each([
    ['继续压减部门非刚性支出10%以上。', 'growth decline 部门非刚性支出 >= 10%'],
    ['降低重点企业用电成本8%。', 'growth decline 重点企业用电成本 = 8%'],
    ['减少农药使用量3%，推广测土配方施肥。', 'growth decline 农药使用量 = 3%'],
    ['进一步压降会议经费20%。', 'growth decline 会议经费 = 20%'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });

  // Must not fire: a rate or share noun as the object, a count, a comparator before the figure, no figure, a
  // cut written after its object (read as before).
  it.each([
    ['降低城镇调查失业率0.2个百分点。', 'share'],
    ['减少农村贫困人口3000人。', 'count'],
    ['降低管网漏损率至9%以下。', 'share'],
    ['一般性支出压减15%。', 'growth decline 一般性支出 = 15%'],
  ])('%s', (text, want) => {
    expect(read(text).some((s) => s.startsWith(want))).toBe(true);
  });

  it.each(['进一步降低企业融资成本。', '减少审批环节，压减办理时限。'])('%s reads nothing', (text) => {
    expect(read(text)).toEqual([]);
  });
});
