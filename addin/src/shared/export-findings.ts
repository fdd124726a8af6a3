/**
 * The findings exported as files a planning office can pass on: .csv (UTF-8 with a byte-order
 * mark, so Excel and WPS read the Chinese text) and .xlsx (written by @mubiao/xlsx). Neither can
 * carry a formula: in the .xlsx every text is a shared string (never an <f> element); in the CSV,
 * which a spreadsheet program re-reads and would evaluate, a text that looks like a formula gets
 * a leading apostrophe (plain numbers such as "-5%" are left as they are).
 */
import { writeWorkbook } from '@mubiao/xlsx';
import { looksLikeFormula, type FindingsTable } from './findings-table.ts';

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/** One CSV field: defused when it would be read as a formula, quoted when it must be (RFC 4180). */
export function csvField(text: string): string {
  const safe = looksLikeFormula(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function findingsCsv(table: FindingsTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Widths in characters that fit the columns of findingsTable (sheet, cell, … message). */
const COLUMN_WIDTHS = [18, 8, 8, 14, 16, 16, 80];

export function findingsXlsx(table: FindingsTable, sheetName: string): Uint8Array {
  return writeWorkbook([{ name: sheetName, rows: [table.header, ...table.rows], columnWidths: COLUMN_WIDTHS, freezeHeader: true, wrap: [6] }]);
}
