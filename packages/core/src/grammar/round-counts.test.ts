/**
 * A bare 百/千/万 before a counting unit is a round count when a comparator bounds it (超百名, 突破千家, 百场以上); idioms
 * and names with the same characters and no bound stay out. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2025) => readStatements(text, { year }).map((s) => `${s.role} ${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('a bounded bare 百/千/万 before a counting unit is a round count', () => {
  it('超百名, 超千名, 超万名 after a verb of training', () => {
    expect(read('到2026年，培训超百名乡村振兴带头人，超千名新型职业农民，超万名农村实用人才。')).toEqual([
      'target 乡村振兴带头人 > 100名',
      'target 新型职业农民 > 1000名',
      'target 农村实用人才 > 10000名',
    ]);
  });

  it('百场以上, 突破千家 bound the count after or before it', () => {
    expect(read('今年举办文旅消费活动百场以上。')).toEqual(['target 文旅消费活动 >= 100场']);
    expect(read('今年全市科技型中小企业突破千家。')).toEqual(['target 科技型中小企业 > 1000家']);
  });
});

describe('idioms and unbounded round words are no counts', () => {
  it('千家万户, 百家争鸣, 万名干部进万家, 百个…, 超万人 give nothing of the kind', () => {
    expect(read('让发展成果惠及千家万户。')).toEqual([]);
    expect(read('坚持百家争鸣、百花齐放。')).toEqual([]);
    expect(read('深入开展万名干部进万家活动。')).toEqual([]);
    expect(read('打造百个特色村庄样板。')).toEqual([]);
    expect(read('一千名志愿者参与服务。')).not.toContainEqual(expect.stringContaining('> '));
  });
});
