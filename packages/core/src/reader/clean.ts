import { removeSiteSuffix } from './site-suffix.ts';
import {
  BOILERPLATE_MARK,
  BOOKMARK,
  END_OF_ARTICLE_LINE,
  HTML_BLOCK_BREAK,
  HTML_CELL_BREAK,
  HTML_ENTITIES,
  HTML_NON_TEXT,
  HTML_ROW_BREAK,
  HTML_TAG,
  OCR_VARIANTS,
  PAGE_FURNITURE_LINE,
  RUNNING_HEADER_MIN_REPEATS,
  TRANSLITERATION,
  GARBLED_COMPARATOR,
  GARBLED_CHARACTER,
  GARBLED_CHARACTER_HINT,
  SEO_SPAM,
  SEO_SPAM_HINT,
  LOTTERY_SPAM,
  LOTTERY_SPAM_HINT,
  ABSTRACT_BODY_MARK,
  LINE_END_TOKEN,
  WATERMARK_LINES,
  DECIMAL_SPLIT,
  FIGURE_DEBRIS,
  PAGE_NUMBER_SPLIT,
  PAGE_NUMBER_LINE,
  PAGE_OF_PAGES,
  PAGE_FOOTER_NUMBER,
} from './artifacts.ts';
import { BULLET_MARKS } from '../grammar/chars.ts';
import { SHARE_WORDS } from '../grammar/words.ts';
import { applyEdits, identityText, rewrite, type MappedText } from './mapped-text.ts';
import { splitRunOnRows } from './run-on-rows.ts';
import { gatherSheetRows } from './sheet-rows.ts';
import { flattenedTableSpans } from './table-cells.ts';
import { headerLabel, shapedHeader } from './table-columns.ts';
import { SIMPLIFIED_CODE } from './traditional.ts';

/**
 * Where only a mark, never a word, stands: after a sentence's or a label's closing mark (。PZl, 各位代表：PZl) or alone
 * on its line. A unit or a product's name ending lines (30亿kWh, “一网通办”App) stands after a figure or a word.
 */
const WATERMARK_PLACE = /(?:[。：:；;！!？?]|^|\n)[ \t]*$/;

/** A site's watermark token (LINE_END_TOKEN) goes wherever it stands, so the lines and words it cut join again. */
function removeWatermark(m: MappedText): MappedText {
  const counts = new Map<string, number>();
  const placedAsMark = new Set<string>();
  for (const x of m.text.matchAll(LINE_END_TOKEN)) {
    const token = x[1]!;
    if (!/[a-z]/.test(token) || !/[A-Z]/.test(token)) continue;
    counts.set(token, (counts.get(token) ?? 0) + 1);
    if (WATERMARK_PLACE.test(m.text.slice(Math.max(0, x.index - 4), x.index))) placedAsMark.add(token);
  }
  const marks = [...counts].filter(([token, n]) => n >= WATERMARK_LINES && placedAsMark.has(token)).map(([token]) => token);
  if (marks.length === 0) return m;
  // A wrap may split the token itself (PZ⏎l).
  const spelled = marks.map((token) => [...token].join('[ \\t\\n]?'));
  return rewrite(m, new RegExp(`(?<![A-Za-z])(?:${spelled.join('|')})(?![A-Za-z])`, 'g'), () => '');
}

/**
 * Turns a plan document as received into text fit for reading, keeping a map back to the
 * original characters. Each pass removes one kind of extraction debris; none of them changes
 * what the document says. The passes, in order:
 *  1. line endings (\r\n → \n), web-site boilerplate lines (seed 003's download-site footer),
 *     page furniture (view counters, flip-book page titles) and whatever a web page lists after
 *     its article (相关文章 and other pages' headlines);
 *  2. `[bookmark: …]` artifacts; a digest's source marks before its next item's dash (`[4] - `) → ；; style/script elements and comments removed whole; HTML tables as
 *     lines and tabs, other tags and entities removed;
 *  3. pinyin injected after characters ("國(guo)", "網(wǎng)");
 *  4. page-number markers spliced at page starts (seed 003: "全年 1\n3、0 亿元" is 10 亿元);
 *  5. running page headers/footers spliced into sentences (seed 004), joining the sentence;
 *  6. OCR variants (负貴 → 负责, 監 → 监) and Traditional characters → Simplified (國 → 国);
 *  7. width: small form punctuation (﹔ ﹐ ﹑) → its standard full-width form; full-width digits/letters/％ → ASCII; the ratio sign ∶ between digits → `:`;
 *  8. spaces next to Chinese characters, which PDF extraction scatters ("增长 10% 以上"), except
 *     between the cells of an indicator table printed with spaces, which become tabs;
 *  9. ASCII , ; : ( ) ! ? next to Chinese → full-width, so prose punctuation has one form
 *     (（一）, ，) as numbers have one form (１５％ → 15%).
 */
export function cleanText(original: string): MappedText {
  try {
    return cleanPasses(original);
  } finally {
    forgetLines();
  }
}

