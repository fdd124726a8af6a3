/**
 * The plan reader against the corpus gold: no figure of tests/corpus/scores.json (written by
 * `pnpm corpus --split all --write`) may fall. The figures themselves are printed by `pnpm corpus`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, readCorpus, regressions, scoreDocument, scoreFile, type ScoreFile } from './scoring.ts';

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
