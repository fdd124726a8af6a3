import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '@mubiao/core';
import { encodeGb18030, REPO, run, SEED_000, SEED_004, tempDir } from './extract-fixtures.ts';

interface JsonTarget {
  metric: string;
  metricKey: string;
  kind: string;
  comparator: string;
  value: number | null;
  max: number | null;
  unit: string;
  span: [number, number];
  leads: string[];
  partners: string[];
  text: string;
}

const oneLine = (text: string) => text.trimEnd().split('\n').length === 1;

describe('mubiao extract --json', () => {
  it('lists 六安市 2023 targets with the DESIGN.md contract, including 技改投资 >= 20 % and ** placeholders', async () => {
    const r = await run(REPO, 'extract', SEED_000, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const plan = JSON.parse(r.stdout) as { targets: JsonTarget[]; actuals: unknown[]; region: string; year: number };
    expect(Array.isArray(plan.actuals)).toBe(true);
    expect(plan).toMatchObject({ region: '六安市', year: 2023 });
    const original = readFileSync(join(REPO, SEED_000), 'utf8');
    for (const t of plan.targets) {
      for (const key of ['metric', 'kind', 'comparator', 'value', 'max', 'unit', 'span', 'leads', 'partners']) expect(t).toHaveProperty(key);
      expect(original.slice(t.span[0], t.span[1])).toBe(t.text);
    }
    const jigai = plan.targets.find((t) => t.metric === '技改投资')!;
    expect(jigai).toMatchObject({ kind: 'growth', comparator: '>=', value: 20, max: null, unit: '%' });
    expect(jigai.text).toContain('20%以上');
    const placeholders = plan.targets.filter((t) => t.comparator === 'placeholder');
    expect(placeholders.length).toBe(6);
    expect(placeholders.every((t) => t.value === null && t.text.includes('**'))).toBe(true);
    expect(plan.targets.find((t) => t.metric === '装备制造产业产值')).toMatchObject({ leads: ['市经信局'] });
  });

  it('reads the attached table of seed 004 with --part table', async () => {
    const r = await run(REPO, 'extract', SEED_004, '--json', '--part', 'table');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { year: number; targets: JsonTarget[]; tasks: { source: string }[] };
    expect(plan.year).toBe(2023);
    expect(plan.tasks).toHaveLength(13);
    expect(plan.targets.find((t) => t.metric === '技改投资')).toMatchObject({ comparator: '>=', value: 15, leads: ['区经信局'] });
  });

  it('lets --region and --year override what the text says', async () => {
    const r = await run(REPO, 'extract', SEED_000, '--json', '--region', '测试市', '--year', '2025');
    const plan = JSON.parse(r.stdout) as { region: string; year: number; targets: { year: number }[] };
    expect(plan.region).toBe('测试市');
    expect(plan.year).toBe(2025);
    expect(plan.targets.every((t) => t.year === 2025)).toBe(true);
  });
});

describe('mubiao extract (table)', () => {
  it('prints an aligned table that handles CJK width', async () => {
    const r = await run(REPO, 'extract', SEED_000);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('2023年全市工业经济工作要点 — 六安市 2023');
    const header = lines.find((l) => l.startsWith('id'))!;
    const kindColumn = displayWidth(header.slice(0, header.indexOf('kind')));
    const rows = lines.filter((l) => /^t\d{3}/.test(l));
    expect(rows.length).toBe(63);
    for (const row of rows) {
      const at = row.search(/ (growth|level|increment|share|count) /) + 1;
      expect(displayWidth(row.slice(0, at))).toBe(kindColumn);
    }
    expect(r.stdout).toMatch(/技改投资\s+20%以上/);
    expect(r.stdout).toContain('**个（待定）');
  });

  it('shows actuals for a document that reviews a year (seed 002)', async () => {
    const r = await run(REPO, 'extract', 'seeds/documents/002_18a65d7238599efc.txt');
    expect(r.stdout).toContain('Results already achieved (actuals):');
    expect(r.stdout).toMatch(/规上工业增加值\s+7\.3%\s+growth\s+1—11月/);
  });
});

describe('mubiao extract: input encodings and bad input', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it('decodes a GB18030 copy of a seed to the same plan', async () => {
    const utf8 = readFileSync(join(REPO, SEED_000), 'utf8');
    await writeFile(join(dir, 'plan-gb.txt'), encodeGb18030(utf8));
    const fromGb = JSON.parse((await run(dir, 'extract', 'plan-gb.txt', '--json')).stdout);
    const fromUtf8 = JSON.parse((await run(REPO, 'extract', SEED_000, '--json')).stdout);
    expect(fromGb.targets).toEqual(fromUtf8.targets);
    expect(fromGb.targets.length).toBe(63);
  });

  it.each([
    ['empty file', 'empty.txt', new Uint8Array(0), /empty\.txt: the file is empty/],
    ['binary file', 'image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), /image\.png: looks like a binary file/],
    ['invalid UTF-8', 'broken.txt', new Uint8Array([0xe8, 0xae, 0xa1, 0xc3, 0x28, 0xff, 0xfe, 0xfd]), /broken\.txt: not valid UTF-8 or GB18030/],
  ])('%s: one line naming the file, exit 2', async (_label, name, bytes, message) => {
    await writeFile(join(dir, name), bytes);
    const r = await run(dir, 'extract', name);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(message);
  });

  it('a 20 MB file: one line naming the file, exit 2', async () => {
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 0x61));
    const r = await run(dir, 'extract', 'huge.txt');
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/^huge\.txt: 20\.0 MB is too large/);
  });

  it('a missing path: one line naming the file, exit 2', async () => {
    const r = await run(dir, 'extract', 'no/such/plan.txt');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('no/such/plan.txt: no such file\n');
  });

  it('a folder: one line, exit 2', async () => {
    const r = await run(REPO, 'extract', 'seeds');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('seeds: is a folder, not a text file\n');
  });

  it.each([
    [[], /which plan document/],
    [['a.txt', 'b.txt'], /one file at a time/],
    [[SEED_000, '--year', '23'], /--year 23 is not a year/],
    [[SEED_000, '--level', 'county'], /--level county is not one of national, province, city, district/],
    [[SEED_000, '--part', 'appendix'], /--part appendix is not body or table/],
    [[SEED_000, '--part', 'table'], /no decomposition table/],
    [[SEED_000, '--jsn'], /unknown option --jsn/],
  ])('bad usage %j: one line, exit 2', async (args, message) => {
    const r = await run(REPO, 'extract', ...args);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(message);
  });

  it('says so for prose without targets, and for a report of results only', async () => {
    await writeFile(join(dir, 'prose.txt'), '各县区、市直有关单位要统一思想认识，提高政治站位。\n');
    const r = await run(dir, 'extract', 'prose.txt');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No numeric targets found: the text states no figure to reach');
    await writeFile(join(dir, 'results.txt'), '2023年全年，全市规上工业增加值同比增长6.6%，增速居全省第2位。\n');
    const results = await run(dir, 'extract', 'results.txt');
    expect(results.stdout).toMatch(/No numeric targets found: the text reports 2 results \(below\) and sets no target/);
  });

  it('says the region and level are unknown when the text gives neither, and never fills in a level', async () => {
    await writeFile(join(dir, 'placeless.txt'), '2023年工业经济工作要点\n一、技改投资增长15%以上。\n二、新增规上工业企业50户。\n');
    const r = await run(dir, 'extract', 'placeless.txt');
    expect(r.stdout.split('\n')[0]).toBe('2023年工业经济工作要点 — 地区不详 region unknown 2023 层级不详 level unknown');
    const json = JSON.parse((await run(dir, 'extract', 'placeless.txt', '--json')).stdout);
    expect(json).toMatchObject({ region: '', levelSource: 'unknown', yearSource: 'title' });
  });

  it("takes a level from the region's name and says so in JSON; says unknown only when nothing gives it (core's levelUnknown)", async () => {
    await writeFile(join(dir, 'placeless.txt'), '2023年工业经济工作要点\n一、技改投资增长15%以上。\n二、新增规上工业企业50户。\n');
    // Before: 某某县 outside the gazetteer read "层级不详 level unknown" here while every check took it as a district's.
    const county = await run(dir, 'extract', 'placeless.txt', '--region', '某某县');
    expect(county.stdout.split('\n')[0]).toBe('2023年工业经济工作要点 — 某某县 2023');
    expect(JSON.parse((await run(dir, 'extract', 'placeless.txt', '--region', '某某县', '--json')).stdout)).toMatchObject({
      region: '某某县',
      level: 'district',
      levelSource: 'name',
    });
    const park = await run(dir, 'extract', 'placeless.txt', '--region', '某某高新园');
    expect(park.stdout.split('\n')[0]).toBe('2023年工业经济工作要点 — 某某高新园 2023 层级不详 level unknown');
    expect(JSON.parse((await run(dir, 'extract', 'placeless.txt', '--region', '某某高新园', '--json')).stdout)).toMatchObject({ levelSource: 'unknown' });
  });

  it('says the year is unknown and how many results a text that writes no year left out', async () => {
    await writeFile(join(dir, 'yearless.txt'), '全区常住人口72.78万人，城镇化率52.11%，比上年末提高0.75个百分点。\n');
    const r = await run(dir, 'extract', 'yearless.txt');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/年份不详 year unknown$/);
    expect(r.stdout).toContain('3 results left out: the text writes no year, so they have none to be checked against.');
    expect(r.stdout).toContain('No numeric targets found: the text sets no target.');
  });

  it('shows a result no year dates as of an unknown period, never as year 0', async () => {
    // The text writes a year (a base, 1978) but none that dates the result: a text that writes no year at all gives no
    // results (corpus Decisions 21), so the base year keeps this one, of an unknown period.
    await writeFile(join(dir, 'undated.txt'), '过去五年发展成就\n全市地区生产总值年均增长7.1%，比1978年翻了三番。\n');
    const r = await run(dir, 'extract', 'undated.txt');
    const row = r.stdout.split('\n').find((line) => line.startsWith('a001'))!;
    expect(row).toMatch(/7\.1%\s+growth\s+–\s+2$/);
  });

  it('lists the targets of each year apart when a plan sets them for several years', async () => {
    await writeFile(join(dir, 'years.txt'), '某市实施方案\n到2022年，规上工业增加值占比达到35%左右。到2025年，培育形成2个千亿级产业集群。\n');
    const r = await run(dir, 'extract', 'years.txt');
    expect(r.stdout).toContain('Targets for 2 years — 2022: 1 · 2025: 1');
    const json = JSON.parse((await run(dir, 'extract', 'years.txt', '--json')).stdout) as { targets: { year: number }[] };
    expect(json.targets.map((t) => t.year)).toEqual([2022, 2025]);
  });
});
