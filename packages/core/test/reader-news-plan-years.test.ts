/**
 * The plan year of news pages (round 18): a page dated after the five-year period it names looks back on it; a year framed
 * as 作为…之年 with 将 after it is the year planned, the year before it only reported; a year whose next sentence opens on the
 * months so far is the year under way; and 新年伊始 dates what follows it in its paragraph as the year under way.
 * Invented texts, each with cases where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { laterYearAimedAt } from '../src/reader/plan-year.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [
    ...plan.targets.map((t) => `target ${t.value}${t.unit ?? ''} ${t.year}`),
    ...plan.actuals.map((a) => `actual ${a.value}${a.unit ?? ''} ${a.period.year}`),
  ];
};
const yearOf = (text: string) => extractPlan(text).year;

describe('a page dated after the period it names ended looks back on it', () => {
  const body = '“十四五”期间累计投入12.5亿元实施城市更新项目30个；新增学位4200个；自来水普及率提升至96.1%。';

  it('is of its issue year, the period’s figures results of its last year', () => {
    const text = `某县：写好县域发展新答卷\n某某网·2026-01-20 08:15\n${body}`;
    expect(yearOf(text)).toBe(2026);
    expect(roles(text)).toEqual(['actual 30个 2025', 'actual 4200个 2025', 'actual 96.1% 2025']);
  });

  it('must not fire: a page dated inside the period, in its last year, or not dated', () => {
    expect(yearOf(`某县：“十四五”发展新蓝图\n某某网·2021-03-02 08:15\n${body}`)).toBe(2021);
    expect(yearOf(`某县：“十四五”发展新蓝图\n某某网·2025-06-02 08:15\n${body}`)).toBe(2021);
    expect(yearOf(`某县：“十四五”发展新蓝图\n${body}`)).toBe(2021);
  });
});

describe('2025年作为…之年，某区将…: the year planned, the year before it reported', () => {
  const head = '某区 构建现代化产业体系\n某某报讯 (记者 甲乙) 昨日，某区召开第一季度拼经济大会。';
  const work = '\n同时，某区将持续开展招商活动，力争一季度完成12个项目招拍挂。全年将推动25个项目动工。';
  const framed = '2025年作为某项盛会举办之年，某区将锚定目标，培育8个战略性产业集群。';

  it('plans the framed year; the year before it keeps its results', () => {
    const text = `${head}2024年，某区推动地区生产总值迈上1500亿元新台阶。${framed}${work}`;
    expect(yearOf(text)).toBe(2025);
    expect(roles(text)).toEqual(['target 8个 2025', 'target 12个 2025', 'target 25个 2025', 'actual 1500亿元 2024']);
  });

  it('reads the years it is given (laterYearAimedAt)', () => {
    expect(laterYearAimedAt([2024, 2025], new Set([2025]))).toBe(2025);
    expect(laterYearAimedAt([2025], new Set([2025]))).toBeNull();
    expect(laterYearAimedAt([2022, 2025], new Set([2025]))).toBeNull();
    expect(laterYearAimedAt([2024, 2025], new Set([2024, 2025]))).toBeNull();
    expect(laterYearAimedAt([2023, 2024, 2025], new Set([2025]))).toBeNull();
    expect(laterYearAimedAt([], new Set([2025]))).toBeNull();
  });

  it('does not fire on years not running on, three years, the earlier year planned too, or no 将 after the frame (the targets’ own year may still date the text)', () => {
    // (Years not running on, and three years: not this rule's, but the year the framed sentence's targets are due is the
    // one they share, so the text plans for it all the same — extract.ts yearTheTargetsShare.)
    expect(laterYearAimedAt([2022, 2025], new Set([2025]))).toBeNull();
    expect(extractPlan(`${head}2022年，某区推动地区生产总值迈上1500亿元新台阶。${framed}${work}`).yearSource).toBe('text');
    expect(yearOf(`${head}2022年，某区推动地区生产总值迈上1500亿元新台阶。${framed}${work}`)).toBe(2025);
    expect(yearOf(`${head}2023年，某区竣工项目20个。2024年，某区推动地区生产总值迈上1500亿元新台阶。${framed}${work}`)).toBe(2025);
    expect(yearOf(`${head}2024年，某区将推动地区生产总值迈上1500亿元新台阶。${framed}${work}`)).toBe(2024);
    expect(
      yearOf(`${head}2024年，某区推动地区生产总值迈上1500亿元新台阶。2025年作为某项盛会举办之年，某区锚定目标，培育了8个战略性产业集群。${work}`),
    ).toBeNull();
  });
});

describe('新年伊始 dates the sentences after it in its paragraph as the year under way', () => {
  const head = '某区 构建现代化产业体系\n某某报讯 (记者 甲乙) 昨日，某区召开第一季度拼经济大会。';
  const framed = '2024年，某区推动地区生产总值迈上1500亿元新台阶。2025年作为某项盛会举办之年，某区将锚定目标，培育8个战略性产业集群。';

  it('reads a ceremony’s counts after it as results of the year under way', () => {
    const text = `${head}${framed}\n2024年，某区竣工项目28个。新年伊始，某区以重点项目建设为牵引。大会上，12个新招商项目签约。`;
    expect(roles(text)).toEqual(['target 8个 2025', 'actual 1500亿元 2024', 'actual 28个 2024', 'actual 12个 2025']);
  });

  it('must not fire: no 新年伊始 (the paragraph’s year holds), or 新年伊始 with 将 (a plan)', () => {
    expect(roles(`${head}${framed}\n2024年，某区竣工项目28个。大会上，12个新招商项目签约。`)).toEqual([
      'target 8个 2025',
      'actual 1500亿元 2024',
      'actual 28个 2024',
      'actual 12个 2024',
    ]);
    expect(roles(`${head}${framed}\n新年伊始，某区将推动20个项目动工。`)).toEqual(['target 8个 2025', 'target 20个 2025', 'actual 1500亿元 2024']);
  });
});

describe('a year whose next sentence opens on the months so far (2022年，…。1至5月，…) is the year under way', () => {
  const text =
    '2022年，我县安排重点建设项目60宗（其中，续建项目20宗，新开工项目40宗），总投资1800亿元，年度投资计划150亿元。1至5月，累计完成投资70亿元，完成年度计划投资的46.7%。根据今年省《关于加快推进重大项目建设的若干措施》有关精神，在建项目按照上半年计划投资完成率60%的目标推进。';

  it('plans that year, its 今年', () => {
    expect(yearOf(text)).toBe(2022);
  });

  it('must not fire: no months after it, the whole year’s months, months of another year, no comma after the year', () => {
    expect(yearOf(text.replace('1至5月，', '截至目前，'))).toBe(2023);
    expect(yearOf(text.replace('1至5月，', '1至12月，'))).toBe(2023);
    expect(yearOf(text.replace('。1至5月', '。2023年1至5月'))).toBe(2023);
    expect(yearOf(text.replace('2022年，我县', '2022年我县'))).toBe(2023);
  });
});
