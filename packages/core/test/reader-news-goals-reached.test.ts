/**
 * News of a year's results that names a goal reached by its quoted slogan (实现“两个百万千瓦级”建设目标), or a plan
 * drafted and in force (编制实施…发展规划): neither plans anything, so the text is of results only, of its latest year.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { readYear } from '../src/reader/document-info.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return { targets: plan.targets.length, actuals: plan.actuals.length, year: plan.year };
};

const RESULTS_NEWS = [
  '2月3日，记者从某某州发展改革委获悉，2023年，某某州风电装机规模达到620万千瓦，并网410万千瓦，实现“两个百万千瓦级”建设目标。',
  '某某州编制实施“十四五”风电和光伏产业发展规划，为新能源规模化发展提供政策支撑。2023年，全州新能源完成投资58亿元，同比增长12.4%。',
].join('\n');

describe('a goal reached, named by its quoted slogan', () => {
  it('reads a results-only news text as of its latest year, its figures as results', () => {
    expect(readYear('', RESULTS_NEWS).year).toBe(2023);
    const read = roles(RESULTS_NEWS);
    expect(read.year).toBe(2023);
    expect(read.targets).toBe(0);
    expect(read.actuals).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['力争实现“两个百万千瓦级”建设目标。2023年，全州风电装机达到620万千瓦。'],
    ['确保实现“三个一百”发展目标，2023年全州新增风电装机100万千瓦。'],
    ['要实现“两个百万千瓦级”目标，2023年，全州风电装机达到620万千瓦。'],
  ])('keeps a goal still aimed at as a plan: %s', (text) => {
    expect(roles(text).targets).toBeGreaterThan(0);
  });
});

describe('a plan drafted and in force (编制实施…规划)', () => {
  it.each([
    ['全县加快编制完成光伏发展规划，新增光伏装机20万千瓦。'],
    ['全县将编制实施光伏发展规划，新增光伏装机20万千瓦。'],
    ['全县抓紧编制完成光伏产业方案，新增光伏装机20万千瓦。'],
    ['启动编制实施方案，2024年全县新增光伏装机20万千瓦。'],
    ['2024年，全县编制实施光伏发展规划，新增光伏装机20万千瓦，力争年底达到50万千瓦。'],
  ])('leaves a plan still to draft, or a text that aims, planning: %s', (text) => {
    expect(roles(text).targets).toBeGreaterThan(0);
  });
});

describe('the year’s goal said met (项目完成年度目标)', () => {
  it('reads a results-only news text as of the year it writes', () => {
    const text = '某县深入实施稻米提升行动，总投资2.1亿元的12个灌区项目完成年度目标。2024年，全县粮食产量达到45万吨，增长3.2%。';
    const read = roles(text);
    expect(read.year).toBe(2024);
    expect(read.targets).toBe(0);
    expect(read.actuals).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['某县确保完成年度目标任务。2024年，全县粮食产量达到45万吨，增长3.2%。'],
    ['某县力争全面完成全年目标任务，2024年全县粮食产量达到45万吨。'],
    ['全县将完成年度目标任务，粮食产量达到45万吨。'],
    ['推动各项目完成年度目标，全县粮食产量达到45万吨。'],
  ])('keeps the goal still to meet a plan: %s', (text) => {
    expect(roles(text).targets).toBeGreaterThan(0);
  });
});
