/**
 * The illustrative 六安市 2023 progress sheet shows what its data file promises: the counties'
 * 新增规上工业企业 targets fall 10 户 short of the city's 150 (allocation-shortfall), and, as of
 * 2023-09-30, the lagging counties are marked behind schedule — nothing else is an error.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '@mubiao/cli';
import { readAny } from '@mubiao/xlsx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sheetPath = 'seeds/sheets/luan-2023-progress.xlsx';

async function checkJson(argv: string[]) {
  let stdout = '';
  const code = await runCli([...argv, '--json'], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: root, isTTY: false });
  return { code, json: JSON.parse(stdout) as { findings: { code: string; severity: string; cell: string; expected: string; actual: string }[] } };
}

describe('seeds/sheets/luan-2023-progress.xlsx', () => {
  it('says on the sheet that its numbers are illustrative, not official', () => {
    const grid = readAny(new Uint8Array(readFileSync(join(root, sheetPath))), sheetPath).sheets[0]!;
    expect(grid.cells[0]![0]!.text).toContain('示例数据');
    expect(grid.cells[1]![0]!.text).toContain('ILLUSTRATIVE');
    expect(grid.cells[1]![0]!.text).toContain('并非官方统计');
  });

  it('shows the allocation shortfall and the counties behind schedule, and no other error', async () => {
    const { code, json } = await checkJson(['check', sheetPath, '--plan', 'luan-2023', '--as-of', '2023-09-30']);
    expect(code).toBe(1);
    const errors = json.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell} ${f.expected} / ${f.actual}`);
    expect(errors).toEqual(['allocation-shortfall F13 150户 / 140户']);
    const behind = json.findings.filter((f) => f.code === 'behind-schedule').map((f) => f.cell);
    // 裕安区 (row 6) and 舒城县 (row 9) lag on growth and new enterprises; 裕安区 and 金寨县 (row 10)
    // on 技改 projects; the city as a whole (row 13) on new enterprises.
    expect(behind).toEqual(['C6', 'G6', 'I6', 'C9', 'G9', 'I10', 'G13']);
  });
});
