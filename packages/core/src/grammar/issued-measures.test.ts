/**
 * Measures issued with their purpose between the verb and the count (出台…N条措施) in a review: a count of measures
 * issued, as 推出168项稳增长措施 is. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('出台…N条措施: measures issued for a purpose, counted in a review', () => {
  const context = { year: 2024 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

  it('reads the count with the purpose written between the verb and it', () => {
    expect(read('2023年，我们研究制定扶持小微企业纾困发展22条措施，稳住了基本盘。')).toEqual(['actual 扶持小微企业纾困发展措施 count = 22条']);
    expect(read('去年，市政府出台促进民营经济提质增效十条政策措施，效果明显。')).toEqual(['actual 促进民营经济提质增效政策措施 count = 10条']);
  });

  it('does not fire in a plan, on the plan’s own measures, on a list, nor on a document named', () => {
    expect(read('今年将研究制定扶持小微企业纾困发展22条措施。')).toEqual([]);
    expect(read('为此，我们提出以下12条措施：')).toEqual([]);
    expect(read('2023年，制定出台助企纾困3项措施、5个方案。').every((s) => !s.includes('纾困3'))).toBe(true);
    expect(read('2023年，认真落实扶持小微企业发展22条措施。')).toEqual([]);
    expect(read('2023年，出台《关于促进消费的若干措施》，消费回暖。')).toEqual([]);
  });

  it('does not count measures another body issued, which the region carries out (出台的, 印发的)', () => {
    expect(read('2023年，全面落实省政府出台的稳经济18条措施，经济回升。')).toEqual([]);
    expect(read('2023年，落实国家出台的支持小微企业发展30条措施。')).toEqual([]);
    expect(read('2023年，按照国务院印发的文件精神细化落实12条措施。')).toEqual([]);
    expect(read('2023年，执行上级发布的优化营商环境20条政策。')).toEqual([]);
    expect(read('2023年，对照省里制定的稳增长8条举措，逐项推进。')).toEqual([]);
  });
});
