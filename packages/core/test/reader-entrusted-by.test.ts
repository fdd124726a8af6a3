/**
 * 受县人民政府委托，现将…提请大会审查: the 受 of 受…委托 opens the clause and is no part of a county's name, on invented
 * texts; a county written whole after it is still read in a heading, and a name before 受 is left as before.
 */
import { describe, expect, it } from 'vitest';
import { headingRegion, readIssuer, writtenDistricts } from '../src/reader/issuer.ts';

const opening = '各位代表：\n受县人民政府委托，现将2031年计划执行情况及2032年计划草案提请大会审查。\n一、2031年计划执行情况\n全县地区生产总值增长5%。';

describe('a report opening 受X人民政府委托', () => {
  it('reads no county named 受县 from it', () => {
    expect(writtenDistricts(opening).has('受县')).toBe(false);
    expect(headingRegion('受县人民政府委托，现将计划草案提请大会审查。')).toBeNull();
    expect(headingRegion('受区政府委托，现将计划草案提请大会审查。')).toBeNull();
    expect(readIssuer(opening)?.name ?? null).not.toBe('受县');
  });

  it('still reads the county entrusting when its name is written', () => {
    expect(headingRegion('受白沙河县人民政府委托，现将计划草案提请大会审查。')).toBe('白沙河县');
  });

  it('leaves other lines alone (a name after 受 in no 委托 clause, a headline of its own)', () => {
    expect(headingRegion('白沙河县召开经济工作会议')).toBe('白沙河县');
    expect(headingRegion('白沙河县受省人民政府委托开展试点')).toBe('白沙河县');
    expect(readIssuer('我代表白沙河县人民政府，受县长委托向大会报告工作。')?.name).toBe('白沙河县');
    expect([...writtenDistricts('2031年，白沙河县地区生产总值增长6%。').keys()]).toEqual(['白沙河县']);
    expect(writtenDistricts('受灾县市区共12个。').size).toBe(0);
  });
});
