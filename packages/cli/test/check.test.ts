import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAny } from '@mubiao/xlsx';
import { CLEAN_ROWS, PLAN_TEXT, SHORT_ROWS, TASK_HEADER, compoundFile, mubiao, patchEntry, put, taskSheet, tempDir, xlsx } from './check-fixtures.ts';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await put(dir, 'plan.txt', PLAN_TEXT);
  await put(dir, 'short.xlsx', xlsx(taskSheet(SHORT_ROWS)));
  await put(dir, 'clean.xlsx', xlsx(taskSheet(CLEAN_ROWS)));
});

const oneLine = (text: string) => text.trimEnd().split('\n').length === 1;

describe('mubiao check: a sheet against a plan', () => {
  it('reports the shortfall on its cell, with expected, actual and the plan quote; exit 1', async () => {
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt');
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('依据计划：六安市 2023 年计划\n\n工作表 “重点任务分解表”')).toBe(true);
    expect(r.stdout).toMatch(/C3\s+错误\s+shortfall\s+计划要求 20%以上\s+表中填报 15%以上/);
    expect(r.stdout).toContain('计划原文 · 六安市 2023 年计划: “力争全年规上工业增加值同比增长11%');
    expect(r.stdout).toContain('结论: 未通过');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exits 0 when no finding is an error', async () => {
    const r = await mubiao(dir, 'check', 'clean.xlsx', '--plan', 'plan.txt');
    expect(r.stdout).not.toMatch(/错误\s+shortfall/);
    expect(r.stdout).toContain('结论: 通过');
    expect(r.code).toBe(0);
  });

  it('prints the JSON contract: findings with code, severity, sheet, cell, expected, actual, message, target quote', async () => {
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.valid).toBe(false);
    expect(json.plans[0]).toMatchObject({ name: 'plan', region: '六安市', year: 2023 });
    const shortfall = json.findings.find((f: { code: string }) => f.code === 'shortfall');
    expect(shortfall).toMatchObject({
      file: 'short.xlsx',
      code: 'shortfall',
      severity: 'error',
      sheet: '重点任务分解表',
      cell: 'C3',
      expected: '20%以上',
      actual: '15%以上',
    });
    expect(shortfall.message).toMatch(/技改投资/);
    expect(shortfall.target.quote).toContain('技改投资同比增长20%以上');
    for (const f of json.findings) for (const key of ['code', 'severity', 'sheet', 'cell', 'expected', 'actual', 'message']) expect(f).toHaveProperty(key);
    expect(json.files).toMatchObject([{ file: 'short.xlsx', valid: false, stats: json.stats, warnings: [] }]);
    // What the sheet was checked against, and why: the sheet's place and each plan's verdict.
    expect(json.files[0].sheets[0]).toMatchObject({ sheet: '重点任务分解表', region: '金安区', year: 2023, fits: true });
    expect(json.files[0].sheets[0].plans[0]).toMatchObject({ plan: 'plan', relation: 'upper', applied: true, chosenBy: 'user' });
  });

  it("without --plan, picks the seeded plans of the sheet's region and the regions above it for its year, and says why", async () => {
    const r = await mubiao(dir, 'check', 'short.xlsx', '--json');
    const sheet = JSON.parse(r.stdout).files[0].sheets[0];
    expect(sheet.plans.map((p: { plan: string; chosenBy: string }) => `${p.plan} ${p.chosenBy}`).sort()).toEqual(['jinan-2023 auto', 'luan-2023 auto']);
    expect(sheet.plans.find((p: { plan: string }) => p.plan === 'luan-2023').why).toBe('六安市是金安区的上级地区，年份同为 2023 年');
    const text = await mubiao(dir, 'check', 'short.xlsx');
    expect(text.stdout).toContain('依据计划：按各表的地区和年份从已收录计划中选择');
  });

  it('never dates a plan by the clock: an undated plan text does not fit until --year says its year', async () => {
    await put(dir, 'undated.txt', PLAN_TEXT.replace('2023年', ''));
    const undated = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'undated.txt');
    expect(undated.code).toBe(1);
    expect(undated.stdout).toContain('计划原文未写明年份');
    expect(undated.stdout).toContain('结论: 未通过');
    const dated = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'undated.txt', '--year', '2023', '--json');
    expect(JSON.parse(dated.stdout).files[0].sheets[0].fits).toBe(true);
    const contradicted = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--year', '2024');
    expect(contradicted.code).toBe(2);
    expect(contradicted.stderr).toMatch(/--year 2024: the plan's title says 2023/);
  });

  it('speaks English with --locale en', async () => {
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--locale', 'en');
    expect(r.stdout).toMatch(/C3\s+Error\s+shortfall\s+Plan asks/);
    expect(r.stdout).toContain('Result: failed');
  });

  it('accepts a seeded plan name, and a plan JSON', async () => {
    const seeded = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'luan-2023', '--json');
    expect(JSON.parse(seeded.stdout).findings.some((f: { code: string; cell: string }) => f.code === 'shortfall' && f.cell === 'C3')).toBe(true);
    const { seededPlan } = await import('@mubiao/seeds');
    await put(dir, 'luan.json', JSON.stringify(seededPlan('luan-2023')));
    const fromJson = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'luan.json', '--json');
    expect(JSON.parse(fromJson.stdout).findings).toEqual(JSON.parse(seeded.stdout).findings);
  });

  it('never assumes the level of a plan JSON that gives none: the gazetteer gives it, else it is said unknown', async () => {
    const { seededPlan } = await import('@mubiao/seeds');
    const { level, levelSource, ...noLevel } = seededPlan('luan-2023')!;
    expect([level, levelSource]).toEqual(['city', 'option']);
    // 六安市 is in the gazetteer: the same check as with its level written.
    await put(dir, 'luan-nolevel.json', JSON.stringify(noLevel));
    const seeded = JSON.parse((await mubiao(dir, 'check', 'short.xlsx', '--plan', 'luan-2023', '--json')).stdout);
    expect(JSON.parse((await mubiao(dir, 'check', 'short.xlsx', '--plan', 'luan-nolevel.json', '--json')).stdout).findings).toEqual(seeded.findings);
    // No region and no level: not taken as the plan above 金安区's sheet (whose 25家 would then pass as a part of
    // 150户); its amounts are compared whole, and the report says why.
    await put(dir, 'nowhere.json', JSON.stringify({ ...noLevel, region: '', parentRegion: undefined }));
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'nowhere.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('依据计划：未注明地区 2023 年计划');
    expect(r.stdout).toMatch(/C4\s+错误\s+shortfall\s+计划要求 150户以上\s+表中填报 25家以上/);
    const json = JSON.parse((await mubiao(dir, 'check', 'short.xlsx', '--plan', 'nowhere.json', '--json')).stdout);
    expect(json.files[0].sheets[0].plans[0]).toMatchObject({ relation: 'unknown', applied: true, levelSource: 'unknown' });
    expect(json.files[0].sheets[0].plans[0].why).toContain('计划层级不详，其中的数量按整体核对，不作上级总量的分解');
  });

  it("labels a plan's level in the header as the check takes it: one truth for an older JSON's 'unknown' 某某县", async () => {
    const { seededPlan } = await import('@mubiao/seeds');
    const { level: _level, levelSource: _source, parentRegion: _parent, ...noLevel } = seededPlan('luan-2023')!;
    // Written before levelSource 'name' existed: the placeholder city, 'unknown', and a region whose name says county.
    await put(dir, 'county-old.json', JSON.stringify({ ...noLevel, region: '某某县', level: 'city', levelSource: 'unknown' }));
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'county-old.json');
    // Before: the header read "某某县 2023 年计划（层级不详）" while the check placed it as a district's.
    expect(r.stdout.split('\n')[0]).toBe('依据计划：某某县 2023 年计划');
    expect(r.stdout).toContain('计划：某某县 2023 年计划，');
    const json = JSON.parse((await mubiao(dir, 'check', 'short.xlsx', '--plan', 'county-old.json', '--json')).stdout);
    expect(json.files[0].sheets[0].plans[0].levelSource).toBeUndefined();
    expect(json.files[0].sheets[0].plans[0].why).not.toContain('层级不详');
    // A region nothing places: the header, the plan line and each quote name it alike.
    await put(dir, 'park-old.json', JSON.stringify({ ...noLevel, region: '某某高新园', level: 'city', levelSource: 'unknown' }));
    const park = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'park-old.json');
    expect(park.stdout.split('\n')[0]).toBe('依据计划：某某高新园 2023 年计划（层级不详）');
    expect(park.stdout).toContain('计划：某某高新园 2023 年计划（层级不详），已采用');
    expect(park.stdout).toContain('计划原文 · 某某高新园 2023 年计划（层级不详）: “');
    const parkJson = JSON.parse((await mubiao(dir, 'check', 'short.xlsx', '--plan', 'park-old.json', '--json')).stdout);
    expect(
      parkJson.findings
        .filter((f: { target?: { levelSource?: string } }) => f.target)
        .every((f: { target: { levelSource?: string } }) => f.target.levelSource === 'unknown'),
    ).toBe(true);
  });

  it('writes a printable HTML report with --html', async () => {
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--html', 'out/report.html', '--as-of', '2023-09-30');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HTML report written to out/report.html');
    const html = await readFile(join(dir, 'out/report.html'), 'utf8');
    expect(html).toContain('<td class="cell">C3</td>');
    expect(html).toContain('2023-09-30');
    expect(html).not.toMatch(/<script|https?:/);
    // A second run replaces its own earlier report.
    expect((await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--html', 'out/report.html')).code).toBe(1);
  });
});

