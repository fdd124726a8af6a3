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

/**
 * The words of web-site boilerplate (copy of a document scraped from a download site), or of a reposting site's takedown
 * notice (版权归原作者所有…如有侵权…我们将在第一时间删除), or a paper's reservation of its rights (凡本报记者署名文字、图片，版权
 *均属某报所有…未经授权不得转载，违者…: not 违者依法追究 alone, which a plan's own line may write): the line holding them (its 将 plans nothing) goes, or in a page run
 * onto one long line, the sentence holding them (`removeBoilerplate`).
 */
export const BOILERPLATE_MARK =
  /Copyright\s*©|All rights reserved|ICP备\d|公网安备|本站为C2C|即用户上传的文档|网站客服|版权归原作者所有|如有侵权|第一时间删除|版权[均皆]?[属歸归][^\n。，,；;]{1,16}?所有|未经(?:授权|许可)[^\n。，,；;]{0,4}?不得转载/gi;

/**
 * Page furniture that states no plan figure: a view counter and publishing time ("0次浏览
 * 发布时间：2025-04-02"), a reader-reaction counter alone on its line ("95人支持", "12人点赞"),
 * a flip-book page's title and number ("Page 33 - 党教3期", "P. 33"), a portal's breadcrumb from its home page
 * ("您当前的位置：首页 > 政务公开 > 工作动态", "首页>>新闻中心"); a mirror site's counters alone on their line, in either script
 * ("0瀏覽 評論0條", "12浏览"), whose 条 would read as a count. What a counter's line holds after it is a short stamp: a
 * line running on far past it is a page whose line breaks were lost, or the next line's paragraph, and stays.
 */
export const PAGE_FURNITURE_LINE =
  /^[ \t]*(?:(?:[^\n>＞]{0,8}位置(?:是)?[:：][ \t]*)?(?:网站)?首页(?:[ \t]*(?:>>?|＞|»|›)[ \t]*[^\n>＞»›]{0,20}){1,8}|\d+[ \t]*次(?:浏览|阅读|点击)[^\n]{0,80}|\d+\s*(?:浏览|瀏覽|阅读|閱讀)(?:[ \t]*(?:评论|評論)\s*\d+\s*[条條]?)?[ \t]*|\d+\s*[人次条]\s*(?:支持|点赞|喜欢|收藏|评论|分享|转发)[ \t]*|(?:浏览|阅读|点击)(?:次数|量)?[:：][ \t]*\d+[^\n]{0,80}|Page \d+ - [^\n]{0,80}|P\. ?\d+[ \t]*)(?:\n|$)/gm;

/**
 * A line after which a web page lists other pages (links, headlines with their own figures): the
 * document has ended. Only a line that holds nothing but the marker.
 */
export const END_OF_ARTICLE_LINE =
  /(?:^|\n)[ \t]*(?:相关文章|相关阅读|相关新闻|相关链接|推荐阅读|延伸阅读|热门文章|猜你喜欢|上一篇[:：][^\n]*|下一篇[:：][^\n]*)[ \t]*(?=\n|$)/;

/**
 * Transliteration that some reposting sites inject after characters: one or more pinyin
 * syllables in brackets, with or without tone marks ("國(guo)(guo)", "網(wǎng)", "以內(nèi)").
 * A syllable is an optional initial, vowels and an optional n/ng/r ending, in lower case; one with a tone mark may
 * have a space before its closing bracket ("會(huì )議"). Some sites gloss a whole word in one bracket
 * ("增加值(zēngjiāzhí)", "新闻(xīnwén)"): two to eight syllables run together, at least one tone-marked, so a lower-case
 * English word in brackets ("(beta)") is left alone.
 */
export const TRANSLITERATION =
  /(?<=[\u3400-\u9fff]|\d[%％])(?:[(（](?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,4}(?:ng|n|r)?|(?=[a-zü]{0,3}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,4}(?:ng|n|r)? )|(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,4}(?:ng|n|r)?){2,8})[)）])+/g;

/**
 * Keyword spam that hacked pages inject into sentences, even inside a word (单位GDP能光算谷歌seo光算谷歌外链耗降低2.5%):
 * a link farm's name and its SEO words, with the cut tail of the tag that wrapped them (seotrong>). It goes, so the
 * words around it join again.
 */
export const SEO_SPAM = /(?:光算)?(?:谷歌|百度|google|baidu)(?:seo|外[链鏈]|蜘蛛池|爬[虫蟲]池|快排)(?:[a-z]{1,8}>)?|光算(?:科技|蜘蛛池|爬[虫蟲]池)/gi;
/**
 * A download site's watermark: a short mixed-case Latin token (PZl, pbY) glued to the end of a line. One that ends
 * WATERMARK_LINES lines or more of a text is the site's mark, not a word (GDP, CPI and file endings are one case).
 */
