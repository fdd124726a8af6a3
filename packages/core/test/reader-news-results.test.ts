/**
 * News of a report that gives only its results (issue 15): the words that name the report's parts or its goals in
 * passing set no target, so the results it quotes stay results. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    targets: plan.targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''}`),
    actuals: plan.actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''}`),
  };
};

describe("a report's list of its parts sets no target", () => {
  const news = (list: string) =>
    `1月10日，某县第五届人民代表大会第三次会议开幕。县长代表县人民政府作政府工作报告。${list}2025年，县政府团结奋进，推动全县经济平稳发展。全县地区生产总值同比增长6%（预计，下同），固定资产投资同比增长9%。`;

  it('报告分三部分：…目标；…工作。 before results keeps them results', () => {
    const got = read(news('报告分三部分：一、2025年工作回顾；二、“十五五”时期主要任务及目标；三、2026年重点工作。'));
    expect(got.targets).toEqual([]);
    expect(got.actuals).toEqual(['地区生产总值 6%', '固定资产投资 9%']);
    expect(read(news('报告共分为四个部分，即：一、过去五年工作回顾；二、今后五年的目标任务；三、2026年工作。')).targets).toEqual([]);
  });

  it('must not fire: goals the text itself sets stay targets', () => {
    const planned = read(
      `${news('报告分三部分：一、2025年工作回顾；二、今后五年目标任务；三、2026年重点工作。')}今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。`,
    );
    expect(planned.targets).toEqual(['地区生产总值 5.5%']);
    // No list of a report's parts: a plan's own 目标 before the figures.
    expect(read('2026年工作安排\n一、主要目标\n全县地区生产总值增长6%，固定资产投资增长9%。').targets).toEqual(['地区生产总值 6%', '固定资产投资 9%']);
    // 分三部分 that is no report's contents (a project in three parts) keeps its aims.
    expect(read('某县2026年重点项目计划\n项目分三部分建设，目标是：全县完成投资30亿元。').targets).toEqual(['投资 30亿元']);
    // No numbered list after 部分: the words after it are the report's own, and may set goals.
    expect(read('某县召开人代会\n县长作政府工作报告。报告分为三个部分，提出今年主要预期目标：地区生产总值增长6%。').targets).toEqual(['地区生产总值 6%']);
    // The list ends at its 。: an aim after it still plans.
    expect(read('记者获悉，报告分两部分：一、工作回顾；二、目标任务。全县力争今年地区生产总值增长6%。').targets).toEqual(['地区生产总值 6%']);
  });
});

describe("a person's age this year is no year planned and no figure", () => {
  const results = '凝心聚力谱新篇\n预计完成地区生产总值120.5亿元，增长8.1%；\n一般公共预算收入9.6亿元，增长6%；\n';

  it('今年61岁的… in news of results leaves the results results, and the age unread', () => {
    const got = read(`${results}2021年是极不平凡的一年。村里的变化大家看在眼里。今年61岁的老张说，现在日子越过越好。`);
    expect(got.targets).toEqual([]);
    expect(got.actuals).toEqual(['地区生产总值 120.5亿元', '地区生产总值 8.1%', '一般公共预算收入 9.6亿元', '一般公共预算收入 6%']);
    expect(read(`${results}2021年，现年45岁的村支书介绍，村里新修了道路。`).actuals).toHaveLength(4);
  });

  it('must not fire: 今年 before a figure that is no age, and ages that are measures, stay as they were', () => {
    expect(read(`${results}今年全县力争地区生产总值增长7%。`).targets).toContain('地区生产总值 7%');
    expect(read('2026年工作安排\n今年人均预期寿命达到79岁。').targets).toEqual(['人均预期寿命 79岁']);
    expect(read('2026年工作安排\n今年新增3岁以下婴幼儿托位200个。').targets).toHaveLength(1);
  });
});

describe('an estimate heading a list of results run over lines closed by ；', () => {
  const estimates = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.estimate ? ' 预计' : ''}`);

  it('governs every line of the list', () => {
    expect(estimates('乘势而上开新局\n预计完成地区生产总值56.2亿元，增长7.4%；\n一般公共预算收入3.1亿元，增长5%；\n2022年是不平凡的一年。')).toEqual([
      '56.2 预计',
      '7.4 预计',
      '3.1 预计',
      '5 预计',
    ]);
  });

  it('must not fire: a line closed by 。, or a list whose head is no estimate, keeps its own', () => {
    expect(estimates('乘势而上开新局\n预计完成地区生产总值56.2亿元，增长7.4%。\n一般公共预算收入3.1亿元，增长5%；\n2022年是不平凡的一年。')).toEqual([
      '56.2 预计',
      '7.4 预计',
      '3.1',
      '5',
    ]);
    expect(estimates('乘势而上开新局\n完成地区生产总值56.2亿元，增长7.4%；\n一般公共预算收入3.1亿元，增长5%；\n2022年是不平凡的一年。')).toEqual([
      '56.2',
      '7.4',
      '3.1',
      '5',
    ]);
  });
});

describe('先后 + a verb of completion reports what was done', () => {
  const news = (paragraph: string) =>
    `某市力争2025年人均GDP达1.5万美元\n记者从发布会上获悉，某市提出力争在2025年人均GDP达到1.5万美元。\n交通建设\n${paragraph}`;

  it('a paragraph opened by 先后建成…, 先后迈入… reports results', () => {
    const got = read(news('某市全面推进互联互通，先后迈入动车时代、实现“乡乡通油路”。在建高速公路120公里，建成5G基站800座。'));
    expect(got.actuals).toEqual(['在建高速公路 120公里', '5G基站 800座']);
    expect(read(news('近年来某市先后建成一批水利工程。新增蓄水能力3000万立方米。')).actuals).toHaveLength(1);
  });

  it('must not fire: 先后 of order, or a paragraph with no such words, keeps the plan', () => {
    expect(read(news('按照先后顺序推进项目建设。新建高速公路120公里，建成5G基站800座。')).actuals).toEqual([]);
    expect(read(news('全面推进互联互通。新建高速公路120公里。')).actuals).toEqual([]);
    expect(read('2026年工作安排\n分先后两批建成5G基站800座。').targets).toHaveLength(1);
    // Steps aimed at: 力争/要/今年 before 先后 in its clause.
    expect(read('2026年工作安排\n今年力争先后建成3个产业园区，新增就业岗位5000个。').actuals).toEqual([]);
    expect(read('2026年工作安排\n要先后实现两个翻番，地区生产总值增长7%。').actuals).toEqual([]);
    expect(read('2026年工作安排\n全市将先后开通2条公交专线。').actuals).toEqual([]);
  });
});

describe('an ordinal of events (第二十四场, 第三轮) is no rank', () => {
  const ranks = (text: string) =>
    extractPlan(text)
      .actuals.filter((a) => a.kind === 'rank')
      .map((a) => a.value);

  it('系列新闻发布会第十二场 and 第三轮 name an event, though 系列 holds 列', () => {
    expect(ranks('某市发布\n6月3日，庆祝建党百年系列新闻发布会第十二场举行。2020年某市地区生产总值增长4%。')).toEqual([]);
    expect(ranks('某市发布\n去年某市列入第三轮试点城市，地区生产总值增长4%。')).toEqual([]);
  });

  it('must not fire: ranks stay ranks', () => {
    expect(ranks('某市发布\n2020年某市地区生产总值增速居全省第二位。')).toEqual([2]);
    expect(ranks('某市发布\n2020年某市地区生产总值增速位列全省第三。')).toEqual([3]);
  });
});

describe('news of results so far: the aims they serve and the target they beat set nothing', () => {
  const NEWS = [
    '11月2日，某省统计局发布前三季度经济运行情况。',
    '前三季度，全省生产总值同比增长5.6%，持续高于年初政府工作报告提出的5%左右的增速目标，为顺利完成全年目标任务、确保“十四五”规划圆满收官打下了坚实基础。',
    '分领域看，规上工业增加值增速高于全国1.8个百分点，社会消费品零售总额增速高于全国0.7个百分点。',
  ].join('\n');

  it('确保…收官 inside 为…打下基础 carries no aim to the next sentences, and the page is of the period’s last year', () => {
    const plan = extractPlan(NEWS);
    expect(plan.year).toBe(2025);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['~ 5% 2025']);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year} ${a.period.label}`)).toEqual([
      '5.6% 2025 前三季度',
      '1.8百分点 2025 前三季度',
      '0.7百分点 2025 前三季度',
    ]);
  });

  it('must not fire: an aim before the purpose, or a 收官 still to come in a plan, stays an aim', () => {
    const aim = extractPlan('某县2025年工作安排\n力争全年地区生产总值增长6%，为“十四五”圆满收官打下坚实基础。规上工业增加值增长8%。');
    expect(aim.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2025', '8% 2025']);
    const plan = extractPlan('“十四五”时期某市发展目标\n到2025年，全市地区生产总值突破3000亿元，确保“十四五”规划目标全面完成。');
    expect(plan.year).toBe(2021);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['3000亿元 2025']);
    const turning = extractPlan('今年是“十四五”收官之年。全市地区生产总值力争增长6%。');
    expect(turning.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2025']);
  });

  it('must not fire: a growth target a text sets stays its own target', () => {
    const plan = extractPlan('某市2025年主要预期目标\n全市地区生产总值的增速目标为6%左右。规上工业增加值增长7%。');
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['6%', '7%']);
  });
});
