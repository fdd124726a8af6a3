/**
 * A heading that glues a region's short name to the full name of a region under it (上海崇明区概况, 苏州吴中区): the
 * lower region is named, not one unknown name; a head the gazetteer does not know, or a known name, is left whole.
 */
import { describe, expect, it } from 'vitest';
import { headingRegion } from '../src/reader/issuer.ts';

describe('a short parent name glued to a district (上海崇明区)', () => {
  it('reads the district the heading names', () => {
    expect(headingRegion('上海崇明区概况')).toBe('崇明区');
    expect(headingRegion('苏州吴中区2031年重点项目')).toBe('吴中区');
    expect(headingRegion('杭州西湖区召开经济工作会议')).toBe('西湖区');
  });

  it('leaves names alone when the head is no known region or the name is whole', () => {
    expect(headingRegion('上海市崇明区概况')).toBe('崇明区');
    expect(headingRegion('白沙河县召开经济工作会议')).toBe('白沙河县');
    expect(headingRegion('吴中区概况')).toBe('吴中区');
    expect(headingRegion('江南白沙河县概况')).toBe('江南白沙河县');
  });
});
