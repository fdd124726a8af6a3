/**
 * A plan whose level nothing gives (no caller, no gazetteer, no text) is not assumed to be a city's: each verdict
 * a guessed level could turn (notes/r18c/levels.md) either comes from what is known or is said to be unknown.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model.ts';
import { extractPlan } from '../reader/extract.ts';
import { gridFromRows } from '../sheet/grid-from-rows.ts';
import { planFromSentences } from '../validate/test-plans.ts';
import { validatePlan } from '../validate/validate-plan.ts';
import { planLabel } from '../vocab/plan-label.ts';
import '../locales/en.ts';
import '../locales/en-check.ts';
import { sheetContext } from '../report/sheet-context.ts';
import { checkWorkbook } from './check-workbook.ts';
import { isPlanAbove, levelAsRead, levelFromRegion, levelUnknown, planAbove, planLevel, planRole, regionRelation } from './region-fit.ts';
import { planShapeProblem } from './plan-shape.ts';

const HEADER = ['序号', '重点任务', '内容和要求', '牵头单位', '配合单位'];
const tasks = (title: string, rows: string[][]) => gridFromRows('分解表', [[title], HEADER, ...rows], { merges: ['A1:E1'] });

/** A plan text that names no region and no level (a 工作要点 copied without its heading). */
const NO_PLACE = '2023年工业经济工作要点\n一、技改投资增长15%以上。\n二、新增规上工业企业50户。\n';
/** A district's sheet that names no region either: its leads (区经信局) say district. */
const DISTRICT_ROWS = [
  ['1', '投资', '技改投资增长 10% 以上。', '区经信局', ''],
  ['2', '企业', '新增规上工业企业 20 户。', '区经信局', ''],
];
const unplaced = tasks('2023年度工业发展要点重点任务分解表', DISTRICT_ROWS);

describe('the reader says where a plan level came from', () => {
  it('records option, gazetteer, text, name, or unknown — and never a guessed level as known', () => {
    const plan = extractPlan(NO_PLACE);
    expect(plan).toMatchObject({ region: '', levelSource: 'unknown' });
    expect(planLevel(plan)).toBeUndefined();
    expect(extractPlan(NO_PLACE, { region: '金安区' })).toMatchObject({ level: 'district', levelSource: 'gazetteer' });
    expect(extractPlan(NO_PLACE, { region: '某某园区', level: 'district' })).toMatchObject({ level: 'district', levelSource: 'option' });
    expect(extractPlan(`六安市${NO_PLACE}`)).toMatchObject({ region: '六安市', level: 'city', levelSource: 'text' });
    // A region outside the gazetteer whose name gives its level: recorded as the name's, so plan JSON says it.
    expect(extractPlan(NO_PLACE, { region: '某某县' })).toMatchObject({ region: '某某县', level: 'district', levelSource: 'name' });
    expect(extractPlan(NO_PLACE, { region: '某某高新园' })).toMatchObject({ region: '某某高新园', levelSource: 'unknown' });
  });

  it("gives a region's level: the gazetteer's, else its name's, else unknown", () => {
    expect(levelFromRegion('六安市')).toEqual({ level: 'city', levelSource: 'gazetteer' });
    expect(levelFromRegion('六安')).toEqual({ level: 'city', levelSource: 'gazetteer' });
    expect(levelFromRegion('某某县')).toEqual({ level: 'district', levelSource: 'name' });
    // The gazetteer holds every prefecture-level city, so a 市 it does not know is a county-level one (the reader's rule).
    expect(levelFromRegion('某某市')).toEqual({ level: 'district', levelSource: 'name' });
    expect(levelFromRegion('某某州')).toEqual({ level: 'district', levelSource: 'name' });
    expect(levelFromRegion('某某高新园')).toEqual({ level: 'city', levelSource: 'unknown' });
    expect(levelFromRegion('')).toEqual({ level: 'city', levelSource: 'unknown' });
  });

  it("reads plan JSON's level as written, and an older file's 'unknown' or missing level from its region again", () => {
    expect(levelAsRead({ region: '金安区', level: 'district' })).toEqual({ level: 'district' });
    expect(levelAsRead({ region: '某某园区', level: 'district', levelSource: 'option' })).toEqual({ level: 'district', levelSource: 'option' });
    expect(levelAsRead({ region: '某某县', level: 'district', levelSource: 'name' })).toEqual({ level: 'district', levelSource: 'name' });
    // Written before `name` existed: the placeholder 'city' with 'unknown', the region's name read at check time.
    expect(levelAsRead({ region: '某某县', level: 'city', levelSource: 'unknown' })).toEqual({ level: 'district', levelSource: 'name' });
    expect(levelAsRead({ region: '六安', level: 'city', levelSource: 'unknown' })).toEqual({ level: 'city', levelSource: 'gazetteer' });
    expect(levelAsRead({ region: '某某高新园', level: 'city', levelSource: 'unknown' })).toEqual({ level: 'city', levelSource: 'unknown' });
    expect(levelAsRead({ region: '六安市' })).toEqual({ level: 'city', levelSource: 'gazetteer' });
    // Both shapes stay valid plan JSON; `name` is one the reader writes now.
    const json = { region: '某某县', year: 2023, targets: [] };
    expect(planShapeProblem({ ...json, level: 'city', levelSource: 'unknown' })).toBeNull();
    expect(planShapeProblem({ ...json, level: 'district', levelSource: 'name' })).toBeNull();
    expect(planShapeProblem({ ...json, levelSource: 'name' })).toBe('"levelSource" is "name" but there is no "level"');
  });

  it("is one test for every verdict and label: levelSource 'unknown', nothing else", () => {
    // No lookup of the region any more: the level was decided where the plan was made.
    expect(planLevel({ level: 'district' })).toBe('district');
    expect(planLevel({ level: 'district', levelSource: 'name' })).toBe('district');
    expect(planLevel({ level: 'city', levelSource: 'unknown' })).toBeUndefined();
    expect([levelUnknown({ levelSource: 'unknown' }), levelUnknown({ levelSource: 'name' }), levelUnknown({})]).toEqual([true, false, false]);
  });
});

