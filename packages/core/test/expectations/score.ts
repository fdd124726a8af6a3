/**
 * Expectation lists (written by reading the seed documents) and the scoring of a plan against
 * them: every expected target is located in the original text by the words its span must cover,
 * matched to the reported target whose span covers those words, and compared field by field.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metricKey } from '../../src/grammar/index.ts';
import type { Actual, Comparator, Plan, Target } from '../../src/model.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

export interface ExpectedTarget {
  line: number;
  metric: string;
  kind: string;
  comparator: Comparator;
  value: number | null;
  max: number | null;
  unit: string;
  /** Original words the span must cover; located in document order. */
  words: string;
  /** Offset of `words` in the original text. */
  at: number;
  leads: string[];
  partners: string[];
}

export interface ExpectedActual {
  line: number;
  metric: string;
  kind: string;
  value: number;
  unit: string | null;
  rankScope?: string;
  words: string;
  at: number;
}

export interface Expectations {
  targets: ExpectedTarget[];
  actuals: ExpectedActual[];
}

/** Reads test/expectations/<plan>.txt and locates every line in the original document. */
export function loadExpectations(plan: string, original: string): Expectations {
  const text = readFileSync(join(HERE, `${plan}.txt`), 'utf8');
  const targets: ExpectedTarget[] = [];
  const actuals: ExpectedActual[] = [];
  let leads: string[] = [];
  let partners: string[] = [];
  let cursor = 0;
  let previousAt = 0;
  const locate = (words: string, line: number): number => {
    if (words === '〃') return previousAt;
    const at = original.indexOf(words, cursor);
    if (at === -1) throw new Error(`${plan}.txt line ${line}: "${words}" not found after offset ${cursor}`);
    cursor = at + words.length;
    previousAt = at;
    return at;
  };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trim();
    if (s === '' || s.startsWith('#')) return;
    if (s.startsWith('>')) {
      // "> words" moves the search to those words; "> ^" back to the start of the document.
      const to = s.slice(1).trim();
      if (to === '^') cursor = 0;
      else locate(to, line);
      return;
    }
    if (s.startsWith('@')) {
      const [l, p] = s
        .slice(1)
        .split('|')
        .map((x) => x.trim());
      leads = names(l!);
      partners = names(p!);
      return;
    }
    const actual = s.startsWith('!');
    const [metric, spec, words] = (actual ? s.slice(1) : s).split('|').map((x) => x.trim());
    if (!metric || !spec || !words) throw new Error(`${plan}.txt line ${line}: expected "metric | spec | words"`);
    const parts = spec.split(/\s+/);
    if (actual) {
      const [kind, value, unit, scope] = parts;
      actuals.push({
        line,
        metric,
        kind: kind!,
        value: Number(value),
        unit: unit === '-' ? null : unit!,
        ...(scope ? { rankScope: scope } : {}),
        words,
        at: locate(words, line),
      });
      return;
    }
    const [kind, comparator, value, unit] = parts;
    const [lo, hi] = comparator === 'range' ? value!.split('-') : [value, undefined];
    targets.push({
      line,
      metric,
      kind: kind!,
      comparator: comparator as Comparator,
      value: lo === '-' ? null : Number(lo),
      max: hi === undefined ? null : Number(hi),
      unit: unit!,
      words,
      at: locate(words, line),
      leads,
      partners,
    });
  });
  return { targets, actuals };
}

function names(list: string): string[] {
  return list === '-'
    ? []
    : list
        .split('、')
        .map((n) => n.trim())
        .filter(Boolean);
}

/** Field → [expected, reported] where they differ. */
export type Differences = Record<string, [unknown, unknown]>;

export interface TargetVerdict {
  expected: ExpectedTarget;
  reported?: Target;
  /** Fields that differ; empty when the target was read exactly. */
  differences: Differences;
}

