/**
 * Terminal column arithmetic. Chinese, Japanese and Korean characters (and full-width forms)
 * occupy two terminal columns; padding by `.length` would misalign every CJK row.
 */

/** East Asian Wide / Fullwidth code points, the ranges terminals draw two columns wide. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, CJK symbols
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms (（，：)
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) || // emoji
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B+
  );
}

/** Combining marks and zero-width characters take no column. */
function isZeroWidth(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Removes ANSI colour sequences (they take no columns). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Width of one code point in terminal columns. */
export function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isZeroWidth(cp)) return 0;
  return isWide(cp) ? 2 : 1;
}

/** Columns `text` takes in a terminal, ignoring ANSI colour sequences. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripAnsi(text)) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** Pads with spaces on the right to `width` columns (never truncates). */
export function padEndWidth(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}

/** Cuts plain `text` to at most `width` columns, ending in "…" when something was cut. */
export function truncateWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + '…';
}

/**
 * Breaks plain `text` into lines of at most `width` columns. Latin words stay whole where they
 * fit; CJK text may break between any two characters, as Chinese typesetting allows. Existing
 * newlines are kept.
 */
export function wrapWidth(text: string, width: number): string[] {
  const limit = Math.max(width, 4);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Tokens: a run of non-space Latin characters, a single wide character, or a space run.
    const tokens = paragraph.match(/[^\s\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]+|\s+|[\s\S]/gu) ?? [];
    let line = '';
    let used = 0;
    const flush = () => {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    };
    for (const token of tokens) {
      const w = displayWidth(token);
      if (/^\s+$/.test(token)) {
        if (used > 0 && used + 1 <= limit) {
          line += ' ';
          used += 1;
        }
        continue;
      }
      if (used + w <= limit) {
        line += token;
        used += w;
        continue;
      }
      if (w <= limit) {
        flush();
        line = token;
        used = w;
        continue;
      }
      // A word longer than a whole line: hard-break it.
      for (const ch of token) {
        const cw = charWidth(ch.codePointAt(0)!);
        if (used + cw > limit) flush();
        line += ch;
        used += cw;
      }
    }
    flush();
  }
  return lines;
}
