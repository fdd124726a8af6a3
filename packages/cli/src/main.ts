#!/usr/bin/env node
import packageJson from '../package.json' with { type: 'json' };
import type { Io } from './command.ts';
import { commands } from './commands/index.ts';
import { escapeControls, escapeControlsKeepingColours } from './terminal.ts';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    'mubiao — read plan targets and check decomposition sheets against them',
    '',
    'Usage: mubiao <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  show this help, or a command's usage: mubiao help <command>`,
    '',
    'mubiao --version prints the version.',
  ].join('\n');
}

/** Runs the CLI in-process and returns the exit status (tests call this directly). */
export async function runCli(argv: string[], rawIo: Io): Promise<number> {
  // Workbooks and plans are data: whatever they hold, it reaches the terminal as visible text.
  const io: Io = { ...rawIo, stdout: (t) => rawIo.stdout(escapeControlsKeepingColours(t)), stderr: (t) => rawIo.stderr(escapeControls(t)) };
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic ? commands.find((c) => c.name === topic) : undefined;
    if (topic && !command) {
      io.stderr(`mubiao: no command named "${topic}"\n`);
      return 2;
    }
    io.stdout((command ? await (await import('./run.ts')).commandUsage(command.name) : helpText()) + '\n');
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`mubiao: unknown command "${name}" (commands: ${commands.map((c) => c.name).join(', ')})\n`);
    return 2;
  }
  return (await import('./run.ts')).runCommand(command.name, rest, io);
}

const invokedDirectly = process.argv[1] && /[\\/](main\.ts|mubiao(\.[cm]?js)?)$/.test(process.argv[1]);
if (invokedDirectly) {
  // pnpm passes the caller's directory in INIT_CWD when it runs `pnpm mubiao` from the root.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const io: Io = {
    stdout: quietOnClose(process.stdout),
    stderr: quietOnClose(process.stderr),
    cwd,
    isTTY: Boolean(process.stdout.isTTY),
  };
  // No top-level await: the compiled entry is CommonJS (see scripts/build.ts).
  void runCli(process.argv.slice(2), io).then((code) => (process.exitCode = code));
}

/**
 * A writer that stops quietly when the reader goes away (`mubiao check … | head -1`): the run
 * goes on, so report files are still written and the exit status still says what was found.
 */
function quietOnClose(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
