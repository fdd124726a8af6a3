import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { mostNamedTown, townHeading, townIssuer } from '../src/reader/issuer.ts';

/**
 * Towns and streets as issuers (corpus Decisions 34): a text that speaks as a 镇, 乡 or 街道 is its, region the town's name
 * (the scorer matches a gold path's last component), level district. A county's text naming its towns is not. Invented texts.
 */
describe('towns and streets as issuers: the shape catalogue', () => {
  const catalogue: [string, string, string | null, string | null][] = [
    [
      'a town plan titled by its name',
      '青岚镇2025年度政府工作计划\n信息来源：临江县青岚镇\n2025年，全镇地区生产总值增长6%，固定资产投资增长8%。',
      '青岚镇',
      'district',
    ],
    [
      'a headline with year and county before the street',
      '2025年,南溪区白鹭街道锚定新目标\n日前，南溪区白鹭街道召开全街道干部大会，白鹭街道今年力争税收增长10%。',
      '白鹭街道',
      'district',
    ],
    [
      'a news item whose 原标题 heads with the street',
      '近日，城南新区枫林街道召开誓师大会。枫林街道确定全年目标：一般公共预算收入增长5%。\n原标题：枫林街道吹响冲锋号 锁定新目标',
      '枫林街道',
      'district',
    ],
    [
      'a town congress named (no headline)',
      '记者从1月6日闭幕的云溪镇第五届人民代表大会第二次会议上获悉，2025年，云溪镇将力争地区生产总值增长7%。云溪镇今年计划新开工项目12个。',
      '云溪镇',
      'district',
    ],
    [
      'a town speaking as 全镇, its name written three times',
      '新的一年，石桥镇制定新目标。2025年全镇税收力争实现3亿元。据介绍，去年石桥镇税收实现2.6亿元，石桥镇新签约项目8个。',
      '石桥镇',
      'district',
    ],
    [
      'a 乡 speaking as 我乡',
      '今年，我乡将新建蔬菜大棚200座。桃源乡党委表示，桃源乡力争农民人均可支配收入增长8%，桃源乡新修道路15公里。',
      '桃源乡',
      'district',
    ],
  ];
  for (const [shape, text, region, level] of catalogue) {
    it(shape, () => {
      const plan = extractPlan(text);
      expect(plan.region).toBe(region);
      expect(plan.level).toBe(level);
    });
  }
});

describe('towns and streets as issuers: must not fire', () => {
  it('a county text naming its towns in projects (各乡镇, 某镇某村) speaks for the county', () => {
    const text = '临江县2025年政府工作报告\n全县地区生产总值增长6%。在各乡镇推广大棚种植，建设青岚镇北坡村冷链仓库、石桥镇东村光伏项目。';
    expect(townIssuer('临江县2025年政府工作报告', text)).toBeNull();
  });
  it('a town named once or twice inside a county text with 全镇 quoted from a town head', () => {
    const text = '江安区聚力打造百亿镇。以制造业为主导，石桥镇已连续三年工业开票过百亿。“全镇将顶住压力”，镇长说。石桥镇今年再上台阶。';
    expect(townIssuer('江安区聚力打造百亿镇', text)).toBeNull();
  });
  it('乡村, 乡镇 and 城乡 are no town names', () => {
    const text = '全面推进乡村振兴。全面推进乡村建设。全面推进乡村治理。统筹城乡发展，各乡镇加快建设。';
    expect(mostNamedTown(text)).toBeNull();
    expect(townIssuer('关于全面推进乡村振兴的实施意见', text)).toBeNull();
  });
  it('a town named three times that never speaks as itself (no title, congress or scope word)', () => {
    const text = '全县推进古镇保护。青岚镇老街修缮完成，青岚镇游客增长20%，青岚镇民宿新增30家。全县接待游客500万人次。';
    expect(townIssuer('', text)).toBeNull();
  });
  it('a title heading with a county name only', () => {
    expect(townHeading('临江县2025年政府工作报告')).toBeNull();
    expect(townHeading('2025年,南溪区白鹭街道锚定新目标')).toBe('白鹭街道');
  });
});

describe('town headings: a county named with 镇 is no town', () => {
  it('关于镇X县…, 镇X县… head no town', () => {
    expect(townHeading('关于镇远县2024年国民经济和社会发展计划执行情况的报告')).toBeNull();
    expect(townHeading('镇平县2025年政府工作报告')).toBeNull();
    // 乡 inside a county-level city's name (宁乡市) is no town's suffix.
    expect(townHeading('聚焦宁乡市2025年重点工作')).toBeNull();
  });
});
