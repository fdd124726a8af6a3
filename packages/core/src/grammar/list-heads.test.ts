/**
 * A count heading the list its clause opens (12项未完成的任务分别为：, 8项重点事项如下：) counts the list's own items: no
 * figure. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

describe('N项…分别为：/如下：: the count of the list that follows', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.kind} ${s.value}${s.unit}`);

  it('reads no figure for the count heading the list', () => {
    expect(read('12项未完成的任务分别为：')).toEqual([]);
    expect(read('2023年，8项滞后的重点事项如下：')).toEqual([]);
  });

  it('does not fire on a figure before a comma, a list with no colon, or a count of things named after it', () => {
    expect(read('2023年，新增规上企业12家，分别为：')).toEqual(['increment 12家']);
    expect(read('2023年，新建公园5个，分别为东湖公园、西山公园等。')).toEqual(['increment 5个']);
    expect(read('今年实施重点项目30个，具体如下：')).toEqual(['count 30个']);
    // The count closing its noun is the plan's figure; the list only names the items.
    expect(read('今年实施重点项目120个如下：')).toEqual(['count 120个']);
    expect(read('今年培育专精特新企业15个分别为：')).toEqual(['count 15个']);
  });
});
