import { describe, expect, it } from 'vitest';
import { extractPlan, MAX_QUOTE } from '../src/reader/extract.ts';
import { readDocumentInfo } from '../src/reader/document-info.ts';

describe('extractPlan on small documents', () => {
  it('carries a department list to every target of the sentences it closes, and makes tasks of items', () => {
    const text = [
      '2023年全市工业经济工作要点',
      '一、培育企业。力争新增规上工业企业150户以上。持续实施倍增行动，力争新增省级专精特新企业10户左右（市经信局、市科技局）。推动企业上云200家。',
      '二、扩大投资。技改投资增长20%以上（市发改委）。',
    ].join('\n');
    const plan = extractPlan(text, { region: '六安市' });
    expect(plan).toMatchObject({ year: 2023, region: '六安市', level: 'city', parentRegion: '安徽省', title: '2023年全市工业经济工作要点' });
    const byValue = (v: number) => plan.targets.find((t) => t.value === v)!;
    expect(byValue(150)).toMatchObject({ leads: ['市经信局'], partners: ['市科技局'], section: '一、', taskId: 'i01' });
    expect(byValue(10)).toMatchObject({ leads: ['市经信局'], partners: ['市科技局'] });
    expect(byValue(200)).toMatchObject({ leads: [], partners: [] }); // after the list, nothing names it
    expect(byValue(20)).toMatchObject({ leads: ['市发改委'], section: '二、', taskId: 'i02' });
    expect(plan.tasks.map((t) => [t.number, t.title, t.leads, t.targetIds.length])).toEqual([
      ['一、', '培育企业', ['市经信局'], 3],
      ['二、', '扩大投资', ['市发改委'], 1],
    ]);
    expect(text.slice(...plan.tasks[1]!.span)).toBe('二、扩大投资。技改投资增长20%以上（市发改委）。');
    for (const t of plan.targets) expect(text.slice(...t.quoteSpan)).toBe(t.quote);
  });

  it('keeps standing 落实主体 as partners of every later target', () => {
    const text = [
      '一、甲。力争装备制造产业产值增长15%（市经信局，各县区政府为落实主体，以下不再列出）。',
      '二、乙。力争电子信息产业产值增长10%（市发改委）。',
    ].join('\n');
    const plan = extractPlan(text, { year: 2023 });
    expect(plan.targets.map((t) => [t.leads, t.partners])).toEqual([
      [['市经信局'], ['各县区政府']],
      [['市发改委'], ['各县区政府']],
    ]);
  });

  it('reads a labelled 牵头单位 line under an item', () => {
    const text = '1. 培育企业\n力争新增规上工业企业25家以上。\n牵头单位：区经信局；配合单位：区统计局\n';
    const plan = extractPlan(text, { year: 2024 });
    expect(plan.targets[0]).toMatchObject({ value: 25, leads: ['区经信局'], partners: ['区统计局'], section: '1.' });
  });

  it('reads a review part as actuals of its year and the plan part as targets', () => {
    const text = [
      '2023年工作及成效',
      '（一）稳增长。1—11月，全省规上工业增加值同比增长7.3%。',
      '2024年工作安排',
      '（一）稳增长。力争规模以上工业增加值增长7%左右。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2024);
    expect(plan.actuals).toHaveLength(1);
    expect(plan.actuals[0]).toMatchObject({ value: 7.3, period: { year: 2023 } });
    expect(plan.targets).toHaveLength(1);
    expect(plan.targets[0]).toMatchObject({ value: 7, comparator: '~', year: 2024, section: '2024年工作安排 （一）' });
  });

  it('reads a decomposition table as its own plan', () => {
    const text = [
      '2024年工业发展要点',
      '一、总体目标。技改投资同比增长20%以上。',
      '附件',
      '《2023年度工业发展要点》重点任务分解表',
      '序号\t重点任务\t内容和要求\t牵头单位\t配合单位',
      '1\t稳定增长\t技改投资增长15%以上，工业投资增长\t区经信局\t区统计局',
      '\t\t20%以上。\t\t',
    ].join('\n');
    const body = extractPlan(text);
    expect(body.year).toBe(2024);
    expect(body.targets.map((t) => t.value)).toEqual([20]);
    const table = extractPlan(text, { part: 'table' });
    expect(table.year).toBe(2023);
    expect(table.targets.map((t) => [t.metric, t.value, t.leads, t.partners])).toEqual([
      ['技改投资', 15, ['区经信局'], ['区统计局']],
      ['工业投资', 20, ['区经信局'], ['区统计局']],
    ]);
    // The cell continues on the next line: the span runs over the other columns in between.
    expect(text.slice(...table.targets[1]!.span)).toBe('工业投资增长\t区经信局\t区统计局\n\t\t20%以上');
    expect(table.tasks[0]).toMatchObject({ number: '1', title: '稳定增长', source: 'table', targetIds: ['t001', 't002'] });
  });

  it('returns an empty plan for text without targets', () => {
    const plan = extractPlan('', { name: 'empty', year: 2020, region: '测试区', level: 'district' });
    expect(plan).toMatchObject({ name: 'empty', year: 2020, region: '测试区', level: 'district', targets: [], actuals: [], tasks: [] });
  });
});

describe('line endings', () => {
  it('reads a CRLF copy of a seed exactly like the original, spans pointing into the CRLF text', async () => {
    const { readFileSync } = await import('node:fs');
    const original = readFileSync(new URL('../../../seeds/documents/004_6c17aed7528460c1.txt', import.meta.url), 'utf8');
    const crlf = original.replace(/\n/g, '\r\n');
    for (const part of ['body', 'table'] as const) {
      const a = extractPlan(original, { part });
      const b = extractPlan(crlf, { part });
      expect(b.targets.map((t) => [t.metric, t.value])).toEqual(a.targets.map((t) => [t.metric, t.value]));
      b.targets.forEach((t, i) => expect(crlf.slice(...t.span).replace(/\r/g, '')).toBe(original.slice(...a.targets[i]!.span)));
    }
  });
});

describe('review parts', () => {
  it('reads results with target-like cues as actuals, but a sentence about a later year as a target', () => {
    const text = [
      '2023年工作及成效',
      '（一）绿色发展。创建国家级绿色工厂37家。2024年力争新增国家级绿色工厂50家。',
      '2024年工作安排',
      '（一）稳增长。力争规模以上工业增加值增长7%左右。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => [a.value, a.period.year])).toEqual([[37, 2023]]);
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [50, 2024],
      [7, 2024],
    ]);
  });
});

