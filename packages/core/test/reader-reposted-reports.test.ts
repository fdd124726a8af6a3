/**
 * Reposts of a government work report's news (a Hong Kong or Taiwan site, a mirror with debris), on
 * invented sentences (never corpus text): the year their review's results belong to, and figures
 * run together in a headline.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { readStatements } from '../src/grammar/statements.ts';

const actualsOf = (text: string) => extractPlan(text).actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`);

describe('a report dated by its session that only reviews', () => {
  const session = '十四届全国人大三次会议今日上午开幕，国务院总理代表国务院向大会作政府工作报告。\n';

  it('dates its undated results by the year before the one the session plans', () => {
    const plan = extractPlan(`${session}报告说，经济运行稳中有进，国内生产总值增长5.1%，城镇新增就业1250万人。`);
    expect(plan.year).toBe(2025);
    expect(plan.actuals.map((a) => `${a.value} ${a.period.year}`)).toEqual(['5.1 2024', '1250 2024']);
  });

  it('keeps 去年, 一年来 and a written year counted from the session’s year', () => {
    expect(actualsOf(`${session}一年来，全国粮食产量达到1.4万亿斤。`)).toEqual(['全国粮食产量 1.4万亿斤 2024']);
    expect(actualsOf(`${session}去年，货物进出口总额增长5%。`)).toEqual(['货物进出口总额 5% 2024']);
    expect(actualsOf(`${session}2022年，全国研发经费增长10%。`)).toEqual(['全国研发经费 10% 2022']);
  });

  it('reads expectations as a mood or a slogan as no plan, so the text still only reviews', () => {
    const text = `${session}一年来，市场预期受到扰动，我们着力稳就业、稳预期，国内生产总值增长5.1%。`;
    expect(extractPlan(text).targets).toEqual([]);
    expect(actualsOf(text)).toEqual(['国内生产总值 5.1% 2024']);
  });

  it('does not move the results of a text dated otherwise, nor of one that plans', () => {
    // No session, no delivery: a news report of results is of the year it names.
    expect(actualsOf('2024年，全国国内生产总值增长5%。')).toEqual(['全国国内生产总值 5% 2024']);
    // A report that sets targets keeps its parts as they were: the targets are of the session's year.
    const plan = extractPlan(`${session}今年发展主要预期目标是：国内生产总值增长5%左右。`);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['5 2025']);
    // 预期 that sets a figure still plans.
    expect(extractPlan(`${session}城镇调查失业率预期为5.5%左右。`).targets).toHaveLength(1);
  });
});

describe('a rate run into the level it reaches (增长5%达140万亿元)', () => {
  const figures = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.kind} ${s.value}${s.unit ?? ''}`);

  it('reads the rate and the level as two figures of one metric', () => {
    expect(figures('去年全国社会消费品零售总额增长4%达48万亿元')).toEqual(['全国社会消费品零售总额 growth 4%', '全国社会消费品零售总额 level 48万亿元']);
  });

  it('does not split at words 达 opens, nor without a figure after it', () => {
    expect(figures('新增规上企业30家，达标率95%。').map((f) => f.split(' ')[1])).toEqual(['increment', 'share']);
    expect(figures('完成投资15亿元达产后年产值30亿元。')).toHaveLength(1);
    expect(figures('产值增长8%达到预期。')).toEqual(['产值 growth 8%']);
    expect(figures('出口占比5%达成目标。')).toHaveLength(1);
  });
});

describe('a quota named only by who set it (完成国家下达的110万人年度任务)', () => {
  const figures = (text: string) =>
    readStatements(text, { year: 2024, defaultRole: 'actual' }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.value}${s.unit ?? ''}`);

  it('is the quota of the figure reported against it, its metric and kind', () => {
    expect(figures('全年农村劳动力转移就业5.2万人，超额完成省下达的5万人年度任务。')).toEqual([
      'actual 农村劳动力转移就业 count 5.2万人',
      'target 农村劳动力转移就业 count 5万人',
    ]);
    expect(figures('城镇新增就业2.3万人，完成市下达的2万人任务。')).toEqual(['actual 城镇新增就业 increment 2.3万人', 'target 城镇新增就业 increment 2万人']);
  });

  it('keeps its own words where they name a measure or the units differ', () => {
    // A quota that names its measure keeps it.
    expect(figures('城镇新增就业2.3万人，完成市下达的技能培训2万人任务。')[1]).toContain('技能培训 count 2万人');
    // Money against a count: no figure of the quota's kind before it.
    expect(figures('新增规上企业12户，完成市下达的30亿元投资任务。')[1]).not.toContain('规上企业');
    // No figure before it: as it was.
    expect(figures('全年完成省下达40户指标。')).toHaveLength(1);
  });
});

describe('均 ranking several figures of one measure (总量均居全国第一)', () => {
  const ranks = (text: string) =>
    readStatements(text, { year: 2024, defaultRole: 'actual' })
      .filter((s) => s.kind === 'rank')
      .map((s) => `${s.metric} ${s.value}`);

  it('gives one rank per measure', () => {
    expect(ranks('市场主体新增3.1万户、突破40万户，其中个体工商户超25万户，总量均居全省第一。')).toEqual(['市场主体 1', '个体工商户 1']);
  });

  it('still gives one rank per measure of a list', () => {
    expect(ranks('存款、贷款分别增长8%和9%，均居全省第一。')).toEqual(['存款 1', '贷款 1']);
    // With no figure before it, the 、 list of named measures is what ranks: one rank each (corpus Decisions 13, 18).
    expect(ranks('粮食产量、生猪出栏量均居全省第二位。')).toEqual(['粮食产量 2', '生猪出栏量 2']);
  });
});

describe('a gap worded 好于/优于 (好于全国1.3个百分点)', () => {
  const metrics = (text: string) => readStatements(text, { year: 2024, defaultRole: 'actual' }).map((s) => `${s.metric} ${s.kind}`);

  it('is about the figure before it, as 高于 is', () => {
    expect(metrics('全年社会消费品零售总额增长6.1%，好于全省0.8个百分点；出口增长9%，优于全国2个百分点。')).toEqual([
      '社会消费品零售总额 growth',
      '社会消费品零售总额好于全省 share',
      '出口 growth',
      '出口优于全国 share',
    ]);
  });

  it('reads nothing from 好于预期 or a 好于 that names no benchmark', () => {
    expect(metrics('全年地区生产总值增长5.6%，好于预期。')).toEqual(['地区生产总值 growth']);
    expect(metrics('优良天数比例达到92%，好于去年。')).toEqual(['优良天数比例 share']);
  });
});

describe('ordinary texts these rules must leave alone', () => {
  const dated = (text: string) => {
    const plan = extractPlan(text);
    return [...plan.targets.map((t) => `T ${t.value} ${t.year}`), ...plan.actuals.map((a) => `A ${a.value} ${a.period.year}`)];
  };

  it('keeps the results of a bulletin, a report dated by its title, and a session that plans', () => {
    // A statistics bulletin of 2024: no report given, its year is the year reported.
    expect(dated('2024年全市国民经济和社会发展统计公报\n全年全市地区生产总值增长5.6%，市场预期总体稳定。')).toEqual(['A 5.6 2024']);
    // A report given in a session that plans: targets of the session's year, results as written.
    expect(dated('十四届全国人大三次会议今日开幕，国务院总理作政府工作报告。去年国内生产总值增长5%。今年国内生产总值增长5%左右。')).toEqual([
      'T 5 2025',
      'A 5 2024',
    ]);
    // 稳预期 and a 预期目标 set in the same text: it plans.
    expect(dated('十四届全国人大三次会议开幕，国务院总理作政府工作报告。着力稳预期，主要预期目标是：城镇新增就业1200万人以上。')).toEqual(['T 1200 2025']);
  });

  it('reads 达 inside words, a quota with a noun of its own and a single rank as before', () => {
    const rows = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.kind} ${s.value}`);
    expect(rows('新建项目投产达效率达到90%。')).toHaveLength(1);
    expect(rows('粮食产量达到1.4万亿斤，达历史新高。')).toEqual(['粮食产量 level 1.4']);
    expect(rows('城镇新增就业1.2万人，完成省下达的年度目标。')).toHaveLength(1);
    expect(rows('全市GDP总量居全省第三位。')).toEqual(['全市GDP总量 rank 3']);
  });
});

describe('a headline whose column name and title a bar sets apart', () => {
  const body = '\n报告提出，今年主要预期目标是：地区生产总值增长6%以上；城镇登记失业率控制在4.5%以内。';

  it('is a headline still: its year dates the plan and the targets', () => {
    const plan = extractPlan(`聚焦两会·读懂市政府工作报告 | 2021年稳中求进再出发${body}`);
    expect(plan.year).toBe(2021);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['6 2021', '4.5 2021']);
    expect(extractPlan(`两会快评｜2023年全省工作报告这样定目标${body}`).year).toBe(2023);
  });

  it('leaves table rows and page furniture with a bar alone', () => {
    // A date and its source line: furniture, no headline (the issue date still dates the page).
    expect(extractPlan(`2019年03月04日 | 来源：某某日报${body}`).title).toBe('');
    // Cells of a table row.
    expect(extractPlan(`| 2020年完成 | 2021年目标 |${body}`).title).toBe('');
    expect(extractPlan(`指标 | 2020年完成 | 2021年目标${body}`).title).toBe('');
  });
});
