/**
 * A notice addressed to towns and sub-districts (各镇人民政府、街道办事处：) comes from a county, a district or a
 * county-level city: a bare 市人民政府 that sends it is a county-level city's, level district. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const levelOf = (text: string) => extractPlan(text).level;
const notice = (addressees: string) =>
  ['市人民政府办公室关于分解落实政府工作报告目标任务的通知', addressees, '现将今年全市主要预期目标分解如下：地区生产总值增长7%，固定资产投资增长9%。'].join(
    '\n',
  );

describe('a notice to towns', () => {
  it('reads a bare 市 that addresses towns and sub-districts as a county-level city', () => {
    expect(levelOf(notice('各区、镇、办事处，市政府各部门：'))).toBe('district');
  });

  it('does so for 各镇（街道）人民政府（办事处）', () => {
    expect(levelOf(notice('各镇（街道）人民政府（办事处），市直各单位：'))).toBe('district');
  });

  it('gives a district’s level to a text with no issuer phrase', () => {
    const text = ['各乡镇人民政府，各有关部门：', '现将今年重点工作目标印发给你们。地区生产总值增长7%，固定资产投资增长9%。'].join('\n');
    expect(levelOf(text)).toBe('district');
  });
});

describe('addressees the rule leaves alone', () => {
  it('keeps a city whose plan sets counties and towns a duty in a line ending with a colon', () => {
    const text = '2024年全市经济工作要点\n为做好今年工作，提出如下要点。\n各县（市、区）、乡镇要做到以下几点：\n全市地区生产总值增长6%，固定资产投资增长8%。';
    expect(levelOf(text)).toBe('city');
  });

  it('keeps a prefecture that writes to its counties', () => {
    expect(levelOf(notice('各县（市、区）人民政府，市政府各部门：'))).toBe('city');
  });

  it('keeps a province that writes to its cities and counties', () => {
    const text = ['省人民政府关于印发重点工作的通知', '各市、州、县人民政府，省政府各部门：', '全省地区生产总值增长6%。'].join('\n');
    expect(levelOf(text)).toBe('province');
  });

  it('keeps a report that greets the deputies (各位代表：) and names towns later', () => {
    const text = ['各位代表：', '现在，我代表市人民政府向大会报告工作。各乡镇要抓好落实，全市地区生产总值增长7%。'].join('\n');
    expect(levelOf(text)).toBe('city');
  });

  it('keeps towns named inside a sentence, not in an addressee line', () => {
    expect(levelOf(notice('请各镇、各街道认真落实，全市一盘棋。'))).toBe('city');
  });
});
