import type { Span } from '../model.ts';
import { isDigit, scanNumber } from '../grammar/numbers.ts';
import { UNITS_BY_LENGTH } from '../grammar/units.ts';

/** Words that make a number in prose a target ("力争新增…", "增长…以上"). */
const TARGET_CUE = /力争|争取|确保|达到|增长|新增|突破|培育|实现|不低于|不少于|以上|超过|提高|提升|下降|降低|控制在|打造|建设|创建|实施|完成/;
/** Clause boundaries: a target never spans one of these. */
const CLAUSE_END = /[，,；;。！!？?\n]/;

function unitAt(text: string, pos: number): string {
  let i = pos;
  while (text[i] === ' ') i++;
  if (text.startsWith('％', i)) return '%';
  // 2023年 is a date; the grammar itself reads the rare length in years (受教育年限11.7年).
  for (const u of UNITS_BY_LENGTH) if (u !== '年' && text.startsWith(u, i)) return u;
  return '';
}

/** Longest excerpt an `unparsed` finding quotes: the clause around the number, cut to this. */
export const MAX_EXCERPT = 120;

/**
 * Clause boundaries found once, left to right: the scan below asks for the clause around
 * ever-later positions, so each character is looked at a bounded number of times.
 */
class Clauses {
  private start = 0;
  private scanned = 0;
  private end = -1;

  constructor(private readonly text: string) {}

  around(pos: number): { start: number; end: number } {
    const text = this.text;
    for (; this.scanned < pos; this.scanned++) if (CLAUSE_END.test(text[this.scanned]!)) this.start = this.scanned + 1;
    if (this.end < pos) {
      let end = pos;
      while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
      this.end = end;
    }
    return { start: this.start, end: this.end };
  }
}

/** Which characters some statement covers: one pass over the spans, one over the text. */
function coverage(length: number, statements: readonly { span: Span }[]): Uint8Array {
  const depth = new Int32Array(length + 1);
  for (const s of statements) {
    const from = Math.max(0, Math.min(length, s.span[0]));
    const to = Math.max(from, Math.min(length, s.span[1]));
    depth[from]!++;
    depth[to]!--;
  }
  const covered = new Uint8Array(length);
  let open = 0;
  for (let i = 0; i < length; i++) covered[i] = (open += depth[i]!) > 0 ? 1 : 0;
  return covered;
}

/** The clause, or at most MAX_EXCERPT characters of it around `pos`. */
function excerpt(text: string, clause: { start: number; end: number }, pos: number): string {
  if (clause.end - clause.start <= MAX_EXCERPT) return text.slice(clause.start, clause.end).trim();
  const from = Math.max(clause.start, Math.min(pos - MAX_EXCERPT / 3, clause.end - MAX_EXCERPT));
  const to = Math.min(clause.end, from + MAX_EXCERPT);
  return `${from > clause.start ? '…' : ''}${text.slice(from, to).trim()}${to < clause.end ? '…' : ''}`;
}

/**
 * Numbers with a unit (or "**" placeholders) in target-like clauses that no statement covers:
 * the places where the grammar could not read what looks like a target. Arabic digits only:
 * Chinese numerals in prose are mostly words (一批, 五个一百), not targets. Linear in the text:
 * coverage and clause boundaries are found in single passes, each clause is tested for a
 * target cue once, and what is quoted is the clause cut to MAX_EXCERPT characters.
 */
export function unreadTargets(text: string, statements: readonly { span: Span }[]): { start: number; text: string; reason: string }[] {
  const covered = statements.length > 0 ? coverage(text.length, statements) : undefined;
  const clauses = new Clauses(text);
  const out: { start: number; text: string; reason: string }[] = [];
  let cueClause = -1;
  let cue = false;
  let reportedClause = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let end: number;
    let reason: string;
    if ((ch === '*' || ch === '＊') && (text[i + 1] === '*' || text[i + 1] === '＊')) {
      end = i + 2;
      while (text[end] === '*' || text[end] === '＊') end++;
      reason = 'placeholder';
    } else if (isDigit(ch) && (i === 0 || (!isDigit(text[i - 1]) && text[i - 1] !== '.'))) {
      const token = scanNumber(text, i);
      if (!token) continue;
      const unit = unitAt(text, token.end);
      if (!unit) {
        i = token.end - 1;
        continue;
      }
      end = token.end + unit.length;
      // "占地5亩以上规下工业企业", "5亿元以上项目": a threshold qualifying a noun, not a target.
      if (/^\s*(及以上|以上|以下)\s*[\u4e00-\u9fa5A-Za-z]/.test(text.slice(end, end + 32))) {
        i = end - 1;
        continue;
      }
      reason = 'number-with-unit';
    } else continue;
    const clause = clauses.around(i);
    if (clause.start !== cueClause) {
      cueClause = clause.start;
      cue = TARGET_CUE.test(text.slice(clause.start, clause.end));
    }
    if (!covered?.[i] && cue && reportedClause !== clause.start) {
      // 5G, 2023年, 第3季度 are names and dates, not quantities.
      const after = text.slice(end, end + 1);
      if (!/[年月日号期届]/.test(after) || reason === 'placeholder') {
        reportedClause = clause.start;
        out.push({ start: i, text: excerpt(text, clause, i), reason });
      }
    }
    i = Math.max(i, end - 1);
  }
  return out;
}
