/**
 * News of a year's results that names a plan it carried out in book-title marks (制定实施《…行动方案》), money it got
 * (争取到…资金), and a first place held (均居全市首位) reports results throughout: none of those aims (invented texts).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''}`)].sort();
};

const head = '某县发展后劲持续增强\n\n本报讯(通讯员 某某) 2027年，某县聚焦项目建设，全县经济社会发展的趋势更加明显。\n\n';
const plan = '制定实施《某县2027年重点项目推进方案》，全年在建项目64个，完成投资21.5亿元。';
const got = '争取到上级各类资金约2.6亿元。';
const rank = '建成停车位420个，交通领域争取项目数均居全市首位。\n';

describe('news of results that names a plan, money got and a first place', () => {
  it('reads its figures as results', () => {
    const all = roles(head + plan + got + rank);
    // 在建项目64个 only heads the investment it completed: scope, no entry (corpus Decisions 25, 33, c509, c716).
    for (const a of ['A 21.5亿元', 'A 2.6亿元', 'A 420个']) expect(all).toContain(a);
    expect(all).not.toContain('A 64个');
    expect(all.filter((r) => r.startsWith('T '))).toEqual([]);
  });
});

describe('must not fire', () => {
  it('keeps a sentence that aims (力争…) a target', () => {
    expect(roles(head + plan + got + rank + '明年，某县力争完成投资30亿元。\n')).toContain('T 30亿元');
  });

  it('keeps 争取到 before a deadline year an aim', () => {
    expect(roles(head + plan + '争取到2028年建成停车位600个。' + rank)).toContain('T 600个');
  });

  it('needs evidence of results: without the first place the figures keep their default', () => {
    expect(roles(head + plan + got + '建成停车位420个。\n')).toContain('T 420个');
  });

  it('does not take a first place aimed at (力争…居全市首位) as evidence', () => {
    expect(roles(head + plan + got + '建成停车位420个，力争项目数居全市首位。\n')).toContain('T 420个');
  });
});
