/**
 * Table-driven cases for readStatements, from real sentences of the five seed documents
 * (expectations written by reading the documents). Each row lists every statement the sentence
 * must yield, in order, and the exact characters its span covers.
 */
import { describe, expect, it } from 'vitest';
import type { Comparator, TargetKind } from '../model.ts';
import { readStatements } from './statements.ts';
import type { Statement, StatementContext } from './types.ts';

interface Want {
  metric: string;
  key?: string;
  kind: TargetKind | 'rank';
  cmp: Comparator;
  value: number | null;
  max?: number | null;
  unit: string;
  span: string;
  decline?: boolean;
  role?: 'target' | 'actual';
  aspirational?: boolean;
  period?: { year?: number; fromMonth?: number; toMonth?: number; label?: string };
  rankScope?: string;
}

function check(text: string, context: StatementContext, wants: Want[]): void {
  const got = readStatements(text, context);
  const show = (s: Statement) => `${s.metric} ${s.comparator} ${s.value}${s.unit} [${text.slice(...s.span)}]`;
  expect(got.map(show), 'statement count').toHaveLength(wants.length);
  wants.forEach((want, i) => {
    const s = got[i]!;
    const where = `#${i} ${show(s)}`;
    expect(s.metric, where).toBe(want.metric);
    if (want.key !== undefined) expect(s.metricKey, where).toBe(want.key);
    expect(s.kind, where).toBe(want.kind);
    expect(s.comparator, where).toBe(want.cmp);
    expect(s.value, where).toBe(want.value);
    expect(s.max, where).toBe(want.max ?? null);
    expect(s.unit, where).toBe(want.unit);
    expect(s.decline, where).toBe(want.decline ?? false);
    expect(s.role, where).toBe(want.role ?? 'target');
    expect(text.slice(s.span[0], s.span[1]), where).toBe(want.span);
    if (want.aspirational !== undefined) expect(s.aspirational, where).toBe(want.aspirational);
    if (want.period) expect(s.period, where).toMatchObject(want.period);
    if (want.rankScope !== undefined) expect(s.rankScope, where).toBe(want.rankScope);
  });
}

const Y2023: StatementContext = { year: 2023 };
const Y2024: StatementContext = { year: 2024 };
const REVIEW_2023: StatementContext = { year: 2023, defaultRole: 'actual' };

describe('growth targets and shared numbers', () => {
  it('seed 000 opening: one number shared by two metrics', () => {
    check('力争全年规上工业增加值同比增长11%，工业投资、技改投资同比增长20%以上。', Y2023, [
      {
        metric: '规上工业增加值',
        key: '规模以上工业增加值',
        kind: 'growth',
        cmp: '=',
        value: 11,
        unit: '%',
        span: '规上工业增加值同比增长11%',
        aspirational: true,
      },
      { metric: '工业投资', key: '工业投资', kind: 'growth', cmp: '>=', value: 20, unit: '%', span: '工业投资、技改投资同比增长20%以上', aspirational: true },
      {
        metric: '技改投资',
        key: '技术改造投资',
        kind: 'growth',
        cmp: '>=',
        value: 20,
        unit: '%',
        span: '工业投资、技改投资同比增长20%以上',
        aspirational: true,
      },
    ]);
  });

  it('projects counted in 宗 (承接转移项目85宗) as in 项', () => {
    const got = readStatements('全年力争承接产业转移项目85宗、总投资260亿元。', Y2024).map((x) => `${x.metric} ${x.value}${x.unit}`);
    expect(got).toEqual(['承接产业转移项目 85宗', '承接产业转移项目总投资 260亿元']);
  });

  it('seed 004 with spaces around the number, no aspiration cue', () => {
    check(
      '全年完成规模以上工业总产值 170 亿元以上，规上工业增加值同比增长 10% 以上；工业投资同比增长 20% 以上，技改投资同比增长 20% 以上；新增规上工业企业 25 家以上；制造业增加值占 GDP 比重达到 20%。',
      Y2024,
      [
        {
          metric: '规模以上工业总产值',
          key: '规模以上工业总产值',
          kind: 'level',
          cmp: '>=',
          value: 170,
          unit: '亿元',
          span: '规模以上工业总产值 170 亿元以上',
          aspirational: false,
        },
        { metric: '规上工业增加值', key: '规模以上工业增加值', kind: 'growth', cmp: '>=', value: 10, unit: '%', span: '规上工业增加值同比增长 10% 以上' },
        { metric: '工业投资', kind: 'growth', cmp: '>=', value: 20, unit: '%', span: '工业投资同比增长 20% 以上' },
        { metric: '技改投资', key: '技术改造投资', kind: 'growth', cmp: '>=', value: 20, unit: '%', span: '技改投资同比增长 20% 以上' },
        { metric: '规上工业企业', key: '规模以上工业企业', kind: 'increment', cmp: '>=', value: 25, unit: '家', span: '规上工业企业 25 家以上' },
        {
          metric: '制造业增加值占 GDP 比重',
          key: '制造业增加值占地区生产总值比重',
          kind: 'share',
          cmp: '>=',
          value: 20,
          unit: '%',
          span: '制造业增加值占 GDP 比重达到 20%',
        },
      ],
    );
  });

  it('seed 004 as the reader cleans it (spaces next to Han removed)', () => {
    check('技改投资增长15%以上', Y2023, [
      { metric: '技改投资', key: '技术改造投资', kind: 'growth', cmp: '>=', value: 15, unit: '%', span: '技改投资增长15%以上' },
    ]);
  });

  it('industry output growth with the department list after it', () => {
    check('力争装备制造产业产值增长15%（市经信局、市发改委，各县区政府、市开发区管委为落实主体，以下不再列出）。', Y2023, [
      { metric: '装备制造产业产值', kind: 'growth', cmp: '=', value: 15, unit: '%', span: '装备制造产业产值增长15%' },
    ]);
  });

  it('年均增长 with a long subject', () => {
    check('力争规模以上工业企业亩均税收年均增长10%以上（市经信局、市发改委）。', Y2023, [
      {
        metric: '规模以上工业企业亩均税收',
        key: '规模以上工业亩均税收',
        kind: 'growth',
        cmp: '>=',
        value: 10,
        unit: '%',
        span: '规模以上工业企业亩均税收年均增长10%以上',
      },
    ]);
  });

  it('a second number for the same metric inherits it', () => {
    check('力争“中国声谷”营收突破3500亿元，增长25%左右。', Y2024, [
      { metric: '“中国声谷”营收', key: '中国声谷营业收入', kind: 'level', cmp: '>', value: 3500, unit: '亿元', span: '“中国声谷”营收突破3500亿元' },
      { metric: '“中国声谷”营收', kind: 'growth', cmp: '~', value: 25, unit: '%', span: '增长25%左右' },
    ]);
  });

  it('a second figure for the same metric keeps its kind', () => {
    check('全市规上工业增加值增长8%左右，力争达到10%。', Y2024, [
      { metric: '规上工业增加值', kind: 'growth', cmp: '~', value: 8, unit: '%', span: '规上工业增加值增长8%左右' },
      { metric: '规上工业增加值', kind: 'growth', cmp: '>=', value: 10, unit: '%', span: '达到10%' },
    ]);
  });

  it('a cumulative total after an addition is a level', () => {
    check('新建5G基站2000个，累计达到1.2万个。', Y2024, [
      { metric: '5G基站', kind: 'increment', cmp: '=', value: 2000, unit: '个', span: '5G基站2000个' },
      { metric: '5G基站', kind: 'level', cmp: '>=', value: 12000, unit: '个', span: '累计达到1.2万个' },
    ]);
  });

  it('seed 002 2024 plan: 左右 and 规模以上 written out', () => {
    check('力争规模以上工业增加值增长7%左右。', Y2024, [
      { metric: '规模以上工业增加值', key: '规模以上工业增加值', kind: 'growth', cmp: '~', value: 7, unit: '%', span: '规模以上工业增加值增长7%左右' },
    ]);
  });
});

describe('declines', () => {
  it('下降 and 降低 keep the written number', () => {
    check('单位工业增加值能耗下降5%，规上工业企业万元产值综合能耗降低3.66%。', Y2024, [
      { metric: '单位工业增加值能耗', kind: 'growth', cmp: '=', value: 5, unit: '%', span: '单位工业增加值能耗下降5%', decline: true },
      {
        metric: '规上工业企业万元产值综合能耗',
        kind: 'growth',
        cmp: '=',
        value: 3.66,
        unit: '%',
        span: '规上工业企业万元产值综合能耗降低3.66%',
        decline: true,
      },
    ]);
  });

  it('a minus sign and 负增长', () => {
    check('1—10月，规上工业利润增长-2.5%，出口负增长3%。', { year: 2023 }, [
      { metric: '规上工业利润', kind: 'growth', cmp: '=', value: -2.5, unit: '%', span: '规上工业利润增长-2.5%', role: 'actual' },
      { metric: '出口', kind: 'growth', cmp: '=', value: 3, unit: '%', span: '出口负增长3%', role: 'actual', decline: true },
    ]);
  });

  it('减少 with a count is a decreasing increment', () => {
    check('力争僵尸企业减少10户以上。', Y2024, [
      { metric: '僵尸企业', kind: 'increment', cmp: '>=', value: 10, unit: '户', span: '僵尸企业减少10户以上', decline: true },
    ]);
  });
});

