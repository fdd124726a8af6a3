/** "进度表.xlsx" → "进度表.mubiao.xlsx": the annotated copy never takes the original's name. */
export function annotatedName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}.mubiao${name.slice(dot)}` : `${name}.mubiao.xlsx`;
}
