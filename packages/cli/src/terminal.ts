/**
 * What reaches a terminal from a workbook is data, never a command: control characters in sheet
 * names, cell texts or file names (ESC sequences that move the cursor, retitle the window or
 * hide text) are shown as visible escapes. The report's own colours (the exact SGR codes the
 * core renderer paints with) are the only escape sequences let through. The same escapes keep
 * JSON valid: JSON.stringify already writes C0 controls as \\u escapes, and a raw C1 control
 * inside a string becomes one.
 */

/** C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides that reorder what is shown. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The colours core's renderReportText paints with (report/text.ts): bold, dim, red, green, yellow, cyan, reset. */
const OWN_SGR = /\u001b\[(?:0|1|2|31|32|33|36)m/y;

/** \u001b, \u202e: visible in a terminal, and a valid escape inside a JSON string too. */
function visible(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Every control character as a visible escape (\u001b, \u202e); newlines and tabs stay. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, visible);
}

/** As escapeControls, but the renderer's own colour codes stay colour codes. */
export function escapeControlsKeepingColours(text: string): string {
  return text.replace(CONTROL, (char, at: number) => {
    if (char === '\u001b') {
      OWN_SGR.lastIndex = at;
      if (OWN_SGR.test(text)) return char;
    }
    return visible(char);
  });
}
