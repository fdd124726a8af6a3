/**
 * Shape catalogue (round 23, r23y): the year a text's targets are for (corpus Decisions 2, 12, 19, 26, 28) — a 工作要点
 * with its year in the title and last year’s results, news in January of a work conference on last year, a three-year
 * action plan, a five-year plan, news of a five-year period’s special plan issued later in the period, and news of a
 * December session whose year’s results are estimated, and a span ahead (未来五年) opening a paragraph as a vision —
 * with must-not-fire cases. Invented passages only.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract.ts';

/** The plan year, then each target as `value unit due-year`, in text order. */
const read = (text: string): [number | null, string[]] => {
  const plan = extractPlan(text, {});
  const targets = [...plan.targets].sort((a, b) => a.span[0] - b.span[0]).map((t) => `${t.value}${t.unit ?? ''} ${t.year}`);
  return [plan.year, targets];
};

const CATALOGUE: [string, string, number | null, string[]][] = [
  [
    '1 工作要点 with its year in the title and last year’s results',
    '某县2025年工作要点\n2024年，全县地区生产总值增长6%。2025年，力争全县地区生产总值增长6.5%，新增城镇就业3000人。',
    2025,
    ['6.5% 2025', '3000人 2025'],
  ],
  [
    '2 news in January of a work conference on last year, then 今年',
    '1月6日，某市召开经济工作会议。会议指出，2024年全市地区生产总值增长5.8%。会议强调，今年全市力争地区生产总值增长6%左右。',
    2025,
    ['6% 2025'],
  ],
  [
    '3 a three-year action plan 2025—2027: plan year its first, targets due its last',
    '某市制造业提质增效三年行动计划（2025—2027年）\n到2027年，全市规模以上工业增加值年均增长8%，培育专精特新企业100家。',
    2025,
    ['8% 2027', '100家 2027'],
  ],
  [
    '4 a five-year plan outline: plan year the period’s first, targets due its last',
    '某市国民经济和社会发展第十五个五年规划纲要\n到2030年，全市地区生产总值年均增长5.5%左右，常住人口城镇化率达到70%。',
    2026,
    ['5.5% 2030', '70% 2030'],
  ],
  [
    '5 news of a period’s special plan issued later in the period: the period’s first year, not the page’s',
    '首页>新闻\n某市出台教育发展规划\n2023-04-18 09:12:30 来源：某市日报\n日前，某市印发了《某市“十四五”教育事业发展规划》。规划提出，到2025年，全市学前教育毛入园率达到95%以上，新增公办学位2万个。',
    2021,
    ['95% 2025', '20000个 2025'],
  ],
  [
    '6 news of a December session whose year’s results are estimated: the year after that one',
    '某报12月26日讯 昨日上午，某区第十届人民代表大会第五次会议开幕，区长作区政府工作报告。\n2025年，某区预计地区生产总值增长6%左右。\n新的一年，某区将力争地区生产总值增长6.5%。',
    2026,
    ['6.5% 2026'],
  ],
  [
    '7 a span ahead opening a paragraph as a vision, its goals in the next sentence: due at the span’s end',
    '某区2026年政府工作报告\n未来五年，某区将建设宜居宜业的现代化新城区。主要目标是，地区生产总值达到1500亿元，年均增长6%。',
    2026,
    ['1500亿元 2030', '6% 2030'],
  ],
  [
    '8 a span ahead that states its own figure: the next sentence is the plan year’s again',
    '某县2025年工作要点\n未来3年，全县累计完成投资1500亿元。全年完成固定资产投资500亿元。',
    2025,
    ['1500亿元 2027', '500亿元 2025'],
  ],
];

/** Must not fire: the plan year stays what the page’s own words give. */
const MUST_NOT_FIRE: [string, string, number | null][] = [
  [
    'a page dated after the period it names: not the period’s first year',
    '2027-03-02 10:00 来源：某市日报\n日前，某市印发了《某市“十四五”教育事业发展规划》评估报告。今年全市新增公办学位5000个。',
    2027,
  ],
  [
    'a yearly plan that only names the period as its frame: its own year',
    '2023-02-20 来源：某县政府\n某县2023年重点工作任务\n今年是实施“十四五”规划承上启下的关键一年。力争全县地区生产总值增长6%。',
    2023,
  ],
  [
    'a December session that gives a closed year’s results (no 预计): the year after the 今年 that follows it',
    '某报12月28日讯 昨日，某县第八届人民代表大会第三次会议开幕，县长作政府工作报告。\n2006年，全县生产总值增长12%。今年全县新增就业3000人。\n明年，全县力争生产总值增长10%。',
    2008,
  ],
];

describe('shape catalogue r23y: the year a text plans for', () => {
  for (const [name, text, year, targets] of CATALOGUE) {
    it(name, () => expect(read(text)).toEqual([year, targets]));
  }
  for (const [name, text, year] of MUST_NOT_FIRE) {
    it(`must not fire: ${name}`, () => expect(read(text)[0]).toBe(year));
  }
});
