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
