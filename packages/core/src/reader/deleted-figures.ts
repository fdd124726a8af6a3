/**
 * A page whose reposting site deleted its figures, digits and all, leaving no mark (corpus Decisions 14, 23: c122, c657):
 * its years are left as a bare 年 where only a year can stand — a plan period `(-年)`, a deadline `到年，`, a clause opening
 * on `年1月` or `年，`, a year's work reviewed `回顾了年和…`, `对年工作…`. In such a page a unit left where a figure stood is a
 * placeholder (the grammar's `figuresDeleted`). Not a year a line break splits from its digits (`2020⏎年⏎1⏎月`), nor
 * 年底, 年初, 年均 (no comma or month right after the 年).
 */
const DELETED_YEAR =
  /[（(][ \t]*[-—至][ \t]*年[ \t]*[）)]|(?:到|至)年[，,]|(?:^|[\n。；;，,：:])[ \t\u3000]*年(?:\d{1,2}月|[，,])|(?:对|回顾了?|总结了?)年(?:工作|和)/;

/** Whether the page's site deleted its figures: a year left without its digits. */
export function figuresDeleted(text: string): boolean {
  return DELETED_YEAR.test(text);
}
