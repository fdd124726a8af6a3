/**
 * Core's English words, registered on import. The package index imports this module, so every
 * host that uses `@mubiao/core` (the CLI, the add-in, the web checker) speaks English when asked;
 * a bundle that imports only core's small modules (the elements' zh-CN single file) does not
 * carry it. `@mubiao/elements/locales/en.js` registers these words too, with the elements' own.
 */
import { registerLocale, type CoreWords, type DeltaSide } from '../vocab/words.ts';

const SIDE: Record<DeltaSide, string> = { target: 'target', ceiling: 'the upper limit', lower: 'the lower bound', upper: 'the upper bound' };

export const coreEnglish: CoreWords = {
  severity: {
    words: { error: 'Error', warning: 'Warning', info: 'Info' },
    count: (severity, n) => `${n} ${severity === 'info' ? 'info note' : severity}${n === 1 ? '' : 's'}`,
    countsSeparator: ', ',
  },
  status: { met: 'Met', 'at-risk': 'At risk', short: 'Short', 'no-target': 'No target yet', 'no-value': 'No data' },
  codeLabels: {
    shortfall: 'Below target',
    'weaker-comparator': 'Weaker wording',
    'missing-target': 'Missing target',
    'allocation-shortfall': 'Allocation short',
    'behind-schedule': 'Behind schedule',
    'unit-mismatch': 'Unit mismatch',
    placeholder: 'Target pending',
    'lead-mismatch': 'Lead mismatch',
    unparsed: 'Not understood',
    'ambiguous-match': 'Ambiguous match',
    'below-previous-year': 'Below last year',
    'plan-mismatch': 'Plan does not fit',
    'no-header': 'No header row',
  },
  planLabel: {
    unnamedRegion: 'Unnamed region',
    label: (region, year, levelUnknown) => {
      const unknown = [year === null ? 'year' : '', levelUnknown ? 'level' : ''].filter(Boolean).join(' and ');
      const named = year === null ? `${region} plan` : `${region} ${year} plan`;
      return unknown ? `${named} (${unknown} not stated)` : named;
    },
  },
  gaugeDelta: {
    weaker: ', a weaker promise',
    withinRange: 'within the target range',
    atCeiling: 'at the upper limit',
    levelNotAbove: 'level with the target, not above it',
    sameNumberWeaker: 'the target’s number, a weaker promise',
    onTarget: 'on target',
    gap: (gap, above, side) =>
      side === 'ceiling' ? `${gap} ${above ? 'over' : 'under'} the upper limit` : `${gap} ${above ? 'above' : 'below'} ${SIDE[side]}`,
    declineGap: (gap, above, side) => `decline ${gap} ${above ? 'more' : 'less'} than ${side === 'target' ? 'the target' : SIDE[side]}`,
  },
  quantity: {
    points: (n) => `${n} percentage point${n === '1' ? '' : 's'}`,
    money: [
      [1e9, 'billion yuan'],
      [1e6, 'million yuan'],
      [1, 'yuan'],
    ],
    withUnit: (n, unit) => (unit && unit !== '%' ? `${n} ${unit}` : `${n}${unit}`),
  },
  listSeparator: ', ',
};

registerLocale('en', coreEnglish);
