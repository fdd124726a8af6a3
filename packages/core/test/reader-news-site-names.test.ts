/**
 * A news site's name in a repost's footer (某某香港網 (https://…), 晋城生活网) names a body, not a region the text speaks
 * for, as 杭州银行 does: a site's name ends with 网 where its words end. Things ending in 网 (互联网, 管网, 路网, 电网's
 * grid) and words going on after 网 (网格, 网站) are left alone. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { SOURCE_ORGANISATION } from '../src/reader/issuer.ts';
import { extractPlan } from '../src/reader/extract.ts';

describe('a news site named after a place', () => {
  it('is a body, as a bank or a university is', () => {
    expect(SOURCE_ORGANISATION.test('香港財經網 (https://example.com/)')).toBe(true);
    expect(SOURCE_ORGANISATION.test('晋城生活网')).toBe(true);
  });

  it('gives no region to a national plan reposted with the site in its footer', () => {
    const text = [
      '2月3日,近日,财政部、商务部、农业农村部等3部门联合印发《关于推动乡村商业发展的意见》。到2030年,培育百家示范企业,建成符合我国实际的乡村商业体系。',
      '更多内容,请登陆',
      '香港財經網 (https://www.example.com/)',
    ].join('\n');
    expect(extractPlan(text).region).not.toBe('香港特别行政区');
  });
});

describe('words ending in 网 the rule leaves alone', () => {
  it('keeps things that are networks', () => {
    expect(SOURCE_ORGANISATION.test('杭州发展互联网。')).toBe(false);
    expect(SOURCE_ORGANISATION.test('改造供水管网。')).toBe(false);
    expect(SOURCE_ORGANISATION.test('完善路网。')).toBe(false);
  });

  it('keeps 网 going on into a longer word', () => {
    expect(SOURCE_ORGANISATION.test('推进网格化管理')).toBe(false);
    expect(SOURCE_ORGANISATION.test('政府网站')).toBe(false);
  });
});