function cleanPasses(original: string): MappedText {
  let m = identityText(original);
  m = rewrite(m, /\r/g, () => '');
  // Before every pass that reads a figure (a counter, a page number, a year): one form of digits.
  if (FULL_WIDTH_FIGURE_HINT.test(m.text)) m = rewrite(m, FULL_WIDTH_FIGURE, (x) => (x[0] === '．' ? '.' : toHalfWidth(x[0])));
  m = breakRunOnLine(m);
  // Before every pass that reads a line from its start: a web page's indentation (ideographic spaces, &nbsp;) says nothing.
  if (LINE_INDENT_HINT.test(m.text)) m = rewrite(m, LINE_INDENT, () => '');
  if (BOILERPLATE_HINT.test(m.text)) m = removeBoilerplate(m);
  m = cutAfterArticle(m);
  // Before the site suffix, read on the text's first line: a breadcrumb above the headline is furniture.
  if (PAGE_FURNITURE_HINT.test(m.text)) m = rewrite(m, PAGE_FURNITURE, () => '');
  m = removeSiteSuffix(m);
  m = rewrite(m, BOOKMARKS, () => '');
  if (m.text.includes('] -') || m.text.includes(']-')) m = rewrite(m, CITED_ITEM_BREAKS, () => '；');
  if (m.text.includes('<')) {
    m = rewrite(m, HTML_NON_TEXTS, () => '');
    m = rewrite(m, HTML_CELL_BREAKS, () => '\t');
    m = rewrite(m, HTML_ROW_BREAKS, () => '\n');
    m = rewrite(m, HTML_BLOCK_BREAKS, () => '\n');
    m = rewrite(m, HTML_TAGS, () => '');
  }
  if (m.text.includes('&')) m = decodeEntities(m);
  if (PINYIN_HINT.test(m.text)) m = rewrite(m, TRANSLITERATIONS, () => '');
  if (m.text.includes('以?') || m.text.includes('以？')) m = rewrite(m, GARBLED_COMPARATORS, () => '');
  if (GARBLED_CHARACTER_HINT.test(m.text)) m = rewrite(m, GARBLED_CHARACTERS, () => '');
  if (m.text.includes('?')) m = restoreLostQuotes(m);
  if (m.text.includes('?')) m = rewrite(m, LOST_RATIO_SIGNS, restoreRatioSigns);
  if (SEO_SPAM_HINT.test(m.text)) m = rewrite(m, SEO_SPAM, () => '');
  if (LOTTERY_SPAM_HINT.test(m.text)) m = rewrite(m, LOTTERY_SPAM, () => '');
  if (m.text.includes('<正>')) m = rewrite(m, ABSTRACT_BODY_MARK, () => '');
  m = removeWatermark(m);
  if (/[%％”"]/.test(m.text)) m = rewrite(m, FIGURE_DEBRIS, () => '');
  // (Each of the three needs a 页 or a number between dashes, - 3 -: a range such as 2021-2025 holds neither.)
  if (/[页頁]|[-－—–]\s*\d{1,4}\s*[-－—–]/.test(m.text)) {
    m = rewrite(m, PAGE_NUMBER_SPLIT, () => '');
    m = rewrite(m, PAGE_NUMBER_LINE, () => '');
    m = rewrite(m, PAGE_OF_PAGES, () => '');
  }
  if (PAGE_FOOTER_HINT.test(m.text)) m = rewrite(m, PAGE_FOOTER_NUMBER, () => '');
  m = removePageMarkers(m);
  if (HEADING_BESIDE_COLUMN_HINT.test(m.text)) m = rewrite(m, HEADING_BESIDE_COLUMN, () => '\n');
  if (/^[ \t]*\|[ \t:]*-{3,}/m.test(m.text)) m = tabulateMarkdownRows(m);
  if (CLOSED_CELL_HEADER.test(m.text)) m = tabulateClosedCellRows(m);
  m = gatherDecompositionCells(m);
  if (SCORE_HEADER_HINT.test(m.text)) m = gatherScoredTableCells(m);
  m = removeRunningHeaders(m);
  m = joinWrappedLines(m, original);
  // Again after the page-width joins: a mirror's pinyin a hard wrap cut from its character (強⏎(qiáng)園區, 實(⏎shí)現)
  // follows it only now that the lines are one (catalogue r28x 6).
  if (PINYIN_HINT.test(m.text)) m = rewrite(m, TRANSLITERATIONS, () => '');
  m = fixOcrVariants(m);
  m = simplify(m);
  if (SMALL_FORM_HINT.test(m.text)) m = rewrite(m, SMALL_FORMS, (x) => SMALL_FORM_STANDARD.get(x[0])!);
  m = rewrite(m, FULL_WIDTH_FORMS, (x) => toHalfWidth(x[0]));
  // After simplify: a Traditional page's counter (瀏覽數) reads as 浏览数 only now.
  // (No hint first: the pattern opens on the counter's words, so a text without them costs one quick scan either way.)
  m = rewrite(m, STAMPED_VIEW_COUNTER, () => '');
  // After the page-width joins, which mend a printed page's wraps (a decimal's among them) whole.
  if (DECIMAL_SPLIT_HINT.test(m.text)) m = rewrite(m, DECIMAL_SPLIT, () => '');
  if (CHINESE_YEAR_HINT.test(m.text)) m = rewrite(m, CHINESE_YEAR, (x) => [...x[0]].map((ch) => YEAR_DIGITS.get(ch)).join(''));
  // A table whose cells ran together (指标名称计量单位2020年目标值…): its rows a line each again, their cells between tabs.
  m = splitRunOnRows(m);
  m = tabulateSpacedTables(m);
  // Before the fixed-width gathering: a sheet whose rows run to more or fewer lines than its header is cut by its last column.
  m = gatherSheetRows(m);
  // A table flattened one cell a line keeps its lines: a figure alone on its line there is a cell.
  m = joinNumberLines(m, flattenedTableSpans(m.text));
  if (CLAUSE_END_HINT.test(m.text)) m = joinClauseLines(m);
  // Each pass runs only where what it mends can be (one scan of the text, not a rewrite).
  if (m.text.includes('——')) m = rewrite(m, DASH_BEFORE_LIST, () => '：');
  if (/\d[ \u00a0]+[.．]/.test(m.text)) m = rewrite(m, SPACED_DECIMAL_POINT, () => '');
  if (/\d[.．][ \u00a0]+\d/.test(m.text)) m = rewrite(m, SPACE_AFTER_DECIMAL_POINT, () => '');
  if (/\d[ \u00a0\u2009\u202f]\d/.test(m.text)) m = rewrite(m, SPACED_THOUSANDS, () => '');
  if (/[∶︰]/.test(m.text)) m = rewrite(m, RATIO_SIGN, () => ':');
  if (/\d[ \u00a0]+[:：]|[:：][ \u00a0]+\d/.test(m.text)) m = rewrite(m, SPACED_RATIO, () => '');
  if (SPACE_AFTER_PERCENT_HINT.test(m.text)) m = rewrite(m, SPACE_AFTER_PERCENT_ITEM, () => '，');
  if (SPACE_AFTER_FIGURE_HINT.test(m.text)) m = rewrite(m, SPACE_AFTER_FIGURE_ITEM, () => '，');
  if (FIGURE_LEFT_BLANK_HINT.test(m.text)) m = rewrite(m, FIGURE_LEFT_BLANK, () => 'X');
  m = rewrite(m, SPACES_NEXT_TO_CJK, () => '');
  const spaced = m;
  m = rewrite(spaced, /[,;:()!?]/g, (x) => toFullWidthPunctuation(spaced.text, x.index, x[0]));
  return m;
}

// The passes' patterns, compiled once per module rather than once per document (rewrite()
// resets lastIndex and runs each to the end, so sharing them is safe); own copies, so the
// exported patterns' lastIndex is never touched.
const BOILERPLATE = new RegExp(BOILERPLATE_MARK.source, BOILERPLATE_MARK.flags);
const PAGE_FURNITURE = new RegExp(PAGE_FURNITURE_LINE.source, PAGE_FURNITURE_LINE.flags);
const BOOKMARKS = new RegExp(BOOKMARK.source, 'g');
/**
 * A digest's items run together on one line, each closed by its source marks and the next opened by a
 * dash (…高于全国0.7个百分点 [4] - 省市县重点项目完成投资…): marks and dash are the break between items.
 */
const CITED_ITEM_BREAKS = /(?<![A-Za-z])[ \t]*(?:\[\d{1,3}\])+[ \t]*-(?:[ \t]+(?=[^\s[-])|(?=[\u4e00-\u9fff“]))/g;
/** The verb a page's view counter opens on (浏览, 阅读, 点击), Simplified. */
const VIEW_COUNTER_VERB = '(?:浏览|阅读|点击)';
/** A page's view counter's words (浏览次数, 阅读量, 点击), Simplified: also what unreadFigures leaves out before a bare number. */
export const VIEW_COUNTER_WORDS = `${VIEW_COUNTER_VERB}(?:次数|数|量)?`;
/**
 * A view counter on a page's publishing stamp, after its time of day and source
 * (2024-08-26 14:04来源:某网浏览数:182次), or after its date (发布时间:2026年03月06日 浏览次数:79次): furniture inside the
 * line, no figure of the plan.
 * (The words first, the stamp looked for behind them after: a look-behind opening the pattern is tried at every character
 * of the text, reading up to 40 back from each; after the words, only where they are written.)
 */
const STAMPED_VIEW_COUNTER = new RegExp(
  String.raw`${VIEW_COUNTER_VERB}(?<=(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})[^\n。，；]{0,40}${VIEW_COUNTER_VERB})(?:次数|数|量)?[:：]\s*\d+\s*次?`,
  'g',
);
/** Where PAGE_FOOTER_NUMBER can be: a short number closing a line, a blank line after it. */
const PAGE_FOOTER_HINT = /[ \t]\d{1,3}[ \t]*\n[ \t]*\n/;
/**
 * A figure a template or a copy left out, its gap kept (生产总值 亿元，增长 %；分别达到 亿元、 亿元和 亿元): the gap
 * becomes the template's X, a placeholder, so a bare 亿元 after 达到 is not read as one 亿元 and a result reads nothing.
 * Only spaces after a word or a list's mark (not after a number, nor a multiplier split from its unit: 439.7 亿 元, 140万亿 元, nor
 * 单位 亿元) and before a unit that closes its phrase (a clause mark, 和, 以上, 左右), so a spaced table's unit cell,
 * followed by its figures or ending its line (增长率 % 5左右, 引进内资 亿元 170, 地区生产总值 亿元⏎), stays.
 */
const FIGURE_LEFT_BLANK =
  /[ \u00a0\u3000](?<=[\u4e00-\u9fff、，,][ \u00a0\u3000])(?<!(?:[亿万千百十美两一二三四五六七八九零〇]|单位)[ \u00a0\u3000])[ \u00a0\u3000]{0,2}(?=(?:亿元|万元|元|%|‰|个百分点|亿美元|万美元)(?:[，,；;、。）)和及]|以上|左右|以内))/g;
/** Where FIGURE_LEFT_BLANK can be: a space right before one of its units. */
const FIGURE_LEFT_BLANK_HINT = /[ \u00a0\u3000](?:亿元|万元|元|%|‰|个百分点|亿美元|万美元)/;
/**
 * Quotes a page lost to its encoding, each become an ASCII question mark (坚持以?三个代表?重要思想为指导, 实施?工业强县、开放兴县?战略): the
 * pair is put back, so a numeral inside a name (三个代表) is not read as a count. Only a pair around two to twenty Chinese
 * words (、 between them allowed, no digit), on Chinese either side, and only where the text holds two such pairs or more
 * (a page that lost its quotes lost them all); a full-width ？ is a question mark typed and stays.
 */
const LOST_QUOTE_PAIR = /(?<=[\u4e00-\u9fff，、。；：（,;:(])\?(?=[\u4e00-\u9fff、]{2,20}\?[\u4e00-\u9fff，、。；：）,;:)])([\u4e00-\u9fff、]{2,20})\?/g;
function restoreLostQuotes(m: MappedText): MappedText {
  const edits: { start: number; end: number; text: string }[] = [];
  LOST_QUOTE_PAIR.lastIndex = 0;
  for (let x = LOST_QUOTE_PAIR.exec(m.text); x; x = LOST_QUOTE_PAIR.exec(m.text)) {
    edits.push({ start: x.index, end: x.index + 1, text: '“' });
    edits.push({ start: x.index + x[0].length - 1, end: x.index + x[0].length, text: '”' });
  }
  return edits.length >= 4 ? applyEdits(m, edits) : m;
}
/**
 * Full-width digits and ％, and a full-width point between digits (２．５％): the figure's ASCII form, converted before
 * the passes that read counters, page numbers and years (the rest of the full-width forms wait for step 7).
 */
const FULL_WIDTH_FIGURE = /[０-９％]|(?<=[０-９0-9])．(?=[０-９0-9])/g;
const FULL_WIDTH_FIGURE_HINT = /[０-９％]/;

/** A text this long on one line is a repost that joined its lines, not a headline. */
const RUN_ON_MIN_LENGTH = 200;
/**
 * A PDF's scattered spaces, not joined lines: a word of one Chinese character between spaces (增 长 稳 定) at least once
 * in this many characters. Joined lines leave words, cells and sentences between their spaces, however many (a table's
 * rows have many); a headline spaced out letter by letter (四 平 市 政 府) is a few such words in a long text.
 */
const CHARS_PER_LONE_CHARACTER = 12;
/** The marks that open a list's items (● ■ ▷ -·): an item opens a line of its own. */
const ITEM_MARKS = `${BULLET_MARKS}▷►▶`;
/** A date in figures, a page's dateline (2024-02-29, 2024/2/29, 2024.02.29), with its time (10:38, 10:38:07) if any. */
const FIGURE_DATE = '(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)';
const CLOCK_TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)';
/** What opens a numbered heading or an item of a list: its number and mark (一、 （二） （3） 3. 4、 第四章 ① ●). */
const NUMBERED_ITEM_OPENING = `[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\\d{1,2}[）)]|\\d{1,2}[.．、](?![\\d.．、])|第[一二三四五六七八九十]{1,3}[章部节篇]|[①-⑳${ITEM_MARKS}]`;
/** The spaces a repost joined lines with: one run of them. */
const JOINING_SPACE = '[ \\t\\u3000]+';
/**
 * Where a text joined onto one line had its line breaks: a space after a sentence's or a label's end (。！？；：, or their
 * ASCII forms a converter wrote); a space between two Chinese characters, closing and opening marks (报告 ——2024年,
 * 上 市长 张某 各位代表：, 两会 《政府工作报告》解读, 要闻 【两会焦点】); before a numbered heading (一、 （二） 3. 第四章), a
 * list item's mark (● ▷), a year opening a paragraph (工作回顾 2024年，), an abstract's body mark (<正>) or a dateline
 * (报告 2024-02-29); after a dateline and its time (2024-02-29 10:38 正文). A space between a word and any other figure
 * (增长 10%) is left to the spacing pass.
 */
const RUN_ON_BREAK = new RegExp(
  [
    `(?<=[。！？；：!?;:])${JOINING_SPACE}(?=\\S)`,
    `(?<=[\u4e00-\u9fff”」』）)])${JOINING_SPACE}(?=[\u4e00-\u9fff“「『（(—]|(?:19|20)\\d{2}年)`,
    `(?<=\\S)${JOINING_SPACE}(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．、](?!\\d)|第[一二三四五六七八九十]{1,3}[章部节篇]|[${ITEM_MARKS}《【]|<正>|${FIGURE_DATE})`,
    `(?<=${FIGURE_DATE}(?: ${CLOCK_TIME})?)${JOINING_SPACE}(?!${CLOCK_TIME})(?=\\S)`,
  ].join('|'),
  'g',
);

/**
 * A numbered heading or item opening (一、 （二） （3） 3. 4、 第四章 ① ●) right after a sentence's end (。！？；：, a closing
 * quote or bracket after it allowed), with no space between: a page copied without its line breaks ran the item onto the
 * sentence before it, and the break stood there. Not a number inside a sentence (增长1.5个百分点, 第一, 二是, 一、二月份:
 * nothing ends a sentence before them), nor a decimal (。2.5%…: a digit after the point).
 */
const ITEM_AFTER_SENTENCE_END = new RegExp(`[。！？；：!?;:][”’」』）)]?(?=${NUMBERED_ITEM_OPENING})`, 'g');

/** Whether a one-line text's spaces stand between lone Chinese characters throughout it: a PDF's scattered spaces. */
function spacesScattered(text: string): boolean {
  const lone = text.split(/[ \t\u3000]+/).filter((w) => w.length === 1 && HAN.test(w)).length;
  return lone * CHARS_PER_LONE_CHARACTER >= text.length;
}

/**
 * A long text on one line (a repost joined its paragraphs with spaces): the spaces where its lines broke are line breaks
 * again, one space for one break, so the passes that read a line (the title, a heading, a part) find their lines. A text
 * with any line break, a short one, one whose spaces a PDF scattered through words, or an HTML page (its tags say where
 * its lines break) is left as it is.
 */
export function breakRunOnLine(m: MappedText): MappedText {
  const text = m.text.trim();
  if (text.length < RUN_ON_MIN_LENGTH || text.includes('\n')) return m;
  if (text.includes('<') && ANY_HTML_TAG.test(text)) return m;
  if (/[ \t\u3000]/.test(text) && !spacesScattered(text)) {
    m = rewrite(m, RUN_ON_BREAK, (x) => (betweenLoneCharacters(x.input, x.index, x.index + x[0].length) ? x[0] : '\n' + x[0].slice(1)));
  }
  return breakBeforeRunOnItems(m);
}

/** A numbered item run onto the sentence before it (…增长6%。二、重点任务): the item opens its line again. */
function breakBeforeRunOnItems(m: MappedText): MappedText {
  return rewrite(m, ITEM_AFTER_SENTENCE_END, (x) => x[0] + '\n');
}

const SPACE_OR_END = /^[ \t\u3000]?$/;
/**
 * A space between Chinese characters with one of them alone between spaces (四 平 市 政 府 工 作 报 告(摘要), 主 要 任 务):
 * a headline or a header cell spaced out letter by letter, one line still.
 */
function betweenLoneCharacters(text: string, start: number, end: number): boolean {
  return HAN.test(text[start - 1] ?? '') && HAN.test(text[end] ?? '') && (SPACE_OR_END.test(text[start - 2] ?? '') || SPACE_OR_END.test(text[end + 1] ?? ''));
}

/**
 * A line's indentation with spaces, ideographic spaces or no-break spaces, before its first character (not a tab: a
 * table's empty first cell). Web pages indent each paragraph so; no pass reads it, and passes that read a line from its
 * start (furniture, a number alone on its line, a spaced table's row) would miss the line behind it.
 */
const LINE_INDENT = /^[ \u3000\u00a0]+(?=[^\s])/gm;
const LINE_INDENT_HINT = /^[ \u3000\u00a0]+[^\s]/m;
/** Words every PAGE_FURNITURE_LINE match holds: one quick test skips the per-line pattern on most texts. */
// (A counter's digit looked behind from 人/次/条: leading, \d was tried at every digit of the text. Only tested.)
const PAGE_FURNITURE_HINT = /首页|浏览|阅读|点击|瀏覽|閱讀|[人次条](?<=\d\s*[人次条])\s*(?:支持|点赞|喜欢|收藏|评论|分享|转发)|Page \d|P\. ?\d/;
const HTML_CELL_BREAKS = new RegExp(HTML_CELL_BREAK.source, 'gi');
const HTML_ROW_BREAKS = new RegExp(HTML_ROW_BREAK.source, 'gi');
const HTML_BLOCK_BREAKS = new RegExp(HTML_BLOCK_BREAK.source, 'gi');
const HTML_TAGS = new RegExp(HTML_TAG.source, 'gi');
/** Whether a text holds any tag (HTML_TAG, any case): one test, no state. */
const ANY_HTML_TAG = new RegExp(HTML_TAG.source, 'i');
const HTML_NON_TEXTS = new RegExp(HTML_NON_TEXT.source, 'gi');
// The leading lookahead states what every match starts with, so the engine skips to a bracket
// instead of trying the lookbehind at every character (same matches, about a fifth faster).
const TRANSLITERATIONS = new RegExp(`(?=[(（])${TRANSLITERATION.source}`, 'g');
/** What every TRANSLITERATION match holds: most texts have none, and skip the pass on one quick test. */
const PINYIN_HINT = /[(（](?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const GARBLED_COMPARATORS = new RegExp(GARBLED_COMPARATOR.source, 'g');
const GARBLED_CHARACTERS = new RegExp(GARBLED_CHARACTER.source, 'g');

/** Cheap pre-check so the per-line boilerplate pattern only runs on scraped copies. */
const BOILERPLATE_HINT = /Copyright|rights reserved|ICP备|公网安备|本站|上传的文档|网站客服|版权|未经|如有侵权|第一时间删除/i;

const CJK = '\\u2e80-\\u9fff\\uff00-\\uffef\\u2018-\\u201d\\u2014\\u2026';
/**
 * A PDF page laid out in columns, flattened line by line, puts a part heading and the next column's words on one line
 * (`一、2022 年工作回顾          持全国大中城市首位,…`): the wide gap ends the heading, so the part opens there and its
 * year dates what follows. Only a numbered heading opening its line, and prose after the gap (words and a comma
 * or 、), not the cells of a spaced table (`一、经济发展    地区生产总值    亿元`). The gap is taken whole before the
 * prose after it is looked for: looked for after each shorter gap first, it was read to the line's end once per space.
 */
const HEADING_BESIDE_COLUMN =
  /(?<=^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^\n。，,；;：:\t]{2,24}?)[ \t\u3000]{6,}(?![ \t\u3000])(?=\S)(?=[^\n]*[\u4e00-\u9fff]{4}[，,、])/gm;
/** Where DECIMAL_SPLIT can be: a digit, its point or not, a line break, a point or not, a digit (each match holds one). */
const DECIMAL_SPLIT_HINT = /\d\.?[ \t]*\n[ \t]*\.?\d/;
/** Where HEADING_BESIDE_COLUMN can be: a numbered heading opening a line with a wide gap soon after (bounded, so linear). */
const HEADING_BESIDE_COLUMN_HINT = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^\n]{2,24}?[ \t\u3000]{6}/m;
// A space starts every match and is matched first, its look-behinds read after it: the engine skips to the next space
// (a leading look-ahead did not let it: each character was still tried, four times slower). The second branch starts
// only where a run of spaces starts: from inside a long run not followed by CJK it read on to the run's end from every
// space (quadratic), and matches nowhere the run's start does not.
const SPACES_NEXT_TO_CJK = new RegExp(
  `[ \\u00a0\\u3000](?:(?<=[${CJK}][ \\u00a0\\u3000])[ \\u00a0\\u3000]*|(?<![ \\u00a0\\u3000]{2})[ \\u00a0\\u3000]*(?=[${CJK}]))`,
  'g',
);
const HAN = /[\u3400-\u9fff]/;
/**
 * 增长 11.5% 财政总收入 7.5 亿元: where PDF extraction lost the punctuation between items, the
 * space after a percentage and before the next item's words is their break (not before a word that
 * qualifies the figure: 以上, 左右, 的).
 */
/** 主要预期目标——地区生产总值增长7.5%: a dash that introduces what follows reads as a colon. */
const DASH_BEFORE_LIST = /(?<=(?:目标|指标|任务|要求|如下|要点))——(?=[\u4e00-\u9fff])/g;
/**
 * 6 . 5%: spaces a PDF put around a decimal point. A space before the point is required, so a
 * numbered line (1. 2022年…) is not joined to its number.
 */
// (Each look-behind after the first space: leading, they were tried at every position of the text.)
const SPACED_DECIMAL_POINT = /[ \u00a0](?:(?<=\d[ \u00a0])[ \u00a0]*(?=[.．][ \u00a0]*\d)|(?<=\d[ \u00a0]+[.．][ \u00a0])[ \u00a0]*(?=\d))/g;
/**
 * 年均增长3. 9%: a space a page left after a decimal point alone, inside a figure run on from words and closed by a
 * percent sign or a unit; a numbered item (1. 2022年…, after 。 or at a line start) and a caption (附件1. 5万元…) stay.
 */
const SPACE_AFTER_DECIMAL_POINT =
  /(?<=[\u4e00-\u9fff](?<![表图件号第页章节条款])\d{1,4}[.．])[ \u00a0]+(?=\d+(?:%|万|亿|元|吨|斤|亩|户|家|人|个|公里|平方米|千瓦))/g;
/**
 * 粮食产量达到1 270万吨: a space a PDF left as a thousands separator, between a number run on from words and exactly three
 * digits before a unit; a spaced table's cells (2024年 1 270), a caption's number (附件1 500万元以上项目) and a list of
 * numbers (1 2 3) stay.
 */
const SPACED_THOUSANDS =
  /(?<=[\u4e00-\u9fff](?<![表图件号第页章节条款])\d{1,3})[ \u00a0\u2009\u202f](?=\d{3}(?:\.\d+)?(?:万|亿|元|吨|斤|亩|户|家|人|公里|平方米|千瓦))/g;
/**
 * 2.9∶39.2∶57.9: the ratio sign (U+2236) a bulletin prints between a structure's parts, read as a colon; so is the
 * vertical two-dot form (U+FE30) a traditional-script repost prints there, 19.8︰41︰39.2.
 */
/**
 * Ratio signs a page lost to its encoding, each become an ASCII question mark (三次产业比重由1.6?36.9?61.5调整为1?31?68): read as
 * colons, the structure its parts make. Only a run of three parts or more (digits only, whole numbers or decimals) that adds up to
 * 100, after a structure named within its clause (比重, 结构, 比例) — a question mark between figures that make no structure stays.
 */
const LOST_RATIO_SIGNS = /(?<![\d.?])\d{1,3}(?:\.\d{1,3})?(?:\?\d{1,3}(?:\.\d{1,3})?){2,}(?![\d.?])/g;
/** A structure named before its parts in the clause (三次产业比重由, 产业结构调整为…), the run before it maybe between. */
const STRUCTURE_NAMED_BEFORE = /(?:比重|结构|比例)[^，,。；;！\n]{0,24}$/;
function restoreRatioSigns(x: RegExpExecArray): string {
  const sum = x[0].split('?').reduce((total, part) => total + Number(part), 0);
  const named = STRUCTURE_NAMED_BEFORE.test(x.input.slice(Math.max(0, x.index - 30), x.index));
  return named && Math.abs(sum - 100) <= 0.5 ? x[0].replaceAll('?', ':') : x[0];
}
const RATIO_SIGN = /[∶︰](?<=\d[ \u00a0]*[∶︰])(?=[ \u00a0]*\d)/g; // (look-behind after the sign, as SPACED_DECIMAL_POINT's)
/** 10.3 :45.2 :44.5: spaces a page put around the colons of a structure (三次产业结构). */
const SPACED_RATIO = /[ \u00a0](?:(?<=\d[ \u00a0])[ \u00a0]*(?=[:：][ \u00a0]*\d)|(?<=\d[ \u00a0]*[:：][ \u00a0])[ \u00a0]*(?=\d))/g; // (as SPACED_DECIMAL_POINT)
/** The comparator words that close a figure (5%以上, 6%左右): a pattern source. */
const COMPARATOR_WORDS = '左右|以上|以下|以内|上下';
/** The space after a percentage, or after the comparator word closing it (7%以上 地方…), before the next item's words. */
// (Each look-behind here follows the first space it is about: leading, it was tried at every position of the text.)
const SPACE_AFTER_PERCENT_ITEM = new RegExp(
  String.raw`[ \u00a0\u3000](?<=\d%(?:${COMPARATOR_WORDS})?[ \u00a0\u3000])[ \u00a0\u3000]*(?=[\u4e00-\u9fff])(?![以左上下的和及或至到])`,
  'g',
);
const SPACE_AFTER_PERCENT_HINT = new RegExp(String.raw`%(?:${COMPARATOR_WORDS})?[ \u00a0\u3000]`);
/**
 * 集中开工项目275个 总投资2207亿元, 人均预期寿命达到84.53岁 千人床位数达到4.5张: a headline parting its statements with a space.
 * A figure written tight after its words, with a unit of one to three characters (not a date: 年, 月, 日…), and a space,
 * then words reaching a figure of their own before any break or space: the space is the break between the two. Not a spaced
 * text (新建 20 所 学校: no words right before the figure), nor a count before what it counts (3个 1000万元项目: no words).
 */
const SPACE_AFTER_FIGURE_ITEM =
  /[ \u00a0\u3000](?<=[\u4e00-\u9fff]\d[\d.]{0,12}[\u4e00-\u9fff]{1,3}(?<![年月日号时期届批次季度]) )(?=[\u4e00-\u9fff]{2}[^，,。；;！？!?、\s]{0,12}?\d)/g;
const SPACE_AFTER_FIGURE_HINT = /[\u4e00-\u9fff]\d[\d.]{0,12}[\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]/;

/**
 * A year written in Chinese digits (二○二六年, 二〇二五年, 一九九八年) → Arabic digits, one for one, so a year reads as
 * one whatever the page wrote (a Taiwan or Hong Kong repost dates its figures so). Four digits right before 年, not
 * inside a longer numeral. A wire story often types its zeros as Arabic 0 among the Chinese digits (二00六年, 二0一二年):
 * the same year.
 */
const CHINESE_YEAR = /(?<![\d零〇○一二三四五六七八九十百千万亿])(?:一[八九]|二[零〇○0])[零〇○0一二三四五六七八九]{2}(?=年)/g;
const CHINESE_YEAR_HINT = /(?:一[八九]|二[零〇○0])[零〇○0一二三四五六七八九]{2}年/;
const YEAR_DIGITS: ReadonlyMap<string, string> = new Map([
  ...[...'零〇○一二三四五六七八九'].map((ch, k): [string, string] => [ch, String(Math.max(0, k - 2))]),
  ['0', '0'],
]);

/**
 * Small form variants (U+FE50–FE6B): a Traditional-script page may close its clauses with ﹔ or ﹐
 * instead of ； and ，. Each becomes its standard full-width form, so a clause ends where it ends
 * (…总收入达到210亿元﹔持续… is 210 亿元 and then the next clause).
 */
const SMALL_FORM_CHARS = '﹐﹑﹔﹕﹖﹗﹙﹚﹪';
const SMALL_FORM_STANDARD = new Map([...SMALL_FORM_CHARS].map((ch, i) => [ch, '，、；：？！（）％'[i]!]));
const SMALL_FORMS = new RegExp(`[${SMALL_FORM_CHARS}]`, 'g');
const SMALL_FORM_HINT = new RegExp(`[${SMALL_FORM_CHARS}]`);
/** Full-width forms kept as they are: they are the Chinese forms of prose punctuation. */
const KEEP_FULL_WIDTH = new Set('！（），：；？［］｛｝～');
/**
 * The full-width forms made half-width (U+FF01–U+FF5E but those kept): the kept ones, every Chinese comma among them,
 * are not matched at all, where a match and a call each changed nothing.
 */
const FULL_WIDTH_FORMS = new RegExp(
  `[${Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, k) => String.fromCharCode(0xff01 + k))
    .filter((ch) => !KEEP_FULL_WIDTH.has(ch))
    .join('')}]`,
  'g',
);

function toHalfWidth(ch: string): string {
  if (KEEP_FULL_WIDTH.has(ch)) return ch;
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** After a question mark: a written year or a list number (not a lost digit of a figure). */
const QUESTION_ENDS = /^(?:(?:19|20)\d{2}\s*年|\d{1,2}[.．、](?!\d))/;

/** ASCII prose punctuation next to a Chinese character becomes its full-width form. */
function toFullWidthPunctuation(text: string, at: number, ch: string): string {
  // (Codes, not one-character strings and patterns: this runs on every ASCII mark of a text. NaN past either end.)
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  // 年均增?.5%, 突?6万元: a ? against a figure stands for digits a wrong charset lost, masked as a site's *.
  // Not a question's mark before what opens the next sentence: 目标是什么?2025年…, 如何推进?1.加快….
  if (ch === '?' && (isDigitCode(before) || isDigitCode(after) || after === 0x2e) && !QUESTION_ENDS.test(text.slice(at + 1, at + 8))) return '*';
  if (isDigitCode(before) && isDigitCode(after)) return ch; // 1,200 or 10:30
  if (!isHanCode(before) && !isHanCode(after)) return ch;
  return String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
}

/** 0-9 (what \d reads), by code. */
const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** A Han character as HAN reads one (U+3400–U+9FFF), by code. */
const isHanCode = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;

/** Traditional characters → Simplified, one for one (one table read per character). */
function simplify(m: MappedText): MappedText {
  const text = m.text;
  const edits: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const simplified = SIMPLIFIED_CODE[text.charCodeAt(i)]!;
    if (simplified !== 0) edits.push({ start: i, end: i + 1, text: String.fromCharCode(simplified) });
  }
  return applyEdits(m, edits);
}

/** What follows an entity's ampersand (nbsp;, #12290;, #x3002;): a pattern source. */
const ENTITY_BODY = String.raw`(?:[a-z]{2,7}|#\d{2,6}|#x[0-9a-f]{2,5});`;
/** An entity's written form (&nbsp;, &#12290;, &#x3002;). */
const ENTITY = new RegExp(`&${ENTITY_BODY}`, 'gi');
/** An ampersand escaped once more before an entity (&amp;ldquo;, &amp;nbsp;): a page that escaped its HTML twice. */
const DOUBLED_AMPERSAND = new RegExp(`&amp;(?=${ENTITY_BODY})`, 'gi');

/**
 * Named and numeric entities → characters, also when a page escaped them twice (&amp;ldquo;6%&amp;rdquo;); tags
 * that only the decoding brings out (&lt;br&gt;) break lines and go as written tags do.
 */
function decodeEntities(m: MappedText): MappedText {
  if (m.text.includes('&amp;')) m = rewrite(m, DOUBLED_AMPERSAND, () => '&');
  const escapedTags = /&lt;/i.test(m.text);
  m = rewrite(m, ENTITY, (x) => entity(x[0]));
  if (escapedTags && m.text.includes('<')) {
    m = rewrite(m, HTML_BLOCK_BREAKS, () => '\n');
    m = rewrite(m, HTML_TAGS, () => '');
  }
  return m;
}

/** An HTML entity's character; an unknown one is left as written. */
function entity(written: string): string {
  const named = HTML_ENTITIES[written.toLowerCase()];
  if (named !== undefined) return named;
  const code = written[1] === '#' ? (written[2] === 'x' || written[2] === 'X' ? parseInt(written.slice(3, -1), 16) : Number(written.slice(2, -1))) : NaN;
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : written;
}

/**
 * A header row of an indicator table printed with spaces: 序号 指标名称 2020 年目标值 2020 年预计值 完成情况; one of three
 * cells (指标 2020年 2025年) is a table's only when a line of value labels follows it.
 */
const SPACED_HEADER = /^(?=[^\n]*指标)[ \t]*\S+(?:[ \u3000]+\S+){2,}[ \t]*$/;
const SPACED_HEADER_VALUE = /\d{4}\s*年|基期|目标|预计|属性|年均/;
/**
 * A spaced header that names no 指标 but is one by the shapes of its labels (序号  项目  单位  2020年  2025年  属性): the
 * column model's reading (`shapedHeader`), its years joined to their 年 first.
 */
function spacedShapedHeader(line: string): boolean {
  const labels = line
    .trim()
    .replace(/(?<=\d)[ \u3000]+(?=年)/g, '')
    .split(/[ \u3000]+/);
  return labels.length >= 3 && shapedHeader(labels.map(headerLabel));
}
/** The signs a target cell opens with (≥90, ＜5): a pattern's character class body. */
export const COMPARATOR_SIGNS = '≥≤<>＞＜';
/** A cell holding a figure, maybe after a sign or 约. */
const SIGNED_FIGURE = new RegExp(`^[${COMPARATOR_SIGNS}约]?-?\\d`);
/** A row under it: its 序号, its indicator name, then cells. */
const SPACED_ROW = /^[ \t]*\d{1,3}[ \u3000]+\S+(?:[ \u3000]+\S+)*[ \t]*$/;
/** A header cell a second header line writes under a year (2020年 over 基期值, 2025年 over 目标值). */
const HEADER_SECOND_LINE_CELL = /^(?:(?:基期|目标|现状|预计|规划|预期|实际|完成)值?|基数)$/;

/** A second header line: value labels only (基期值  目标值). */
const labelsOnly = (line: string): boolean =>
  line.trim() !== '' &&
  line
    .trim()
    .split(/[ \u3000]+/)
    .every((c) => HEADER_SECOND_LINE_CELL.test(c));

/**
 * A verb or comparison word standing alone between gaps before a figure (全县 GDP 达到 500亿元): prose a PDF spaced out,
 * never a table's cell (a cell writes its comparison with its figure: 不低于90; a 完成情况 cell comes after the figures).
 */
const PROSE_WORD_CELL =
  /^(?:达到?|突破|超过|增长|增加|提高|提升|下降|降低|减少|完成|实现|新增|控制在|保持在?|稳定在|力争|确保|争取|不低于|不高于|不少于|不超过|高于|低于|约为|为|是|将|要)$/;

/**
 * A row of a spaced indicator table under a header of `width` cells: one opening with its 序号, or one with no 序号 that
 * is as wide as the header (or one cell short, its group cell written on a group's first row only), opens with a name
 * and holds a figure (地区生产总值  亿元  312  450  预期性). Not a line of other width, nor one of no figure (a caption),
 * nor one with a verb alone between its cells (prose).
 */
function spacedRow(line: string, width: number): boolean {
  if (!cellLike(line)) return false;
  const cells = line.trim().split(/[ \u3000]+/);
  // A status cell (完成, under 完成情况) stands after the figures; a verb before them is prose.
  if (cells.some((c, k) => PROSE_WORD_CELL.test(c) && cells.slice(k + 1).some((d) => /\d/.test(d)))) return false;
  if (SPACED_ROW.test(line)) return true;
  return (cells.length === width || cells.length === width - 1) && /^[\u4e00-\u9fff]/.test(cells[0]!) && cells.some((c) => SIGNED_FIGURE.test(c));
}

/**
 * The tail of a row's name a spaced table wrapped onto a line of its own (`2      常住人口城镇化   %   56.4 …` ⏎ `率`):
 * one character alone (indentation is gone by now), or two that complete a share word (…所占 ⏎ 比重), under a row
 * whose name is longer and over a row of the table (`next`). Not a group heading (民生, 经济发展), nor a note or mark
 * under the table's last row (说明, 附件, 注：…). The tail's words, or null.
 */
function nameTail(row: string, line: string, next: string, width: number): string | null {
  const tail = /^[ \t]*([\u4e00-\u9fff]{1,2})[ \t]*$/.exec(line)?.[1];
  const name = /^[ \t]*(?:\d{1,3}[ \u3000]+)?([\u4e00-\u9fff（）()]{4,})[ \u3000]/.exec(row)?.[1];
  if (tail === undefined || name === undefined || !spacedRow(next, width)) return null;
  return tail.length === 1 || SHARE_WORDS.some((w) => w.length >= tail.length && (name + tail).endsWith(w)) ? tail : null;
}

/**
 * A group heading alone on its line inside a table (绿色生态, 二、民生福祉): a few words, no figure. The table goes on
 * over it when a row follows.
 */
export const GROUP_HEADING = /^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?[\u4e00-\u9fff]{2,10}[ \t]*$/;

/** A 分解表 header printed with spaces: 序号 重点任务 牵头单位 配合单位. */
const SPACED_DECOMPOSITION_HEADER = /^[ \t]*序号(?:[ \u3000]+[^\s]{1,12}){2,}[ \t]*$/;

/**
 * The rows of a 分解表 printed with spaces, from its header at line `at`: each row starts with the
 * next 序号, its department cells are its last words (as many as the header's department columns),
 * and whatever stands between is one task cell (spaces inside it are the PDF's, not the table's).
 * Returns the index of the first line after the table, or null when the header names no department.
 */
function tabulateSpacedDecomposition(text: string, lines: readonly Line[], at: number, edits: { start: number; end: number; text: string }[]): number | null {
  const header = text
    .slice(lines[at]!.start, lines[at]!.end)
    .trim()
    .split(/[ \u3000]+/);
  const departments = header.filter((c) => DEPARTMENT_HEADER_CELL.test(c)).length;
  // 序号 重点工作 牵头责任单位 一季度工作进展: a progress sheet, what was done in the last cell after the departments.
  const progress = departments > 0 && PROGRESS_HEADER_CELL.test(header.at(-1)!) && DEPARTMENT_HEADER_CELL.test(header.at(-2)!);
  if (departments === 0 || (!progress && !DEPARTMENT_HEADER_CELL.test(header.at(-1)!) && !/备注|时限/.test(header.at(-1)!))) return null;
  // A progress sheet whose rows do not follow its header at once (a group heading, 一、…, between) is left as it was.
  if (progress && !/^[ \t]*1[ \u3000]+\S/.test(nextLine(text, lines, at))) return null;
  const tabGaps = (line: Line, keep: (index: number, count: number) => boolean) => {
    const gaps = [...text.slice(line.start, line.end).matchAll(/(?<=\S)[ \u3000]+(?=\S)/g)];
    gaps.forEach((gap, k) => {
      if (keep(k, gaps.length)) edits.push({ start: line.start + gap.index, end: line.start + gap.index + gap[0].length, text: '\t' });
    });
  };
  tabGaps(lines[at]!, () => true);
  const trailing = header.length - 1 - header.findIndex((c) => DEPARTMENT_HEADER_CELL.test(c)) + 1;
  let j = at + 1;
  for (let expected = 1; j < lines.length; j++) {
    const line = text.slice(lines[j]!.start, lines[j]!.end);
    if (line.trim() === '') continue;
    const number = /^[ \t]*(\d{1,3})[ \u3000]+\S/.exec(line);
    if (!number || Number(number[1]) !== expected) break;
    expected++;
    // The gap after 序号 and the gaps before the last `trailing` cells are the table's; on a progress sheet the gaps
    // around the department cells, after the task (what was done may hold spaces of its own).
    tabGaps(lines[j]!, (k, count) => k === 0 || (progress ? k <= departments + 1 : k >= count - trailing));
  }
  return j;
}

/** The first line after line `at` that is not blank, or ''. */
function nextLine(text: string, lines: readonly Line[], at: number): string {
  for (let j = at + 1; j < lines.length; j++) {
    const line = text.slice(lines[j]!.start, lines[j]!.end);
    if (line.trim() !== '') return line;
  }
  return '';
}

/** A progress sheet's last header cell, perhaps dated: 工作进展, 一季度工作进展, 1-6月完成情况. */
export const PROGRESS_HEADER_CELL =
  /^(?:目前|[一二三四]季度|上半年|前三季度|全年|\d{1,2}\s*[-—至]\s*\d{1,2}\s*月份?)?(?:(?:完成|进展|进度|落实|推进|执行)情况|(?:工作|当前)进展|当前进度)$/;

/** A line of short cells, as a table row is: no sentence, no cell longer than a name. */
function cellLike(line: string): boolean {
  const cells = line.trim().split(/[ \u3000]+/);
  return line.length <= 120 && !/[。；，]/.test(line) && cells.length <= 14 && cells.every((c) => c.length <= 24);
}

/**
 * Indicator tables that a PDF page prints with spaces between cells (越城年鉴's 十三五 table): the
 * spaces between cells become tabs, and a year split from its 年 ("2020 年目标值") is joined, so the
 * table survives the removal of spaces next to Chinese characters and can be read as a table.
 */
function tabulateSpacedTables(m: MappedText): MappedText {
  const text = m.text;
  const edits: { start: number; end: number; text: string }[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const header = text.slice(lines[i]!.start, lines[i]!.end);
    const after = header.includes('\t') || !SPACED_DECOMPOSITION_HEADER.test(header) ? null : tabulateSpacedDecomposition(text, lines, i, edits);
    if (after !== null) {
      i = after - 1;
      continue;
    }
    // cellLike's length bound first: a paragraph-long line skips the header patterns.
    if (header.includes('\t') || header.length > 120 || !SPACED_HEADER_VALUE.test(header) || !cellLike(header)) continue;
    if (!SPACED_HEADER.test(header) && !spacedShapedHeader(header)) continue;
    // 2020 年 is one cell: the header's width counts it once.
    const width = header
      .trim()
      .replace(/(?<=\d)[ \u3000]+(?=年)/g, '')
      .split(/[ \u3000]+/).length;
    const lineAt = (k: number): string => text.slice(lines[k]!.start, lines[k]!.end);
    // A header over two lines (2020年 / 基期值): the second line's labels are cells of the header too.
    const secondLine = i + 1 < lines.length && labelsOnly(lineAt(i + 1));
    if (header.trim().split(/[ \u3000]+/).length === 3 && !secondLine) continue;
    const tailAt = (k: number): string | null => nameTail(lineAt(k - 1), lineAt(k), k + 1 < lines.length ? lineAt(k + 1) : '', width);
    let j = i;
    // The edit after the name cell of the row last read: a name's tail on the next line goes there.
    let nameGap: { start: number; end: number; text: string } | undefined;
    // Line k goes on the table: the header's second line, a row as wide as the header, the tail of the name just read,
    // or a group heading with a row after it.
    const continuesTable = (k: number): boolean =>
      (secondLine && k === i + 1) ||
      spacedRow(lineAt(k), width) ||
      (nameGap !== undefined && tailAt(k) !== null) ||
      (GROUP_HEADING.test(lineAt(k)) && k + 1 < lines.length && spacedRow(lineAt(k + 1), width));
    do {
      const line = lines[j]!;
      const tail = j > i + 1 && nameGap ? tailAt(j) : null;
      if (tail !== null && nameGap) {
        nameGap.text = `${tail}\t`;
        edits.push({ start: lines[j - 1]!.end, end: line.end, text: '' });
        nameGap = undefined;
        j++;
        continue;
      }
      const nameCell = SPACED_ROW.test(lineAt(j)) ? 1 : 0;
      nameGap = undefined;
      let k = 0;
      for (const gap of text.slice(line.start, line.end).matchAll(/(?<=\S)[ \u3000]+(?=\S)/g)) {
        const start = line.start + gap.index;
        const joinYear = /\d$/.test(text.slice(line.start, start)) && text[start + gap[0].length] === '年';
        edits.push({ start, end: start + gap[0].length, text: joinYear ? '' : '\t' });
        if (k++ === nameCell && j > i) nameGap = edits.at(-1);
      }
      j++;
    } while (j < lines.length && continuesTable(j));
    i = j - 1;
  }
  return applyEdits(m, edits);
}

/**
 * A line that holds only a number, maybe with a per cent sign: "3.5%", "322", "-2.1". (The sign takes the spaces after
 * it: spaces on both sides of a sign that is not there were split two ways, quadratic on a long run.)
 */
const NUMBER_LINE = /^[ \t]*[-+]?\d+(?:[.,]\d+)*[ \t]*(?:%[ \t]*)?$/;
/**
 * A unit a wrapped line left at the start of the next (完成投资120⏎亿元，增长8%): a measure or counting unit
 * that closes there — punctuation, a comparator word, the line's end or the change after it — so not a word
 * it starts (个人, 家庭, 人民).
 */
const UNIT_TAIL = String.raw`(?:[万亿]*(?:元|美元|吨|亩|斤)|万?(?:千瓦时|千瓦|平方米)|公里|个百分点|[万亿]?[个家户人项])(?=[、，,。；;）)！？]|${COMPARATOR_WORDS}|[ \t]*$|同比|增长|比上年|较上年)`;
/** A number ending a line and the punctuation, per cent sign, unit or rank word opening the next. */
/**
 * A unit a wrapped line split in two (增长8% 3000 亿⏎元大关, 完成投资12万⏎吨): its multiplier ends the line and the rest of
 * the unit opens the next, whatever follows — 万 and 亿 alone are a count's, never before 元, 吨, 千瓦 or 平方米 as a word.
 * (Not a word the next line opens with 元 or 吨 in it, 元旦, 元器件, 吨位: 新增就业1.2万⏎元器件企业… is a count of people.)
 */
const SPLIT_UNIT = String.raw`(?<![\d.,])\d+(?:\.\d+)?[ \t]*[万亿]\n[ \t]*(?:元(?![旦宵素器件年月首])|美元|吨(?!位)|千瓦|平方米)`;
const NUMBER_TAIL = new RegExp(
  String.raw`(?:[^\d\s.,]\d+(?:\.\d+)?%?\n[ \t]*(?:[、，,。；;）)%]|${COMPARATOR_WORDS})|[^\d\s.,]\d+(?:\.\d+)?\n[ \t]*${UNIT_TAIL}|第\d+\n[ \t]*[位名]|${SPLIT_UNIT})`,
);
/** A line ending in a figure: its last digit, its per cent sign, or a multiplier right after its digits (3000 亿). */
function endsInDigitOrPercent(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  if (last === 0x4e07 || last === 0x4ebf) return /\d[ \t]*[万亿]$/.test(line);
  return (last >= 48 && last <= 57) || last === 37;
}
/** A line holding only what follows a number: a per cent sign or a comparator word (6⏎%⏎左右). */
const NUMBER_FRAGMENT_LINE = new RegExp(String.raw`^[ \t]*(?:%|个?百分点|${COMPARATOR_WORDS})[ \t]*$`);
/** A line opening with what continues a number (、, 左右, 个百分点…). */
const NUMBER_CONTINUES = new RegExp(String.raw`^[ \t]*(?:[、，,。；;）)]|${COMPARATOR_WORDS}|个?百分点)`);
/** A line that a number on the next line cannot continue: blank, a table row, or a finished sentence. */
const CLOSED_LINE = /^[ \t]*$|[\t|]|[。！？；：][ \t]*$/;

/**
 * PDF text that puts every number on a line of its own (…地区生产总值增长⏎3.5%⏎左右。): a number
 * alone on a line belongs to the words around it, so the line breaks on both sides go unless the
 * line above closes a sentence (then the number opens the next line's words) or the line below is
 * blank, a table row or a new item. Numbers between blank lines (a table flattened one cell per
 * line: its 序号 cells) are left alone.
 */
function joinNumberLines(m: MappedText, tables: readonly [number, number][]): MappedText {
  const text = m.text;
  const lines = splitLines(text);
  const edits: { start: number; end: number; text: string }[] = [];
  let table = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    // (Tables are in order: the next one not yet passed; a line next to one or in it is left as it is.)
    while (table < tables.length && tables[table]![1] < (lines[i - 1] ?? line).start) table++;
    if (table < tables.length && tables[table]![0] <= lines[i + 1]!.end) continue;
    const body = text.slice(line.start, line.end);
    // The words after a number that a wrapped line left on the next line: 增长2.1%⏎、2.5%, 第1⏎位.
    // NUMBER_TAIL needs a digit or % right before the line break: most lines skip the concatenation.
    if (endsInDigitOrPercent(body) && !/[\t|]/.test(body) && NUMBER_TAIL.test(body + '\n' + text.slice(lines[i + 1]!.start, lines[i + 1]!.end))) {
      edits.push({ start: line.end, end: lines[i + 1]!.start, text: '' });
      continue;
    }
    if (i === 0) continue;
    if (NUMBER_FRAGMENT_LINE.test(body) && NUMBER_LINE.test(text.slice(lines[i - 1]!.start, lines[i - 1]!.end))) {
      // 增长⏎6⏎%⏎左右: the number line joins it; it joins what continues the number after it.
      const next = text.slice(lines[i + 1]!.start, lines[i + 1]!.end);
      if (NUMBER_CONTINUES.test(next)) edits.push({ start: line.end, end: lines[i + 1]!.start, text: '' });
      continue;
    }
    if (!NUMBER_LINE.test(body)) continue;
    const prev = text.slice(lines[i - 1]!.start, lines[i - 1]!.end);
    const next = text.slice(lines[i + 1]!.start, lines[i + 1]!.end);
    const nextOpen = !/^[ \t]*$|[\t|]/.test(next) && !ITEM_START.test(next);
    if (/^[ \t]*$/.test(prev) && !nextOpen) continue;
    // …开展。⏎2⏎地区生产总值增长6%左右…: a small whole number between a closed sentence and words that are
    // not its unit is the next item's number (a 序号 cell flattened), not the figure of either line.
    if (CLOSED_LINE.test(prev) && ITEM_NUMBER_LINE.test(body) && nextOpen && !UNIT_OPENING.test(next)) continue;
    if (!CLOSED_LINE.test(prev)) edits.push({ start: lines[i - 1]!.end, end: line.start, text: '' });
    if (nextOpen || /^[ \t]*[%、，,。；！？）)]/.test(next)) edits.push({ start: line.end, end: lines[i + 1]!.start, text: '' });
  }
  return applyEdits(m, mergeEdits(edits));
}

