import { UserError } from './errors.ts';

export interface ParsedArgs {
  positionals: string[];
  /** Flag name without dashes → values in order (repeatable flags such as --plan keep all). */
  flags: Map<string, string[]>;
}

export interface FlagSpec {
  /** Flags that take a value (`--plan X` or `--plan=X`). Others are booleans. */
  valued: readonly string[];
  boolean: readonly string[];
}

/** Strict GNU-style flag parsing: unknown flags are errors, so typos never pass silently. */
export function parseArgs(argv: readonly string[], spec: FlagSpec, command: string): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (spec.valued.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) {
        throw new UserError(`mubiao ${command}: --${name} needs a value`);
      }
      add(name, value);
    } else if (spec.boolean.includes(name)) {
      if (eq !== -1) throw new UserError(`mubiao ${command}: --${name} takes no value`);
      add(name, 'true');
    } else {
      throw new UserError(`mubiao ${command}: unknown option --${name} (try: mubiao help ${command})`);
    }
  }
  return { positionals, flags };
}

export const flag = (args: ParsedArgs, name: string): string | undefined => args.flags.get(name)?.at(-1);
export const flags = (args: ParsedArgs, name: string): string[] => args.flags.get(name) ?? [];
export const has = (args: ParsedArgs, name: string): boolean => args.flags.has(name);
