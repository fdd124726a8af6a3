import { describe, expect, it } from 'vitest';
import { isPlanAbove, planRole, regionRelation } from './region-fit.ts';

const city = { region: '六安市', level: 'city' as const };
const plans = [
  { region: '金安区', level: 'district' as const, parentRegion: '六安市' },
  { region: '六安市', level: 'city' as const, parentRegion: '安徽省' },
  { region: '宿州市', level: 'city' as const, parentRegion: '安徽省' },
  { region: '安徽省', level: 'province' as const },
];

describe('one decision of how a plan stands to a sheet (region-fit)', () => {
  it('relates regions by the gazetteer, else by what the plans say of their parents', () => {
    expect(['金安区', '六安市', '宿州市', '安徽省'].map((sheet) => regionRelation(sheet, city, plans))).toEqual(['upper', 'same', 'other', 'lower']);
    expect(regionRelation('桃源区', city, plans)).toBe('unknown'); // a district nobody places
    expect(regionRelation('桃源区', city, [...plans, { region: '桃源区', level: 'district', parentRegion: '六安市' }])).toBe('upper');
    expect(regionRelation(undefined, city, plans)).toBe('unknown');
    // The nation's plan is above every region; a sheet of the nation is its own.
    const nation = { region: '全国', level: 'national' as const };
    expect(['金安区', '六安市', '安徽省', '某某县'].map((sheet) => regionRelation(sheet, nation, plans))).toEqual(['upper', 'upper', 'upper', 'upper']);
    expect(regionRelation('全国', nation, plans)).toBe('same');
  });

  it("gives an applied plan its role: above the sheet, or the sheet's own; unknown places by the sheet's level", () => {
    const never = () => {
      throw new Error('the level is only read for an unknown relation');
    };
    expect(planRole('upper', city, never)).toBe('upper');
    expect(planRole('same', city, never)).toBe('same');
    expect(planRole('previous-year', city, never)).toBe('same');
    expect(planRole('unknown', city, () => 'district')).toBe('upper'); // 区经信局 leads, the plan is a city's
    expect(planRole('unknown', city, () => 'city')).toBe('same');
    expect(planRole('unknown', city, () => undefined)).toBe('same');
  });

  it("tells a plan above another (validatePlan's upper plans) and keeps other branches out", () => {
    const jinan = plans[0]!;
    expect(isPlanAbove(jinan, city, plans)).toBe(true);
    expect(isPlanAbove(jinan, plans[3]!, plans)).toBe(true);
    expect(isPlanAbove(jinan, plans[2]!, plans)).toBe(false); // 宿州市: another branch
    expect(isPlanAbove(city, jinan, plans)).toBe(false);
    // Nothing known of the lower plan's parents: a level above is trusted.
    expect(isPlanAbove({ region: '桃源区', level: 'district' }, plans[2]!, [])).toBe(true);
  });
});
