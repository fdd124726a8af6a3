/**
 * News of results whose evidence of reporting is a rank held (居全省第3位) or a thing done already (已完成…1200多万亩),
 * and whose only word of aim is 今年 (the year the news reports on): it reports results throughout, its 今年 no aim.
 * Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''}`)].sort();
};

const head = '某市多项经济指标增幅靠前\n2023-08-20 09:30 来源：某某网\n';
const ranked = '地区生产总值增长8.2%，居全省第2位；工业投资增长16.5%，居全省第1位……这是今年上半年某市的成绩单。\n';
const names = '某市持续推进“百企提升”计划，加快建设科创走廊。\n';
const body = '今年上半年，某市新增规模工业企业126户，培育省级专精特新企业9家。\n';
const undatedBody = '今年，某市新增规模工业企业126户，培育省级专精特新企业9家。\n';
const harvestHead = '某省秋收进度过半\n2023-10-12 10:05 来源：某某网\n';
const harvest = '眼下，各地抢收秋粮，已收获玉米1200多万亩，进度达到85%。据了解，某省今年夏粮总产量达420.5万吨。\n';

describe('news of results whose only aim word is 今年', () => {
  it('reads figures beside ranks held as results, 今年 included', () => {
    const got = roles(`${head}${ranked}${names}${body}`);
    for (const a of ['A 8.2%', 'A 16.5%', 'A 126户', 'A 9家']) expect(got).toContain(a);
    expect(got.filter((r) => r.startsWith('T '))).toEqual([]);
  });

  it('reads a harvest report with things done already as results, its 今年 too', () => {
    const got = roles(`${harvestHead}${harvest}`);
    expect(got).toContain('A 420.5万吨');
    expect(got.filter((r) => r.startsWith('T '))).toEqual([]);
  });
});

describe('今年 opening a part of the year gone (THIS_YEAR_SO_FAR)', () => {
  it('reads a sentence of 今年上半年 with 同比 and a rank as the evidence of results', () => {
    const got = roles(`${head}今年上半年，全市地区生产总值同比增长6%，居全省第2位。\n${undatedBody}`);
    for (const a of ['A 6%', 'A 126户', 'A 9家']) expect(got).toContain(a);
    expect(got.filter((r) => r.startsWith('T '))).toEqual([]);
  });
});

describe('must not fire', () => {
  it('keeps a bare 今年 beside 同比 a year aimed at', () => {
    const got = roles(`${head}今年，全市地区生产总值同比增长7%。\n`);
    expect(got).toContain('T 7%');
  });

  it('keeps a figure under 力争 a target', () => {
    const got = roles(`${head}${ranked}${names}今年，某市力争规上工业产值突破900亿元。\n${body}`);
    expect(got).toContain('T 900亿元');
  });

  it('keeps a text that says what it will do (将) a plan', () => {
    const got = roles(`${head}${ranked}下半年，某市将新建5G基站800个。\n`);
    expect(got).toContain('T 800个');
  });

  it('needs evidence of results: 今年 and figures alone keep the default', () => {
    const got = roles(`${head}${undatedBody}`);
    expect(got).toContain('T 126户');
  });

  it('does not take a rank to reach (进入全省前10位) for one held', () => {
    const got = roles(`${head}今年，某市工业投资增长16.5%，进入全省前10位。\n${undatedBody}`);
    expect(got).toContain('T 16.5%');
  });

  it.each([
    ['同比', '去年全市地区生产总值同比增长5.2%。今年，全市地区生产总值增长6%左右，固定资产投资增长8%。', ['T 6%', 'T 8%']],
    ['a rank', '去年全县规上工业增加值增长9.1%，居全市第2位。今年全县地区生产总值增长7%以上，城镇新增就业3000人。', ['T 7%', 'T 3000人']],
    ['已完成', '去年以来已完成投资32亿元。今年全市新开工重点项目120个，完成固定资产投资500亿元。', ['T 120个', 'T 500亿元']],
    ['比上年', '去年全区一般公共预算收入比上年增长8.4%。今年全区地区生产总值增长6.5%，居民人均可支配收入增长7%。', ['T 6.5%', 'T 7%']],
  ])("keeps this year's targets after last year's results (%s) in news of a plan meeting", (_, text, targets) => {
    const got = roles(`某地工作会议召开\n2024-01-05 来源：某某网\n${text}\n`);
    for (const t of targets) expect(got).toContain(t);
  });

  it('leaves a text titled as a plan of its own to its own reading', () => {
    const got = roles(`某市2023年下半年工作计划\n${ranked}${undatedBody}`);
    expect(got).toContain('T 126户');
  });
});
