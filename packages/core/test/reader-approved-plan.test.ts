import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';

const regionOf = (text: string) => {
  const { region, level } = readDocumentInfo(text);
  return { region, level };
};

const reply = (title: string, addressee: string) =>
  `山西省人民政府${title}\n${addressee}\n你市《关于审批的请示》收悉。现批复如下：到2035年，耕地保有量不低于300万亩，全省统筹推进。`;

describe('a reply approving a plan, addressed to the government whose plan it is (approvedPlanRegion)', () => {
  it('reads the plan’s region, not the province that signs the reply', () => {
    expect(regionOf(reply('关于《晋城市国土空间总体规划（2021—2035年）》的批复', '晋城市人民政府：'))).toEqual({ region: '晋城市', level: 'city' });
  });

  it('does not fire without that addressee, for a reply on no plan, or a plan named without a region', () => {
    expect(regionOf(reply('关于《晋城市国土空间总体规划（2021—2035年）》的批复', '省自然资源厅：')).region).toBe('山西省');
    expect(regionOf(reply('关于《晋城市设立开发区的请示》的批复', '晋城市人民政府：')).region).toBe('山西省');
    expect(regionOf(reply('关于《国土空间总体规划（2021—2035年）》的批复', '晋城市人民政府：')).region).toBe('山西省');
    expect(regionOf(reply('关于印发《晋城市国土空间总体规划》的通知', '晋城市人民政府：')).region).toBe('山西省');
  });
});
