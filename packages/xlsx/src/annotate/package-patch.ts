import { escapeAttr } from '../xml.ts';
import { PartError } from './part-error.ts';
import { readRelationships, type Relationship } from '../package-parts.ts';

/** Small text edits to [Content_Types].xml and .rels parts; everything already there stays as written. */

const REL_TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** Relationship types for the parts we add, in the package's own flavour of OOXML. */
export function relTypes(strict: boolean) {
  const base = strict ? REL_STRICT : REL_TRANSITIONAL;
  return { comments: `${base}comments`, vmlDrawing: `${base}vmlDrawing`, styles: `${base}styles` };
}
export const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
export const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
export const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

function beforeClose(xml: string, element: string, fragment: string): string {
  const re = new RegExp(`</(\\w+:)?${element}>\\s*$`);
  const m = re.exec(xml);
  if (!m) throw new PartError(`<${element}> is not closed`);
  return xml.slice(0, m.index) + fragment + xml.slice(m.index);
}

export function addOverride(contentTypes: string, partName: string, type: string): string {
  if (new RegExp(`PartName="/?${escapeRe(partName)}"`, 'i').test(contentTypes)) return contentTypes;
  return beforeClose(contentTypes, 'Types', `<Override PartName="/${escapeAttr(partName)}" ContentType="${type}"/>`);
}

export function removeOverride(contentTypes: string, partName: string): string {
  return contentTypes.replace(new RegExp(`<(\\w+:)?Override\\s[^>]*PartName="/?${escapeRe(partName)}"[^>]*/>`, 'i'), '');
}

export function ensureDefault(contentTypes: string, extension: string, type: string): string {
  if (new RegExp(`<(\\w+:)?Default\\s[^>]*Extension="${extension}"`, 'i').test(contentTypes)) return contentTypes;
  return beforeClose(contentTypes, 'Types', `<Default Extension="${extension}" ContentType="${type}"/>`);
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship with a fresh id; returns the new text and the id. */
export function addRelationship(rels: string, type: string, target: string): { xml: string; id: string } {
  const taken = new Set(readRelationships(rels).map((r: Relationship) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  return { xml: beforeClose(rels, 'Relationships', `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`), id };
}

export function removeRelationship(rels: string, id: string): string {
  return rels.replace(new RegExp(`<(\\w+:)?Relationship\\s[^>]*Id="${escapeRe(id)}"[^>]*/>`), '');
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
