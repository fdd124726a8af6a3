/**
 * A programme counted with its progress (N个…项目已开工M个): the first count is the programme, a target of the year
 * reported; the second what is done, a result — whatever the passage's tense. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const roles = (text: string, defaultRole: 'target' | 'actual' = 'actual') =>
  readStatements(text, { year: 2024, defaultYear: 2024, defaultRole }).map(
    (s) => `${s.role} ${s.value}${s.unit ?? ''}${s.role === 'target' ? ` ${s.year ?? ''}` : ''}`,
  );

describe('a programme counted with its progress', () => {
  it.each([
    ['截至5月底，全县28个县级重点项目已开工19个，开工率67.9%。', ['target 28个 2024', 'actual 19个', 'actual 67.9%']],
    ['其中，城区污水管网改造等12个市级重大项目开工9个。', ['target 12个 2024', 'actual 9个']],
    ['45项民生工程项目已竣工30项。', ['target 45项 2024', 'actual 30项']],
    ['今年以来，全区40个新开工批次项目已开工建设26个。', ['target 40个 2024', 'actual 26个']],
  ])('%s (a review)', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it('reads a headline with no cue the same way (the second count is no target; the reader dates the first)', () => {
    expect(roles('86个省级重点项目开复工71个', 'target')).toEqual(['target 86个 ', 'actual 71个']);
  });
});

describe('a programme’s projects named before their count, its progress in the next clause', () => {
  it.each([
    ['1-5月，续建项目40个，复工38个，完成投资21.5亿元。', ['target 40个 2024', 'actual 38个', 'actual 21.5亿元']],
    ['其中新开工项目16项，已开工9项，开工率56.3%。', ['target 16项 2024', 'actual 9项', 'actual 56.3%']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it.each([
    // A different unit in the next clause: no progress of the same things. The class count only heads the investment it
    // completed, so it is that sum's scope, no entry (corpus Decisions 25, 33, c509, c716; statements.ts projectsOfInvestedSum).
    ['续建项目40个，完成投资21.5亿元。', ['actual 21.5亿元']],
    // Things other than projects before the count.
    ['新建企业40家，投产38家。', ['actual 40家', 'actual 38家']],
    // No verb of progress opening the next clause.
    ['续建项目40个，其中工业项目25个。', ['actual 40个', 'actual 25个']],
  ])('must not fire: %s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('must not fire', () => {
  it.each([
    // A count a plan already singled out with 的: both are what was planned and done, results of the months.
    ['计划上半年开工的36个项目已开工31个。', ['actual 36个', 'actual 31个']],
    // Things other than projects.
    ['全县8个园区已建成5个。', ['actual 8个', 'actual 5个']],
    // A different unit after the verb: a count of something else.
    ['18个项目已开工，完成投资12亿元。', ['actual 18个', 'actual 12亿元']],
    // A clause break before the second count.
    ['全市32个重点项目已开工，其中工业项目20个。', ['actual 32个', 'actual 20个']],
    // One count only: what was started.
    ['一季度全区新开工项目15个，完成投资8.2亿元。', ['actual 15个', 'actual 8.2亿元']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it('leaves a plan of projects to start a target (no count of progress after it)', () => {
    expect(roles('今年计划新开工重点项目50个。', 'target').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['target 50个']);
  });
});

describe('a count with 已 and a verb of completion right after it is of things done', () => {
  it.each([
    ['今年计划开工项目中，有36个已开工，开工率72%。', ['actual 36个', 'actual 72%']],
    ['全年计划竣工项目中，18个项目已竣工。', ['actual 18个']],
    ['本年度计划投产项目中，已有9个项目已投产。', ['actual 9个']],
  ])('%s (a plan passage)', (text, want) => {
    expect(roles(text, 'target')).toEqual(want);
  });

  it.each([
    // An aim in the clause before the count: still aimed at.
    ['力争年内30个项目已开工。'],
    ['确保6月底前20个项目已开工建设。'],
    ['到2025年，全县50个项目已建成投产。'],
    // No 已 right after the count: a plan's count.
    ['今年计划开工项目36个，计划竣工项目18个。'],
    // 已 after another word, not the count (已 before a later verb of the clause).
    ['计划新建标准厂房10万平方米，一期已开工。'],
  ])('must not fire: %s', (text) => {
    expect(roles(text, 'target').every((e) => e.startsWith('target'))).toBe(true);
  });
});

describe('a year’s programme listed by the stages of its projects', () => {
  it.each([
    ['城建方面：2024年区级续建项目12个，新建项目8个，储备项目15个。', ['target 12个 2024', 'target 8个 2024', 'target 15个 2024']],
    ['2024年全县共有在建项目30个、前期项目11个。', ['target 30个 2024', 'target 11个 2024']],
  ])('%s (in a progress cell)', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it.each([
    // Progress reported in the sentence: results.
    ['截至8月底，开工建设重大项目11个，其中新建项目7个，续建项目4个。', ['actual 11个', 'actual 7个', 'actual 4个']],
    ['2024年1-6月，续建项目12个，新建项目8个。', ['actual 12个', 'actual 8个']],
    // One stage only: no programme listed.
    ['2023年新建项目8个，完工后新增产能20万吨。', ['actual 8个', 'actual 20万吨']],
    // No year before the stages.
    ['全区续建项目12个，新建项目8个。', ['actual 12个', 'actual 8个']],
    // 续建项目12个 only heads the investment it completed: scope (corpus Decisions 25, 33); 新建项目8个 stands alone.
    ['2023年续建项目12个，已完成投资5亿元；新建项目8个。', ['actual 5亿元', 'actual 8个']],
  ])('must not fire: %s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('a programme and how many among it are done (93个新开项目中91个项目已开工建设)', () => {
  it.each([
    ['其中26个新建项目中24个项目已开工建设。', ['target 26个 2024', 'actual 24个']],
    ['18个前期项目中有11个完成备案，其余正在办理。', ['target 18个 2024', 'actual 11个']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it.each([
    // Places, not projects: the group a count is taken from, no figure of its own.
    ['全市9个县中有8个实现两位数增长。', ['actual 8个']],
    // Projects singled out by 的: the group of a result.
    ['已开工建设的60个重大项目中，45个完成年度投资计划的一半以上。', ['actual 45个']],
    // No verb of progress after the count among them.
    ['26个新建项目中，工业项目18个。', ['actual 18个']],
  ])('must not fire: %s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});
