/**
 * Writes the add-in manifest from manifest.template.xml with the base URL filled in.
 *
 *   npx tsx addin/scripts/write-manifest.ts                  dev: https://localhost:3000 → addin/manifest.xml
 *   MUBIAO_ADDIN_BASE_URL=https://x.gov.cn/mubiao \
 *     npx tsx addin/scripts/write-manifest.ts --out dist/manifest.xml
 *
 * Office only loads add-in pages over https, so any other scheme is refused here rather than
 * at sideload time.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEV_BASE_URL = 'https://localhost:3000';

const addinDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Office wants four-part versions (1.0.0.0); package.json has three. */
export function manifestVersion(packageVersion: string): string {
  const parts = packageVersion
    .split(/[.+-]/)
    .slice(0, 3)
    .map((p) => Number.parseInt(p, 10));
  if (parts.length !== 3 || parts.some((p) => !Number.isInteger(p) || p < 0)) {
    throw new Error(`package.json version "${packageVersion}" is not MAJOR.MINOR.PATCH`);
  }
  return `${parts.join('.')}.0`;
}

/** Checks and normalises a base URL: https, no query or fragment, no trailing slash. */
export function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`MUBIAO_ADDIN_BASE_URL "${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:') throw new Error(`add-in base URL must use https, got "${raw}"`);
  if (url.search || url.hash) throw new Error(`add-in base URL must not have a query or fragment: "${raw}"`);
  return url.href.replace(/\/+$/, '');
}

export function renderManifest(template: string, baseUrl: string, version: string): string {
  const xmlEscaped = normaliseBaseUrl(baseUrl).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const out = template.replaceAll('{{BASE_URL}}', xmlEscaped).replaceAll('{{VERSION}}', version);
  const left = /\{\{[A-Z_]+\}\}/.exec(out);
  if (left) throw new Error(`manifest template has an unknown placeholder ${left[0]}`);
  return out;
}

export function readTemplate(): string {
  return readFileSync(join(addinDir, 'manifest.template.xml'), 'utf8');
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(addinDir, 'package.json'), 'utf8')) as { version: string }).version;
}

function main(argv: string[]): void {
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 && argv[outIndex + 1] ? resolve(argv[outIndex + 1]!) : join(addinDir, 'manifest.xml');
  const base = process.env.MUBIAO_ADDIN_BASE_URL ?? DEV_BASE_URL;
  const xml = renderManifest(readTemplate(), base, manifestVersion(packageVersion()));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml);
  console.log(`wrote ${out} for ${normaliseBaseUrl(base)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`write-manifest: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
