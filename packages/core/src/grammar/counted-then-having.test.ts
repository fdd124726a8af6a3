/**
 * 家 before 具有/具备: the count's unit before the verb of having (培育3家具有…的企业), not 家具 (furniture).
 * Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) =>
  readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.max === null ? '' : `-${s.max}`}${s.unit}`);

describe('家 then 具有 or 具备', () => {
  it.each([
    ['到2027年，培育3家具有行业话语权的龙头企业。', ['target 具有行业话语权的龙头企业 = 3家']],
    ['今年，新引进4—6家具备总承包资质的建筑企业。', ['target 具备总承包资质的建筑企业 range 4-6家']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // 家具 is furniture: no count of 家
    ['今年，家具产业产值增长12%。', ['target 家具产业产值 = 12%']],
    ['今年，新增家具企业6家。', ['target 家具企业 = 6家']],
    // 家居, 家庭 keep their words
    ['今年，建成3个家居卖场，服务2万家庭。', ['target 家居卖场 = 3个']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
