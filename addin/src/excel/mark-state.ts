/**
 * The record of what the add-in wrote into a workbook, kept in the workbook itself (document
 * settings travel with the file) so that Clear, and the next Validate, remove exactly our marks
 * and restore exactly what was there: conditional-format ids, a hash of each note we wrote,
 * comment ids, and for the Office 2016 fallback the original fill colour of every cell we filled.
 * The saved form is compact (mark-record.ts): document settings hold about 2 MB.
 */
import { decodeMarkState, encodeMarkState } from './mark-record.ts';

export interface FillRecord {
  cell: string;
  /** Fill colour before we marked the cell; null when it had none. */
  original: string | null;
  /** The colour we set, so a cell the user has since recoloured is left alone. */
  applied: string;
}

export interface SheetMarks {
  overlayIds: string[];
  /** Our notes: the cell and noteHash() of the text we wrote there. */
  notes: { cell: string; hash: string }[];
  /** Characters of those notes together: how much reading them back will return. */
  noteChars: number;
  commentIds: string[];
  fills: FillRecord[];
}

export interface MarkState {
  version: 1;
  /** ISO time of the pass that wrote these marks. */
  writtenAt: string;
  sheets: Record<string, SheetMarks>;
  /** Name of the findings sheet we added, if the user asked for one. */
  findingsSheet?: string;
}

export function emptySheetMarks(): SheetMarks {
  return { overlayIds: [], notes: [], noteChars: 0, commentIds: [], fills: [] };
}

export function isEmptyState(state: MarkState | null): boolean {
  if (!state) return true;
  return !state.findingsSheet && Object.values(state.sheets).every((s) => !s.overlayIds.length && !s.notes.length && !s.commentIds.length && !s.fills.length);
}

export interface MarkStore {
  read(): MarkState | null;
  /** Persists (or with null, removes) the record. */
  write(state: MarkState | null): Promise<void>;
}

export const SETTINGS_KEY = 'mubiao.marks';

/** The slice of Office.Settings we use (Common API, present in every Office version). */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

/** Stores the record in Office.context.document.settings (saved into the workbook). */
export function settingsStore(settings: SettingsLike, key = SETTINGS_KEY): MarkStore {
  return {
    read() {
      return decodeMarkState(settings.get(key));
    },
    write(state) {
      if (state) settings.set(key, encodeMarkState(state));
      else settings.remove(key);
      return new Promise((resolve, reject) => {
        settings.saveAsync((result) => {
          if (String(result.status).toLowerCase() === 'failed') reject(new Error(result.error?.message ?? 'settings.saveAsync failed'));
          else resolve();
        });
      });
    },
  };
}

/** For tests and the benchmark: keeps the record as settingsStore would save it. */
export function memoryStore(initial: MarkState | null = null): MarkStore & { readonly state: MarkState | null; readonly saved: string | null } {
  let saved = initial ? encodeMarkState(initial) : null;
  return {
    get saved() {
      return saved;
    },
    get state() {
      return saved === null ? null : decodeMarkState(saved);
    },
    read: () => (saved === null ? null : decodeMarkState(saved)),
    write: async (state: MarkState | null) => {
      saved = state ? encodeMarkState(state) : null;
    },
  };
}

/** Where a ribbon command leaves its last failure for the pane to show. */
export const LAST_ERROR_KEY = 'mubiao.lastCommandError';
