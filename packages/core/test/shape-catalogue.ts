import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

/**
 * A shape catalogue's tests: every invented passage reads as the catalogue says, and a pending shape (named by the id
 * that opens its name) is pinned to today's reading, which must differ from the right one — not `it.fails`, which passes
 * on any failure, so a fix or a break of another kind turns it red.
 */
export function describeShapeCatalogue<Reading>(
  title: string,
  catalogue: readonly (readonly [name: string, text: string, want: Reading])[],
  pending: Readonly<Record<string, Reading>>,
  read: (text: string) => Reading,
): void {
  const today = (name: string): Reading | undefined => pending[name.split(' ')[0]!];
  const isPending = (name: string) => Object.hasOwn(pending, name.split(' ')[0]!);
  describe(title, () => {
    it.each(catalogue.filter(([name]) => !isPending(name)))('%s', (_name, text, want) => {
      expect(read(text)).toEqual(want);
    });
    it.each(catalogue.filter(([name]) => isPending(name)))('pending, reads today: %s', (name, text, want) => {
      expect(today(name)).not.toEqual(want);
      expect(read(text)).toEqual(today(name));
    });
  });
}

/** A passage's plan year, then each entry's role (T target, A result) and year, in the order of the text. */
export function planYearAndRoles(text: string): string {
  const plan = extractPlan(text);
  const entries = [
    ...plan.targets.map((t) => ({ at: t.span[0], s: `T${t.year}` })),
    ...plan.actuals.map((a) => ({ at: a.span[0], s: `A${a.period.year}` })),
  ].sort((a, b) => a.at - b.at);
  return `plan ${plan.year} · ${entries.map((e) => e.s).join(' ')}`;
}
