/**
 * Problems the pane and the web checker explain to the user instead of showing a stack trace.
 * Each names what went wrong and where (sheet, range), in Chinese and English. The task pane adds
 * that nothing was written (NOTHING_WRITTEN) where a pass stopped before writing.
 */
import { yearContradictedMessage, type Plan } from '@mubiao/core';

export type HostProblem =
  'empty-sheet' | 'range-too-large' | 'protected-sheet' | 'no-targets' | 'year-contradicted' | 'write-rolled-back' | 'write-incomplete' | 'host-error';

export class HostError extends Error {
  constructor(
    readonly problem: HostProblem,
    readonly zh: string,
    readonly en: string,
    readonly sheet?: string,
  ) {
    super(en);
    this.name = 'HostError';
  }

  text(locale: string): string {
    return locale.startsWith('zh') ? this.zh : this.en;
  }
}

/** A problem in the user's language: a HostError's own words, or any other error's message. */
export function errorText(error: unknown, locale: string): string {
  if (error instanceof HostError) return error.text(locale);
  return (error as Error)?.message ?? String(error);
}

/** Said by the task pane after a problem that stopped a pass before anything was written. */
export const NOTHING_WRITTEN = { zh: '未写入任何内容。', en: 'Nothing was written.' } as const;

export function rangeTooLarge(sheet: string, address: string, cells: number, limit: number): HostError {
  return new HostError(
    'range-too-large',
    `工作表“${sheet}”的已用区域 ${address} 有 ${cells.toLocaleString('zh-CN')} 个单元格，超过此 Excel 一次可处理的 ${limit.toLocaleString('zh-CN')} 个。请删去多余的空行空列，或把表拆分后再校验。`,
    `Sheet "${sheet}" uses ${address}: ${cells.toLocaleString('en-US')} cells, more than the ${limit.toLocaleString('en-US')} this Excel can handle at once. Delete stray empty rows/columns or split the sheet, then validate again.`,
    sheet,
  );
}

export function protectedSheet(sheet: string): HostError {
  return new HostError(
    'protected-sheet',
    `工作表“${sheet}”受保护，无法写入标注。请先撤销工作表保护（审阅 → 撤销工作表保护）。`,
    `Sheet "${sheet}" is protected, so marks cannot be written. Unprotect it first (Review → Unprotect Sheet).`,
    sheet,
  );
}

export function noTargets(source: string): HostError {
  return new HostError(
    'no-targets',
    `在${source}中没有读到任何目标值（如“增长 20% 以上”“新增 150 户”）。请检查粘贴的是否为工作要点正文。`,
    `No targets (such as "增长 20% 以上" or "新增 150 户") were found in ${source}. Check that the pasted text is the plan itself.`,
  );
}

/** A year stated for a pasted plan (the year box) that its title contradicts: core's words, in both languages. */
export function yearContradicted(plan: Pick<Plan, 'year' | 'titleYear'>): HostError {
  return new HostError('year-contradicted', yearContradictedMessage(plan, 'zh-CN') ?? '', yearContradictedMessage(plan, 'en') ?? '');
}

/** What a run of write batches holds (mark-plan.ts summarise). */
export interface WrittenSummary {
  /** Previous marks removed (and fills put back). */
  removed: number;
  overlays: number;
  notes: number;
  comments: number;
  fills: number;
  findingsSheet: boolean;
}

function partsZh(s: WrittenSummary): string {
  const parts = [
    s.removed && `移除上次的标注 ${s.removed} 处`,
    s.overlays && `条件格式 ${s.overlays} 个`,
    s.notes && `备注 ${s.notes} 条`,
    s.comments && `批注 ${s.comments} 条`,
    s.fills && `填充 ${s.fills} 处`,
    s.findingsSheet && '“校验结果”工作表',
  ].filter(Boolean);
  return parts.length ? parts.join('、') : '无改动';
}

