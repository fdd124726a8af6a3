/**
 * Ribbon commands (commands.html is the manifest's FunctionFile). "清除标注" / Clear removes
 * every mark the add-in wrote and restores original fills without opening the pane.
 */
import { detectCapabilities } from '../excel/capabilities.ts';
import { fromHostFailure } from '../excel/errors.ts';
import { settingsStore } from '../excel/mark-state.ts';
import { clearMarks } from '../excel/write.ts';

/** Key under which a command leaves its last failure for the pane to show. */
export const LAST_ERROR_KEY = 'mubiao.lastCommandError';

export async function clearFromRibbon(office: typeof Office, excel: typeof Excel): Promise<void> {
  const settings = office.context.document.settings;
  try {
    await excel.run((context) => clearMarks(context, detectCapabilities(office.context), settingsStore(settings)));
    settings.remove(LAST_ERROR_KEY);
  } catch (error) {
    // A function command has no UI of its own: the pane shows this message when next opened.
    const problem = fromHostFailure(error, { zh: '清除标注', en: 'Clear' });
    settings.set(LAST_ERROR_KEY, JSON.stringify({ zh: problem.zh, en: problem.en, at: new Date().toISOString() }));
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions.associate('clearMarks', async (event: Office.AddinCommands.Event) => {
      await clearFromRibbon(Office, Excel);
      event.completed();
    });
  });
}
