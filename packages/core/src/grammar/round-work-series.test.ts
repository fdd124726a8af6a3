/**
 * A series of round goals written with a bare 百/千 after a verb of work (打造百家…，制定百项…): each a count; invented
 * sentences (never corpus text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const counts = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.value} ${s.unit} ${s.comparator}`);

describe('round counts in a series of work goals', () => {
  it('reads each bare 百/千 after a verb of work when the sentence sets two or more in a row', () => {
    expect(counts('到2026年，培育百家特色工坊，打造百个示范村落，制定百项地方标准，建设一批服务平台。')).toEqual(['100 家 =', '100 个 =', '100 项 =']);
  });

  it('leaves a lone round word, a saying and a promise to every home alone', () => {
    for (const text of [
      '到2026年，形成百项创新成果，推动产业升级。',
      '坚持百家争鸣，繁荣学术研究。',
      '让好政策走进千家万户，惠及群众。',
      '推动服务进千家、入万户，打造百姓满意的窗口。',
    ]) {
      expect(counts(text)).toEqual([]);
    }
  });
});
