import type { Command } from '../command.ts';
import { check } from './check.ts';
import { extract } from './extract.ts';
import { plans } from './plans.ts';

/**
 * Every subcommand, in the order `mubiao help` lists them. Each lives in its own module under
 * commands/ and is added here with one line.
 */
export const commands: Command[] = [extract, check, plans];
