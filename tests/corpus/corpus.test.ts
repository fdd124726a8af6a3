/**
 * The plan reader against the corpus gold: no figure of tests/corpus/scores.json (written by
 * `pnpm corpus --split all --write`) may fall. The figures themselves are printed by `pnpm corpus`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, readCorpus, regressions, sameRegion, scoreDocument, scoreFile, type ScoreFile } from './scoring.ts';

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
