/**
 * Problems the pane and the web checker explain to the user instead of showing a stack trace.
 * Each names what went wrong and where (sheet, range), in Chinese and English. The task pane adds
 * that nothing was written (NOTHING_WRITTEN) where a pass stopped before writing.
 */

export type HostProblem =
  | 'empty-sheet'
  | 'range-too-large'
  | 'protected-sheet'
  | 'no-targets'
  | 'host-error';

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

/** Wraps an Office.js failure (OfficeExtension.Error has `code` and `debugInfo`). */
export function fromHostFailure(error: unknown, doing: { zh: string; en: string }): HostError {
  if (error instanceof HostError) return error;
  const e = error as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  const where = e?.debugInfo?.errorLocation ? ` (${e.debugInfo.errorLocation})` : '';
  const detail = `${e?.code ?? 'Error'}: ${e?.message ?? String(error)}${where}`;
  if (e?.code === 'AccessDenied' || /protect/i.test(e?.message ?? '')) {
    return new HostError('protected-sheet', `${doing.zh}失败：工作表受保护或只读（${detail}）。`, `${doing.en} failed: the sheet is protected or read-only (${detail}).`);
  }
  return new HostError('host-error', `${doing.zh}失败：${detail}`, `${doing.en} failed: ${detail}`);
}
