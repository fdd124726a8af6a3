import { columnName, parseColumnName } from '@mubiao/core/sheet/address';

/**
 * Shared formulas store their text once, on the anchor cell; the other cells say only "same as
 * si=0". To show each cell its own formula we move the relative references by the cell's offset
 * from the anchor, as Excel does when it fills a formula down or across.
 */
export function shiftFormula(formula: string, rowOffset: number, colOffset: number): string {
  if (rowOffset === 0 && colOffset === 0) return formula;
  // Strings and quoted sheet names pass through; cell references shift unless anchored with $.
  return formula.replace(
    /("(?:[^"]|"")*")|('(?:[^']|'')*')|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])/g,
    (whole, str: string | undefined, sheet: string | undefined, colAbs: string, col: string, rowAbs: string, row: string) => {
      if (str !== undefined || sheet !== undefined) return whole;
      const c = colAbs ? parseColumnName(col) : parseColumnName(col) + colOffset;
      const r = rowAbs ? Number(row) : Number(row) + rowOffset;
      if (c < 0 || r < 1) return '#REF!';
      return `${colAbs}${columnName(c)}${rowAbs}${r}`;
    },
  );
}
