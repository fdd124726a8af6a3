/**
 * Properties over arbitrary and plan-like strings: the grammar never throws, every span lies
 * inside the text, covers the number the statement reports, and statements are well-formed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanNumber } from './numbers.ts';
import { readStatements } from './statements.ts';
import type { Statement } from './types.ts';

const SEEDS = fileURLToPath(new URL('../../../../seeds/documents/', import.meta.url));
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(SEEDS + f, 'utf8'));
/** The real plan texts of tests/corpus (reposts, debris, Traditional characters, tables). */
const CORPUS = fileURLToPath(new URL('../../../../tests/corpus/texts/', import.meta.url));
const corpusTexts = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(CORPUS + f, 'utf8'));

/** Pieces of real plan prose, so random sentences exercise the grammar rather than bounce off it. */
const PIECES = [
  '力争',
  '全年',
  '新增',
  '规上工业企业',
  '规上工业增加值',
  '同比增长',
  '增长',
  '下降',
  '达到',
  '突破',
  '超过',
  '不低于',
  '控制在',
  '以上',
  '以下',
  '以内',
  '左右',
  '约',
  '其中',
  '分别',
  '均',
  '居全国第七位',
  '第',
  '1—11月',
  '2023年',
  '2024年',
  '技改投资',
  '、',
  '，',
  '；',
  '。',
  '（市经信局）',
  '(',
  ')',
  '“',
  '”',
  '《',
  '》',
  '**',
  '11',
  '20',
  '3-5',
  '1.2万',
  '两',
  '五千亿',
  '十五',
  '%',
  '％',
  '个百分点',
  '户',
  '家',
  '个',
  '亿元',
  '万元',
  '万吨',
  '台',
  '项',
  '5亿元以上',
  '工业项目',
  '占比',
  '比重',
  '培育',
  '打造',
  '建设',
  '投产',
  '新开工',
  '亿元以上',
  '前60名',
  '占地5亩以上',
  '5G',
  'G60',
  ' ',
  '\n',
  '\t',
  '预计',
  '净增',
  '-',
  '≥',
  '百分之',
  '倍',
  '负增长',
  '千亿元',
  '百',
  '千',
  '总数达',
  '高于全国',
  '首台（套）',
  '0',
  '９',
  '.',
  '一',
  '第三批',
  '二期',
];
const planLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

