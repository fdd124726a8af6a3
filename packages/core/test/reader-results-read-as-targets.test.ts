/**
 * Results read as targets (round 16): texts that report a year but hold a word that plans somewhere — a reposting
 * site's takedown notice (我们将在第一时间删除), … — or sentences that report their own result. Invented texts in those shapes.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.year}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`)];
};

describe('a reposting site takedown notice', () => {
  const note = '某省统计局消息，2030年年末全省常住人口5210万人，比上年末减少12万人。全年出生人口31万人。';

  it('its 将 plans nothing: the note stays a text of results', () => {
    const text = `${note}\n\n本站文章均转载自网络，版权归原作者所有，如有问题请与本站联系，我们将在第一时间删除！\n`;
    expect(roles(text).every((r) => r.startsWith('A '))).toBe(true);
    expect(roles(text)).toContain('A 5210万人 2030');
  });

  it('a notice written with 如有侵权 alone goes too', () => {
    const text = `${note}\n免责声明：本文仅供参考，如有侵权请联系删除。\n`;
    expect(roles(text).every((r) => r.startsWith('A '))).toBe(true);
  });

  it('a line of prose that says 将 is kept (must not fire)', () => {
    const text = '某市2030年工作安排\n全市将在年内完成造林5万亩。\n';
    expect(roles(text)).toEqual(['T 5万亩 2030']);
  });
});
