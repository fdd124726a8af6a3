/**
 * A deputy head from above who attends a county's event (市委常委、副市长某某出席) names no issuer; a deputy who speaks
 * (副州长某某介绍, 副市长某某致辞) is the region's own official and keeps the vote. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return { region: plan.region, level: plan.level };
};

describe('a deputy head who attends', () => {
  it('leaves the county whose head presides over its own event', () => {
    const text = [
      '3日，望奎县举行重点项目集中开工现场会。绥化市委常委、副市长王明出席现场会，并宣布项目开工。',
      '县委副书记、县长李强主持现场会。今年全县计划推进重点项目30个，年度计划投资25亿元。',
      '会后，绥化市委常委、副市长王明到项目建设现场调研。',
    ].join('\n');
    expect(read(text)).toEqual({ region: '望奎县', level: 'district' });
  });

  it('also when the deputy visits the sites afterwards', () => {
    const text = [
      '望奎县重点项目开工，绥化市副市长王明出席。会后，绥化市副市长王明到项目建设现场调研。',
      '县长李强表示，今年全县计划推进重点项目30个，年度计划投资25亿元。',
    ].join('\n');
    expect(read(text).level).toBe('district');
  });
});

describe('heads the rule leaves alone', () => {
  it('keeps a deputy who chairs the meeting, and makes up no region from the title (no 副市)', () => {
    expect(read('副市长张三主持会议并作部署。\n会议要求，全年地区生产总值增长6%，固定资产投资增长8%。')).toEqual({ region: '', level: 'city' });
  });

  it('keeps a deputy who speaks for the region', () => {
    const text = '绥化市委常委、常务副市长王明介绍，今年绥化市计划推进重点项目300个，年度计划投资250亿元。绥化市加快发展。';
    expect(read(text)).toEqual({ region: '绥化市', level: 'city' });
  });

  it('keeps a deputy who gives the address at the city’s own event', () => {
    const text = '今天，绥化市重点项目集中开工。市委常委、副市长马新致辞。今年全市计划推进重点项目300个，绥化市年度计划投资250亿元。';
    expect(read(text).level).toBe('city');
  });

  it('keeps a head (not a deputy) who attends', () => {
    const text = '望奎县重点项目开工，县长李强出席。今年计划推进重点项目30个，年度计划投资25亿元。望奎县加快发展。';
    expect(read(text)).toEqual({ region: '望奎县', level: 'district' });
  });
});
