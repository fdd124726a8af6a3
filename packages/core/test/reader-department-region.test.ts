import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

/**
 * The region and level of department texts and work points (县教育局工作要点, 市交通运输局工作计划, XX区…, 某县…): a
 * catalogue of the shapes such texts name their issuer in (invented passages, never corpus texts), each with the region
 * and level the corpus conventions give it (a place the text never names is 不详, read as none; its level still read).
 */
export const DEPARTMENT_SHAPES: readonly { shape: string; text: string; region: string | null; level: string }[] = [
  {
    shape: "a county department's work points under its own full name",
    text: '平江县教育局2025年工作要点\n2025年，全县教育系统将新建幼儿园3所，义务教育巩固率保持在99%以上，全县新增学位2000个。',
    region: '平江县',
    level: 'district',
  },
  {
    shape: "a city department's work plan under its own full name",
    text: '岳阳市交通运输局2025年工作计划\n全市完成交通固定资产投资80亿元，新改建农村公路500公里，全市公交分担率提高到30%。',
    region: '岳阳市',
    level: 'city',
  },
  {
    shape: "a masked county's department (某县…局)",
    text: '某县教育局2024年工作要点\n全县将新建公办幼儿园2所，全县义务教育阶段学生体质健康达标率达到92%以上。',
    region: null,
    level: 'district',
  },
  {
    shape: 'a masked district template (XX区…局) that mentions a city it trades with',
    text: 'XX区农业农村局2025年工作计划\n全区粮食播种面积稳定在12万亩以上，积极对接成都市场，全区新建高标准农田1万亩。',
    region: null,
    level: 'district',
  },
  {
    shape: 'a bare county department (县卫健局) and no place named',
    text: '县卫健局2025年工作要点\n全县孕产妇死亡率控制在10/10万以下，县人民医院新增床位100张，全县家庭医生签约率达到75%。',
    region: null,
    level: 'district',
  },
  {
    shape: "a county-level city's department carrying out its prefecture's committee (中央、省委、X市委…精神, then 我市)",
    text: '首页 > 部门信息 > 农业农村局\n深入贯彻中央、省委、邵阳市委农村工作会议精神，结合我市实际，制定本计划。全市粮食播种面积稳定在80万亩以上，全市新建高标准农田3万亩。',
    region: null,
    level: 'district',
  },
  {
    shape: "a city's media summing up its districts' and counties' targets (三区五县)",
    text: '2026年三区五县民生实事\n随着鼎城区两会闭幕，常德市三区五县两会圆满结束。武陵区：城镇新增就业6000人。鼎城区：新建村级养老服务站20个。',
    region: '常德市',
    level: 'city',
  },
  {
    shape: 'a county department named once, its city named more often as the superior it follows',
    text: '湘阴县农业农村局2025年工作计划\n认真落实岳阳市委农村工作会议部署，对接岳阳市场，服务岳阳市菜篮子工程。全县粮食播种面积稳定在90万亩以上。',
    region: '湘阴县',
    level: 'district',
  },
];

describe('department texts and work points: region and level (the shape catalogue)', () => {
  for (const { shape, text, region, level } of DEPARTMENT_SHAPES) {
    it(shape, () => {
      const plan = extractPlan(text);
      expect({ region: plan.region || null, level: plan.level }).toEqual({ region, level });
    });
  }
});

describe('department texts and work points (must not fire)', () => {
  it('a region whose name opens with a numeral is still a name (三明市, 六安市)', () => {
    expect(extractPlan('三明市2025年工作要点\n全市地区生产总值增长6%，全市新增城镇就业3万人。').region).toBe('三明市');
    expect(extractPlan('六安市农业农村局2025年工作计划\n全市粮食播种面积稳定在1000万亩以上。').region).toBe('六安市');
  });
  it('a prefecture writing its own committee bare after the province is the prefecture', () => {
    const text = '贯彻中央、省委、市委经济工作会议精神，结合我市实际，全市地区生产总值增长6%，全市新增城镇就业3万人。';
    expect(extractPlan(text).level).toBe('city');
  });
  it('two prefectures each before the count of their divisions name neither', () => {
    const text = '民生实事清单发布。天水市两区五县和平凉市一区六县的民生实事陆续公布。秦州区：新增就业8000人。崆峒区：新增就业6000人。';
    expect(['天水市', '平凉市']).not.toContain(extractPlan(text).region);
  });
  it('a county ranking itself among its prefecture’s counties keeps its own scope', () => {
    const text = '全县地区生产总值增长7%，增速在天水市两区五县中位居前列，全县新增城镇就业2000人。';
    expect(extractPlan(text).level).toBe('district');
  });
});
