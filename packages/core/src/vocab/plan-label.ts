/**
 * How a plan is named to people: by region and year, never by an internal identifier
 * ("luan-2023", "pasted"). "六安市 2023 年计划" / "六安市 2023 plan"; a plan whose year the text
 * does not give says so: "六安市计划（年份不详）" / "六安市 plan (year not stated)", and one whose level it does not
 * give: "某某新区 2023 年计划（层级不详）" / "某某新区 2023 plan (level not stated)".
 */
import { levelUnknown } from '../check/plan-level.ts';
import { localeWords, type LocaleTag, type PlanLabelWords } from './words.ts';

export interface PlanLike {
  region: string;
  year: number | null;
  title?: string;
  /** Plan.levelSource (or a report's PlanChoice / TargetRef levelSource): a level nothing gave is said (levelUnknown). */
  levelSource?: string | undefined;
}

/** Chinese: built in. Other locales: registered (words.ts). */
const ZH: PlanLabelWords = {
  unnamedRegion: '未注明地区',
  // The four cases written out: shorter in the elements' single file than a list filtered and joined.
  label: (region, year, levelUnknown) =>
    year === null ? `${region}计划${levelUnknown ? '（年份、层级不详）' : '（年份不详）'}` : `${region} ${year} 年计划${levelUnknown ? '（层级不详）' : ''}`,
};

/**
 * The label. A plan that names its region but not its level says so, by the test every verdict uses (levelUnknown);
 * one that names no region says that (未注明地区), which leaves its level unknown too.
 */
export function planLabel(plan: PlanLike, locale: LocaleTag): string {
  const words = localeWords(locale, 'planLabel') ?? ZH;
  return words.label(plan.region || words.unnamedRegion, plan.year, Boolean(plan.region) && levelUnknown(plan));
}

/** The label with the document's title, for a menu of plans: "六安市 2023 年计划 · 2023年工业发展工作要点". */
export function planLabelWithTitle(plan: PlanLike, locale: LocaleTag): string {
  const label = planLabel(plan, locale);
  const title = (plan.title ?? '').trim();
  return title ? `${label} · ${title.length > 40 ? `${title.slice(0, 39)}…` : title}` : label;
}