describe('mubiao check: plan against plan, several plans', () => {
  it('checks a plan document against the plan of the level above', async () => {
    await put(dir, 'jinan-plan.txt', '金安区2023年工业发展要点\n\n一、稳增长。全年规上工业增加值同比增长12%以上，技改投资同比增长15%以上（区经信局）。\n');
    const r = await mubiao(dir, 'check', 'jinan-plan.txt', '--plan', 'plan.txt');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('计划 “jinan-plan”');
    expect(r.stdout).toMatch(/错误\s+shortfall\s+计划要求 20%以上\s+表中填报 15%以上/);
    expect(r.stdout).toMatch(/本计划原文: “[^”]*技改投资同比增长15%以上/);
    const annotate = await mubiao(dir, 'check', 'jinan-plan.txt', '--plan', 'plan.txt', '--annotate', 'x.xlsx');
    expect(annotate.code).toBe(2);
    expect(annotate.stderr).toMatch(/--annotate marks workbooks; jinan-plan\.txt is a plan/);
  });

  it('says which targets a plan of unknown level left uncompared, and does not pass when nothing was compared', async () => {
    await put(dir, 'placeless-plan.txt', '2023年工业经济工作要点\n一、技改投资增长15%以上。\n二、新增规上工业企业50户。\n');
    // Before: "没有发现" and a pass, though 六安市's plan could not be placed above it and nothing was compared.
    const r = await mubiao(dir, 'check', 'placeless-plan.txt', '--plan', 'plan.txt');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/t001\s+错误\s+plan-mismatch\s+计划要求 20%以上\s+表中填报 15%以上/);
    expect(r.stdout).toContain('技改投资未与六安市 2023 年计划对照：本计划层级不详，无法判断其是否为本计划的上级计划。');
    // 新增规上工业企业 is an amount (a part of an upper total): it would not have been compared, and nothing is said.
    expect(r.stdout).not.toMatch(/新增规上工业企业未与/);
    const en = JSON.parse((await mubiao(dir, 'check', 'placeless-plan.txt', '--plan', 'plan.txt', '--json', '--locale', 'en')).stdout);
    expect(en.findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([['plan-mismatch', 'error']]);
    expect(en.findings[0].message).toMatch(/^技改投资 was not compared with 六安市 2023 plan: this plan's level is not stated/);
  });

  it('takes several --plan, and names each plan a finding comes from', async () => {
    await put(dir, 'province.txt', '安徽省2023年工业经济工作要点\n\n一、技改投资同比增长25%以上（省经信厅）。\n');
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--plan', 'province.txt', '--plan', 'plan.txt', '--json');
    const json = JSON.parse(r.stdout);
    expect(json.plans.map((p: { name: string }) => p.name)).toEqual(['plan', 'province']);
    const plansOfShortfalls = json.findings.filter((f: { code: string }) => f.code === 'shortfall').map((f: { target: { plan: string } }) => f.target.plan);
    expect(plansOfShortfalls).toContain('plan');
  });
});

describe('mubiao check --annotate', () => {
  it('writes a marked copy and leaves the input alone', async () => {
    const before = await readFile(join(dir, 'short.xlsx'));
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--annotate', 'short.checked.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/annotated copy \(\d+ cells? marked\) written to short\.checked\.xlsx/);
    expect(await readFile(join(dir, 'short.xlsx'))).toEqual(before);
    const copy = new Uint8Array(await readFile(join(dir, 'short.checked.xlsx')));
    const original = readAny(new Uint8Array(before), 'short.xlsx').sheets[0]!;
    const marked = readAny(copy, 'short.checked.xlsx').sheets[0]!;
    // Same values everywhere: annotation never changes what a cell says.
    expect(marked.cells.map((row) => row.map((c) => c?.value ?? null))).toEqual(original.cells.map((row) => row.map((c) => c?.value ?? null)));
    const entries = new TextDecoder('latin1').decode(copy);
    expect(entries).toMatch(/comments|vmlDrawing/);
  });

  it('refuses to write over the input or an existing file (exit 2, one line)', async () => {
    const same = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--annotate', './short.xlsx');
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/that is the input file; Mubiao never writes over it/);
    expect(oneLine(same.stderr)).toBe(true);
    const exists = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'plan.txt', '--annotate', 'clean.xlsx');
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/clean\.xlsx: already exists/);
  });

  it('turns a CSV into an annotated .xlsx', async () => {
    const csv = [TASK_HEADER, ...SHORT_ROWS].map((row) => row.map((v) => `"${String(v ?? '')}"`).join(',')).join('\n');
    await put(dir, 'tasks.csv', csv);
    const r = await mubiao(dir, 'check', 'tasks.csv', '--plan', 'plan.txt', '--annotate', 'tasks.checked.xlsx', '--json');
    expect(r.code).toBe(1);
    const shortfall = JSON.parse(r.stdout).findings.find((f: { code: string }) => f.code === 'shortfall');
    expect(shortfall.cell).toBe('C2');
    const copy = readAny(new Uint8Array(await readFile(join(dir, 'tasks.checked.xlsx'))), 'tasks.checked.xlsx');
    expect(copy.format).toBe('xlsx');
    expect(copy.sheets[0]!.cells[1]![2]!.value).toBe(SHORT_ROWS[0]![2]);
  });
});