/** A small whole number alone on its line. */
const ITEM_NUMBER_LINE = /^[ \t]*\d{1,3}[ \t]*$/;
/** Words a number's unit or comparator opens (2⏎家企业, 5⏎个百分点, 3⏎万人, 8⏎%以上): they continue the number. */
const UNIT_OPENING = /^[ \t]*(?:[%％‰个家户人项万亿元件座所台套条名次倍吨亩公千米平方处只头辆场期批]|以上|以下|左右)/;

/** A line that stops at a clause comma: its sentence goes on. */
const CLAUSE_END = /[，,、][ \t\u3000]*$/;
const CLAUSE_END_HINT = /[，,、][ \t\u3000]*\n/;
const IN_TABLE = /[\t|]/;

/**
 * A narrow column hard-wrapped with blank lines between its lines (全市实现地区生产总值⏎⏎7423.26亿元,⏎⏎同比增长6%): a
 * line that stops at a clause comma runs on into the next line with words, and a line that opens with
 * a number and stops at a comma continues the words above it that end without punctuation (its
 * metric). Table rows and a next line that opens an item stay apart; lines without a comma stay
 * apart too (a table flattened one cell per line has short lines as well).
 */
function joinClauseLines(m: MappedText): MappedText {
  const text = m.text;
  const lines = filledLines(text);
  const edits: { start: number; end: number; text: string }[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = text.slice(lines[k]!.start, lines[k]!.end);
    const next = text.slice(lines[k + 1]!.start, lines[k + 1]!.end);
    if (IN_TABLE.test(line) || IN_TABLE.test(next) || ITEM_START.test(next)) continue;
    const runsOn = CLAUSE_END.test(line) || (/[\u4e00-\u9fff]$/.test(line.trimEnd()) && /^\s*\d/.test(next) && CLAUSE_END.test(next));
    if (runsOn) edits.push({ start: lines[k]!.end, end: lines[k + 1]!.start + (next.length - next.trimStart().length), text: '' });
  }
  return applyEdits(m, mergeEdits(edits));
}

