import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { seededPlan } from '@mubiao/seeds';

/** Extensions of plan documents and plan JSON, as opposed to sheets. */
const PLAN_EXTENSIONS = new Set(['.txt', '.json', '.md']);

/**
 * Splits the inputs into sheets (files and folders) and plans to check against the --plan
 * plans (plan against plan: a district's 2024 targets against the province's): a .txt/.json
 * file, or a seeded plan name that is not also a file or folder.
 */
export async function splitInputs(inputs: readonly string[], cwd: string): Promise<{ sheets: string[]; plans: string[] }> {
  const sheets: string[] = [];
  const plans: string[] = [];
  for (const input of inputs) {
    const info = await stat(resolve(cwd, input)).catch(() => null);
    if (info?.isFile() && PLAN_EXTENSIONS.has(extname(input).toLowerCase())) plans.push(input);
    else if (!info && seededPlan(input)) plans.push(input);
    else sheets.push(input);
  }
  return { sheets, plans };
}
