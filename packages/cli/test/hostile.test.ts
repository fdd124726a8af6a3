/**
 * The issue-18 repros, end to end through the command: each bad input is one line on stderr and
 * exit 2 (never a stack trace or exit 70), a folder goes on past it, outputs never land on each
 * other, and what a workbook holds reaches the terminal as text.
 */
import { spawn } from 'node:child_process';
import { existsSync, fstatSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loopingDifatCfb } from '../../xlsx/test/cfb-maker.ts';
import { openZip, readEntry, rewriteZip } from '@mubiao/xlsx/zip';
import { patchEntry, PLAN_TEXT, put, SHORT_ROWS, TASK_HEADER, taskSheet, tempDir, mubiao, xlsx } from './check-fixtures.ts';

const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../bin/mubiao.mjs');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const oneLine = (text: string) => text.trimEnd().split('\n').length === 1;

describe('issue 18 repros', () => {
  it('a 1 KB looping-DIFAT file exits 2 with a clear one-line message', async () => {
    const dir = await tempDir();
    await put(dir, 'loop.xlsx', loopingDifatCfb());
    const run = await mubiao(dir, 'check', 'loop.xlsx', '--plan', 'luan-2023');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('loop.xlsx is damaged or incomplete (its OLE2 DIFAT chain loops back to sector 0); open it in Excel/WPS and save it again\n');
  });

  it('a folder holding it and a good sheet reports the good sheet, and names the bad one', async () => {
    const dir = await tempDir();
    await put(dir, 'a-loop.xlsx', loopingDifatCfb());
    await put(dir, 'b-good.xlsx', xlsx(taskSheet(SHORT_ROWS)));
    await put(dir, 'plan.txt', PLAN_TEXT);
    const run = await mubiao(dir, 'check', '.', '--plan', 'plan.txt', '--json', '--quiet');
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json.files.map((f: { file: string; valid: boolean | null }) => [f.file, f.valid])).toEqual([
      ['a-loop.xlsx', null],
      ['b-good.xlsx', false],
    ]);
    expect(json.findings.some((f: { file: string; code: string; cell: string }) => f.file === 'b-good.xlsx' && f.code === 'shortfall' && f.cell === 'C3')).toBe(
      true,
    );
    expect(run.stderr).toContain('a-loop.xlsx is damaged or incomplete (its OLE2 DIFAT chain loops back to sector 0)');
  });

  it('`| head -1` ends without a stack trace, and the HTML report is still written', async () => {
    const dir = await tempDir();
    await put(dir, 'sheet.xlsx', await readFile(join(root, 'seeds/sheets/jinan-2023-tasks.xlsx')));
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [bin, 'check', 'sheet.xlsx', '--plan', 'luan-2023', '--html', 'report.html'], {
        cwd: dir,
        env: { ...process.env, INIT_CWD: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      // Read one chunk, then close the pipe, as `head -1` does.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => done({ code, stderr }));
    });
    expect(result.stderr).not.toMatch(/EPIPE|at .*\(|Error:/);
    expect(result.code).toBe(1);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('</html>');
  }, 60_000);
});