/**
 * A pipe between two cells of a row, with the spaces on either side of it. (Spaces before a pipe are taken from the
 * start of their run only: tried from each space, a long run of spaces inside a cell was read to its end from each.)
 */
const CELL_PIPE = /(?:(?<![ \t])[ \t]+)?\|[ \t]*/g;
/** The |---| rule under the header of a table written with pipes. */
const MARKDOWN_RULE = /^[ \t]*\|(?:[ \t:]*-{3,}[ \t:]*\|)+[ \t]*$/;

/**
 * A table written with pipes and a |---| rule under its header (a Markdown or wiki copy): the
 * rule goes, each row's outer pipes go and its inner pipes become tabs, so it reads like a table
 * copied with tabs. A row is a line that starts and ends with a pipe and holds some text.
 */
function tabulateMarkdownRows(m: MappedText): MappedText {
  const text = m.text;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const line of splitLines(text)) {
    const row = text.slice(line.start, line.end);
    const trimmed = row.trim();
    if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 3 || !/[^|\s]/.test(trimmed)) continue;
    if (MARKDOWN_RULE.test(row)) {
      edits.push({ start: line.start, end: Math.min(text.length, line.end + 1), text: '' });
      continue;
    }
    for (const pipe of row.matchAll(CELL_PIPE)) {
      const outer = pipe.index === 0 || pipe.index + pipe[0].length === row.length;
      edits.push({ start: line.start + pipe.index, end: line.start + pipe.index + pipe[0].length, text: outer ? '' : '\t' });
    }
  }
  return applyEdits(m, mergeEdits(edits));
}

