/**
 * An indicator table whose group cell was merged over two rows, so no line of pipes closed the first
 * and the two rows ran on into one line. Invented tables (never corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const actualsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.kind} ${a.value}${a.unit ?? ''} ${a.period.year}`);

const table = (rows: string[]) =>
  ['某区“十四五”规划纲要', '表1 “十三五”主要指标完成情况', '指标\t2015年完成\t2020年完成\t年均增长(%)\t指标属性', ...rows].join('\n');

describe('two rows run on into one line', () => {
  it('is cut after the 属性 cell that more cells follow', () => {
    const text = table(['水环境\t地表水达标断面比例(%)\t80\t92.5\t/\t约束性\t饮用水源地水质达标率(%)\t95\t100\t/\t约束性']);
    expect(actualsOf(text)).toEqual([
      '地表水达标断面比例 share 80% 2015',
      '地表水达标断面比例 share 92.5% 2020',
      '饮用水源地水质达标率 share 95% 2015',
      '饮用水源地水质达标率 share 100% 2020',
    ]);
  });
});

describe('must not fire', () => {
  it('leaves a row as wide as the header whole', () => {
    const text = table(['森林覆盖率(%)\t30\t32\t/\t约束性']);
    expect(actualsOf(text)).toEqual(['森林覆盖率 share 30% 2015', '森林覆盖率 share 32% 2020']);
  });

  it('does not cut a table with no 属性 column', () => {
    const text = [
      '某区“十四五”规划纲要',
      '表1 “十三五”主要指标完成情况',
      '指标\t2015年完成\t2020年完成\t备注',
      '森林覆盖率(%)\t30\t32\t约束性\t林地面积(公顷)\t500',
    ].join('\n');
    expect(actualsOf(text).some((a) => a.startsWith('林地面积'))).toBe(false);
  });

  it('does not cut at a 属性 cell that ends the line', () => {
    const text = table(['生态\t森林覆盖率(%)\t30\t32\t/\t约束性']);
    expect(actualsOf(text)).toEqual(['森林覆盖率 share 30% 2015', '森林覆盖率 share 32% 2020']);
  });
});
