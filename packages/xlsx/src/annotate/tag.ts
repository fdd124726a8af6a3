/** Attribute edits on the text of one start tag, leaving everything else in it as written. */

/** Sets (or, with null, removes) one attribute in a start tag's text. */
export function setAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, value === null ? '' : ` ${name}="${value}"`);
  if (value === null) return tag;
  return appendAttr(tag, name, value);
}

/** Adds an attribute after the existing ones, keeping the tag's self-closing form. */
export function appendAttr(tag: string, name: string, value: string): string {
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  let cut = end;
  while (cut > 0 && /\s/.test(tag[cut - 1]!)) cut--;
  return `${tag.slice(0, cut)} ${name}="${value}"${tag.slice(end)}`;
}
