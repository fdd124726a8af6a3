/**
 * What a sheet was checked against, in words, for every renderer (terminal, HTML, the pane):
 * the sheet's region and year and where they were read, each plan considered and why, and the
 * date progress was judged at and where it came from.
 */
import type { FactSource, PlanNote, SheetCheck } from '../model.ts';
import type { Locale } from '../vocab/locale.ts';
import { planLabel } from '../vocab/plan-label.ts';

const SOURCE: Record<Locale, Record<FactSource, string>> = {
  'zh-CN': { option: '按指定', title: '据标题', header: '据表头', columns: '据表中列名', 'sheet-name': '据工作表名', plan: '按计划', unknown: '未写明' },
  en: {
    option: 'as given',
    title: 'from the title',
    header: 'from the header',
    columns: 'from the column headings',
    'sheet-name': 'from the sheet name',
    plan: 'from the plan',
    unknown: 'not stated',
  },
};

export interface SheetContextLine {
  label: string;
  text: string;
}

/** The lines shown under a sheet's heading. Sheets that were not checked (no header, empty) have none. */
export function sheetContext(sheet: SheetCheck, locale: Locale): SheetContextLine[] {
  if (sheet.shape === 'none' || sheet.shape === 'empty') return [];
  const en = locale === 'en';
  const src = SOURCE[locale];
  const place = en
    ? `${sheet.region ? `${sheet.region} (${src[sheet.regionSource]})` : 'region not stated'}, ${sheet.year ? `${sheet.year} (${src[sheet.yearSource]})` : 'year not stated'}`
    : `${sheet.region ? `${sheet.region}（${src[sheet.regionSource]}）` : '未写明地区'}，${sheet.year ? `${sheet.year} 年（${src[sheet.yearSource]}）` : '未写明年份'}`;
  const lines: SheetContextLine[] = [{ label: en ? 'Sheet is about' : '本表', text: place }];
  for (const p of sheet.plans) {
    const verdict = p.applied ? (en ? 'applied' : '已采用') : en ? 'not applied' : '未采用';
    const text = en ? `${planLabel(p, locale)}: ${verdict} (${p.why})` : `${planLabel(p, locale)}，${verdict}（${p.why}）`;
    lines.push({ label: en ? 'Plan' : '计划', text });
  }
  lines.push({ label: en ? 'Progress as of' : '进度截至', text: asOfText(sheet, locale) });
  return lines;
}

function asOfText(sheet: SheetCheck, locale: Locale): string {
  const en = locale === 'en';
  if (!sheet.asOf) return en ? 'no date (results are judged only by a period their column names)' : '未指定日期（完成值只按其列标明的期间核对）';
  if (sheet.asOfSource === 'columns') return en ? `${sheet.asOf} (the sheet's “${sheet.asOfLabel}” columns)` : `${sheet.asOf}（据表中“${sheet.asOfLabel}”列）`;
  return en ? `${sheet.asOf} (as given)` : `${sheet.asOf}（按指定）`;
}

/** Heading of the notes about the plans themselves. */
export function planNotesHeading(notes: readonly PlanNote[], locale: Locale): string {
  return locale === 'en' ? `About the plans (${notes.length}; not findings against the sheet):` : `关于计划本身（${notes.length} 项，不属于本表问题）：`;
}
