/**
 * Five-year indicator sheets flattened one cell per line under 领域 | 序号 | 主要指标 | 单位 | 2020年 | 2025年目标 |
 * 指标性质 (`sheet-rows.ts`, `indicator-table.ts`), on an invented table (never corpus text): the 领域 cell only on a
 * group's first row, the 序号 alone on its line, the 单位 cell left out by rows with no unit, `-` for no base value,
 * signs in target cells (> is 高于, < is 低于 → <=), a 其中 row under a total that writes no unit — and a numbered list
 * that is no table.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';

const cells = (lines: readonly string[]) => lines.join('\n\n');

const SHEET = cells([
  '某县“十四五”时期文化旅游事业主要发展指标',
  '领域',
  '序号',
  '主要指标',
  '单位',
  '2020年',
  '2025年目标',
  '指标性质',
  '公共文化',
  '1',
  '人均公共图书馆藏书量',
  '册',
  '1.2',
  '>1.5',
  '预期性',
  '2',
  '每万人拥有群众文化设施面积',
  '650',
  '800',
  '预期性',
  '3',
  '文化站达标率',
  '%',
  '-',
  '<98',
  '约束性',
  '旅游发展',
  '4',
  '每千人口拥有星级饭店床位数',
  '2.4',
  '3.1',
  '预期性',
  '其中：每千人口拥有民宿床位数',
  '0.6',
  '1.1',
  '预期性',
  '5',
  '景区从业人员持证率',
  '-',
  '60',
  '预期性',
]);

describe('an indicator sheet under 领域 | 序号 | 主要指标 | 单位 | 2020年 | 2025年目标 | 指标性质', () => {
  it('keeps each cell on its line for the indicator reader, which reads the rows by the shapes of their cells', () => {
    expect(cleanText(SHEET).text).not.toContain('\t');
    expect(cleanText(SHEET).text).toContain(cells(['1', '人均公共图书馆藏书量', '册', '1.2', '>1.5', '预期性']));
  });

  it('reads the 2025年目标 cells as targets due 2025 with their sign and attribute, the 2020年 cells as results', () => {
    const plan = extractPlan(SHEET);
    expect(plan.targets.map((t) => [t.metric, t.value, t.comparator, t.unit || null, t.year, t.attribute])).toEqual([
      ['人均公共图书馆藏书量', 1.5, '>', '册', 2025, '预期性'],
      ['每万人拥有群众文化设施面积', 800, '=', null, 2025, '预期性'],
      ['文化站达标率', 98, '<=', '%', 2025, '约束性'],
      ['每千人口拥有星级饭店床位数', 3.1, '=', null, 2025, '预期性'],
      ['每千人口拥有民宿床位数', 1.1, '=', null, 2025, '预期性'],
      ['景区从业人员持证率', 60, '=', null, 2025, '预期性'],
    ]);
    expect(plan.actuals.map((a) => [a.value, a.unit || null, a.period?.year])).toEqual([
      [1.2, '册', 2020],
      [650, null, 2020],
      [2.4, null, 2020],
      [0.6, null, 2020],
    ]);
  });
});

describe('shapes the 序号 and 单位 reading leaves alone', () => {
  it('a list of numbered lines that is no table: no cells joined, no figure read as a column', () => {
    const text = cells(['主要任务', '1', '加快建设县人民医院新院区', '2', '推进乡镇卫生院提档升级', '3', '完善家庭医生签约服务', '预期性']);
    expect(cleanText(text).text).not.toContain('\t');
  });
});
