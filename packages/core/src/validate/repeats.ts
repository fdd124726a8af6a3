import type { Finding } from '../model.ts';

/** What makes two findings the same problem — code, place, plan target and what the sheet says — as one string. */
export function problemKey(f: Finding): string {
  return JSON.stringify([f.code, f.sheet, f.cell, f.actual, f.target?.plan ?? null, f.target?.targetId ?? null]);
}

/** The same problem: equal problem keys. */
export function sameProblem(a: Finding, b: Finding): boolean {
  return problemKey(a) === problemKey(b);
}

/**
 * The same problem reached twice (two plans repeating one target, a row read twice) is said
 * once: the finding added first stays. `order` lists finding indices (their order of adding)
 * sorted so that findings of one cell are neighbours (`place`, equal for one sheet and cell);
 * the result keeps that order. Done once on the sorted report rather than with a map of every
 * cell while findings are made: reports run to 100k findings, nearly one per cell. Findings from
 * index `before` on are always kept.
 */
export function withoutRepeats(findings: readonly Finding[], order: readonly number[], place: ArrayLike<number>, before = findings.length): number[] {
  const kept: number[] = [];
  const n = order.length;
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && place[order[j]!] === place[order[i]!]) j++;
    if (j - i === 1) kept.push(order[i]!);
    else keepFirstOfRun(findings, order, i, j, before, kept);
    i = j;
  }
  return kept;
}

/**
 * A finding is a repeat when an earlier-added one of the run is the same problem, that is when it is not the
 * first-added of its problem in the run (by key, so a cell stating thousands of figures stays linear).
 */
function keepFirstOfRun(findings: readonly Finding[], order: readonly number[], i: number, j: number, before: number, kept: number[]): void {
  const first = new Map<string, number>();
  for (let k = i; k < j; k++) {
    const a = order[k]!;
    if (a >= before) continue;
    const key = problemKey(findings[a]!);
    const seen = first.get(key);
    if (seen === undefined || a < seen) first.set(key, a);
  }
  for (let k = i; k < j; k++) {
    const a = order[k]!;
    if (a >= before || first.get(problemKey(findings[a]!)) === a) kept.push(a);
  }
}
