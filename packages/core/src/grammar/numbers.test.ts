import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseNumber, scanNumber } from './numbers.ts';

describe('parseNumber', () => {
  it.each<[string, number | null]>([
    ['15', 15],
    ['１５', 15],
    ['3.66', 3.66],
    ['３．６６', 3.66],
    ['3,200', 3200],
    ['1,234,567.5', 1234567.5],
    ['1.2万', 12000],
    // Exactly, not 218000000.00000003.
    ['2.18亿', 218000000],
    ['1.81万', 18100],
    ['5万亿', 5e12],
    ['3000亿', 3e11],
    ['五千亿', 5e11],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['三百', 300],
    ['两千', 2000],
    ['一万二千', 12000],
    ['一亿二千万', 120000000],
    ['二〇二四', 2024],
    ['  42 ', 42],
    ['-5', -5],
    ['－5', -5],
    ['0', 0],
    ['**', null],
    ['', null],
    ['abc', null],
    ['20%', null],
    ['20%以上', null],
    ['十四五', null],
    ['3,20', null],
    ['1.2.3', null],
  ])('%j → %j', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('never throws and round-trips integers and decimals', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = parseNumber(s);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumber(String(n))).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 99 }), (i, f) => {
        const text = `${i}.${String(f).padStart(2, '0')}`;
        expect(parseNumber(text)).toBeCloseTo(Number(text), 10);
      }),
    );
  });

  it('reads every Chinese numeral from 1 to 9999 as its value', () => {
    const digits = '零一二三四五六七八九';
    const spell = (n: number): string => {
      // The standard reading: 十 for 10–19, 零 for an inner gap.
      const units = ['', '十', '百', '千'];
      const parts = String(n).split('').map(Number);
      let out = '';
      let zero = false;
      parts.forEach((d, i) => {
        const unit = units[parts.length - 1 - i]!;
        if (d === 0) {
          zero = out !== '';
          return;
        }
        if (zero) out += '零';
        zero = false;
        out += (d === 1 && unit === '十' && out === '' ? '' : digits[d]) + unit;
      });
      return out;
    };
    for (let n = 1; n < 10000; n++) expect(parseChineseNumeral(spell(n)), spell(n)).toBe(n);
  });
});

describe('scanNumber', () => {
  it('stops before a unit that starts with a multiplier', () => {
    expect(scanNumber('5万吨以上', 0)).toMatchObject({ value: 5, end: 1 });
    expect(scanNumber('5万亿元', 0)).toMatchObject({ value: 5, end: 1 });
    expect(scanNumber('170亿元', 0)).toMatchObject({ value: 170, end: 3 });
    expect(scanNumber('1.2万户', 0)).toMatchObject({ value: 12000, end: 4 });
    expect(scanNumber('五千亿元', 0)).toMatchObject({ value: 5000, end: 2, chinese: true });
  });

  it('backs off a Chinese run until it parses', () => {
    expect(scanNumber('二十大精神', 0)).toMatchObject({ value: 20, end: 2 });
    expect(scanNumber('百亿级', 0)).toBeNull();
    expect(scanNumber('亿元以上', 0)).toBeNull();
  });

  it('never throws and stays inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,一二两三十百千万亿零〇万元%*a ０１') }), fc.nat(), (s, at) => {
        const pos = s.length === 0 ? 0 : at % s.length;
        const token = scanNumber(s, pos);
        if (token) {
          expect(token.start).toBe(pos);
          expect(token.end).toBeGreaterThan(pos);
          expect(token.end).toBeLessThanOrEqual(s.length);
          expect(Number.isFinite(token.value)).toBe(true);
        }
      }),
    );
  });
});

describe('decimals written in words', () => {
  it('点 and digit characters after a numeral (a Taiwan or Hong Kong repost)', () => {
    expect(scanNumber('五点四', 0)?.value).toBe(5.4);
    expect(scanNumber('五点六七兆元', 0)).toMatchObject({ value: 5.67, end: 4 });
    expect(scanNumber('○点一', 0)?.value).toBe(0.1);
    expect(scanNumber('十二点零五', 0)?.value).toBe(12.05);
  });

  it('a time of day, a “bit” and a masked circle are no decimals (must not fire)', () => {
    expect(scanNumber('十点三十分', 0)).toMatchObject({ value: 10, end: 1 });
    expect(scanNumber('一点儿', 0)).toMatchObject({ value: 1, end: 1 });
    expect(scanNumber('○○县', 0)).toBeNull();
    expect(scanNumber('两点', 0)).toMatchObject({ value: 2, end: 1 });
    expect(scanNumber('五千点', 0)).toMatchObject({ value: 5000, end: 2 });
  });
});