describe('enterprise counts: increment, level, lists with their own numbers', () => {
  it('seed 000 item 二', () => {
    check('力争新增规上工业企业150户以上，规上工业企业达到1400户，产值超亿元企业突破380户、10亿元企业突破30户（市经信局）。', Y2023, [
      { metric: '规上工业企业', key: '规模以上工业企业', kind: 'increment', cmp: '>=', value: 150, unit: '户', span: '规上工业企业150户以上' },
      { metric: '规上工业企业', key: '规模以上工业企业', kind: 'level', cmp: '>=', value: 1400, unit: '户', span: '规上工业企业达到1400户' },
      { metric: '产值超亿元企业', kind: 'level', cmp: '>', value: 380, unit: '户', span: '产值超亿元企业突破380户' },
      { metric: '10亿元企业', kind: 'level', cmp: '>', value: 30, unit: '户', span: '10亿元企业突破30户' },
    ]);
  });

  it('左右 and 争创', () => {
    check('力争新增省级专精特新企业10户左右，争创国家级专精特新“小巨人”企业2户左右。', Y2023, [
      { metric: '省级专精特新企业', kind: 'increment', cmp: '~', value: 10, unit: '户', span: '省级专精特新企业10户左右', aspirational: true },
      {
        metric: '国家级专精特新“小巨人”企业',
        key: '国家级专精特新小巨人企业',
        kind: 'count',
        cmp: '~',
        value: 2,
        unit: '户',
        span: '国家级专精特新“小巨人”企业2户左右',
        aspirational: true,
      },
    ]);
  });

  it('the verb 新增 carries over a 、 list', () => {
    check('力争新增省级小微企业创业创新示范基地2家左右、创新型中小企业40家左右（市经信局、市科技局）。', Y2023, [
      { metric: '省级小微企业创业创新示范基地', kind: 'increment', cmp: '~', value: 2, unit: '家', span: '省级小微企业创业创新示范基地2家左右' },
      { metric: '创新型中小企业', kind: 'increment', cmp: '~', value: 40, unit: '家', span: '创新型中小企业40家左右' },
    ]);
  });

  it('总数 relative to the previous metric, 净增 inheriting it (seed 002 review)', () => {
    check('新增规上工业企业2753户，总数达22434户，创历史新高，净增1869户，创近十年来新高。', REVIEW_2023, [
      { metric: '规上工业企业', kind: 'increment', cmp: '=', value: 2753, unit: '户', span: '规上工业企业2753户', role: 'actual', period: { year: 2023 } },
      { metric: '规上工业企业总数', key: '规模以上工业企业', kind: 'level', cmp: '=', value: 22434, unit: '户', span: '总数达22434户', role: 'actual' },
      { metric: '规上工业企业', kind: 'increment', cmp: '=', value: 1869, unit: '户', span: '净增1869户', role: 'actual' },
    ]);
  });

  it('seed 004 table row 5 (the reader joins it)', () => {
    check(
      '力争新增高新技术企业30家以上，规上高新技术企业数量占比突破40%；力争亿元企业达到55户；大力培育“专精特新”中小企业，力争培育市级专精特新企业8户、省级专精特新企业4户，争创国家级专精特新“小巨人”企业3户。',
      Y2023,
      [
        { metric: '高新技术企业', kind: 'increment', cmp: '>=', value: 30, unit: '家', span: '高新技术企业30家以上' },
        { metric: '规上高新技术企业数量占比', kind: 'share', cmp: '>', value: 40, unit: '%', span: '规上高新技术企业数量占比突破40%' },
        { metric: '亿元企业', kind: 'level', cmp: '>=', value: 55, unit: '户', span: '亿元企业达到55户' },
        { metric: '市级专精特新企业', kind: 'count', cmp: '=', value: 8, unit: '户', span: '市级专精特新企业8户' },
        { metric: '省级专精特新企业', kind: 'count', cmp: '=', value: 4, unit: '户', span: '省级专精特新企业4户' },
        { metric: '国家级专精特新“小巨人”企业', kind: 'count', cmp: '=', value: 3, unit: '户', span: '国家级专精特新“小巨人”企业3户' },
      ],
    );
  });

  it('Chinese-numeral count: 两家', () => {
    check('创建国家级工业互联网“双跨”平台两家', REVIEW_2023, [
      { metric: '国家级工业互联网“双跨”平台', kind: 'count', cmp: '=', value: 2, unit: '家', span: '国家级工业互联网“双跨”平台两家', role: 'actual' },
    ]);
  });

  it('万 inside the number: 1.81万户', () => {
    check('省市县三级累计包保工业企业1.81万户', REVIEW_2023, [
      { metric: '省市县三级累计包保工业企业', kind: 'count', cmp: '=', value: 18100, unit: '户', span: '省市县三级累计包保工业企业1.81万户', role: 'actual' },
    ]);
  });
});

