import type { Comparator } from '../model.ts';
import { scanNumber } from '../grammar/numbers.ts';
import { canonicalUnit, UNITS_BY_LENGTH } from '../grammar/units.ts';

/**
 * The quantity a value cell of a structured table holds: "20%以上", "≥15", "3-5", "**", "12.5",
 * "200亿元", "约10". Numbers and units are read by the grammar (scanNumber, the unit table); this
 * module only knows the cell notation around them: comparison signs and the short words
 * (以上/左右/以内/不低于…) a cell puts before or after its number.
 */
export interface CellQuantity {
  comparator: Comparator;
  value: number | null;
  max: number | null;
  /** Unit written in the cell, '' when none. */
  unit: string;
  decline: boolean;
}

const PLACEHOLDER = /^[*＊]+\s*([%％]|[\u4e00-\u9fa5]{1,3})?$/;

const PREFIXES: [RegExp, Comparator][] = [
  [/^(≥|>=|≧|＞=|不低于|不少于|至少|达到)/, '>='],
  [/^(≤|<=|≦|＜=|不超过|不高于|控制在|低于)/, '<='],
  [/^(>|＞|超过|突破|高于)/, '>'],
  [/^(<|＜)/, '<='],
  [/^(约|~|～|≈|左右)/, '~'],
];
const SUFFIXES: [RegExp, Comparator][] = [
  [/^(及以上|以上|之上|\+)/, '>='],
  [/^(以内|以下|之内)/, '<='],
  [/^(左右|上下)/, '~'],
];
const DECLINE = /^(下降|降低|减少|-)/;
const RANGE_DASH = /^\s*[-—–~～至到]\s*/;

/** The unit written at `pos` as written (its length is what to skip); canonicalUnit() names it. */
function readUnit(text: string, pos: number): string {
  // Aliases first: "个百分点" must not read as 个.
  if (text.startsWith('个百分点', pos)) return '个百分点';
  for (const unit of UNITS_BY_LENGTH) if (text.startsWith(unit, pos)) return unit;
  return '';
}

/** Reads a value cell; null when the cell is not a quantity (prose, a name, an error value). */
export function readCellQuantity(raw: string): CellQuantity | null {
  let text = raw.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  if (!text) return null;
  if (PLACEHOLDER.test(text)) {
    const unit = /[%％]/.test(text) ? '%' : '';
    return { comparator: 'placeholder', value: null, max: null, unit, decline: false };
  }
  let comparator: Comparator = '=';
  let decline = false;
  const dm = DECLINE.exec(text);
  if (dm && (dm[0] !== '-' || /^-\d/.test(text))) {
    decline = true;
    text = text.slice(dm[0].length);
  }
  for (const [pattern, cmp] of PREFIXES) {
    const m = pattern.exec(text);
    if (m) {
      comparator = cmp;
      text = text.slice(m[0].length);
      break;
    }
  }
  const first = scanNumber(text, 0);
  if (!first) return null;
  let pos = first.end;
  let unit = readUnit(text, pos);
  pos += unit.length;
  let max: number | null = null;
  const dash = RANGE_DASH.exec(text.slice(pos));
  if (dash) {
    const second = scanNumber(text, pos + dash[0].length);
    if (second) {
      max = second.value;
      pos = second.end;
      const unit2 = readUnit(text, pos);
      pos += unit2.length;
      if (!unit) unit = unit2;
      comparator = 'range';
    }
  }
  const rest = text.slice(pos);
  if (rest) {
    const suffix = SUFFIXES.find(([pattern]) => pattern.test(rest));
    if (!suffix) return null;
    const m = suffix[0].exec(rest)!;
    if (rest.length !== m[0].length) return null;
    if (comparator === '=') comparator = suffix[1];
  }
  return { comparator, value: first.value, max, unit: canonicalUnit(unit), decline };
}
