/**
 * Running a command: everything past `--help` and `--version`. An ES module of its own that
 * main.ts imports only when a command is named, so the compiled start (dist/mubiao.cjs) stays
 * small; the command's errors are caught here, beside the modules that throw them.
 */
import type { Io } from './command.ts';
import type { CommandName } from './commands/index.ts';
import { loadCommand } from './commands/load.ts';
import { UserError } from './errors.ts';

/** The full usage text of a command (`mubiao help NAME`). */
export async function commandUsage(name: CommandName): Promise<string> {
  return (await loadCommand(name)).usage;
}

/** Loads and runs a command; returns its exit status. A user's error is one line, never a stack. */
export async function runCommand(name: CommandName, argv: string[], io: Io): Promise<number> {
  try {
    const loaded = await loadCommand(name);
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(loaded.usage + '\n');
      return 0;
    }
    return await loaded.run(argv, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(error.message + '\n');
      return error.exitCode;
    }
    // An unexpected failure is our bug: still one line for the user, the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`mubiao ${name}: internal error: ${message} (set MUBIAO_DEBUG=1 for details)\n`);
    if (process.env.MUBIAO_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 70;
  }
}
