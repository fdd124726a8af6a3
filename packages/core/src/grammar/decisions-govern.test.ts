/** Round 23 (r23c): where the corpus Decisions govern the grammar. Invented sentences only. */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../reader/extract.ts';

const read = (text: string): string[] => {
  const plan = extractPlan(text, {});
  return [
    ...plan.targets.map((t) => `${t.metric} ${t.kind} ${t.comparator} ${t.value}${t.unit ?? ''}`),
    ...plan.actuals.map((a) => `A ${a.metric} ${a.value}${a.unit ?? ''}`),
  ];
};

describe('an average of the levels a target is set against: one target per level (Decisions 30)', () => {
  it('省、市 before the figure: two', () => {
    expect(read('2025年工作要点\n规上工业增加值：增长9%（高于省、市6.5%平均水平），责任单位为区经信局；')).toEqual([
      '规上工业增加值 growth = 9%',
      '全省规上工业增加值平均增速 growth = 6.5%',
      '全市规上工业增加值平均增速 growth = 6.5%',
    ]);
  });
  it('one level, 的平均增速', () => {
    expect(read('2025年工作要点\n全年社会消费品零售总额增长6%，快于全省5%左右的平均增速。')).toContain('全省社会消费品零售总额平均增速 growth ~ 5%');
  });
  it('must not fire: no level named before the average', () => {
    expect(read('2025年工作要点\n全年社会消费品零售总额增长6%，高于5%平均水平。')).toEqual(['社会消费品零售总额 growth = 6%']);
  });
});

describe('a 、 list before one share (Decisions 23)', () => {
  it('kinds qualifying one rate noun: one entry', () => {
    expect(read('2025年工作要点\n全年老年人、残疾人家庭医生签约率达到80%。')).toEqual(['老年人、残疾人家庭医生签约率 share >= 80%']);
  });
  it('must not fire: each item a rate of its own', () => {
    expect(read('2025年工作要点\n全年城镇登记失业率、调查失业率控制在5%以内。')).toEqual(['城镇登记失业率 share <= 5%', '调查失业率 share <= 5%']);
  });
  it('must not fire: 分别 gives each its figure', () => {
    expect(read('2025年工作要点\n全年老年人、残疾人家庭医生签约率分别达到80%、70%。')).toHaveLength(2);
  });
  it('must not fire: a growth of amounts stays each item’s', () => {
    expect(read('2025年工作要点\n全年造纸、印刷产值增长12%。')).toHaveLength(2);
  });
});

describe('a numbered line closed by a rate, its 。 lost', () => {
  it('is read, and so is the next', () => {
    expect(read('2025年工作要点\n3、农村自来水普及率达到95%以上\n4、学前教育毛入园率达到92%')).toEqual([
      '农村自来水普及率 share >= 95%',
      '学前教育毛入园率 share >= 92%',
    ]);
  });
  it('must not fire: a heading line that ends on words stays a heading', () => {
    expect(read('2025年工作要点\n3、提升公共服务水平\n全年学前教育毛入园率达到92%。')).toEqual(['学前教育毛入园率 share >= 92%']);
  });
});
