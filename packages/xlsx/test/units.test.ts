import { describe, expect, it } from 'vitest';
import { classifyFormat, formatGeneral, formatWithCode, serialToDate } from '../src/numfmt.ts';
import { shiftFormula } from '../src/formula-shift.ts';
import { XmlScanner, OPEN, decodeEntities } from '../src/xml.ts';
import { createZip, openZip, readEntry, rewriteZip } from '../src/zip.ts';

describe('number formats', () => {
  it('classifies', () => {
    expect(classifyFormat('General')).toBe('general');
    expect(classifyFormat('0.0%')).toBe('number');
    expect(classifyFormat('[Red]#,##0.00')).toBe('number');
    expect(classifyFormat('yyyy"年"m"月"d"日"')).toBe('date');
    expect(classifyFormat('m/d/yy h:mm')).toBe('datetime');
    expect(classifyFormat('[h]:mm:ss')).toBe('time');
    expect(classifyFormat('"m"0')).toBe('number');
    expect(classifyFormat('@')).toBe('text');
    expect(classifyFormat('[$-F800]dddd, mmmm dd, yyyy')).toBe('date');
  });
  it('formats numbers the way Excel shows them', () => {
    expect(formatWithCode(0.2, '0%')).toBe('20%');
    expect(formatWithCode(0.125, '0.0%')).toBe('12.5%');
    expect(formatWithCode(1.005, '0.00')).toBe('1.01');
    expect(formatWithCode(1234567.5, '#,##0')).toBe('1,234,568');
    expect(formatWithCode(-42, '#,##0.00;(#,##0.00)')).toBe('(42.00)');
    expect(formatWithCode(0, '0;-0;"—"')).toBe('—');
    expect(formatWithCode(150, '0"户"')).toBe('150户');
    expect(formatWithCode(12.3, '[$¥-804]#,##0.00')).toBe('¥12.30');
    expect(formatWithCode(1234, '0.0,"千"')).toBe('1.2千');
    expect(formatWithCode(12345, '0.00E+00')).toBe('1.23E+04');
    expect(formatWithCode(0.5, '#.##')).toBe('.5');
  });
  it('General shows up to 15 significant digits', () => {
    expect(formatGeneral(0.1 + 0.2)).toBe('0.3');
    expect(formatGeneral(123456789012)).toBe('1.23457E+11');
    expect(formatGeneral(-7)).toBe('-7');
  });
  it('converts serial dates, including the 1900 leap-year quirk', () => {
    expect(serialToDate(1, false)).toMatchObject({ year: 1900, month: 1, day: 1 });
    expect(serialToDate(60, false)).toMatchObject({ year: 1900, month: 2, day: 29 });
    expect(serialToDate(61, false)).toMatchObject({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(45107.75, false)).toMatchObject({ year: 2023, month: 6, day: 30, hours: 18, minutes: 0 });
    expect(serialToDate(0, true)).toMatchObject({ year: 1904, month: 1, day: 1 });
  });
});

describe('shared formula shifting', () => {
  it('moves relative references only', () => {
    expect(shiftFormula('SUM(A1:B2)+$C$3+C$4+$D5', 2, 1)).toBe('SUM(B3:C4)+$C$3+D$4+$D7');
    expect(shiftFormula('"A1"&\'Sheet A1\'!A1&LOG10(A1)', 1, 0)).toBe('"A1"&\'Sheet A1\'!A2&LOG10(A2)');
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });
});

describe('xml scanner', () => {
  it('handles attributes with ">" and single quotes, comments, CDATA and entities', () => {
    const s = new XmlScanner('<?xml version="1.0"?><!-- x --><a b="1>2" c=\'&amp;q\'><t><![CDATA[<raw>]]> &lt;&#x4E2D;&#25991;</t></a>');
    expect(s.next()).toBe(OPEN);
    expect(s.attr('b')).toBe('1>2');
    expect(s.attr('c')).toBe('&q');
    s.next();
    expect(s.readText()).toBe('<raw> <中文');
    expect(decodeEntities('&bogus; &#0;')).toBe('&bogus; &#0;');
  });
});

describe('zip', () => {
  it('writes, reads and rewrites with raw copies', () => {
    const enc = new TextEncoder();
    const bytes = createZip([
      { name: 'a.txt', data: enc.encode('hello '.repeat(100)) },
      { name: '中文.txt', data: enc.encode('x') },
    ]);
    const zip = openZip(bytes, 'z');
    expect(zip.entries.map((e) => e.name)).toEqual(['a.txt', '中文.txt']);
    expect(new TextDecoder().decode(readEntry(zip, zip.byName.get('a.txt')!))).toBe('hello '.repeat(100));
    const rewritten = openZip(rewriteZip(zip, new Map([['a.txt', null]]), [{ name: 'b.txt', data: enc.encode('b') }]), 'z2');
    expect(rewritten.entries.map((e) => e.name)).toEqual(['中文.txt', 'b.txt']);
    expect(new TextDecoder().decode(readEntry(rewritten, rewritten.byName.get('中文.txt')!))).toBe('x');
  });
});

describe('number formats built around General', () => {
  it('keeps the literals', () => {
    expect(formatWithCode(12, '"约"General"亿元"')).toBe('约12亿元');
  });
});
