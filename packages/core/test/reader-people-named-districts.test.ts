/**
 * A district named for its people (管城回族区, 瀍河回族区) or an autonomous banner (鄂伦春自治旗) written as its place name
 * and 区 or 旗, as an autonomous county is written as its place name and 县: the gazetteer's full name, when the one such
 * division of that suffix opens with the place name. Invented headlines and sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { autonomousCountyWritten } from '../src/reader/regions.ts';

describe('a district or banner named for its people, written short', () => {
  it('is the one division of that suffix opening with the place name', () => {
    expect(autonomousCountyWritten('管城区')?.name).toBe('管城回族区');
    expect(autonomousCountyWritten('瀍河区')?.name).toBe('瀍河回族区');
    expect(autonomousCountyWritten('鄂伦春旗')?.name).toBe('鄂伦春自治旗');
  });

  it('gives the full name as the region of a headline under its prefecture', () => {
    const text = ['洛阳瀍河区：2031年重点项目完成投资80亿元', '瀍河区召开经济工作会议，提出全年重点项目完成投资80亿元以上，洛阳市有关部门参加。'].join('\n');
    const plan = extractPlan(text);
    expect({ region: plan.region, level: plan.level }).toEqual({ region: '瀍河回族区', level: 'district' });
  });
});

describe('names the rule leaves alone', () => {
  it('keeps a district the gazetteer holds under the written name', () => {
    expect(autonomousCountyWritten('金水区')).toBeUndefined();
  });

  it('keeps a suffix other than the full name’s (管城县 is no district named for its people)', () => {
    expect(autonomousCountyWritten('管城县')).toBeUndefined();
  });

  it('keeps a place name no such division opens with, or one of one character', () => {
    expect(autonomousCountyWritten('白沙河区')).toBeUndefined();
    expect(autonomousCountyWritten('城区')).toBeUndefined();
  });

  it('keeps a stem that is a people’s name itself', () => {
    expect(autonomousCountyWritten('回族区')).toBeUndefined();
  });
});