describe('outputs that cannot hurt', () => {
  it('refuses --html and --annotate naming the same file, and outputs over a plan file', async () => {
    const dir = await tempDir();
    await put(dir, 'sheet.xlsx', xlsx(taskSheet(SHORT_ROWS)));
    await put(dir, 'plan.txt', PLAN_TEXT);
    const same = await mubiao(dir, 'check', 'sheet.xlsx', '--plan', 'plan.txt', '--annotate', 'out.xlsx', '--html', 'out.xlsx');
    expect(same.code).toBe(2);
    expect(same.stderr).toBe('--html out.xlsx: is also where --annotate writes a copy; name two different files\n');
    const overPlan = await mubiao(dir, 'check', 'sheet.xlsx', '--plan', 'plan.txt', '--html', 'plan.txt');
    expect(overPlan.code).toBe(2);
    expect(oneLine(overPlan.stderr)).toBe(true);
    expect(await readFile(join(dir, 'plan.txt'), 'utf8')).toBe(PLAN_TEXT);
    expect((await readdir(dir)).sort()).toEqual(['plan.txt', 'sheet.xlsx']);
  });

  it('annotates a CSV whose name Excel would refuse as a sheet name', async () => {
    const dir = await tempDir();
    const csv = '序号,重点任务,内容和要求,牵头单位,配合单位\n1,稳定增长,技改投资增长15%以上。,区经信局,\n';
    const name = '[金安区] 2023年度重点任务分解表（征求意见稿第二版）修订.csv';
    await put(dir, name, csv);
    await put(dir, 'plan.txt', PLAN_TEXT);
    const run = await mubiao(dir, 'check', name, '--plan', 'plan.txt', '--annotate', 'out.xlsx');
    expect(run.stderr).toContain('annotated copy');
    expect(run.code).toBe(1);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a package part the annotator cannot patch is a clear error, and in a folder the rest goes on', async () => {
    const dir = await tempDir();
    const broken = patchEntry(xlsx(taskSheet(SHORT_ROWS)), '[Content_Types].xml', (xml) => xml.replace('</Types>', ''));
    await put(dir, 'in/a-broken.xlsx', broken).catch(async () => {
      await (await import('node:fs/promises')).mkdir(join(dir, 'in'));
      await put(dir, 'in/a-broken.xlsx', broken);
    });
    await put(dir, 'in/b-good.xlsx', xlsx(taskSheet(SHORT_ROWS)));
    await put(dir, 'plan.txt', PLAN_TEXT);
    const run = await mubiao(dir, 'check', 'in', '--plan', 'plan.txt', '--annotate', 'out', '--quiet');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--annotate: in/a-broken.xlsx is damaged or incomplete (part [Content_Types].xml: <Types> is not closed); open it in Excel/WPS and save it again\n',
    );
    expect(await readdir(join(dir, 'out'))).toEqual(['b-good.xlsx']);
  });
});

