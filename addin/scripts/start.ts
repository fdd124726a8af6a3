/**
 * `pnpm start` (root) / `pnpm --filter @mubiao/addin start`:
 *  - the web checker over http on 127.0.0.1 (preloaded with the seeded sheets), printed and,
 *    on a desktop, opened in the browser;
 *  - the task pane, commands and custom functions over https on localhost:3000 for sideloading
 *    into Excel, when the Office dev certificates exist (`pnpm --filter @mubiao/addin certs`).
 * Ctrl+C stops both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

const addinDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const configFile = join(addinDir, 'vite.config.ts');
export const CERT_DIR = join(homedir(), '.office-addin-dev-certs');

export function devCertificates(dir = CERT_DIR): { key: Buffer; cert: Buffer; ca: Buffer } | null {
  const files = { key: join(dir, 'localhost.key'), cert: join(dir, 'localhost.crt'), ca: join(dir, 'ca.crt') };
  if (!Object.values(files).every((f) => existsSync(f))) return null;
  return { key: readFileSync(files.key), cert: readFileSync(files.cert), ca: readFileSync(files.ca) };
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const webPort = Number(argValue('--port') ?? process.env.MUBIAO_WEB_PORT ?? 5173);
  const desktop = process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const open = process.argv.includes('--open') || (desktop && !process.argv.includes('--no-open') && !process.env.CI);
  const servers: ViteDevServer[] = [];

  const web = await createServer({ configFile, server: { host: '127.0.0.1', port: webPort, strictPort: false, open: open ? '/' : false } });
  await web.listen();
  servers.push(web);
  const webUrl = web.resolvedUrls?.local[0] ?? `http://127.0.0.1:${webPort}/`;
  console.log(`\n  目标 Mubiao web checker / 网页校验器:  ${webUrl}`);

  const certs = devCertificates();
  if (certs && !process.argv.includes('--no-https')) {
    const pane = await createServer({ configFile, server: { host: 'localhost', port: 3000, strictPort: true, https: certs, open: false } });
    try {
      await pane.listen();
      servers.push(pane);
      console.log('  Excel add-in (task pane) / 任务窗格:   https://localhost:3000/taskpane.html');
      console.log(`  Sideload manifest / 旁加载清单:       ${join(addinDir, 'manifest.xml')}`);
    } catch (error) {
      console.log(`  Task pane not served: port 3000 is busy (${(error as Error).message}).`);
    }
  } else {
    console.log('  Excel add-in: not served over https, no Office dev certificates found in');
    console.log(`    ${CERT_DIR}. Install them with:  pnpm --filter @mubiao/addin certs`);
    console.log('    (office-addin-dev-certs; then run start again and sideload addin/manifest.xml).');
  }
  console.log('  Ctrl+C to stop.\n');

  const stop = async (): Promise<void> => {
    await Promise.all(servers.map((s) => s.close()));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`start: ${(error as Error).message}`);
    process.exit(2);
  });
}
