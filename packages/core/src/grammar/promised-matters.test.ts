/**
 * A count of 民生实事 is set or reported wherever a text gives it (corpus Decisions 25), unless it only opens the list of
 * matters, names a document, stands as a heading line, or follows the matters' quoted names. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('N件民生实事: a count of practical matters', () => {
  const context = { year: 2024 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

  it('reads the count set for the year or reported done, whatever words stand before it', () => {
    expect(read('今年，全力办好年度12件重点民生实事，提升群众获得感。')).toEqual(['重点民生实事 count = 12件']);
    expect(read('2023年，8大类36项民生实事全部完成。').some((s) => s.includes('= 36项'))).toBe(true);
  });

  it('does not fire on the list it opens, a document, a heading line, or matters named in quotes', () => {
    expect(read('今年县政府还要办好12件民生实事：一是…')).toEqual([]);
    expect(read('附件：2024年十二件民生实事任务分解表')).toEqual([]);
    expect(read('2024年办好12件民生实事\n一、新建幼儿园3所。').some((s) => s.includes('12件'))).toBe(false);
    expect(read('今年重点办好“医”和“学”两件实事。')).toEqual([]);
    expect(read('印发《2024年12件民生实事清单》。')).toEqual([]);
  });
});