describe('h17 repros', () => {
  it('a workbook whose only sheet reads as empty (a duplicate relationship id) does not pass', async () => {
    const dir = await tempDir();
    const dup = patchEntry(xlsx(taskSheet(SHORT_ROWS)), 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="workbook.xml"/></Relationships>',
      ),
    );
    await put(dir, 'dup.xlsx', dup);
    await put(dir, 'plan.txt', PLAN_TEXT);
    const run = await mubiao(dir, 'check', 'dup.xlsx', '--plan', 'plan.txt', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([['no-header', 'error']]);
  });

  it('a cell pointing at a shared string the file lacks is an unreadable cell, not an empty one that passes', async () => {
    const dir = await tempDir();
    await put(dir, 'plan.txt', PLAN_TEXT);
    // C3 holds the shortfall (技改投资增长15%以上 against 20%以上); damaged, it once read as empty and the check exited 0.
    const damaged = patchEntry(xlsx(taskSheet(SHORT_ROWS)), 'xl/worksheets/sheet1.xml', (xml) => {
      const patched = xml.replace(/(<c r="C3"[^>]*t="s"[^>]*>\s*<v>)\d+(<\/v>)/, '$199999$2');
      expect(patched).not.toBe(xml);
      return patched;
    });
    await put(dir, 'damaged.xlsx', damaged);
    const run = await mubiao(dir, 'check', 'damaged.xlsx', '--plan', 'plan.txt', '--json');
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).findings as { code: string; severity: string; cell: string }[];
    expect(findings.filter((f) => f.cell === 'C3').map((f) => [f.code, f.severity])).toEqual([['unparsed', 'error']]);
    expect(run.stderr).toContain('cell C3 points at a missing shared string; it cannot be read');
  });

  it('an annotated copy that cannot be written loses neither the report nor the exit status (one file)', async () => {
    const dir = await tempDir();
    await put(dir, 'plan.txt', PLAN_TEXT);
    await put(dir, 'short.xlsx', xlsx(taskSheet(SHORT_ROWS)));
    // A path through a file: mkdir failed with EEXIST and the check ended as an internal error (exit 70).
    const through = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--annotate', 'short.xlsx/out.xlsx', '--json');
    expect(through.code).toBe(2);
    // It said `cannot create the folder …short.xlsx (EEXIST)`: the code, not that short.xlsx is a file.
    expect(through.stderr).toMatch(/^--annotate: short\.xlsx\/out\.xlsx: \/.*short\.xlsx is a file, not a folder — put the output in a folder\n$/);
    const deeper = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--annotate', 'short.xlsx/a/b/out.xlsx', '--html', 'short.xlsx/r.html');
    expect(deeper.code).toBe(2);
    expect(deeper.stderr).toMatch(/short\.xlsx is a file, not a folder/);
    expect(JSON.parse(through.stdout).findings.some((f: { code: string }) => f.code === 'shortfall')).toBe(true);
    // A CSV cell longer than an .xlsx cell holds: the copy is refused, the report was lost with it.
    await put(dir, 'long.csv', '金安区2023年重点任务分解表\n序号,重点任务,内容和要求\n1,投资,技改投资增长15%以上。' + '说明'.repeat(20000) + '\n');
    const long = await mubiao(dir, 'check', 'long.csv', '--plan', 'plan.txt', '--annotate', 'long.xlsx');
    expect(long.code).toBe(2);
    // It named an internal function (writeWorkbook:).
    expect(long.stderr).toBe(
      'note: long.csv: only the first 32,767 characters (what an Excel cell holds) of C3 (40,012 characters) were read\n' +
        '--annotate: long.csv: cell C3 of sheet "long" holds 40,012 characters, more than the 32,767 an .xlsx cell holds, so it cannot be written to an .xlsx file\n',
    );
    expect(long.stdout).toContain('依据计划');
    // The cell's first 32,767 characters were read, so its target was checked.
    expect(long.stdout).toContain('shortfall');
  });

  it.runIf(existsSync('/dev/zero'))('a device as input is refused at once, not read without end', async () => {
    const dir = await tempDir();
    // `check /dev/zero` read until memory ran out (5 GB in 30 s); `extract /dev/zero` called it empty.
    const check = await mubiao(dir, 'check', '/dev/zero', '--plan', 'luan-2023');
    expect(check.code).toBe(2);
    expect(check.stderr).toBe('/dev/zero: not a regular file (a device, pipe or socket); save it to a file and give that\n');
    const extract = await mubiao(dir, 'extract', '/dev/zero');
    expect(extract.code).toBe(2);
    expect(extract.stderr).toBe('/dev/zero: not a regular file (a device, pipe or socket); save it to a file and give that\n');
  });

  it('checks a workbook whose workbook.xml is UTF-16 (legal XML, and Excel reads it), where it said "no worksheets to check"', async () => {
    const dir = await tempDir();
    await put(dir, 'plan.txt', PLAN_TEXT);
    const plain = xlsx(taskSheet(SHORT_ROWS));
    const zip = openZip(plain, 'w.xlsx');
    const xml = new TextDecoder().decode(readEntry(zip, zip.byName.get('xl/workbook.xml')!));
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(xml, (ch) => [ch.charCodeAt(0) & 255, ch.charCodeAt(0) >> 8]).flat()]);
    await put(dir, 'utf16.xlsx', rewriteZip(zip, new Map([['xl/workbook.xml', utf16]]), []));
    const run = await mubiao(dir, 'check', 'utf16.xlsx', '--plan', 'plan.txt', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.some((f: { code: string; cell: string }) => f.code === 'shortfall' && f.cell === 'C3')).toBe(true);
  });

  it('an --annotate name that is a link to nothing is refused in words the CLI means, and nothing is written through it', async () => {
    const dir = await tempDir();
    await put(dir, 'plan.txt', PLAN_TEXT);
    await put(dir, 'short.xlsx', xlsx(taskSheet(SHORT_ROWS)));
    await put(dir, 'other.xlsx', xlsx(taskSheet(SHORT_ROWS)));
    await symlink(join(dir, 'gone', 'x.xlsx'), join(dir, 'out.xlsx'));
    // It said "…already exists; choose another name or allow overwriting", an option the CLI lacks.
    const one = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--annotate', 'out.xlsx');
    expect(one.code).toBe(2);
    expect(one.stderr).toBe(
      '--annotate out.xlsx: is a link to a file that does not exist; Mubiao does not write through links — delete it or choose another name\n',
    );
    await mkdir(join(dir, 'copies'));
    await symlink(join(dir, 'gone', 'y.xlsx'), join(dir, 'copies', 'short.xlsx'));
    const many = await mubiao(dir, 'check', 'short.xlsx', 'other.xlsx', '--plan', 'plan.txt', '--annotate', 'copies');
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/^--annotate copies: short\.xlsx there is a link to a file that does not exist;/);
    expect(existsSync(join(dir, 'gone'))).toBe(false);
  });

  it('reads a CSV as Excel does: UTF-16 without a BOM, a stray NUL noted on its cell; binary and broken text say what they are', async () => {
    const dir = await tempDir();
    await put(dir, 'plan.txt', PLAN_TEXT);
    const csv = ['金安区2023年重点任务分解表', TASK_HEADER.join(','), ...SHORT_ROWS.map((row) => row.map((v) => String(v ?? '')).join(','))].join('\r\n');
    const utf16 = (text: string) => new Uint8Array(Array.from(text, (ch) => [ch.charCodeAt(0) & 255, ch.charCodeAt(0) >> 8]).flat());
    // Both were refused as "binary data"; Excel opens both.
    await put(dir, 'nobom.csv', utf16(csv));
    await put(dir, 'nul.csv', csv.replace('区经信局', '区经\u0000信局'));
    for (const name of ['nobom.csv', 'nul.csv']) {
      const run = await mubiao(dir, 'check', name, '--plan', 'plan.txt', '--json');
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).findings.some((f: { code: string; cell: string }) => f.code === 'shortfall' && f.cell === 'C3')).toBe(true);
      expect(run.stderr).toBe(name === 'nul.csv' ? 'note: nul.csv: NUL bytes (zero bytes, not characters) were left out of cell D3; check it\n' : '');
    }
    await put(
      dir,
      'png.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 0, 0x80]),
    );
    const png = await mubiao(dir, 'check', 'png.csv', '--plan', 'plan.txt');
    expect(png.code).toBe(2);
    expect(png.stderr).toMatch(/^png\.csv is not a workbook \(binary data that is neither \.xlsx nor text\)/);
    // Half a surrogate pair in UTF-16 said "not valid UTF-8 or GB18030 text", for a CSV as for a plan.
    await put(dir, 'half.csv', new Uint8Array([0xff, 0xfe, ...utf16(csv.replace('区经信局', '区经\ud800信局'))]));
    const half = await mubiao(dir, 'check', 'half.csv', '--plan', 'plan.txt');
    expect(half.code).toBe(2);
    expect(half.stderr).toBe('half.csv is UTF-16LE text with a broken character (half of a surrogate pair) on line 3; save it as "CSV UTF-8" and try again\n');
    await put(dir, 'half.txt', new Uint8Array([0xff, 0xfe, ...utf16(PLAN_TEXT.replace('规上', '规\udc00上'))]));
    const text = await mubiao(dir, 'extract', 'half.txt');
    expect(text.code).toBe(2);
    expect(text.stderr).toBe('half.txt: UTF-16LE text with a broken character (half of a surrogate pair) on line 3; save it as UTF-8 and try again\n');
  });

  it('reads a plan text with a stray NUL or two as a CSV is read: left out, a note naming the line; spans still point into the file', async () => {
    const dir = await tempDir();
    // It was refused ("holds a NUL byte … remove it"), where the same NUL in a CSV was read.
    const damaged = PLAN_TEXT.replace('150户', '15\u00000户');
    await put(dir, 'plan.txt', PLAN_TEXT);
    await put(dir, 'nul.txt', damaged);
    const note = 'note: nul.txt: NUL bytes (zero bytes, not characters) were left out of line 4; check it\n';
    const [clean, nul] = await Promise.all([mubiao(dir, 'extract', 'plan.txt', '--json'), mubiao(dir, 'extract', 'nul.txt', '--json')]);
    expect([nul.code, nul.stderr]).toEqual([0, note]);
    type Target = { metric: string; value: number | null; span: [number, number]; text: string };
    const [a, b] = [clean, nul].map((run) => (JSON.parse(run.stdout) as { targets: Target[] }).targets);
    expect(b!.map((t) => [t.metric, t.value, t.text])).toEqual(a!.map((t) => [t.metric, t.value, t.text]));
    expect(b!.some((t) => t.value === 150)).toBe(true);
    // Offsets into the file as decoded: past the NUL they move by one, and still quote the words.
    const at = damaged.indexOf('\u0000');
    for (const [i, t] of b!.entries()) {
      const shift = t.span[0] > at ? 1 : 0;
      expect(t.span[0], t.text).toBe(a![i]!.span[0] + shift);
      expect(damaged.slice(t.span[0], t.span[1]).replace('\u0000', '')).toBe(t.text);
    }
    const text = await mubiao(dir, 'extract', 'nul.txt');
    expect([text.code, text.stderr]).toEqual([0, note]);
    // --plan: the same note, and the same findings as the clean plan.
    await put(dir, 'short.xlsx', xlsx(taskSheet(SHORT_ROWS)));
    const [checkClean, checkNul] = await Promise.all([
      mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--json'),
      mubiao(dir, 'check', 'short.xlsx', '--plan', 'nul.txt', '--json'),
    ]);
    expect([checkNul.code, checkNul.stderr]).toEqual([checkClean.code, note]);
    const codes = (run: { stdout: string }) =>
      (JSON.parse(run.stdout) as { findings: { code: string; cell: string }[] }).findings.map((f) => `${f.code} ${f.cell}`);
    expect(codes(checkNul)).toEqual(codes(checkClean));
    // Three NULs at the start are binary, as for a CSV.
    await put(dir, 'bin.txt', '\u0000\u0000\u0000' + PLAN_TEXT);
    const bin = await mubiao(dir, 'extract', 'bin.txt');
    expect([bin.code, bin.stderr]).toEqual([2, 'bin.txt: looks like a binary file, not plan text (expected UTF-8 or GB18030 text)\n']);
  });

  it.runIf(existsSync('/dev/zero'))('a device or folder as --plan is named for what it is, not called missing', async () => {
    const dir = await tempDir();
    await put(dir, 'short.xlsx', xlsx(taskSheet(SHORT_ROWS)));
    // `--plan /dev/stdin` (a pipe or a terminal) and `--plan /dev/zero` said "no such file".
    const devices = ['/dev/zero', ...(existsSync('/dev/stdin') && !fstatSync(0).isFile() ? ['/dev/stdin'] : [])];
    for (const device of devices) {
      const run = await mubiao(dir, 'check', 'short.xlsx', '--plan', device);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`--plan ${device}: not a regular file (a device, pipe or socket); save it to a file and give that\n`);
    }
    await mkdir(join(dir, 'plans'));
    const folder = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plans');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('--plan plans: is a folder, not a plan file\n');
  });

  it('a plan JSON with a field of the wrong type is one line and exit 2, and one saved with a BOM is read', async () => {
    const dir = await tempDir();
    await put(dir, 'plan.txt', PLAN_TEXT);
    await put(dir, 'short.xlsx', xlsx(taskSheet(SHORT_ROWS)));
    const json = JSON.parse((await mubiao(dir, 'extract', 'plan.txt', '--json')).stdout) as { targets: { leads: unknown }[] };
    json.targets[0]!.leads = [1, null];
    await put(dir, 'leads.json', JSON.stringify(json));
    const bad = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'leads.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      '--plan leads.json: not a Mubiao plan (targets[0].leads is not a list of department names); write one with: mubiao extract PLAN.txt --json\n',
    );
    await put(dir, 'bom.json', '\ufeff' + (await mubiao(dir, 'extract', 'plan.txt', '--json')).stdout);
    const bom = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'bom.json', '--json');
    expect(bom.code).toBe(1);
    expect(JSON.parse(bom.stdout).findings.some((f: { code: string }) => f.code === 'shortfall')).toBe(true);
  });
});

