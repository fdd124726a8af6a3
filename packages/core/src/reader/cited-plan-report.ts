/**
 * A plan report the text cites rather than is. An execution report of year Y reviews the plan that last year's report
 * drafted for Y, and often names it: 区人大…批准的《关于…2021年…计划执行情况及2022年计划草案的报告》明确的32项指标中 … in a
 * text headed 一、2022年…计划执行情况. That name reviews 2021 and drafts 2022; the text's own heading executes 2022, so the
 * named report is last year's, the one whose plan the text reviews — it does not date the text.
 */

/** A heading's words from its year to its line's end: 2022年国民经济和社会发展计划执行情况 (not a part of the year, 2022年上半年…). */
export const EXECUTION_HEADING_WORDS = String.raw`(\d{4})\s*年度?(?:(?!半年|季度)[\u4e00-\u9fff]){0,12}?计划执行情况[ \t\u3000]*$`;
/** The text's own heading over the execution of one year's plan, alone on its line (一、2022年国民经济和社会发展计划执行情况). */
const EXECUTION_HEADING = new RegExp(String.raw`^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]\s*)?` + EXECUTION_HEADING_WORDS, 'gm');

/** Whether the text heads its own part as the execution of `year`'s plan. */
export function executesPlanOf(text: string, year: number): boolean {
  for (const m of text.matchAll(EXECUTION_HEADING)) if (Number(m[1]) === year) return true;
  return false;
}