describe('verdicts that an assumed level turned (levels.md)', () => {
  it('V1: a plan of unknown level is not taken as the one above a district sheet: its amounts are compared whole', () => {
    const plan = extractPlan(NO_PLACE);
    // Before: assumed 'city' made it the plan above 区经信局's sheet, so 20户 was a part of 50户: no finding, no gauge.
    expect(planRole('unknown', plan, () => 'district')).toBe('same');
    const r = checkWorkbook([unplaced], [plan]);
    expect(r.findings.filter((f) => f.code === 'shortfall').map((f) => f.cell)).toEqual(['C3', 'C4']);
    expect(r.gauges!.map((g) => g.cell)).toContain('C4');
    expect(r.valid).toBe(false);
    expect(r.sheets![0]!.plans[0]!.why).toBe('本表未写明地区，按所选计划核对；计划层级不详，其中的数量按整体核对，不作上级总量的分解');
  });

  it('V5: no message names a level that was guessed (低于市级计划)', () => {
    const r = checkWorkbook([unplaced], [extractPlan(NO_PLACE)]);
    const growth = r.findings.find((f) => f.cell === 'C3')!;
    expect(growth.message).not.toMatch(/市级/);
  });

  it("V2: a plan of unknown level is not refused as another region's on a guessed level", () => {
    const park: Plan = { ...extractPlan(NO_PLACE), region: '某某高新园' };
    // Before: its assumed 'city' ranked with 六安市's: 'other', and the plan was refused (plan-mismatch).
    expect(regionRelation('六安市', park, [park])).toBe('unknown');
    expect(regionRelation('金安区', park, [park])).toBe('unknown');
    const r = checkWorkbook(
      [
        tasks(
          '六安市2023年工业发展要点重点任务分解表',
          DISTRICT_ROWS.map((row) => [...row.slice(0, 3), '市经信局', '']),
        ),
      ],
      [park],
    );
    expect(r.sheets![0]!.plans[0]).toMatchObject({ relation: 'unknown', applied: true });
    expect(r.sheets![0]!.plans[0]!.why).toContain('计划层级不详');
    // A plan whose level is known stays 'other': 宿州市 is not above 六安市.
    expect(regionRelation('六安市', { region: '宿州市', level: 'city' }, [])).toBe('other');
  });

  it('V3: a sheet of the same unplaced region does not borrow the guessed level from that plan', () => {
    const park = { region: '某某高新园', level: 'city' as const, levelSource: 'unknown' as const };
    // Before: the sheet 某某高新园 took 'city' from the plan, ranked with 宿州市's plan: 'other'.
    expect(regionRelation('某某高新园', { region: '宿州市', level: 'city' }, [park])).toBe('unknown');
  });

  it("V4: checking plan against plan, one of unknown level is neither above nor below another's — and that is said", () => {
    const none = extractPlan(NO_PLACE);
    const jinan = planFromSentences({ name: 'jinan', region: '金安区', level: 'district', year: 2023, parentRegion: '六安市' }, ['技改投资增长10%以上。']);
    const anhui = planFromSentences({ name: 'anhui', region: '安徽省', level: 'province', year: 2023 }, ['技改投资增长20%以上。']);
    // Before: the assumed 'city' put it above 金安区 (a shortfall "低于市级计划") and below 安徽省.
    expect(isPlanAbove(jinan, none, [none])).toBe(false);
    expect(isPlanAbove(none, anhui, [anhui])).toBe(false);
    expect([planAbove(jinan, none, [none]), planAbove(none, anhui, [anhui])]).toEqual([undefined, undefined]);
    // Known levels place plans either way: never "cannot tell".
    expect([planAbove(jinan, anhui, [anhui]), planAbove(anhui, jinan, [jinan])]).toEqual([true, false]);
    // Before: no finding at all and a pass, as if 金安区's 10% had been compared. Now said on the target left
    // uncompared — an error, since nothing at all was compared.
    const theirs = validatePlan(jinan, [none]);
    expect(theirs.findings).toMatchObject([
      {
        code: 'plan-mismatch',
        severity: 'error',
        sheet: 'jinan',
        cell: '',
        expected: '15%以上',
        actual: '10%以上',
        target: { plan: none.name, levelSource: 'unknown' },
      },
    ]);
    expect(theirs.findings[0]!.message).toBe('技改投资未与未注明地区 2023 年计划对照：无法判断其是否为本计划的上级计划。');
    expect(theirs.valid).toBe(false);
    // Compared with a plan known to be above it (安徽省): the one left out is a warning.
    const both = validatePlan(jinan, [none, anhui]);
    expect(both.findings.map((f) => [f.code, f.severity])).toEqual([
      ['plan-mismatch', 'warning'],
      ['shortfall', 'error'],
    ]);
    expect(both.stats.matched).toBe(1);
    const own = validatePlan(none, [anhui], { locale: 'en' });
    expect(own.findings.map((f) => [f.code, f.severity, f.subject?.metric, f.expected])).toEqual([['plan-mismatch', 'error', '技改投资', '≥ 20%']]);
    expect(own.findings[0]!.message).toBe(
      "技改投资 was not compared with 安徽省 2023 plan: this plan's level is not stated, so whether it stands above this plan cannot be told.",
    );
    // A target the other plan does not state (新增规上工业企业) would not have been compared: nothing is said of it.
    expect(validatePlan(none, [anhui]).findings.map((f) => f.subject?.metric)).toEqual(['技改投资']);
  });

  it('V4: a named plan of unknown level is labelled so in the note, and amounts (parts of a total) are not listed', () => {
    const park: Plan = { ...extractPlan(NO_PLACE, { region: '某某高新园' }), name: 'park' };
    const jinan = planFromSentences({ name: 'jinan', region: '金安区', level: 'district', year: 2023, parentRegion: '六安市' }, [
      '技改投资增长10%以上。',
      '新增规上工业企业20户。',
    ]);
    const r = validatePlan(jinan, [park]);
    expect(r.findings.map((f) => f.message)).toEqual(['技改投资未与某某高新园 2023 年计划（层级不详）对照：无法判断其是否为本计划的上级计划。']);
    // 某某县 (its name gives district) is placed: a district is not above 金安区, so there is nothing to say.
    const county: Plan = { ...extractPlan(NO_PLACE, { region: '某某县' }), name: 'county' };
    expect(validatePlan(jinan, [county]).findings).toEqual([]);
  });

  it('V6: the plan label says the level is not stated, as it says the year', () => {
    const park = { region: '某某高新园', year: 2023, levelSource: 'unknown' };
    expect(planLabel(park, 'zh-CN')).toBe('某某高新园 2023 年计划（层级不详）');
    expect(planLabel({ ...park, year: null }, 'zh-CN')).toBe('某某高新园计划（年份、层级不详）');
    expect(planLabel(park, 'en')).toBe('某某高新园 2023 plan (level not stated)');
    expect(planLabel({ ...park, year: null }, 'en')).toBe('某某高新园 plan (year and level not stated)');
    // No region: the label says that, which leaves the level unknown too.
    expect(planLabel({ region: '', year: 2023, levelSource: 'unknown' }, 'zh-CN')).toBe('未注明地区 2023 年计划');
    expect(planLabel({ region: '六安市', year: 2023, levelSource: 'gazetteer' }, 'zh-CN')).toBe('六安市 2023 年计划');
  });

  it("labels a plan's level as the checks take it: one its region's name gives (某某县) is not said to be unknown", () => {
    const county = extractPlan(NO_PLACE, { region: '某某县' });
    // Before: levelSource 'unknown' while the checks took 某某县 as a district's — two truths. Now the plan says 'name'.
    expect(county).toMatchObject({ level: 'district', levelSource: 'name' });
    expect(planLabel(county, 'zh-CN')).toBe('某某县 2023 年计划');
    const sheet = checkWorkbook([unplaced], [county]).sheets![0]!;
    // The checks take 某某县 as a district's: its amounts are not said to be compared whole.
    expect(sheet.plans[0]!.why).toBe('本表未写明地区，按所选计划核对');
    expect(sheet.plans[0]!.levelSource).toBeUndefined();
    expect(sheetContext(sheet, 'zh-CN')[1]!.text).toMatch(/^某某县 2023 年计划，已采用/);
  });

  it('names a plan of unknown level alike in its plan line, its quotes and its label', () => {
    const park = extractPlan(NO_PLACE, { region: '某某高新园' });
    expect(planLabel(park, 'zh-CN')).toBe('某某高新园 2023 年计划（层级不详）');
    const r = checkWorkbook([unplaced], [park]);
    const sheet = r.sheets![0]!;
    expect(sheet.plans[0]!.levelSource).toBe('unknown');
    expect(sheetContext(sheet, 'zh-CN')[1]!.text).toMatch(/^某某高新园 2023 年计划（层级不详），已采用/);
    // Before: a finding's target reference carried no levelSource, and its quote read "某某高新园 2023 年计划".
    const shortfall = r.findings.find((f) => f.code === 'shortfall')!;
    expect(shortfall.target).toMatchObject({ plan: park.name, levelSource: 'unknown' });
    expect(planLabel(shortfall.target!, 'zh-CN')).toBe(planLabel(park, 'zh-CN'));
    // A plan whose level is known carries none.
    const county = checkWorkbook([unplaced], [extractPlan(NO_PLACE, { region: '某某县' })]);
    expect(county.findings.every((f) => f.target?.levelSource === undefined)).toBe(true);
  });

  it('says a plan names no region, not that its tie to the sheet’s region could not be verified', () => {
    const sheet = tasks('金安区2023年度工业发展要点重点任务分解表', DISTRICT_ROWS);
    const plans = (locale: 'zh-CN' | 'en') => checkWorkbook([sheet], [extractPlan(NO_PLACE)], { locale }).sheets![0]!.plans[0]!;
    // Before: "无法核实与金安区的隶属关系…" / "whether  is above 金安区 could not be verified", with an empty plan region.
    expect(plans('zh-CN')).toMatchObject({ relation: 'unknown', applied: true });
    expect(plans('zh-CN').why).toBe('计划原文未写明地区，按所选计划核对；计划层级不详，其中的数量按整体核对，不作上级总量的分解');
    expect(plans('en').why).toMatch(/^the plan text names no region: checked against it as chosen; the plan's level is not stated/);
  });
});
