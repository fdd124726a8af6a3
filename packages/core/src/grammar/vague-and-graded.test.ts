/**
 * Numbers in department work plans that state no figure: an order of size in words (数十家), a tier of money
 * that grades a noun (百亿元级企业), and the directions a plan's work runs along (十个细分方向).
 * Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.kind} ${s.metric} ${s.value}${s.unit}`);

describe('数 or 几 before 十/百/千/万: an order of size, no figure', () => {
  it.each([
    ['前来洽谈的客商多达数十家。', []],
    ['园区吸引了几十家企业入驻。', []],
    ['带动周边群众就业数万人。', []],
    ['项目总投资达数亿元。', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['力争新增规上企业十家。', ['target increment 规上企业 10家']],
    ['规上企业数达到十五家。', ['target level 规上企业数 15家']],
    ['全年培育专精特新企业二十家。', ['target count 专精特新企业 20家']],
  ])('a numeral after other words is read: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a tier of money in 级 before the noun it grades names a kind of thing', () => {
  it.each([
    ['力争在引进十亿元级项目上取得突破。', []],
    ['加快培育一批50亿元级、100亿元级骨干企业。', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['力争新增百亿元级企业3家。', ['target increment 百亿元级企业 3家']],
    ['培育形成3个五百亿级产业集群。', ['target count 五百亿级产业集群 3个']],
    ['全县两大产业规模双双达到500亿级。', ['target level 两大产业规模 500亿元']],
    ['全区四大产业规模均迈上百亿级台阶。', ['target level 四大产业规模 100亿元']],
  ])('a count of graded things, or the tier reached, is still read: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('the directions a plan’s work runs along are its structure', () => {
  it.each([
    ['聚焦新材料、智能装备等六个细分方向，加快关键技术突破。', []],
    ['明确三个主攻方向，力争新增规上企业20家。', ['target increment 规上企业 20家']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['新开通国际货运航线方向4个。', ['target count 新开通国际货运航线方向 4个']],
    ['新增公交线路6条，覆盖城区南北两个方向。', ['target increment 公交线路 6条']],
    ['建设面向东盟方向的物流通道2条。', ['target count 面向东盟方向的物流通道 2条']],
  ])('a count of things with a direction is read: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('跨越…大关 crosses a bound of money, as 突破…大关 does', () => {
  it.each([
    ['去年，企业销售收入跨越百亿大关、达到108亿元。', ['actual level 企业销售收入 100亿元', 'actual level 企业销售收入 108亿元']],
    ['力争全县工业总产值跨越五百亿元大关。', ['target level 工业总产值 500亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['全区经济总量连续跨越2个百亿台阶。', []],
    ['推动县域经济跨越发展，地区生产总值增长6%。', ['target growth 地区生产总值 6%']],
    ['实现跨越式发展，力争新增企业5家。', ['target increment 企业 5家']],
  ])('跨越 as a verb of growth states no tier: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a doubling said before the figure, joined by 、, leaves the measure to the figure', () => {
  it.each([
    ['去年，新能源汽车产量实现翻番、达到5.2万辆。', ['actual level 新能源汽车产量 5.2万辆']],
    ['力争全县电商交易额翻一番、突破80亿元。', ['target level 电商交易额 80亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['力争城乡居民收入翻一番。', []],
    ['翻番行动成效明显，新增规上企业12家。', ['target increment 规上企业 12家']],
  ])('no figure, or a doubling that is no clause of its own: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a capacity inside a project’s name, given as an example before 等 and a count of projects', () => {
  it.each([
    ['去年，年产30万台电机等120多个项目建成投产。', ['actual count 项目建成投产 120个']],
    ['力争年产5万吨饲料、10万套门窗等30个项目开工建设。', ['target count 项目开工建设 30个']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['建设3个产业园等12个重点项目。', ['target count 产业园等 3个', 'target count 重点项目 12个']],
    ['新增光伏装机20万千瓦。', ['target increment 光伏装机 20万千瓦']],
  ])('a count of things of the list’s kind, or a capacity with no 等, is read: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a bare 总数 with no figure before it counts what the clause before names', () => {
  const metrics = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.metric} ${s.value}${s.unit}`);
  it.each([
    ['今年，全县将扩增高成长企业，总数达到60家。', ['高成长企业总数 60家']],
    ['壮大市场主体，总数突破8万户。', ['市场主体总数 80000户']],
  ])('%s', (text, want) => {
    expect(metrics(text)).toEqual(want);
  });

  it.each([
    // a figure before it names the measure, as before
    ['全市规上工业企业新增120家，总数达到900家。', ['规上工业企业 120家', '规上工业企业总数 900家']],
    // a clause that names no counted noun lends nothing
    ['优化营商环境，总数达到80家。', ['总数 80家']],
    ['发展乡村旅游，总量达到200万人次。', ['总量 200万人次']],
  ])('%s', (text, want) => {
    expect(metrics(text)).toEqual(want);
  });
});
