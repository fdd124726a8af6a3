/**
 * A season or working year named by the two years it spans (2023/2024榨季, 2023—2024年雪季, 2023-24年度, 2024—2025赛季,
 * 2025—2026年种植季, 2024年至2025年度: words.ts SEASON_OF_TWO_YEARS): its figures are of
 * the year it ends (corpus Decisions 30, 33) — results once that year is not after the text's, targets while it is still
 * ahead or set as a deadline (到2027—2028年雪季). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';
import { SEASON_OF_TWO_YEARS, seasonEnd } from './words.ts';

/** The end year of every season the pattern finds in a text. */
const seasonEnds = (text: string) => [...text.matchAll(SEASON_OF_TWO_YEARS)].map((m) => seasonEnd(m[1]!, m[2]!));

const read = (text: string, year = 2025) =>
  readStatements(text, { year }).map((s) =>
    s.role === 'actual' ? `actual ${s.value}${s.unit} ${s.period?.year ?? ''}` : `target ${s.comparator} ${s.value}${s.unit} ${s.year ?? ''}`,
  );

describe('a season of two years: dated by the year it ends', () => {
  it.each([['2024/2025榨季，全市糖料蔗入榨量共计120万吨，较上一榨季增加8万吨。', ['actual 120万吨 2025', 'actual 8万吨 2025']]])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
  // A season that ended before the text's year is closed, whatever the passage plans.
  it.each([
    ['2024—2025年雪季，全市接待滑雪游客260万人次。', ['actual 260万人次 2025']],
    ['2024-25年度，全县甘蔗种植面积稳定在30万亩。', ['actual 30万亩 2025']],
  ])('closed before the text’s year: %s', (text, want) => {
    expect(read(text, 2026)).toEqual(want);
  });
  // Must not fire (review25a, finding 4): a season ending in the text's year may be under way — its year only, the tense
  // left to the sentence; the plan words after it count; 年度 after a verb of work names a campaign.
  it.each([
    ['2024/2025榨季，全县计划入榨糖料蔗130万吨，目前已入榨60万吨。', ['target = 130万吨 2025', 'actual 60万吨 2025']],
    ['2024—2025雪季，全市计划接待滑雪游客300万人次。', ['target = 300万人次 2025']],
    ['2024—2025学年第二学期，全市新增公办学位6000个。', ['target = 6000个 2025']],
    ['2024—2025年度冬春农田水利建设，全市新修塘坝200座。', ['target = 200座 2025']],
    ['做好2024—2025年度冬春季森林防火工作，全年森林火灾受害率控制在0.9‰以内。', ['target <= 0.9‰ 2025']],
    ['2023—2024雪季，全市接待滑雪游客260万人次。2024—2025雪季，全市计划接待滑雪游客300万人次。', ['actual 260万人次 2024', 'target = 300万人次 2025']],
  ])('must not fire as a closed season: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['到2026—2027年雪季，全市接待滑雪游客突破400万人次。', ['target > 400万人次 2027']],
    ['2025/2026榨季，力争全市糖料蔗入榨量达到130万吨。', ['target >= 130万吨 2026']],
    ['2025/2026榨季，全市糖料蔗种植面积60万亩。', ['target = 60万亩 2026']],
  ])('must not fire as a closed season: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  // Round 26: a sports season (赛季), a planting season (种植季) and a working year with 年 after both years (2024年至2025年度).
  it.each([
    ['2024—2025赛季，全市冰雪场馆接待游客120万人次。', 2026, ['actual 120万人次 2025']],
    ['2025-26赛季，力争全市青少年冰雪运动参与人数达到10万人。', 2025, ['target >= 10万人 2026']],
    ['2025—2026年种植季，全县计划种植烤烟3万亩。', 2025, ['target = 3万亩 2026']],
    ['2024年至2025年度，全县甘蔗种植面积稳定在30万亩。', 2026, ['actual 30万亩 2025']],
    ['确保2023至2024年度完成2万亩甘蔗新植面积。', 2023, ['target = 2万亩 2024']],
  ])('a season of the new words: %s', (text, year, want) => {
    expect(read(text, year)).toEqual(want);
  });
  // Must not fire: years not consecutive, 赛季 or 种植 with no two years before, a span of years with no season word.
  it.each([
    ['2024—2026赛季，全市冰雪场馆接待游客120万人次。', [null]],
    ['本赛季，全市冰雪场馆接待游客120万人次。', []],
    ['2024—2025年种植结构调整中，全县新增大豆面积3万亩。', []],
    ['2024年至2025年，全县新建农村公路300公里。', []],
    ['2021年至2025年度，全县累计新建农村公路300公里。', [null]],
  ])('no season: %s', (text, want) => {
    expect(seasonEnds(text)).toEqual(want);
  });
  it('must not fire: a span not consecutive reads as a plain sentence, no season’s year', () => {
    expect(read('2024—2026赛季，全市冰雪场馆接待游客120万人次。', 2026)).toEqual(read('本赛季，全市冰雪场馆接待游客120万人次。', 2026));
  });
  it('finds the new words', () => {
    expect(seasonEnds('2023/24赛季；2025—2026年种植季；2023年至2024年度；2023—2024年度')).toEqual([2024, 2026, 2024, 2024]);
  });
});