function partsEn(s: WrittenSummary): string {
  const parts = [
    s.removed && `${s.removed} previous marks removed`,
    s.overlays && `${s.overlays} conditional formats`,
    s.notes && `${s.notes} notes`,
    s.comments && `${s.comments} comments`,
    s.fills && `${s.fills} fills`,
    s.findingsSheet && 'the findings sheet',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no change';
}

function failureText(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return `${e?.code ?? 'Error'}: ${e?.message ?? String(error)}`;
}

/** A write batch failed and the pass took back everything: the workbook holds no marks of ours. */
export function writeRolledBack(batch: number, batches: number, error: unknown): HostError {
  const detail = failureText(error);
  return new HostError(
    'write-rolled-back',
    `写入标注失败（第 ${batch} 批，共 ${batches} 批：${detail}）。已全部撤回：工作簿中不再有 Mubiao 的标注（上次校验的标注也已清除），每个标注过的单元格的填充色、备注和批注都已恢复为标注前的样子；单元格的值从未改动。可再次校验。`,
    `Writing marks failed (batch ${batch} of ${batches}: ${detail}). Everything was taken back: the workbook holds no Mubiao marks (those of the previous check are removed too), and every marked cell's fill, note and comment is as it was before Mubiao marked it; no value was ever changed. You can validate again.`,
  );
}

/**
 * A write batch failed and so did taking it back: says exactly what is in the workbook, batch by
 * batch, and that Clear removes it all (`journal`: the record of the pass was saved before
 * writing; otherwise our marks are found by their formula and first line).
 */
export function writeIncomplete(
  progress: { batch: number; batches: number; written: WrittenSummary; partly: WrittenSummary; notWritten: WrittenSummary },
  error: unknown,
  rollbackError: unknown,
  journal: boolean,
): HostError {
  const { batch, batches, written, partly, notWritten } = progress;
  const detail = failureText(error);
  const again = failureText(rollbackError);
  const zh = [
    `写入标注失败（第 ${batch} 批，共 ${batches} 批：${detail}），自动撤回也未完成（${again}）。`,
    batch > 1 ? `前 ${batch - 1} 批已完整写入：${partsZh(written)}。` : '',
    `第 ${batch} 批可能只写入了一部分：${partsZh(partly)}。`,
    batch < batches ? `其后 ${batches - batch} 批未写入：${partsZh(notWritten)}。` : '',
    journal ? '写入前已把将要改动的单元格记入工作簿，' : 'Mubiao 的标注都带有标记，',
    '点击“清除标注”即可移除全部标注，并把每个标注过的单元格的填充色、备注和批注恢复原样。单元格的值从未改动。',
  ].join('');
  const en = [
    `Writing marks failed (batch ${batch} of ${batches}: ${detail}), and taking them back failed too (${again}). `,
    batch > 1 ? `Batches 1–${batch - 1} were written in full: ${partsEn(written)}. ` : '',
    `Batch ${batch} may have been written in part: ${partsEn(partly)}. `,
    batch < batches ? `The ${batches - batch} batches after it were not written: ${partsEn(notWritten)}. ` : '',
    journal ? 'The cells about to change were put on record before writing, so ' : 'Mubiao marks carry their own sign, so ',
    'Clear removes them all and puts back every marked cell’s fill, note and comment. No value was ever changed.',
  ].join('');
  return new HostError('write-incomplete', zh, en);
}

/** The record to save before writing could not be saved: nothing was written. */
export function recordNotSaved(error: unknown): HostError {
  const detail = failureText(error);
  return new HostError('host-error', `保存标注记录失败（${detail}）。未写入任何内容。`, `Saving the record of marks failed (${detail}). Nothing was written.`);
}

/** Every mark is written but the record after the pass could not be saved; the one saved before covers them. */
export function finalRecordNotSaved(error: unknown): HostError {
  const detail = failureText(error);
  return new HostError(
    'host-error',
    `标注已写入，但标注记录未能更新（${detail}）。写入前保存的记录已包含这些标注，“清除标注”可将其全部清除。`,
    `The marks are written, but the record of them could not be updated (${detail}). The record saved before writing holds them, so Clear removes them all.`,
  );
}

/** Wraps an Office.js failure (OfficeExtension.Error has `code` and `debugInfo`). */
export function fromHostFailure(error: unknown, doing: { zh: string; en: string }): HostError {
  if (error instanceof HostError) return error;
  const e = error as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  const where = e?.debugInfo?.errorLocation ? ` (${e.debugInfo.errorLocation})` : '';
  const detail = `${e?.code ?? 'Error'}: ${e?.message ?? String(error)}${where}`;
  if (e?.code === 'AccessDenied' || /protect/i.test(e?.message ?? '')) {
    return new HostError(
      'protected-sheet',
      `${doing.zh}失败：工作表受保护或只读（${detail}）。`,
      `${doing.en} failed: the sheet is protected or read-only (${detail}).`,
    );
  }
  return new HostError('host-error', `${doing.zh}失败：${detail}`, `${doing.en} failed: ${detail}`);
}
