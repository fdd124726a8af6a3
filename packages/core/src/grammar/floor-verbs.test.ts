import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

/** Metric, comparator, value and unit of each statement read. */
const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.metric} ${s.comparator ?? ''}${s.value}${s.unit}`);

describe('至少 opening a short verb phrase before a count bounds the count', () => {
  it.each([
    ['今年要加快引进金融机构，至少争取2家城市商业银行设立分行。', '城市商业银行设立分行 >=2家'],
    ['全年至少建成3个社区养老服务中心。', '社区养老服务中心 >=3个'],
    ['力争至少培育4家省级专精特新企业。', '省级专精特新企业 >=4家'],
    ['全年至少组建6个志愿服务队。', '志愿服务队 >=6个'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });
});

describe('至少 that bounds nothing here', () => {
  it.each([
    // A place, not a verb, after 至少.
    ['今年至少全县5个乡镇。', []],
    // A verb of no work counted (有): left as it was read before.
    ['今年至少有3个乡镇没有完成任务。', []],
    // A place the work is done in.
    ['今年至少在3个镇开展试点。', []],
    // No 至少: the count is exact.
    ['全年建成3个社区养老服务中心。', ['社区养老服务中心 =3个']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
