/**
 * A list of measures, each with its own figure, whose last figure writes the comparator (以上, 左右…): the word written last
 * binds every figure only when the list measures one thing — its next item's name only a tier or a time completing the
 * first's, or both names ending on the same measure (corpus Decisions 41.2, round 31); measures that each name their own
 * noun keep their own words, the last binding its own figure only. Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.metric} ${s.comparator} ${s.value}${s.unit ?? ''}`);

describe('a comparator after the last figure of a list that measures one thing binds every figure', () => {
  it.each([
    ['今年力争培育国家级龙头企业2家、省级5家以上。', ['国家级龙头企业 >= 2家', '省级 >= 5家']],
    ['上半年计划投资完成率50%、年度投资计划完成率110%以上。', ['上半年计划投资完成率 >= 50%', '年度投资计划完成率 >= 110%']],
  ])('%s', (text, want) => {
    expect(read(text).map((s) => s.replace(/^培育/, ''))).toEqual(want);
  });
});

describe('measures that each name their own noun: the last word binds its own figure (Decisions 41.2)', () => {
  it.each([
    ['今年力争新增市场主体2万户、个体工商户1.5万户以上。', ['市场主体 = 20000户', '个体工商户 >= 15000户']],
    ['全年新建污水泵站12座、检查井3000个以上。', ['污水泵站 = 12座', '检查井 >= 3000个']],
    ['计划新增造林面积8万亩、草原面积5万亩左右。', ['造林面积 = 8万亩', '草原面积 ~ 5万亩']],
  ])('%s', (text, want) => {
    expect(read(text).map((s) => s.replace(/^新增|^新建/, ''))).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // the next item has its own verb or cue: a statement of its own
    ['今年新增规上企业15家、新认定高新技术企业30家以上。', '规上企业', '='],
    ['城镇新增就业6000人、登记失业率控制在4%以内。', '城镇新增就业', '='],
    ['能繁母猪存栏5万头、生猪出栏稳定在60万头以上。', '能繁母猪存栏', '='],
    // the next item is a different measure (money after a count; a rate after a count)
    ['实施重点项目120个、完成投资300亿元以上。', '重点项目', '='],
    ['新增高速公路50公里、通车里程占比30%以上。', '高速公路', '='],
    // a comparator of its own, or a break before the next item
    ['新增绿地面积20万平方米左右、公园面积15万平方米以上。', '绿地面积', '~'],
    ['新增停车位800个，充电桩500个以上。', '停车位', '='],
    // the comparator is not at the end of the list
    ['新增公交线路6条、站台40个以上、候车亭30个。', '公交线路', '='],
  ])('%s', (text, metric, comparator) => {
    const first = readStatements(text, { year: 2025 }).find((s) => s.metric.includes(metric));
    expect(first?.comparator).toBe(comparator);
  });
});