/** The header of a 分解表 whose cells each close with a pipe (序号 | 主要工作任务 | 责任单位 |; perhaps opened by one too, | 序号 |). */
// (A line is one between line breaks: with the multiline flag, each U+2028 of a long run of them began a line read on to
// the line break.)
const CLOSED_CELL_HEADER = /(?<![^\n])[ \t]*(?:\|[ \t]*)?序[ \t\u3000]*号[ \t]*\|[^\n|]+\|[^\n]*\|[ \t]*(?![^\n])/;
/**
 * A row of such a table: a cell (perhaps after an opening pipe), a pipe, more cells, and (unless the text is cut) a closing
 * pipe. (The spaces opening a row without an opening pipe are the cell's: split between the two, a long run of them was
 * read two ways.)
 */
const CLOSED_CELL_ROW = /^(?:[ \t]*\|)?[^|\n]+\|[^\n]*\S[^\n]*$/;

/**
 * A 分解表 a web page copied with each cell closed by a pipe and no rule under its header (序号 |
 * 主要工作任务 | 责任单位 |, then 1 | 地区生产总值增长6%左右。 | 市发展改革委 |): from a header opening
 * with 序号, the lines holding a pipe after a first cell are its rows; inner pipes become tabs and the
 * closing pipe goes, so the table reads as one copied with tabs. Lines ending in pipes elsewhere (a
 * page's metadata, 索 引 号 | … |) keep them.
 */
