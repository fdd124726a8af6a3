/**
 * What the running Excel can do, detected once with Office.context.requirements.isSetSupported,
 * and how the add-in degrades when a set is missing. The manifest asks only for ExcelApi 1.1
 * (Office 2016), so everything above that is optional and reported in the pane.
 */

export interface Capabilities {
  /** ExcelApi 1.2: worksheet.protection. */
  protection: boolean;
  /** ExcelApi 1.4: getUsedRangeOrNullObject (empty sheets without an exception). */
  usedRangeOrNull: boolean;
  /** ExcelApi 1.6: conditional formats, so marks overlay the cell without touching its fill. */
  conditionalFormats: boolean;
  /** ExcelApi 1.9: worksheet.getRanges (one call per batch of areas) and special cells. */
  rangeAreas: boolean;
  /** ExcelApi 1.10: threaded comments. */
  comments: boolean;
  /** ExcelApi 1.13: merged areas of a range. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes (the classic yellow note). */
  notes: boolean;
  /**
   * ExcelApi 1.20: Excel.run({ mergeUndoGroup: true }) merges a batch's syncs into one undo
   * step. On such hosts a pass finds its previous marks by themselves (overlay formula, note
   * marker) and saves no record, because settings.saveAsync clears the undo stack.
   */
  undoGroups: boolean;
  /** Excel on the web limits each request and response to 5 MB: reads and writes are chunked. */
  payloadLimited: boolean;
}

/** The slice of Office.context the detection needs, so tests can pass a fake. */
export interface RequirementsHost {
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  platform?: unknown;
}

export function detectCapabilities(host: RequirementsHost): Capabilities {
  const has = (version: string): boolean => {
    try {
      return host.requirements.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return {
    protection: has('1.2'),
    usedRangeOrNull: has('1.4'),
    conditionalFormats: has('1.6'),
    rangeAreas: has('1.9'),
    comments: has('1.10'),
    mergedAreas: has('1.13'),
    notes: has('1.18'),
    // 1.20 includes 1.6 (overlays) and 1.18 (notes), which the undo-group path relies on.
    undoGroups: has('1.20') && has('1.18') && has('1.6'),
    payloadLimited: typeof host.platform === 'string' && host.platform.toLowerCase() === 'officeonline',
  };
}

/** Everything, as on a current Microsoft 365 desktop: for tests and the web checker. */
export const ALL_CAPABILITIES: Capabilities = {
  protection: true,
  usedRangeOrNull: true,
  conditionalFormats: true,
  rangeAreas: true,
  comments: true,
  mergedAreas: true,
  notes: true,
  undoGroups: false,
  payloadLimited: false,
};

/** A current Microsoft 365 Excel (ExcelApi 1.20): one undo step per pass, no saved record. */
export const EXCEL_365_UNDO: Capabilities = { ...ALL_CAPABILITIES, undoGroups: true };

/** Office 2016 perpetual: ExcelApi 1.1 only. */
export const EXCEL_2016: Capabilities = {
  protection: false,
  usedRangeOrNull: false,
  conditionalFormats: false,
  rangeAreas: false,
  comments: false,
  mergedAreas: false,
  notes: false,
  undoGroups: false,
  payloadLimited: false,
};

/**
 * Whether a pass runs as one undo group with no saved record. Not on Excel on the web: finding
 * our notes by their marker reads every note of every sheet, which for a large sheet passes
 * the 5 MB response limit in one sync; there the record (and its settings save) stays.
 */
export function oneUndoStep(caps: Capabilities): boolean {
  return caps.undoGroups && caps.conditionalFormats && caps.notes && !caps.payloadLimited;
}

export type MarkStyle = 'overlay' | 'fill';
export type ExplanationStyle = 'note' | 'comment' | 'none';

/** How marks will be written on this host. */
export function markStyle(caps: Capabilities): MarkStyle {
  return caps.conditionalFormats ? 'overlay' : 'fill';
}

export function explanationStyle(caps: Capabilities): ExplanationStyle {
  return caps.notes ? 'note' : caps.comments ? 'comment' : 'none';
}

export interface Limitation {
  /** The requirement set that would lift it. */
  requirement: string;
  zh: string;
  en: string;
}

/** What this host cannot do, in words for the pane. Empty on a current Excel. */
export function limitations(caps: Capabilities): Limitation[] {
  const out: Limitation[] = [];
  if (!caps.conditionalFormats) {
    out.push({
      requirement: 'ExcelApi 1.6',
      zh: '此版本 Excel 不支持条件格式叠加：标注将直接设置单元格填充色，原填充色已记录，“清除标注”会恢复（无填充与白色填充无法区分，均恢复为无填充）。',
      en: 'This Excel cannot overlay conditional formats: marks set the cell fill instead. The original fill is recorded and Clear restores it (no fill and white fill look the same to this Excel; both come back as no fill).',
    });
  } else if (!caps.rangeAreas) {
    out.push({
      requirement: 'ExcelApi 1.9',
      zh: '此版本 Excel 不支持多区域范围：标注按连续区域逐块写入，速度较慢。',
      en: 'This Excel has no multi-area ranges: marks are written one rectangular block at a time, which is slower.',
    });
  }
  if (!caps.notes && !caps.comments) {
    out.push({
      requirement: 'ExcelApi 1.10 / 1.18',
      zh: '此版本 Excel 不支持批注或备注：说明文字只显示在窗格的问题列表中。',
      en: 'This Excel supports neither comments nor notes: explanations appear only in the pane’s findings list.',
    });
  } else if (!caps.notes) {
    out.push({
      requirement: 'ExcelApi 1.18',
      zh: '此版本 Excel 不支持备注：说明写入批注（已有批注的单元格不写）。',
      en: 'This Excel has no notes: explanations go into comments (cells that already have a comment are left alone).',
    });
  }
  if (!caps.mergedAreas) {
    out.push({
      requirement: 'ExcelApi 1.13',
      zh: '此版本 Excel 无法读取合并单元格：合并表头按各自单元格读取。',
      en: 'This Excel cannot report merged cells: merged headers are read cell by cell.',
    });
  }
  if (!caps.rangeAreas) {
    out.push({
      requirement: 'ExcelApi 1.9',
      zh: '此版本 Excel 无法识别隐藏行：隐藏行照常校验。',
      en: 'This Excel cannot tell which rows are hidden: hidden rows are validated like the others.',
    });
  }
  if (!caps.protection) {
    out.push({
      requirement: 'ExcelApi 1.2',
      zh: '此版本 Excel 无法检测工作表保护：受保护的表写入标注时会报错，且不会改动任何内容。',
      en: 'This Excel cannot tell whether a sheet is protected: marking a protected sheet fails with a message and changes nothing.',
    });
  }
  return out;
}
