import type { Command } from '../command.ts';
import type { CommandName } from './index.ts';

const loaders: Record<CommandName, () => Promise<Command>> = {
  extract: async () => (await import('./extract.ts')).extract,
  check: async () => (await import('./check.ts')).check,
  plans: async () => (await import('./plans.ts')).plans,
};

/** Imports a command's module (and with it what the command needs) when it runs. */
export function loadCommand(name: CommandName): Promise<Command> {
  return loaders[name]();
}
