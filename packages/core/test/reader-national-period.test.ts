/**
 * A dated text that names a five-year period only as the nation's plan (聚焦国家“十四五”规划102项重大工程 in a province's
 * 实施方案 signed on a day of 2023) plans for no period of its own: its issue year is its plan year (corpus Decisions 2).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('a dated plan that names the nation’s five-year plan only', () => {
  it('takes its issue year, not the period’s first', () => {
    const text = [
      '某省人民政府办公厅关于印发某省支持民间投资实施方案的通知',
      '某省人民政府办公厅',
      '2023年3月17日',
      '一、聚焦国家“十四五”规划102项重大工程,常态化向民间资本推介项目。',
    ].join('\n');
    expect(yearOf(text)).toBe(2023);
  });

  it('reads a spun repost (计划 for 规划) the same way', () => {
    expect(yearOf('2022年6月1日\n落实全国“十四五”计划,推进民间投资。')).toBe(2022);
  });
});

describe('texts whose period stays theirs', () => {
  it.each([
    // a period of its own beside the nation's
    ['某省人民政府办公厅\n2023年3月17日\n对接国家“十四五”规划,“十四五”时期全省新增民间投资项目500个。', 2021],
    // a plan of its own period named in its title
    ['某省人民政府办公厅\n2023年3月17日\n《某省“十四五”民间投资发展规划》提出,全省新增民间投资项目500个。', 2021],
    // no date: the rule needs an issue year
    ['某省人民政府办公厅\n聚焦国家“十四五”规划重大工程,全省新增民间投资项目500个。', 2021],
    // the nation's period named without its plan (国家“十四五”时期)
    ['2023年3月17日\n国家“十四五”时期,全省新增民间投资项目500个。', 2021],
  ])('%s', (text, year) => {
    expect(yearOf(text)).toBe(year);
  });
});
