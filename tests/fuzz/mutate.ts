/**
 * Deterministic mutations of workbooks, CSV and OLE2 files for `pnpm fuzz`: each case is one seed
 * file and 1–3 mutations chosen by a PRNG seeded from (seed, case number), so any case can be
 * made again from its two numbers. The mutations are the ones issue 18 names: zip entries
 * dropped, truncated, duplicated, swapped, renamed with backslashes or failing their CRC; XML
 * truncated, nested deep, given huge attributes, extreme numbers, overlapping merges, stray end
 * tags, refs past the grid, control characters; CFB chains looped; CSV quotes, wide lines and
 * encodings.
 */
import { concatBytes, createZip, type NewEntry } from '@mubiao/xlsx/zip';
import { openZip, readEntry } from '@mubiao/xlsx';

/** mulberry32: small, fast and the same everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rand {
  next: () => number;
  int: (n: number) => number;
  pick: <T>(xs: readonly T[]) => T;
}

export function rand(seed: number, caseNumber: number): Rand {
  const next = prng((seed * 0x9e3779b1) ^ (caseNumber * 0x85ebca6b));
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)]! };
}

export type Kind = 'xlsx' | 'csv' | 'cfb';

export interface Mutated {
  bytes: Uint8Array;
  /** The mutations applied, in order, for the failure report. */
  steps: string[];
}