function tabulateClosedCellRows(m: MappedText): MappedText {
  const text = m.text;
  const edits: { start: number; end: number; text: string }[] = [];
  let inTable = false;
  for (const line of splitLines(text)) {
    const row = text.slice(line.start, line.end);
    if (!inTable) inTable = CLOSED_CELL_HEADER.test(row);
    else if (!CLOSED_CELL_ROW.test(row)) inTable = false;
    if (!inTable) continue;
    for (const pipe of row.matchAll(CELL_PIPE)) {
      const outer = pipe.index === 0 || pipe.index + pipe[0].length === row.length;
      edits.push({ start: line.start + pipe.index, end: line.start + pipe.index + pipe[0].length, text: outer ? '' : '\t' });
    }
  }
  return edits.length === 0 ? m : applyEdits(m, mergeEdits(edits));
}

/** What a department column says of its department: leads, answers, partners… (牵头单位, 配合部门). */
const DEPARTMENT_ROLES = '牵头|责任|配合|协办|主办';
/** A 分解表 header cell: 序号, the task or target columns, the department columns, 完成时限, 备注. */
const DECOMPOSITION_HEADER_CELL = new RegExp(
  `^(?:序号|[^\\t]{0,10}(?:任务|目标|内容|要求|举措|措施|指标|工作|事项|项目)[^\\t]{0,4}|(?:${DEPARTMENT_ROLES})(?:单位|部门|领导)|完成(?:时限|时间)|时间节点|时限|备注)$`,
);
/** 牵头单位, 责任部门, and two roles joined (牵头责任单位). */
const DEPARTMENT_HEADER_CELL = new RegExp(`^(?:${DEPARTMENT_ROLES}){1,2}(?:单位|部门)$`);
/** Spaces between two Chinese characters of a header cell (主 要 工 作 任 务): layout, no word break. */
const SPACED_OUT = /[ \u3000](?<=[\u4e00-\u9fff][ \u3000])[ \u3000]*(?=[\u4e00-\u9fff])/g;

/**
 * A text's non-blank lines read as the cells of a table flattened one cell per line, and a way to
 * join a run of them into one tab-separated row; `joined()` gives the text with the rows joined.
 */
function cellLines(m: MappedText) {
  const text = m.text;
  const lines = filledLines(text);
  const edits: { start: number; end: number; text: string }[] = [];
  return {
    lines,
    cellAt: (k: number): string => (k < lines.length ? text.slice(lines[k]!.start, lines[k]!.end).trim() : ''),
    join: (from: number, count: number): void => {
      for (let k = from; k + 1 < from + count; k++) edits.push({ start: lines[k]!.end, end: lines[k + 1]!.start, text: '\t' });
    },
    joined: (): MappedText => (edits.length === 0 ? m : applyEdits(m, edits)),
  };
}

/** 序 and 号 with only spaces between: a line that is no spaced-out 序号 header (`headerAt`) cannot hold them so. */
const SERIAL_HEADER_HINT = /序[ \u3000]*号/;

/**
 * A 分解表 flattened to one cell per line (blank lines between or not): the header row (序号, the
 * task columns, 牵头单位/责任单位…) tells how many cells a row has, and each row starts with its
 * 序号 (1, 2, 3, …). Each row's cells are joined by tabs onto one line, so the table reads like one
 * copied with its tabs; a last row cut off by the end of the text keeps the cells it has.
 */
function gatherDecompositionCells(m: MappedText): MappedText {
  // No line can read 序号 (its two characters, spaced out or not) where the text never writes them so: no per-line pass.
  if (!SERIAL_HEADER_HINT.test(m.text)) return m;
  const { lines, cellAt, join, joined } = cellLines(m);
  // 主 要 工 作 任 务, 序 号: a header cell spaced out to fill its column reads as its words.
  const headerAt = (k: number): string => cellAt(k).replace(SPACED_OUT, '');
  for (let i = 0; i < lines.length; i++) {
    if (headerAt(i) !== '序号') continue;
    let width = 1;
    while (i + width < lines.length && DECOMPOSITION_HEADER_CELL.test(headerAt(i + width)) && Number.isNaN(rowNumber(cellAt(i + width)))) width++;
    if (width < 3 || !Array.from({ length: width }, (_, k) => headerAt(i + k)).some((c) => DEPARTMENT_HEADER_CELL.test(c))) {
      // No 序号 within this run of header cells heads a table either (its run is a part of this one):
      // resume after the run, so lines of 序号 after 序号 stay linear.
      i += width - 1;
      continue;
    }
    join(i, width);
    let row = i + width;
    // A merged group cell (分块, 类别: 经济发展) written once before the rows it spans is a line of its own.
    const groupAt = (k: number, expected: number) => SHORT_LABEL.test(cellAt(k)) && rowNumber(cellAt(k + 1)) === expected;
    for (let expected = 1; row < lines.length; expected++) {
      if (rowNumber(cellAt(row)) !== expected && groupAt(row, expected)) row++;
      if (rowNumber(cellAt(row)) !== expected) break;
      // A row ends before the next 序号 or after `width` cells; the text's end may cut the last one.
      let count = 1;
      while (count < width && row + count < lines.length && rowNumber(cellAt(row + count)) !== expected + 1) count++;
      join(row, count);
      row += count;
    }
    i = row - 1;
  }
  return joined();
}

/** A score column of a 考核 table (分值, 权重): a weight per row, never a figure to reach. */
export const SCORE_WORDS = '分值|权重|分数|标准分|考核分值';
export const SCORE_HEADER_CELL = new RegExp(`^(?:${SCORE_WORDS})$`);
const SCORE_HEADER_HINT = new RegExp(`^[ \\t\\u3000]*(?:${SCORE_WORDS})[ \\t\\u3000]*$`, 'm');
/** Who answers for a row: the department column of a 考核 or 分解 table (not 计量单位, a unit column). */
const SCORED_DEPARTMENT_HEADER_CELL = new RegExp(`^(?:${DEPARTMENT_ROLES}|监考|考核|考评|主管|承办|负责)(?:单位|部门)$`);
const NUMBER_CELL = /^[0-9０-９]+(?:[.．][0-9０-９]+)?$/;
/** A header cell between the name and the department columns (考核标准, 年度目标值): a short label. */
const SHORT_LABEL = /^[\u4e00-\u9fff（）()]{2,8}$/;

/**
 * A 考核 table flattened to one cell per line with no 序号 column (项目 | 分值 | 目标任务 | 监考单位):
 * the header says how many cells a row has, and a row starts at a name whose next line is its
 * score (a bare number under 分值). A row may stop short (a merged department cell written once,
 * in the first row it spans; a target cell left empty), so the next name-and-score pair starts
 * the next row whatever the count; a short line that no score follows is a group heading
 * (宏观调控), a row of one cell. Each row's cells are joined by tabs onto one line.
 */