describe('ranges, placeholders and comparator words', () => {
  it('新认定 and 培育 count; ranges with -', () => {
    check('新认定市级企业技术中心15家，培育省级企业技术中心3-5家，省技术创新示范企业2-3家，争创国家技术创新示范企业。', Y2023, [
      { metric: '市级企业技术中心', kind: 'count', cmp: '=', value: 15, unit: '家', span: '市级企业技术中心15家' },
      { metric: '省级企业技术中心', kind: 'count', cmp: 'range', value: 3, max: 5, unit: '家', span: '省级企业技术中心3-5家' },
      { metric: '省技术创新示范企业', kind: 'count', cmp: 'range', value: 2, max: 3, unit: '家', span: '省技术创新示范企业2-3家' },
    ]);
  });

  it.each([
    ['3～5家', 3, 5],
    ['3至5家', 3, 5],
    ['1—2家', 1, 2],
    ['３－５家', 3, 5],
  ])('range written %s', (written, min, max) => {
    check(`培育省级工业设计中心${written}`, Y2023, [
      { metric: '省级工业设计中心', kind: 'count', cmp: 'range', value: min, max, unit: '家', span: `省级工业设计中心${written}` },
    ]);
  });

  it('a range with the unit on both bounds, and a multiple', () => {
    check('力争亩均税收增长10%-15%，高新技术产业产值增长1.5倍，新增企业3家至5家。', Y2024, [
      { metric: '亩均税收', kind: 'growth', cmp: 'range', value: 10, max: 15, unit: '%', span: '亩均税收增长10%-15%' },
      { metric: '高新技术产业产值', kind: 'growth', cmp: '=', value: 1.5, unit: '倍', span: '高新技术产业产值增长1.5倍' },
      { metric: '企业', kind: 'increment', cmp: 'range', value: 3, max: 5, unit: '家', span: '企业3家至5家' },
    ]);
  });

  it('a percentage written in words', () => {
    check('规上工业增加值增长百分之十以上', Y2024, [
      { metric: '规上工业增加值', kind: 'growth', cmp: '>=', value: 10, unit: '%', span: '规上工业增加值增长百分之十以上' },
    ]);
  });

  it('目标 makes a target inside a review context', () => {
    check('全年目标：规上工业增加值增长8%。', REVIEW_2023, [
      { metric: '规上工业增加值', kind: 'growth', cmp: '=', value: 8, unit: '%', span: '规上工业增加值增长8%', role: 'target' },
    ]);
  });

  it('seed 000 placeholders: ** with the head noun borrowed by 其中 items', () => {
    check('力争新签约亿元以上工业项目**个，其中5亿元以上**个，10亿元以上**个，招商引资合同项目中制造业项目数占比不低于**%（市投创中心）。', Y2023, [
      {
        metric: '新签约亿元以上工业项目',
        key: '签约亿元以上工业项目',
        kind: 'count',
        cmp: 'placeholder',
        value: null,
        unit: '个',
        span: '新签约亿元以上工业项目**个',
      },
      { metric: '新签约5亿元以上工业项目', key: '签约5亿元以上工业项目', kind: 'count', cmp: 'placeholder', value: null, unit: '个', span: '5亿元以上**个' },
      { metric: '新签约10亿元以上工业项目', kind: 'count', cmp: 'placeholder', value: null, unit: '个', span: '10亿元以上**个' },
      {
        metric: '招商引资合同项目中制造业项目数占比',
        kind: 'share',
        cmp: 'placeholder',
        value: null,
        unit: '%',
        span: '招商引资合同项目中制造业项目数占比不低于**%',
      },
    ]);
  });

  it('a sum of money followed by what it goes to (…亿元支持…, …万元用于…) is a statement of the metric before it', () => {
    const read = (text: string) => readStatements(text, Y2023).map((s) => `${s.role} ${s.comparator ?? ''} ${s.value} ${s.unit}`);
    expect(read('今年安排省级专项资金8亿元支持老旧小区改造。')).toEqual(['target = 8 亿元']);
    expect(read('全年统筹债券资金1200万元用于乡村道路建设。')).toEqual(['target = 1200 万元']);
  });

  it('a sum before a noun it sizes, or a count before 支持, is still no statement of its own', () => {
    const read = (text: string) => readStatements(text, Y2023).map((s) => `${s.value} ${s.unit}`);
    expect(read('对投资5000万元以上的项目给予支持。')).toEqual([]);
    expect(read('今年对20家企业支持力度加大。')).toEqual([]);
  });

  it('a tier to stand on (奋力站上3000亿元大台阶) is a floor, for the metric before it', () => {
    const read = (text: string) => readStatements(text, Y2023).map((s) => `${s.metric} ${s.comparator} ${s.value} ${s.unit}`);
    expect(read('地区生产总值增长6%左右、奋力站上3000亿元大台阶。')).toEqual(['地区生产总值 ~ 6 %', '地区生产总值 >= 3000 亿元']);
  });

  it('平均 before a gap stays in the metric (均 there spreads nothing)', () => {
    const read = readStatements('规模以上工业增加值增长7.2%，高于全省平均1.5个百分点', { year: 2023, defaultRole: 'actual' });
    expect(read.map((s) => s.metric)).toEqual(['规模以上工业增加值', '规模以上工业增加值高于全省平均']);
  });

  it('预期 before the verb is no part of the metric', () => {
    expect(readStatements('今年GDP预期增长7.5%左右', Y2023).map((s) => s.metric)).toEqual(['GDP']);
  });

  it('a comparator word an excerpt cuts in half (6.9万人以) ends the figure, which stays =', () => {
    const read = (text: string) => readStatements(text, Y2023).map((s) => `${s.comparator} ${s.value} ${s.unit}`);
    expect(read('城镇新增就业6.9万人以')).toEqual(['= 6.9 万人']);
  });

  it('过 before a figure passes it (过500亿元); 通过, 经过 are verbs', () => {
    const read = (text: string) => readStatements(text, Y2023).map((s) => `${s.metric} ${s.comparator} ${s.value}${s.unit}`);
    expect(read('今年全市工业税收过500亿元')).toEqual(['工业税收 > 500亿元']);
    expect(read('今年力争营业收入过百亿元')).toEqual(['营业收入 > 100亿元']);
    expect(read('今年全市经过3家企业验收')).toEqual([]);
    // 获得过, 有过: 过 marks a verb done before, no comparator.
    expect(read('全市先后获得过5项国家级荣誉')).toEqual([]);
    expect(read('全市有过2000家企业')).toEqual([]);
  });

  it('约 that ends a word (签约, 节约, 集约) is no 约 (about): the figure stays =, the word stays in the metric', () => {
    const read = (text: string) => readStatements(text, Y2023).map((s) => `${s.metric} ${s.comparator} ${s.value}${s.unit}`);
    expect(read('全年力争亿元以上项目签约60个')).toEqual(['亿元以上项目签约 = 60个']);
    expect(read('今年全区节约用水800万立方米')).toEqual(['节约用水 = 800万立方米']);
    // 约 on its own still reads as about.
    expect(read('今年全区完成造林约3万亩')).toEqual(['造林 ~ 3万亩']);
    expect(read('全年建成标准厂房大约20万平方米')).toEqual(['标准厂房 ~ 20万平方米']);
  });

  it('a figure whose digits a site masked (2112.*, *.2, 1.1*) is a placeholder, and its digits no number', () => {
    const read = (text: string) => readStatements(text, Y2023).map((s) => `${s.comparator} ${s.value} ${s.unit}`);
    expect(read('力争地区生产总值达到2112.*亿元')).toEqual(['placeholder null 亿元']);
    expect(read('力争地区生产总值增长*.2%')).toEqual(['placeholder null %']);
    expect(read('力争煤炭产量达到1.1*亿吨，新建小区11*2个')).toEqual(['placeholder null 亿吨', 'placeholder null 个']);
    // A masked year is no year and no number: 202*年 leaves nothing to read.
    expect(read('力争202*年地区生产总值增长6%')).toEqual(['= 6 %']);
  });

  it.each<[string, Comparator, number]>([
    ['研发机构覆盖率达到25%以上', '>=', 25],
    ['研发机构覆盖率不低于25%', '>=', 25],
    ['研发机构覆盖率至少25%', '>=', 25],
    ['研发机构覆盖率超过25%', '>', 25],
    ['研发机构覆盖率超25%', '>', 25],
    ['研发机构覆盖率约25%', '~', 25],
    ['研发机构覆盖率25%左右', '~', 25],
    ['研发机构覆盖率25%以下', '<=', 25],
    ['研发机构覆盖率不超过25%', '<=', 25],
    ['研发机构覆盖率控制在25%以内', '<=', 25],
    ['研发机构覆盖率突破25%以上', '>=', 25],
    ['研发机构覆盖率达到25％', '>=', 25],
    ['研发机构覆盖率达到２５％', '>=', 25],
  ])('comparator of %s', (text, cmp, value) => {
    check(text, Y2023, [{ metric: '研发机构覆盖率', kind: 'share', cmp, value, unit: '%', span: text }]);
  });

  it('控制在…以下 and 降至 (seed 004)', () => {
    check('将区担保公司担保费率继续控制在1%以下，其中专精特新、足额资产抵押等业务保费降至0.8%。', Y2024, [
      { metric: '区担保公司担保费率', kind: 'share', cmp: '<=', value: 1, unit: '%', span: '区担保公司担保费率继续控制在1%以下' },
      { metric: '专精特新、足额资产抵押等业务保费', kind: 'share', cmp: '<=', value: 0.8, unit: '%', span: '专精特新、足额资产抵押等业务保费降至0.8%' },
    ]);
  });

  it('a share word on a rate with 超 (seed 001)', () => {
    check('新增产业用地以“标准地”方式出让比例超50%。', Y2023, [
      { metric: '产业用地以“标准地”方式出让比例', kind: 'share', cmp: '>', value: 50, unit: '%', span: '产业用地以“标准地”方式出让比例超50%' },
    ]);
  });

  it('百分点 is a change of a share', () => {
    check('力争高新技术产业增加值占规上工业增加值比重提高2个百分点。', Y2024, [
      {
        metric: '高新技术产业增加值占规上工业增加值比重',
        kind: 'share',
        cmp: '=',
        value: 2,
        unit: '百分点',
        span: '高新技术产业增加值占规上工业增加值比重提高2个百分点',
      },
    ]);
  });
});

