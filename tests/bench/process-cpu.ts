/**
 * CPU time of a whole child process, start to exit (Node's start-up, module loading, the work,
 * writing the output), as the kernel accounts it: the growth of this process's reaped-children
 * times (cutime + cstime in /proc/self/stat) across one synchronous run. Linux only; elsewhere
 * `null`.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** USER_HZ: the kernel reports these times in 1/100 s on every mainstream Linux architecture. */
const TICKS_PER_SECOND = 100;

function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
}

export interface ProcessRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Whole-process CPU time in ms, or null where /proc is not available. */
  cpuMs: number | null;
  wallMs: number;
}

export function runMeasured(command: string, args: string[], options: SpawnSyncOptions = {}): ProcessRun {
  const before = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const wallMs = performance.now() - started;
  const after = childrenCpuMs();
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    cpuMs: before === null || after === null ? null : after - before,
    wallMs,
  };
}
