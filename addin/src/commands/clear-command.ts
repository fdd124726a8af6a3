/**
 * The "清除标注" / Clear ribbon command: removes every mark the add-in wrote and restores the
 * original fills without opening the pane. A function command has no UI, so a failure is left
 * in the document settings for the pane to show when it next opens.
 */
import { detectCapabilities, oneUndoStep } from '../excel/capabilities.ts';
import { fromHostFailure } from '../excel/errors.ts';
import { LAST_ERROR_KEY, settingsStore, type SettingsLike } from '../excel/mark-state.ts';
import { clearMarks } from '../excel/write.ts';

export async function clearFromRibbon(office: typeof Office, excel: typeof Excel): Promise<void> {
  const settings = office.context.document.settings as unknown as SettingsLike;
  try {
    const caps = detectCapabilities(office.context);
    const clear = (context: Excel.RequestContext) => clearMarks(context, caps, settingsStore(settings));
    // ExcelApi 1.20: the whole Clear is one undo step.
    await (oneUndoStep(caps) ? excel.run({ mergeUndoGroup: true }, clear) : excel.run(clear));
    if (settings.get(LAST_ERROR_KEY) !== null) {
      settings.remove(LAST_ERROR_KEY);
      await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    }
  } catch (error) {
    const problem = fromHostFailure(error, { zh: '清除标注', en: 'Clear' });
    settings.set(LAST_ERROR_KEY, JSON.stringify({ zh: problem.zh, en: problem.en, at: new Date().toISOString() }));
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
  }
}
