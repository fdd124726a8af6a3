/**
 * A plan pasted into the pane: read on the spot with core's extractPlan and kept (as its text,
 * which re-reads to the same plan) in the workbook's settings, so the workbook remembers which
 * plan it was checked against.
 */
import { extractPlan, leaveOutNuls, type Plan } from '@mubiao/core';
import { noTargets, yearContradicted } from '../excel/errors.ts';
import type { SettingsLike } from '../excel/mark-state.ts';

export const PASTED_PLAN_KEY = 'mubiao.pastedPlan';
/** Office settings hold about 2 MB per add-in; a plan document is far smaller, but be safe. */
export const MAX_PASTED_CHARS = 500_000;

/** Reads pasted plan text; `year` is the user's statement of the plan's year when the text gives none (never against its title). */
export function readPastedPlan(text: string, year?: number): Plan {
  return readPastedPlanDetailed(text, year).plan;
}

/**
 * readPastedPlan, and the lines whose stray NUL characters were left out (text copied out of a
 * damaged file carries them): left out as a plan file's or a CSV's are (core's leaveOutNuls), and
 * named to the user, never read inside a figure.
 */
export function readPastedPlanDetailed(text: string, year?: number): { plan: Plan; nulLines: number[] } {
  const { text: clean, lines: nulLines } = leaveOutNuls(text);
  const trimmed = clean.trim();
  if (!trimmed) throw noTargets('粘贴的文本（为空）');
  if (trimmed.length > MAX_PASTED_CHARS) throw noTargets(`粘贴的文本（${trimmed.length} 字，超过 ${MAX_PASTED_CHARS} 字上限）`);
  const plan = extractPlan(trimmed, { name: 'pasted', file: 'pasted.txt', ...(year ? { year } : {}) });
  if (plan.titleYear !== undefined) throw yearContradicted(plan);
  if (plan.targets.length === 0) throw noTargets('粘贴的文本');
  return { plan, nulLines };
}

export function loadPastedText(settings: Pick<SettingsLike, 'get'>): string | null {
  const raw = settings.get(PASTED_PLAN_KEY);
  return typeof raw === 'string' && raw.trim() ? raw : null;
}

export async function savePastedText(settings: SettingsLike, text: string | null): Promise<void> {
  if (text) settings.set(PASTED_PLAN_KEY, text);
  else settings.remove(PASTED_PLAN_KEY);
  await new Promise<void>((resolve, reject) =>
    settings.saveAsync((r) => (String(r.status).toLowerCase() === 'failed' ? reject(new Error(r.error?.message ?? 'saveAsync failed')) : resolve())),
  );
}
