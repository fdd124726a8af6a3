import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, run, SEED_000, tempDir } from './extract-fixtures.ts';

const LAMPS = '2024年工作要点\n一、城市建设\n力争全年安装太阳能路灯2万盏，新增企业20家以上。\n';

describe('mubiao extract: the figures read as no target or result', () => {
  it('lists them after the targets, with the line and the figure marked in its sentence', async () => {
    const dir = await tempDir();
    const file = join(dir, 'lamps.txt');
    await writeFile(file, LAMPS);
    const r = await run(REPO, 'extract', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 figure not read as a target or result:\n  line    3  力争全年安装太阳能路灯【2万盏】，新增企业20家以上。');
  });

  it('adds unreadFigures to the JSON, each span over the figure in the file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'lamps.txt');
    await writeFile(file, LAMPS);
    const r = await run(REPO, 'extract', file, '--json');
    const plan = JSON.parse(r.stdout) as {
      targets: unknown[];
      unreadFigures: { span: [number, number]; text: string; sentence: { span: [number, number]; text: string } }[];
    };
    expect(plan.targets).toHaveLength(1);
    expect(plan.unreadFigures).toHaveLength(1);
    const [figure] = plan.unreadFigures;
    expect(LAMPS.slice(...figure!.span)).toBe('2万盏');
    expect(LAMPS.slice(...figure!.sentence.span)).toBe(figure!.sentence.text);
  });

  it('says nothing of a seed plan figure that is a target', async () => {
    const r = await run(REPO, 'extract', SEED_000, '--json');
    const plan = JSON.parse(r.stdout) as { targets: { span: [number, number] }[]; unreadFigures: { span: [number, number] }[] };
    const original = readFileSync(join(REPO, SEED_000), 'utf8');
    for (const f of plan.unreadFigures) for (const t of plan.targets) expect(f.span[0] >= t.span[1] || f.span[1] <= t.span[0]).toBe(true);
    expect(plan.unreadFigures.map((f) => original.slice(...f.span))).toContain('150万吨');
  });

  it('check counts them in a note where it reads a plan text (--plan PLAN.txt)', async () => {
    const r = await run(REPO, 'check', 'seeds/sheets/jinan-2023-tasks.xlsx', '--plan', SEED_000);
    expect(r.stderr).toContain(`note: --plan ${SEED_000}: 5 figures not read as a target or result (mubiao extract ${SEED_000} lists them)`);
  });
});
