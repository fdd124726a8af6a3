/**
 * Entry of commands.html, the manifest's FunctionFile: binds the ribbon's function commands.
 * The manifest's <FunctionName> values must match the names associated here.
 */
import { clearFromRibbon } from './clear-command.ts';

void Office.onReady(() => {
  // Office calls the handler and ignores what it returns; completed() tells it the command ended.
  Office.actions.associate('clearMarks', (event: Office.AddinCommands.Event) => {
    void clearFromRibbon(Office, Excel).finally(() => event.completed());
  });
});
