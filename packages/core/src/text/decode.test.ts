import { describe, expect, it } from 'vitest';
import { decodeTextBytes, looksBinary } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** "力争增长11%" in GBK/GB18030. */
const GBK = new Uint8Array([0xc1, 0xa6, 0xd5, 0xf9, 0xd4, 0xf6, 0xb3, 0xa4, 0x31, 0x31, 0x25]);

describe('decodeTextBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeTextBytes(utf8('力争增长11%'))).toEqual({ ok: true, text: '力争增长11%', encoding: 'utf-8' });
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('目标')]))).toEqual({ ok: true, text: '目标', encoding: 'utf-8' });
  });

  it('reads GB18030/GBK when the bytes are not UTF-8', () => {
    expect(decodeTextBytes(GBK)).toEqual({ ok: true, text: '力争增长11%', encoding: 'gb18030' });
  });

  it('reads UTF-16 with either BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0xee, 0x76, 0x07, 0x68]); // 目标
    const be = new Uint8Array([0xfe, 0xff, 0x76, 0xee, 0x68, 0x07]);
    expect(decodeTextBytes(le)).toEqual({ ok: true, text: '目标', encoding: 'utf-16le' });
    expect(decodeTextBytes(be)).toEqual({ ok: true, text: '目标', encoding: 'utf-16be' });
  });

  it('names binary data and undecodable bytes instead of guessing', () => {
    expect(decodeTextBytes(utf8('%PDF-1.7\n\0\0\0'))).toEqual({ ok: false, problem: 'binary' });
    expect(decodeTextBytes(new Uint8Array([0x81, 0x20, 0x41]))).toEqual({ ok: false, problem: 'undecodable' });
  });

  it('counts tabs and line breaks as text', () => {
    expect(looksBinary(utf8('序号\t指标\r\n1\t技改投资\n'))).toBe(false);
    expect(looksBinary(new Uint8Array(100).fill(0x01))).toBe(true);
  });
});
