/**
 * PDF text run together with no break after a rate (增长 4.2%工业增加值增长 7.1%): the rate a rate verb gives ends its
 * statement. Invented sentences only (never corpus or probe text).
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.metric} ${s.comparator} ${s.value}${s.unit}`);

describe('a rate run on into the next noun ends its statement', () => {
  it.each([
    ['去年农业增加值增长 4.2%工业增加值增长 7.1%', ['农业增加值 = 4.2%', '工业增加值 = 7.1%']],
    ['去年财政收入下降3.5%税收收入增长2.1%。', ['财政收入 = 3.5%', '税收收入 = 2.1%']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('must not fire', () => {
  it.each([
    ['今年地区生产总值增长6%以上。', ['地区生产总值 >= 6%']],
    ['今年地区生产总值增长6%左右。', ['地区生产总值 ~ 6%']],
    ['今年城乡居民收入分别增长6%和7%。', ['城镇居民收入 = 6%', '农村居民收入 = 7%']],
    ['力争60%规上工业企业完成数字化改造。', ['规上工业企业完成数字化改造 = 60%']],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});