describe('counts: things to build, cultivate, hold', () => {
  it('seed 000 item 四: a list of counts under one 力争', () => {
    check('力争培育省级数字化转型典型示范项目4个，建设省市级数字化车间和智能工厂20个，推广应用工业机器人500台，打造5G+工业互联网应用场景10个以上。', Y2023, [
      { metric: '省级数字化转型典型示范项目', kind: 'count', cmp: '=', value: 4, unit: '个', span: '省级数字化转型典型示范项目4个' },
      { metric: '省市级数字化车间和智能工厂', kind: 'count', cmp: '=', value: 20, unit: '个', span: '省市级数字化车间和智能工厂20个' },
      { metric: '工业机器人', kind: 'count', cmp: '=', value: 500, unit: '台', span: '工业机器人500台' },
      { metric: '5G+工业互联网应用场景', kind: 'count', cmp: '>=', value: 10, unit: '个', span: '5G+工业互联网应用场景10个以上' },
    ]);
  });

  it('a list of nouns with one count is one combined metric, not one per noun', () => {
    check('培育数字领航企业、智能工厂和数字化车间200家左右', Y2024, [
      { metric: '数字领航企业、智能工厂和数字化车间', kind: 'count', cmp: '~', value: 200, unit: '家', span: '数字领航企业、智能工厂和数字化车间200家左右' },
    ]);
  });

  it('number before its object: 1期…、2期…、2次… (seed 003)', () => {
    check('全年组织开展1期企业高质量发展专题培训班、2期规上企业负责人能力素质提升短期轮训班、2次入企诊断服务活动。', { year: 2019 }, [
      { metric: '企业高质量发展专题培训班', kind: 'count', cmp: '=', value: 1, unit: '期', span: '全年组织开展1期企业高质量发展专题培训班' },
      { metric: '规上企业负责人能力素质提升短期轮训班', kind: 'count', cmp: '=', value: 2, unit: '期', span: '2期规上企业负责人能力素质提升短期轮训班' },
      { metric: '入企诊断服务活动', kind: 'count', cmp: '=', value: 2, unit: '次', span: '2次入企诊断服务活动' },
    ]);
  });

  it('number before its object with 以上 (seed 004 table row 2)', () => {
    check('力争探索建立1个行业级工业互联网平台、2个以上企业级工业互联网平台，打造2个以上5G+工业互联网示范应用项目。', Y2023, [
      { metric: '行业级工业互联网平台', kind: 'count', cmp: '=', value: 1, unit: '个', span: '力争探索建立1个行业级工业互联网平台' },
      { metric: '企业级工业互联网平台', kind: 'count', cmp: '>=', value: 2, unit: '个', span: '2个以上企业级工业互联网平台' },
      { metric: '5G+工业互联网示范应用项目', kind: 'count', cmp: '>=', value: 2, unit: '个', span: '打造2个以上5G+工业互联网示范应用项目' },
    ]);
  });

  it('number-first shares and counts (seed 004 body)', () => {
    check('60%规上工业企业推行卓越绩效管理。计划5家B类企业进入A类序列，10家C类企业进入B类序列。', Y2024, [
      { metric: '规上工业企业推行卓越绩效管理', kind: 'share', cmp: '=', value: 60, unit: '%', span: '60%规上工业企业推行卓越绩效管理' },
      { metric: 'B类企业进入A类序列', kind: 'count', cmp: '=', value: 5, unit: '家', span: '计划5家B类企业进入A类序列' },
      { metric: 'C类企业进入B类序列', kind: 'count', cmp: '=', value: 10, unit: '家', span: '10家C类企业进入B类序列' },
    ]);
  });

  it('a rank made by its scope alone (全省第二), owned by the words before it or by the figure it follows', () => {
    const ranks = (text: string) =>
      readStatements(text, { year: 2023, defaultRole: 'actual' })
        .filter((s) => s.kind === 'rank')
        .map((s) => `${s.metric} ${s.value} ${s.rankScope}`);
    expect(ranks('2022年，粮食总产量全省第二，油料产量全国第一。')).toEqual(['粮食总产量 2 全省', '油料产量 1 全国']);
    expect(ranks('2022年，地区生产总值增长5.2%，进位至全省第四。')).toEqual(['地区生产总值 4 全省']);
    expect(ranks('2021年，绿色食品认证面积8800万亩，继续保持全国第一。')).toEqual(['绿色食品认证面积 1 全国']);
    // A heading with nothing to rank, a tier (第一方阵) and an ordinal of things (全省第一家) are no ranks.
    expect(ranks('全省第二')).toEqual([]);
    // A rank verb with nothing before it in its clause: the clause before names what ranks.
    expect(ranks('2018年，全县获评“全国县域经济强县”，列全省第8位。')).toEqual(['全县获评“全国县域经济强县” 8 全省']);
    // Right after a rank, a rank verb with nothing before it ranks the same subject at another scope.
    expect(ranks('2022年，全区营商环境列全市第2位，跃居全国第15位。')).toEqual(['全区营商环境 2 全市', '全区营商环境 15 全国']);
    // A rank verb after a figure ranks that figure, not the rank before it.
    expect(ranks('2022年，全区营商环境列全市第2位，税收增长9%，居全市第3位。')).toEqual(['全区营商环境 2 全市', '税收 3 全市']);
    // 均 right after a list ranks that list, not every figure of the sentence.
    expect(ranks('2022年，地区生产总值7569亿元，财政收入、税收收入分别达到1073亿元和638亿元，均保持全省第三。')).toEqual([
      '财政收入 3 全省',
      '税收收入 3 全省',
    ]);
    expect(ranks('2022年，县域经济考核稳居全省第一方阵，建成全省第一家数字工厂。')).toEqual([]);
    expect(ranks('2022年，两次工业项目推进会均居全市第一等次。')).toEqual([]);
  });

  it("a rank verb written with 位 (位居, 位列) keeps its 位 out of the metric; a rank after a list's 、 ranks the same subject", () => {
    const ranks = (text: string) =>
      readStatements(text, { year: 2023, defaultRole: 'actual' })
        .filter((s) => s.kind === 'rank')
        .map((s) => `${s.metric} ${s.value} ${s.rankScope}`);
    expect(ranks('2023年，全县地区生产总值总量位居全市第3位，增速位列全市第一。')).toEqual(['全县地区生产总值总量 3 全市', '增速 1 全市']);
    expect(ranks('2023年，全县粮食产量居全省第七位、全国第一百位。')).toEqual(['全县粮食产量 7 全省', '全县粮食产量 100 全国']);
    expect(ranks('2023年，全县工业增加值增长8%，居全省第二、全国第十位。')).toEqual(['工业增加值 2 全省', '工业增加值 10 全国']);
  });

  it('development-zone ranks as targets: 前60名 only qualifies', () => {
    check('力争1-2个开发区进入全省前列，3-4个开发区进入全省前60名，8个开发区全部进入全省前100名。', Y2023, [
      { metric: '开发区进入全省前列', kind: 'count', cmp: 'range', value: 1, max: 2, unit: '个', span: '力争1-2个开发区进入全省前列' },
      { metric: '开发区进入全省前60名', kind: 'count', cmp: 'range', value: 3, max: 4, unit: '个', span: '3-4个开发区进入全省前60名' },
      { metric: '开发区全部进入全省前100名', kind: 'count', cmp: '=', value: 8, unit: '个', span: '8个开发区全部进入全省前100名' },
    ]);
  });

  it('项目 lifecycle verbs stay in the metric; a bare verb borrows the object', () => {
    check('力争落地开工5亿元以上工业项目100个以上、投产50个以上，每个县区争取落地50亿元工业项目1个（市经信局）。', Y2023, [
      { metric: '落地开工5亿元以上工业项目', kind: 'count', cmp: '>=', value: 100, unit: '个', span: '落地开工5亿元以上工业项目100个以上' },
      { metric: '投产5亿元以上工业项目', kind: 'count', cmp: '>=', value: 50, unit: '个', span: '投产50个以上' },
      { metric: '落地50亿元工业项目', kind: 'count', cmp: '=', value: 1, unit: '个', span: '落地50亿元工业项目1个' },
    ]);
  });

  it('seed 004 table row 6: 新开工, 建成投产, 纳规', () => {
    check('力争全年新开工亿元以上工业项目35个以上，建成投产25个以上，纳规15个以上。', Y2023, [
      {
        metric: '新开工亿元以上工业项目',
        key: '开工亿元以上工业项目',
        kind: 'count',
        cmp: '>=',
        value: 35,
        unit: '个',
        span: '新开工亿元以上工业项目35个以上',
      },
      { metric: '建成投产亿元以上工业项目', kind: 'count', cmp: '>=', value: 25, unit: '个', span: '建成投产25个以上' },
      { metric: '纳规亿元以上工业项目', kind: 'count', cmp: '>=', value: 15, unit: '个', span: '纳规15个以上' },
    ]);
  });

  it('a scope opens the phrase; the project stage carries along a 、 list (seed 001)', () => {
    check('各县区、园区落户50亿级制造业项目1个以上、10亿级制造业项目2个以上、1亿级制造业项目20个以上。', Y2023, [
      { metric: '落户50亿级制造业项目', kind: 'count', cmp: '>=', value: 1, unit: '个', span: '落户50亿级制造业项目1个以上' },
      { metric: '落户10亿级制造业项目', kind: 'count', cmp: '>=', value: 2, unit: '个', span: '10亿级制造业项目2个以上' },
      { metric: '落户1亿级制造业项目', kind: 'count', cmp: '>=', value: 20, unit: '个', span: '1亿级制造业项目20个以上' },
    ]);
  });

  it('其中 keeps the project stage for the subset (seed 004 body)', () => {
    check('力争全年招引亿元以上工业项目50个，其中5亿元以上项目15个；新开工亿元以上工业项目40个，其中5亿元以上项目10个。', Y2024, [
      { metric: '招引亿元以上工业项目', kind: 'count', cmp: '=', value: 50, unit: '个', span: '招引亿元以上工业项目50个' },
      { metric: '招引5亿元以上项目', kind: 'count', cmp: '=', value: 15, unit: '个', span: '5亿元以上项目15个' },
      { metric: '新开工亿元以上工业项目', key: '开工亿元以上工业项目', kind: 'count', cmp: '=', value: 40, unit: '个', span: '新开工亿元以上工业项目40个' },
      { metric: '新开工5亿元以上项目', key: '开工5亿元以上项目', kind: 'count', cmp: '=', value: 10, unit: '个', span: '5亿元以上项目10个' },
    ]);
  });

  it('a verb inside the phrase starts the metric (规上企业实施技改项目 → 技改项目)', () => {
    check('全年力争规上企业实施技改项目40个以上。', Y2023, [
      { metric: '技改项目', key: '技术改造项目', kind: 'count', cmp: '>=', value: 40, unit: '个', span: '技改项目40个以上' },
    ]);
  });

  it('首台（套） brackets inside a metric do not break it', () => {
    check('力争全年培育首台（套）装备4个，安徽工业精品2个。', Y2023, [
      { metric: '首台（套）装备', key: '首台套装备', kind: 'count', cmp: '=', value: 4, unit: '个', span: '首台（套）装备4个' },
      { metric: '安徽工业精品', kind: 'count', cmp: '=', value: 2, unit: '个', span: '安徽工业精品2个' },
    ]);
  });

  it('people, person-times and events', () => {
    check('力争开展企业家培训20场以上，培训企业家和企业高管2000人次以上（市经信局）。', Y2023, [
      { metric: '企业家培训', kind: 'count', cmp: '>=', value: 20, unit: '场', span: '企业家培训20场以上' },
      { metric: '企业家和企业高管', kind: 'count', cmp: '>=', value: 2000, unit: '人次', span: '企业家和企业高管2000人次以上' },
    ]);
  });

  it('area and mass units', () => {
    check('力争全年小微企业园新建标准化厂房100万平方米、新入驻小微企业200家以上。力争再置换出5万吨以上产能指标。', Y2023, [
      { metric: '标准化厂房', kind: 'increment', cmp: '=', value: 100, unit: '万平方米', span: '标准化厂房100万平方米' },
      { metric: '小微企业', kind: 'increment', cmp: '>=', value: 200, unit: '家', span: '小微企业200家以上' },
      { metric: '产能指标', kind: 'level', cmp: '>=', value: 5, unit: '万吨', span: '力争再置换出5万吨以上产能指标' },
    ]);
  });

  it('rate units: 万元/亩, 万元/人, 吨标准煤/万元', () => {
    check('力争规上工业企业亩均税收达到25万元/亩，全员劳动生产率提高到30万元/人，单位工业增加值能耗0.5吨标准煤/万元以下。', Y2024, [
      { metric: '规上工业企业亩均税收', kind: 'level', cmp: '>=', value: 25, unit: '万元/亩', span: '规上工业企业亩均税收达到25万元/亩' },
      { metric: '全员劳动生产率', kind: 'level', cmp: '=', value: 30, unit: '万元/人', span: '全员劳动生产率提高到30万元/人' },
      { metric: '单位工业增加值能耗', kind: 'level', cmp: '<=', value: 0.5, unit: '吨标准煤/万元', span: '单位工业增加值能耗0.5吨标准煤/万元以下' },
    ]);
  });

  it('保持在 and vehicles handed out', () => {
    check('工业固体废物综合利用率保持在90%，推广新能源汽车3000辆。', Y2024, [
      { metric: '工业固体废物综合利用率', kind: 'share', cmp: '>=', value: 90, unit: '%', span: '工业固体废物综合利用率保持在90%' },
      { metric: '新能源汽车', kind: 'count', cmp: '=', value: 3000, unit: '辆', span: '新能源汽车3000辆' },
    ]);
  });

  it('round numbers 千亿元 and 百亿元; 的 after a number-first share', () => {
    check('全市电子信息产业规模突破千亿元，培育百亿元企业3户。50%以上的规上工业企业实现数字化改造。', Y2024, [
      { metric: '电子信息产业规模', kind: 'level', cmp: '>', value: 1000, unit: '亿元', span: '电子信息产业规模突破千亿元' },
      { metric: '百亿元企业', kind: 'count', cmp: '=', value: 3, unit: '户', span: '百亿元企业3户' },
      { metric: '规上工业企业实现数字化改造', kind: 'share', cmp: '>=', value: 50, unit: '%', span: '50%以上的规上工业企业实现数字化改造' },
    ]);
  });

  it('money level: 设立…资金4000万元', () => {
    check('设立区级工业发展资金4000万元，重点支持技术改造。', Y2023, [
      { metric: '区级工业发展资金', kind: 'level', cmp: '=', value: 4000, unit: '万元', span: '区级工业发展资金4000万元' },
    ]);
  });

  it('35万户 keeps the registration verb in the metric', () => {
    check('力争新登记注册民企35万户。', Y2024, [
      { metric: '新登记注册民企', key: '登记注册民企', kind: 'increment', cmp: '=', value: 350000, unit: '户', span: '新登记注册民企35万户' },
    ]);
  });
});

