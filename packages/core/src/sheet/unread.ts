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
  for (const u of UNITS_BY_LENGTH) if (text.startsWith(u, i)) return u;
  return '';
}

function clauseAround(text: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  let end = pos;
  while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
  return { start, end };
}

/**
 * Numbers with a unit (or "**" placeholders) in target-like clauses that no statement covers:
 * the places where the grammar could not read what looks like a target. Arabic digits only:
 * Chinese numerals in prose are mostly words (一批, 五个一百), not targets.
 */
export function unreadTargets(text: string, statements: readonly { span: Span }[]): { start: number; text: string; reason: string }[] {
  const covered = (pos: number) => statements.some((s) => pos >= s.span[0] && pos < s.span[1]);
  const out: { start: number; text: string; reason: string }[] = [];
  const reported = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let end = -1;
    let reason = '';
    if ((ch === '*' || ch === '＊') && (text[i + 1] === '*' || text[i + 1] === '＊')) {
      end = i + 2;
      while (text[end] === '*' || text[end] === '＊') end++;
      reason = 'placeholder';
    } else if (isDigit(ch) && (i === 0 || !isDigit(text[i - 1]) && text[i - 1] !== '.')) {
      const token = scanNumber(text, i);
      if (!token) continue;
      const unit = unitAt(text, token.end);
      if (!unit) {
        i = token.end - 1;
        continue;
      }
      end = token.end + unit.length;
      // "占地5亩以上规下工业企业", "5亿元以上项目": a threshold qualifying a noun, not a target.
      if (/^\s*(及以上|以上|以下)\s*[\u4e00-\u9fa5A-Za-z]/.test(text.slice(end))) {
        i = end - 1;
        continue;
      }
      reason = 'number-with-unit';
    } else continue;
    const clause = clauseAround(text, i);
    const clauseText = text.slice(clause.start, clause.end).trim();
    if (!covered(i) && TARGET_CUE.test(clauseText) && !reported.has(clause.start)) {
      // 5G, 2023年, 第3季度 are names and dates, not quantities.
      const after = text.slice(end, end + 1);
      if (!/[年月日号期届]/.test(after) || reason === 'placeholder') {
        reported.add(clause.start);
        out.push({ start: i, text: clauseText, reason });
      }
    }
    i = Math.max(i, end - 1);
  }
  return out;
}
