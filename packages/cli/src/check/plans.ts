import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { Plan } from '@mubiao/core';
import { extractPlan, levelAsRead, planShapeProblem, unreadFigures } from '@mubiao/core';
import { seededPlan, seededPlans } from '@mubiao/seeds';
import { UserError } from '../errors.ts';
import { readTextFile } from '../read-text.ts';
import { figuresNotRead } from '../commands/extract.ts';

/**
 * Resolves each --plan: an existing file (.json: a plan as `mubiao extract --json` writes it;
 * anything else: a plan document, read by the plan reader) or a seeded plan name. Unknown names
 * get a message listing the seeded plans.
 */
export async function loadPlans(specs: readonly string[], cwd: string, stated: PlanFacts = {}, note: (line: string) => void = () => {}): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const spec of specs) {
    const plan = await loadPlan(spec, cwd, stated, note);
    // The same plan named twice (a seed and its JSON) would double every finding.
    if (!plans.some((p) => p.name === plan.name && p.region === plan.region && p.year === plan.year)) plans.push(plan);
  }
  return plans;
}

/** What the user states about plans given as text (--year, --region), for texts that do not say. */
export interface PlanFacts {
  year?: number | undefined;
  region?: string | undefined;
}

async function loadPlan(spec: string, cwd: string, stated: PlanFacts, note: (line: string) => void): Promise<Plan> {
  const path = resolve(cwd, spec);
  const isFile = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  if (isFile) return extname(path).toLowerCase() === '.json' ? readPlanJson(spec, cwd, note) : readPlanText(spec, cwd, stated, note);
  const seeded = seededPlan(spec);
  if (seeded) return seeded;
  if (/[\\/]|\.(txt|json|md)$/i.test(spec)) throw new UserError(`--plan ${spec}: no such file`);
  const names = seededPlans.map((p) => `${p.name} (${p.region} ${p.year})`);
  throw new UserError(`--plan ${spec}: not a file and not a seeded plan; seeded plans: ${names.join(', ')}`);
}

async function readPlanText(spec: string, cwd: string, stated: PlanFacts, note: (line: string) => void): Promise<Plan> {
  const { text, path, notes } = await readTextFile(spec, cwd);
  notes.forEach(note);
  const plan = extractPlan(text, { name: basename(path, extname(path)), file: basename(path), ...statedFacts(stated) });
  // Core tells when --year is not the year the title gives; the flag's name is the CLI's to say.
  if (plan.titleYear !== undefined) {
    throw new UserError(`--year ${plan.year}: the plan's title says ${plan.titleYear}; drop --year or give the right plan`);
  }
  if (plan.targets.length === 0) {
    throw new UserError(`--plan ${spec}: no numeric targets found in this document (is it a plan such as a 工作要点?)`);
  }
  // A target the reader missed is not checked: the figures read as no target or result are counted, and extract lists them.
  const unread = unreadFigures(text, plan).length;
  if (unread > 0) note(`--plan ${spec}: ${figuresNotRead(unread)} (mubiao extract ${spec} lists them)`);
  return plan;
}

async function readPlanJson(spec: string, cwd: string, note: (line: string) => void): Promise<Plan> {
  // Read as plan text is read: size limit, BOM (Notepad writes one), GB18030, stray NULs.
  const { text, path, notes } = await readTextFile(spec, cwd);
  notes.forEach(note);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`--plan ${spec}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  return asPlan(data, spec, basename(path, extname(path)));
}

/**
 * Checks that JSON is a plan the validator can use (core's planShapeProblem, field by field), so
 * a wrong file fails here with a message instead of deep inside the validator or, worse, with a
 * target that silently matches nothing.
 */
export function asPlan(data: unknown, label: string, fallbackName: string): Plan {
  const problem = planShapeProblem(data);
  if (problem) throw new UserError(`--plan ${label}: not a Mubiao plan (${problem}); write one with: mubiao extract PLAN.txt --json`);
  const plan = data as Plan & { name?: unknown };
  return {
    ...plan,
    name: typeof plan.name === 'string' && plan.name ? plan.name : fallbackName,
    // As the file says; no level (or an older file's `unknown`): its region's, else said unknown (core's levelAsRead).
    ...levelAsRead(plan),
    title: plan.title ?? '',
    source: plan.source ?? { file: `${fallbackName}.json`, chars: 0 },
    actuals: Array.isArray(plan.actuals) ? plan.actuals : [],
    tasks: Array.isArray(plan.tasks) ? plan.tasks : [],
    targets: plan.targets.map((t) => ({ ...t, leads: t.leads ?? [], partners: t.partners ?? [], max: t.max ?? null, year: t.year ?? plan.year })),
  };
}

/**
 * --year and --region fill in what the text does not say (or replace what was only inferred from
 * its body); a title that names another year is not overruled by a flag (Plan.titleYear).
 */
function statedFacts(stated: PlanFacts): { year?: number; region?: string } {
  const out: { year?: number; region?: string } = {};
  if (stated.year !== undefined) out.year = stated.year;
  if (stated.region !== undefined) out.region = stated.region;
  return out;
}
