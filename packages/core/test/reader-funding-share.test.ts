import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

/**
 * A funding breakdown (需自筹, 需配套 after the total or another source in its sentence) describes a project's money, no
 * need the year aims at (grammar/tense.ts `fundingShare`); a need standing alone stays a target. Invented sentences.
 */
const values = (text: string) => extractPlan(text).targets.map((t) => `${t.value}${t.unit}`);

describe('funding breakdowns are no needs', () => {
  it('总投资…, 拟申请中央补助…, 地方需自筹…: the share is no target', () => {
    expect(values('2025年，市交通局批复项目4个，总投资8.2亿元，拟申请中央补助1.6亿元，地方需自筹资金6.6亿元。')).not.toContain('6.6亿元');
  });
  it('总投资…, 上级补助…, 需配套…: the share is no target', () => {
    expect(values('2025年新建农村公路项目总投资3亿元，上级补助2亿元，县级需配套资金1亿元。')).not.toContain('1亿元');
  });
  it('must not fire: a need stated alone (需自筹 with no total nor other source before it)', () => {
    expect(values('2025年，全县需自筹资金5亿元，确保重点项目按期开工。')).toContain('5亿元');
  });
  it('must not fire: a need of something other than money after a total', () => {
    expect(values('2025年，项目总投资10亿元，需新增建设用地200亩。')).toContain('200亩');
  });
});
