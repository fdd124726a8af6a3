import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../src/check/inputs.ts';
import { parseCheckOptions } from '../src/check/options.ts';
import { checkHtmlTarget, planAnnotatedCopies } from '../src/check/outputs.ts';
import { UserError } from '../src/errors.ts';

describe('parseCheckOptions', () => {
  it('reads every flag, keeping repeated --plan in order', () => {
    const o = parseCheckOptions([
      'a.xlsx',
      '--plan',
      'luan-2023',
      '--plan=anhui-2024',
      '--as-of',
      '2023-09-30',
      '--json',
      '--html',
      'r.html',
      '--annotate',
      'out.xlsx',
      '--locale',
      'en',
    ]);
    expect(o).toEqual({
      inputs: ['a.xlsx'],
      plans: ['luan-2023', 'anhui-2024'],
      asOf: '2023-09-30',
      json: true,
      html: 'r.html',
      annotate: 'out.xlsx',
      locale: 'en',
      quiet: false,
    });
  });
  it('defaults to zh-CN, or MUBIAO_LOCALE', () => {
    expect(parseCheckOptions(['a.xlsx', '--plan', 'p']).locale).toBe('zh-CN');
    expect(parseCheckOptions(['a.xlsx', '--plan', 'p'], { MUBIAO_LOCALE: 'en_US' }).locale).toBe('en');
  });
  it.each([
    [['--plan', 'p'], /name a sheet/],
    [['a.xlsx', '--year', '23'], /--year must be a year like 2023/],
    [['a.xlsx', '--plan'], /--plan needs a value/],
    [['a.xlsx', '--plan', 'p', '--as-of', '2023-02-30'], /--as-of must be a date like 2023-09-30 \(got "2023-02-30"\)/],
    [['a.xlsx', '--plan', 'p', '--as-of', '30/09/2023'], /--as-of must be a date/],
    [['a.xlsx', '--plan', 'p', '--locale', 'fr'], /--locale must be zh-CN or en/],
    [['a.xlsx', '--plan', 'p', '--colour'], /unknown option --colour/],
  ])('refuses %j with a one-line reason', (argv, message) => {
    let error: unknown;
    try {
      parseCheckOptions(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toMatch(message);
    expect((error as UserError).message).not.toContain('\n');
  });
});

describe('inputs and outputs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mubiao-check-opts-'));
    await mkdir(join(dir, 'in'));
    await mkdir(join(dir, 'empty'));
    for (const name of ['b.xlsx', 'a.csv', '~$b.xlsx', '.hidden.xlsx', 'notes.txt', 'old.xls']) await writeFile(join(dir, 'in', name), 'x');
    await writeFile(join(dir, 'existing.xlsx'), 'x');
    await writeFile(join(dir, 'plan.txt'), 'x');
    await writeFile(join(dir, 'old.html'), '<!doctype html><html><head><meta name="generator" content="Mubiao check report"></head></html>');
    await writeFile(join(dir, 'page.html'), '<!doctype html><title>somebody else’s page</title>');
  });

  it('expands a folder into its workbooks, sorted, skipping lock and hidden files', async () => {
    const { files, fromFolder } = await collectInputs(['in'], dir);
    expect(fromFolder).toBe(true);
    expect(files.map((f) => f.display)).toEqual([join('in', 'a.csv'), join('in', 'b.xlsx'), join('in', 'old.xls')]);
  });
  it('names missing inputs and folders without workbooks', async () => {
    await expect(collectInputs(['nope.xlsx'], dir)).rejects.toThrow('nope.xlsx: no such file or folder');
    await expect(collectInputs(['empty'], dir)).rejects.toThrow('empty: no workbooks (.xlsx, .xls, .et, .xlsb, .ods, .csv) in this folder');
  });
  it('never plans to write over the input or any existing file', async () => {
    const single = (await collectInputs(['existing.xlsx'], dir)).files;
    await expect(planAnnotatedCopies(single, 'existing.xlsx', false, dir)).rejects.toThrow(/that is the input file; Mubiao never writes over it/);
    await expect(planAnnotatedCopies(single, './in/../existing.xlsx', false, dir)).rejects.toThrow(/input file/);
    await expect(planAnnotatedCopies(single, 'in/b.xlsx', false, dir)).rejects.toThrow(/already exists; Mubiao does not overwrite/);
    await expect(planAnnotatedCopies(single, 'out.csv', false, dir)).rejects.toThrow(/must be an \.xlsx file name/);
    const ok = await planAnnotatedCopies(single, 'new.xlsx', false, dir);
    expect([...ok.values()]).toEqual([join(dir, 'new.xlsx')]);
  });
  it('plans a folder of copies, CSV becoming .xlsx, never into the folder being checked', async () => {
    const { files } = await collectInputs(['in'], dir);
    await expect(planAnnotatedCopies(files, 'in', true, dir)).rejects.toThrow(/is the folder being checked/);
    await expect(planAnnotatedCopies(files, 'existing.xlsx', true, dir)).rejects.toThrow(/names a folder/);
    const plan = await planAnnotatedCopies(files, 'marked', true, dir);
    expect([...plan.values()]).toEqual(['a.xlsx', 'b.xlsx', 'old.xlsx'].map((n) => join(dir, 'marked', n)));
  });
  it('writes the HTML report only to a new file or over an earlier report', async () => {
    const { files } = await collectInputs(['existing.xlsx'], dir);
    await expect(checkHtmlTarget('existing.xlsx', files, dir)).rejects.toThrow(/input file/);
    await expect(checkHtmlTarget('plan.txt', files, dir)).rejects.toThrow(/not an earlier Mubiao report/);
    await expect(checkHtmlTarget('page.html', files, dir)).rejects.toThrow(/not an earlier Mubiao report/);
    await expect(checkHtmlTarget('in', files, dir)).rejects.toThrow(/is a folder/);
    expect(await checkHtmlTarget('old.html', files, dir)).toBe(join(dir, 'old.html'));
  });
});
