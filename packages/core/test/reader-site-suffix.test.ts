/**
 * A page title's site name glued by a dash, underscore or bar to the headline's closing figure
 * (`…投资不低于95亿-某某娱乐网首页`) goes in cleaning, so the figure is read with its own measure; its span stays on the
 * original characters.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';

const firstLine = (text: string) => cleanText(text).text.split('\n')[0];

describe('a site name after a headline’s closing figure', () => {
  it('goes, and the figure is read as the headline’s target, on its original characters', () => {
    const text = '某区:明年新开工项目80个,投资不低于95亿-某某娱乐k8网首页\n\n来源:某台 2023-12-28\n会议透露,2024年全区将扩大有效投资。';
    const plan = extractPlan(text);
    const target = plan.targets.find((t) => t.value === 95);
    expect(target).toMatchObject({ comparator: '>=', unit: '亿元' });
    expect(text.slice(target!.span[0], target!.span[1])).toContain('95亿');
  });

  it.each([
    ['某市地区生产总值增长5.5%_某某新闻网', '某市地区生产总值增长5.5%'],
    ['某县新增就业1.2万人 | 某县融媒体中心', '某县新增就业1.2万人'],
  ])('cleans %s', (text, cleaned) => {
    expect(firstLine(text)).toBe(cleaned);
  });
});

describe('headlines the rule leaves alone', () => {
  it.each([
    // the tail states a figure of its own
    '某市GDP增长5%-2024年经济运行分析',
    // a subtitle after a double dash
    '某市GDP增长5%左右——某某新闻评论',
    // the separator follows words, not a figure
    '某州经济社会发展态势向好-某某网',
    // punctuation in the tail: a subtitle, not a site's name
    '某省新增项目30个|某市:加快建设现代化强市',
  ])('%s', (text) => {
    expect(firstLine(text)).toBe(text.replace(/[:]/g, '：'));
  });

  it('leaves a second line alone', () => {
    expect(cleanText('导语\n投资不低于95亿-某某网').text).toContain('-某某网');
  });
});