export const LINE_END_TOKEN = /(?<![A-Za-z])([A-Za-z]{2,5})[ \t]*$/gm;
export const WATERMARK_LINES = 3;
/** The words every SEO_SPAM match holds: most texts hold none and skip that pass. */
export const SEO_SPAM_HINT = /谷歌|百度|google|baidu|光算/i;
/**
 * Lottery keyword spam that reposting sites inject into headlines, carrying the year its keyword is searched with
 * (四川省十四届2023年一码一肖100精准人大四次会议): a tipster's phrase (一码一肖, 正版资料, 天天开彩, 管家婆…) glued to a year
 * before it. It goes with its year, so the words around it join again and its year dates nothing. Only the phrases of
 * that trade (澳门, 香港 or 资料 alone stay), and only with a year: a phrase without one (202免费资料正版资料大全4年, splitting
 * a headline's year) stays — rejoined, that year would date a headline of results as the plan's.
 */
export const LOTTERY_SPAM =
  /(?<!\d)(?:19|20)\d{2}年?(?:新澳门?|澳门|香港|今晚|天天)*(?:一码一肖|一肖一码|一码中特|免费资料|正版资料|资料大全|天天开彩|六合彩|管家婆|开奖结果|开奖记录|特马)+(?:\d{1,3}%?(?=精准|最准|准确))?(?:大全|精准|最准|准确)*/g;
/**
 * The mark a journal database sets where an abstract's body starts (摘要⏎<正>2023年，是…开局之年。): no text, so it goes
 * and the sentence after it opens its line.
 */
export const ABSTRACT_BODY_MARK = /^[ \t\u3000]*<正>/gm;
/** The words every LOTTERY_SPAM match holds. */
export const LOTTERY_SPAM_HINT = /一码|一肖|资料|开彩|六合彩|管家婆|开奖|特马/;

/**
 * A printed page's number that PDF or Word extraction left in the text: 第2页共18页 (also 共18页 第2页, 第 2 页 / 共 18 页)
 * anywhere, even inside a sentence, and a line holding only a page number (- 3 -, — 3 —, 第3页). Where a sentence ran
 * over the page break (增长7.5%⏎第 2 页 共 18 页⏎以上), its two halves join again.
 */
const PAGE_OF = String.raw`第\s*\d{1,4}\s*[页頁]\s*(?:[,，/／]\s*)?共\s*\d{1,4}\s*[页頁]|共\s*\d{1,4}\s*[页頁]\s*(?:[/／]\s*)?第\s*\d{1,4}\s*[页頁]`;
const PAGE_ALONE = String.raw`[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*[页頁]`;
/**
 * A page-number line inside a sentence: the line before it ends without a sentence's closing mark. (Tried only at the
 * first two places of a run of spaces: a match from further in would be the same, and each try read the run to its end.
 * Every match starts at a space, tab or line break: said first, the look-behinds are not tried at every position.)
 */
export const PAGE_NUMBER_SPLIT = new RegExp(
  String.raw`(?=[ \t\n])(?:(?<=[^。！？；：!?;:\n \t])|(?<=(?:^|[^ \t])[ \t]))[ \t]*\n[ \t]*(?:${PAGE_OF}|${PAGE_ALONE})[ \t]*\n[ \t]*`,
  'g',
);
export const PAGE_NUMBER_LINE = new RegExp(String.raw`^[ \t]*(?:${PAGE_OF}|${PAGE_ALONE})[ \t]*(?:\n|$)`, 'gm');
export const PAGE_OF_PAGES = new RegExp(PAGE_OF, 'g');
/**
 * A page number a Word file's footer left at the end of its page's last line, a blank line before the next page
 * (…社会消费品零售总额完成16.11 1⏎⏎亿元，增长14.6%): number and break go, so the figure meets its unit again. Only a
 * number of one to three digits after a space that follows a figure or a clause mark (not a word: 完成投资 12⏎⏎亿元 is a
 * figure split from its unit), at the end of a long line (40 characters before it: a page's full line, not a table
 * row), with a blank line after it and a Chinese word opening the next line.
 */
export const PAGE_FOOTER_NUMBER = /(?<=[^\n]{40}[\d%％‰；;，,、])[ \t]+\d{1,3}[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=[\u4e00-\u9fff])/g;

/**
 * Marks that reposting and extraction scatter around a figure: a doubled per cent sign (5.5%%, 3％％), a closing quote
 * between a number and its per cent sign (7”%以上), and quotes around a figure alone (增长“6%”左右, 达到“120亿元”), a range
 * too, and in the corner brackets of Hong Kong and Taiwan sites (目标为「4.5%至5%」, 较去年的「5%左右」).
 * They go, so the figure is read with its unit and its comparator; a quoted number without a unit (“361”, “1+1”) is a
 * name and keeps its quotes, and so does a figure quoted after 的 (较去年的「5%左右」下修): what the sentence measures
 * against, not a statement of its own.
 */
