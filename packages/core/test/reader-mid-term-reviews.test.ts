/**
 * Reviews of a five-year plan under way and dated change figures, on invented texts: a mid-term
 * review reports progress (results of the period's third year) and sets nothing; a plan that only
 * provides for such a review is still a plan.
 */
import { describe, expect, it } from 'vitest';
import { summarisePlan } from './plan-summary.ts';

const read = summarisePlan;

describe('a mid-term review of a five-year plan reports results', () => {
  it('reads a review headline naming the period as results of its third year', () => {
    const text = [
      '某省“十四五”规划纲要实施进展顺利——从中期评估报告看全省发展新成效',
      '省发展改革委近日向省人大常委会作《某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施中期评估报告。',
      '报告显示，纲要确定的主要目标指标进展总体符合预期。全省规上工业企业数量超过9000家，数字经济核心产业增加值占地区生产总值比重提升至9.5%。',
    ].join('\n');
    const { year, targets, actuals } = read(text);
    expect(year).toBe(2023);
    expect(targets).toEqual([]);
    expect(actuals).toEqual(['规上工业企业数量 9000家 2023', '数字经济核心产业增加值占地区生产总值比重 9.5% 2023']);
  });

  it('reads a title naming the review as 实施情况中期评估的报告 (with 的) as results', () => {
    const text = [
      '某市人民政府关于“十四五”规划和2035年远景目标纲要实施情况中期评估的报告',
      '全市地区生产总值由2020年的3100亿元提升至2022年的3600亿元，高新技术企业达到860家。',
    ].join('\n');
    const { year, targets, actuals } = read(text);
    expect(year).toBe(2023);
    expect(targets).toEqual([]);
    expect(actuals).toEqual(['地区生产总值 3100亿元 2020', '地区生产总值 3600亿元 2022', '高新技术企业 860家 2023']);
  });

  it('a plan that only asks for a review report later is still a plan (must not fire)', () => {
    const text = ['某县“十四五”规划纲要', '到2025年，全县地区生产总值达到260亿元。适时形成规划实施情况中期评估的工作方案，按程序报送。'].join('\n');
    const { year, targets } = read(text);
    expect(year).toBe(2021);
    expect(targets).toEqual(['地区生产总值 >= 260亿元 2025']);
  });

  it('reads 时间过半、任务过半 as a review too', () => {
    const text = '某市“十四五”规划实施实现时间过半、任务过半。\n目前，全市森林覆盖率达到61.2%，城镇化率提高到58%。';
    const { targets, actuals } = read(text);
    expect(targets).toEqual([]);
    expect(actuals.map((a) => a.split(' ')[1])).toEqual(['61.2%', '58%']);
  });

  it('still reads a five-year plan that provides for a mid-term review as a plan', () => {
    const text = [
      '某县国民经济和社会发展第十四个五年规划纲要',
      '到2025年，全县地区生产总值达到500亿元，森林覆盖率保持在65%以上。',
      '第十章 保障措施',
      '健全规划实施监测评估机制，适时开展规划实施中期评估和总结评估。',
    ].join('\n');
    const { year, targets } = read(text);
    expect(year).toBe(2021);
    expect(targets).toEqual(['地区生产总值 >= 500亿元 2025', '森林覆盖率 >= 65% 2025']);
  });

  it('does not take 中期 of a half year or an interim payment for a review', () => {
    const text = '2024年主要预期目标：地区生产总值增长6%左右。中期考核时，一般公共预算收入力争完成全年任务的55%。';
    const { year, targets } = read(text);
    expect(year).toBe(2024);
    expect(targets[0]).toBe('地区生产总值 ~ 6% 2024');
  });

  it('a year’s report that names a mid-term review in passing still sets its targets (must not fire)', () => {
    const text = '某县2023年政府工作报告\n“十四五”规划中期评估结果显示，主要指标进展符合预期。2023年主要预期目标是：地区生产总值增长6%，规上工业增加值增长8%。';
    const { year, targets, actuals } = read(text);
    expect(year).toBe(2023);
    expect(targets.map((t) => t.split(' ').slice(-2).join(' '))).toEqual(['6% 2023', '8% 2023']);
    expect(actuals).toEqual([]);
  });
});

