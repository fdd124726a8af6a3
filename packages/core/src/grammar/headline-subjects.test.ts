/**
 * A headline's short subject opening its line (安徽1032个重大项目集中开工) is the event's place, as 某县 is: the count of
 * projects at a stage is read. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('a headline’s subject before a count of projects at a stage', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.kind} ${s.value}${s.unit}`);

  it('reads the count after two or three characters opening the line', () => {
    expect(read('皖北218个重大项目集中开工')).toEqual(['重大项目集中开工 count 218个']);
    expect(read('要闻\n鄂西86个项目集中签约')).toEqual(['项目集中签约 count 86个']);
  });

  it('does not fire inside a line, on a longer lead, or without a stage', () => {
    expect(read('据介绍，皖北218个重大项目集中开工。')).toEqual([]);
    expect(read('产业链供应链218个项目集中开工')).toEqual([]);
    expect(read('皖北218个重大项目')).toEqual([]);
  });
});
