/**
 * Round 25 (m25c), review25c's findings 2–10 on the plan year's framings: each a must-not-fire case made from the review's
 * invented probe passages, asserting the plan year and each figure's metric, value, unit, comparator, role and due year.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { aimsAtLaterYear, aimsAtNextYear, aimsAtThisYear, documentNumberYear, plannedSeasonEnds, reportedDone } from '../src/reader/plan-year.ts';

type Row = [role: 'target' | 'actual', metric: string, value: number | null, unit: string, comparator: string | undefined, year: number | null | undefined];
/** The plan year, then each figure as [role, metricKey, value, unit, comparator, due year / period year], in text order. */
function read(text: string): [number | null, Row[]] {
  const plan = extractPlan(text, {});
  const rows: [number, Row][] = [
    ...plan.targets.map((t): [number, Row] => [t.span[0], ['target', t.metricKey ?? t.metric, t.value, t.unit ?? '', t.comparator, t.year]]),
    ...plan.actuals.map((a): [number, Row] => [a.span[0], ['actual', a.metricKey ?? a.metric, a.value, a.unit ?? '', undefined, a.period?.year]]),
  ];
  return [plan.year, rows.sort((a, b) => a[0] - b[0]).map((r) => r[1])];
}

describe('finding 2: a planned season is the plan year only when nothing else gives one', () => {
  it('a 2025 plan that also sets next season’s target stays of 2025, the season’s target due 2026', () => {
    expect(read('全县甘蔗生产工作\n2025年，全县力争糖料蔗种植面积30万亩。2025/2026榨季，计划入榨甘蔗200万吨。')).toEqual([
      2025,
      [
        ['target', '糖料蔗种植面积', 30, '万亩', '=', 2025],
        ['target', '入榨甘蔗', 200, '万吨', '=', 2026],
      ],
    ]);
  });
  it('plannedSeasonEnds reads grammar’s season pattern: 2023/24 and 年度 too', () => {
    expect(plannedSeasonEnds('2023/24榨季，某县计划入榨甘蔗200万吨。')).toEqual([2024]);
    expect(plannedSeasonEnds('2023至2024年度雪季，某区力争接待游客50万人次。')).toEqual([2024]);
    expect(plannedSeasonEnds('2023/2024榨季，某县入榨甘蔗180万吨。')).toEqual([]);
  });
});

describe('finding 3/7: 明年 plans the page only with a figure aimed at; a part-year page keeps its year', () => {
  it('a November progress page (今年以来) with 全年 aims and 明年将谋划 stays of its own year', () => {
    expect(
      read(
        '全市经济运行情况通报\n发布时间：2024-11-20\n今年以来，全市规上工业增加值增长6.2%，固定资产投资增长8%。下一步，各地要确保完成全年目标任务，全年地区生产总值力争增长6%。明年将谋划一批重大项目。',
      )[0],
    ).toBe(2024);
    expect(read('发布时间：2024-11-20\n今年以来，全市规上工业增加值增长6.2%。全年地区生产总值力争增长6%。某项目力争2025年投产。')).toEqual([
      2024,
      [
        ['actual', '规模以上工业增加值', 6.2, '%', undefined, 2024],
        ['target', '地区生产总值', 6, '%', '=', 2024],
      ],
    ]);
  });
  it('a December page of results whose 明年 only 将 continue, a project or a law of next year, stays of its own year', () => {
    expect(read('2024年12月30日 来源：某县融媒体中心\n今年，全县地区生产总值增长5.8%，新增城镇就业1.2万人。明年，我县将继续抓好项目建设。')[0]).toBe(2024);
    expect(read('2024年12月28日 来源：某市发改委\n今年以来，全市完成固定资产投资300亿元，增长7%。某大桥力争2025年底前建成通车。')).toEqual([
      2024,
      [
        ['actual', '固定资产投资', 300, '亿元', undefined, 2024],
        ['actual', '固定资产投资', 7, '%', undefined, 2024],
      ],
    ]);
    expect(read('发布时间：2024-11-28\n《某省促进条例》明年1月1日起将正式施行。今年全省新增就业60万人。')[0]).toBe(2024);
  });
  it('an undated text of one year’s results whose project is due 明年 is of that year', () => {
    expect(read('2023年，全县完成固定资产投资50亿元，增长8%。某项目明年将建成投产。')[0]).toBe(2023);
  });
  it('still reads a December meeting that sets 明年’s figures', () => {
    expect(read('发布时间：2024-12-20\n会议指出，今年全县经济运行稳中有进。会议提出，明年全县地区生产总值增长6%左右。')[0]).toBe(2025);
  });
  it('aimsAtNextYear wants a figure aimed at; aimsAtThisYear sees 全年 and 年内 and not 今年以来', () => {
    expect(aimsAtNextYear('明年全县力争地区生产总值增长6%。')).toBe(true);
    expect(aimsAtNextYear('明年全县地区生产总值增长6%左右。')).toBe(true);
    expect(aimsAtNextYear('明年将谋划一批重大项目。')).toBe(false);
    expect(aimsAtNextYear('某项目明年将建成投产。')).toBe(false);
    expect(aimsAtThisYear('全年地区生产总值力争增长6%。')).toBe(true);
    expect(aimsAtThisYear('年内将建成污水处理厂3座。')).toBe(true);
    expect(aimsAtThisYear('今年以来，全县将项目建设作为重点。')).toBe(false);
    expect(aimsAtThisYear('明年全年力争增长6%。')).toBe(false);
  });
});