describe('results already achieved (actuals)', () => {
  it('seed 002 opening: a month period, ranks with scopes, 分别 pairs', () => {
    const text =
      '1—11月,全省规上工业增加值同比增长7.3%,居全国第七位、中部第一位、长三角地区第二位;1—10月,工业投资、技改投资分别增长27.3%、27.7%,分别居全国第五位、第三位。';
    check(text, { year: 2023 }, [
      {
        metric: '规上工业增加值',
        kind: 'growth',
        cmp: '=',
        value: 7.3,
        unit: '%',
        span: '规上工业增加值同比增长7.3%',
        role: 'actual',
        period: { year: 2023, fromMonth: 1, toMonth: 11, label: '1—11月' },
      },
      {
        metric: '规上工业增加值',
        kind: 'rank',
        cmp: '=',
        value: 7,
        unit: '位',
        span: '居全国第七位',
        role: 'actual',
        rankScope: '全国',
        period: { fromMonth: 1, toMonth: 11 },
      },
      { metric: '规上工业增加值', kind: 'rank', cmp: '=', value: 1, unit: '位', span: '中部第一位', role: 'actual', rankScope: '中部' },
      { metric: '规上工业增加值', kind: 'rank', cmp: '=', value: 2, unit: '位', span: '长三角地区第二位', role: 'actual', rankScope: '长三角地区' },
      {
        metric: '工业投资',
        kind: 'growth',
        cmp: '=',
        value: 27.3,
        unit: '%',
        span: '工业投资、技改投资分别增长27.3%',
        role: 'actual',
        period: { fromMonth: 1, toMonth: 10 },
      },
      {
        metric: '技改投资',
        kind: 'growth',
        cmp: '=',
        value: 27.7,
        unit: '%',
        span: '技改投资分别增长27.3%、27.7%',
        role: 'actual',
        period: { fromMonth: 1, toMonth: 10 },
      },
      { metric: '工业投资', kind: 'rank', cmp: '=', value: 5, unit: '位', span: '居全国第五位', role: 'actual', rankScope: '全国' },
      { metric: '技改投资', kind: 'rank', cmp: '=', value: 3, unit: '位', span: '第三位', role: 'actual', rankScope: '全国' },
    ]);
  });

  it('month periods written 1月至11月 and 前11个月; 到2025年 opens a target', () => {
    check('1月至11月，全市规上工业增加值增长6.8%；前11个月，工业投资增长12%。到2025年全市规上工业企业达到1500户。', { year: 2024 }, [
      {
        metric: '规上工业增加值',
        kind: 'growth',
        cmp: '=',
        value: 6.8,
        unit: '%',
        span: '规上工业增加值增长6.8%',
        role: 'actual',
        period: { year: 2024, fromMonth: 1, toMonth: 11, label: '1月至11月' },
      },
      {
        metric: '工业投资',
        kind: 'growth',
        cmp: '=',
        value: 12,
        unit: '%',
        span: '工业投资增长12%',
        role: 'actual',
        period: { fromMonth: 1, toMonth: 11, label: '前11个月' },
      },
      { metric: '规上工业企业', kind: 'level', cmp: '>=', value: 1500, unit: '户', span: '规上工业企业达到1500户', role: 'target' },
    ]);
  });

  it('a number of years after 年限 is a level in 年, not a year; other small numbers before 年 are no quantity', () => {
    const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.metric} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);
    expect(read('劳动年龄人口平均受教育年限提高到11.8年，新增劳动力平均受教育年限达到14年以上。')).toEqual([
      '劳动年龄人口平均受教育年限 level = 11.8年',
      '劳动力平均受教育年限 level >= 14年',
    ]);
    expect(read('人均预期寿命提高1岁，劳动年龄人口平均受教育年限提高0.5年。')).toEqual([
      '人均预期寿命 increment = 1岁',
      '劳动年龄人口平均受教育年限 increment = 0.5年',
    ]);
    expect(read('力争用5年时间建成示范区，基础设施使用年限。全市建成示范区3个。')).toEqual(['示范区 count = 3个']);
  });

  it("是2015年的1.46倍 is a multiple of a base year, a growth of the clause's metric; 预计 and 省均 are read around the metric", () => {
    const read = (text: string) =>
      readStatements(text, { year: 2021 }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.value}${s.unit} ${s.period?.year ?? ''}`);
    expect(read('2020年全市地区生产总值预计达7700亿元，是2015年的1.46倍，年均增长6.9%。')).toEqual([
      'actual 地区生产总值 level 7700亿元 2020',
      'actual 地区生产总值 growth 1.46倍 2020',
      'actual 地区生产总值 growth 6.9% 2020',
    ]);
    expect(read('2020年科技进步贡献率达65.8%、高于省均1个百分点。').map((s) => s.split(' ')[1])).toEqual(['科技进步贡献率', '高于省均']);
    // 两地均: 均 after a count of places spreads the figure; it is no 地均.
    expect(read('两地均增长5%。').map((s) => s.split(' ')[1])).toEqual(['两地']);
  });

  it("继续保持, 进至 and a news report's 该市 are read around the metric", () => {
    const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.metric} ${s.value}`);
    expect(read('粮食产量继续保持500亿斤以上。')).toEqual(['粮食产量 500']);
    expect(read('完成水土保持1.2万亩。')).toEqual(['水土保持 1.2']);
    // 外汇储备 is a noun, not 储备 counting what is laid up (储备重大项目200个).
    expect(read('外汇储备达到120亿美元。储备重大项目200个。')).toEqual(['外汇储备 120', '重大项目 200']);
    expect(read('2025年高铁通车里程进至全国第5位。')).toEqual(['高铁通车里程 5']);
    expect(read('2024年，该市地区生产总值6136.4亿元。')).toEqual(['地区生产总值 6136.4']);
    // 该市场, 该区域, 该省份: 该 before a noun, not 该市/该区/该省 before the metric.
    expect(read('该市场主体数量突破10万户。该区域地区生产总值增长6%。该省份进出口总额增长8%。').map((x) => x.split(' ')[0])).toEqual([
      '该市场主体数量',
      '该区域地区生产总值',
      '该省份进出口总额',
    ]);
    expect(read('2025年人均地区生产总值突破31万元，各县区均增长5%。')).toEqual(['人均地区生产总值 31', '各县区 5']);
    expect(read('2025年社会消费品零售总额是2020年的1.4倍。')).toEqual(['社会消费品零售总额 1.4']);
  });

  it('增长目标确定为, a list item opened by a verb, and a base year before 分别增长', () => {
    const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.metric} ${s.kind} ${s.value}`);
    expect(read('经济增长目标确定为5.5%。')).toEqual(['经济 growth 5.5']);
    expect(read('社会融资规模增量和新增贷款分别达到1.4万亿元、7000亿元。').map((x) => x.split(' ')[0])).toEqual(['社会融资规模增量', '新增贷款']);
    expect(read('铁路、水路货运周转量较2024年分别增长5.7%、10%左右。').map((x) => x.split(' ')[0])).toEqual(['铁路', '水路货运周转量']);
  });

  it('十三届三次、四次全会 names sessions, not counts', () => {
    expect(readStatements('深入贯彻县委十三届三次、四次全会精神，开展培训20次。', { year: 2024 }).map((s) => `${s.value}${s.unit}`)).toEqual(['20次']);
  });

  it('changes listed with 和 after amounts of as many metrics are theirs in order, with no 分别', () => {
    const read = (text: string) => readStatements(text, { year: 2021 }).map((s) => `${s.metric} ${s.kind} ${s.value}`);
    expect(read('2020年，全县财政总收入48.6亿元，税收收入31.2亿元，年均增长7.4%和6.9%。')).toEqual([
      '财政总收入 level 48.6',
      '税收收入 level 31.2',
      '财政总收入 growth 7.4',
      '税收收入 growth 6.9',
    ]);
  });

  it('does not distribute changes over one amount, over changes, or over one metric twice', () => {
    const metrics = (text: string) =>
      readStatements(text, { year: 2021 })
        .filter((s) => s.kind === 'growth')
        .map((s) => s.metric);
    expect(metrics('2020年，全县出口增长12%，进口增长8%，两年平均增长5%和6%。').slice(0, 2)).toEqual(['出口', '进口']);
    expect(metrics('全县粮食产量26.5万吨，比上年增长2.1%和3.0%。')).not.toContain('');
    expect(new Set(metrics('全县粮食产量26.5万吨，粮食产量26.8万吨，增长2.1%和3.0%。')).size).toBe(1);
  });

  it('every session of a longer list (二届五次、六次、七次、八次全会) names a session, not a count', () => {
    const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.value}${s.unit}`);
    expect(read('认真落实市委二届五次、六次、七次、八次全会精神，全年组织宣讲120次。')).toEqual(['120次']);
    expect(read('贯彻区委三届四次和五次会议部署，开展执法检查36次。')).toEqual(['36次']);
  });

  it('a count in 次 before a list that ends in no meeting stays a count', () => {
    const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.value}${s.unit}`);
    expect(read('全年开展应急演练12次、专项检查8次，培训骨干300人次。')).toEqual(['12次', '8次', '300人次']);
    expect(read('举办招聘会15次、6次线上专场。').map((x) => x)).toContain('15次');
  });

  it('截至11月底 is the period results ran over; 截止11月底前 and 11月底前 are deadlines', () => {
    const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.value} ${s.period?.label ?? ''}`);
    expect(read('截至2024年11月底，全市规上工业增加值增长6.5%。')).toEqual(['actual 6.5 截至2024年11月底']);
    expect(read('截至10月末，新增市场主体1.2万户。')).toEqual(['actual 12000 截至10月末']);
    expect(read('截止11月底前，完成技改投资50亿元。力争11月底前新增规上企业20家。')).toEqual(['target 50 ', 'target 20 ']);
    // Under 力争/确保 in its clause, 截至6月底 is a deadline of the plan, not a period of results.
    expect(read('力争截至6月底完成固定资产投资50亿元，全年完成固定资产投资120亿元。')).toEqual(['target 50 ', 'target 120 ']);
    expect(read('确保截至2024年9月底新增市场主体1万户。')).toEqual(['target 10000 ']);
  });

  it('a rank after a benchmark gap is about the metric itself', () => {
    check('2023年全市规上工业增加值增长9.1%，高于全省2.1个百分点，总量居全省第3位。', Y2024, [
      {
        metric: '规上工业增加值',
        kind: 'growth',
        cmp: '=',
        value: 9.1,
        unit: '%',
        span: '规上工业增加值增长9.1%',
        role: 'actual',
        period: { year: 2023, label: '2023年' },
      },
      { metric: '规上工业增加值高于全省', kind: 'share', cmp: '=', value: 2.1, unit: '百分点', span: '高于全省2.1个百分点', role: 'actual' },
      {
        metric: '规上工业增加值',
        kind: 'rank',
        cmp: '=',
        value: 3,
        unit: '位',
        span: '居全省第3位',
        role: 'actual',
        rankScope: '全省',
        period: { year: 2023 },
      },
    ]);
  });

  it('values joined by 和; 有 before a number-first count; 共有 a stock', () => {
    check('1—10月，工业投资、技改投资分别增长15%和20%。力争有5家企业进入省百强。全市共有规上工业企业1000户。', { year: 2023 }, [
      { metric: '工业投资', kind: 'growth', cmp: '=', value: 15, unit: '%', span: '工业投资、技改投资分别增长15%', role: 'actual' },
      { metric: '技改投资', kind: 'growth', cmp: '=', value: 20, unit: '%', span: '技改投资分别增长15%和20%', role: 'actual' },
      { metric: '企业进入省百强', kind: 'count', cmp: '=', value: 5, unit: '家', span: '力争有5家企业进入省百强' },
      { metric: '规上工业企业', kind: 'level', cmp: '=', value: 1000, unit: '户', span: '规上工业企业1000户' },
    ]);
  });

  it('均居 gives the rank to every statement before it', () => {
    check('创建国家级绿色工厂37家、绿色供应链管理企业7家，均居全国第七位。', REVIEW_2023, [
      { metric: '国家级绿色工厂', kind: 'count', cmp: '=', value: 37, unit: '家', span: '国家级绿色工厂37家', role: 'actual' },
      { metric: '绿色供应链管理企业', kind: 'count', cmp: '=', value: 7, unit: '家', span: '绿色供应链管理企业7家', role: 'actual' },
      { metric: '国家级绿色工厂', kind: 'rank', cmp: '=', value: 7, unit: '位', span: '居全国第七位', role: 'actual', rankScope: '全国' },
      { metric: '绿色供应链管理企业', kind: 'rank', cmp: '=', value: 7, unit: '位', span: '居全国第七位', role: 'actual', rankScope: '全国' },
    ]);
  });

  it('a gap to the national rate is about the previous metric', () => {
    check('1—10月,制造业投资增长25.4%,高于全国19.2个百分点。', { year: 2023 }, [
      { metric: '制造业投资', kind: 'growth', cmp: '=', value: 25.4, unit: '%', span: '制造业投资增长25.4%', role: 'actual' },
      { metric: '制造业投资高于全国', kind: 'share', cmp: '=', value: 19.2, unit: '百分点', span: '高于全国19.2个百分点', role: 'actual' },
    ]);
  });

  it('a second gap is about the measured metric, not the gap before it (names do not pile up)', () => {
    check('1—10月,制造业投资增长25.4%,高于全国19.2个百分点,高于全省12.1个百分点,高于全市3.5个百分点。', { year: 2023 }, [
      { metric: '制造业投资', kind: 'growth', cmp: '=', value: 25.4, unit: '%', span: '制造业投资增长25.4%', role: 'actual' },
      { metric: '制造业投资高于全国', kind: 'share', cmp: '=', value: 19.2, unit: '百分点', span: '高于全国19.2个百分点', role: 'actual' },
      { metric: '制造业投资高于全省', kind: 'share', cmp: '=', value: 12.1, unit: '百分点', span: '高于全省12.1个百分点', role: 'actual' },
      { metric: '制造业投资高于全市', kind: 'share', cmp: '=', value: 3.5, unit: '百分点', span: '高于全市3.5个百分点', role: 'actual' },
    ]);
  });

  it('totals and shares relative to the figures before them (seed 002)', () => {
    check('成功举办2023世界制造业大会,促成签约项目587个,总投资3425亿元,其中制造业项目534个,总投资额3060亿元,占比分别为91%、89%。', REVIEW_2023, [
      { metric: '签约项目', kind: 'count', cmp: '=', value: 587, unit: '个', span: '签约项目587个', role: 'actual' },
      { metric: '签约项目总投资', kind: 'level', cmp: '=', value: 3425, unit: '亿元', span: '总投资3425亿元', role: 'actual' },
      { metric: '签约制造业项目', kind: 'count', cmp: '=', value: 534, unit: '个', span: '制造业项目534个', role: 'actual' },
      { metric: '签约制造业项目总投资额', kind: 'level', cmp: '=', value: 3060, unit: '亿元', span: '总投资额3060亿元', role: 'actual' },
      { metric: '签约制造业项目占比', kind: 'share', cmp: '=', value: 91, unit: '%', span: '占比分别为91%', role: 'actual' },
      { metric: '签约制造业项目总投资额占比', kind: 'share', cmp: '=', value: 89, unit: '%', span: '占比分别为91%、89%', role: 'actual' },
    ]);
  });

  it('comparison symbols as sheets write them', () => {
    check('技改投资增长≥20%', Y2023, [{ metric: '技改投资', kind: 'growth', cmp: '>=', value: 20, unit: '%', span: '技改投资增长≥20%' }]);
    check('技改投资增速>15%', Y2023, [{ metric: '技改投资', kind: 'growth', cmp: '>', value: 15, unit: '%', span: '技改投资增速>15%' }]);
    check('担保费率≤1%', Y2023, [{ metric: '担保费率', kind: 'share', cmp: '<=', value: 1, unit: '%', span: '担保费率≤1%' }]);
  });

  it('a shared measure head: 光伏、锂电池营收', () => {
    check('1—10月，光伏、锂电池营收分别增长68.2%、44.7%。', { year: 2023 }, [
      { metric: '光伏营收', key: '光伏营业收入', kind: 'growth', cmp: '=', value: 68.2, unit: '%', span: '光伏、锂电池营收分别增长68.2%', role: 'actual' },
      { metric: '锂电池营收', kind: 'growth', cmp: '=', value: 44.7, unit: '%', span: '锂电池营收分别增长68.2%、44.7%', role: 'actual' },
    ]);
  });

  it('预计全年 is an estimate of a result, even without a review context', () => {
    check('预计全年规上工业营收达5万亿元，同比增长8%左右。', { year: 2023 }, [
      {
        metric: '规上工业营收',
        key: '规模以上工业营业收入',
        kind: 'level',
        cmp: '=',
        value: 5,
        unit: '万亿元',
        span: '规上工业营收达5万亿元',
        role: 'actual',
        period: { year: 2023, label: '全年' },
      },
      { metric: '规上工业营收', kind: 'growth', cmp: '=', value: 8, unit: '%', span: '同比增长8%左右', role: 'actual' },
    ]);
  });

  it('a written year before the plan year makes a result of that year', () => {
    check('2023年全市完成规上工业增加值增长9.2%，2024年力争增长10%。', Y2024, [
      {
        metric: '规上工业增加值',
        kind: 'growth',
        cmp: '=',
        value: 9.2,
        unit: '%',
        span: '规上工业增加值增长9.2%',
        role: 'actual',
        period: { year: 2023, label: '2023年' },
      },
      { metric: '规上工业增加值', kind: 'growth', cmp: '=', value: 10, unit: '%', span: '增长10%', role: 'target', aspirational: true },
    ]);
  });

  it('a written plan year overrides an actual context', () => {
    check('2024年新增规上工业企业2500户左右。', { year: 2024, defaultRole: 'actual' }, [
      { metric: '规上工业企业', kind: 'increment', cmp: '~', value: 2500, unit: '户', span: '规上工业企业2500户左右', role: 'target' },
    ]);
  });

  it('an actual context with no cue gives actuals of the context year', () => {
    check('新增省级专精特新企业2327户；创建国家级专精特新“小巨人”企业129户，居全国第八位。', REVIEW_2023, [
      {
        metric: '省级专精特新企业',
        kind: 'increment',
        cmp: '=',
        value: 2327,
        unit: '户',
        span: '省级专精特新企业2327户',
        role: 'actual',
        period: { year: 2023 },
      },
      { metric: '国家级专精特新“小巨人”企业', kind: 'count', cmp: '=', value: 129, unit: '户', span: '国家级专精特新“小巨人”企业129户', role: 'actual' },
      { metric: '国家级专精特新“小巨人”企业', kind: 'rank', cmp: '=', value: 8, unit: '位', span: '居全国第八位', role: 'actual', rankScope: '全国' },
    ]);
  });

  it('a target cue inside an actual context makes a target', () => {
    check('力争全年新增规上工业企业2500户左右。', REVIEW_2023, [
      { metric: '规上工业企业', kind: 'increment', cmp: '~', value: 2500, unit: '户', span: '规上工业企业2500户左右', role: 'target', aspirational: true },
    ]);
  });

  it('多 after a number in a result', () => {
    check('解决问题7900多个', REVIEW_2023, [
      { metric: '解决问题', kind: 'count', cmp: '=', value: 7900, unit: '个', span: '解决问题7900多个', role: 'actual' },
    ]);
  });

  it('actuals always use =, whatever word binds them', () => {
    const [s] = readStatements('营收超过2500亿元', REVIEW_2023);
    expect(s).toMatchObject({ role: 'actual', comparator: '=', value: 2500, unit: '亿元' });
  });
});

