import { flat } from './flat.ts';

/** "#0" … "#15": the suffixes of a cell's claims, made once. */
const SUFFIXES = Array.from({ length: 16 }, (_, n) => `#${n}`);

/** The long-lived strings readSheet makes per row and claim, in the forms SheetRow and Claim document. */
export interface SheetKeys {
  /** A logical row's key: "Sheet!3" for 0-based row 2. */
  rowKey(row: number): string;
  /** The id of a cell's n-th claim: "Sheet!C3#0". */
  claimId(cell: string, n: number): string;
}

/**
 * Row keys and claim ids of one sheet. The "Sheet!" prefix is joined once; each key is then
 * the prefix and one or two short pieces, flattened (see flat.ts), instead of a template of
 * four or five pieces whose intermediate strings were garbage for every one of 200k claims.
 */
export function sheetKeys(sheet: string): SheetKeys {
  const prefix = flat(`${sheet}!`);
  return {
    rowKey: (row) => flat(prefix + (row + 1)),
    claimId: (cell, n) => flat(prefix + cell + (n < SUFFIXES.length ? SUFFIXES[n]! : `#${n}`)),
  };
}
