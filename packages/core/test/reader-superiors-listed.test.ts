import { describe, expect, it } from 'vitest';
import { readDocumentInfo } from '../src/reader/document-info.ts';

const regionOf = (text: string) => {
  const { region, level } = readDocumentInfo(text);
  return { region, level };
};

describe('superiors listed from the province down to the speaker (ownAtEndOfSuperiors)', () => {
  it('reads the county-level division closing the list, below the prefecture before it', () => {
    const text = '认真落实省、宜春市、樟树市党代会部署要求，全市上下团结奋进。宜春市考核中全市位次前移，宜春市下达任务全部完成。';
    expect(regionOf(text)).toEqual({ region: '樟树市', level: 'district' });
    expect(regionOf('贯彻省委、漳州市委、龙海区委决策部署，全区经济稳中向好，漳州市考核优秀。')).toEqual({ region: '龙海区', level: 'district' });
  });

  it('does not fire when the last is not below the prefecture, or names are bare, or the list is no line of superiors', () => {
    // 南昌市 is no county of 赣州市.
    expect(regionOf('按照省、赣州市、南昌市部署要求，全市上下齐心协力。赣州市考核优秀。').region).not.toBe('南昌市');
    // Bare levels name no one.
    expect(regionOf('按照省、市、县党代会部署要求，全市上下齐心协力。赣州市考核优秀，赣州市排名前移。').region).toBe('赣州市');
    // Funds from three levels: no decisions followed.
    expect(regionOf('争取省、赣州市、瑞金市三级资金支持，全市上下齐心协力。赣州市考核优秀，赣州市排名前移。').region).toBe('赣州市');
    // Two lists ending in two counties: neither.
    const two = '按照省、赣州市、瑞金市党代会部署。落实省委、赣州市委、于都县委决策。全市上下齐心协力，赣州市考核优秀，赣州市排名前移。';
    expect(regionOf(two).region).toBe('赣州市');
  });

  it('gives way to an issuer the text names', () => {
    const text = '我代表宁都县人民政府，向大会报告工作。按照省、赣州市、瑞金市党代会部署要求，全县上下团结奋进。';
    expect(regionOf(text).region).toBe('宁都县');
  });
});
