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
  it.each([
    ['2024/2025榨季，全市糖料蔗入榨量共计120万吨，较上一榨季增加8万吨。', ['actual 120万吨 2025', 'actual 8万吨 2025']],
    ['2024—2025年雪季，全市接待滑雪游客260万人次。', ['actual 260万人次 2025']],
    ['2024-25年度，全县甘蔗种植面积稳定在30万亩。', ['actual 30万亩 2025']],
  ])('%s', (text, want) => {
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