function spanCoversValue(text: string, s: Statement): boolean {
  const covered = text.slice(s.span[0], s.span[1]);
  // A placeholder: "**", or "*" / "*.*" before a unit (a masked figure); X亿元, x.x%, ×亿元 as templates leave one.
  // A decimal whose whole part a site cut (投资.2亿元) leaves its point right after the words.
  // The span may start at that point when a figure before it took the word (五千亿个百分点.5亿元以上).
  // A number deleted with no mark leaves its 万/亿 and unit right after the words (投资总额亿元以上, 接待游客万人次: scan.ts blankFigure).
  if (s.value === null) return /[*＊Xx×]|[\u4e00-\u9fff][.．][\d０-９]|^[.．][\d０-９]|[\u4e00-\u9fff][万亿]/.test(covered);
  // Round numbers written as a bare 百/千 before a 万/亿 unit (突破千亿元).
  if ((s.value === 100 && /百[万亿]/.test(covered)) || (s.value === 1000 && /千[万亿]/.test(covered))) return true;
  // Round counts written as a bare 百/千/万 before a counting unit (超百名, 百场以上, 超万名).
  const roundCount = { 100: '百', 1000: '千', 10000: '万' }[s.value as 100 | 1000 | 10000];
  if (roundCount && new RegExp(`${roundCount}[名场家户个项次件]`).test(covered)) return true;
  // A bare 万 that starts 万亿元 (突破万亿元) is one 万亿元.
  if (s.value === 1 && s.unit === '万亿元' && /万亿元/.test(covered)) return true;
  // A bare 亿 or 万亿, with no numeral before it (突破亿元, 冲万亿, 实现万亿级规模; a cut's 入万亿城市行列; the span on
  // the 亿 alone when a count before took the verb: 12个预增产值过亿), is one of it.
  if (s.value === 1 && (s.unit === '亿元' || s.unit === '万亿元') && /(?:^|[^\d０-９.．一二三四五六七八九十百千两〇零万])万?亿/.test(covered)) return true;
  // A bare 万元 reached (突破万元大关: catalogue r28u 3) is one 万元.
  if (s.value === 1 && s.unit === '万元' && /(?:^|[^\d０-９.．一二三四五六七八九十百千两〇零])万元/.test(covered)) return true;
  // A fraction in words (三分之一 → 33.33 %).
  if (s.unit === '%' && /[一二三四五六七八九十]分之[一二三四五六七八九十]/.test(covered)) return true;
  // A half (一半, 半数 → 50 %) or a fraction with a slash (1/3 → 33.33 %).
  if (s.unit === '%' && ((s.value === 50 && /一半|半数/.test(covered)) || /(?<![\d/])[1-9]\/[2-9](?![\d/])/.test(covered))) return true;
  // A share in tenths (近4成, 六成 → 40 %, 60 %).
  if (s.unit === '%' && /成/.test(covered) && [...covered].some((_, i) => (scanNumber(covered, i)?.value ?? NaN) * 10 === s.value)) return true;
  // Money written without 元 before 级/规模 (五千亿规模 → 5000 亿元) or ending its clause after a sum
  // of money (财政赤字2.18万亿 → 2.18 万亿元): the number read includes the 亿.
  // So is money before a tier word (跨越八千亿新台阶 → 8000 亿元), and a bare 亿 closed by a bound (投资五千亿以上 → 5000 亿元,
  // also when a space closes it: 投资五千亿 不低于, 五千亿 二期).
  const scales = /[亿万](?:级|规模|量级|[新大]?台阶|新?大关|关口)|[亿万]\s*(?:以上|以下|左右|以内|上下|不低于|不少于|不超过|不高于)?$|[亿万]\s/.test(covered)
    ? [1, 1e4, 1e8, 1e12]
    : [1];
  // A count rounded up before its scale (170多万户 → 1700000 户): the scanner stops at 多, so its number is the value's
  // ten-thousandth or hundred-millionth.
  if (/\d[多余][万亿]/.test(covered)) scales.push(1e-4, 1e-8);
  for (let i = 0; i < covered.length; i++) {
    const token = scanNumber(covered, i);
    // A negative value is written with a minus sign before the digits the scanner reads.
    if (token && scales.some((k) => Math.abs(token.value - Math.abs(s.value!) * k) <= Math.abs(s.value!) * k * 1e-9)) return true;
  }
  return false;
}

function checkInvariants(text: string, statements: Statement[]): void {
  for (const s of statements) {
    const [start, end] = s.span;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(start).toBeLessThan(end);
    expect(spanCoversValue(text, s), `${s.metric} ${s.value} in ${JSON.stringify(text.slice(start, end))}`).toBe(true);
    expect(s.metric.length).toBeGreaterThan(0);
    expect(typeof s.metricKey).toBe('string');
    if (s.comparator === 'placeholder') expect(s.value).toBeNull();
    if (s.comparator === 'range') expect(s.max).not.toBeNull();
    if (s.max !== null) expect(s.max).toBeGreaterThan(s.value ?? -Infinity);
    if (s.role === 'actual') {
      expect(s.comparator).toBe('=');
      expect(s.period).toBeDefined();
    }
    if (s.kind === 'rank') expect(s.rankScope === undefined || typeof s.rankScope === 'string').toBe(true);
  }
}

