/**
 * Numbers that name a session or count tiers, no quantity of their unit: a session of a 届 or of the body it elects
 * (区三届人大六次, the line breaking before 会议), and tiers of money counted after N个 (跨越3个十亿级台阶). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { scanTokens } from './scan.ts';

const amounts = (text: string) => scanTokens(text).quantities.map((q) => `${q.value}${q.unit ?? ''}`);

describe('a session of a 届 or of the body it elects', () => {
  it.each([['区四届人大五次\n会议文件'], ['十五届全国人大二次\n会议'], ['县九届政协三次会议召开'], ['市二届人大常委会七次会议']])('%s', (text) => {
    expect(amounts(text).filter((a) => a.endsWith('次'))).toEqual([]);
  });

  // Must not fire: times counted after a noun of work, or with no 届 before them.
  it.each([
    ['全年举办人大代表培训8次。', '8次'],
    ['组织政协委员视察5次。', '5次'],
  ])('%s', (text, want) => {
    expect(amounts(text)).toContain(want);
  });
});

describe('tiers of money counted after N个', () => {
  it.each([['五年间跨越4个十亿级台阶。'], ['连跨两个百亿台阶。'], ['先后跨越3个十亿元台阶。']])('%s', (text) => {
    expect(amounts(text).filter((a) => a.endsWith('亿元'))).toEqual([]);
  });

  // Must not fire: a tier reached (no count before it), and the count of things a tier grades.
  it.each([
    ['经济总量迈上十亿级台阶。', '10亿元'],
    ['地区生产总值迈上50亿元台阶。', '50亿元'],
    ['培育3个百亿级产业集群。', '3个'],
  ])('%s', (text, want) => {
    expect(amounts(text)).toEqual([want]);
  });
});
