import { displayWidth, padEndWidth, truncateWidth } from '@mubiao/core';

export interface ColumnSpec {
  header: string;
  /** Widest the column may get, in terminal columns; longer cells end in "…". */
  max?: number;
  align?: 'left' | 'right';
}

/**
 * A plain-text table aligned by terminal columns, so Chinese (two columns per character) lines
 * up with digits and Latin text. No borders: two spaces between columns, a rule under the header.
 */
export function formatTable(columns: readonly ColumnSpec[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) =>
    columns.map((c, i) => {
      const text = (row[i] ?? '').replace(/\s+/g, ' ').trim();
      return c.max ? truncateWidth(text, c.max) : text;
    }),
  );
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i]!))));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => {
        const w = widths[i]!;
        if (columns[i]!.align === 'right') return ' '.repeat(Math.max(0, w - displayWidth(v))) + v;
        return i === values.length - 1 ? v : padEndWidth(v, w);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
