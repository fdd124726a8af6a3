import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_LABELS } from './code-labels.ts';
import { FINDING_CODES } from './codes.ts';
import { coreEnglish } from '../locales/en.ts';

describe('README finding-code table', () => {
  it('lists every code with the severity codes.ts gives it', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(FINDING_CODES.map((c) => [c.code, c.severity]));
  });

  it('gives every code a short label in both locales, and no label to a code that does not exist', () => {
    const codes = FINDING_CODES.map((c) => c.code).sort();
    expect(Object.keys(CODE_LABELS).sort()).toEqual(codes);
    expect(Object.keys(coreEnglish.codeLabels).sort()).toEqual(codes);
    for (const labels of [CODE_LABELS, coreEnglish.codeLabels]) expect(Object.values(labels).every(Boolean)).toBe(true);
  });
});