describe('a press conference on a five-year period’s achievements reports results', () => {
  it('reads the figures of “十四五”时期…发展成就 as results, though the plan is named', () => {
    const text = [
      '系列主题新闻发布会（第一场）在省政府新闻办举行',
      '9月2日，发布会介绍“十四五”时期全省经济社会发展成就。',
      '会上介绍，《某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》提出的任务全面落地。',
      '2024年全省规上工业营收达到1.6万亿元，新能源汽车产量从2020年的2.1万辆增长至2024年的40.5万辆。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(targets).toEqual([]);
    expect(actuals.map((a) => a.split(' ')[1])).toEqual(['1.6万亿元', '2.1万辆', '40.5万辆']);
  });

  it('a headline reporting a period’s goals met (“十四五”发展报告：…多项指标超额完成) makes it a review of the period’s last year', () => {
    const text = [
      '某市“十四五”发展报告：城乡收入差距缩小，多项指标超额完成',
      '日前，某市举行新闻发布会。“十四五”期间，农村人均可支配收入年均增长6.1%。',
      '规上工业企业数量达403户，全社会研发经费投入突破5亿元。',
    ].join('\n');
    const { year, targets } = read(text);
    expect(year).toBe(2025);
    expect(targets).toEqual([]);
  });

  it('a period whose goals are to be met in full (确保“十四五”…全面完成) still plans (must not fire)', () => {
    const { year } = read('确保“十四五”规划目标任务全面完成\n某县力争规上工业企业数量达到120户。');
    expect(year).toBe(2021);
  });

  it('a report that reviews one period and plans the next still plans (must not fire)', () => {
    const text = [
      '某市政府工作报告',
      '“十三五”时期全市发展成就显著，地区生产总值由2015年的800亿元增加到2020年的1200亿元。',
      '“十四五”规划纲要提出，到2025年全市地区生产总值达到1800亿元。',
    ].join('\n');
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('1800亿元') && t.endsWith('2025'))).toBe(true);
  });

  it('a plan of the period that names what the last one brought still plans (must not fire)', () => {
    const text = '某县国民经济和社会发展第十四个五年规划纲要\n“十四五”时期要取得更大发展成就，到2025年全县规上工业企业达到300家。';
    const { targets } = read(text);
    expect(targets).toEqual(['规上工业企业 >= 300家 2025']);
  });
});

describe('the end of a change dated by its own year', () => {
  it('labels the end figure with the year written before it', () => {
    const text = '发布时间：2025-03-02\n报告称，全市消费对经济增长的贡献率由2020年的51.2%提高到2023年的60.4%。';
    const { actuals } = read(text);
    expect(actuals).toEqual(['消费对经济增长的贡献率 51.2% 2020', '消费对经济增长的贡献率 60.4% 2023']);
  });

  it('leaves a planned change a target of its deadline', () => {
    const text = '某市2024年工作要点\n到2027年，力争城镇化率由2023年的55%提高到2027年的60%。';
    const { targets } = read(text);
    expect(targets.some((t) => t.includes('60%') && t.endsWith('2027'))).toBe(true);
  });
});

describe('第N代 and 第N届 are no ranks', () => {
  it('reads no rank in 列举第五代移动通信 nor in 居第二届', () => {
    const text = '2023年，报告在列举第五代移动通信等领域时指出，全市高新技术企业达到1200家；博览会位居第二届展会之首。';
    const { actuals } = read(text);
    expect(actuals).toEqual(['高新技术企业 1200家 2023']);
  });
});

describe("a digest's deadline line is no headline", () => {
  it('dates a digest of a multi-year plan by its page, its targets by their own deadlines', () => {
    const text = [
      '一图读懂某省产业发展行动方案',
      '某省日报 2025-05-06 19:23:38',
      '【产业倍增】',
      '阶段目标：',
      '到2027年全省工业规模突破5万亿元',
      '到2030年全省工业规模达到7万亿元左右',
    ].join('\n');
    const { year, targets } = read(text);
    expect(year).toBe(2025);
    expect(targets).toEqual(['工业规模 > 5万亿元 2027', '工业规模 ~ 7万亿元 2030']);
  });

  it('still takes a headline that names the year it speaks of', () => {
    const text = ['2024年某省工业增加值将超5000亿元', '记者从省工信厅获悉，今年全省规上工业增加值力争增长7%。'].join('\n');
    expect(read(text).year).toBe(2024);
  });
});