const QUOTED_FIGURE = String.raw`\s*\d[\d.]*\s*(?:[%％]?\s*[至到—－~～-]\s*\d[\d.]*\s*)?(?:[%％]|个百分点|[万亿]*元)(?:左右|以上|以内|以下)?\s*`;
// The closing quote is matched before the look back over the figure (”(?<=“…”)): looked back from every character,
// the figure's spaces were read back to a long run's start at each of them. So every branch starts with the mark it
// removes and looks back after it: a leading look-behind is tried at every position of the text.
export const FIGURE_DEBRIS = new RegExp(
  String.raw`[%％](?<=\d\s*[%％][%％])[%％]*|[”"](?<=\d[”"])(?=[%％])|“(?<!的“)(?=${QUOTED_FIGURE}”)|”(?<=(?<!的)“${QUOTED_FIGURE}”)|「(?<!的「)(?=${QUOTED_FIGURE}」)|」(?<=(?<!的)「${QUOTED_FIGURE}」)`,
  'g',
);

/**
 * A line break inside a decimal (固定资产投资增长8.⏎5%): the page wrapped the number after its point — or before it
 * (增长7⏎.5%左右, the next line opening with the point and its digits). Only when the number does not open its line,
 * so an item number on a line of its own (1.⏎2025年…) stays.
 */
// (Every match starts at a space, tab or line break: said first, the look-behinds are tried there only, not at every
// position of the text — about ten times faster, the same matches.)
export const DECIMAL_SPLIT = /(?=[ \t\n])(?:(?<=[^\s\d.]\d{1,9}\.)[ \t]*\n[ \t]*(?=\d)|(?<=[^\s\d.]\d{1,9})[ \t]*\n[ \t]*(?=\.\d))/g;

/**
 * A comparator word whose second character a reposting site garbled into a question mark and
 * pinyin remains (4.5%以?xún)?；, 百分之四点五以?xún)，): which word it was (以内, 以上, 以下) is lost, so it goes, and the
 * words before the number (控制在, 不超过, 达到) bind it.
 */
export const GARBLED_COMPARATOR = /(?<=[\d%％零〇一二三四五六七八九十])以[?？][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）][?？]?(?=[；;，,。、\s]|$)/g;

/**
 * Any other character a reposting site garbled the same way: a question mark where the character was, and the tail
 * of its transliteration up to the closing bracket (湖南日?qǐng)?bà), 旅游總?cè)藬?shù)), after a character or another
 * such garble. What the character was is lost; it is no question mark either, which would end the sentence before
 * the figure it names, so it goes. Only a question mark glued to lower-case pinyin and its bracket: a question's
 * mark before a Latin word (什么?APP) or a bracket of its own (?（一）) stays, and so does a garble after 以 with no
 * figure before it (优良率以?xún)…): a comparator's shape, which GARBLED_COMPARATOR alone reads, after a number.
 */
export const GARBLED_CHARACTER = /(?<=[\u3400-\u9fff)）])(?<!以)[?？](?=[a-zü]{0,5}[aeiouāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;
/** What every GARBLED_CHARACTER match holds. */
export const GARBLED_CHARACTER_HINT = /[?？][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/;

/** HTML table structure turned into text structure: rows into lines, cells into tabs. */
export const HTML_ROW_BREAK = /<\/tr\s*>|<tr(?:\s[^<>\n]*)?>/gi;
export const HTML_CELL_BREAK = /<\/t[dh]\s*>(?:\s*<\/?(?:div|p|span)(?:\s[^<>\n]*)?>)*\s*<t[dh](?:\s[^<>\n]*)?>/gi;
/** A heading or a paragraph followed by another block: a line break in the text. */
export const HTML_BLOCK_BREAK = /<\/h[1-6]\s*>|<\/p>(?=\s*<(?:p|h[1-6]|table|div)\b)/gi;

/**
 * `[bookmark: _Hlk124972222]`, left by Word bookmarks in seed 000. Its name holds no bracket: a `[bookmark:` left open
 * ends at the next `[`, not read on to the line's end again from each of a line of them.
 */
export const BOOKMARK = /\[bookmark:[^[\]\n]*\]/g;

/**
 * Markup that is no text at all, left whole by forum reposts: a style or script element with its
 * content (html{font-size:375%} is no figure), a comment (<!---->), and the head's link and meta
 * tags. The content holds no `<` (CSS and short inline scripts), so a match never runs past the
 * next tag; an element left unclosed by an excerpt loses only its tag.
 */
export const HTML_NON_TEXT = /<(style|script)\b[^<>]*>[^<]*<\/\1\s*>|<!--[^<>]{0,200}-->|<(?:link|meta|style|script)\b[^<>\n]*\/?>/gi;

/** HTML tags that survive some exports, e.g. `<p>` inside seed 004's table cells. */
export const HTML_TAG = /<\/?(?:p|br|span|div|b|i|strong|em|u|font|td|th|tr|table|tbody|thead|h[1-6])(?:\s[^<>\n]*)?\/?>/gi;

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
  '&ldquo;': '“',
  '&rdquo;': '”',
  '&lsquo;': '‘',
  '&rsquo;': '’',
  '&mdash;': '—',
  '&ndash;': '–',
  '&hellip;': '…',
  '&middot;': '·',
  '&times;': '×',
  '&le;': '≤',
  '&ge;': '≥',
  '&permil;': '‰',
};

/** How often a short line must repeat to count as a running page header or footer. */
export const RUNNING_HEADER_MIN_REPEATS = 3;
