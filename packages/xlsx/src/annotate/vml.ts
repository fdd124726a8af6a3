import type { MergedMark } from './marks.ts';
import { cellKey } from './comments.ts';

/**
 * The VML drawing that gives each legacy comment its pop-up box. Shapes are matched to cells by
 * <x:Row>/<x:Column>; shapes that belong to anything else (form controls, other comments) stay.
 */

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

export function newVml(idBlock: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>${SHAPETYPE}</xml>`
  );
}

/** The id blocks (o:idmap data) a VML part claims. */
export function vmlIdBlocks(vml: string): number[] {
  const m = /<o:idmap\b[^>]*\sdata="([^"]*)"/.exec(vml);
  return m ? m[1]!.split(/[ ,]+/).map(Number).filter(Number.isFinite) : [];
}

interface ShapeBlock {
  start: number;
  end: number;
  key: string | undefined;
  isNote: boolean;
}

function shapeBlocks(vml: string): ShapeBlock[] {
  const blocks: ShapeBlock[] = [];
  const open = /<v:shape[\s>]/g;
  for (let m = open.exec(vml); m; m = open.exec(vml)) {
    const close = vml.indexOf('</v:shape>', m.index);
    const selfEnd = vml.indexOf('/>', m.index);
    const tagEnd = vml.indexOf('>', m.index);
    const end = selfEnd >= 0 && selfEnd + 1 === tagEnd ? tagEnd + 1 : close < 0 ? vml.length : close + '</v:shape>'.length;
    const body = vml.slice(m.index, end);
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(body)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(body)?.[1];
    blocks.push({
      start: m.index,
      end,
      key: row !== undefined && col !== undefined ? cellKey(Number(row), Number(col)) : undefined,
      isNote: /ObjectType=["']Note["']/.test(body),
    });
    open.lastIndex = end;
  }
  return blocks;
}

/**
 * Removes the note shapes of `remove` cells and adds one hidden note box per added mark.
 * Returns null when no shape at all is left (the part can go).
 */
export function patchVml(vml: string, remove: Set<string>, add: MergedMark[]): string | null {
  let text = vml;
  const blocks = shapeBlocks(text).filter((b) => b.isNote && b.key !== undefined && remove.has(b.key));
  for (let i = blocks.length - 1; i >= 0; i--) text = text.slice(0, blocks[i]!.start) + text.slice(blocks[i]!.end);
  if (add.length > 0) {
    if (!text.includes('id="_x0000_t202"')) text = insertBeforeEnd(text, SHAPETYPE);
    let next = nextShapeId(text);
    const shapes = add.map((m) => noteShape(m, next++)).join('');
    text = insertBeforeEnd(text, shapes);
  }
  return shapeBlocks(text).length === 0 ? null : text;
}

function insertBeforeEnd(vml: string, fragment: string): string {
  const end = vml.lastIndexOf('</xml>');
  return end < 0 ? vml + fragment : vml.slice(0, end) + fragment + vml.slice(end);
}

function nextShapeId(vml: string): number {
  let max = 0;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
  const block = vmlIdBlocks(vml)[0] ?? 1;
  return Math.max(max + 1, block * 1024 + 1);
}

function noteShape(mark: MergedMark, id: number): string {
  const lines = mark.notes.join('\n').split('\n');
  // About 18 CJK characters fit on a line of a four-column box; size the box to the note.
  const wrapped = lines.reduce((n, line) => n + Math.max(1, Math.ceil(visualWidth(line) / 36)), 1);
  const height = Math.min(Math.max(wrapped + 1, 4), 16);
  const top = Math.max(mark.row - 1, 0);
  const anchor = `${mark.col + 1}, 15, ${top}, 10, ${mark.col + 5}, 15, ${top + height}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:${height * 15}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${mark.row}</x:Row><x:Column>${mark.col}</x:Column></x:ClientData></v:shape>`
  );
}

/** Width in half-em units: CJK and full-width characters count double. */
function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
