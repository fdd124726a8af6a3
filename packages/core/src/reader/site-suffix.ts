import { applyEdits, type MappedText } from './mapped-text.ts';

/**
 * A page title's site name, glued by a dash, underscore or bar to the headline's closing figure
 * (`明年新建项目开工110个,投资不低于141亿-某某网首页`, `…增长5%左右_某某新闻网`): the words after the separator name the
 * page, not the figure's measure, and a dash right after a figure would read as a range or a minus. Only on the text's
 * first line and a headline's length, only after a figure (its digits and up to four characters of unit, no punctuation
 * between), and only a tail of plain words (2–24, no figure — a site's `k8` is a name —, no punctuation, no second separator): a subtitle after a
 * colon or a double dash (`——`), a tail with figures, and a separator between words stay.
 */
const SITE_SUFFIX = /\d[^\n\d\-_|｜。，,、；;：:！!？?（）()“”"]{0,4}?([ \t]*[-_|｜][ \t]*([^\n\-_|｜。，,、；;：:！!？?（）()“”"—–]{2,24})[ \t]*)$/;
/** A figure in the tail: digits not inside a Latin token (a site's k8 or 4399app is its name). */
const FIGURE_IN_TAIL = /(?<![A-Za-z\d])\d+(?![A-Za-z\d])/;
/** A headline is short: a longer first line is prose (or a page with no line breaks), never read here. */
const HEADLINE_MAX = 120;

export function removeSiteSuffix(m: MappedText): MappedText {
  const start = m.text.search(/\S/);
  if (start < 0) return m;
  const newline = m.text.indexOf('\n', start);
  const end = newline < 0 ? m.text.length : newline;
  if (end - start > HEADLINE_MAX) return m;
  const found = SITE_SUFFIX.exec(m.text.slice(start, end));
  if (!found || FIGURE_IN_TAIL.test(found[2]!)) return m;
  const at = start + found.index + found[0].length - found[1]!.length;
  return applyEdits(m, [{ start: at, end, text: '' }]);
}
