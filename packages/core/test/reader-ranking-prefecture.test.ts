import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';

const regionOf = (text: string) => {
  const { region, level } = readDocumentInfo(text);
  return { region, level };
};

describe('a prefecture named only to rank a county-level city (rankingMentions)', () => {
  const text =
    '现在，我代表市人民政府，向大会报告政府工作。全市地区生产总值增长6%，总量稳居宜春市县域第二，增速高于全省和宜春市。税收收入排宜春市县域第三。樟树市入选全国百强县，樟树市药材产业加快发展。';

  it('leaves those mentions out, so the county-level city named more speaks', () => {
    expect(regionOf(text)).toEqual({ region: '樟树市', level: 'district' });
  });

  it('does not fire for a prefecture named as itself, or a county-level city named once', () => {
    const own =
      '现在，我代表市人民政府，向大会报告政府工作。宜春市地区生产总值增长6%，宜春市工业加快发展，宜春市民生改善。樟树市入选百强县，樟树市药材产业发展。';
    expect(regionOf(own).region).toBe('宜春市');
    expect(regionOf(text.replace('樟树市药材', '药材')).region).toBe('宜春市');
    const compared = '现在，我代表市人民政府，向大会报告政府工作。宜春市区建设加快，宜春市工业增长，宜春市民生改善。樟树市入选百强县，樟树市药材产业发展。';
    expect(regionOf(compared).region).toBe('宜春市');
  });
});
