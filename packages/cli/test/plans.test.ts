import { describe, expect, it } from 'vitest';
import { seededPlans } from '@mubiao/seeds';
import { REPO, run } from './extract-fixtures.ts';

describe('mubiao plans', () => {
  it('lists the six seeded plans with region, year and counts', async () => {
    const r = await run(REPO, 'plans');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^[a-z]+-\d{4}\s/.test(l));
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(['luan-2023', 'suzhou-2023', 'anhui-2024', 'luan-2019', 'jinan-2024', 'jinan-2023']);
    for (const plan of seededPlans) {
      const row = rows.find((l) => l.startsWith(`${plan.name} `))!;
      expect(row).toContain(plan.region);
      expect(row).toMatch(new RegExp(`${plan.year}\\s+${plan.targets.length}\\s+${plan.actuals.length}\\s+${plan.tasks.length}\\s`));
    }
    expect(rows.at(-1)).toMatch(/\(table\)$/);
  });

  it('prints JSON with --json', async () => {
    const r = await run(REPO, 'plans', '--json');
    const list = JSON.parse(r.stdout) as { name: string; targets: number; parentRegion?: string }[];
    expect(list).toHaveLength(6);
    expect(list.find((p) => p.name === 'jinan-2023')).toMatchObject({ parentRegion: '六安市', targets: seededPlans[5]!.targets.length });
  });

  it('rejects stray arguments with one line, exit 2', async () => {
    const r = await run(REPO, 'plans', 'extra');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('mubiao plans: unexpected argument "extra"\n');
  });
});

describe('@mubiao/seeds lookups', async () => {
  const { seededPlan, seededPlansFor, seedManifest } = await import('@mubiao/seeds');
  it('finds a plan by name, and by region and year', () => {
    expect(seededPlan('luan-2023')).toMatchObject({ region: '六安市', year: 2023, level: 'city', parentRegion: '安徽省' });
    expect(seededPlan('nope')).toBeUndefined();
    expect(seededPlansFor('金安区').map((p) => p.name)).toEqual(['jinan-2024', 'jinan-2023']);
    expect(seededPlansFor('六安', 2019).map((p) => p.name)).toEqual(['luan-2019']);
    expect(seededPlansFor('安徽省', 2024)[0]!.actuals.length).toBeGreaterThan(40);
  });
  it('keeps the manifest and the plans in step', () => {
    expect(seedManifest.map((m) => m.name)).toEqual(seededPlans.map((p) => p.name));
    for (const m of seedManifest) {
      const plan = seededPlan(m.name)!;
      expect(plan.source.file).toBe(`seeds/${m.file}`);
      expect(plan.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(plan.year).toBe(m.year);
    }
  });
});
