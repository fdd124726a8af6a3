import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import type { Plan } from '../src/model.ts';

/**
 * The catalogue of repost layouts: invented plan passages, each read as written and after a repost that adds no plan
 * information — paragraphs joined onto one line with spaces (a document-sharing site), a blank line after every line (a
 * double-spaced page), a PDF's hard wrap. Each must give the reading the passage gives as written.
 */

/** Prose with no figure, date or place, so that a passage is long enough to be a page. */
const FILLER =
  '各项工作扎实推进，营商环境持续优化，群众获得感、幸福感、安全感不断增强，发展基础更加坚实。我们将坚持稳中求进工作总基调，统筹发展和安全，奋力谱写高质量发展新篇章。';

/** A paragraph as a PDF's text layer gives it: a line break every `width` places, an ASCII character half a place. */
function hardWrapped(paragraph: string, width: number): string {
  let out = '';
  let places = 0;
  for (const ch of paragraph) {
    const w = ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
    if (places + w > width) [out, places] = [`${out}\n`, 0];
    out += ch;
    places += w;
  }
  return out;
}

interface Shape {
  name: string;
  text: string;
  /** The reading as written: the plan year and each entry (role value unit comparator year). */
  year: number | null;
  entries: string[];
  /** Layouts the reader does not read as written yet (held by it.fails, so a fix shows). */
  notYet?: string[];
}

const SHAPES: Shape[] = [
  {
    name: 'a work report: title, dateline, speaker, numbered parts',
    text: [
      '某某县2024年政府工作报告',
      '——2024年1月8日在某某县第十八届人民代表大会第三次会议上',
      '县长 王某某',
      '各位代表：',
      `现在，我代表县人民政府向大会报告工作，请予审议。${FILLER}`,
      '一、2023年工作回顾',
      `过去一年，全县地区生产总值增长6.2%，一般公共预算收入增长8.1%。${FILLER}`,
      '二、2024年主要目标',
      '全县地区生产总值增长6%左右，固定资产投资增长8%以上。',
    ].join('\n'),
    year: 2024,
    entries: ['actual 6.2 % 2023', 'actual 8.1 % 2023', 'target 6 % ~ 2024', 'target 8 % >= 2024'],
  },
  {
    name: 'a news story: headline, figure dateline with its time, source, byline',
    text: [
      '某某市政府工作报告提出今年发展目标',
      '2025-01-15 09:30:12',
      '来源：某某日报',
      '记者 李某 通讯员 张某',
      `1月14日，某某市第十届人民代表大会第四次会议开幕。${FILLER}政府工作报告提出，今年全市地区生产总值增长6%左右，城镇新增就业3万人以上。${FILLER}`,
    ].join('\n'),
    year: 2025,
    entries: ['target 6 % ~ 2025', 'target 3 万人 >= 2025'],
  },
  {
    name: 'a digest: bulleted results and targets under year headings',
    text: [
      '某某省政府工作报告要点',
      FILLER,
      '■2024年成绩单',
      '●全省地区生产总值增长5.8%',
      '●规模以上工业增加值增长7.1%',
      '■2025年目标',
      '●地区生产总值增长5.5%左右',
      '●居民人均可支配收入增长6%',
      FILLER,
    ].join('\n'),
    year: 2025,
    entries: ['actual 5.8 % 2024', 'actual 7.1 % 2024', 'target 5.5 % ~ 2025', 'target 6 % = 2025'],
  },
  {
    name: 'a notice with ASCII punctuation: addressees, numbered items',
    text: [
      '某某区2025年重点工作任务分解',
      '各街道办事处,区直各部门:',
      `现将2025年重点工作任务分解如下,请认真抓好落实。${FILLER}`,
      '1.地区生产总值增长6%以上。',
      '2.一般公共预算收入增长5%左右。',
      FILLER,
    ].join('\n'),
    year: 2025,
    entries: ['target 5 % ~ 2025', 'target 6 % >= 2025'],
  },
  {
    name: 'a title spaced out letter by letter',
    text: [
      '某 某 市 政 府 工 作 报 告(摘要)',
      '——2023年2月10日在某某市第九届人民代表大会第二次会议上',
      '一、2022年工作回顾',
      `全市地区生产总值增长4.5%。${FILLER}`,
      '二、2023年目标任务',
      `全市地区生产总值增长6%左右。${FILLER}`,
    ].join('\n'),
    year: 2023,
    entries: ['actual 4.5 % 2022', 'target 6 % ~ 2023'],
  },
  {
    name: 'a page header over a report title in book-title marks',
    text: [
      '第03版:2024某某两会',
      '《政府工作报告》解读',
      '今年，我们这样干',
      `今年经济社会发展的主要预期目标是:地区生产总值增长6%,固定资产投资增长10%。${FILLER}${FILLER}`,
    ].join('\n'),
    year: 2024,
    entries: ['target 10 % = 2024', 'target 6 % = 2024'],
  },
  {
    name: 'a PDF page: prose hard-wrapped mid-word, a figure at a line end',
    text: [
      '某某县2024年政府工作报告',
      hardWrapped(
        `过去一年，全县经济运行稳中有进，地区生产总值达到356.8亿元、增长5.6%，规模以上工业增加值增长7.2%，固定资产投资增长9.1%，社会消费品零售总额增长6.4%。${FILLER}`,
        24,
      ),
    ].join('\n'),
    year: 2024,
    entries: ['actual 356.8 亿元 2023', 'actual 5.6 % 2023', 'actual 6.4 % 2023', 'actual 7.2 % 2023', 'actual 9.1 % 2023'],
    // Blank lines between wrapped lines stop the wrapped-line join (a double-spaced page's spacing reads as paragraphs).
    notYet: ['blank-doubled'],
  },
];

/** The reposts: none adds or drops a word. */
const LAYOUTS: Record<string, (text: string) => string> = {
  'as written': (t) => t,
  'one line': (t) => t.replace(/[ \t\u3000]*\n\s*/g, ' '),
  'blank-doubled': (t) => t.replace(/\n/g, '\n\n'),
};

function entriesOf(plan: Plan): string[] {
  return [
    ...plan.targets.map((t) => `target ${t.value} ${t.unit} ${t.comparator} ${t.year}`),
    ...plan.actuals.map((a) => `actual ${a.value} ${a.unit} ${a.period.year}`),
  ].sort();
}

describe('the catalogue of repost layouts', () => {
  for (const shape of SHAPES)
    for (const [layout, apply] of Object.entries(LAYOUTS))
      (shape.notYet?.includes(layout) ? it.fails : it)(`${shape.name} — ${layout}`, () => {
        const plan = extractPlan(apply(shape.text));
        expect({ year: plan.year, entries: entriesOf(plan) }).toEqual({ year: shape.year, entries: [...shape.entries].sort() });
      });
});
