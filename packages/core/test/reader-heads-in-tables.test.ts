/**
 * A table's cells name bodies, not heads who speak: 市长三角办 in a 分解表's department column gives no vote to a 市长,
 * so the city most mentioned (上海, a partner) is not read as the issuer. Heads written in prose keep their vote. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return { region: plan.region, level: plan.level };
};

describe('a head’s title inside a table row', () => {
  it('gives no vote to 市长 read out of a department cell', () => {
    const text = [
      '序号\t主要工作任务\t责任单位',
      '1\t地区生产总值增长6%。\t市发展改革委',
      '2\t对接上海虹桥枢纽，融入上海都市圈。\t市长三角办',
      '3\t研发投入强度达到3.5%。\t市科技局',
    ].join('\n');
    const { region, level } = read(text);
    expect(region).not.toBe('上海市');
    expect(level).toBe('city');
  });
});

describe('heads the rule leaves alone', () => {
  it('keeps a county head who speaks in prose', () => {
    const text = '望奎县召开经济工作会议。县长李强表示，今年全县地区生产总值增长6%，望奎县将加快发展。';
    expect(read(text)).toEqual({ region: '望奎县', level: 'district' });
  });

  it('keeps a head on a line set out with spaces, not tabs', () => {
    const text = ['政府工作报告', '    绥化市人民政府代市长  王明', '各位代表：今年全市地区生产总值增长6%，绥化市加快发展。'].join('\n');
    expect(read(text)).toEqual({ region: '绥化市', level: 'city' });
  });

  it('keeps a head named in prose under a table', () => {
    const text = ['序号\t任务\t责任单位', '1\t地区生产总值增长6%。\t县发改局', '县长李强强调，望奎县要确保完成全年目标。'].join('\n');
    expect(read(text).level).toBe('district');
  });
});
