/**
 * A plan pasted into the pane: read on the spot with core's extractPlan and kept (as its text,
 * which re-reads to the same plan) in the workbook's settings, so the workbook remembers which
 * plan it was checked against.
 */
import { extractPlan, leaveOutNuls, unreadFigures, type Plan, type UnreadFigure } from '@mubiao/core';
import { noTargets, yearContradicted } from '../excel/errors.ts';
import type { SettingsLike } from '../excel/mark-state.ts';

export const PASTED_PLAN_KEY = 'mubiao.pastedPlan';
/** The lines of the kept text that held NULs, as read when it was kept (1-based). */
export const PASTED_NULS_KEY = 'mubiao.pastedPlanNuls';
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
export function readPastedPlanDetailed(text: string, year?: number): { plan: Plan; nulLines: number[]; unread: UnreadFigure[] } {
  const { text: clean, lines: nulLines } = leaveOutNuls(text);
  const trimmed = clean.trim();
  if (!trimmed) throw noTargets('粘贴的文本（为空）');
  if (trimmed.length > MAX_PASTED_CHARS) throw noTargets(`粘贴的文本（${trimmed.length} 字，超过 ${MAX_PASTED_CHARS} 字上限）`);
  const plan = extractPlan(trimmed, { name: 'pasted', file: 'pasted.txt', ...(year ? { year } : {}) });
  if (plan.titleYear !== undefined) throw yearContradicted(plan);
  if (plan.targets.length === 0) throw noTargets('粘贴的文本');
  // The figures read as no target or result, for the host to list (spans into the text as read, trimmed).
  return { plan, nulLines, unread: unreadFigures(trimmed, plan) };
}

export function loadPastedText(settings: Pick<SettingsLike, 'get'>): string | null {
  const raw = settings.get(PASTED_PLAN_KEY);
  return typeof raw === 'string' && raw.trim() ? raw : null;
}

/** A kept plan as read again, or the kept text with why it no longer reads (a newer reader may not find its targets). */
export type KeptPastedPlan = { text: string; plan: Plan; nulLines: number[]; unread: UnreadFigure[] } | { text: string; unreadable: unknown };

/**
 * The kept plan as the pane reads it again on opening: read through the same path as a paste
 * (readPastedPlanDetailed), so what the reader said of the text (the lines its NULs were left out
 * of) comes back with it. Should the settings not keep a NUL, the lines kept beside the text say
 * it. Null when nothing is kept; a kept text that no longer reads comes back with the reason, so
 * the pane can say why the plan it was checked against is gone.
 */
export function loadPastedPlan(settings: Pick<SettingsLike, 'get'>): KeptPastedPlan | null {
  const text = loadPastedText(settings);
  if (!text) return null;
  try {
    const { plan, nulLines, unread } = readPastedPlanDetailed(text);
    return { text, plan, nulLines: nulLines.length > 0 ? nulLines : keptNulLines(settings), unread };
  } catch (unreadable) {
    return { text, unreadable };
  }
}

function keptNulLines(settings: Pick<SettingsLike, 'get'>): number[] {
  const raw = settings.get(PASTED_NULS_KEY);
  return Array.isArray(raw) && raw.every((n) => Number.isSafeInteger(n) && (n as number) > 0) ? (raw as number[]) : [];
}

/** Keeps the text in the workbook's settings, with the lines its NULs stand on (PASTED_NULS_KEY), or forgets both. */
export async function savePastedText(settings: SettingsLike, text: string | null): Promise<void> {
  const nulLines = text ? leaveOutNuls(text).lines : [];
  if (text) settings.set(PASTED_PLAN_KEY, text);
  else settings.remove(PASTED_PLAN_KEY);
  if (nulLines.length > 0) settings.set(PASTED_NULS_KEY, nulLines);
  else settings.remove(PASTED_NULS_KEY);
  await new Promise<void>((resolve, reject) =>
    settings.saveAsync((r) => (String(r.status).toLowerCase() === 'failed' ? reject(new Error(r.error?.message ?? 'saveAsync failed')) : resolve())),
  );
}