export interface Score {
  plan: string;
  expected: number;
  reported: number;
  /** Located, with comparator/value/max/unit right. */
  numbersRight: number;
  /** Everything right: also metric, kind, leads and partners. */
  exact: number;
  verdicts: TargetVerdict[];
  /** Reported targets no expectation claims. */
  extra: Target[];
}

/**
 * Metrics agree when their normalised keys are equal, one contains the other, or they share a
 * run of 4+ characters ("省股权交易中心挂牌企业" / "企业在省股权交易中心挂牌"). The span already
 * pins the place; this guards against a metric taken from the wrong words.
 */
export function sameMetric(a: string, b: string): boolean {
  const ka = metricKey(a).replace(/[（）()]/g, '');
  const kb = metricKey(b).replace(/[（）()]/g, '');
  if (ka === kb || ka.includes(kb) || kb.includes(ka)) return true;
  for (let i = 0; i + 4 <= ka.length; i++) if (kb.includes(ka.slice(i, i + 4))) return true;
  return false;
}

const covers = (span: readonly [number, number], at: number) => span[0] <= at && at < span[1];

export function scoreTargets(plan: Plan, expectations: Expectations): Score {
  const used = new Set<string>();
  const verdicts = expectations.targets.map((e): TargetVerdict => {
    const candidates = plan.targets.filter((t) => covers(t.span, e.at) && !used.has(t.id));
    const reported = candidates.find((t) => sameMetric(t.metric, e.metric)) ?? candidates[0];
    if (!reported) return { expected: e, differences: { found: [true, false] } };
    used.add(reported.id);
    return { expected: e, reported, differences: compareTarget(e, reported) };
  });
  const numberFields = ['comparator', 'value', 'max', 'unit', 'found'];
  return {
    plan: plan.name,
    expected: expectations.targets.length,
    reported: plan.targets.length,
    numbersRight: verdicts.filter((v) => v.reported && !Object.keys(v.differences).some((k) => numberFields.includes(k))).length,
    exact: verdicts.filter((v) => v.reported && Object.keys(v.differences).length === 0).length,
    verdicts,
    extra: plan.targets.filter((t) => !used.has(t.id)),
  };
}

function compareTarget(e: ExpectedTarget, t: Target): Differences {
  const d: Differences = {};
  const check = (field: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) d[field] = [want, got];
  };
  if (!sameMetric(e.metric, t.metric)) d.metric = [e.metric, t.metric];
  check('kind', e.kind, t.kind);
  check('comparator', e.comparator, t.comparator);
  check('value', e.value, t.value);
  check('max', e.max, t.max);
  check('unit', e.unit, t.unit);
  check('leads', [...e.leads].sort(), [...t.leads].sort());
  check('partners', [...e.partners].sort(), [...t.partners].sort());
  return d;
}

export interface ActualScore {
  expected: number;
  reported: number;
  right: number;
  misses: { expected: ExpectedActual; reported?: Actual; why: string }[];
}

export function scoreActuals(plan: Plan, expectations: Expectations): ActualScore {
  const used = new Set<string>();
  const misses: ActualScore['misses'] = [];
  let right = 0;
  for (const e of expectations.actuals) {
    const candidates = plan.actuals.filter((a) => covers(a.span, e.at) && !used.has(a.id) && a.value === e.value);
    const reported = candidates.find((a) => a.kind === e.kind) ?? candidates[0];
    if (!reported) {
      misses.push({ expected: e, why: 'not found' });
      continue;
    }
    used.add(reported.id);
    const why: string[] = [];
    if (reported.kind !== e.kind) why.push(`kind ${reported.kind}`);
    if (e.unit !== null && reported.unit !== e.unit) why.push(`unit ${reported.unit}`);
    if (e.rankScope && reported.rankScope !== e.rankScope) why.push(`scope ${reported.rankScope}`);
    if (why.length) misses.push({ expected: e, reported, why: why.join(', ') });
    else right++;
  }
  return { expected: expectations.actuals.length, reported: plan.actuals.length, right, misses };
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
