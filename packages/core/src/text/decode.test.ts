import { describe, expect, it } from 'vitest';
import { decodeTextBytes, decodeTextInPieces, leaveOutNuls, looksBinary, nulNote, offsetBeforeNulsLeftOut } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-16 code units of `s`, without a BOM. */
const utf16 = (s: string, order: 'le' | 'be') =>
  new Uint8Array(Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).flatMap((u) => (order === 'le' ? [u & 255, u >> 8] : [u >> 8, u & 255])));
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
    expect(decodeTextBytes(new Uint8Array([0x81, 0x20, 0x41]))).toEqual({ ok: false, problem: 'undecodable', utf8Line: 1 });
  });

  it('counts tabs and line breaks as text', () => {
    expect(looksBinary(utf8('序号\t指标\r\n1\t技改投资\n'))).toBe(false);
    expect(looksBinary(new Uint8Array(100).fill(0x01))).toBe(true);
  });

  it('reads UTF-16 without a BOM, told by the zero bytes of its ASCII characters', () => {
    const csv = '指标,目标值\r\n技改投资增长（%）,15\r\n一季度,一\r\n';
    expect(decodeTextBytes(utf16(csv, 'le'))).toEqual({ ok: true, text: csv, encoding: 'utf-16le' });
    expect(decodeTextBytes(utf16(csv, 'be'))).toEqual({ ok: true, text: csv, encoding: 'utf-16be' });
    expect(decodeTextBytes(utf16('a\tb', 'le'))).toEqual({ ok: true, text: 'a\tb', encoding: 'utf-16le' });
  });

  it('lets a stray NUL or two through as text, for the host to say where', () => {
    expect(decodeTextBytes(utf8('指标,目标值\n技改,1\u00005\n'))).toEqual({ ok: true, text: '指标,目标值\n技改,1\u00005\n', encoding: 'utf-8' });
    expect(decodeTextBytes(utf8('a\u0000b\u0000c'))).toMatchObject({ ok: true });
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe, ...utf16('目标\u0000', 'le')]))).toMatchObject({ ok: true, text: '目标\u0000' });
    // Three NULs are no longer stray, on whichever side of a byte pair they fall.
    expect(decodeTextBytes(utf8('a\u0000b\u0000c\u0000d'))).toEqual({ ok: false, problem: 'binary' });
    expect(decodeTextBytes(utf8('ab\u0000\u0000c\u0000'))).toEqual({ ok: false, problem: 'binary' });
  });

  it('still refuses binary files: random bytes, a zip, a PNG, an OLE2 header', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    // A zip's local header (PK\3\4, version, flags, sizes) before a file name and deflated bytes.
    const zip = new Uint8Array([
      0x50,
      0x4b,
      3,
      4,
      20,
      0,
      0,
      0,
      8,
      0,
      0,
      0,
      0x21,
      0,
      0x6a,
      0x1e,
      0,
      0,
      0,
      0,
      0x13,
      0,
      0,
      0,
      ...utf8('[Content_Types].xml'),
      ...random.subarray(0, 300),
    ]);
    // A PNG's signature and IHDR chunk start, then noise.
    const png = new Uint8Array([...Buffer.from('89504e470d0a1a0a0000000d4948445200000100000000800806000000', 'hex'), ...random.subarray(0, 200)]);
    const ole2 = new Uint8Array(512);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 3, 0, 0xfe, 0xff, 9, 0]);
    // UTF-8 text with NULs all on one side of the byte pairs, beside bytes that are no ASCII: not UTF-16.
    const controls = utf8('2023年工作要点\n' + '技\u0000\u0001é'.repeat(20));
    // Three NULs beside digits on one side, among many characters: too few for UTF-16, too many to be stray.
    const sparse = utf8('指标,目标值\r\n'.repeat(30) + '1\u00002\u00003\u0000');
    for (const bytes of [random, zip, png, ole2, controls, sparse]) expect(decodeTextBytes(bytes)).toEqual({ ok: false, problem: 'binary' });
  });

  it('names UTF-16 with half a character (a lone surrogate) and its line', () => {
    const broken = new Uint8Array([0xff, 0xfe, ...utf16('目标\n增长\ud800 5%\n', 'le')]);
    expect(decodeTextBytes(broken)).toEqual({ ok: false, problem: 'broken-utf16', encoding: 'UTF-16LE', line: 2 });
    const trailing = new Uint8Array([0xfe, 0xff, ...utf16('a\nb\nc\udc00', 'be')]);
    expect(decodeTextBytes(trailing)).toEqual({ ok: false, problem: 'broken-utf16', encoding: 'UTF-16BE', line: 3 });
    // A whole pair is one character, not a break.
    expect(decodeTextBytes(new Uint8Array([0xff, 0xfe, ...utf16('𠀀增长\n', 'le')]))).toMatchObject({ ok: true, text: '𠀀增长\n' });
  });
});

