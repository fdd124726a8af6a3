/**
 * Target lists of a 目标管理 plan, on invented text (never corpus text): numbered items closed by
 * ；with nothing under them are items, not headings; a line after them (N项目标的责任单位均为X,
 * 该目标责任单位为X) names who answers for the last N items.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { readOutline } from '../src/reader/structure.ts';

const TARGET_LIST = [
  '某市2019年目标管理工作方案',
  '一、年度发展目标',
  '（一）经济发展目标。共6项。',
  '  1.地区生产总值增长7%；',
  '  2.全社会固定资产投资达到900亿元；',
  '  2项目标的责任单位均为市发展改革委。',
  '  3.一般公共预算收入净增15亿元；',
  '该目标责任单位为市财政局。',
  '  4.外贸进出口总额增长5%；',
  '  5.实际利用外资达到3亿美元；',
  '  6.社会消费品零售总额增长9%；',
  '  3项目标的责任单位均为市商务局、市统计局。',
  '（二）生态环境目标。',
  '  1.单位生产总值能耗下降3%；',
  '  该项目标责任单位为市发展改革委、统计局、工信局。',
].join('\n');

describe('numbered target items closed by ；', () => {
  it('are items with content, not headings', () => {
    const blocks = readOutline(TARGET_LIST).blocks.filter((b) => b.level === 3);
    expect(blocks.map((b) => b.hasContent)).toEqual([true, true, true, true, true, true, true]);
  });

  it('each gives its target, and 共6项 counts the list itself', () => {
    const plan = extractPlan(TARGET_LIST);
    expect(plan.targets.map((t) => [t.metric, t.value])).toEqual([
      ['地区生产总值', 7],
      ['全社会固定资产投资', 900],
      ['一般公共预算收入', 15],
      ['外贸进出口总额', 5],
      ['实际利用外资', 3],
      ['社会消费品零售总额', 9],
      ['单位生产总值能耗', 3],
    ]);
  });

  it('gives the last N items the departments a line after them names', () => {
    const plan = extractPlan(TARGET_LIST);
    expect(plan.targets.map((t) => t.leads.join('、'))).toEqual([
      '市发展改革委',
      '市发展改革委',
      '市财政局',
      '市商务局',
      '市商务局',
      '市商务局',
      '市发展改革委',
    ]);
    expect(plan.targets[3]!.partners).toEqual(['市统计局']);
    expect(plan.targets[6]!.partners).toEqual(['统计局', '工信局']);
  });
});

describe('where neither rule fires', () => {
  it('keeps a heading line without ；a heading', () => {
    const outline = readOutline('一、主要目标\n1.经济发展\n全年地区生产总值增长6%。\n');
    expect(outline.blocks.find((b) => b.number === '1.')?.title).toBe('经济发展');
    expect(extractPlan('2019年工作要点\n1.经济发展\n全年地区生产总值增长6%。\n').targets).toHaveLength(1);
  });

  it('reads no departments from a line that only says they were set', () => {
    const plan = extractPlan(TARGET_LIST.replace('  2项目标的责任单位均为市发展改革委。', '  以上目标分别确定了责任领导和责任单位。'));
    expect(plan.targets[0]!.leads).toEqual([]);
    expect(plan.targets[1]!.leads).toEqual([]);
  });

  it('leaves an item that names its own departments as it is', () => {
    const text = TARGET_LIST.replace('  4.外贸进出口总额增长5%；', '  4.外贸进出口总额增长5%（市口岸办牵头）；');
    expect(extractPlan(text).targets[3]!.leads).toEqual(['市口岸办']);
  });

  it('does not take 责任单位 prose about something else for a department line', () => {
    const plan = extractPlan('2019年工作方案\n1.地区生产总值增长7%；\n2.各责任单位要加强协调，确保完成目标。\n');
    expect(plan.targets[0]!.leads).toEqual([]);
  });
});

describe('a department bracket the excerpt cuts off at the text end', () => {
  const CUT = '某省2019年重点工作部门分工\n主要预期目标：地区生产总值增长7%；单位GDP能耗下降3%（分管副省长负责，省发展改革委牵头，省统计局、省';

  it('gives the names written whole before the cut, officials left out', () => {
    const plan = extractPlan(CUT);
    expect(plan.targets.map((t) => [t.value, t.leads, t.partners])).toEqual([
      [7, ['省发展改革委'], ['省统计局']],
      [3, ['省发展改革委'], ['省统计局']],
    ]);
  });

  it('reads no list from a bracket that is not cut at the end, nor from one that holds no department', () => {
    expect(extractPlan(CUT + '\n各地要抓好落实。').targets[0]!.leads).toEqual([]);
    expect(extractPlan('某省2019年工作要点\n地区生产总值增长7%（详见附').targets[0]!.leads).toEqual([]);
  });

  it('drops an official from a closed list too', () => {
    const plan = extractPlan('某市2019年工作要点\n1.地区生产总值增长7%。（分管副市长负责，市发展改革委牵头，市统计局配合）');
    expect(plan.targets[0]!.leads).toEqual(['市发展改革委']);
    expect(plan.targets[0]!.partners).toEqual(['市统计局']);
  });
});

describe('，责任单位为X closing a target clause', () => {
  const LINES = [
    '某区2022年度考核指标设置情况',
    '地区生产总值：增长6.5%（依据区人代会目标设置），责任单位为区发改委；',
    '工业投资：增长10%，责任单位为区经信局；技改投资占工业投资比重30%，责任单位为区科技局；',
  ].join('\n');

  it('names who answers for the clause it closes, one list per clause', () => {
    const plan = extractPlan(LINES);
    expect(plan.targets.map((t) => [t.value, t.leads])).toEqual([
      [6.5, ['区发改委']],
      [10, ['区经信局']],
      [30, ['区科技局']],
    ]);
  });

  it('is no list where 责任单位 is talked about, not named', () => {
    const plan = extractPlan('某区2022年工作要点\n地区生产总值增长6%，责任单位要加强协调；工业投资增长10%。');
    expect(plan.targets.map((t) => t.leads)).toEqual([[], []]);
  });
});
