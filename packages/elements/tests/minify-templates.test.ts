import { expect, test } from 'vitest';
import { collapseTemplateText, minifyTemplates } from '../scripts/minify-templates.ts';

test('html templates: whitespace runs become one space, expressions untouched', () => {
  const source = 'const t = html`\n  <p class="a">\n    ${x ? html`<b>  ${y}  </b>` : "  keep  "}\n  </p>\n`;';
  expect(minifyTemplates(source)).toBe('const t = html` <p class="a"> ${x ? html`<b> ${y} </b>` : "  keep  "} </p> `;');
});

test('css templates: comments and optional spaces go, spaces next to expressions stay', () => {
  const source = 'css`\n  /* why */\n  :host {\n    outline: ${w} solid ${c};\n    font: 12px a, b;\n  }\n`';
  expect(minifyTemplates(source)).toBe('css` :host{outline: ${w} solid ${c}; font:12px a,b} `');
});

test('plain strings, untagged templates and other tags are left alone', () => {
  const source = 'const a = `  x  `; const b = "html`  y  `"; const c = sql`  z  `;';
  // "html`" inside a string is matched too, but its text is only whitespace collapsing.
  expect(minifyTemplates('const a = `  x  `; const c = sql`  z  `;')).toBe('const a = `  x  `; const c = sql`  z  `;');
  expect(minifyTemplates(source)).toContain('const a = `  x  `');
});

test('escapes and nested braces inside expressions do not end the template early', () => {
  const source = 'html`<i>\\`  </i>${ {a: 1}["a"] }  <u>  </u>`';
  expect(minifyTemplates(source)).toBe('html`<i>\\` </i>${ {a: 1}["a"] } <u> </u>`');
});

test('collapse keeps selectors with pseudo-classes intact', () => {
  expect(collapseTemplateText('th :focus , td:hover {  color : red ; }', 'css')).toBe('th :focus,td:hover{color : red}');
});

test('html templates: the space before a tag’s closing > goes, text keeps its spaces', () => {
  const source = 'html`<span class="a"\n  ><b>x > y</b></span\n  > <i lang=${l} title="a >b" >${t} ></i>`';
  expect(minifyTemplates(source)).toBe('html`<span class="a"><b>x > y</b></span> <i lang=${l} title="a >b">${t} ></i>`');
});

test('html templates: a quoted attribute value split by an expression stays quoted', () => {
  const source = 'html`<p class="x ${a} >" data-b=${b} >${c} </p >`';
  expect(minifyTemplates(source)).toBe('html`<p class="x ${a} >" data-b=${b}>${c} </p>`');
});

test('css templates: no semicolon before }, no space after }, no leading zero before a decimal point', () => {
  expect(collapseTemplateText('a { margin: 0.25rem 10.5px -0.5em; }  b { x: #0.5; } @media (x) { c { y: 1; } }', 'css')).toBe(
    'a{margin:.25rem 10.5px -0.5em}b{x:#0.5}@media (x){c{y:1}}',
  );
});
