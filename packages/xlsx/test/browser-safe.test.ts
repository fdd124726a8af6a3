import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every module reachable from index.ts through relative imports. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const m of text.matchAll(/^(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)) reachable(join(dirname(entry), m[1]!), seen);
  return seen;
}

describe('the browser entry point', () => {
  it('reaches no Node API (node.ts is the only place for those)', () => {
    const files = [...reachable(join(src, 'index.ts'))];
    expect(files.length).toBeGreaterThan(15);
    expect(files.some((f) => f.endsWith('node.ts'))).toBe(false);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from\s+'node:|require\(|\bBuffer\b|\bprocess\.|__dirname/);
      // Bare imports: fflate, and core (pure by construction: no DOM, no Node) or one of its modules.
      for (const m of text.matchAll(/from\s+'([^.][^']*)'/g)) expect(m[1], `${file} imports ${m[1]}`).toMatch(/^(fflate|@mubiao\/core(\/[\w/-]+)?)$/);
    }
  });
});
