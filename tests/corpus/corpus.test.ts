/**
 * The plan reader against the corpus gold: no figure of tests/corpus/scores.json (written by
 * `pnpm corpus --split all --write`) may fall. The figures themselves are printed by `pnpm corpus`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan, type Actual, type Plan, type Target } from '@mubiao/core';
import {
  CORPUS_DIR,
  figuresOf,
  readCorpus,
  regressions,
  sameRegion,
  scoreDocument,
  scoreFile,
  type GoldActual,
  type GoldTarget,
  type ScoreFile,
} from './scoring.ts';

describe('the plan reader on the corpus', () => {
  const committed = JSON.parse(readFileSync(join(CORPUS_DIR, 'scores.json'), 'utf8')) as ScoreFile;
  const corpus = readCorpus();

  it('scores every document of sources.tsv and scores.json', () => {
    expect(corpus.map((d) => d.source.id).sort()).toEqual(Object.keys(committed.documents).sort());
  });

  it('keeps every figure at or above the committed one', () => {
    const current = scoreFile(corpus.map((doc) => scoreDocument(doc)));
    // Only the names of fallen figures: `pnpm corpus --split dev --misses` says why.
    expect(regressions(committed, current)).toEqual([]);
  });
});

describe('a read region against the gold path (README "Scoring")', () => {
  it('matches the whole path or its last component, not a part of a name nor a region above', () => {
    expect(sameRegion('陕西省宝鸡市陇县', '陇县')).toBe(true);
    expect(sameRegion('陕西省宝鸡市陇县', '陕西省宝鸡市陇县')).toBe(true);
    expect(sameRegion('陕西省宝鸡市陇县', '宝鸡市')).toBe(false);
    expect(sameRegion('四川省绵阳市涪城区', '城区')).toBe(false);
    expect(sameRegion('四川省绵阳市涪城区', null)).toBe(false);
  });

  it('leaves the notes in brackets out, and an unnamed issuer is matched by none read', () => {
    expect(sameRegion('湖北省武汉市（另含河南省郑州市、湖南省长沙市）', '武汉市')).toBe(true);
    expect(sameRegion('江苏省扬州市高邮市（县级市）', '高邮市')).toBe(true);
    expect(sameRegion('全国', '全国')).toBe(true);
    expect(sameRegion('不详（某县，文中未署名）', null)).toBe(true);
    expect(sameRegion('不详（某县，文中未署名）', '某县')).toBe(false);
  });
});

describe('why a gold entry was missed (the losses line of `pnpm corpus`)', () => {
  const text = '2023年，全县生产总值增长6%。2024年力争生产总值增长7%左右，新建学校3所。';
  const source = { id: 'x001', url: '', title: '', region: '某县', level: 'district', years: '2024', genres: ['news'], split: 'dev' as const };
  const at = (words: string) => text.indexOf(words);
  const target = (words: string, value: number, comparator: string, unit: string | null, kind = 'growth') => ({
    quote: words,
    words,
    at: at(words),
    metric: '生产总值',
    kind,
    value,
    unit,
    comparator,
    max: null,
    year: 2024,
  });
  const whys = (targets: ReturnType<typeof target>[]) => {
    const s = scoreDocument({ source, text, gold: { id: 'x001', planYear: 2024, region: '某县', level: 'district', targets, actuals: [] } });
    return { whys: s.misses.map((m) => m.why), alone: s.extrasAlone };
  };

  it('names the first difference: the other role, another comparator, nothing read', () => {
    // The 6% is the past year's result: gold calling it a target is missed by role.
    expect(whys([target('6%', 6, '=', '%')]).whys).toEqual(['role']);
    // The 7%左右 is read as about 7%: gold's `=` differs only by its comparator.
    expect(whys([target('7%', 7, '=', '%')]).whys).toEqual(['comparator']);
    // 2024 is a year, no figure: nothing is read over it.
    expect(whys([target('2024', 2024, '=', null, 'level')]).whys).toEqual(['unread']);
  });

  it('counts the extras read where the gold has no entry, not the counterpart of a miss', () => {
    // Gold holds only the 7% (as read), so the 6% result and the 3 schools are read where gold has nothing.
    expect(whys([target('7%', 7, '~', '%')])).toEqual({ whys: [], alone: 2 });
    expect(whys([target('6%', 6, '=', '%'), target('7%', 7, '~', '%')]).alone).toBe(1);
  });
});

describe('targets and results scored apart (the overall, genre and document figures of `pnpm corpus`)', () => {
  // Invented: last year's results, then this year's aims.
  const text = '2023年，全县生产总值增长6%，粮食产量50万吨。2024年力争生产总值增长7%，城镇新增就业1200人，完成投资10亿元。';
  const source = { id: 'x002', url: '', title: '', region: '某县', level: 'district', years: '2024', genres: ['news'], split: 'dev' as const };
  const at = (words: string) => text.indexOf(words);
  const span = (words: string): [number, number] => [at(words), at(words) + words.length];
  // The fields a gold target and a gold result share, the entry quoting only its own words.
  const goldEntry = (words: string, metric: string, value: number, unit: string, kind: string) => ({
    quote: words,
    words,
    at: at(words),
    metric,
    kind,
    value,
    unit,
  });
  const goldTarget = (...fields: Parameters<typeof goldEntry>): GoldTarget => ({ ...goldEntry(...fields), comparator: '=', max: null, year: 2024 });
  const goldActual = (...fields: Parameters<typeof goldEntry>): GoldActual => ({ ...goldEntry(...fields), period: { year: 2023, label: '2023年' } });
  // A read entry carries only what the exact rule compares; the rest of Target and Actual is not looked at.
  const readTarget = (words: string, value: number, unit: string, kind: string) =>
    ({ metric: '', kind, comparator: '=', value, max: null, unit, year: 2024, span: span(words) }) as unknown as Target;
  const readActual = (words: string, value: number, unit: string, kind: string) =>
    ({ metric: '', kind, value, unit, period: { year: 2023, label: '2023年' }, span: span(words) }) as unknown as Actual;

  const gold = {
    id: 'x002',
    planYear: 2024,
    region: '某县',
    level: 'district',
    targets: [goldTarget('7%', '生产总值', 7, '%', 'growth'), goldTarget('1200人', '城镇新增就业', 1200, '人', 'level')],
    actuals: [goldActual('6%', '生产总值', 6, '%', 'growth'), goldActual('50万吨', '粮食产量', 50, '万吨', 'level')],
  };
  const plan: Plan = {
    ...extractPlan(text),
    targets: [
      readTarget('7%', 7, '%', 'growth'), // a target matched
      readTarget('6%', 6, '%', 'growth'), // a result read as a target
      readTarget('10亿元', 10, '亿元', 'level'), // an extra read as a target: no gold entry there
    ],
    actuals: [
      readActual('50万吨', 50, '万吨', 'level'), // a result matched
      readActual('1200人', 1200, '人', 'level'), // a target read as a result
    ],
  };
  const score = scoreDocument({ source, text, gold }, plan);

  it('counts each role against its own gold: one of two targets found among three read, one of two results among two', () => {
    const f = figuresOf([score]);
    expect(f.targets).toEqual({ gold: 2, reported: 3, matched: 1 });
    expect(f.actuals).toEqual({ gold: 2, reported: 2, matched: 1 });
    expect([f.targetRecall, f.targetPrecision, f.actualRecall, f.actualPrecision]).toEqual([0.5, 0.3333, 0.5, 0.5]);
    // The result read as a target and the target read as a result, beside them; the one figure is both roles together.
    expect(f.confusion).toEqual({ targetsAsActuals: 1, actualsAsTargets: 1 });
    expect([f.recall, f.precision]).toEqual([0.5, 0.4]);
  });

  it('sums the tallies over documents, and has no rate for a role neither gold nor reader has', () => {
    const onlyTargets = scoreDocument(
      { source: { ...source, id: 'x003' }, text, gold: { ...gold, id: 'x003', actuals: [] } },
      { ...plan, targets: [readTarget('7%', 7, '%', 'growth'), readTarget('1200人', 1200, '人', 'level')], actuals: [] },
    );
    expect([figuresOf([onlyTargets]).actualRecall, figuresOf([onlyTargets]).actualPrecision]).toEqual([null, null]);
    const f = figuresOf([score, onlyTargets]);
    expect(f.targets).toEqual({ gold: 4, reported: 5, matched: 3 });
    expect([f.targetRecall, f.targetPrecision]).toEqual([0.75, 0.6]);
    expect([f.actualRecall, f.actualPrecision, f.confusion.actualsAsTargets]).toEqual([0.5, 0.5, 1]);
  });

  it('writes them per split, genre and document, and holds them: a target precision that falls is a regression', () => {
    const committed = scoreFile([score]);
    expect(committed.documents.x002).toMatchObject({ targetRecall: 0.5, targetPrecision: 0.3333, actualRecall: 0.5, actualPrecision: 0.5 });
    expect(committed.splits.dev.genres.news!.targetPrecision).toBe(0.3333);
    // The 50万吨 result read as a target as well: the targets' precision falls; their recall and every result figure stay.
    const worse = scoreFile([scoreDocument({ source, text, gold }, { ...plan, targets: [...plan.targets, readTarget('50万吨', 50, '万吨', 'level')] })]);
    expect(regressions(committed, worse).filter((r) => /target|actual/i.test(r))).toEqual([
      'dev targetPrecision: 0.3333 → 0.25',
      'dev news targetPrecision: 0.3333 → 0.25',
      'all targetPrecision: 0.3333 → 0.25',
      'all news targetPrecision: 0.3333 → 0.25',
      'x002 targetPrecision: 0.3333 → 0.25',
    ]);
  });

  it('does not count a precision of 0 that has none now as fallen: nothing wrong is read any more', () => {
    // A text whose gold has no target, read with one wrong target: precision 0; read with none: no rate, no regression.
    const noTargets = { ...gold, targets: [] };
    const wrong = scoreFile([scoreDocument({ source, text, gold: noTargets }, { ...plan, targets: [readTarget('10亿元', 10, '亿元', 'level')] })]);
    expect(wrong.documents.x002!.targetPrecision).toBe(0);
    const none = scoreFile([scoreDocument({ source, text, gold: noTargets }, { ...plan, targets: [] })]);
    expect(regressions(wrong, none).filter((r) => /targetPrecision/.test(r))).toEqual([]);
    // A precision above 0 that has none now has fallen: the right entries are gone too.
    const half = { ...wrong, documents: { ...wrong.documents, x002: { ...wrong.documents.x002!, targetPrecision: 0.5 } } };
    expect(regressions(half, none).filter((r) => r.startsWith('x002 targetPrecision'))).toEqual(['x002 targetPrecision: 0.5 → none']);
  });
});