describe('sheet-style phrases the validator synthesises', () => {
  it.each<[string, string, TargetKind, Comparator, number, string]>([
    ['规上工业增加值增速12%', '规上工业增加值', 'growth', '=', 12, '%'],
    ['工业总产值200亿元', '工业总产值', 'level', '=', 200, '亿元'],
    ['新增规上工业企业25户以上', '规上工业企业', 'increment', '>=', 25, '户'],
    ['技改投资增长 15% 以上', '技改投资', 'growth', '>=', 15, '%'],
    ['规上工业企业数1400户', '规上工业企业数', 'level', '=', 1400, '户'],
  ])('%s', (text, metric, kind, cmp, value, unit) => {
    const span = text.startsWith('新增') ? text.slice(2) : text;
    check(text, Y2023, [{ metric, kind, cmp, value, unit, span }]);
  });
});

describe('同口径 and 可比口径 say the basis of a change, as 同比: no measure of their own', () => {
  const metrics = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.kind} ${s.value}`);
  it.each([
    ['2023年一般公共预算收入完成88.6亿元，同口径增长7.1%。', ['一般公共预算收入 level 88.6', '一般公共预算收入 growth 7.1']],
    ['2023年税收收入可比口径增长4.3%。', ['税收收入 growth 4.3']],
  ])('%s', (text, want) => {
    expect(metrics(text)).toEqual(want);
  });
});

describe('an ellipsis after a figure ends its statement, as a clause break does', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} ${s.value}${s.unit}`);
  it.each([
    ['全县规上工业增加值增长8.5%…一般公共预算收入增长5%，居民收入增长6%。', ['规上工业增加值 8.5%', '一般公共预算收入 5%', '居民收入 6%']],
    ['新增市场主体1.5万户……城镇登记失业率控制在4%以内。', ['市场主体 15000户', '城镇登记失业率 4%']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['今年地区生产总值……增长6%左右。', 1],
    ['主要指标……见附表。', 0],
    ['“十四五”……力争实现新突破。', 0],
  ])('an ellipsis before a figure, or with no figure, adds nothing: %s', (text, count) => {
    expect(read(text)).toHaveLength(count);
  });
});

