import type { Severity } from '@mubiao/core';
import { CLOSE, OPEN, XmlScanner } from '../xml.ts';
import { setAttr } from './tag.ts';

/**
 * Adds "this cell plus a severity fill" styles to styles.xml without disturbing any existing index.
 *
 * Every fill we add is solid with a severity colour (fgColor) and carries, in its bgColor (which a
 * solid fill never paints), the index of the cell style it was derived from: rgb="4D" + 6 hex digits.
 * That makes our styles recognisable in any later run — even after Excel re-saves the file — and
 * lets a later run put a cell back on its original style exactly.
 */

export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
const FILL_SEVERITY = new Map<string, Severity>(Object.entries(SEVERITY_FILL).map(([k, v]) => [v, k as Severity]));
const ORIGIN_TAG = '4D';

interface Section {
  /** Start tag position of e.g. <fills count="3">. */
  openStart: number;
  openEnd: number;
  selfClosing: boolean;
  /** Position of the end tag (insertion point for new children). */
  closeStart: number;
  items: string[];
}

export interface OurStyle {
  origin: number;
  severity: Severity;
}

export class StylesPatch {
  private readonly xml: string;
  private readonly fills: Section | undefined;
  private readonly cellXfs: Section | undefined;
  private readonly newFills: string[] = [];
  private readonly newXfs: string[] = [];
  /** Our xf index → what it was derived from. */
  readonly ours = new Map<number, OurStyle>();
  private readonly lookup = new Map<string, number>();
  private readonly fillLookup = new Map<string, number>();

  constructor(xml: string) {
    this.xml = xml;
    this.fills = readSection(xml, 'fills', 'fill');
    this.cellXfs = readSection(xml, 'cellXfs', 'xf');
    const ourFills = new Map<number, OurStyle>();
    this.fills?.items.forEach((fill, i) => {
      const ours = decodeOurFill(fill);
      if (ours) {
        ourFills.set(i, ours);
        this.fillLookup.set(`${ours.origin}:${ours.severity}`, i);
      }
    });
    this.cellXfs?.items.forEach((xf, i) => {
      const fillId = Number(/\sfillId="(\d+)"/.exec(startTag(xf))?.[1] ?? -1);
      const ours = ourFills.get(fillId);
      if (ours) {
        this.ours.set(i, ours);
        const key = `${ours.origin}:${ours.severity}`;
        if (!this.lookup.has(key)) this.lookup.set(key, i);
      }
    });
  }

  get xfCount(): number {
    return (this.cellXfs?.items.length ?? 0) + this.newXfs.length;
  }

  /** The style a cell had before any Mubiao annotation (its own index when it is not ours). */
  originOf(xf: number): number {
    return this.ours.get(xf)?.origin ?? xf;
  }

