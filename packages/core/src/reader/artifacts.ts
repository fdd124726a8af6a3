/**
 * Data about the debris that PDF/Word/web extraction leaves in plan documents. Kept as data so
 * a new document's quirks are one line here, not a new code path.
 */

/**
 * OCR slips seen in the seeds, wrong → right, always the same length (so offsets map one to one).
 * Multi-character entries are used where the single character has legitimate uses elsewhere.
 */
export const OCR_VARIANTS: readonly (readonly [wrong: string, right: string])[] = [
  ['负贵', '负责'], // seed 001: "按职责分工负贵" (贵 for 责)
  ['负貴', '负责'],
  ['負責', '负责'],
  ['貴任', '责任'],
  ['監', '监'], // seed 001: "市地方金融監管局"
  ['統計', '统计'],
];

/** A line that is web-site boilerplate (copy of a document scraped from a download site). */
export const BOILERPLATE_LINE =
  /^[^\n]*(?:Copyright\s*©|All rights reserved|ICP备\d|公网安备|本站为C2C|即用户上传的文档|网站客服)[^\n]*(?:\n|$)/gim;

/** `[bookmark: _Hlk124972222]`, left by Word bookmarks in seed 000. */
export const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;

/** HTML tags that survive some exports, e.g. `<p>` inside seed 004's table cells. */
export const HTML_TAG = /<\/?(?:p|br|span|div|b|i|strong|em|u|font|td|tr|table|tbody)(?:\s[^<>\n]*)?\/?>/gi;

/** HTML entities → characters. */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&ensp;': ' ',
  '&emsp;': ' ',
};

/** How often a short line must repeat to count as a running page header or footer. */
export const RUNNING_HEADER_MIN_REPEATS = 3;
