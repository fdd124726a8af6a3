import type { FindingCode, Severity } from '../model.ts';

/** One row of the finding-code table (also printed in README.md); short labels are in code-labels.ts. */
export interface CodeInfo {
  code: FindingCode;
  severity: Severity;
  /** What the code means, in one sentence. */
  meaning: string;
  /** A real example of it. */
  example: string;
}

/**
 * The stable finding codes. Hosts key colours, filters and documentation on these slugs: add new
 * codes, never rename one. `no-header` is listed as a warning; the validator raises it to an
 * error when no sheet of the input had a readable table (nothing was checked at all).
 */
export const FINDING_CODES: readonly CodeInfo[] = [
  {
    code: 'shortfall',
    severity: 'error',
    meaning: 'The sheet promises less than the plan target it takes on (a ceiling: more than allowed; a decline: less decline).',
    example: '技改投资增长 15% 以上 against 六安市 2023 "技改投资同比增长20%以上": 5 percentage points short.',
  },
  {
    code: 'weaker-comparator',
    severity: 'warning',
    meaning: 'Same number, weaker promise: 以上 became 左右, 突破 became 达到, a floor became a ceiling.',
    example: '"增长7%左右" in the sheet for a plan "增长7%以上".',
  },
  {
    code: 'missing-target',
    severity: 'warning',
    meaning:
      'A plan target that no row of the input takes on. It is about the sheet as a whole (cell ""), listed with the sheet, and no cell is painted for it.',
    example: '六安市 2023 "力争装备制造产业产值增长15%" with no row about 装备制造产业产值.',
  },
  {
    code: 'allocation-shortfall',
    severity: 'error',
    meaning:
      "Parts assigned to districts or departments add up to less than the total: the sheet's own 合计 row when it has one, else the plan target. Increments, counts and levels only; rates and shares are never summed.",
    example: '新增规上工业企业: the county rows add up to 75 户, the 合计 row says 80 户.',
  },
  {
    code: 'behind-schedule',
    severity: 'warning',
    meaning:
      'A reported result is off track at the as-of date (the period its column names, else --as-of): an amount below the elapsed share of its annual target (时间过半、任务过半), a growth rate below its target, or an amount already over a yearly ceiling.',
    example: '新增规上工业企业 1-6月完成 8 户 of 25: half the year is gone, 13 户 were due.',
  },
  {
    code: 'unit-mismatch',
    severity: 'error',
    meaning: 'The sheet and the plan state the same metric in units that do not compare (% vs 百分点, 户 vs 亿元). 万元 and 亿元 convert and never mismatch.',
    example: '"研发经费支出占比提高 0.5%" against a plan "提高0.5个百分点".',
  },
  {
    code: 'placeholder',
    severity: 'warning',
    meaning:
      'A "**" left in the sheet where a number belongs. A plan\'s own "**" target is not the sheet\'s fault: it is a note about the plan (report.planNotes).',
    example: 'A 目标值 cell holding "**" in a district\'s table.',
  },
  {
    code: 'lead-mismatch',
    severity: 'warning',
    meaning: "The row's 牵头单位 is not among the plan target's departments, compared by level-free department name (区经信局 ≈ 市经信局).",
    example: 'A 技改投资 row led by 区发改委 when the plan names 市经信局 only.',
  },
  {
    code: 'unparsed',
    severity: 'warning',
    meaning:
      'A cell that looks like it states a target (a number with a unit after 力争/新增/增长…) but could not be read. A cell the file cannot give at all (it points at a shared string the file lacks: a damaged file) is one too, as an error wherever it stands.',
    example: 'A 目标值 cell holding "另行下达", or "20%以上" beside prose that states two metrics.',
  },
  {
    code: 'ambiguous-match',
    severity: 'warning',
    meaning: 'A claim matches several plan targets with different requirements equally well; it is reported, not guessed.',
    example: 'A row "培育省级企业技术中心" when the plan has two different 企业技术中心 counts.',
  },
  {
    code: 'below-previous-year',
    severity: 'info',
    meaning: "A target lower than the same region's target for the same metric the year before.",
    example: '金安区 2024 规上工业增加值 10% 以上 after 12% 以上 in 2023.',
  },
  {
    code: 'plan-mismatch',
    severity: 'error',
    meaning:
      "The plan does not fit the sheet, so the sheet was not really checked: another region (not the sheet's own or one above it), another year, a plan whose year the text does not give, no plan for the sheet at all, or a sheet whose targets match none (or fewer than 1 in 10) of the plan's. Stands on the sheet as a whole; names the plan and the sheet's own region and year, and the plans that would fit. A sheet with nothing to read is a warning while another sheet of the workbook could be checked. Checking a plan against plans: a target not compared with a plan of the same year that cannot be placed above or below it because a level is not stated (on the target; a warning while the plan was compared with another plan, an error when with none).",
    example: "金安区's 2023 sheet checked against 宿州市's 2023 plan: 宿州市 is neither 金安区 nor a region above it.",
  },
  {
    code: 'no-header',
    severity: 'warning',
    meaning: 'No table header was recognised on a sheet, so it was not checked (an error when no sheet of the input could be checked).',
    example: 'A cover sheet holding only the document title.',
  },
];

const BY_CODE = new Map(FINDING_CODES.map((c) => [c.code, c]));

/** Default severity of a code; unknown codes are warnings. */
export function severityOf(code: FindingCode): Severity {
  return BY_CODE.get(code)?.severity ?? 'warning';
}

export function codeInfo(code: FindingCode): CodeInfo | undefined {
  return BY_CODE.get(code);
}