interface Entry {
  name: string;
  data: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function unzip(bytes: Uint8Array): Entry[] | null {
  try {
    const zip = openZip(bytes, 'seed.xlsx');
    return zip.entries.map((e) => ({ name: e.name, data: readEntry(zip, e) }));
  } catch {
    return null;
  }
}

const rezip = (entries: Entry[]) => createZip(entries.map((e): NewEntry => ({ name: e.name, data: e.data })));

/** Replaces every occurrence of one byte string by another of the same length. */
function replaceBytes(bytes: Uint8Array, from: Uint8Array, to: Uint8Array): Uint8Array {
  const out = bytes.slice();
  outer: for (let i = 0; i + from.length <= out.length; i++) {
    for (let j = 0; j < from.length; j++) if (out[i + j] !== from[j]) continue outer;
    out.set(to, i);
  }
  return out;
}

type EntryMutation = (entries: Entry[], r: Rand) => string | null;
type TextMutation = (xml: string, r: Rand) => [string, string] | null;

const xmlEntries = (entries: Entry[]) => entries.filter((e) => /\.(xml|rels|vml)$/i.test(e.name));
const sheetEntries = (entries: Entry[]) => entries.filter((e) => /worksheets\/[^/]+\.xml$/i.test(e.name));

/** A point just before a '<' of the text, or its end. */
function tagBoundary(xml: string, r: Rand): number {
  const at = xml.indexOf('<', r.int(xml.length));
  return at < 0 ? xml.length : at;
}

const EXTREME = ['1e308', '-1e308', '1e-320', '99999999999999999999', '-0', 'NaN', 'Infinity', '0x1F', '1,000', '', ' 12 ', '4.9e-324', '2958466', '-693594'];

const textMutations: Record<string, TextMutation> = {
  'xml-truncate': (xml, r) => [xml.slice(0, r.int(xml.length)), 'cut'],
  'xml-nest': (xml, r) => {
    const depth = 1 + r.int(r.next() < 0.5 ? 400 : 20_000);
    const at = tagBoundary(xml, r);
    return [xml.slice(0, at) + '<x>'.repeat(depth) + '</x>'.repeat(r.next() < 0.7 ? depth : r.int(depth)) + xml.slice(at), `depth ${depth}`];
  },
  'xml-huge-attribute': (xml, r) => {
    const tags = [...xml.matchAll(/<[A-Za-z][\w:]*/g)];
    if (tags.length === 0) return null;
    const tag = r.pick(tags);
    const size = r.pick([10_000, 200_000, 2_000_000]);
    const at = tag.index + tag[0].length;
    return [`${xml.slice(0, at)} huge="${r.pick(['a', '"', '&amp;', '<', '1'])}${'x'.repeat(size)}"${xml.slice(at)}`, `${size} chars`];
  },
  'xml-extreme-numbers': (xml, r) => {
    let n = 0;
    const out = xml.replace(/<v>([^<]*)<\/v>/g, (whole) => (r.next() < 0.3 ? (n++, `<v>${r.pick(EXTREME)}</v>`) : whole));
    return n ? [out, `${n} values`] : null;
  },
  'xml-overlapping-merges': (xml, r) => {
    const close = xml.lastIndexOf('</sheetData>');
    if (close < 0) return null;
    const refs = Array.from({ length: 1 + r.int(r.next() < 0.2 ? 5000 : 6) }, () =>
      r.pick(['A1:XFD1048576', 'A1:C3', 'B2:D4', 'A1:A1048576', 'C1:C5', `A${1 + r.int(50)}:${'ABCDEFGH'[r.int(8)]}${1 + r.int(60)}`, 'Z9:B2', 'A0:B1', '']),
    );
    const merges = `<mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`;
    const existing = xml.indexOf('<mergeCells');
    const at = close + '</sheetData>'.length;
    const body = existing >= 0 ? xml.slice(0, existing) + merges + xml.slice(xml.indexOf('</mergeCells>') + 13) : xml.slice(0, at) + merges + xml.slice(at);
    return [body, `${refs.length} merges`];
  },
  'xml-drop-end-tag': (xml, r) => {
    const ends = [...xml.matchAll(/<\/[\w:]+>/g)];
    if (ends.length === 0) return null;
    const end = r.pick(ends);
    return [xml.slice(0, end.index) + xml.slice(end.index + end[0].length), end[0]];
  },
  'xml-refs-past-grid': (xml, r) => {
    let n = 0;
    const out = xml.replace(/ r="([A-Z]+)(\d+)"/g, (whole) =>
      r.next() < 0.2 ? (n++, ` r="${r.pick(['XFD1048577', 'XFE1', 'A0', '', 'A99999999999', '$A$1', 'a1', 'ZZZZ1'])}"`) : whole,
    );
    return n ? [out, `${n} refs`] : null;
  },
  'xml-shared-string-index': (xml, r) => {
    let n = 0;
    const out = xml.replace(/(t="s"[^>]*>\s*<v>)(\d+)(<\/v>)/g, (whole, a, _v, b) =>
      r.next() < 0.3 ? (n++, `${a}${r.pick(['999999999', '-1', '1.5', '4294967296'])}${b}`) : whole,
    );
    return n ? [out, `${n} indexes`] : null;
  },
  'xml-control-characters': (xml, r) => {
    const at = xml.indexOf('>', r.int(xml.length));
    if (at < 0) return null;
    return [
      xml.slice(0, at + 1) + r.pick(['&#27;[2J', '&#0;', '&#x1b;]0;t&#7;', '\u202e', '&#xD800;', '_x001B_[31m', '&bogus;', '\u0000']) + xml.slice(at + 1),
      'inserted',
    ];
  },
  'xml-many-rows': (xml, r) => {
    const close = xml.indexOf('</sheetData>');
    if (close < 0) return null;
    const n = r.pick([500, 5000]);
    const rows = Array.from(
      { length: n },
      (_, i) => `<row r="${i + 100}"><c r="C${i + 100}" t="inlineStr"><is><t>技改投资增长${i % 40}%以上</t></is></c></row>`,
    ).join('');
    return [xml.slice(0, close) + rows + xml.slice(close), `${n} rows`];
  },
};

const entryMutations: Record<string, EntryMutation> = {
  'zip-drop-entry': (entries, r) => {
    if (entries.length === 0) return null;
    return entries.splice(r.int(entries.length), 1)[0]!.name;
  },
  'zip-truncate-entry': (entries, r) => {
    const e = r.pick(entries);
    if (!e) return null;
    e.data = e.data.subarray(0, r.int(e.data.length + 1));
    return e.name;
  },
  'zip-duplicate-entry': (entries, r) => {
    const e = r.pick(entries);
    if (!e) return null;
    entries.splice(r.int(entries.length + 1), 0, { name: e.name, data: r.next() < 0.5 ? e.data : e.data.subarray(0, e.data.length >> 1) });
    return e.name;
  },
  'zip-swap-entries': (entries, r) => {
    if (entries.length < 2) return null;
    const a = r.pick(entries);
    const b = r.pick(entries);
    [a.data, b.data] = [b.data, a.data];
    return `${a.name} ↔ ${b.name}`;
  },
  ...Object.fromEntries(
    Object.entries(textMutations).map(([name, mutate]): [string, EntryMutation] => [
      name,
      (entries, r) => {
        const pool =
          name === 'xml-control-characters' || name === 'xml-huge-attribute' || name === 'xml-truncate' || name === 'xml-nest' || name === 'xml-drop-end-tag'
            ? xmlEntries(entries)
            : sheetEntries(entries);
        if (pool.length === 0) return null;
        const e = r.pick(pool);
        const done = mutate(decoder.decode(e.data), r);
        if (!done) return null;
        e.data = encoder.encode(done[0]);
        return `${e.name} (${done[1]})`;
      },
    ]),
  ),
};

/** Mutations of the archive's bytes after it is written. */
const byteMutations: Record<string, (bytes: Uint8Array, r: Rand) => [Uint8Array, string] | null> = {
  'bytes-flip': (bytes, r) => {
    const out = bytes.slice();
    const n = 1 + r.int(8);
    for (let i = 0; i < n; i++) out[r.int(out.length)] = r.int(256);
    return [out, `${n} bytes`];
  },
  'bytes-truncate': (bytes, r) => {
    const at = r.int(bytes.length);
    return [bytes.subarray(0, at), `at ${at}`];
  },
  'zip-backslash-names': (bytes) => {
    const names =
      unzip(bytes)
        ?.map((e) => e.name)
        .filter((n) => n.includes('/')) ?? [];
    if (names.length === 0) return null;
    let out = bytes;
    for (const name of names) out = replaceBytes(out, encoder.encode(name), encoder.encode(name.replace(/\//g, '\\')));
    return [out, `${names.length} names`];
  },
  'zip-break-crc': (bytes, r) => {
    let zip;
    try {
      zip = openZip(bytes, 'x');
    } catch {
      return null;
    }
    const entry = r.pick(zip.entries);
    if (!entry) return null;
    const out = bytes.slice();
    const at = entry.central.byteOffset - bytes.byteOffset + 16;
    out[at] = out[at]! ^ 0xff;
    return [out, entry.name];
  },
};

const cfbMutations: Record<string, (bytes: Uint8Array, r: Rand) => [Uint8Array, string]> = {
  'cfb-loop-difat': (bytes) => {
    const out = bytes.slice();
    const v = new DataView(out.buffer);
    v.setUint32(0x44, 0, true);
    for (let i = 0; i < 127; i++) v.setUint32(512 + i * 4, 0, true);
    v.setUint32(512 + 127 * 4, 0, true);
    return [out, 'DIFAT → sector 0 → itself'];
  },
  'cfb-loop-fat': (bytes, r) => {
    const out = bytes.slice();
    const v = new DataView(out.buffer);
    const sector = r.int(3);
    v.setUint32(512 + sector * 4, sector, true);
    v.setUint32(0x30, sector, true);
    return [out, `sector ${sector} → itself`];
  },
  'cfb-huge-fields': (bytes, r) => {
    const out = bytes.slice();
    const v = new DataView(out.buffer);
    const field = r.pick([0x2c, 0x30, 0x3c, 0x40, 0x44, 0x48, 0x4c]);
    v.setUint32(field, r.pick([0xfffffffd, 0x7fffffff, 1 << 20, 0xffffffff, 3]), true);
    return [out, `field ${field.toString(16)}`];
  },
  'cfb-sector-shift': (bytes, r) => {
    const out = bytes.slice();
    new DataView(out.buffer).setUint16(0x1e, r.pick([9, 12, 0, 31, 15]), true);
    return [out, 'shift'];
  },
};

const csvMutations: Record<string, (text: Uint8Array, r: Rand) => [Uint8Array, string]> = {
  'csv-unbalanced-quote': (bytes, r) => {
    const at = r.int(bytes.length);
    return [concat(bytes.subarray(0, at), encoder.encode('"'), bytes.subarray(at)), `at ${at}`];
  },
  'csv-wide-line': (bytes, r) => [
    concat(bytes, encoder.encode(`\n技改投资${r.pick([',', '\t', ';'])}`.padEnd(r.pick([1000, 100_000, 1_000_000]), r.pick([',', '\t', ';'])) + '15%')),
    'wide',
  ],
  'csv-long-cell': (bytes, r) => [
    concat(
      bytes,
      encoder.encode(`\n1,稳定增长,"${Array.from({ length: r.pick([1000, 50_000]) }, (_, i) => `技改投资增长${i % 30}%以上`).join('和')}",区经信局,`),
    ),
    'long',
  ],
  'csv-invalid-utf8': (bytes, r) => {
    const out = bytes.slice();
    for (let i = 0; i < 4; i++) out[r.int(out.length)] = 0x80 + r.int(64);
    return [out, 'bytes'];
  },
  'csv-bom': (bytes, r) => {
    const bom = r.pick([
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0xff, 0xfe, 0, 0],
      [0, 0, 0xfe, 0xff],
      [0xef, 0xbb, 0xbf],
    ]);
    return [concat(Uint8Array.from(bom), bytes), bom.map((b) => b.toString(16)).join(' ')];
  },
  'csv-control-characters': (bytes, r) => [concat(encoder.encode(r.pick(['\u001b[2J', '\u001b]0;t\u0007', '\u009b31m', '\u202e'])), bytes), 'prefix'],
};

function concat(...parts: Uint8Array[]): Uint8Array {
  return concatBytes(parts);
}

/** One case: the seed with 1–3 mutations of its kind. */
export function mutate(seed: Uint8Array, kind: Kind, r: Rand): Mutated {
  const steps: string[] = [];
  const rounds = 1 + r.int(3);
  let bytes = seed;
  for (let i = 0; i < rounds; i++) {
    if (kind === 'cfb') {
      const [name, fn] = r.pick(Object.entries(cfbMutations));
      const [out, what] = fn(bytes, r);
      bytes = out;
      steps.push(`${name}: ${what}`);
    } else if (kind === 'csv') {
      const [name, fn] = r.pick(Object.entries(csvMutations));
      const [out, what] = fn(bytes, r);
      bytes = out;
      steps.push(`${name}: ${what}`);
    } else if (r.next() < 0.75) {
      const entries = unzip(bytes);
      if (!entries) continue;
      const [name, fn] = r.pick(Object.entries(entryMutations));
      const what = fn(entries, r);
      if (what === null) continue;
      bytes = rezip(entries);
      steps.push(`${name}: ${what}`);
    } else {
      const [name, fn] = r.pick(Object.entries(byteMutations));
      const done = fn(bytes, r);
      if (!done) continue;
      bytes = done[0];
      steps.push(`${name}: ${done[1]}`);
    }
  }
  return { bytes, steps };
}
