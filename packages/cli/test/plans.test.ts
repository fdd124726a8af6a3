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
