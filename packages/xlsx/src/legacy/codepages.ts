/**
 * The code-page tables SheetJS asks for (BIFF5 text in GBK, old Mac and Windows code pages),
 * answered by the platform's TextDecoder instead of SheetJS's 470 kB table file: every browser
 * and Node (full ICU) decode GBK, Big5, Shift_JIS, EUC-KR and the Windows code pages.
 */

/** Windows code page numbers → WHATWG encoding labels. */
const LABELS: Record<number, string> = {
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1200: 'utf-16le',
  1201: 'utf-16be',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  10000: 'macintosh',
  20936: 'gb18030',
  54936: 'gb18030',
  65001: 'utf-8',
};

const decoders = new Map<number, InstanceType<typeof TextDecoder> | null>();

function decoderFor(cp: number): InstanceType<typeof TextDecoder> | null {
  let decoder = decoders.get(cp);
  if (decoder === undefined) {
    const label = LABELS[cp];
    try {
      decoder = label ? new TextDecoder(label) : null;
    } catch {
      decoder = null;
    }
    decoders.set(cp, decoder);
  }
  return decoder;
}

function toBytes(data: ArrayLike<number> | string): Uint8Array {
  if (typeof data === 'string') {
    const out = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) out[i] = data.charCodeAt(i) & 0xff;
    return out;
  }
  return data instanceof Uint8Array ? data : Uint8Array.from(data);
}

/** Code pages without a decoder (DOS 437/850, Latin-1 28591) read byte for byte, as ISO-8859-1 does. */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

export function decodeCodePage(cp: number, data: ArrayLike<number> | string): string {
  const bytes = toBytes(data);
  const decoder = decoderFor(cp);
  return decoder ? decoder.decode(bytes) : latin1(bytes);
}

/** Encoding is only used by SheetJS's writers; reading never needs it beyond UTF-16 and Latin-1. */
function encodeCodePage(cp: number, text: string): number[] {
  const out: number[] = [];
  if (cp === 1200) {
    for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  } else if (cp === 65001) out.push(...new TextEncoder().encode(text));
  else for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  return out;
}

/** The object SheetJS's `set_cptable` expects. */
export const codePageTable = {
  utils: { decode: decodeCodePage, encode: encodeCodePage },
};
