import type { PlanYearSource, RegionLevel } from '../model.ts';
import { chineseYear } from './numerals.ts';
import { REGIONS } from './regions.ts';

export interface DocumentInfo {
  title: string;
  /** Year the plan is for, or null when the text does not say (never the current year). */
  year: number | null;
  /** How the year was found (title, a date with 今年, a plan phrase), or 'unknown'. */
  yearSource: PlanYearSource;
  region: string | null;
  level: RegionLevel | null;
  parentRegion?: string;
}

const TITLE_LINE = /(?:工作要点|发展要点|行动计划|工作计划|工作安排|实施方案|要点)$/;
const YEAR_TITLE = /(\d{4})\s*年(?:度)?[^。，\n]{0,24}?(?:工作要点|发展要点|工作安排|工作计划|行动计划|实施方案|主要预期目标|预期目标|目标任务)/g;

/**
 * Title, year and issuing region of a plan, from its cleaned text. The year is the latest year
 * that a plan phrase names ("2024年工作安排" beats "2023年工作及成效"); the region is the most
 * mentioned region of the level the document speaks for (全市 → a city, 全区 → a district), or,
 * for a region the gazetteer does not know, the name that heads the title.
 */
export function readDocumentInfo(text: string): DocumentInfo {
  const title = readTitle(text);
  const { year, source: yearSource } = readYear(title, text);
  let level = readLevel(title) ?? readLevel(text);
  let region = level ? (mostMentioned(title, level) ?? mostMentioned(text, level)) : null;
  if (!region) {
    // A region outside the gazetteer: the issuer's name heading the title ("苏州市2024年…").
    const named = /^(?:中共)?([\u4e00-\u9fff]{2,4}?(省|市|区|县))(?!级|域|场|直|属|委)/.exec(title);
    if (named) {
      region = named[1]!;
      level = named[2] === '省' ? 'province' : named[2] === '市' ? 'city' : 'district';
    }
  }
  const entry = REGIONS.find((r) => r.name === region);
  return { title, year, yearSource, region, level, ...(entry?.parent ? { parentRegion: entry.parent } : {}) };
}

function readTitle(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < 4 || line.length > 50 || /[。：:]/.test(line) || /^附件|^关于/.test(line)) continue;
    const next = lines[i + 1] ?? '';
    // A title broken over two lines: "宿州市…行动计划" + "2023年工作要点".
    if (TITLE_LINE.test(next) && next.length <= 20 && /^\d{4}年/.test(next)) return line + next;
    if (TITLE_LINE.test(line)) return line;
  }
  const head = /^\s*(\d{4}年[^。，\n]{2,30}?(?:工作要点|发展要点|行动计划|工作安排))/.exec(text);
  return head ? head[1]! : '';
}

/**
 * The plan's year, and how it was found: the title's year; else the latest year a plan phrase
 * names (2024年工作安排, 2022年主要预期目标); else, for a text that speaks of 今年/本年 (明年), the
 * year of its issue date (2022-02-27, 2022年2月27日, 二〇二二年二月二十七日) (plus one); else unknown.
 */
export function readYear(title: string, text: string): { year: number | null; source: PlanYearSource } {
  const inTitle = /(\d{4})\s*年/.exec(title);
  if (inTitle) return { year: Number(inTitle[1]), source: 'title' };
  const years = [...text.matchAll(YEAR_TITLE)].map((m) => Number(m[1])).filter(plausibleYear);
  if (years.length > 0) return { year: Math.max(...years), source: 'text' };
  const issued = issueYear(text);
  if (issued !== null) {
    if (/今年|本年度?|当年/.test(text)) return { year: issued, source: 'date' };
    if (/明年/.test(text)) return { year: issued + 1, source: 'date' };
  }
  return { year: null, source: 'unknown' };
}

const plausibleYear = (y: number) => y >= 1949 && y <= 2100;

/** Dates a document is signed or published with: 2022-02-27, 2022/2/27, 2022年2月27日, 2022.02.27. */
const DATE = /(?<!\d)((?:19|20)\d{2})(?:[-/.]\s?(\d{1,2})[-/.]\s?(\d{1,2})(?!\d)|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)/g;
/** The same in Chinese numerals: 二〇二二年二月二十七日. */
const CHINESE_DATE = /([〇○零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/g;

/**
 * The year of the document's issue date: the latest full date the text writes (a signature, a
 * 发布时间 line; dates of past results are earlier). Null when no full date is written.
 */
function issueYear(text: string): number | null {
  const years: number[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = Number(m[2] ?? m[4]);
    const day = Number(m[3] ?? m[5]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && plausibleYear(Number(m[1]))) years.push(Number(m[1]));
  }
  for (const m of text.matchAll(CHINESE_DATE)) {
    const year = chineseYear(m[1]!);
    if (year !== null && plausibleYear(year)) years.push(year);
  }
  return years.length ? Math.max(...years) : null;
}

const LEVEL_WORDS: readonly [RegionLevel, RegExp][] = [
  ['province', /全省|我省|省[^\s，。、]{0,8}?(?:厅|委)/g],
  ['city', /全市|我市|市[^\s，。、]{0,8}?局/g],
  ['district', /全区|我区|全县|我县|区[^\s，。、]{0,8}?局/g],
];

function readLevel(text: string): RegionLevel | null {
  let best: RegionLevel | null = null;
  let bestCount = 0;
  for (const [level, pattern] of LEVEL_WORDS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [level, count];
  }
  return best;
}

function mostMentioned(text: string, level: RegionLevel): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const region of REGIONS) {
    if (region.level !== level) continue;
    const count = text.split(region.short).length - 1;
    if (count > bestCount) [best, bestCount] = [region.name, count];
  }
  return best;
}