describe('the terminal and the plan text', () => {
  it('escapes control characters from a workbook (ESC sequences in a sheet name)', async () => {
    const dir = await tempDir();
    // Excel refuses [ in sheet names, so the hostile name is written into workbook.xml by hand.
    const plain = xlsx(taskSheet([[1, '稳定增长', '技改投资增长15%以上。', '区经信局', '']], 'SHEETNAME'));
    await put(
      dir,
      'sheet.xlsx',
      patchEntry(plain, 'xl/workbook.xml', (xml) => xml.replace('SHEETNAME', '表&#27;]0;pwned&#7;&#27;[2J')),
    );
    await put(dir, 'plan.txt', PLAN_TEXT);
    const run = await mubiao(dir, 'check', 'sheet.xlsx', '--plan', 'plan.txt');
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain('表\\u001b]0;pwned\\u0007\\u001b[2J');
    const json = await mubiao(dir, 'check', 'sheet.xlsx', '--plan', 'plan.txt', '--json');
    expect(JSON.parse(json.stdout).findings[0].sheet).toBe('表\u001b]0;pwned\u0007\u001b[2J');
  });

  it('a plan saved as UTF-32 is an error, not an empty plan', async () => {
    const dir = await tempDir();
    const text = '力争全年规上工业增加值同比增长11%。';
    const bytes = new Uint8Array(4 + text.length * 4);
    bytes.set([0xff, 0xfe, 0, 0]);
    [...text].forEach((ch, i) => new DataView(bytes.buffer).setUint32(4 + i * 4, ch.codePointAt(0)!, true));
    await put(dir, 'plan32.txt', bytes);
    const extract = await mubiao(dir, 'extract', 'plan32.txt');
    expect(extract.code).toBe(2);
    expect(extract.stderr).toBe('plan32.txt: saved as UTF-32LE, which Mubiao does not read; save it as UTF-8 and try again\n');
    const check = await mubiao(dir, 'check', 'luan-2023', '--plan', 'plan32.txt');
    expect(check.code).toBe(2);
  });
});

