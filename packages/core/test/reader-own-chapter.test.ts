/**
 * A text that names its region nowhere else writes it into its own chapter of 中国式现代化 (奋力谱写中国式现代化磴口新篇章):
 * the slot before 篇章 is the speaker's own short name. Read only when nothing else names the region. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return { region: plan.region, level: plan.level };
};

describe('the region written into its own chapter', () => {
  it('reads a county by its short form from a county report that names it nowhere else', () => {
    const text = [
      '二、2025年主要工作',
      '按照县委全会的部署，努力在推进乡村全面振兴上取得更大进展，奋力谱写中国式现代化武川新篇章。',
      '全县经济社会发展的主要预期目标是：地区生产总值增长6%以上，固定资产投资增长8%以上。',
    ].join('\n');
    expect(read(text)).toEqual({ region: '武川县', level: 'district' });
  });

  it('reads the last name of a chapter that names the province first', () => {
    const text = '全县上下凝心聚力，奋力谱写中国式现代化湖北实践竹山篇章。全县地区生产总值增长6.5%左右，一般公共预算收入增长5%。';
    expect(read(text)).toEqual({ region: '竹山县', level: 'district' });
  });

  it('reads 生动实践 and 新 around the name', () => {
    const text = '全县上下团结奋斗，奋力谱写中国式现代化武川生动实践新篇章。全县粮食产量稳定在5亿斤以上。';
    expect(read(text).region).toBe('武川县');
  });
});

describe('chapters the rule leaves alone', () => {
  it('reads no region from a chapter of building (建设新篇章)', () => {
    expect(read('全县上下奋力谱写中国式现代化建设新篇章。全县地区生产总值增长6%以上。').region).toBeFalsy();
  });

  it('reads none from two different names', () => {
    const text = '全县学习兄弟县经验，对照中国式现代化固阳篇章的做法，奋力谱写中国式现代化武川篇章。全县地区生产总值增长6%以上。';
    expect(read(text).region).toBeFalsy();
  });

  it('reads none whose level the scope words contradict', () => {
    const text = '全县上下勇挑大梁，为谱写中国式现代化湖南篇章贡献力量。全县地区生产总值增长6%以上。';
    expect(read(text).region).toBeFalsy();
  });

  it('leaves a region other steps read', () => {
    const text = '——在武川县第十七届人民代表大会第五次会议上\n奋力谱写中国式现代化呼和浩特篇章。全县地区生产总值增长6%以上。';
    expect(read(text).region).toBe('武川县');
  });
});

describe('the region written into the year a report frames as its own, or into its thanks', () => {
  it('reads a county by its short form from 是…发展史上 / 发展进程中 / 加快建设…之年', () => {
    expect(read('2024年是武川发展史上极不平凡的一年。全县地区生产总值增长6%。').region).toBe('武川县');
    expect(read('过去一年，也是武川发展进程中很不寻常的一年。全县粮食产量增长3%。').region).toBe('武川县');
    expect(read('今年是收官之年，也是武川加快建设生态强县的关键之年。全县地区生产总值增长6%以上。').region).toBe('武川县');
  });

  it('reads the name opening what a report thanks people for', () => {
    const text = '在此，我代表县人民政府，向为加快武川乡村振兴和经济社会发展做出积极贡献的全县干部群众表示衷心感谢！全县地区生产总值增长6%。';
    expect(read(text)).toEqual({ region: '武川县', level: 'district' });
  });

  it('reads none from the scope words in that slot, two names, or a level the scope words contradict', () => {
    expect(read('2024年是全县发展史上极不平凡的一年。全县地区生产总值增长6%。').region).toBeFalsy();
    expect(read('2024年是武川发展史上不平凡的一年，也是固阳发展进程中的关键一年。全县地区生产总值增长6%。').region).toBeFalsy();
    expect(read('2024年是呼和浩特发展史上极不平凡的一年。全县地区生产总值增长6%。').region).toBeFalsy();
    expect(read('向为全县经济社会发展做出贡献的同志们表示感谢。全县地区生产总值增长6%。').region).toBeFalsy();
  });
});
