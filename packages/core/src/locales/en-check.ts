/**
 * Core's English words for the check itself (which plans apply and why, the calendar checks),
 * registered on import by the package index beside locales/en.ts. Apart from it because only
 * hosts that run the check say these (the CLI, the add-in, the web checker): the elements' English
 * locale file imports locales/en.ts and stays without them.
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
    planSeparator: '; ',
  },
  schedule: { soFar: 'so far' },
};

registerLocale('en', checkEnglish);
