/**
 * Numbers that are not statements: qualifiers of a target, plan names and structural counts,
 * dates, years, document and section numbers, identifiers, phases.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2023 });
const values = (text: string) => read(text).map((s) => `${s.value}${s.unit}`);

describe('qualifiers are not statements', () => {
  it.each([
    // the number belongs to the project or enterprise it qualifies; the statement is the count after it
    ['力争落地开工5亿元以上工业项目100个以上', ['100个']],
    ['亿元以上技改项目80个', ['80个']],
    ['产值超亿元企业突破380户、10亿元企业突破30户', ['380户', '30户']],
    ['全市5000万元以上重点工业项目落地开工100个', ['100个']],
    ['每个县区争取落地50亿元工业项目1个', ['1个']],
    ['其中5亿元以上项目15个', ['15个']],
    ['3-4个开发区进入全省前60名', ['3个']],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });

  it.each([
    '全面推开占地5亩以上规下工业企业亩均效益评价',
    '对占地5亩以上D类规下工业企业有序进行腾退出清',
    '用好年耗能5000吨标准煤以上重点耗能企业节能诊断成果',
    '将考评前3名的县区作为激励对象',
    '加强对总投资超10亿元制造业项目洽谈、签约、开工的调度考核',
    '加快推进金诚储能、中晟年产150万吨球团项目、刘寺铁矿年产300万吨铁矿石等项目',
    '动态实现规上制造业企业亿元以上无研发活动、5亿元以上无研发机构“两清零”',
    '力求在科技、人才、金融、土地、生态、服务6个方面实现新的“突破”',
  ])('%s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('names, structure, dates and identifiers are not statements', () => {
  it.each([
    '进一步推深做实我市制造业提质扩量增效“2321”行动计划',
    '大力实施“136”工程',
    '聚力打造“4+10”万千亿级产业体系',
    '围绕“5+5+N”产业布局',
    '大力实施数字化转型“十大工程”',
    '落实新能源汽车产业发展三年行动计划',
    '围绕十大重点产业，落实“链长制”工作方案',
    '加快推进春兴精工5G通讯科技产业园',
    '积极对接长三角G60科技走廊科技资源',
    '2024年2月8日',
    '金发〔2024〕5号',
    '六政办秘2018212号',
    '2023年工作要点',
    '《金安区2023年度工业发展要点》重点任务分解表',
    '一、育强主导产业',
    '（二十）完善考核评价体系',
    '1. 打造数字化转型区域样板',
    '全面贯彻党的二十大精神',
    '每年举办一次春风行动',
    '加快六安大学科技园二期工程建设',
    '推动雅迪电动车、鸿路钢构二期、AMOLED显示模组等项目加快落地开工',
    '持续实施制造强市“1525”重点技改行动计划',
    '深入实施“464”服务高质量发展行动',
    '推深做实“千名干部联万企”行动',
    '开展节能环保“五个一百”提升行动',
    'Copyright © 2018-2021 Wenke99.com All rights reserved',
    '公安局备案号:浙公网安备33038302330469号',
    '**六安市金安区人民政府行政规范性文件**',
    '加快8个市级战新基地建设',
    '重点打造10条产业链',
    '实施“1310”行动计划和开发区三年倍增计划',
    '2023-2025年',
    '十四五时期',
    // a time of day after a page's date, though its parts add up to 100 as a structure's do
    '发布时间：2023-05-12 14:46:40',
    '更新于2023年5月12日 21:39:40',
  ])('%s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('a structure after a date-less clause is still read (三次产业结构为12:41:47)', () => {
    expect(values('三次产业结构为12:41:47。')).toEqual(['12', '41', '47']);
  });

  it('a structure after another one’s last part is no time after a date (5.1:38.2:56.7 4.5:36.0:59.5)', () => {
    expect(values('三次产业结构 5.1:38.2:56.7 4.5:36.0:59.5')).toEqual(['5.1', '38.2', '56.7', '4.5', '36', '59.5']);
  });
});

describe('the attendance of the meeting is procedure', () => {
  it.each([
    ['本次会议应到代表320名，实到301名，符合法定人数。', []],
    ['会议应出席委员45人，实际出席42人，列席8人。', []],
    ['全年培训农村劳动力2000人，应到岗率100%。', ['2000人', '100%']],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('"this number" points at a figure already named', () => {
  it.each([
    ['今年GDP增长目标为6%左右，这是近年首次将这一数字下调至6.5%以下。', ['6%']],
    ['去年外贸增长12%，该数据高于全省3个百分点。', ['12%']],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });

  it('still reads a new figure for an indicator named with 该', () => {
    expect(values('森林覆盖率为60%，到2025年该指标达到65%。')).toEqual(['60%', '65%']);
  });
});

describe('a heading that only says goals follow names no measure', () => {
  it.each([
    ['发展目标6%。', []],
    ['主要目标：8.5%', []],
    ['实现预期目标，地区生产总值增长6%。', ['6%']],
    ['目标任务完成率达到95%。', ['95%']],
    // A digest's numbered label names no measure either.
    ['数字1：6.5%左右', []],
    ['关键词3：1200万人以上', []],
    ['看点二：5000亿元', []],
    // A measure with a number in its name is no label.
    ['数字经济核心产业增加值占比达到10%。', ['10%']],
    ['数字乡村试点达到12个。', ['12个']],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('a figure converted to another unit (折合) is the one before', () => {
  it('reads no entry for the conversion, and the growth after it keeps the metric', () => {
    const got = read('全年人均地区生产总值9.2万元（折合1.3万美元），比上年增长5%。');
    expect(got.map((s) => `${s.metric} ${s.value}${s.unit}`)).toEqual(['人均地区生产总值 9.2万元', '人均地区生产总值 5%']);
  });

  it('still reads a measure named with 折合 inside it', () => {
    expect(values('全年实际使用外资折合人民币50亿元。')).toEqual(['50亿元']);
  });
});

describe('how an assessment weighs its indicators (权重40%, 总分40分)', () => {
  const said = (text: string) => read(text).map((s) => `${s.metric} ${s.value}${s.unit}`);

  it('is no figure of the plan', () => {
    expect(said('（基本指标共20项，权重30%，总分30分）')).toEqual([]);
    expect(said('地区生产总值增长率权重为10%。')).toEqual([]);
    expect(said('年度考核满分100分。')).toEqual([]);
  });

  it('leaves a measure that only has 权重 nearby alone', () => {
    expect(said('服务业增加值占比提高到45%，权重较大。')).toEqual(['服务业增加值占比 45%']);
    expect(said('研发投入强度达到2.5%。')).toEqual(['研发投入强度 2.5%']);
  });
});

describe('the steps of an assessment scoring rule (每超过1个百分点加0.5分)', () => {
  const said = (text: string) => read(text).map((s) => `${s.metric} ${s.value}${s.unit}`);

  it('are no figures of the plan', () => {
    expect(said('超额完成的，每超过1个百分点加0.5分，最高加10分。')).toEqual([]);
    expect(said('工业总产值已达300亿元的，每增加50亿元，加1分。')).toEqual([]);
    expect(said('每新增1家规上企业，另加0.5分；')).toEqual([]);
    expect(said('每降低0.1个百分点扣1分。')).toEqual([]);
  });

  it('leaves figures followed by 加快, 加强 or 计入 alone', () => {
    expect(said('新增规上企业10家，加快发展。')).toEqual(['规上企业 10家']);
    expect(said('研发投入增长10%，加强创新。')).toEqual(['研发投入 10%']);
    expect(said('新增高新技术企业15家，计入考核。')).toEqual(['高新技术企业 15家']);
  });
});

describe('an age before the people it counts qualifies them', () => {
  it.each([
    ['3岁以下婴幼儿入托率提高到12%', ['12%']],
    ['每千人口拥有3岁以下婴幼儿托位数达到4.5个', ['4.5个']],
    ['65岁及以上老年人健康管理率达到70%以上', ['70%']],
    ['为60岁以上老年人提供上门服务5000人次', ['5000人次']],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });

  it.each([
    // an age that is the figure itself, or governed by a verb, stays a statement (must not fire)
    ['人均预期寿命提高到80岁', ['80岁']],
    ['人均预期寿命达到79.5岁以上，婴儿死亡率控制在3‰以内', ['79.5岁', '3‰']],
    ['人均预期寿命提高1岁', ['1岁']],
    ['平均退休年龄延长至62岁，劳动年龄人口平均受教育年限11.7年', ['62岁', '11.7年']],
    ['人均预期寿命78岁左右', ['78岁']],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('an age with 的 before its noun is a figure', () => {
  it('人均预期寿命达到80岁的目标 keeps 80岁 (must not fire)', () => {
    expect(values('实现人均预期寿命达到80岁的目标')).toEqual(['80岁']);
  });
});

describe('the amounts a policy pays, as its standard states them, are not statements', () => {
  it.each([
    ['落实困难群众生活补贴制度，补贴标准为：轻度困难人员每人每月120元，重度困难人员每人每月260元。', []],
    ['发放创业补助，补助标准是每户3000元，全年发放补助资金45万元。', ['45万元']],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });

  it.each([
    // a change to a standard is a figure; so are a payout's totals and amounts with no standard named
    ['居民医保人均财政补助标准再增加30元。', ['30元']],
    ['残疾人两项补贴标准提高10%。', ['10%']],
    ['城乡低保标准提高到每人每月700元。', ['700元']],
    ['全年发放养老服务补贴资金120万元，惠及老人3000人。', ['120万元', '3000人']],
    ['补贴标准为每人每月100元的政策惠及困难群众5000人。', ['5000人']],
  ])('still reads %s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('a tier of money written without 元 before a noun grades it (培育百亿级产业)', () => {
  it.each(['2024年，全县培育百亿级产业、十亿级企业。', '力争形成千亿级产业和百亿级园区。', '今年壮大五十亿级企业。'])('%s', (text) => {
    expect(values(text)).toEqual([]);
  });

  // A tier that is the figure (a size reached or to reach) and a count of graded things stay (must not fire).
  it.each([
    ['力争全市工业总产值迈上千亿级台阶', ['1000亿元']],
    ['两大产业集群规模达到7000亿级', ['7000亿元']],
    ['培育百亿级产业集群2个', ['2个']],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('where a place lies (距…直线距离N公里) is geography, no figure', () => {
  it.each([
    ['开发区规划面积600平方公里，距省城直线距离45公里，辖4个镇。', ['600平方公里']],
    ['距市中心车程30公里。', []],
  ])('%s', (text, want) => {
    expect(values(text).filter((v) => v !== '4个')).toEqual(want);
  });

  it.each([
    ['新建农村公路120公里，改造提升县道35公里。', ['120公里', '35公里']],
    ['距离目标还差的里程约30公里。', ['30公里']],
    // A subject before 距 is left read (narrow on purpose: 港区 could name a measure).
    ['港区距机场20公里。', ['20公里']],
    ['全年新增绿道里程50公里。', ['50公里']],
  ])('must not fire: %s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});