describe('mubiao check FOLDER', () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(dir, 'district-sheets');
    await mkdir(folder);
    await writeFile(join(folder, 'a-short.xlsx'), xlsx(taskSheet(SHORT_ROWS)));
    await writeFile(join(folder, 'b-clean.xlsx'), xlsx(taskSheet(CLEAN_ROWS)));
    await writeFile(join(folder, '~$a-short.xlsx'), 'lock file');
  });

  it('checks every workbook, shows progress on stderr and a summary table per file', async () => {
    const r = await mubiao(dir, 'check', 'district-sheets', '--plan', 'plan.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[1/2] district-sheets/a-short.xlsx');
    expect(r.stderr).toContain('[2/2] district-sheets/b-clean.xlsx');
    expect(r.stdout).toContain('文件: district-sheets/a-short.xlsx');
    expect(r.stdout).toMatch(/district-sheets\/a-short\.xlsx\s+2\s+1\s+\d+\s+\d+\s+未通过/);
    expect(r.stdout).toMatch(/district-sheets\/b-clean\.xlsx\s+2\s+0\s+\d+\s+\d+\s+通过/);
    expect(r.stdout).toMatch(/合计\s+4\s+1\s+\d+\s+\d+\s+1\/2 通过/);
  });

  it('annotates into a folder, never into the folder being checked', async () => {
    const into = await mubiao(dir, 'check', 'district-sheets', '--plan', 'plan.txt', '--annotate', 'district-sheets', '--quiet');
    expect(into.code).toBe(2);
    expect(into.stderr).toMatch(/is the folder being checked/);
    const r = await mubiao(dir, 'check', 'district-sheets', '--plan', 'plan.txt', '--annotate', 'marked', '--quiet');
    expect(r.code).toBe(1);
    expect((await readdir(join(dir, 'marked'))).sort()).toEqual(['a-short.xlsx', 'b-clean.xlsx']);
    expect(r.stderr).not.toContain('[1/2]');
  });

  it('goes on past an unreadable file, names it, and exits 2', async () => {
    const mixed = join(dir, 'mixed');
    await mkdir(mixed);
    await writeFile(join(mixed, 'good.xlsx'), xlsx(taskSheet(CLEAN_ROWS)));
    // An OLE2 file whose Workbook stream holds no workbook: read as .xls, and found damaged.
    await writeFile(join(mixed, 'old.xls'), compoundFile(['Workbook']));
    const r = await mubiao(dir, 'check', 'mixed', '--plan', 'plan.txt', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/mixed\/old\.xls is damaged or incomplete \(Excel 97-2003 \(\.xls\): /);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { file: string; valid: boolean | null }) => [f.file, f.valid])).toEqual([
      ['mixed/good.xlsx', true],
      ['mixed/old.xls', null],
    ]);
    expect(json.files[1].error).toMatch(/old\.xls is damaged/);
  });
});

