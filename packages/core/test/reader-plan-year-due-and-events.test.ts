/**
 * Round 20's plan-year shapes, on invented texts: two deadlines in one sentence (到2025年，…；到2027年，…), a year written
 * only as when work is due (2024年底前) or as a meeting's name (2024年全县春耕生产现场会), and a year written only in an
 * event's name without 年 (2025某省文化旅游博览会). Each with must-not-fire cases.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('a year written only as a due date or as the name of a meeting held in it', () => {
  it('dates a task table whose years are all 年底前 to that year, not the next', () => {
    const text = '序号|任务|责任单位|完成时限\n1|今年粮食产量稳定在80亿斤以上。|农业科|2024年底前\n2|新建高标准农田12万亩。|农田科|2024年底前\n';
    expect(yearOf(text)).toBe(2024);
  });
  it("dates news of this year's goals that conveys a meeting named by its year", () => {
    const text = '本报讯 3月8日,全县春耕生产现场会召开。今年我县计划播种粮食面积50万亩,产量3.2亿斤。会议传达了2024年全市春季农业生产工作会议精神。';
    expect(yearOf(text)).toBe(2024);
  });
  it('must not fire on a year of results beside 今年', () => {
    const text = '2023年,全县粮食产量达到3.1亿斤,增长2%。今年,我县将力争粮食产量达到3.2亿斤。';
    expect(yearOf(text)).toBe(2024);
  });
});

describe("a year written only in an event's name, without 年", () => {
  it('dates a text that writes no other year', () => {
    const text = '全力推动开放型经济发展。借助2026某省文化旅游博览会平台,力争全县外贸进出口总额增长10%,新引进外资项目3个。';
    expect(yearOf(text)).toBe(2026);
  });
  it('must not fire on a bare number or an amount', () => {
    const text = '全力推动开放型经济发展。全县外贸进出口总额增长10%,新引进项目2026个博览会展位。';
    expect(yearOf(text)).toBeNull();
  });
  it('must not fire beside a year written with 年', () => {
    const text = '2023年,全县外贸进出口总额增长8%。借助2026某省文化旅游博览会平台,进一步扩大对外开放。';
    expect(yearOf(text)).toBe(2023);
  });
});
