/**
 * Round 21's catalogue of figures the reader sees but splits, dates or sides wrongly: goals continued by 其中 / 分别,
 * estimates inside a results passage, ratio pairs of a planned change, a figure before its noun in a protection task,
 * and a new year's news of the last year's results. One invented passage per shape, each with the reading the corpus
 * conventions give it (tests/corpus/README.md: What is an entry, Comparators, Years and periods; Decisions 3, 5, 15,
 * 28, 29): each entry (compared as a sorted list) as `T value comparator year` or `A value year[~]` (~ an estimate).
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { CATALOGUE } from './sided-entries-catalogue.ts';

/** Shapes the reader does not read yet (it.fails: a fix turns them red, to be moved out). */
const OPEN = new Set<string>([]);

export function reading(text: string): string[] {
  const plan = extractPlan(text);
  const rows = [
    ...plan.targets.map((t) => ({ s: `T ${t.value} ${t.comparator} ${t.year}` })),
    ...plan.actuals.map((a) => ({ s: `A ${a.value} ${a.period.year}${a.estimate ? '~' : ''}` })),
  ];
  return rows.map((r) => r.s).sort();
}

describe('sided entries: the catalogue (round 21)', () => {
  for (const s of CATALOGUE) {
    (OPEN.has(s.shape) ? it.fails : it)(s.shape, () => {
      expect(reading(s.text)).toEqual([...s.entries].sort());
    });
  }
});