describe('全年 of its own after a month period', () => {
  const labels = (text: string) => readStatements(text, { year: 2025, reportsOnly: true }).map((s) => `${s.value}${s.unit} ${s.period?.label ?? ''}`);

  it('dates the figures of its clause by the whole year', () => {
    expect(labels('1—11月，经开区实际使用外资70.7亿美元，自贸试验区全年实现大宗商品批零额4.6万亿元、增长6.2%。')).toEqual([
      '70.7亿美元 1—11月',
      '4.6万亿元 全年',
      '6.2% 全年',
    ]);
  });

  it('a 全年 that a share is taken of, or a 全年 target, leaves the months (must not fire)', () => {
    expect(labels('1—11月，全市完成固定资产投资320亿元，占全年的92%。')).toEqual(['320亿元 1—11月', '92% 1—11月']);
    expect(labels('1—11月，全市完成全年计划的95%，规上工业增加值增长6%。')).toEqual(['95% 1—11月', '6% 1—11月']);
    expect(labels('前三季度，全市地区生产总值增长5.1%，完成全年任务的76%。')).toEqual(['5.1% 前三季度', '76% 前三季度']);
  });
});

describe('quarters counted from the first (1-3季度) are the months they cover', () => {
  const periods = (text: string) =>
    readStatements(text, { year: 2025, reportsOnly: true }).map(
      (s) => `${s.value}${s.unit} ${s.period?.fromMonth ?? ''}-${s.period?.toMonth ?? ''} ${s.period?.label ?? ''}`,
    );

  it('reads 1-3季度 as January to September and 1至2季度 as the half year', () => {
    expect(periods('1-3季度，全县完成固定资产投资64.2亿元，同比增长7.5%。')).toEqual(['64.2亿元 1-9 1-3季度', '7.5% 1-9 1-3季度']);
    expect(periods('1至2季度，全县社会消费品零售总额增长4.4%。')).toEqual(['4.4% 1-6 1至2季度']);
  });

  it('must not fire: quarters not counted from the first, a count of quarters, a quarter alone', () => {
    expect(periods('2-3季度，全县出口增长3.1%。')).not.toContainEqual(expect.stringContaining('2-3季度'));
    expect(periods('连续3个季度，全县工业增速保持在8%以上。')).not.toContainEqual(expect.stringContaining('季度 '));
    expect(periods('三季度，全县工业增加值增长6%。')).toEqual(['6% 7-9 三季度']);
  });

  it('must not fire: quarters listed before 分别, each with its own figure (1-3季度分别增长…)', () => {
    expect(periods('1-3季度分别增长5%、6%和7%。')).not.toContainEqual(expect.stringContaining('1-9'));
    expect(periods('1-3季度，全县投资和消费分别增长8%和6%。')).toEqual(['8% 1-9 1-3季度', '6% 1-9 1-3季度']);
  });
});

