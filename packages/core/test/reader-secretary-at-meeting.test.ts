/**
 * A named region's party secretary whose words follow the name and where they were said (青岭区委书记某某在会上指出,
 * 在讲话中表示) speaks for that region, as one whose words follow the name at once (湛江市委书记某某表示). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readIssuer } from '../src/reader/issuer.ts';
import { extractPlan } from '../src/reader/extract.ts';

describe('a secretary who speaks at the meeting', () => {
  it('names the region of the secretary', () => {
    expect(readIssuer('青岭区委书记陈某在会上指出，全年地区生产总值增长6%。')).toEqual({ name: '青岭区', level: 'district' });
    expect(readIssuer('青岭县委书记陈某某在讲话中表示，要确保固定资产投资增长10%。')).toEqual({ name: '青岭县', level: 'district' });
  });

  it('outweighs the province a text names from its cities', () => {
    const text = [
      '1月20日，番禺区召开高质量发展大会，提出全年地区生产总值增长6%的目标。',
      '番禺区委书记某某在会上指出，番禺区要在全省、全市发展大局中走在前列，力争固定资产投资增长12%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect({ region: plan.region, level: plan.level }).toEqual({ region: '番禺区', level: 'district' });
  });
});

describe('secretaries the rule leaves alone', () => {
  it('gives no issuer for a bare 区委书记', () => {
    expect(readIssuer('区委书记在会上指出，全年地区生产总值增长6%。')).toBeNull();
  });

  it('gives no issuer for a secretary who only listens or visits', () => {
    expect(readIssuer('青岭区委书记陈某在会上听取汇报。')).toBeNull();
    expect(readIssuer('青岭区委书记陈某在企业调研。')).toBeNull();
  });

  it('gives no issuer where the place between name and verb is longer than a meeting’s', () => {
    expect(readIssuer('青岭区委书记陈某在全区第三季度项目建设观摩会议上指出，要加快进度。')).toBeNull();
  });

  it('gives no issuer for a province’s secretary', () => {
    expect(readIssuer('省委书记陈某在会上指出，全年地区生产总值增长6%。')).toBeNull();
  });
});
