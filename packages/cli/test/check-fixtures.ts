/** Small hand-made inputs for the `mubiao check` tests, written into a temp folder. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbook, type SheetSpec, type WritableValue } from '@mubiao/xlsx';
import { openZip, readEntry, rewriteZip } from '@mubiao/xlsx/zip';
import type { Io } from '../src/command.ts';
import { runCli } from '../src/main.ts';

export const PLAN_TEXT = `六安市2023年全市工业经济工作要点

一、稳定增长。力争全年规上工业增加值同比增长11%，工业投资、技改投资同比增长20%以上（市经信局）。
二、培育企业。力争新增规上工业企业150户以上（市经信局）。
`;

export const TASK_HEADER = ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位'];

/** A 金安区 task table; the first data row's content is C3. */
export function taskSheet(rows: WritableValue[][], name = '重点任务分解表'): SheetSpec {
  return {
    name,
    rows: [['《金安区2023年度工业发展要点》重点任务分解表', null, null, null, null], TASK_HEADER, ...rows],
    merges: ['A1:E1'],
  };
}

/** Promises less 技改投资 growth (15%) than the city asks (20%以上): one shortfall on C3. */
export const SHORT_ROWS: WritableValue[][] = [
  [1, '稳定增长', '规上工业增加值同比增长12%以上，工业投资同比增长20%以上，技改投资增长15%以上。', '区经信局', '区统计局'],
  [2, '培育企业', '力争新增规上工业企业25家以上。', '区经信局', ''],
];
/** The same table keeping every promise. */
export const CLEAN_ROWS: WritableValue[][] = [
  [1, '稳定增长', '规上工业增加值同比增长12%以上，工业投资同比增长20%以上，技改投资增长22%以上。', '区经信局', '区统计局'],
  [2, '培育企业', '力争新增规上工业企业25家以上。', '区经信局', ''],
];

export const xlsx = (...sheets: SheetSpec[]) => writeWorkbook(sheets);

/** A Compound File (OLE2) holding the given stream names: how Office stores encrypted .xlsx and old .xls. */
export function compoundFile(streams: string[]): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3);
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fat = sector; // sector 0
  for (let i = 0; i < sector / 4; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true);
  const dir = sector * 2; // sector 1
  ['Root Entry', ...streams].forEach((name, i) => {
    const entry = dir + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(entry + c * 2, name.charCodeAt(c), true);
    view.setUint16(entry + 0x40, (name.length + 1) * 2, true);
    bytes[entry + 0x42] = i === 0 ? 5 : 2;
  });
  return bytes;
}

/** Replaces text inside one zip entry (e.g. to add a formula without a cached value). */
export function patchEntry(bytes: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const zip = openZip(bytes, 'fixture.xlsx');
  const entry = zip.byName.get(name);
  if (!entry) throw new Error(`fixture has no ${name}`);
  const xml = new TextDecoder().decode(readEntry(zip, entry));
  return rewriteZip(zip, new Map([[name, new TextEncoder().encode(edit(xml))]]), []);
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'mubiao-check-'));
}

export async function put(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `mubiao ARGV` in-process in `cwd`, capturing its output. */
export async function mubiao(cwd: string, ...argv: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
