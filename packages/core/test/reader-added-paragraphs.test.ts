/**
 * A paragraph opening with 此外，/另外，/与此同时， adds to the paragraph before: after a paragraph of results its figures are
 * results too, not the plan's targets. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''}`)].sort();
};

const lede = '2025年06月10日\n某县“十四五”发展成就发布\n本报讯 6月5日，某县召开发布会，展示“十四五”期间发展成就。\n';
const review = '数据显示，2020年至2024年间，某县地区生产总值年均增长5.1%，累计实施重点项目320个。\n';
const ahead = '接下来，某县将力争到2030年实现经济总量翻番，规上工业企业达到200家。\n';

describe('a paragraph that adds to results before it', () => {
  it('reads 此外，… after a paragraph of results as results', () => {
    const text = `${lede}${review}此外，某县肉牛产业链条完整，存栏量达12.5万头，全产业链产值突破30亿元。\n${ahead}`;
    const got = roles(text);
    expect(got).toContain('A 12.5万头');
    expect(got).toContain('A 30亿元');
    expect(got).toContain('T 200家');
  });

  it('takes its tense, not the span the paragraph before named (2020年至2024年间 → the page’s year for a stock of now)', () => {
    const text = `${lede}${review}此外，某县肉牛产业链条完整，存栏量达12.5万头。\n${ahead}`;
    const stock = extractPlan(text).actuals.find((a) => a.value === 12.5);
    expect(stock?.period.year).toBe(2025);
  });

  it('reads 另外，… the same way', () => {
    const text = `${lede}${review}另外，森林覆盖率达58%，空气优良天数增加20天。\n${ahead}`;
    expect(roles(text)).toContain('A 58%');
  });
});

describe('must not fire', () => {
  it('leaves 此外，… after a paragraph of aims a target', () => {
    const text = `${lede}${ahead}此外，力争森林覆盖率达到62%。\n`;
    expect(roles(text)).toContain('T 62%');
  });

  it('leaves a paragraph with no such opening its part’s tense (a plan’s aims after results)', () => {
    const text = `${lede}${review}${ahead}`;
    expect(roles(text)).toContain('T 200家');
  });

  it('does not carry results past a cue of planning inside the added paragraph (此外，…力争到2030年…)', () => {
    const text = `${lede}${review}此外，某县力争到2030年规上工业企业达到200家。\n`;
    expect(roles(text)).toContain('T 200家');
  });

  it('leaves 此外 inside a sentence (not opening the paragraph) to the sentence’s own reading', () => {
    const text = `${lede}${ahead}今年将新建公园3个，此外还将改造老旧小区15个。\n`;
    const got = roles(text);
    expect(got).toContain('T 3个');
    expect(got).toContain('T 15个');
  });

  it('leaves a plan’s 此外，… a target in a plan of the year', () => {
    const text = '某县2025年工作要点\n一、全年地区生产总值增长6%左右。\n此外，新增城镇就业3000人。\n';
    expect(roles(text)).toContain('T 3000人');
  });
});

describe('同时，… in news of a work report: the results of the year before it', () => {
  // Invented: news of a 2026 report that reviews 2025 paragraph by paragraph, then gives the year's aims.
  const news =
    '某市第八届人民代表大会第五次会议1月12日开幕，市长某某作政府工作报告。\n' +
    '报告提到，2025年某市农业稳中向好，粮食产量达到85万吨、增长2.1%。\n' +
    '同时，某市出台一批稳就业措施，城镇新增就业3.2万人，外贸进出口额增长9.6%。\n' +
    '报告指出，2026年某市主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业3万人以上。\n';

  it('reads the 同时 paragraph as results, not targets', () => {
    const got = roles(news);
    expect(got).toContain('A 9.6%');
    expect(got).toContain('T 5.5%');
    expect(got).not.toContain('T 9.6%');
  });

  it('dates them with the year the paragraph before reviewed (2025), not the plan year', () => {
    const trade = extractPlan(news).actuals.find((a) => a.value === 9.6);
    expect(trade?.period.year).toBe(2025);
  });
});

describe('同时，… must not fire', () => {
  const lead = '某区第三届人民代表大会第四次会议2月2日开幕。\n报告显示，2025年全区地区生产总值增长6.2%。\n';

  it('leaves 同时，… after a paragraph of aims a target', () => {
    const text = `${lead}今年，全区力争地区生产总值增长6%左右。\n同时，社会消费品零售总额增长7%。\n`;
    expect(roles(text)).toContain('T 7%');
  });

  it('leaves a 同时 paragraph that plans with its own cue (将, 力争) a target', () => {
    const text = `${lead}同时，今年全区将新建5G基站300个。\n`;
    expect(roles(text)).toContain('T 300个');
  });

  it('leaves 同时 inside a sentence to the sentence’s own reading', () => {
    const text = `${lead}今年将新建公园4个，同时改造老旧小区12个。\n`;
    const got = roles(text);
    expect(got).toContain('T 4个');
    expect(got).toContain('T 12个');
  });

  it('does not open on 同时期 or 同时段 (no comma after 同时)', () => {
    const text = `${lead}今年，全区力争地区生产总值增长6%左右。\n同时期新建道路8公里。\n`;
    expect(roles(text)).toContain('T 8公里');
  });

  it('does not date results after a span with the span’s end (2020年至2024年间…⏎同时，…)', () => {
    const text = `${lede}${review}同时，某县肉牛存栏量达12.5万头。\n${ahead}`;
    const stock = extractPlan(text).actuals.find((a) => a.value === 12.5);
    expect(stock?.period.year).toBe(2025);
  });
});