describe('round 19: new hostile files, end to end', () => {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  /** The short task sheet with one part's bytes replaced (or an entry added), through the zip writer. */
  const withPart = (name: string, text: string) => {
    const zip = openZip(xlsx(taskSheet(SHORT_ROWS)), 'x.xlsx');
    const data = new TextEncoder().encode(text);
    return zip.byName.has(name) ? rewriteZip(zip, new Map([[name, data]]), []) : rewriteZip(zip, new Map(), [{ name, data }]);
  };
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>';

  it('each is one line and exit 2, or read as it should be', async () => {
    const dir = await tempDir();
    const good = xlsx(taskSheet(SHORT_ROWS));
    await put(dir, 'plan.txt', PLAN_TEXT);
    const cases: [name: string, bytes: Uint8Array, stderr: RegExp][] = [
      // Cut short anywhere: the zip directory is at the end.
      ...[10, good.length >> 1, good.length - 10].map((n): [string, Uint8Array, RegExp] => [
        `cut-${n}.xlsx`,
        good.subarray(0, n),
        /^cut-\d+\.xlsx is damaged or incomplete \(the zip directory at the end of the file is missing\)/,
      ]),
      // A billion laughs in a sheet and in the shared strings: it read as an empty sheet (its DTD taken for "text outside the
      // root element") and exited 1 with no-header; now refused naming the part.
      [
        'laughs.xlsx',
        withPart(
          'xl/worksheets/sheet1.xml',
          `${laughs}<worksheet xmlns="${MAIN}"><sheetData><row r="3"><c r="C3" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`,
        ),
        /^laughs\.xlsx is damaged or incomplete \(part xl\/worksheets\/sheet1\.xml declares a DTD \(<!DOCTYPE …>\), which Office files never hold; its entities are not read\)/,
      ],
      [
        'laughs-sst.xlsx',
        withPart('xl/sharedStrings.xml', `${laughs}<sst xmlns="${MAIN}"><si><t>&lol9;</t></si></sst>`),
        /^laughs-sst\.xlsx is damaged or incomplete \(part xl\/sharedStrings\.xml declares a DTD/,
      ],
    ];
    for (const [name, bytes, stderr] of cases) {
      await put(dir, name, bytes);
      const run = await mubiao(dir, 'check', name, '--plan', 'plan.txt', '--annotate', `${name}.out.xlsx`);
      expect([name, run.code], run.stderr).toEqual([name, 2]);
      expect(run.stderr).toMatch(stderr);
      expect(oneLine(run.stderr), run.stderr).toBe(true);
      expect(existsSync(join(dir, `${name}.out.xlsx`))).toBe(false);
    }
  });

  it('absurd dimensions, part names that climb out of the package and a sheet pointed outside it', async () => {
    const dir = await tempDir();
    await put(dir, 'plan.txt', PLAN_TEXT);
    const sheet = openZip(xlsx(taskSheet(SHORT_ROWS)), 'x.xlsx');
    const text = new TextDecoder().decode(readEntry(sheet, sheet.byName.get('xl/worksheets/sheet1.xml')!));
    // A dimension (and a merge) over the whole grid: read as the cells it holds, the shortfall still found.
    const huge = text
      .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
      .replace(/<mergeCells[\s\S]*?<\/mergeCells>|(?=<\/worksheet>)/, '');
    expect(huge).toContain('A1:XFD1048576');
    await put(dir, 'huge.xlsx', rewriteZip(sheet, new Map([['xl/worksheets/sheet1.xml', new TextEncoder().encode(huge)]]), []));
    // Entries named ../../x and /etc/x: never written anywhere, the copy carries them as they were.
    await put(
      dir,
      'climb.xlsx',
      rewriteZip(sheet, new Map(), [
        { name: '../../../climbed.txt', data: new Uint8Array([120]) },
        { name: '/etc/x.xml', data: new Uint8Array([60, 120, 47, 62]) },
      ]),
    );
    for (const name of ['huge.xlsx', 'climb.xlsx']) {
      const run = await mubiao(dir, 'check', name, '--plan', 'plan.txt', '--json', '--annotate', `${name}.out.xlsx`);
      expect([name, run.code]).toEqual([name, 1]);
      expect(JSON.parse(run.stdout).findings.some((f: { code: string; cell: string }) => f.code === 'shortfall' && f.cell === 'C3')).toBe(true);
      expect(existsSync(join(dir, `${name}.out.xlsx`))).toBe(true);
    }
    expect(existsSync(resolve(dir, '../../../climbed.txt'))).toBe(false);
    expect(openZip(new Uint8Array(await readFile(join(dir, 'climb.xlsx.out.xlsx'))), 'c').byName.has('../../../climbed.txt')).toBe(true);
    // The workbook's relationship points its only sheet out of the package: nothing to check, said in one line.
    const rels = new TextDecoder()
      .decode(readEntry(sheet, sheet.byName.get('xl/_rels/workbook.xml.rels')!))
      .replace('worksheets/sheet1.xml', '../../../../etc/passwd');
    await put(dir, 'out.xlsx', rewriteZip(sheet, new Map([['xl/_rels/workbook.xml.rels', new TextEncoder().encode(rels)]]), []));
    const outside = await mubiao(dir, 'check', 'out.xlsx', '--plan', 'plan.txt');
    expect([outside.code, outside.stderr]).toEqual([2, 'out.xlsx: the workbook has no worksheets to check\n']);
  });

  it('a CSV in mixed encodings names the first line that is not UTF-8; a plan too; a folder named like a workbook is a folder', async () => {
    const dir = await tempDir();
    await put(dir, 'plan.txt', PLAN_TEXT);
    const utf8 = (text: string) => new TextEncoder().encode(text);
    // A row pasted in from a GBK file: 技改 as GBK bytes among UTF-8 lines.
    const gbk = [0xbc, 0xbc, 0xb8, 0xc4];
    const mixed = new Uint8Array([
      ...utf8(`金安区2023年重点任务分解表\n${TASK_HEADER.join(',')}\n1,`),
      ...gbk,
      ...utf8(',技改投资增长15%以上,区经信局,各乡镇\n'),
    ]);
    await put(dir, 'mixed.csv', mixed);
    const csv = await mubiao(dir, 'check', 'mixed.csv', '--plan', 'plan.txt');
    expect([csv.code, csv.stderr]).toEqual([
      2,
      'mixed.csv is not valid UTF-8 or GB18030 text (line 3 is not UTF-8 as the lines before it are: mixed encodings?); save it as "CSV UTF-8" and try again\n',
    ]);
    await put(dir, 'mixed.txt', new Uint8Array([...utf8(PLAN_TEXT), ...gbk]));
    const plan = await mubiao(dir, 'extract', 'mixed.txt');
    expect([plan.code, plan.stderr]).toEqual([
      2,
      'mixed.txt: not valid UTF-8 or GB18030 text (line 5 is not UTF-8 as the lines before it are: mixed encodings?) (save it as UTF-8 and try again)\n',
    ]);
    await mkdir(join(dir, 'folder.xlsx'));
    const folder = await mubiao(dir, 'check', 'folder.xlsx', '--plan', 'plan.txt');
    expect([folder.code, folder.stderr]).toEqual([2, 'folder.xlsx: no workbooks (.xlsx, .xls, .et, .xlsb, .ods, .csv) in this folder\n']);
  });
});