describe('options', () => {
  it('completes a short region name the gazetteer knows, with its level and parent', () => {
    const plan = extractPlan('力争技改投资增长20%以上。', { region: '金安', year: 2024 });
    expect(plan).toMatchObject({ region: '金安区', level: 'district', parentRegion: '六安市', name: '金安区-2024' });
  });
  it('keeps an unknown region as given', () => {
    const plan = extractPlan('力争技改投资增长20%以上。', { region: '测试市', year: 2024, level: 'city' });
    expect(plan).toMatchObject({ region: '测试市', level: 'city' });
    expect(plan.parentRegion).toBeUndefined();
  });
});

describe('extractPlan: quotes stay short in a run-on sentence', () => {
  it('gives each target of a very long sentence the clause around it, capped, with its offsets', () => {
    const clauses = Array.from({ length: 400 }, (_, i) => `新增规上工业企业${i + 1}户以上`).join('，');
    const text = `六安市2023年全市工业经济工作要点\n\n一、培育企业。力争${clauses}（市经信局）。\n`;
    const plan = extractPlan(text);
    expect(plan.targets.length).toBeGreaterThan(300);
    for (const t of plan.targets) {
      expect(t.quote.length).toBeLessThanOrEqual(MAX_QUOTE);
      expect(text.slice(...t.quoteSpan)).toBe(t.quote);
      expect(t.quoteSpan[0]).toBeLessThanOrEqual(t.span[0]);
      expect(t.quoteSpan[1]).toBeGreaterThanOrEqual(t.span[1]);
    }
    expect(plan.targets[9]!.quote).toBe('新增规上工业企业10户以上，');
  });
});

describe('news of projects started at a dated event, with their planned investment for the year', () => {
  it('reports results: 计划投资 names no plan of the text, and 年度计划投资 is the year’s target', () => {
    const text =
      '某市重点项目集中开工\n2024-03-02 来源：某市日报\n3月1日，某市一季度重点项目集中开工活动举行。本次集中开工项目86个，总投资412.6亿元，年度计划投资158亿元。其中工业项目51个，总投资260亿元。';
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['86个', '412.6亿元', '51个', '260亿元']);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['158亿元 2024']);
  });

  it('a text that plans (力争, 全年计划) still plans (must not fire)', () => {
    const text = '2024年工作安排\n全年计划实施重点项目120个，力争完成投资300亿元，年度计划投资200亿元。';
    const plan = extractPlan(text);
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['120个', '300亿元', '200亿元']);
  });

  it('计划投资 of a batch started, with no 年度, stays the batch’s result (must not fire)', () => {
    const text = '某县重大项目开工\n2024-04-22 来源：某县发改局\n4月22日上午，某县24个重大产业项目开工，计划投资170.5亿元。';
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
  });
});

describe('a ceremony a news sentence dates by its day (2月8日，…集中开工)', () => {
  it('gives results of that month though the page plans elsewhere', () => {
    const text = '某州新闻\n3月6日，某州总投资86.5亿元的19个重点项目集中开工。\n2023年，全州经济社会发展的主要目标是：地区生产总值增长6.5%。';
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.fromMonth}-${a.period.toMonth} ${a.period.label}`)).toEqual([
      '86.5亿元 3-3 3月6日',
      '19个 3-3 3月6日',
    ]);
    // The year heading its targets is the year they are due, not a year of results.
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6.5% 2023']);
  });

  it('a day that opens a sentence of plans, or an event that is no ceremony, stays a target (must not fire)', () => {
    const text = '2024年工作安排\n3月底前，全县力争集中开工项目20个。\n6月1日，全县将完成投资50亿元。';
    const plan = extractPlan(text);
    expect(plan.actuals).toEqual([]);
  });
});

describe('the year of a news page that sets a year’s targets and frames it by a five-year plan', () => {
  it('is the year heading its targets, not the five-year plan’s first year nor the year after', () => {
    const text = '2024年是实施“十四五”规划关键之年。\n某州新闻\n今后五年是全面崛起的关键五年。\n2024年，全州经济社会发展的主要目标是：地区生产总值增长6%。';
    expect(readDocumentInfo(text).year).toBe(2024);
  });

  it('a report of last year’s results that goes on to 今年 still moves a year on (must not fire)', () => {
    expect(readDocumentInfo('2023年，全市地区生产总值增长5.5%。今年，全市地区生产总值增长6%左右。').year).toBe(2024);
    expect(readDocumentInfo('“十四五”规划纲要提出，到2025年全市地区生产总值达到5000亿元。').year).not.toBe(2024);
  });
});
