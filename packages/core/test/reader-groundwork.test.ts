/**
 * A multi-year plan's chapter on what it builds on (一、发展基础, 一、产业发展现状) reports results, up to the
 * next top-level heading; a heading that sets work on a base (夯实发展基础) plans. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    targets: plan.targets.map((t) => `${t.metric} ${t.value}${t.unit ?? ''} ${t.year ?? ''}`),
    actuals: plan.actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''} ${a.period?.year ?? ''}`),
  };
};

const plan = (heading: string) =>
  [
    '某县生物医药产业发展三年行动计划（2025—2027年）',
    heading,
    '全县生物医药产业已形成一定规模。',
    '规上医药企业达到18家，产业产值年均增长15%，建成省级研发平台6个。',
    '二、主要目标',
    '到2027年，规上医药企业达到30家，产业产值突破100亿元。',
  ].join('\n');

describe('一、发展基础 and its kin open a review up to the next top-level heading', () => {
  it.each(['一、发展基础', '一、产业发展现状', '一、发展基础与面临形势', '一、“十四五”以来的发展基础'])(
    '%s reports results of the year before the plan',
    (heading) => {
      const { targets, actuals } = read(plan(heading));
      expect(actuals).toEqual(['规上医药企业 18家 2024', '产业产值 15% 2024', '省级研发平台 6个 2024']);
      expect(targets).toEqual(['规上医药企业 30家 2027', '产业产值 100亿元 2027']);
    },
  );

  it('a heading that sets work on a base, or names a target, plans', () => {
    for (const heading of ['一、夯实发展基础', '一、筑牢产业发展基础', '一、发展基础与目标', '一、加快发展基础设施']) {
      const { targets, actuals } = read(plan(heading));
      expect(actuals).toEqual([]);
      expect(targets).toHaveLength(5);
    }
  });
});

describe('第一章 发展基础, 第一节 发展成就: a chapter or section that reviews, up to the next of its rank', () => {
  const fiveYear = (chapter: string, section = '') =>
    [
      '某区“十四五”生态环境保护规划',
      chapter,
      ...(section ? [section] : []),
      '全区空气质量优良天数比例达到86%，森林覆盖率提高到41%。',
      '第二章 主要目标',
      '到2025年，空气质量优良天数比例达到88%以上，森林覆盖率达到43%。',
    ].join('\n');

  it.each([
    ['第一章 发展基础', ''],
    ['第一章 发展基础与面临形势', ''],
    ['第一章 开启全面建设现代化新征程', '第一节 “十三五”发展成就'],
  ])('%s %s reports the year before the plan', (chapter, section) => {
    const { targets, actuals } = read(fiveYear(chapter, section));
    expect(actuals).toEqual(['空气质量优良天数比例 86% 2020', '森林覆盖率 41% 2020']);
    expect(targets).toEqual(['空气质量优良天数比例 88% 2025', '森林覆盖率 43% 2025']);
  });

  it('a section ends at the next section: its tasks plan', () => {
    const text = [
      '某区“十四五”生态环境保护规划',
      '第一章 总体要求',
      '第一节 发展成就',
      '全区森林覆盖率提高到41%。',
      '第二节 重点任务',
      '新增造林面积2万亩，建成生态公园5个。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(actuals).toEqual(['森林覆盖率 41% 2020']);
    expect(targets).toEqual(['造林面积 2万亩 2025', '生态公园 5个 2025']);
  });

  it('a chapter that sets work on a base, or names its goals, plans', () => {
    for (const chapter of ['第一章 夯实发展基础', '第一章 发展基础与主要目标', '第一章 发展思路']) {
      const { actuals } = read(fiveYear(chapter));
      expect(actuals).toEqual([]);
    }
  });

  it('must not fire: a chapter whose 成就 is a task’s object or a verb (共享发展成就, 巩固拓展脱贫攻坚成就, 成就出彩人生)', () => {
    for (const chapter of ['第十二章 增进民生福祉 让人民共享发展成就', '第五章 巩固拓展脱贫攻坚成就', '第九章 激发人才活力 成就出彩人生']) {
      const { actuals } = read(fiveYear(chapter));
      expect(actuals, chapter).toEqual([]);
    }
  });
});

describe('a change with no year of its own in a five-year plan’s review starts the year before the period reviewed', () => {
  const text = (title: string, heading: string, sentence: string) =>
    [title, heading, sentence, '二、主要目标', '到2025年，常住人口城镇化率达到65%。'].join('\n');

  it('从A提高到B under 一、发展基础 of a 十四五 plan: A is 2015’s, B 2020’s', () => {
    const { actuals } = read(text('某市“十四五”新型城镇化规划', '一、发展基础', '常住人口城镇化率从52%提高到60%，城镇人口增加18万人。'));
    expect(actuals).toEqual(['常住人口城镇化率 52% 2015', '常住人口城镇化率 60% 2020', '城镇人口 18万人 2020']);
  });

  it('a dated start, a one-year plan’s review and a three-year plan’s groundwork keep their years', () => {
    expect(read(text('某市“十四五”新型城镇化规划', '一、发展基础', '常住人口城镇化率从2018年的55%提高到60%。')).actuals).toEqual([
      '常住人口城镇化率 55% 2018',
      '常住人口城镇化率 60% 2020',
    ]);
    expect(read(text('某县2021年国民经济和社会发展计划', '一、2020年工作回顾', '常住人口城镇化率从59%提高到60%。')).actuals).toEqual([
      '常住人口城镇化率 59% 2020',
      '常住人口城镇化率 60% 2020',
    ]);
    expect(read(text('某市城镇化三年行动计划（2025—2027年）', '一、发展基础', '常住人口城镇化率从59%提高到60%。')).actuals).toEqual([
      '常住人口城镇化率 59% 2024',
      '常住人口城镇化率 60% 2024',
    ]);
  });
});
