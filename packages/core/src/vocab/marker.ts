/**
 * The first line of every note Mubiao writes into a workbook (the xlsx annotator and the Excel
 * add-in alike), so a note can be told apart from the user's own and removed by 清除标注.
 */
export const NOTE_MARKER = '【目标 Mubiao】';

/** Markers earlier versions wrote; still recognised when clearing or re-marking. */
export const LEGACY_NOTE_MARKERS: readonly string[] = ['【Mubiao 校验】'];

/** True when a note's text was written by Mubiao (this version or an earlier one). */
export function isMubiaoNote(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith(NOTE_MARKER) || LEGACY_NOTE_MARKERS.some((m) => t.startsWith(m));
}