describe('leaveOutNuls', () => {
  it('leaves stray NULs out, names their lines once each, and maps offsets back into the text as decoded', () => {
    const text = '目标\n增长1\u00005%\u0000\n新增\u000050户';
    const out = leaveOutNuls(text);
    expect(out).toEqual({ text: '目标\n增长15%\n新增50户', offsets: [6, 9, 13], lines: [2, 3] });
    for (const [i, ch] of [...out.text].entries()) expect(text[offsetBeforeNulsLeftOut(i, out.offsets)]).toBe(ch);
    expect(leaveOutNuls('无')).toEqual({ text: '无', offsets: [], lines: [] });
  });

  it('says where in one note, for cells and lines alike', () => {
    expect(nulNote('a.csv', 'cell', ['D3'])).toBe('a.csv: NUL bytes (zero bytes, not characters) were left out of cell D3; check it');
    expect(nulNote('p.txt', 'line', [2, 3, 4, 9, 12])).toBe(
      'p.txt: NUL bytes (zero bytes, not characters) were left out of lines 2, 3, 4 and 2 more; check them',
    );
  });
});

describe('decodeTextInPieces', () => {
  /** A sink that records which encodings it was opened in, and joins what it is given. */
  function recording(failIn?: string) {
    const opened: string[] = [];
    const open = (first: string, encoding: string) => {
      opened.push(encoding);
      const pieces: string[] = [];
      return {
        push: (piece: string) => {
          if (encoding === failIn) throw new Error(`sink refused in ${encoding}`);
          pieces.push(piece);
        },
        end: () => ({ first, text: pieces.join('') }),
      };
    };
    return { opened, open };
  }
  // ASCII, then a GBK character only at the end: UTF-8 holds for the first pieces and breaks late.
  const late = new Uint8Array([...utf8('指标,目标值\n'.replace(/[^\x00-\x7f]/g, 'x').repeat(3)), ...GBK]);

  it('drops a sink opened in UTF-8 when a later piece is not UTF-8, and reads as decodeTextBytes does', () => {
    const { opened, open } = recording();
    const read = decodeTextInPieces(late, open, { head: 4, pieceBytes: 3 });
    expect(opened).toEqual(['utf-8', 'gb18030']);
    const whole = decodeTextBytes(late);
    expect(read.ok && whole.ok && read.result.text === whole.text && read.encoding === whole.encoding).toBe(true);
  });

  it("holds back a sink's error until its encoding is known: dropped with a wrong guess, thrown with the right one", () => {
    expect(decodeTextInPieces(late, recording('utf-8').open, { head: 4, pieceBytes: 3 }).ok).toBe(true);
    expect(() => decodeTextInPieces(late, recording('gb18030').open, { head: 4, pieceBytes: 3 })).toThrow('sink refused in gb18030');
  });

  it('gives the same text whatever the piece size, a character cut across pieces included', () => {
    const bytes = utf8('\ufeff力争增长11%，新增企业150户以上\n'.repeat(5));
    const want = decodeTextBytes(bytes);
    for (const pieceBytes of [1, 2, 3, 5, 64, 0, -1]) {
      const read = decodeTextInPieces(bytes, recording().open, { head: 7, pieceBytes });
      expect(read.ok && want.ok && read.result.text).toBe(want.ok ? want.text : false);
    }
  });

  it('gives the sniffing reader at least `head` characters, or the whole text when it is shorter', () => {
    const text = '序号,指标,目标值\n'.repeat(100);
    const read = decodeTextInPieces(utf8(text), recording().open, { head: 20, pieceBytes: 8 });
    expect(read.ok && read.result.first.length >= 20 && text.startsWith(read.result.first)).toBe(true);
    const short = decodeTextInPieces(utf8('序号'), recording().open, { head: 20, pieceBytes: 1 });
    expect(short.ok && short.result.first).toBe('序号');
  });
});
