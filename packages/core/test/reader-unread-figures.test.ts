import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { figureInSentence, unreadFigures } from '../src/reader/unread-figures.ts';

/** The figures of an invented text its reading left out, as written. */
const unread = (text: string) => unreadFigures(text, extractPlan(text)).map((f) => f.text);

describe('unreadFigures: the figures no target or result was read from', () => {
  it('lists a figure whose counting word the grammar does not know, with the word and its sentence', () => {
    const text = '2024年工作要点\n一、城市建设\n力争全年安装太阳能路灯2万盏，新增企业20家以上。';
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => text.slice(t.span[0], t.span[1]))).toEqual(['企业20家以上']);
    const [figure, ...rest] = unreadFigures(text, plan);
    expect(rest).toEqual([]);
    expect(figure!.text).toBe('2万盏');
    expect(text.slice(figure!.span[0], figure!.span[1])).toBe('2万盏');
    expect(figure!.sentence.text).toBe('力争全年安装太阳能路灯2万盏，新增企业20家以上。');
    expect(text.slice(...figure!.sentence.span)).toBe(figure!.sentence.text);
  });

  it('never lists the figure of a target or a result read', () => {
    expect(unread('2024年工作要点\n力争地区生产总值增长6%左右，新增规上工业企业150户以上。')).toEqual([]);
    expect(unread('2023年，全市地区生产总值增长5.2%。')).toEqual([]);
  });

  it.each([
    ['years and spans of years', '2024年工作要点\n到2025年，实施2021—2025年规划，2021-2025。'],
    ['a year alone in a headline', '某某县2024 工作安排'],
    ['dates, months and times', '1-6月，3月12日召开会议，2024-02-29 10:38:07发布，2024.01.05，04-30，上午9时。'],
    ['ordinals and list numbers', '第3批\n1、加快发展\n2. 加强服务\n（3）推进改革\n2大力传承文化\n表1 主要指标'],
    ['document numbers', '根据国发〔2024〕12号文件精神，市政办〔2023〕5号。'],
    ['phone numbers, URLs and index numbers', '电话：0551-12345678，http://www.example.gov.cn/art/2024/2/5/art_12.html，索引号：001008006002001/2023-141193'],
    ['metric names with digits', '建设5G基站，PM2.5浓度下降，创建4A级景区，G60科创走廊，20XX年计划，IMG_4667.jpg'],
    ['figures inside titles and quoted names', '印发《2024年100项重点工作清单》，实施“136”工程，构建“1+N”政策体系。'],
    ['Chinese numerals that are words', '坚持“十四五”规划，落实三个方面，一个中心，两个维护。'],
    ['page counters and masked figures', '点击量：10\n0次浏览\n达到2112.*亿元，增长*.2%'],
    ['row numbers alone in their cells', '序号\t指标\n1\t某某\n2\t某某'],
    ['page lines and view counters (what cleaning removes)', '正文\n- 3 -\n第 3 页 共 5 页\n发布时间：2024年3月5日 10:30 浏览次数：1234 次\n正文'],
    ['spans of time not reached', '要点\n3年内完成，为期3年，连续5年，6个月内办结。'],
  ])('leaves out %s', (_name, text) => {
    // With nothing read, so no target's span hides them.
    expect(unreadFigures(text, { targets: [], actuals: [] }).map((f) => f.text)).toEqual([]);
  });

  it.each([
    ['full-width digits', '要点\n全年安装太阳能路灯１０００盏。', ['１０００盏']],
    ['a range with its unit', '要点\n每个乡镇建设村级驿站3-5处。', ['3-5处']],
    ['a quoted figure with its unit', '红旗品牌要“向40万辆发起冲击”。', ['40万辆']],
    ['a percentage in a sentence the grammar does not read', '要点\n农村自来水普及率，2026年底前为98%。', ['98%']],
    ['a sum in Chinese numerals', '要点\n全区园区工业产值迈向两千亿。', ['两千亿']],
    ['durations reached', '要点\n平均受教育年限达到11年，11.5年也可，劳动年龄人口受教育年限提高到11.5年，人均预期寿命达到80岁。', ['11年', '11.5年', '80岁']],
    ['Traditional counting words, spans into the text given', '要點\n全年新增企業20個以上。', ['20個']],
  ])('lists %s', (_name, text, figures) => {
    // With nothing read: the lister's own rules, whatever the reader makes of the sentence.
    expect(unreadFigures(text, { targets: [], actuals: [] }).map((f) => f.text)).toEqual(figures);
  });

  it('cuts a long sentence to the characters around its figure', () => {
    const text = `要点\n${'加快建设'.repeat(60)}安装路灯1000盏${'推进发展'.repeat(60)}`;
    const [figure] = unreadFigures(text, extractPlan(text));
    expect(figure!.sentence.text.length).toBeLessThanOrEqual(2 * 80 + figure!.text.length);
    expect(figure!.sentence.text).toContain('安装路灯1000盏');
  });

  it('gives hosts the sentence around the figure cut to a width', () => {
    const text = `要点\n${'加快建设'.repeat(20)}安装路灯1000盏${'推进发展'.repeat(20)}。`;
    const [figure] = unreadFigures(text, extractPlan(text));
    const cut = figureInSentence(figure!, 30);
    expect(cut.figure).toBe('1000盏');
    expect(cut.before.startsWith('…')).toBe(true);
    expect(cut.after.endsWith('…')).toBe(true);
    expect(cut.before.length + cut.figure.length + cut.after.length).toBeLessThanOrEqual(30);
    expect(figureInSentence({ span: [0, 2], text: '5个', sentence: { span: [0, 6], text: '5个项目落地' } }, 60)).toEqual({
      before: '',
      figure: '5个',
      after: '项目落地',
    });
  });

  it('keeps to the part of seed 004 the reading read: the body, or its attached 2023 分解表', () => {
    const text = readFileSync(new URL('../../../seeds/documents/004_6c17aed7528460c1.txt', import.meta.url), 'utf8');
    const body = extractPlan(text);
    const table = extractPlan(text, { part: 'table' });
    // The table's span is what body mode passed over; table mode passed over the body before it.
    expect(body.partsNotRead).toHaveLength(1);
    const [tableStart, tableEnd] = body.partsNotRead![0]!;
    expect(table.partsNotRead![0]).toEqual([0, tableStart]);
    expect(table.tasks.every((t) => t.span[0] >= tableStart && t.span[1] <= tableEnd)).toBe(true);
    const inBody = unreadFigures(text, body);
    expect(inBody.length).toBeLessThan(10);
    expect(inBody.every((f) => f.span[1] <= tableStart || f.span[0] >= tableEnd)).toBe(true);
    expect(unreadFigures(text, table).every((f) => f.span[0] >= tableStart && f.span[1] <= tableEnd)).toBe(true);
  });

  it('never cuts the sentence past the width, however nearly the figure fills it', () => {
    const figure = {
      span: [4, 10] as [number, number],
      text: '1000万千瓦',
      sentence: { span: [0, 14] as [number, number], text: '装机容量1000万千瓦以上目标' },
    };
    for (const width of [4, 6, 7, 8, 9, 10, 12]) {
      const cut = figureInSentence(figure, width);
      expect(cut.before.length + cut.figure.length + cut.after.length).toBeLessThanOrEqual(Math.max(width, figure.text.length));
    }
  });
});
