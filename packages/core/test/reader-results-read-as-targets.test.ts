/**
 * Results read as targets (round 16): texts that report a year but hold a word that plans somewhere — a reposting
 * site's takedown notice (我们将在第一时间删除), … — or sentences that report their own result. Invented texts in those shapes.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.year}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`)];
};

describe('a reposting site takedown notice', () => {
  const note = '某省统计局消息，2030年年末全省常住人口5210万人，比上年末减少12万人。全年出生人口31万人。';

  it('its 将 plans nothing: the note stays a text of results', () => {
    const text = `${note}\n\n本站文章均转载自网络，版权归原作者所有，如有问题请与本站联系，我们将在第一时间删除！\n`;
    expect(roles(text).every((r) => r.startsWith('A '))).toBe(true);
    expect(roles(text)).toContain('A 5210万人 2030');
  });

  it('a notice written with 如有侵权 alone goes too', () => {
    const text = `${note}\n免责声明：本文仅供参考，如有侵权请联系删除。\n`;
    expect(roles(text).every((r) => r.startsWith('A '))).toBe(true);
  });

  it('a line of prose that says 将 is kept (must not fire)', () => {
    const text = '某市2030年工作安排\n全市将在年内完成造林5万亩。\n';
    expect(roles(text)).toEqual(['T 5万亩 2030']);
  });
});

describe('plan words in a framing phrase of a text of results', () => {
  it('a framework of goals named (“246”目标任务体系) sets nothing: a bulletin stays one of results', () => {
    const text =
      '2030年，全县全面落实市委“246”目标任务体系，坚持稳中求进，经济平稳发展。\n一、综合\n' +
      '年末全县户籍总人口52.6万人，比上年末减少0.3万人。全年出生人口4210人，出生率为8.1‰。\n';
    expect(roles(text)).toEqual(['A 52.6万人 2030', 'A 0.3万人 2030', 'A 4210人 2030', 'A 8.1‰ 2030']);
  });

  it('a programme named as what drove the results (在“百园”行动计划推动下) sets nothing', () => {
    const text =
      '2030年某市经济运行亮点\n在“百园”行动计划推动下，全市园区经济加快发展。2030年，全市实现地区生产总值4120.5亿元，新能源汽车产量12.3万辆，比上年增长45.2%。\n';
    expect(roles(text).every((r) => r.startsWith('A '))).toBe(true);
    expect(roles(text)).toContain('A 4120.5亿元 2030');
  });

  it('practical matters reported done with quality (30项民生实事高质量完成) name no plan', () => {
    const text = '2030年某区经济社会发展综述\n2030年，全区地区生产总值增长6.1%，30项民生实事高质量完成，新增城镇就业5200人。\n';
    expect(roles(text).every((r) => r.startsWith('A '))).toBe(true);
  });

  it('a goal system to build is still a plan task when the text plans elsewhere (must not fire)', () => {
    const text = '某市2031年工作要点\n完善高质量发展目标体系。全市地区生产总值增长6%左右。\n';
    expect(roles(text)).toEqual(['T 6% 2031']);
  });

  it('a programme to carry out in a task list keeps its targets (must not fire)', () => {
    const text = '（1）全面实施促进数字经济发展行动方案，数字经济核心产业增加值达到300亿元以上。（责任单位：区经委）\n';
    expect(roles(text).some((r) => r.startsWith('T 300亿元'))).toBe(true);
  });

  it('a plan to push on with (要在行动计划推动下) keeps a planning cue of its own (must not fire)', () => {
    const text = '2031年某市经济工作\n今年，在“百园”行动计划推动下，全市力争地区生产总值增长6%以上。\n';
    expect(roles(text)).toEqual(['T 6% 2031']);
  });

  it('实事 still planned: 将完成 of matters to do (must not fire)', () => {
    const text = '2031年某区民生实事项目\n全区将高标准办好12项民生实事，新增学位3000个。\n';
    expect(roles(text).every((r) => r.startsWith('T '))).toBe(true);
  });
});

describe('a change on the year before stated exactly, where nothing set the tense', () => {
  // The first paragraph plans (将), so the text is no note of results: the second reads by its own words.
  const text = (line: string) => `某县2030年人口发展情况\n全县将继续推进新型城镇化建设。\n${line}\n`;

  it('a level with its change on the year-end before (比上年末增加) is a result', () => {
    expect(roles(text('年末全县户籍人口52.6万人，比上年末增加0.3万人。')).filter((r) => r.startsWith('T '))).toEqual([]);
    expect(roles(text('年末全县户籍人口52.6万人，比上年末增加0.3万人。')).map((r) => r.split(' ').slice(0, 2).join(' '))).toEqual(['A 52.6万人', 'A 0.3万人']);
  });

  it('较去年提高 of a rate is a result too', () => {
    const read = roles(text('常住人口城镇化率为55.2%，较去年提高0.8个百分点。'));
    expect(read.every((r) => r.startsWith('A '))).toBe(true);
  });

  it('a bound after the change sets a target (must not fire)', () => {
    expect(roles(text('全县户籍人口比上年末增加0.3万人以上。')).every((r) => r.startsWith('T '))).toBe(true);
  });

  it('a cue of planning in the sentence keeps it a target (must not fire)', () => {
    expect(roles(text('今年全县地区生产总值比上年增长8%。')).every((r) => r.startsWith('T '))).toBe(true);
    expect(roles(text('力争全县地区生产总值比上年增长8%。')).every((r) => r.startsWith('T '))).toBe(true);
  });

  it('a change on a year written out is not this rule’s (must not fire)', () => {
    expect(roles(text('单位地区生产总值能耗比2030年下降3%。')).every((r) => r.startsWith('T '))).toBe(true);
  });

  it('in a passage a plan cue opened, the change is what it sets (must not fire)', () => {
    expect(roles(text('主要预期目标：地区生产总值比上年增长7%，城镇新增就业比上年增加500人。')).every((r) => r.startsWith('T '))).toBe(true);
  });
});

describe('a paragraph opening 这一年， looks back on the year last written', () => {
  // A year-end account dated in the year it tells of: 2030年，… names the plan's own year, so it opens no review by itself.
  const lede = '某市2030年发展综述\n市长表示，某市将力争明年地区生产总值增长6%左右。\n2030年，某市在压力中干得坚决。\n';

  it('its figures are that year’s results, though the text plans elsewhere', () => {
    const text = `${lede}这一年，某市召开项目推进会36次，新增规上工业企业120家，50项民生实事全部完成。\n`;
    expect(roles(text)).toEqual(['T 6% 2031', 'A 36次 2030', 'A 120家 2030', 'A 50项 2030']);
  });

  it('so does each such paragraph in a row', () => {
    const text = `${lede}这一年，某市新增规上工业企业120家。\n这一年，某市新建5G基站2100个。\n`;
    expect(roles(text).filter((r) => r.startsWith('A '))).toEqual(['A 120家 2030', 'A 2100个 2030']);
  });

  it('这一年，我们将… plans (must not fire)', () => {
    const text = '某市2031年工作计划\n2031年是关键之年。\n这一年，我们将新增规上工业企业120家。\n';
    expect(roles(text)).toEqual(['T 120家 2031']);
  });

  it('a year after the plan’s is no year looked back on (must not fire)', () => {
    const text = '某市2031年工作计划\n到2035年，基本实现现代化。\n2035年，全市地区生产总值达到8000亿元。\n这一年，新增规上工业企业120家。\n';
    expect(roles(text).some((r) => r === 'A 120家 2035')).toBe(false);
  });

  it('with no year written before it, nothing is looked back on (must not fire)', () => {
    const text = '某市工作计划\n这一年，新增规上工业企业120家。\n';
    expect(roles(text).every((r) => r.startsWith('T '))).toBe(true);
  });
});

describe('a paragraph opening 其中， breaks down the figures just read', () => {
  const periods = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year} ${a.period.label}`);
  // 年度任务目标 in the lede's sentence leaves the passage planning: the breakdown reads by what was read last.
  const lede =
    '某区召开重点项目建设新闻发布会。目前，全区96个重点项目上半年完成投资52.4亿元，占年度任务目标80亿元的65.5%，比2030年同期增长12.3%。\n发布会现场 供图\n';

  it('after a result, its parts are results of the same months', () => {
    const text = `${lede}其中，交通枢纽项目完成21.6亿元，产业园区项目完成18.2亿元。\n`;
    expect(periods(text)).toContain('21.6亿元 2031 上半年');
    expect(periods(text)).toContain('18.2亿元 2031 上半年');
    expect(extractPlan(text).targets.map((t) => t.value)).not.toContain(21.6);
  });

  it('after a target, its parts are targets (must not fire)', () => {
    const text = '某区2031年重点项目计划\n全年计划完成重点项目投资80亿元。\n其中，交通枢纽项目完成30亿元。\n';
    expect(roles(text)).toEqual(['T 80亿元 2031', 'T 30亿元 2031']);
  });

  it('a breakdown that plans in its own words stays a target (must not fire)', () => {
    const text = `${lede}其中，交通枢纽项目力争全年完成40亿元。\n`;
    expect(roles(text)).toContain('T 40亿元 2031');
  });

  it('其中 inside a sentence changes nothing (must not fire)', () => {
    const text = '某区2031年重点项目计划\n全年计划完成重点项目投资80亿元，其中交通枢纽项目完成30亿元。\n';
    expect(roles(text)).toEqual(['T 80亿元 2031', 'T 30亿元 2031']);
  });
});

describe('a year followed by its first quarters or months is no deadline', () => {
  it('2030年前3季度 reports the year so far: a text of results stays one', () => {
    const text = '某州高质量发展综述\n全州经济总量继2025年突破2000亿元后，2030年预计达到3100亿元。2030年前3季度全州经济增长5.5%、增速位列全省第1。\n';
    expect(roles(text).every((r) => r.startsWith('A '))).toBe(true);
  });

  it('2030年前5个月 likewise', () => {
    const text = '某州经济运行\n2030年前5个月，全州规上工业增加值增长6.1%。全年粮食产量达到120万吨。\n';
    expect(roles(text).every((r) => r.startsWith('A '))).toBe(true);
  });

  it('2030年前 with a task after it is a deadline that plans (must not fire)', () => {
    const text = '某州工作安排\n2030年前建成区域物流中心，物流业增加值达到300亿元。\n';
    expect(roles(text).every((r) => r.startsWith('T '))).toBe(true);
  });
});
