/**
 * The README's first example, run exactly as written there (in-process), on a fresh checkout's
 * committed files: 金安区's 2023 task table against 六安市's 2023 plan must report the 技改投资
 * shortfall (15% vs 20%以上) on its cell and no other error; --annotate must write a copy that
 * changes only the parts it has to.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@mubiao/cli';
import { SEVERITY_FILL, openZip, readAny, readEntry, type ZipArchive } from '@mubiao/xlsx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The first `pnpm mubiao check …` command in the README's "Checking a sheet" section. */
function readmeCommand(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Checking a sheet'));
  const line = /^(?:pnpm|npx -y pnpm@[\d.]+) mubiao (check [^\n]+)$/m.exec(section);
  if (!line) throw new Error('README.md: no "pnpm mubiao check" command under "## Checking a sheet"');
  return line[1]!.trim().split(/\s+/);
}

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, isTTY: false });
  return { code, stdout, stderr };
}

interface JsonFinding {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  expected: string;
  actual: string;
  message: string;
  target?: { plan: string; quote: string };
}

describe('README first example', () => {
  const argv = readmeCommand();

  it('is the documented command', () => {
    expect(argv).toEqual(['check', 'seeds/sheets/jinan-2023-tasks.xlsx', '--plan', 'luan-2023']);
  });

  it('reports the 技改投资 shortfall on its cell in the terminal report, and exits 1', async () => {
    const r = await run(argv);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/D3\s+错误\s+shortfall\s+计划要求 20%以上\s+表中填报 15%以上/);
    expect(r.stdout).toContain('技改投资');
    expect(r.stdout).toContain('计划：六安市 2023 年计划，已采用（六安市是金安区的上级地区，年份同为 2023 年）');
    expect(r.stdout).not.toContain('luan-2023'); // plans are named as people name them
  });

  it('finds no false errors: the shortfall is the only error', async () => {
    const r = await run([...argv, '--json']);
    const json = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    const errors = json.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.code} ${f.cell} ${f.expected} / ${f.actual}`)).toEqual(['shortfall D3 20%以上 / 15%以上']);
    const shortfall = errors[0]!;
    expect(shortfall.sheet).toBe('重点任务分解表');
    expect(shortfall.message).toMatch(/技改投资/);
    expect(shortfall.target?.plan).toBe('luan-2023');
    expect(shortfall.target?.quote).toContain('技改投资同比增长20%以上');
    // D3 is the 内容和要求 cell of row 1, where the document writes "技改投资增长 15% 以上".
    const grid = readAny(new Uint8Array(readFileSync(join(root, 'seeds/sheets/jinan-2023-tasks.xlsx'))), 'jinan').sheets[0]!;
    expect(grid.cells[2]![3]!.text).toContain('技改投资增长15%以上');
  });
});

describe('README first example with --annotate', () => {
  let input: ZipArchive;
  let copy: ZipArchive;
  let stderr: string;

  beforeAll(async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'mubiao-readme-')), 'jinan-checked.xlsx');
    const r = await run([...readmeCommand(), '--annotate', out]);
    expect(r.code).toBe(1);
    stderr = r.stderr;
    input = openZip(new Uint8Array(await readFile(join(root, 'seeds/sheets/jinan-2023-tasks.xlsx'))), 'input');
    copy = openZip(new Uint8Array(await readFile(out)), 'copy');
  });

  const text = (zip: ZipArchive, name: string) => new TextDecoder().decode(readEntry(zip, zip.byName.get(name)!));

  it('says where the copy went', () => {
    expect(stderr).toMatch(/annotated copy \(\d+ cells? marked\) written to /);
  });

  it('copies every untouched zip entry byte for byte and changes only the expected parts', () => {
    const changed: string[] = [];
    for (const entry of input.entries) {
      const other = copy.byName.get(entry.name);
      expect(other, `${entry.name} is kept`).toBeDefined();
      const before = input.bytes.subarray(entry.localHeaderOffset, entry.recordEnd);
      const after = copy.bytes.subarray(other!.localHeaderOffset, other!.recordEnd);
      if (Buffer.compare(before, after) !== 0) changed.push(entry.name);
    }
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    const added = copy.entries.map((e) => e.name).filter((n) => !input.byName.has(n));
    expect(added.sort()).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/_rels/sheet1.xml.rels']);
  });

  it('changes no cell value', () => {
    const values = (zip: ZipArchive) => readAny(zip.bytes, 'x').sheets[0]!.cells.map((row) => row.map((c) => (c ? [c.value, c.formula ?? null] : null)));
    expect(values(copy)).toEqual(values(input));
    expect(text(copy, 'xl/sharedStrings.xml')).toBe(text(input, 'xl/sharedStrings.xml'));
  });

  it('marks D3 with the error fill and a note explaining the shortfall', () => {
    const sheet = text(copy, 'xl/worksheets/sheet1.xml');
    const style = Number(/<c r="D3"[^>]*\ss="(\d+)"/.exec(sheet)?.[1]);
    const styles = text(copy, 'xl/styles.xml');
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
    const fillId = Number(/fillId="(\d+)"/.exec(xfs[style]!)?.[1]);
    const fills = [...styles.slice(styles.indexOf('<fills')).matchAll(/<fill>.*?<\/fill>|<fill\/>/g)].map((m) => m[0]);
    expect(fills[fillId]).toContain(SEVERITY_FILL.error);
    const comments = text(copy, 'xl/comments1.xml');
    const d3 = /<comment ref="D3"[^>]*>([\s\S]*?)<\/comment>/.exec(comments)?.[1] ?? '';
    expect(d3).toContain('shortfall');
    expect(d3).toContain('技改投资');
    expect(d3).toContain('20%以上');
  });

  it('leaves unmarked cells with their original style', () => {
    const cellStyles = (xml: string) => new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)].map((m) => [m[1]!, /\ss="(\d+)"/.exec(m[2]!)?.[1] ?? '0']));
    const before = cellStyles(text(input, 'xl/worksheets/sheet1.xml'));
    const after = cellStyles(text(copy, 'xl/worksheets/sheet1.xml'));
    const restyled = [...before.keys()].filter((ref) => before.get(ref) !== after.get(ref));
    expect(restyled).toContain('D3');
    // Only cells that carry findings: D3 and the header cell where sheet-wide findings stand.
    expect(restyled.every((ref) => ['D3', 'A2'].includes(ref))).toBe(true);
  });
});
