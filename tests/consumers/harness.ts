/**
 * The consumer tests' fixtures, made once per run (consumers.test.ts's beforeAll): every publishable
 * package packed with `pnpm pack` (which runs its `prepack` build), then each project under
 * fixtures/ copied to a fresh folder outside the workspace, given the tarballs as dependencies
 * and installed with `pnpm install --frozen-lockfile --offline` from the store the workspace
 * install filled (lockfile.ts says why a lockfile is made for it), and built with its own tools.
 * The tests then use what a user would have: node_modules from tarballs, the built apps.
 *
 * MUBIAO_CONSUMERS_KEEP=1 keeps the folder (its path is printed) to look at afterwards.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildDemoData } from '../../packages/elements/scripts/demo-data.ts';
import { consumerLockfile, readWorkspaceLockfile, type Tarball } from './lockfile.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
const fixturesDir = join(import.meta.dirname, 'fixtures');

/** Every package a user can install, and the workspace folder it is packed from. */
export const PUBLISHED: Record<string, string> = {
  '@mubiao/core': 'packages/core',
  '@mubiao/xlsx': 'packages/xlsx',
  '@mubiao/elements': 'packages/elements',
  '@mubiao/react': 'packages/react',
  '@mubiao/cli': 'packages/cli',
};

export interface ConsumerFixtures {
  /** The folder holding tarballs/ and one folder per fixture project. */
  root: string;
  /** Package name → tarball path. */
  tarballs: Record<string, string>;
  /** Seconds each step took, for the report at the end. */
  timings: Record<string, number>;
}

/** pnpm as the repo pins it: the running pnpm when `pnpm test` started us, else through npx. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env['npm_execpath'];
  if (execPath && /pnpm\.c?js$/.test(execPath)) return [process.execPath, [execPath]];
  const { packageManager } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string };
  return ['npx', ['-y', packageManager]];
}

/** The environment without what `pnpm test` passes to scripts (npm_config_*, …): a user's shell. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|INIT_CWD$|PNPM_SCRIPT_SRC_DIR$)/i.test(key)));
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command as a user's shell would (asynchronously: the test worker stays responsive). */
export function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

/** `run`, failing with everything the command said unless it exits 0. */
export async function runOk(command: string, args: string[], cwd: string, what: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}) in ${cwd}:\n${result.stdout}\n${result.stderr}`.trim());
  return result.stdout;
}

function pnpm(args: string[], cwd: string, what: string): Promise<string> {
  const [command, prefix] = pnpmCommand();
  return runOk(command, [...prefix, ...args], cwd, what);
}

async function timed<T>(timings: Record<string, number>, step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings[step] = Math.round(performance.now() - started) / 1000;
  return result;
}

async function packAll(root: string, timings: Record<string, number>): Promise<Map<string, Tarball>> {
  const dir = join(root, 'tarballs');
  mkdirSync(dir, { recursive: true });
  const tarballs = new Map<string, Tarball>();
  for (const [name, folder] of Object.entries(PUBLISHED)) {
    const output = await timed(timings, `pack ${name}`, () => pnpm(['pack', '--pack-destination', dir], join(repoRoot, folder), `pnpm pack ${name}`));
    const path = output.trim().split('\n').at(-1)!.trim();
    if (!path.endsWith('.tgz') || !existsSync(path)) throw new Error(`pnpm pack ${name} did not name its tarball:\n${output}`);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', path, 'package/package.json'], { encoding: 'utf8' })) as Tarball['manifest'];
    tarballs.set(name, { spec: `file:../tarballs/${relative(dir, path)}`, path, manifest, importer: folder });
  }
  return tarballs;
}

/**
 * A fixture's package.json lists its dependencies with "*" for "the version the workspace
 * uses": our packages become their tarballs, the others take the workspace's specifier.
 */
function writeManifest(project: string, tarballs: ReadonlyMap<string, Tarball>, workspaceSpecifier: (name: string) => string) {
  const path = join(project, 'package.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  for (const field of ['dependencies', 'devDependencies'] as const) {
    for (const name of Object.keys(manifest[field] ?? {})) {
      manifest[field]![name] = tarballs.get(name)?.spec ?? workspaceSpecifier(name);
    }
  }
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** Copies, installs and (when it has a build script) builds every fixture project. */
export async function makeConsumerFixtures(): Promise<ConsumerFixtures> {
  const root = mkdtempSync(join(tmpdir(), 'mubiao-consumers-'));
  const timings: Record<string, number> = {};
  const tarballs = await packAll(root, timings);
  const workspaceLock = readWorkspaceLockfile(join(repoRoot, 'pnpm-lock.yaml'));
  const testsManifest = JSON.parse(readFileSync(join(repoRoot, 'tests/package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const rootManifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const workspaceSpecifier = (name: string) => {
    const specifier = testsManifest.devDependencies[name] ?? rootManifest.devDependencies[name];
    if (!specifier) throw new Error(`fixtures use ${name}, which tests/package.json does not list`);
    return specifier;
  };
  // The store the workspace install filled, named explicitly: on another filesystem pnpm would
  // otherwise pick an empty store there.
  const storeDir = (await pnpm(['store', 'path'], repoRoot, 'pnpm store path')).trim();
  const demoData = JSON.stringify(buildDemoData(join(repoRoot, 'seeds')));

  for (const name of readdirSync(fixturesDir)) {
    const project = join(root, name);
    cpSync(join(fixturesDir, name), project, { recursive: true });
    const manifest = writeManifest(project, tarballs, workspaceSpecifier);
    writeFileSync(join(project, 'pnpm-lock.yaml'), JSON.stringify(consumerLockfile(workspaceLock, manifest, tarballs), null, 1));
    await timed(timings, `install ${name}`, () =>
      pnpm(['install', '--frozen-lockfile', '--offline', '--store-dir', storeDir, '--reporter', 'append-only'], project, `pnpm install (${name})`),
    );
    const scripts = (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
    if (!scripts['build']) continue;
    // The seeded plans and reports the apps show, served as a portal would serve them.
    mkdirSync(join(project, 'public'), { recursive: true });
    writeFileSync(join(project, 'public', 'data.json'), demoData);
    await timed(timings, `build ${name}`, () => pnpm(['run', 'build'], project, `build (${name})`));
  }
  return { root, tarballs: Object.fromEntries([...tarballs].map(([name, t]) => [name, t.path])), timings };
}

export function removeConsumerFixtures(fixtures: ConsumerFixtures): void {
  if (process.env['MUBIAO_CONSUMERS_KEEP']) console.log(`consumer fixtures kept in ${fixtures.root}`);
  else rmSync(fixtures.root, { recursive: true, force: true });
}