describe('a rate whose unit only the last figure of its list writes', () => {
  const read = (text: string) => readStatements(text, { year: 2025, reportsOnly: true }).map((s) => `${s.value}${s.unit} ${s.period?.label ?? ''}`);

  it('gives 和/、-joined bare figures the % or 百分点 of the last', () => {
    expect(read('前三季度，全县工业增速比一季度和上半年分别加快0.6和0.4个百分点。')).toEqual(['0.6百分点 前三季度', '0.4百分点 前三季度']);
    expect(read('全年，三次产业分别拉动经济增长0.7、2.1和1.5个百分点。').map((x) => x.split(' ')[0])).toEqual(['0.7百分点', '2.1百分点', '1.5百分点']);
    expect(read('上半年，全区农业和服务业增加值分别增长3.2、6.8%。').map((x) => x.split(' ')[0])).toEqual(['3.2%', '6.8%']);
  });

  it('dates a change against a list of earlier periods by its own period, every listed one a base', () => {
    expect(read('前三季度，全县投资增速较一季度、上半年分别提高2.2和1.1个百分点。')).toEqual(['2.2百分点 前三季度', '1.1百分点 前三季度']);
  });

  it('must not fire: item numbers, codes, years, counts and Chinese numerals keep no rate', () => {
    expect(read('1、3.5%的企业完成技术改造。').map((x) => x.split(' ')[0])).not.toContain('1%');
    expect(read('地铁3、4号线建设有序推进，投资完成率达到85%。').map((x) => x.split(' ')[0])).toEqual(['85%']);
    expect(read('2023、2024年全县粮食产量分别增长2%和3%。').map((x) => x.split(' ')[0])).toEqual(['2%', '3%']);
    expect(read('全年新增企业10、20家以上的乡镇各有3个。').some((x) => x.startsWith('10%') || x.startsWith('10百分点'))).toBe(false);
    expect(read('一、二季度全县工业分别增长5%和6%。').map((x) => x.split(' ')[0])).toEqual(['5%', '6%']);
  });
});

describe('the world as a rank’s scope (a national report)', () => {
  const ranks = (text: string) =>
    readStatements(text, { year: 2026, defaultRole: 'actual' })
      .filter((s) => s.kind === 'rank')
      .map((s) => `${s.value} ${s.rankScope}`);

  it('全球第一, 世界第二 rank a figure', () => {
    expect(ranks('2025年，造船完工量保持全球第一。')).toEqual(['1 全球']);
    expect(ranks('2025年，全国研发经费投入总量居世界第二。')).toEqual(['2 世界']);
  });

  it('全球第一台, 世界第一高桥 are firsts of things, no rank (must not fire)', () => {
    expect(ranks('研制出全球第一台样机。')).toEqual([]);
    expect(ranks('建成世界第一高桥，创造全球第一个示范区。')).toEqual([]);
    expect(ranks('举办第一届世界第一产业博览会。')).toEqual([]);
  });
});

describe('the basis a change is computed on (按不变价格计算, 扣除…因素后) is no metric: the clause’s measure is', () => {
  const metrics = (text: string) => readStatements(text, { year: 2024, defaultRole: 'actual' }).map((s) => `${s.metric} ${s.value}${s.unit}`);

  it('the change after the basis is the measure named before it', () => {
    expect(metrics('全县实现地区生产总值420亿元，按可比价格计算增长5.2%。')).toEqual(['地区生产总值 420亿元', '地区生产总值 5.2%']);
    expect(metrics('地方一般公共预算收入36.5亿元，扣除减税降费因素后增长3.1%。')).toEqual(['地方一般公共预算收入 36.5亿元', '地方一般公共预算收入 3.1%']);
    expect(metrics('工业增加值185亿元，按不变价计算增长7%。')).toEqual(['工业增加值 185亿元', '工业增加值 7%']);
  });

  it('words that only look like a basis stay in the metric (must not fire)', () => {
    expect(metrics('计算机产业增加值增长12%。')).toEqual(['计算机产业增加值 12%']);
    expect(metrics('个人住房按揭贷款余额增长5%。')).toEqual(['个人住房按揭贷款余额 5%']);
    expect(metrics('税前扣除额增长8%。')).toEqual(['税前扣除额 8%']);
    expect(metrics('居民消费价格指数上涨2.1%。')).toEqual(['居民消费价格指数 2.1%']);
    expect(metrics('按期完工项目占比达到90%。').map((m) => m.split(' ')[1])).toEqual(['90%']);
  });
});

describe('a rank verb opening its clause, the ranking named between it and 第 (位列…基本现代化指数第12位)', () => {
  const ranks = (text: string) =>
    readStatements(text, { year: 2024, defaultRole: 'actual' })
      .filter((s) => s.kind === 'rank')
      .map((s) => `${s.metric} ${s.value}`);

  it('the first rank of the list is read, ranking what the words before 第 name', () => {
    expect(ranks('位列全国综合实力百强区第38位、全省第2位。')).toEqual(['全国综合实力百强区 38', '全国综合实力百强区 2']);
    expect(ranks('入选全国文明城市提名、位列中国营商环境指数第25位。').map((r) => r.split(' ')[1])).toEqual(['25']);
  });

  it('a scope right after a figure and its 、 ranks that figure', () => {
    expect(ranks('争取专项债券项目41个、全市第一。')).toEqual(['专项债券项目 1']);
    expect(ranks('新增高新技术企业58家、全省第二。')).toEqual(['高新技术企业 2']);
    // An item of words before the scope still names what ranks (must not fire).
    expect(ranks('获评优良等次、营商环境满意度全市第一。')).toEqual(['营商环境满意度 1']);
  });

  it('a bare scope after the verb names no ranking (must not fire)', () => {
    expect(ranks('位列全省第3位。')).toEqual([]);
    expect(ranks('跃居全国第5位。')).toEqual([]);
    expect(ranks('全市生产总值增长6%，位列全省第3位。')).toEqual(['生产总值 3']);
    expect(ranks('位居中部第一。')).toEqual([]);
    expect(ranks('排名全市第二，增长7%。')).toEqual([]);
  });
});
