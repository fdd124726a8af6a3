/** What a command writes to; injected so tests can run commands in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal (colours, widths). */
  isTTY: boolean;
}

export interface Command {
  name: string;
  /** Full usage text for `mubiao help NAME`. */
  usage: string;
  /** Returns the exit status: 0 ok, 1 errors found (check), 2 bad usage / unreadable input. */
  run(argv: string[], io: Io): Promise<number>;
}

/** A line of the command table: what `mubiao help` lists (the command loads when it runs). */
export interface CommandEntry {
  name: string;
  /** One line for `mubiao help`. */
  summary: string;
}
