/**
 * Why a workbook could not be read or written. Each code maps to one thing the user can do about
 * it; the message is one line that names the file.
 */
export type WorkbookErrorCode =
  'corrupt' | 'encrypted' | 'legacy-xls' | 'not-a-workbook' | 'too-large' | 'unsupported' | 'missing-sheet' | 'same-file' | 'output-exists' | 'io';

export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
  readonly code: WorkbookErrorCode;
  readonly fileName: string;
  /** The package part at fault (xl/worksheets/sheet1.xml, a CFB chain), when there is one. */
  readonly part: string | undefined;
  /** For `too-large`: the budget that was exceeded (limits.ts). */
  readonly limit: string | undefined;

  constructor(code: WorkbookErrorCode, fileName: string, message: string, where: { part?: string | undefined; limit?: string | undefined } = {}) {
    // One line, whatever a file name or part name carries.
    super(message.replace(/[\r\n]+/g, ' '));
    this.code = code;
    this.fileName = fileName;
    this.part = where.part;
    this.limit = where.limit;
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof WorkbookError;
}

/** The one-line messages, kept together so the wording stays consistent. */
export const workbookErrors = {
  corrupt: (file: string, detail?: string, part?: string) =>
    new WorkbookError('corrupt', file, `${file} is damaged or incomplete${detail ? ` (${detail})` : ''}; open it in Excel/WPS and save it again`, { part }),
  encrypted: (file: string) =>
    new WorkbookError('encrypted', file, `${file} is password-protected; remove the password (文件 → 信息 → 保护工作簿) and try again`),
  legacyXls: (file: string) =>
    new WorkbookError('legacy-xls', file, `${file} is an old .xls workbook; save it as .xlsx (文件 → 另存为 → Excel 工作簿) and try again`),
  binaryWorkbook: (file: string) =>
    new WorkbookError('unsupported', file, `${file} is a binary .xlsb workbook; save it as .xlsx (文件 → 另存为 → Excel 工作簿) and try again`),
  notAWorkbook: (file: string, what: string) =>
    new WorkbookError('not-a-workbook', file, `${file} is not a workbook (${what}); expected a workbook (.xlsx, .xls, .et, .xlsb, .ods) or a .csv file`),
  tooLarge: (file: string, detail: string) =>
    new WorkbookError('too-large', file, `${file} is too large to check: ${detail}; split it into smaller workbooks or raise the limit`),
  unsupported: (file: string, detail: string) =>
    new WorkbookError('unsupported', file, `${file} uses a feature Mubiao cannot handle: ${detail}; open it in Excel/WPS and save it again`),
  missingSheet: (file: string, sheet: string) => new WorkbookError('missing-sheet', file, `${file} has no sheet named "${sheet}"`),
};
