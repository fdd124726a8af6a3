/**
 * `pnpm bench:startup`: start-up of the `mubiao` command as a user installs it. Packs
 * @mubiao/cli (its prepack builds dist/), installs the tarball into an empty temporary folder
 * (offline: the CLI has no dependencies), then runs, interleaved so that a change in the
 * machine's load touches every row alike, 21 times each:
 *   node -e 0                       a bare Node, the floor on this machine now
 *   node …/dist/mubiao.cjs --help   our entry alone
 *   mubiao --help / --version       as the README installs it (`npm install`: a link to the entry)
 *   mubiao --help (pnpm's shim)     through pnpm's bin script, which starts a shell, sed and uname
 * and prints the median wall time (and min, and CPU time) of each beside issue 17's goal,
 * `mubiao --help` ≤ 150 ms wall, judged on the README's way of installing. Asserts nothing (`--strict` exits 1 on a miss, for a quiet
 * machine). `pnpm bench:check` prints the same start-up figures for the built dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runMeasured } from './process-cpu.ts';

/** Issue 17: `mubiao --help` from the installed tarball, wall time. */
export const GOAL_HELP_MS = 150;
const RUNS = 21;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Runs each command `RUNS` times, interleaved, and prints median wall (min) and CPU per row,
 * then `mubiao --help` against the goal beside the bare node. `commands` maps a row's label to
 * [program, args]; it must hold 'node -e 0' and 'mubiao --help'. Returns 1 when the goal is missed.
 */
export function startUp(commands: Record<string, [string, string[]]>): number {
  const runs = Object.fromEntries(Object.keys(commands).map((name) => [name, { wall: [] as number[], cpu: [] as number[] }]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, [program, args]] of Object.entries(commands)) {
      const run = runMeasured(program, args, { stdio: 'ignore' });
      if (run.status !== 0) throw new Error(`${name} exited ${run.status}`);
      runs[name]!.wall.push(run.wallMs);
      runs[name]!.cpu.push(run.cpuMs ?? NaN);
    }
  }
  console.log(`\nstart-up of the compiled CLI (${RUNS} runs each, interleaved; median, and min):`);
  for (const [name, list] of Object.entries(runs)) {
    console.log(
      `  ${name.padEnd(34)} wall ${median(list.wall).toFixed(0)} ms (min ${Math.min(...list.wall).toFixed(0)}) · cpu ${median(list.cpu).toFixed(0)} ms`,
    );
  }
  const help = median(runs['mubiao --help']!.wall);
  const node = median(runs['node -e 0']!.wall);
  const ok = help <= GOAL_HELP_MS;
  console.log(
    `  mubiao --help ${help.toFixed(0)} ms wall ${ok ? '≤' : '>'} ${GOAL_HELP_MS} ms ${ok ? 'met' : 'MISSED'} ` +
      `(a bare node takes ${node.toFixed(0)} ms on this machine now: mubiao adds ${(help - node).toFixed(0)} ms)`,
  );
  return ok ? 0 : 1;
}

/**
 * Packs the CLI and installs the tarball twice into a fresh folder: with npm, as the README says
 * (`npm/`), and with pnpm (`pnpm/`); returns that folder.
 */
function installCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mubiao-startup-'));
  const pnpm = ['-y', 'pnpm@10.34.8'];
  const packed = execFileSync('npx', [...pnpm, 'pack', '--pack-destination', dir], { cwd: join(import.meta.dirname, '../../packages/cli'), encoding: 'utf8' });
  const tarball = packed.trim().split('\n').at(-1)!.trim();
  for (const manager of ['npm', 'pnpm']) {
    const project = join(dir, manager);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'startup-bench', private: true }));
    const install = manager === 'npm' ? ['npm', ['install', '--offline', '--no-audit', '--no-fund', tarball]] : ['npx', [...pnpm, 'add', tarball, '--offline']];
    execFileSync(install[0] as string, install[1] as string[], { cwd: project, stdio: 'ignore' });
  }
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = installCli();
  try {
    const bin = join(dir, 'npm/node_modules/.bin/mubiao');
    const entry = join(dir, 'npm/node_modules/@mubiao/cli/dist/mubiao.cjs');
    const missed = startUp({
      'node -e 0': [process.execPath, ['-e', '0']],
      'node …/dist/mubiao.cjs --help': [process.execPath, [entry, '--help']],
      'mubiao --help': [bin, ['--help']],
      'mubiao --version': [bin, ['--version']],
      "mubiao --help (pnpm's shim)": [join(dir, 'pnpm/node_modules/.bin/mubiao'), ['--help']],
    });
    if (process.argv.includes('--strict') && missed) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
