import { describe, expect, it } from 'vitest';
import { departmentCore, leadsAgree, splitDepartments } from './departments.ts';
import { levelFromDepartments, regionLevel } from '../validate/regions.ts';

describe('departments across levels', () => {
  it.each([
    ['区经信局', '经信局'],
    ['市经信局', '经信局'],
    ['省经济和信息化厅', '经信局'],
    ['六安市经济和信息化局', '经信局'],
    ['市发展改革委', '发改委'],
    ['区发改委', '发改委'],
    ['市科技局', '科技局'],
    ['市市场监管局', '市场监管局'],
    ['区市场监管局', '市场监管局'],
    ['金安区数据资源管理局', '数管局'],
    ['市投创中心', '招商中心'],
    ['区招商创业中心', '招商中心'],
    ['金安经济开发区', '金安经济开发区'],
  ])('%s → %s', (name, core) => expect(departmentCore(name)).toBe(core));

  it('agrees when one lead is among the plan departments, or the plan names every county', () => {
    expect(leadsAgree(['区发改委', '区经信局'], ['市经信局'])).toBe(true);
    expect(leadsAgree(['区财政局'], ['市经信局', '市科技局'])).toBe(false);
    expect(leadsAgree(['区财政局'], ['各县区政府'])).toBe(true);
    expect(leadsAgree([], ['市经信局'])).toBeUndefined();
    expect(leadsAgree(['区经信局'], [])).toBeUndefined();
  });

  it('splits a 牵头单位 cell', () => {
    expect(splitDepartments('区经信局、区科技局，区金融服务中心')).toEqual(['区经信局', '区科技局', '区金融服务中心']);
  });
});

describe('regions', () => {
  it('levels from names and department prefixes', () => {
    expect([regionLevel('安徽省'), regionLevel('六安市'), regionLevel('金安区'), regionLevel('霍邱县'), regionLevel('')]).toEqual([
      'province',
      'city',
      'district',
      'district',
      undefined,
    ]);
    // One rule with the reader's levelOfName: a 市 outside the gazetteer's prefecture-level cities is a county-level city.
    expect([regionLevel('某某市'), regionLevel('北京市'), regionLevel('阿里地区'), regionLevel('某某园')]).toEqual(['district', 'province', 'city', undefined]);
    expect(levelFromDepartments(['区经信局', '区统计局', '市经信局'])).toBe('district');
    expect(levelFromDepartments(['金安经济开发区'])).toBeUndefined();
  });
});