function gatherScoredTableCells(m: MappedText): MappedText {
  const { lines, cellAt, join, joined } = cellLines(m);
  for (let i = 0; i < lines.length; i++) {
    const header = scoredHeader(cellAt, i);
    if ('resume' in header) {
      i = header.resume - 1;
      continue;
    }
    join(i, header.width);
    const startsRow = (k: number) => !NUMBER_CELL.test(cellAt(k)) && NUMBER_CELL.test(cellAt(k + 1));
    let k = i + header.width;
    while (k < lines.length) {
      const cell = cellAt(k);
      if (cell.length > 60 || /[。；]/.test(cell)) break; // prose after the table
      if (!startsRow(k)) {
        if (cell.length > 12 || /\d/.test(cell)) break; // neither a row nor a group heading
        k++; // a group heading: a row of one cell
        continue;
      }
      let count = header.score + 1;
      while (count < header.width && k + count < lines.length && !(count > header.score && startsRow(k + count))) {
        const next = cellAt(k + count);
        if (next.length > 60 || /[。；]/.test(next)) break;
        count++;
      }
      join(k, Math.min(count, lines.length - k));
      k += count;
    }
    i = k - 1;
  }
  return joined();
}

/**
 * A 考核 table's header row at line `i`: its width and where its score column stands; or, when none
 * starts there, the line to look from next. A header that starts inside the run of cells read here
 * would end where this one does, with the same cells, so the next look is after the run (or at its
 * closing department cell, which may name a header of its own): lines of header-like cells stay linear.
 */
function scoredHeader(cellAt: (k: number) => string, i: number): { width: number; score: number } | { resume: number } {
  const label = (k: number) => cellAt(k).replace(/[ \u3000]+/g, '');
  // The name column's label: short, no year (a title line 某县2020年度考核任务 is no header cell).
  if (label(i) === '序号' || !DECOMPOSITION_HEADER_CELL.test(label(i)) || /\d/.test(label(i)) || label(i).length > 8) return { resume: i + 1 };
  let width = 1;
  let score = -1;
  let department = false;
  for (;;) {
    const next = label(i + width);
    if (SCORE_HEADER_CELL.test(next) && score < 0) score = width;
    else if (SCORED_DEPARTMENT_HEADER_CELL.test(next)) department = true;
    else if (!(DECOMPOSITION_HEADER_CELL.test(next) || SHORT_LABEL.test(next)) || /\d/.test(next)) break;
    width++;
    if (department) break; // the department column closes the header
  }
  if (width >= 3 && score >= 1 && department) return { width, score };
  return { resume: department ? i + width - 1 : i + width };
}

/** A 序号 cell's number (full-width digits too), or NaN. */
function rowNumber(cell: string): number {
  return /^[0-9０-９]{1,5}$/.test(cell) ? Number(cell.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : NaN;
}

/** A boilerplate line is a footer's or a notice's: longer, it is a page run onto one line, of which only a sentence is. */
const BOILERPLATE_LINE_MAX = 200;
/** How far a run-on page's boilerplate sentence is read either side of its words, at most. */
const BOILERPLATE_SENTENCE_REACH = 100;
const SENTENCE_END_MARKS = '。！？!?';

/**
 * Web-site boilerplate (Copyright ©, ICP备, a takedown notice): the line holding it goes whole; in a page whose line
 * breaks were lost (a line too long for a footer), only the sentence holding it, so the article around it stays.
 */
function removeBoilerplate(m: MappedText): MappedText {
  const { text } = m;
  const edits: { start: number; end: number; text: string }[] = [];
  // The line around each match is found from the one before (matches come in order): looked for again from each match,
  // a long line holding many was read once per match, quadratic.
  let lineStart = 0;
  let lineEnd = -1;
  BOILERPLATE.lastIndex = 0;
  for (let x = BOILERPLATE.exec(text); x; x = BOILERPLATE.exec(text)) {
    if (x.index > lineEnd) {
      lineStart = Math.max(lineEnd + 1, text.lastIndexOf('\n', x.index) + 1);
      const found = text.indexOf('\n', x.index);
      lineEnd = found < 0 ? text.length : found;
    }
    const lineBreak = lineEnd < text.length ? lineEnd : -1;
    let start = lineStart;
    let end = lineBreak < 0 ? text.length : lineBreak + 1;
    if (lineEnd - lineStart > BOILERPLATE_LINE_MAX) {
      start = x.index;
      while (start > lineStart && x.index - start < BOILERPLATE_SENTENCE_REACH && !SENTENCE_END_MARKS.includes(text[start - 1]!)) start--;
      end = x.index + x[0].length;
      while (end < lineEnd && end - x.index < BOILERPLATE_SENTENCE_REACH && !SENTENCE_END_MARKS.includes(text[end - 1]!)) end++;
    }
    const last = edits[edits.length - 1];
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else edits.push({ start, end, text: '' });
    BOILERPLATE.lastIndex = Math.max(BOILERPLATE.lastIndex, end);
  }
  return applyEdits(m, edits);
}

/** Everything from a line such as 相关文章 on belongs to other pages. */
function cutAfterArticle(m: MappedText): MappedText {
  const found = END_OF_ARTICLE_LINE.exec(m.text);
  // Only near the end of a page, so a document that names 相关文章 in its body loses nothing.
  if (!found || found.index < m.text.length / 2) return m;
  return applyEdits(m, [{ start: found.index, end: m.text.length, text: '' }]);
}

// Built once per module, not per document.
const OCR_VARIANT = new RegExp(OCR_VARIANTS.map(([wrong]) => wrong).join('|'), 'g');
const OCR_FIXES = new Map(OCR_VARIANTS);

function fixOcrVariants(m: MappedText): MappedText {
  return rewrite(m, OCR_VARIANT, (x) => OCR_FIXES.get(x[0]) ?? x[0]);
}

/**
 * Page numbers printed as "N、" at the start of each page's line (seed 003): the numbers run
 * 1, 2, 3, … and each page's text continues the previous page's sentence, often mid-word or
 * mid-number. They are told apart from a real "1、2、3、" list by running in sequence over long
 * lines, at least one of which breaks mid-sentence. The marker and the line break before it go.
 */
function removePageMarkers(m: MappedText): MappedText {
  const text = m.text;
  const found: { start: number; end: number; lineStart: number }[] = [];
  const pattern = /(^|\n)(\d{1,3})、/g;
  let expected = 1;
  for (let x = pattern.exec(text); x; x = pattern.exec(text)) {
    if (Number(x[2]) !== expected) continue;
    expected++;
    found.push({ start: x.index, end: x.index + x[0].length, lineStart: x.index + x[1]!.length });
  }
  if (found.length < 3) return m;
  const pageLengths = found.slice(1).map((f, i) => f.lineStart - found[i]!.lineStart);
  const averagePage = pageLengths.reduce((a, b) => a + b, 0) / pageLengths.length;
  const breaksMidSentence = found.slice(1).some((f) => !/[。；！？]\s*$/.test(text.slice(Math.max(0, f.start - 4), f.start)));
  if (averagePage < 200 || !breaksMidSentence) return m;
  return applyEdits(
    m,
    found.map((f) => ({ start: f.start, end: f.end, text: '' })),
  );
}

/** Line lengths of a printed page: a PDF wraps its lines at 20–80 characters. */
const WRAP_MIN = 20;
const WRAP_MAX = 80;
/** A line that opens a new item (一、 （一） 1. 1、 第一) or a table row is never joined to the line above. */
const ITEM_START = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+[，、]|[|])/;

/**
 * A line's printed width in full-width characters: ASCII letters and digits take half a place.
 * Counted on the original characters the line stands on, as the page printed them: debris that
 * cleaning took out of the line (a mirror's pinyin, `增長(zhǎng)`) took up its width too.
 */
function printedWidth(m: MappedText, original: string, line: Line): number {
  if (line.end <= line.start) return 0;
  const start = m.starts[line.start]!;
  const end = m.ends[line.end - 1]!;
  let half = 0;
  for (let i = start; i < end; i++) if (original.charCodeAt(i) < 0x80) half++;
  return Math.round(end - start - half / 2);
}

/**
 * Every line's printed width, in line order, counted once: the wrap and ragged-page passes ask each line's width up to
 * five times (the common width, the page-width check, the joins and the line after each), and each count reads the line.
 */
function printedWidths(m: MappedText, original: string, lines: readonly Line[]): Int32Array {
  const widths = new Int32Array(lines.length);
  for (let k = 0; k < lines.length; k++) widths[k] = printedWidth(m, original, lines[k]!);
  return widths;
}

/**
 * A page printed with hard line breaks (PDF extraction): most full lines have one width and end
 * mid-sentence, so a full-width line that ends without 。！？；： runs on into the next line
 * (…固定资产投资71.53亿⏎元、…). Such breaks go, so sentences and numbers are whole again. Texts
 * whose lines are paragraphs (no common width among five or more lines) are left alone.
 */
function joinWrappedLines(m: MappedText, original: string): MappedText {
  const text = m.text;
  const lines = splitLines(text);
  const lineWidths = printedWidths(m, original, lines);
  const spaced = spacedLines(text, lines);
  const widths = new Map<number, number>();
  for (let k = 0; k < lines.length; k++) {
    if (spaced[k]) continue;
    const width = lineWidths[k]!;
    if (width >= WRAP_MIN && width <= WRAP_MAX) widths.set(width, (widths.get(width) ?? 0) + 1);
  }
  let wrap = 0;
  let best = 0;
  for (const [width] of widths) {
    const near = (widths.get(width - 1) ?? 0) + (widths.get(width) ?? 0) + (widths.get(width + 1) ?? 0);
    if (near > best || (near === best && width > wrap)) [wrap, best] = [width, near];
  }
  if (best < 5 || !isPageWidth(m.text, lines, lineWidths, wrap)) return joinRaggedLines(m, lines, lineWidths, spaced);
  const edits: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const body = text.slice(line.start, line.end);
    const next = text.slice(lines[i + 1]!.start, lines[i + 1]!.end);
    const width = lineWidths[i]!;
    if ((Math.abs(width - wrap) > 2 && !figureWentOn(width, next, wrap)) || /[。！？；：\t|]\s*$/.test(body) || body.includes('\t')) continue;
    if (next.trim() === '' || next.includes('\t') || ITEM_START.test(next)) continue;
    if (spaced[i] || spaced[i + 1]) continue;
    edits.push({ start: line.end, end: lines[i + 1]!.start, text: '' });
  }
  return applyEdits(m, edits);
}

/** The end of a line no wrap leaves: a sentence's or a list's stop, a closing bracket or quote, a table's cell mark. */
const LINE_CLOSED = /[。！？；：!?;:）)】」』”"\t|][ \t\u3000]*$/;
/** The start of a line a wrap never leaves: a new item (一、 （一） 1. ① ★ 第三条 附件) or a table row. */
const NEW_ITEM = new RegExp(`${ITEM_START.source}|^\\s*(?:[${ITEM_MARKS}①-⑳]|第[一二三四五六七八九十百零〇\\d]+[条章节部分篇]|附[件表])`);
/** A stamped date ending its line (二〇二四年三月五日, 2024年3月5日): a signature block's, no wrap. */
const DATE_LINE_END = /[年][\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十〇]{1,3}日)?[ \t\u3000]*$/;
/** A stop inside a line: an item line holding one is a sentence, not a heading. */
const CLAUSE_STOP = /[，,；;。]/;
/** A wrapped line of a ragged page is at least this share of the page's width (a justified page's ends vary so much). */
const RAGGED_SHARE = 0.7;
/** Any stop inside a line: a wrapped line of prose holds one. */
const LINE_STOP = /[，,；;。、：:！？]/;
/** A sentence's end. */
const PROSE_END = /[。！？]/;
/** A table of contents' leader (发展环境…………1, 主要任务......9): a contents row, never a wrapped sentence. */
const LEADER = /…{2}|\.{4}|·{4}|-{4}/;
/** A heading is shorter than this many places (wider, an item line is a sentence a page wrapped). */
const HEADING_MAX = 30;

/**
 * A page a PDF broke into lines of many widths (a justified page with ragged ends, a narrow column): no common width
 * to find, but the lines say where they were wrapped. A text is such a page when its lines run to a page's width
 * (few wider than WRAP_MAX) and a third of them stop mid-sentence. There a line as wide as a printed line that no stop
 * ends, that is no heading, table row or date, runs on into the next line unless that opens an item or a row.
 */