describe('mubiao check: bad usage and bad input', () => {
  const expectUnreadable = async (name: string, content: string | Uint8Array, message: RegExp) => {
    await put(dir, name, content);
    const r = await mubiao(dir, 'check', name, '--plan', 'plan.txt');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(name);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stdout).toBe('');
  };

  it('names an unknown seeded plan and lists the seeded ones', async () => {
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'luan-2032');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--plan luan-2032: not a file and not a seeded plan; seeded plans: luan-2023 \(六安市 2023\), .*jinan-2023/);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it('refuses a plan file that is missing, not a plan, or holds no targets', async () => {
    expect((await mubiao(dir, 'check', 'short.xlsx', '--plan', 'nope/plan.txt')).stderr).toMatch(/--plan nope\/plan\.txt: no such file/);
    await put(dir, 'bad.json', '{"targets": 3}');
    expect((await mubiao(dir, 'check', 'short.xlsx', '--plan', 'bad.json')).stderr).toMatch(/not a Mubiao plan \(no "targets" array\)/);
    await put(dir, 'broken.json', '{"targets": [');
    expect((await mubiao(dir, 'check', 'short.xlsx', '--plan', 'broken.json')).stderr).toMatch(/broken\.json: not valid JSON/);
    await put(dir, 'notes.txt', '会议纪要：下周二开会讨论。');
    const r = await mubiao(dir, 'check', 'short.xlsx', '--plan', 'notes.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no numeric targets found/);
  });

  it('refuses a missing sheet', async () => {
    const r = await mubiao(dir, 'check', 'missing.xlsx', '--plan', 'plan.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('missing.xlsx: no such file or folder\n');
  });

  it('explains a truncated .xlsx', async () => {
    const bytes = xlsx(taskSheet(SHORT_ROWS));
    await expectUnreadable('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)), /damaged or incomplete/);
  });

  it('explains a corrupt .xlsx that is not a zip at all', async () => {
    await expectUnreadable('garbage.xlsx', new Uint8Array([1, 2, 3, 0, 0, 9, 8, 7]), /does not start like an \.xlsx file|not a workbook/);
  });

  it('explains an encrypted workbook', async () => {
    await expectUnreadable('secret.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']), /password-protected/);
  });

  it('explains an .xls whose workbook stream is empty (a real .xls is read: tests/acceptance/legacy-formats.test.ts)', async () => {
    await expectUnreadable(
      'legacy.xls',
      compoundFile(['Workbook']),
      /legacy\.xls is damaged or incomplete \(Excel 97-2003 \(\.xls\): [^)]+\); open it in Excel\/WPS and save it again/,
    );
  });

  it('explains an empty file', async () => {
    await expectUnreadable('empty.xlsx', new Uint8Array(0), /the file is empty/);
  });

  it('does not pass a workbook that has no worksheets', async () => {
    const bytes = patchEntry(xlsx(taskSheet(SHORT_ROWS)), 'xl/workbook.xml', (xml) => xml.replace(/<sheets>.*<\/sheets>/s, '<sheets/>'));
    await expectUnreadable('nosheets.xlsx', bytes, /has no worksheets to check|no sheets/);
  });

  it('reports a sheet without a recognisable header as a finding, not a crash', async () => {
    await put(dir, 'noheader.xlsx', xlsx({ name: '随手记', rows: [['今天开会'], ['明天出差'], [42]] }));
    const r = await mubiao(dir, 'check', 'noheader.xlsx', '--plan', 'plan.txt', '--json');
    expect([0, 1]).toContain(r.code);
    const codes = JSON.parse(r.stdout).findings.map((f: { code: string; sheet: string }) => `${f.code}@${f.sheet}`);
    expect(codes).toContain('no-header@随手记');
  });

  it('checks an empty sheet beside a real one without failing', async () => {
    await put(dir, 'with-empty.xlsx', xlsx(taskSheet(SHORT_ROWS), { name: '空白', rows: [] }));
    const r = await mubiao(dir, 'check', 'with-empty.xlsx', '--plan', 'plan.txt', '--json');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { code: string; cell: string; sheet: string }[];
    expect(findings.some((f) => f.code === 'shortfall' && f.cell === 'C3')).toBe(true);
  });

  it('reads formulas without cached values and error values (#DIV/0!) without crashing', async () => {
    let bytes = xlsx(taskSheet([...SHORT_ROWS, [3, '完成率', 0, '区统计局', '']]));
    bytes = patchEntry(bytes, 'xl/worksheets/sheet1.xml', (xml) =>
      xml
        .replace(/<c r="C5"[^>]*?(\/>|>.*?<\/c>)/, '<c r="C5" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
        .replace(/<c r="A5"[^>]*?(\/>|>.*?<\/c>)/, '<c r="A5"><f>ROW()-2</f></c>'),
    );
    await put(dir, 'formulas.xlsx', bytes);
    const grid = readAny(bytes, 'formulas.xlsx').sheets[0]!;
    expect(grid.cells[4]![2]!.error).toBe('#DIV/0!');
    const r = await mubiao(dir, 'check', 'formulas.xlsx', '--plan', 'plan.txt');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/C3\s+错误\s+shortfall/);
    expect(r.stderr).toMatch(/^note: formulas\.xlsx: sheet "重点任务分解表" has 1 formula without a saved result \(first at A5\)/m);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('refuses bad options with a one-line reason', async () => {
    for (const argv of [
      ['check', 'short.xlsx', '--year', 'next'],
      ['check', '--plan', 'plan.txt'],
      ['check', 'short.xlsx', '--plan', 'plan.txt', '--as-of', '2023-13-01'],
      ['check', 'short.xlsx', '--plan', 'plan.txt', '--html', 'plan.txt'],
    ]) {
      const r = await mubiao(dir, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(oneLine(r.stderr)).toBe(true);
    }
    expect((await stat(join(dir, 'plan.txt'))).size).toBe(Buffer.byteLength(PLAN_TEXT));
  });

  it('checks a sheet of a million cells, or says why not, without crashing', async () => {
    const header = '序号,县区,指标,单位,年度目标,1-9月完成,完成率,牵头单位,配合单位,备注';
    // Indicators the plan does not name: the test is about size, not about what the validator finds.
    const metrics = ['道路保洁里程,公里', '绿化养护面积,平方米', '路灯维修,盏'];
    const rows = Array.from({ length: 100_000 }, (_, i) => `${i + 1},金安区,${metrics[i % 3]},${20 + (i % 7)},${10 + (i % 13)},50%,区经信局,区统计局,`);
    await put(dir, 'million.csv', [header, ...rows].join('\n'));
    const r = await mubiao(dir, 'check', 'million.csv', '--plan', 'plan.txt', '--json', '--as-of', '2023-09-30');
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/internal error/);
    if (r.code === 2) expect(oneLine(r.stderr)).toBe(true);
    else expect(JSON.parse(r.stdout).stats.rows).toBe(100_000);
  }, 120_000);
});
