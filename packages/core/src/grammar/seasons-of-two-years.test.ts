/**
 * A season or working year named by the two years it spans (2023/2024榨季, 2023—2024年雪季, 2023-24年度): its figures are of
 * the year it ends (corpus Decisions 30, 33) — results once that year is not after the text's, targets while it is still
 * ahead or set as a deadline (到2027—2028年雪季). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

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
});
