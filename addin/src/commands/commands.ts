/**
 * Entry of commands.html, the manifest's FunctionFile: binds the ribbon's function commands.
 * The manifest's <FunctionName> values must match the names associated here.
 */
import { clearFromRibbon } from './clear-command.ts';

void Office.onReady(() => {
  Office.actions.associate('clearMarks', async (event: Office.AddinCommands.Event) => {
    try {
      await clearFromRibbon(Office, Excel);
    } finally {
      event.completed();
    }
  });
});