  /** Index of the style "origin + severity fill", adding it when it does not exist yet. */
  styleFor(origin: number, severity: Severity): number {
    const key = `${origin}:${severity}`;
    const existing = this.lookup.get(key);
    if (existing !== undefined) return existing;
    let fillId = this.fillLookup.get(key);
    if (fillId === undefined) {
      fillId = (this.fills?.items.length ?? 0) + this.newFills.length;
      this.newFills.push(
        `<fill><patternFill patternType="solid"><fgColor rgb="${SEVERITY_FILL[severity]}"/><bgColor rgb="${ORIGIN_TAG}${origin.toString(16).toUpperCase().padStart(6, '0')}"/></patternFill></fill>`,
      );
      this.fillLookup.set(key, fillId);
    }
    const base = this.cellXfs?.items[origin] ?? this.cellXfs?.items[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const index = this.xfCount;
    this.newXfs.push(withFill(base, fillId));
    this.lookup.set(key, index);
    this.ours.set(index, { origin, severity });
    return index;
  }

  get changed(): boolean {
    return this.newFills.length > 0 || this.newXfs.length > 0;
  }

  /** The patched styles.xml (the input unchanged when nothing was added). */
  toXml(): string {
    if (!this.changed) return this.xml;
    const edits: Edit[] = [];
    addToSection(edits, this.xml, this.fills, 'fills', this.newFills);
    addToSection(edits, this.xml, this.cellXfs, 'cellXfs', this.newXfs);
    return applyEdits(this.xml, edits);
  }
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function applyEdits(source: string, edits: Edit[]): string {
  if (edits.length === 0) return source;
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let pos = 0;
  for (const e of edits) {
    parts.push(source.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(source.slice(pos));
  return parts.join('');
}

function readSection(xml: string, name: string, child: string): Section | undefined {
  const s = new XmlScanner(xml);
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind !== OPEN || s.name !== name) continue;
    const section: Section = { openStart: s.tagStart, openEnd: s.tagEnd, selfClosing: s.selfClosing, closeStart: s.tagEnd, items: [] };
    if (s.selfClosing) return section;
    for (let k = s.next(); k; k = s.next()) {
      if (k === CLOSE && s.name === name) {
        section.closeStart = s.tagStart;
        return section;
      }
      if (k === OPEN && s.name === child) {
        const start = s.tagStart;
        s.skipElement();
        section.items.push(xml.slice(start, s.tagEnd));
      }
    }
    return section;
  }
  return undefined;
}

/** Where a missing section goes, in styleSheet schema order. */
const FOLLOWERS: Record<string, string[]> = {
  fills: ['borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  cellXfs: ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
};

function addToSection(edits: Edit[], xml: string, section: Section | undefined, name: string, items: string[]): void {
  if (items.length === 0) return;
  if (!section) {
    const defaults = name === 'fills' ? ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'] : [];
    const all = [...defaults, ...items];
    const at = insertionPoint(xml, FOLLOWERS[name] ?? []);
    edits.push({ start: at, end: at, text: `<${name} count="${all.length}">${all.join('')}</${name}>` });
    return;
  }
  const prefix = xml.slice(section.openStart, section.openEnd).match(/^<([\w:]*?)(fills|cellXfs)\b/)?.[1] ?? '';
  const count = section.items.length + items.length;
  const open = setCount(xml.slice(section.openStart, section.openEnd), count);
  const body = items.map((i) => (prefix ? qualify(i, prefix) : i)).join('');
  if (section.selfClosing) {
    edits.push({ start: section.openStart, end: section.openEnd, text: `${open.replace(/\s*\/>$/, '>')}${body}</${prefix}${name}>` });
  } else {
    edits.push({ start: section.openStart, end: section.openEnd, text: open });
    edits.push({ start: section.closeStart, end: section.closeStart, text: body });
  }
}

function insertionPoint(xml: string, followers: string[]): number {
  const s = new XmlScanner(xml);
  let rootClose = xml.length;
  let depth = 0;
  for (let kind = s.next(); kind; kind = s.next()) {
    if (kind === OPEN) {
      if (depth === 1 && followers.includes(s.name)) return s.tagStart;
      if (!s.selfClosing) depth++;
    } else if (kind === CLOSE) {
      depth--;
      if (depth === 0) rootClose = s.tagStart;
    }
  }
  return rootClose;
}

function setCount(tag: string, count: number): string {
  return /\scount="\d*"/.test(tag) ? tag.replace(/\scount="\d*"/, ` count="${count}"`) : tag.replace(/^(<[\w:]+)/, `$1 count="${count}"`);
}

/** Our fragments use the default namespace; a prefixed styles part needs them prefixed too. */
function qualify(fragment: string, prefix: string): string {
  return fragment.replace(/<(\/?)(\w+)/g, `<$1${prefix}$2`);
}

function startTag(element: string): string {
  const end = element.indexOf('>');
  return end < 0 ? element : element.slice(0, end + 1);
}

/** The xf with its fill swapped for ours: font, border, number format, alignment, protection kept. */
function withFill(xf: string, fillId: number): string {
  const head = startTag(xf);
  const tag = setAttr(setAttr(head, 'fillId', String(fillId)), 'applyFill', '1');
  return tag + xf.slice(head.length);
}

function decodeOurFill(fill: string): OurStyle | null {
  if (!/patternType="solid"/.test(fill)) return null;
  const fg = /<(?:\w+:)?fgColor\b[^>]*\srgb="([0-9A-Fa-f]{8})"/.exec(fill)?.[1]?.toUpperCase();
  const bg = /<(?:\w+:)?bgColor\b[^>]*\srgb="([0-9A-Fa-f]{8})"/.exec(fill)?.[1]?.toUpperCase();
  if (!fg || !bg || !bg.startsWith(ORIGIN_TAG)) return null;
  const severity = FILL_SEVERITY.get(fg);
  if (!severity) return null;
  return { origin: parseInt(bg.slice(2), 16), severity };
}
