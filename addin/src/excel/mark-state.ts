/**
 * Where the record of our marks (mark-record.ts) is kept: the workbook's document settings, which
 * travel with the file, so Clear works after the file is closed and reopened.
 */
import { decodeMarkState, encodeMarkState, type MarkState } from './mark-record.ts';

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
    write: (state: MarkState | null) => {
      saved = state ? encodeMarkState(state) : null;
      return Promise.resolve();
    },
  };
}

/** Where a ribbon command leaves its last failure for the pane to show. */
export const LAST_ERROR_KEY = 'mubiao.lastCommandError';
