import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';
import { originalSpan } from '../src/reader/mapped-text.ts';
import { readDecompositionTable } from '../src/reader/table.ts';
import { unreadFigures } from '../src/reader/unread-figures.ts';
import type { Plan, Span } from '../src/model.ts';

/** The real plan texts of tests/corpus: reposts, Traditional characters, pinyin and HTML debris, tables. */
const corpusDir = new URL('../../../tests/corpus/texts/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));

const seeds = ['000_4a0b2518f3081329.txt', '001_a8837981a284b011.txt', '002_18a65d7238599efc.txt', '003_58fa80235016e783.txt', '004_6c17aed7528460c1.txt'].map(
  (n) => readFileSync(new URL(`../../../seeds/documents/${n}`, import.meta.url), 'utf8'),
);

/** Pieces plan text is made of, so random documents look enough like plans to exercise the reader. */
const planPiece = fc.constantFrom(
  '一、',
  '（二）',
  '(三)',
  '3.',
  '1、',
  '\n',
  '\n\n',
  '\t',
  '。',
  '，',
  '；',
  '、',
  '（',
  '）',
  '(',
  ')',
  '力争',
  '新增',
  '规上工业企业',
  '技改投资',
  '同比增长',
  '增长',
  '达到',
  '突破',
  '以上',
  '左右',
  '不低于',
  '**',
  '15',
  '20%',
  '1.5',
  '3-5',
  '１５％',
  '亿元',
  '户',
  '家',
  '个',
  '百分点',
  '%',
  '2023年',
  '2024年工作安排',
  '2023年工作及成效',
  '1—11月',
  '居全国第七位',
  '（市经信局、市发改委）',
  '（责任单位：各县区政府，市经信局。）',
  '按职责分工负责',
  '下同',
  '[bookmark: _GoBack]',
  '<p>',
  '</p>',
  '&nbsp;',
  ' 六安市金安区人民政府行政规范性文件 ',
  '**页眉**',
  '负贵',
  '監',
  '序号\t重点任务\t内容和要求\t牵头单位\t配合单位\n',
  '1\t任务\t全年力争增长 12% 以上\t区经信局\t区统计局\n',
  '\t\t\t突破 2.6%。\t\t\n',
  'Copyright © 2018 x',
  ' ',
  '\u3000',
  '\r\n',
  // Debris of the corpus texts: Traditional characters, pinyin, HTML tables, pipes, masked figures.
  '國內生產總值增長',
  '萬億斤以上',
  '網(wǎng)',
  '(guo)(guo)',
  '以內(nèi)',
  '<td> <div>',
  '</div> </td>',
  '<tr>',
  '</tr>',
  '|',
  '指标名称\t2020年\t2025年\t属性\n',
  '森林覆盖率（%)\t45.31\t46.3\t约束性\n',
  '*.*亿元',
  '*家',
  '2.8:50.9:46.3',
  '三分之一',
  '初步统计，去年',
  '今年',
  '明年',
  '到2025年',
  '“十四五”末',
  '相关文章\n',
  '0次浏览',
  '&#12290;',
  '&ldquo;',
);
const planLike = fc
  .array(fc.oneof(planPiece, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 })
  .map((p) => p.join(''));

/**
 * Pieces of the layouts and headings the reader's rules look for — pipe-closed 分解表 rows, header-placed
 * columns, review chapters, presented outlines, turning years, department notes — mixed with line ends of
 * every kind, NUL, lone surrogates and full-width digits: texts that reach those rules half-formed.
 */
const layoutPiece = fc.constantFrom(
  '序号 | 主要工作任务 | 责任单位 |\n',
  ' | ',
  '|',
  '\t',
  '序号\t任务\t牵头单位\t配合单位\t完成情况\n',
  '分值',
  '\n',
  '\r\n',
  '\r',
  '\0',
  '\ud800',
  '\udc00',
  '１５',
  '％',
  '第一章 发展基础\n',
  '第一节',
  '编制《“十四五”规划纲要》提交大会审查',
  '去年是“十三五”收官之年',
  '开局之年',
  '（排在第一位的为牵头单位）',
  '<',
  '〈',
  '2024年，',
  '分别提高0.3和',
  '0.2个百分点',
  '均实现10%以上增长',
  '增长了',
  '报告将今年增速设为',
  '平昌县',
  '良庆',
  '鄂政发〔2018〕1号',
  '▷',
  '五年来，',
  '1',
);
const layoutLike = fc.array(fc.oneof(layoutPiece, planPiece), { maxLength: 80 }).map((p) => p.join(''));

function spansInside(plan: Plan, length: number): boolean {
  const inside = ([s, e]: Span) => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= length;
  return [...plan.targets, ...plan.actuals].every((t) => inside(t.span) && inside(t.quoteSpan)) && plan.tasks.every((t) => inside(t.span));
}

describe('reader properties', () => {
  it('never throws on arbitrary strings, and every span lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), planLike), (text) => {
        for (const part of ['body', 'table'] as const) {
          const plan = extractPlan(text, { part });
          expect(spansInside(plan, text.length)).toBe(true);
          for (const t of plan.targets) {
            // A span with a value covers at least one digit or Chinese numeral of the original.
            if (t.value !== null) expect(text.slice(...t.span)).toMatch(/[0-9０-９一二两三四五六七八九十百千万亿]/);
          }
        }
        readDecompositionTable(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on half-formed tables and headings, and every span lies inside the text and covers its figure', () => {
    fc.assert(
      fc.property(layoutLike, (text) => {
        for (const part of ['body', 'table'] as const) {
          const plan = extractPlan(text, { part });
          expect(spansInside(plan, text.length)).toBe(true);
          for (const t of plan.targets) {
            if (t.value !== null) expect(text.slice(...t.span)).toMatch(/[0-9０-９一二两三四五六七八九十百千万亿]/);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps spans inside the text when seed documents are cut at random places', () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.nat(), fc.nat(), (which, a, b) => {
        const doc = seeds[which]!;
        const from = a % doc.length;
        const to = from + (b % (doc.length - from + 1));
        const text = doc.slice(from, to);
        expect(spansInside(extractPlan(text), text.length)).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000); // generous: a shared machine reads the seeds slower (no timing is asserted)

  it('keeps spans inside the text on every corpus text, whole and cut at random places', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const text of corpus) expect(spansInside(extractPlan(text), text.length)).toBe(true);
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.nat(), fc.nat(), (which, a, b) => {
        const doc = corpus[which]!;
        const from = a % doc.length;
        const text = doc.slice(from, from + (b % (doc.length - from + 1)));
        expect(spansInside(extractPlan(text), text.length)).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 60_000); // the corpus grows with every round

  it('reads a sample of the corpus doubled and doubled again, every copy of it, without throwing', () => {
    // Size doubling: 8, 16 and 32 copies of 48 texts spread over the corpus (up to ~1.2 M characters; the test was written
    // when the corpus held 48 texts, and reading 32 copies of all 1,200 and more took minutes). A pass that is worse than
    // linear would not finish within the timeout; no time is asserted (the machine is shared; `pnpm bench:read` measures
    // speed). Each doubling doubles what is found.
    const every = Math.ceil(corpus.length / 48);
    const all = corpus.filter((_, i) => i % every === 0).join('\n\n');
    const found = [8, 16, 32].map((copies) => {
      const text = all.repeat(copies);
      const plan = extractPlan(text);
      expect(spansInside(plan, text.length)).toBe(true);
      return plan.targets.length + plan.actuals.length;
    });
    expect(found[1]!).toBeGreaterThanOrEqual(1.9 * found[0]!);
    expect(found[2]!).toBeGreaterThanOrEqual(1.9 * found[1]!);
  }, 180_000);

  it('reads long runs of one layout doubled without going worse than linear', () => {
    // Lines that each look like a header cell (增长3.5%左右 line after line once made the flattened-
    // table pass quadratic), numbers alone on lines, a flattened 分解表, a piped table. A quadratic
    // pass would not finish 32,000 lines within the timeout; no time is asserted.
    const layouts = [
      (n: number) => '增长3.5%左右\n'.repeat(n),
      (n: number) => '全年地区生产总值增长\n3.5\n%\n左右\n'.repeat(n),
      (n: number) => '序号\n重点任务\n牵头单位\n' + Array.from({ length: n }, (_, i) => `${i + 1}\n新增企业${i % 90}家\n某局`).join('\n'),
      (n: number) => '| --- |\n' + '| 1 | 新增企业5家 | 某局 |\n'.repeat(n),
    ];
    for (const layout of layouts) {
      const found = [16000, 32000].map((n) => {
        const text = layout(n);
        const plan = extractPlan(text);
        expect(spansInside(plan, text.length)).toBe(true);
        return plan.targets.length + plan.actuals.length;
      });
      expect(found[1]!).toBeGreaterThanOrEqual(1.9 * found[0]!);
    }
  }, 120_000);

  // Shapes that once made a pass quadratic, each read at n and 4n lines: a linear reader takes ~4×
  // as long, a quadratic one ~16×. The bound (10×, the faster of two tries) leaves room for a shared
  // machine's noise and still catches a square.
  const worseThanLinear: [string, (n: number) => string, number][] = [
    // Each 序号 line once read on over every header-like line after it.
    ['序号 line after line', (n) => '序号\n'.repeat(n), 4000],
    // Each header-like cell line with a blank line after it once read on over every such line after it, for a header.
    ['header-like cell lines each with a blank line after it', (n) => '目标\n\n'.repeat(n), 4000],
    // Each label line under a lone 分值 once read on to the text's end, looking for a department column.
    ['label lines after a score header cell', (n) => '分值\n' + '指标\n'.repeat(n), 4000],
    // Each one-cell line of a 考核 table once searched for its next tab to the text's end.
    ['one-cell lines under a tabbed score header', (n) => '指标\n分值\n目标任务\n责任单位\n'.repeat(n), 6000],
    // A 分解表 header regex went back to each 序号 of a long line without a tab and read on to its end.
    ['序号 after 序号 on one line', (n) => '序号（一）'.repeat(n), 16000],
    // A labelled department line (部门分工：) of many 牵头 ending in a bracket was read on to its end from each 牵头.
    ['a 部门分工 line of 牵头 after 牵头', (n) => '增长5%\n部门分工：' + '牵头'.repeat(n) + '（', 16000],
    // Each rank of a 、 list once looked back over all the ranks before it for a figure.
    ['a list of ranks in one sentence', (n) => '粮食产量居全国第七位、'.repeat(n), 16000],
    // A congress's number (十八届人大) was read from every numeral of a long run of numerals to the run's end.
    ['a long run of Chinese numerals', (n) => '十四五'.repeat(n), 8000],
    // The year a sentence or line opens with was looked for across blank lines, from every line break of them.
    ['blank tabbed rows under a score header', (n) => '指标\t分值\t目标\t责任单位\n' + '\t\t\t\n'.repeat(n), 8000],
    ['lines of ideographic spaces alone', (n) => '\u3000\n'.repeat(n), 8000],
    ['line separators (U+2028) alone', (n) => '\u2028'.repeat(n), 16000],
    // A run of spaces not followed by CJK was read to its end from each space, and the figure before a closing quote
    // was looked back for from each space of it.
    ['a long run of spaces after a figure', (n) => '增长5%' + ' '.repeat(n), 16000],
    // Damaged copies: quotes lost to question marks, a Word footer's page number at each page's end, figures left out.
    ['quotes lost to question marks', (n) => '坚持以?三个代表?为指导，'.repeat(n), 8000],
    ['page footer numbers after figures', (n) => '全县社会消费品零售总额完成了本年度的各项目标任务，总额达16.11 1\n\n亿元，'.repeat(n), 4000],
    ['figures left out with their gaps', (n) => '分别达到 亿元、 %和 万元，'.repeat(n), 8000],
    // Each figure after 分别 once found its period by reading the list of periods, and the figures before it, again.
    ['periods listed before 分别 and their figures', (n) => '4月、'.repeat(n) + '5月分别增长' + '6.7%、'.repeat(n), 1500],
    // Each rank spread by 均 over its part of the sentence looked back through the whole sentence for a ；.
    ['ranks spread by 均 in a sentence without a ；', (n) => '存贷款新增量均居全国第1位，'.repeat(n), 3000],
    // Each count before 指标 once read its clause back to the start, looking for the 、 list of measures it counts.
    ['counts of indicators in one long clause', (n) => '3项指标、'.repeat(n), 2000],
    ['ranks of counted measures in one long clause', (n) => '甲、乙、丙等3项经济指标增速排名全市第一、'.repeat(n), 2000],
    // Each prefecture's committee session once looked through every session after it, and its sentence to the text's end.
    ['sessions of a province and a prefecture named after another', (n) => '2024年工作要点\n' + '省委十四届五次全会和泰州市委六届七次全会，'.repeat(n), 1500],
    // Each head's title on a line once copied the whole line to look for a tab.
    ['a head who speaks named again and again on one line', (n) => '市长张三表示，'.repeat(n), 3000],
    // Each rank after 分别 counted its place in the 、 list by reading back over all the ranks before it.
    ['a list of ranks after 分别', (n) => '分别居全国第1位、'.repeat(n), 2000],
    // Each rank of a run joined by 、 or 和 walked the whole run back and forth to pair it with the measures named.
    ['a run of ranks after two measures', (n) => '粮食、油料居全省' + '第1位和'.repeat(n), 2000],
    // Each figure after a period looked for a 全年 of its own in all the words from the period to it.
    ['many figures after one period', (n) => '一季度、上半年分别增长' + '5.2%、'.repeat(n), 2000],
    // A sheet header no row followed was searched again from its second cell, reading all its repeats once for each.
    ['sheet headers ending in a rate, repeated', (n) => '类别\n指标名称\n年度目标\n完成率\n'.repeat(n), 2000],
    ['department lines under an uneven sheet header', (n) => '指标名称\n年度目标\n责任单位\n1、某指标\n5%\n' + '区发改委\n'.repeat(n), 4000],
    // Each line saying the report looked back on the past year, a turn of one kind after it, searched on for the other
    // kind of turn to the body's end.
    ['looked-back lines each followed by a 展望 line', (n) => '报告回顾了过去一年的工作成绩\n展望\n'.repeat(n), 2000],
    ['looked-back lines each followed by a 今年 line', (n) => '报告回顾了过去一年的工作成绩\n今年\n'.repeat(n), 2000],
    // Counties the gazetteer lacks, each written whole and by its short form: each counted in one pass, not one per name.
    // Each outline presented to a congress (编制《…规划纲要》提交…审查) looked back to its sentence's start for a figure,
    // and was checked against every part before it; every region then searched all parts for its own.
    ['outlines presented on one line', (n) => '编制《“十四五”规划纲要》提交大会审查'.repeat(n), 1000],
    ['outlines presented line after line', (n) => '编制《“十四五”规划纲要》提交大会审查\n'.repeat(n), 500],
    // Each review chapter's section copied the headings after it, and each region searched every review span.
    ['review sections line after line', (n) => '第一节 发展基础\n'.repeat(n), 2000],
    // Each sentence a year opens was cut from a copy of the rest of the text, split whole, to learn what 今年 names.
    ['year-opening sentences after a 今年的 campaign', (n) => '今年的项目建设攻坚年行动中。' + '2023年，开展工作。'.repeat(n), 4000],
    // Each bare document name (关于…的报告) looked through every tense cue of the text for those inside it.
    ['bare document names one after another', (n) => '关于2023年执行情况的报告'.repeat(n), 4000],
    // Each 现有 and each project described as it stands read a copy of the rest of the text for its clause's end.
    ['stocks stated with 现有 in one long clause', (n) => '今年，' + '现有人口3人 '.repeat(n), 4000],
    ['projects described as they stand in one sentence', (n) => '今年，' + ' 物流园总投资2亿元'.repeat(n), 4000],
    // Each line saying a report looked back on the year searched the rest of the text for the turn to aims.
    ['lines saying a report looked back, one after another', (n) => '今年新增企业5家。\n' + '报告回顾了过去一年的成绩\n'.repeat(n), 2000],
    ['many counties written whole', (n) => Array.from({ length: n }, (_, i) => `，${String.fromCharCode(0x4e00 + i)}丰县发展`).join(''), 4000],
    // A run of colon-joined numbers that adds up to no 100 was read again from each of its numbers, to the run's end.
    ['a long run of colon-joined numbers', (n) => '2.8:'.repeat(n) + '46.3', 2000],
    // A quotation left open (“ and no ”) was read to the sentence's end from each digit in it, to learn if it quoted goals.
    ['digits after a quotation mark left open', (n) => '“' + '1号'.repeat(n), 8000],
    // Each 将 was tested for marking an object by a search from it that went on through every later 将 of the text.
    ['将 after 将', (n) => '将'.repeat(n), 2000],
    // Each target of a sentence opened by a day was checked for a ceremony by splitting the sentence from its start again.
    ['targets after a day that opens the sentence', (n) => '2月8日，力争' + '新增企业5家、'.repeat(n), 16000],
    // Each goal word was checked for a quoted name by reading back to the last “, the text's start when it had none.
    ['goal words without a quotation mark', (n) => '目标'.repeat(n), 16000],
    // Each 初步统计 read on to its sentence's end and through every year and month of the text for one in its sentence.
    ['初步统计 after 初步统计', (n) => '2024年政府工作报告\n' + '初步统计'.repeat(n), 16000],
    // Each figure walked back through every period or year of its sentence compared with (比一季度, 比2020年) for one that dates it.
    ['figures after months compared with, in one sentence', (n) => '比一季度增长5%，'.repeat(n), 1000],
    ['figures after years compared with, in one sentence', (n) => '比2020年增长5%，'.repeat(n), 3000],
    // Every space of a run was tried as the start of a page-number line, each try reading the run to its end.
    ['a long run of spaces after months', (n) => '1—5月' + ' '.repeat(n), 16000],
    // Every digit of a long number was tried as the start of a figure named as the expected one, each reading on to its end.
    ['a long run of digits and points', (n) => '目标' + '1.'.repeat(n), 8000],
    // Each figure after a 从…的 base looked for a year ending the words before it by trying every place of those words.
    ['figures after a base year, in one sentence', (n) => '从2015年的300亿元' + '跃升至469亿元，'.repeat(n), 3000],
    // Each 争取 looked on to the first digit or sentence break after it, to learn if its sentence gives a figure.
    ['争取 after 争取, in one sentence', (n) => '争取'.repeat(n), 8000],
    // Each 下一步， looked on to the first digit or sentence break after it, to learn if what comes next sets a figure.
    ['下一步， after 下一步， before a digit', (n) => '下一步，'.repeat(n) + '1', 4000],
    // Each target of a review sentence naming a later year looked for 提前N年实现 in the whole sentence before it.
    ['targets of a later year in one sentence of a review', (n) => '2024年政府工作报告\n一、2023年工作回顾\n2025年力争' + '新增企业5家、'.repeat(n), 16000],
    // Each mass of a list a verb of producing heads read the list back to the verb.
    ['masses listed after a verb of producing', (n) => '生产' + '6亿多吨煤炭、'.repeat(n) + '2亿多吨水泥', 6000],
    // Each figure that keeps its paragraph's months read the sentence again up to it for a word that speaks of the year.
    ['figures keeping their paragraph’s months, in one sentence', (n) => '2024年政府工作报告\n1—5月，全市增长5%。其中' + '，工业增长5%'.repeat(n), 8000],
    // Each figure after 建成后 read back to the cue for a year, 到, 力争 or 目标 that dates the project's effects.
    ['figures after 建成后, in one sentence', (n) => '项目建成后，' + '新增企业5家，'.repeat(n), 4000],
    // Each item after a 、 read its clause from the start for an aiming verb heading the list (围绕106个重大项目、).
    ['items of a 、 list an aiming verb heads', (n) => '围绕' + '106个重大项目、'.repeat(n), 4000],
    ['items of a long 、 list with no aiming verb', (n) => '重点培育的5家企业、'.repeat(n), 8000],
    // A heading opening its line, then a wide gap: the prose after the gap was looked for after every shorter gap.
    ['a long run of spaces after a heading opening its line', (n) => '一、' + ' '.repeat(n), 2000],
    // The spaces after a year, a page number or （预计 were split two ways around a slash or comma that was not there.
    ['a long run of tabs after a year', (n) => '2024年' + '\t'.repeat(n), 4000],
    ['a long run of tabs after 预计 in a review', (n) => '一、2023年工作回顾\n增长5%（预计' + '\t'.repeat(n) + '下', 8000],
    ['a long run of tabs after a page number', (n) => '增长5%\n第1页' + '\t'.repeat(n) + 'x\n', 4000],
    // Spaces around an optional word (万, 年, 月) were split two ways when the word was not there.
    ['a long run of spaces after a heading and a number', (n) => '一、工作12' + ' '.repeat(n) + 'x', 4000],
    ['a long run of tabs after 今年（ and a year', (n) => '今年（2024' + '\t'.repeat(n) + 'x', 4000],
    ['a long run of tabs after 今年 and a month', (n) => '今年1' + '\t'.repeat(n) + 'x', 4000],
    // Each 年度计划投资 of a sentence once read the sentence back to its start for its 项目 and words of progress.
    ['a sentence of many planned investments of projects', (n) => '项目年度计划投资1亿元，'.repeat(n), 4000],
    // Each bound target of a review sentence looked back over the whole sentence before it for a clause break it lacked.
    ['bound targets in one sentence of a review', (n) => '2024年政府工作报告\n一、2023年工作回顾\n' + '确保新增企业5家以上，'.repeat(n), 4000],
    // A line of spaces alone (a page's padding) was split two ways around the bracket a date line may
    // be written in, each split tried, by the signature-date pattern (plan-year.ts); a text's Chinese made it try (a string of spaces
    // alone, not sliced from Chinese, has no 年 to find and was skipped at once).
    ['a line of spaces alone at the end of a Chinese text', (n) => '增长5%。\n' + ' '.repeat(n), 2000],
    ['spaces alone, sliced from a Chinese text', (n) => ('某' + ' '.repeat(n)).slice(1), 2000],
    // Degenerate but plausible shapes (a text pasted with its page's padding): each cleaning pass once split every line
    // into an object of its own, a dozen times over, and a text of blank lines spent its reading collecting them.
    ['a long run of blank lines after two targets', (n) => '2023年工作要点\n力争工业增加值增长11%，投资增长20%以上。\n' + '\n'.repeat(n), 100_000],
    ['a long run of whitespace-only lines', (n) => '增长5%\n' + ' \t\u3000\u00a0\n'.repeat(n), 50_000],
    ['one long line of words', (n) => '力争' + '增长'.repeat(n), 50_000],
    ['lines of a single character', (n) => '增长5%\n' + 'a\n'.repeat(n), 20_000],
    // Round 26's hostile-input pass. Spaces on both sides of a word that is not there (2023-24 then no 年, a line's year
    // then no 展望 or dash, a review heading's year then no numeral, a number then no %) were split two ways.
    ['a long run of spaces after two years of a season', (n) => '2024年工作要点\n力争2023-24' + ' '.repeat(n) + 'x增长5%', 4000],
    ['a long run of line separators after a year', (n) => '2024年' + '\u2028'.repeat(n) + '力争增长5%', 2000],
    ['a long run of tabs before a work report’s title', (n) => '\t'.repeat(n) + '2024年政府工作报告\n增长5%', 5000],
    // A chapter heading's title could open with the spaces after 第一章: a long run of them was split three ways.
    ['a long run of tabs after a chapter heading', (n) => '增长5%\n第一章' + '\t'.repeat(n) + '发展基础'.repeat(9), 2000],
    ['a long run of tabs after a number alone on its line', (n) => '2024年工作要点\n增长5%。\n0' + '\t'.repeat(n) + 'x\n新增企业5家。', 4000],
    // Runs read on to their end from each of their characters: the spaces before a review heading's months, the pipes
    // closing a cell, the stops closing a department list, a table row's spaces before a pipe or opening a row.
    ['a long run of line separators in a review heading', (n) => '2024年政府工作报告\n一、2023年' + '\u2028'.repeat(n) + '工作回顾\n增长5%。', 3000],
    ['a long run of pipes after a figure', (n) => '增长5%，' + '|'.repeat(n) + 'x', 4000],
    ['a long run of commas in a labelled department line', (n) => '增长5%\n责任单位：市经信局' + '，'.repeat(n) + '市发改委', 4000],
    ['a long run of line separators in a department bracket', (n) => '2024年工作要点\n新增企业5家（' + '\u2028'.repeat(n) + '市经信局）。', 4000],
    [
      'a long run of spaces inside a pipe-closed row',
      (n) => '序号 | 主要工作任务 | 责任单位 |\n1 | 新增企业5家 | 某局 |\n2 | 新增' + ' '.repeat(n) + '企业5家 | 某局 |\n',
      4000,
    ],
    ['a long run of tabs opening a pipe-closed row', (n) => '序号 | 主要工作任务 | 责任单位 |\n1 | 新增企业5家 | 某局 |\n' + '\t'.repeat(n) + 'x\n', 4000],
    // A multiline ^ begins a line after each U+2028 too: a line read on to its line break from each of a run of them.
    ['line separators after a site’s boilerplate line', (n) => '网站客服\n' + '\u2028'.repeat(n) + 'x', 4000],
    ['pipe-closed header cells between line separators', (n) => '增长5%\n' + '序号|甲|乙\u2028'.repeat(n) + 'x', 2000],
    // A Word bookmark left open ([bookmark: and no ]) was read to the line's end from each one of a line of them.
    ['bookmarks left open', (n) => '增长5%\n' + '[bookmark:'.repeat(n), 4000],
    // Each review lead (一年来，主要做了以下工作：) and each heading of a past year (2023年工作回顾) searched a copy of the rest of
    // the body for the line that turns to the plan.
    ['review leads line after line', (n) => '2024年工作要点\n力争增长5%。\n' + '一年来，主要做了以下工作：\n'.repeat(n), 1000],
    ['headings of a past year line after line', (n) => '2024年工作要点\n力争增长5%。\n' + '2023年工作回顾\n'.repeat(n), 1000],
    // A headline's column tags (本地|) were read one call deeper each, from a copy of the rest of the line.
    ['a headline of column tags', (n) => '甲|'.repeat(n) + '金凤区发布', 4000],
    // A table flattened one cell a line is read by a least-cost path over its cells: each row tried at a bounded reach.
    ['a long table flattened one cell a line', (n) => '指标\n2020年\n2025年\n属性\n' + '地区生产总值（亿元）\n312\n450\n预期性\n'.repeat(n), 4000],
    ['rows of figures and words under a flattened header', (n) => '指标\n单位\n2020年\n2025年\n年均增长\n' + '名称\n与全省同步\n5\n—\n'.repeat(n), 4000],
    // Each line that reads as a header label once began a header that read on over the labels after it.
    ['header labels one a line', (n) => '2020年\n基期值\n'.repeat(n), 8000],
    // A table whose cells ran together is cut at each row's cue and figure, each run read once (round 27).
    ['rows run together after a run-together header', (n) => '指标名称计量单位2025年目标值数据来源' + '1 参保率% ≥ 97县人社局'.repeat(n), 4000],
    ['cues in brackets after a run-together header', (n) => '指标名称计量单位2025年目标值' + '（≥ 9'.repeat(n), 4000],
  ];
  for (const [name, layout, n] of worseThanLinear) {
    it(`reads ${name} in time linear in its length`, () => {
      // CPU time of this process, not wall time: other processes on a busy machine take the wall clock, not this
      // process's CPU (vitest runs each test file in a process of its own).
      const time = (text: string) => {
        // Another text first, outside the time: the answers kept for the last text (lastTextOnly) would make a second
        // run of the same text skip the whole-text passes, and the best of three would hide one that is quadratic.
        extractPlan('增长5%');
        const started = process.cpuUsage();
        const plan = extractPlan(text);
        const used = process.cpuUsage(started);
        expect(spansInside(plan, text.length)).toBe(true);
        return (used.user + used.system) / 1000;
      };
      const small = layout(n);
      const large = layout(4 * n);
      time(small); // warm up the compiled code
      // The best of three runs at each size (and a few ms at least: a timer tick is no growth).
      const best = (text: string) => Math.min(time(text), time(text), time(text));
      const growth = best(large) / Math.max(5, best(small));
      expect(growth).toBeLessThan(10);
    }, 30_000);
  }

  // The figures no target was read from (unreadFigures): each finds its sentence once, however long the line.
  const unreadShapes: [string, (n: number) => string][] = [
    ['figures of an unknown unit on one line without a stop', (n) => '安装路灯1000盏，'.repeat(n)],
    ['figures of an unknown unit line after line', (n) => '安装路灯1000盏\n'.repeat(n)],
    ['numbers in quotes and titles', (n) => '“136”工程《100项清单》'.repeat(n)],
    ['addresses and tags', (n) => 'http://a.cn/2024/1.html <td width="729">5</td>'.repeat(n)],
  ];
  for (const [name, layout] of unreadShapes) {
    it(`lists the unread figures of ${name} in time linear in its length`, () => {
      const plan = { targets: [], actuals: [] };
      const time = (text: string) => {
        const started = process.cpuUsage();
        const figures = unreadFigures(text, plan);
        const used = process.cpuUsage(started);
        expect(figures.every((f) => f.span[0] >= 0 && f.span[1] <= text.length && f.sentence.text.length <= 400)).toBe(true);
        return (used.user + used.system) / 1000;
      };
      const small = layout(8000);
      const large = layout(32000);
      time(small);
      const best = (text: string) => Math.min(time(text), time(text), time(text));
      expect(best(large) / Math.max(5, best(small))).toBeLessThan(10);
    }, 30_000);
  }

  it('reads a text that writes one thing some hundred thousand times without throwing', () => {
    // Years, headings, header cells or department names spread into Math.max, push or splice once overflowed the call stack.
    const texts = [
      '2024年安排'.repeat(250_000),
      '2020年'.repeat(300_000),
      '2024年工作安排\n'.repeat(200_000),
      '指标名称' + '\t2020年'.repeat(200_000) + '\n森林覆盖率\t45\n',
      '增长5%\n责任单位：' + '市经信局、'.repeat(200_000),
      // A headline of column tags was read one call deeper for each tag: the stack overflowed at a few thousand.
      '本地|'.repeat(200_000) + '金凤区发布',
    ];
    for (const text of texts) expect(spansInside(extractPlan(text), text.length)).toBe(true);
  }, 120_000);

  it('never throws on degenerate texts: empty, blank, lone surrogates, NUL, BOM, 1 MB of random CJK, numbers alone, CR line ends, 10,000 nested tags', () => {
    let seed = 26;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const plan = '2024年工作要点\n一、力争地区生产总值增长5%。\n二、新增规上工业企业10家。\n';
    const texts = [
      '',
      ' \t\n\u3000\u00a0\u2028\u2029\ufeff\r\n ',
      '\ud800增长5%\udc00。\ud83d新增企业\udfff5家',
      '\0增长\u00005%\0\n\0',
      '\ufeff' + plan + '\ufeff',
      Array.from({ length: 1_000_000 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000))).join(''),
      '1234567890 3.14 2024 5% 12,345 -7 +8 1.1.1.1\n'.repeat(5000),
      '1234567890'.repeat(20_000),
      plan.replace(/\n/g, '\r\n').repeat(200),
      plan.replace(/\n/g, '\r').repeat(200),
      '<div>'.repeat(10_000) + plan + '</div>'.repeat(10_000),
      '<table><tr><td>'.repeat(10_000) + plan + '</td></tr></table>'.repeat(10_000),
      '<p '.repeat(10_000) + plan,
    ];
    for (const text of texts) {
      for (const part of ['body', 'table'] as const) expect(spansInside(extractPlan(text, { part }), text.length)).toBe(true);
      readDecompositionTable(text);
      unreadFigures(text, extractPlan(text));
    }
  }, 120_000);

  it('names gap after gap to a benchmark by the measured metric, so names stay short and time linear', () => {
    // Each gap after a gap was once named after all the gaps before it: names as long as the sentence (quadratic).
    for (const n of [500, 2000]) {
      const plan = extractPlan('2023年，增长8%，' + '高于全国5个百分点，'.repeat(n));
      expect(plan.targets.length + plan.actuals.length).toBeGreaterThanOrEqual(n);
      expect(Math.max(...[...plan.targets, ...plan.actuals].map((t) => t.metric.length))).toBeLessThan(20);
    }
  });

  it('names a share after a share by the figure before it, so names stay short and time linear', () => {
    // Each share after a share (占比5%，占比5%) was once named the share of the one before: names as long as the sentence.
    const plan = extractPlan('2024年工作要点\n力争' + '占比5%，'.repeat(2000) + '。');
    expect(plan.targets.length + plan.actuals.length).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...[...plan.targets, ...plan.actuals].map((t) => t.metric.length))).toBeLessThan(20);
  });

  it('maps every cleaned range back to an ordered range of the original', () => {
    fc.assert(
      fc.property(planLike, fc.nat(), fc.nat(), (text, a, b) => {
        const m = cleanText(text);
        const s = m.text.length === 0 ? 0 : a % m.text.length;
        const e = s + (m.text.length === 0 ? 0 : b % (m.text.length - s + 1));
        const [os, oe] = originalSpan(m, s, e);
        expect(0 <= os && os <= oe && oe <= text.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