function joinRaggedLines(m: MappedText, lines: readonly Line[], lineWidths: Int32Array, spaced: Uint8Array): MappedText {
  const text = m.text;
  const filled: Line[] = [];
  const widths: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (isBlank(text, line) || text.slice(line.start, line.end).includes('\t') || spaced[k]) continue;
    filled.push(line);
    widths.push(lineWidths[k]!);
  }
  const printed = widths.filter((w) => w >= WRAP_MIN && w <= WRAP_MAX).sort((a, b) => a - b);
  const wide = widths.filter((w) => w > WRAP_MAX).length;
  // The page's width: the widest a tenth of its printed lines reach. A wrap leaves a line near it; lines one item each
  // (a digest of results) run to many widths, most well short of the widest.
  const page = printed[Math.floor(printed.length * 0.9)] ?? 0;
  const near = Math.max(WRAP_MIN, Math.ceil(page * RAGGED_SHARE));
  const open = filled.filter((line, k) => widths[k]! >= near && widths[k]! <= WRAP_MAX && !LINE_CLOSED.test(text.slice(line.start, line.end))).length;
  // (A page of prose ends a sentence somewhere; a digest of results one a line may end none.)
  if (open < 5 || wide * 4 > printed.length || open * 3 < printed.length || !PROSE_END.test(text)) return m;
  // The first line with anything on it: the lines before it are all blank (asked of every line, found once).
  const firstFilled = lines.findIndex((line) => !isBlank(text, line));
  const edits: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, after] = [lines[i]!, lines[i + 1]!];
    const body = text.slice(line.start, line.end);
    const next = text.slice(after.start, after.end);
    const width = lineWidths[i]!;
    if (width < near || !runsOnRagged(body, width)) continue;
    // (A line with no stop inside — no comma, 、 or colon — that opens a paragraph or follows another such line is a
    // heading, a result of a digest or an item of a list, whole on its line; the text's first line, a title, may wrap.)
    if (!LINE_STOP.test(body) && i > 0 && !opensRunOn(text, lines, i, firstFilled)) continue;
    if (isBlank(text, after) || /[\t|]/.test(next) || LEADER.test(next) || NEW_ITEM.test(next) || DATE_LINE_END.test(next) || NUMBER_LINE.test(next)) continue;
    // (A short line no stop closes is a name, a title or a label — 省长, 科技创新 — not the tail of a wrapped sentence.)
    if (lineWidths[i + 1]! < WRAP_MIN && !LINE_CLOSED.test(next)) continue;
    if (spaced[i] || spaced[i + 1]) continue;
    edits.push({ start: line.end, end: after.start, text: '' });
  }
  return applyEdits(m, edits);
}

/**
 * Whether line `at` may be the middle of a sentence: the line before it is open and holds a stop, or every line before it
 * is blank (`at` is at or before `firstFilled`, the first line that is not; -1 when none is).
 */
function opensRunOn(text: string, lines: readonly Line[], at: number, firstFilled: number): boolean {
  if (firstFilled === -1 || at <= firstFilled) return true;
  const prev = lines[at - 1]!;
  const body = text.slice(prev.start, prev.end);
  return !isBlank(text, prev) && !LINE_CLOSED.test(body) && LINE_STOP.test(body);
}

/** A line a ragged page wrapped: as wide as a printed line, open at its end, no heading, table row or date. */
function runsOnRagged(body: string, width: number): boolean {
  if (width < WRAP_MIN || width > WRAP_MAX || LINE_CLOSED.test(body) || /[\t|]/.test(body) || LEADER.test(body) || DATE_LINE_END.test(body)) return false;
  return !(ITEM_START.test(body) && width < HEADING_MAX && !CLAUSE_STOP.test(body));
}

/**
 * A row of a table printed with spaces (`3    固定资产投资    亿元    12    22    预期性`): cells set apart by gaps of two
 * spaces or more, at least two such gaps. Rows of one table run to about one width, as a printed page's lines do, but
 * none is a wrapped line. A line with a sentence's stops is prose however a PDF spaced it out (a justified line, spaces
 * around its figures). Per line of `lines` (the lines of `text`, in order, as splitLines gives them), 1 for such a row.
 * (A gap is a run of two spaces or more that neither opens its line nor ends it. The gaps of the whole text are found in
 * one search, and only a line with two of them is read for its stops: most lines have none, and reading every line
 * character by character, once for each pass that asked, cost several times the search.)
 */
function spacedLines(text: string, lines: readonly Line[]): Uint8Array {
  const spaced = new Uint8Array(lines.length);
  const gap = SPACE_GAP;
  gap.lastIndex = 0;
  let [k, gaps] = [0, 0];
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    while (lines[k]!.end <= m.index) [k, gaps] = [k + 1, 0];
    const line = lines[k]!;
    // (A sentence's stops say prose: a PDF's justified line spaces its words out too, 增长  6.5%，…, and is still a wrap.)
    if (m.index > line.start && ++gaps === 2) spaced[k] = SENTENCE_STOP.test(text.slice(line.start, line.end)) ? 0 : 1;
  }
  return spaced;
}

/**
 * A gap between cells printed with spaces: two spaces or more (ASCII or ideographic), then something on the same line. Found
 * only from the start of its run: a run ending its line would otherwise be read on to its end from each of its spaces.
 */
const SPACE_GAP = /(?<![ \u3000])[ \u3000]{2,}(?=[^ \u3000\n])/g;

/** A stop within or after a sentence (，。；！？, or a Latin comma not inside a figure as 52,000): no table cell has one. */
const SENTENCE_STOP = /[，。；！？]|[,;](?!\d)/;

/** The figure a line opens with, digits, point and per cent sign: a Latin word a typesetter never breaks. */
const OPENING_FIGURE = /^[ \t]*(\d[\d.%]*)/;

/**
 * A line stopped short of the page's width because the figure that came next did not fit on it
 * (`…零售总额预计完成⏎78.2亿元，…` in a page 35 wide): the figure went whole to the next line, so the
 * line was wrapped as a full one is.
 */
function figureWentOn(width: number, next: string, wrap: number): boolean {
  const figure = OPENING_FIGURE.exec(next)?.[1];
  return figure !== undefined && width < wrap && width + figure.length / 2 > wrap - 2;
}

/**
 * A printed page's width is the widest its lines run: only a heading or two run wider. Lines of
 * many lengths, as many of them wider than the common width as near it, are items one a line (a
 * digest of results), each whole, not a page wrapped at that width.
 */
function isPageWidth(text: string, lines: readonly Line[], lineWidths: Int32Array, wrap: number): boolean {
  let near = 0;
  let wider = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (text.slice(line.start, line.end).includes('\t')) continue;
    const width = lineWidths[k]!;
    if (Math.abs(width - wrap) <= 2) near++;
    else if (width > wrap + 2) wider++;
  }
  return wider * 2 <= near;
}

/** Fewer characters than a printed page holds (seed 004's pages run 380–1,160 between its headers). */
const MIN_PAGE_CHARS = 150;

/**
 * A short line repeated on every page ("六安市金安区人民政府行政规范性文件", sometimes in
 * `**bold**`) is a running header. It goes with the blank lines around it; the sentence it
 * interrupted is joined back together, unless a table row or a finished sentence ends before it,
 * in which case one line break stays.
 */
function removeRunningHeaders(m: MappedText): MappedText {
  const text = m.text;
  const lines = splitLines(text);
  const seen = new Map<string, { count: number; last: number; closest: number }>();
  for (const line of lines) {
    const key = headerKey(text.slice(line.start, line.end));
    if (!key) continue;
    const before = seen.get(key);
    seen.set(key, {
      count: (before?.count ?? 0) + 1,
      last: line.start,
      closest: Math.min(before?.closest ?? Infinity, before ? line.start - before.last : Infinity),
    });
  }
  // A header repeats once a page; a line repeated closer than a page apart is content (a
  // department in a table flattened to one cell per line: 区发展改革委 in two rows running).
  const headers = new Set([...seen].filter(([, s]) => s.count >= RUNNING_HEADER_MIN_REPEATS && s.closest >= MIN_PAGE_CHARS).map(([k]) => k));
  if (headers.size === 0) return m;

  const edits: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const key = headerKey(text.slice(line.start, line.end));
    if (!key || !headers.has(key)) continue;
    let p = i - 1;
    while (p >= 0 && isBlank(text, lines[p]!)) p--;
    let n = i + 1;
    while (n < lines.length && (isBlank(text, lines[n]!) || headers.has(headerKey(text.slice(lines[n]!.start, lines[n]!.end)) ?? ''))) n++;
    const prev = p >= 0 ? lines[p]! : undefined;
    const next = n < lines.length ? lines[n]! : undefined;
    const start = prev ? prev.end : 0;
    const end = next ? next.start : text.length;
    const prevText = prev ? text.slice(prev.start, prev.end) : '';
    const nextText = next ? text.slice(next.start, next.end) : '';
    const join = prev && next && !prevText.includes('\t') && !nextText.includes('\t') && !/[。！？；：]\s*$/.test(prevText);
    edits.push({ start, end, text: !prev || !next ? '' : join ? '' : '\n' });
    i = n - 1;
  }
  return applyEdits(m, mergeEdits(edits));
}

function mergeEdits(edits: { start: number; end: number; text: string }[]) {
  const out: typeof edits = [];
  for (const e of edits) {
    const last = out.at(-1);
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}

interface Line {
  start: number;
  end: number;
}

// The passes split the same text a dozen times, and most of them change nothing, so each text's lines are kept for the
// next pass: a text of a million blank lines once made a million line objects per pass, and collecting them was most
// of its reading time. Only the last text is kept, and cleanText lets it go when it returns.
let lastSplit: { text: string; lines: readonly Line[]; filled: readonly Line[] | null } | null = null;

function splitLines(text: string): readonly Line[] {
  if (lastSplit?.text !== text) lastSplit = { text, lines: Object.freeze(linesOf(text)), filled: null };
  return lastSplit.lines;
}

/** The lines of `text` that are not blank. */
function filledLines(text: string): readonly Line[] {
  const lines = splitLines(text); // makes lastSplit this text's
  return (lastSplit!.filled ??= Object.freeze(lines.filter((line) => !isBlank(text, line))));
}

function forgetLines(): void {
  lastSplit = null;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // indexOf jumps to each break.
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lines.push({ start, end });
    start = end + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Whether a line holds only spaces, tabs, ideographic or no-break spaces (read in place: no copy of the line). */
function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether more than `limit` characters of `line` stay in its header key: counts no further than that. */
function keptBeyond(line: string, limit: number): boolean {
  let kept = 0;
  for (let i = 0; i < line.length; i++) if (!droppedFromKey(line.charCodeAt(i)) && ++kept > limit) return true;
  return false;
}
/**
 * A code unit a header key leaves out: white space and `*`, /[\s*]/ as codes (JS \s: tab, LF, VT, FF, CR, space, NBSP, U+1680, U+2000–200A,
 * U+2028/2029, U+202F, U+205F, U+3000, BOM), one set for the key and for the test of its length.
 */
function droppedFromKey(code: number): boolean {
  if (code < 0x80) return code === 0x20 || code === 0x2a || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The comparable form of a line that could be a running header, or null if it cannot be one. */
function headerKey(line: string): string | null {
  if (line.length < 4 || line.includes('\t')) return null; // a key is never longer than its line
  if (line.length > 40 && keptBeyond(line, 40)) return null; // a paragraph is not rewritten only to be too long
  let key = '';
  for (let i = 0; i < line.length; i++) if (!droppedFromKey(line.charCodeAt(i))) key += line[i];
  if (key.length < 4 || key.length > 40) return null;
  if (!/[\u4e00-\u9fff]{4}/.test(key) || /[。，；：、]/.test(key)) return null;
  return key;
}
