/**
 * "进度表.xlsx" → "进度表.mubiao.xlsx": the annotated copy never takes the original's name. A
 * converted copy (of an .xls, .et, .ods…) is an .xlsx whatever the original was: "进度表.mubiao.xlsx".
 */
export function annotatedName(name: string, converted = false): string {
  const dot = name.lastIndexOf('.');
  if (converted) return `${dot > 0 ? name.slice(0, dot) : name}.mubiao.xlsx`;
  return dot > 0 ? `${name.slice(0, dot)}.mubiao${name.slice(dot)}` : `${name}.mubiao.xlsx`;
}

/** "进度表.xlsx" → "进度表.mubiao-findings.csv": the findings exported from a checked file. */
export function findingsName(name: string, format: 'csv' | 'xlsx'): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.mubiao-findings.${format}`;
}