describe('readStatements properties', () => {
  it('keeps its invariants on a template placeholder after a stray mark (a case fast-check found: {X%)', () => {
    for (const text of ['{X%', '（X%', '“X亿元', '·x.x%']) checkInvariants(text, readStatements(text, { year: 2024, defaultRole: 'actual' }));
  });

  it('keeps its invariants on a cut decimal in full-width digits (a case fast-check found: 高于全国.９%)', () => {
    checkInvariants('高于全国.９%', readStatements('高于全国.９%', { year: 2024, defaultRole: 'target' }));
  });

  it('keeps its invariants on a bare 亿 closed by a bound (a corpus cut fast-check found: 技改投资五千亿以上)', () => {
    for (const text of ['技改投资五千亿以上', '技改投资五千亿以下', '技改投资五千亿左右', '培育技改投资五千亿 不低于'])
      checkInvariants(text, readStatements(text, { year: 2022, defaultRole: 'target' }));
  });

  it('keeps its invariants where a figure before took the word its neighbour starts from (cases fast-check found)', () => {
    for (const text of ['五千亿个百分点.5亿元以上', '12个预增产值过亿', '净增规上工业增加值五千亿 二期', '入万亿城市行列'])
      checkInvariants(text, readStatements(text, { year: 2022, defaultRole: 'target' }));
  });

  it('keeps its invariants on a count rounded up before its scale (a corpus cut fast-check found: 170多万户经营)', () => {
    const found = readStatements('170多万户经营', { year: 2022, defaultRole: 'target' });
    expect(found.map((s) => s.value)).toEqual([1_700_000]);
    checkInvariants('170多万户经营', found);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.option(fc.integer({ min: 1900, max: 2100 })), (text, year) => {
        const found = readStatements(text, year === null ? {} : { year, defaultRole: 'actual' });
        checkInvariants(text, found);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary Unicode, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkInvariants(text, readStatements(text));
      }),
      { numRuns: 300 },
    );
  }, 30_000); // generous: the machine is shared (no timing is asserted)

  it('keeps spans inside and over their numbers on plan-like sentences', () => {
    fc.assert(
      fc.property(planLike, fc.constantFrom<'target' | 'actual'>('target', 'actual'), (text, defaultRole) => {
        checkInvariants(text, readStatements(text, { year: 2024, defaultRole }));
      }),
      { numRuns: 2000 },
    );
  }, 60_000); // generous: the machine is shared (no timing is asserted)

  it('ignores non-string and odd context input instead of throwing', () => {
    expect(readStatements(undefined as unknown as string)).toEqual([]);
    expect(readStatements(42 as unknown as string)).toEqual([]);
    expect(readStatements('技改投资增长11%', null as unknown as undefined)).toHaveLength(1);
  });

  it('holds the invariants on every seed document read whole', () => {
    for (const text of seedTexts) checkInvariants(text, readStatements(text, { year: 2023 }));
  });

  it('holds the invariants on every corpus text, whole and cut at random places', () => {
    expect(corpusTexts.length).toBeGreaterThanOrEqual(40);
    for (const text of corpusTexts) checkInvariants(text, readStatements(text, { year: 2023 }));
    fc.assert(
      fc.property(fc.nat(corpusTexts.length - 1), fc.nat(), fc.nat(), fc.constantFrom<'target' | 'actual'>('target', 'actual'), (which, a, b, defaultRole) => {
        const doc = corpusTexts[which]!;
        const from = a % doc.length;
        const text = doc.slice(from, from + (b % (doc.length - from + 1)));
        checkInvariants(text, readStatements(text, { year: 2022, defaultRole }));
      }),
      { numRuns: 300 },
    );
  }, 60_000); // the corpus grows with every round

  it('stays linear on pathological input (no catastrophic backtracking)', () => {
    const inputs = [
      '1'.repeat(50_000),
      '1、'.repeat(25_000),
      '增长'.repeat(25_000) + '11%',
      '力争新增规上工业企业150户以上'.repeat(3_000),
      '“'.repeat(50_000),
      '第'.repeat(50_000),
      '十'.repeat(50_000),
      '5亿元以上'.repeat(10_000),
      '居全国第七位、'.repeat(7_000),
      '（'.repeat(50_000),
      '规上工业企业10户，占比5%'.repeat(5_000),
      '工业投资、'.repeat(20_000) + '增长10%',
      '从2020年的1亿元增加到'.repeat(5_000),
      '产值10亿元，分别增长1%和'.repeat(5_000),
      '低于4.5%的控制目标，'.repeat(5_000),
    ];
    for (const text of inputs) {
      // Catastrophic backtracking would never finish: the test's own timeout catches it, so no
      // wall-clock assertion is needed (speed is measured by `pnpm bench:read`). The timeout is
      // generous because the machine is shared.
      const found = readStatements(text, { year: 2023 });
      checkInvariants(text, found.slice(0, 200));
    }
  }, 60_000);
});
