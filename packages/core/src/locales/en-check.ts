/**
 * Core's English words for the check itself (which plans apply and why, the calendar checks, the
 * finding messages), registered on import by the package index beside locales/en.ts. Apart from
 * it because only hosts that run the check say these (the CLI, the add-in, the web checker): the
 * elements' English locale file imports locales/en.ts and stays without them.
 */
import { registerLocale, type CheckWords } from '../vocab/words.ts';

export const checkEnglish: CheckWords = {
  planChoice: {
    place: (region, year) => (year ? `${region ?? 'region not stated'}, ${year}` : `${region ?? 'region not stated'}, year not stated`),
    reasons: {
      same: (f) => `the sheet is about ${f.sheetRegion}, ${f.sheetYear}: the plan's own region and year`,
      upper: (f) => `${f.planRegion} is above ${f.sheetRegion}; same year ${f.sheetYear}`,
      'previous-year': (f) => `${f.planRegion}'s plan of the year before, to find targets lower than last year's`,
      'region-unknown': () => 'the sheet names no region: checked against this plan as chosen',
      'region-unverified': (f) => `whether ${f.planRegion} is above ${f.sheetRegion} could not be verified`,
      'plan-region-unknown': () => 'the plan text names no region: checked against it as chosen',
      'sheet-year-unknown': (f) => `the sheet names no year: read as the plan's year ${f.planYear}`,
      'other-region': (f) => `${f.planRegion} is neither ${f.sheetRegion} nor a region above it`,
      'lower-region': (f) => `${f.planRegion} is below ${f.sheetRegion}`,
      'other-year': (f) => `the plan is for ${f.planYear}, the sheet for ${f.sheetYear}`,
      'plan-year-unknown': () => 'the plan text gives no year',
    },
    misfit: (plan, place, why) => `${plan} does not fit this sheet (${place}): ${why}. Nothing was checked against it.`,
    planYearUnknown: (plan, place) =>
      `${plan}: the plan text gives no year, so it cannot be matched to this sheet (${place}); state the year (--year, or the year box) and check again.`,
    noCurrentPlan: (place) => `No chosen plan is for this sheet's year (${place}): nothing was checked.`,
    cannotPick: (missing, place) =>
      `The sheet does not say its ${{ region: 'region', year: 'year', both: 'region or year' }[missing]} (${place}), so no plan was picked for it: choose a plan.`,
    noPlanFor: (place, available) =>
      `No plan for ${place} or a region above it is available${available ? ` (available: ${available})` : ''}: choose or paste its plan.`,
    nothingRead: (place, plans) => `No target or result could be read on this sheet (${place}), so nothing was checked against ${plans}.`,
    fewMatched: (place, plans, matched, claims) =>
      `Only ${matched} of the sheet's ${claims} targets match ${plans} (${place}): the plan does not seem to fit this sheet.`,
    suggestion: (plans) => ` Plans that fit: ${plans}.`,
    yearContradicted: (stated, title) =>
      `The year given, ${stated}, is not the plan title's ${title}: drop or correct the year, or give the plan of that year.`,
    levelUnknown: "; the plan's level is not stated, so its amounts are compared whole, not as parts of an upper total",
    planSeparator: '; ',
  },
  schedule: { soFar: 'so far' },
  messages: {
    targetName: (metric, kind) => `${metric} ${kind === 'growth' ? 'growth ' : ''}target`,
    shortfall: (name, t) =>
      `${name} ${t.ceiling ? 'exceeds the limit of' : 'falls short of'} ${t.plan}: the plan asks ${t.expected}, this sheet says ${t.actual}, ${t.gap} ${t.ceiling ? 'over' : 'short'}.`,
    weaker: (name, t) => `${name} is a weaker promise than ${t.plan}: the plan asks ${t.expected}, this sheet says ${t.actual}.`,
    missingTarget: (t) => `No row takes on the target "${t.metric}${t.growth ? ' growth' : ''} ${t.expected}" of ${t.plan}.`,
    allocation: (t) =>
      `${t.metric}: the ${t.parts} allocated parts add up to ${t.sum}, below ${t.against === 'plan' ? 'the plan target' : "the sheet's own total"} ${t.expected} by ${t.gap}.`,
    behindAmount: (t) =>
      `${t.metric} is behind schedule: ${t.elapsed} of the year is gone (${t.period}), so ${t.due} of ${t.expected} were due; reported ${t.actual} (${t.done} of the annual target).`,
    behindRate: (t) =>
      t.ceiling
        ? `${t.metric} is already over its limit (${t.period}): ${t.actual} against ${t.expected}, ${t.gap} over.`
        : `${t.metric} is behind its target (${t.period}): ${t.actual} against ${t.expected}, ${t.gap} short.`,
    unitMismatch: (t, pointNote) =>
      `${t.metric}: the plan states it in ${t.planUnit || '(no unit)'}, this sheet in ${t.sheetUnit || '(no unit)'}; the two do not compare${pointNote ? ' (% and percentage points never mix)' : ''}.`,
    sheetPlaceholder: (metric) => `${metric}: the value is still "**", not filled in.`,
    planPlaceholder: (metric, plan) => `The target "${metric}" of ${plan} is still "**"; it cannot be checked.`,
    noHeader: (sheet) =>
      `No table header found on sheet "${sheet}" (looked for 序号, 重点任务, 内容和要求, 指标, 目标值, 完成值, 牵头单位, 县区…); the sheet was not checked.`,
    leadMismatch: (t) => `${t.metric}: lead unit "${t.leads}" is not among the plan's departments for this target (${t.departments}).`,
    unparsed: {
      'formula-without-value': (text) => `The formula ${text} has no saved result; open and save the workbook in Excel or WPS so its value can be checked.`,
      'error-value': (text) => `The cell shows the error ${text}; it cannot be checked.`,
      'no-metric': (text) => `"${text}" gives a number but the row's text names no single metric it belongs to.`,
      'damaged-cell': () =>
        'The cell points at a shared string the file does not hold (the file is damaged), so what it says cannot be read or checked; repair or re-save the workbook in Excel or WPS and check it again.',
      unreadable: (text) => `This looks like a target but could not be read: "${text}".`,
    },
    ambiguous: (t) => `${t.metric} matches several plan targets equally well (${t.options}); not guessed, please check by hand.`,
    belowPreviousYear: (name, t) => `${name} ${t.actual} is below the ${t.year} target ${t.expected}.`,
    unplaced: (t) =>
      `${t.metric} was not compared with ${t.plans}: ${t.own ? "this plan's level is not stated, so " : ''}whether ${t.many ? 'they stand' : 'it stands'} above this plan cannot be told.`,
    planWords: {
      national: 'the national plan',
      province: 'the provincial plan',
      city: 'the city plan',
      district: 'the district plan',
      plan: 'the plan',
    },
  },
};

registerLocale('en', checkEnglish);
