/** Findings exported as .csv and .xlsx never carry a formula, whatever the sheet's text holds. */
import { describe, expect, it } from 'vitest';
import { openZip, readAny, readEntry } from '@mubiao/xlsx';
import type { Finding } from '@mubiao/core';
import { csvField, findingsCsv, findingsXlsx } from '../src/shared/export-findings.ts';
import { excelTextValue, findingsTable, looksLikeFormula } from '../src/shared/findings-table.ts';

const finding = (over: Partial<Finding>): Finding => ({
  code: 'unparsed',
  severity: 'warning',
  sheet: 'S',
  cell: 'C3',
  expected: '',
  actual: '',
  message: 'm',
  ...over,
});
const HOSTILE = ['=1+1', '@SUM(A1:A9)', '+cmd|"/c calc"!A0', '-2+3', '\t=1+1', '\r=1+1'];

describe('findings export', () => {
  it('writes text that looks like a formula as text in the CSV (an apostrophe first), quoting where RFC 4180 must', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('+cmd|"/c calc"!A0')).toBe(`"'+cmd|""/c calc""!A0"`);
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    // Plain numbers are numbers, not formulas: left alone.
    expect(csvField('-5%')).toBe('-5%');
    expect(csvField('+3.5')).toBe('+3.5');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('技改投资增长15%以上')).toBe('技改投资增长15%以上');
    const csv = findingsCsv(findingsTable([finding({ actual: '=1+1', message: '@SUM' })], 'zh-CN'));
    expect(csv.startsWith('\uFEFF工作表,单元格,级别,类型,计划要求,本表,说明\r\n')).toBe(true);
    expect(csv).toContain(",'=1+1,'@SUM\r\n");
  });

  it('writes every cell of the .xlsx as a string, with no <f> formula element', () => {
    const findings = HOSTILE.map((text, i) => finding({ cell: `C${i + 3}`, actual: text, message: text, expected: '@SUM' }));
    const bytes = findingsXlsx(findingsTable(findings, 'en'), 'Findings');
    const zip = openZip(bytes, 'findings.xlsx');
    const sheetXml = new TextDecoder().decode(
      readEntry(
        zip,
        zip.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!,
      ),
    );
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    const cells = readAny(bytes, 'findings.xlsx').sheets[0]!.cells;
    expect(cells[0]!.map((c) => c?.text)).toEqual(['Sheet', 'Cell', 'Severity', 'Code', 'Plan', 'Sheet says', 'Message']);
    HOSTILE.forEach((text, i) => {
      const row = cells[i + 1]!;
      for (const c of [row[4], row[5], row[6]]) {
        expect(typeof c!.value).toBe('string');
        expect(c!.formula).toBeUndefined();
      }
      expect(row[4]!.value).toBe('@SUM');
      expect(row[5]!.value).toBe(text);
    });
  });

  it('gives Excel’s range.values an apostrophe before text it would take for a formula (the pane’s findings sheet)', () => {
    expect(HOSTILE.every(looksLikeFormula)).toBe(true);
    expect(excelTextValue('=1+1')).toBe("'=1+1");
    expect(excelTextValue('-5%')).toBe("'-5%");
    expect(excelTextValue('≥ 20%')).toBe('≥ 20%');
  });
});
