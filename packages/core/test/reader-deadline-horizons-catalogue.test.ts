/**
 * Round 21 catalogue (r21pa): undated news of a plan whose only years are deadlines, besides a base year its figures are
 * measured from (较2023年增长25%) or a horizon restated without a figure (a subheading 2035年全面建成…). Every passage is
 * invented. Readings by corpus Decisions 18, 20 and 26: a base year and a figureless horizon are no years the text speaks for;
 * the plan year is the first deadline with figures. Must not fire: a dated text, a year of results, the start of a change
 * (由2020年的…, an actual of that year), a heading whose year states a figure (2025年产值突破千亿元), a text with no year.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';

const yearOf = (text: string) => extractPlan(text).year;

describe('deadlines beside a base year or a restated horizon: the first deadline (Decisions 18, 20, 26)', () => {
  it.each([
    // a base year of the figure (较2023年): not a year of the text
    ['某省工信厅近日印发《推动设备更新实施方案》。力争到2027年,全省工业设备投资规模较2023年增长25%以上。', 2027],
    ['6月3日,市政府印发《推进物流降本增效实施方案》。到2026年,全市社会物流总费用与GDP的比率比2022年下降1个百分点。', 2026],
    // a yearly figure and a base year: the deadline still dates the text
    ['某市出台方案,每年实施300个技改项目,到2027年,规上工业企业数字化改造覆盖率较2023年提高20个百分点。', 2027],
    // a subheading restating a horizon without a figure
    [
      '近日,某省印发《“数据要素×”行动方案》。到2026年,数据产业规模突破2000亿元;到2030年,数据要素市场全面建成。\n2030年全面建成数据要素强省\n方案部署了十项任务。',
      2026,
    ],
    // Traditional, a lead with the figure, then the horizon's subheading before the body restating it
    [
      '近日,某省人民政府正式印發《人工智能產業發展方案》,《方案》提出,到2027年,智能終端普及率將達70%左右,政務服務智能辦理占比超過60%,形成一批可復制推廣的典型應用。\n明確目標\n2035年全面邁入智能社會\n到2027年,智能終端普及率達70%左右;到2035年,全面邁入智能社會。',
      2027,
    ],
  ])('%s', (text, year) => {
    expect(yearOf(text)).toBe(year);
  });
});

describe('texts the first-deadline rule must still leave alone', () => {
  it.each([
    // dated by a day: its issue year
    ['2024年5月20日,某市印发方案。到2027年,全市设备投资规模较2023年增长30%左右。', 2024],
    // a year of results besides the deadline
    ['2023年,全市设备投资增长12%。到2027年,全市设备投资规模较2023年增长30%左右。', 'not 2027'],
    // the start of a change, an actual of that year
    ['某市印发方案。到2027年,全市森林覆盖率由2022年的40%提高到45%。', 'not 2027'],
    // a heading whose year states a figure in words: a target, no restated horizon
    ['目标:2030年数字经济规模突破千亿元\n到2026年,数字经济核心产业增加值达到300亿元;到2030年,突破千亿元。', 'not 2026'],
    // a heading naming a year that is no deadline of the text
    ['2025年全面起势\n到2027年,全市低空经济规模突破200亿元。', 'not 2027'],
    // no year at all: null, never today's
    ['某市出台方案,全市设备投资规模增长30%左右。', null],
  ])('%s', (text, year) => {
    if (year === null) expect(yearOf(text)).toBeNull();
    else if (typeof year === 'string') expect(yearOf(text)).not.toBe(Number(year.slice(4)));
    else expect(yearOf(text)).toBe(year);
  });
});