describe('finding 4: the issue month is the date line’s, not a deadline’s', () => {
  it('a March page naming a November deadline stays of its own year', () => {
    expect(read('2024年11月30日前完成验收。\n发布时间：2024-03-10\n明年将全面推广。全县今年新建5G基站300个。')).toEqual([
      2024,
      [['target', '5G基站', 300, '个', '=', 2024]],
    ]);
  });
});

describe('finding 5: a plan’s own order 全面完成…目标 is no plan reported done', () => {
  it('keeps the document’s year title', () => {
    expect(read('全县2024年重点工作任务如下：一是全面完成市下达的地区生产总值增长6%目标。二是新增城镇就业5000人。今年要重点抓好项目建设。')[0]).toBe(2024);
  });
  it('reportedDone wants 已/均, a done word closing its clause, or 收官', () => {
    expect(reportedDone('重点工作任务如下：一是全面完成市下达的目标。')).toBe(false);
    expect(reportedDone('的各项目标任务圆满完成，全县…')).toBe(true);
    expect(reportedDone('制定的三年行动计划均已完成。')).toBe(true);
  });
});

describe('finding 6: a later year counts only when the text aims at it', () => {
  it('a year-end summary whose 今年 reports stays of the year done', () => {
    expect(read('2023年的各项目标任务圆满完成。今年全县地区生产总值增长6%，新增城镇就业5000人。')).toEqual([
      2023,
      [
        ['target', '地区生产总值', 6, '%', '=', 2023],
        ['target', '城镇就业', 5000, '人', '=', 2023],
      ],
    ]);
    expect(aimsAtLaterYear('今年全县地区生产总值增长6%。')).toBe(false);
    expect(aimsAtLaterYear('新的一年，全县力争增长6.5%。')).toBe(true);
  });
});

describe('finding 8: a document number only in the document’s head', () => {
  it('a cited number a PDF wrap left alone on a body line dates nothing', () => {
    const pdf =
      '关于印发某县稳增长工作方案的通知\n各乡镇：\n根据《某市人民政府关于进一步稳增长的通知》（\n某政发〔2019〕3号\n）精神，力争全县地区生产总值增长6%。';
    expect(documentNumberYear(pdf)).toBeNull();
    expect(read(pdf)).toEqual([null, [['target', '地区生产总值', 6, '%', '=', null]]]);
    expect(documentNumberYear('关于印发某县稳增长工作方案的通知\n各乡镇：\n根据\n某政发〔2019〕3号\n文件精神，力争增长6%。')).toBeNull();
    expect(documentNumberYear('某县人民政府办公室文件\n某政办发〔2023〕12号\n关于印发某方案的通知\n各乡镇：\n力争增长6%。')).toBe(2023);
  });
});

describe('finding 10: a full date heading the headline is the page’s date, no title year', () => {
  it('a December conference headed by its date plans 明年', () => {
    expect(
      read('2024年12月22日 某县召开经济工作会议\n会议指出，今年全县经济运行稳中有进。会议提出，明年全县地区生产总值增长6%左右，新增城镇就业1万人以上。'),
    ).toEqual([
      2025,
      [
        ['target', '地区生产总值', 6, '%', '~', 2025],
        ['target', '城镇就业', 1, '万人', '>=', 2025],
      ],
    ]);
  });
});
