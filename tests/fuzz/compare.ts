import type { Grid } from '@mubiao/core';

/** Differences between what the input shows and what its annotated copy shows. */
export function compareGrids(before: Grid[], after: Grid[]): string[] {
  const changes: string[] = [];
  if (before.length !== after.length) return [`${before.length} sheets became ${after.length}`];
  for (let s = 0; s < before.length; s++) {
    const a = before[s]!;
    const b = after[s]!;
    if (a.sheet !== b.sheet) changes.push(`sheet "${a.sheet}" became "${b.sheet}"`);
    const rows = Math.max(a.rowCount, b.rowCount);
    for (let r = 0; r < rows; r++) {
      const ra = a.cells[r] ?? [];
      const rb = b.cells[r] ?? [];
      const cols = Math.max(ra.length, rb.length);
      for (let c = 0; c < cols; c++) {
        const x = ra[c];
        const y = rb[c];
        const same = (x?.value ?? null) === (y?.value ?? null) && x?.formula === y?.formula && x?.error === y?.error;
        if (!same)
          changes.push(
            `${a.sheet}!${x?.address ?? y?.address}: ${JSON.stringify(x?.value ?? x?.error ?? null)} → ${JSON.stringify(y?.value ?? y?.error ?? null)}`,
          );
      }
    }
  }
  return changes;
}
