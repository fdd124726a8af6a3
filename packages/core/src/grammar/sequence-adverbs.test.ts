/**
 * Adverbs of sequence and success before a verb of work (先后, 陆续, 相继, 成功): cue words, the verb after them still
 * counts the figure. Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.metric} ${s.kind} ${s.value}${s.unit}`);

describe('the verb after the adverb counts the figure', () => {
  it.each([
    ['去年，全区成功招引8家链主企业。', ['actual 链主企业 count 8家']],
    ['去年，全区先后招引12家企业落户。', ['actual 企业落户 count 12家']],
    ['今年，全县陆续建成4座污水处理厂。', ['target 污水处理厂 count 4座']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // 成功率 is a noun 成功 opens
    ['去年，全区项目审批成功率达到97%。', ['actual 项目审批成功率 share 97%']],
    ['去年，全区招商成功率为60%。', ['actual 招商成功率 share 60%']],
    // a noun after the adverb still makes the count a qualifier
    ['去年，全区先后服务6个方面。', []],
    // the adverb alone with a measure keeps the measure's reading
    ['去年，全区地区生产总值先后突破100亿元。', ['actual 地区生产总值 level 100亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
