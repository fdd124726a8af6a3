/**
 * The reader on reposts of the dev texts (reposts.ts): for no transform may the texts read as
 * the text itself is read fall below tests/corpus/stability.json (written by
 * `pnpm corpus:stability --write`). `pnpm corpus:stability --show NAME` says which texts changed and how.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPlan } from '@mubiao/core';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './scoring.ts';
import { devTexts, differenceOf, isStable, readingOf, TRANSFORMS, toTraditional, hardWrap, type StabilityFile } from './reposts.ts';

describe('the plan reader on reposts of the dev texts', () => {
  const committed = JSON.parse(readFileSync(join(CORPUS_DIR, 'stability.json'), 'utf8')) as StabilityFile;
  const texts = devTexts();
  const readings = texts.map((d) => readingOf(extractPlan(d.text)));

  it('measures every committed transform', () => {
    expect(TRANSFORMS.map((t) => t.name).sort()).toEqual(Object.keys(committed.stable).sort());
  });

  for (const transform of TRANSFORMS) {
    it(`reads at least the committed number of texts stably after: ${transform.says}`, () => {
      const stable = texts.filter((d, i) => isStable(differenceOf(readings[i]!, readingOf(extractPlan(transform.apply(d.text)))))).length;
      expect(stable).toBeGreaterThanOrEqual(committed.stable[transform.name] ?? texts.length);
    });
  }
});

describe('the reposts', () => {
  it('write Traditional characters only where the reader maps them back', () => {
    expect(toTraditional('国内生产总值增长5%，达到100亿元')).toBe('國內生產總值增長5%，達到100億元');
    expect(toTraditional('ABC 123 著')).toBe('ABC 123 著');
  });

  it('wrap a paragraph at a printed width, keeping a figure whole when asked', () => {
    const line = '全区生产总值增长百分之六以上，一般公共预算收入达到12500.5万元。';
    expect(hardWrap(line, 14, false)).toBe('全区生产总值增长百分之六以上\n，一般公共预算收入达到12500.\n5万元。');
    expect(hardWrap(line, 14, true)).toBe('全区生产总值增长百分之六以上\n，一般公共预算收入达到\n12500.5万元。');
  });
});
