/**
 * English for the elements, registered on import: `import '@mubiao/elements/locales/en.js'`, or
 * `<script type="module" src="…/locales/en.js">` beside the single file (the built file bundles
 * everything it needs and fills the same registry, which lives on globalThis). Elements already
 * on the page re-render when it registers. Core's English words (severities, statuses, code
 * labels, plan labels, gauge gaps) come with it. Adding a locale is one more file like this one.
 */
import '@mubiao/core/locales/en'; // core's English words (severities, statuses, code labels, gaps) register themselves
import { registerLocale } from '@mubiao/core/vocab/words';
import type { Comparator } from '@mubiao/core';
import type { FormatWords, NumberScale, UnitKind } from '../shared/format.ts';
// Type-only (erased): each strings file declares its element's part of LocaleWords.
import type { FindingsListStrings } from '../findings-list/findings-list.strings.ts';
import type { RankingStrings } from '../ranking-table/ranking-table.strings.ts';
import type { GaugeStrings } from '../target-gauge/target-gauge.strings.ts';
import type { TaskMatrixStrings } from '../task-matrix/task-matrix.strings.ts';

const EN_UNIT: Record<string, string> = {
  户: 'firms',
  家: 'firms',
  个: '',
  项: 'projects',
  人: 'people',
  人次: 'visits',
  吨: 't',
  千瓦时: 'kWh',
  亩: 'mu',
  平方米: 'm²',
  公里: 'km',
  件: 'items',
  所: 'sites',
  座: 'sites',
  条: 'lines',
  台: 'units',
  套: 'sets',
  倍: '×',
};

/** The English rendering of a base unit (unknown units stay as written). */
const unitEn = (unit: string): string => EN_UNIT[unit] ?? unit;

const plainScale = (suffix: string): NumberScale => ({ divisor: 1, write: (d) => `${d}${suffix}` });

/** "1 finding", "2 findings". */
const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function enScale(magnitude: number, u: string, { percent, scaled }: UnitKind): NumberScale {
  if (percent) return plainScale(u === '%' || u === '％' ? '%' : ' pp');
  const word = scaled ? (scaled.money ? 'yuan' : unitEn(scaled.base)) : unitEn(u);
  const factor = scaled?.factor ?? 1;
  const base = Math.abs(magnitude) * factor;
  const [divisor, size] = scaled && base >= 1e9 ? [1e9, ' billion'] : scaled && base >= 1e6 ? [1e6, ' million'] : [1, ''];
  return {
    divisor: divisor / factor,
    write: (d) => {
      const text = `${d}${size}`;
      if (!word) return text;
      if (word === '×') return `${text}×`;
      // "1 firm", "2 firms": only the plural words of EN_UNIT end in s.
      return `${text} ${text === '1' && /[a-z]s$/.test(word) && word !== 'kWh' ? word.slice(0, -1) : word}`;
    },
  };
}

const COMPARATOR: Partial<Record<Comparator, string>> = { '>=': '≥ ', '>': '> ', '~': 'about ', '<=': '≤ ', range: '≥ ' };

const formatEnglish: FormatWords = {
  number: (value, digits) => new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(Number(value.toFixed(digits)) || 0),
  scale: enScale,
  rangeDash: '–',
  notANumber: 'n/a',
  toBeSet: 'to be set',
  target: (comparator, v, decline, range) => `${decline ? 'decline ' : ''}${range ?? `${COMPARATOR[comparator] ?? ''}${v}`}`,
};

const findingsList: FindingsListStrings = {
  noReport: 'No validation report yet',
  empty: 'No findings',
  emptyFiltered: 'No findings match the filters',
  valid: 'Valid',
  invalid: 'Not valid',
  colon: ': ',
  severityFilter: 'Filter by severity',
  codeFilter: 'Filter by finding type',
  all: 'All',
  allCodes: 'All types',
  cell: 'Cell',
  expected: 'Plan asks',
  actual: 'Sheet says',
  sheetHeading: (s) => `Sheet ${s}`,
  metric: 'Metric',
  shown: (s, t) => `Showing ${s} of ${t} findings`,
  count: (n) => String(n),
  departmentFilter: 'Filter by lead department',
  allDepartments: 'All departments',
  groupBy: 'Group by',
  groupBySheet: 'Sheet',
  groupByCode: 'Finding type',
  search: 'Search findings',
  list: 'Findings',
};

const taskMatrix: TaskMatrixStrings = {
  caption: 'Key task assignments',
  task: 'Task',
  status: 'Check',
  total: 'Total',
  totalsRow: 'Department totals',
  lead: 'Lead',
  partner: 'Partner',
  department: 'Department',
  allDepartments: 'All departments',
  legend: 'Legend',
  noTasks: 'No tasks',
  noTasksForDepartment: (d) => `${d} leads or supports no task`,
  departmentCounts: (l, p) => `leads ${l}, supports ${p}`,
  taskCounts: (l, p) => `${l} lead, ${p} partner departments`,
  findingCount: (n) => counted(n, 'finding'),
  checked: 'No findings',
  shown: (s, t) => `Showing ${s} of ${t} tasks`,
  summary: (t, d) => `${counted(t, 'task')}, ${counted(d, 'department')}`,
  summaryMarked: '; tasks with findings: ',
  summaryClean: '; no task has findings',
  tasksWith: (n, w) => `${w} ${n}`,
  listSeparator: ', ',
  pages: 'Task pages',
  previousPage: 'Previous',
  nextPage: 'Next',
  pageStatus: (p, n, f, l, t) => `Page ${p} of ${n} (tasks ${f}–${l} of ${t})`,
};

const targetGauge: GaugeStrings = {
  target: 'target ',
  reference: 'last year',
  pace: 'pace',
  unnamed: 'Progress against target',
  declined: (v) => `down ${v}`,
  comma: ', ',
  marker: (name, value) => `${name} ${value}`,
  paceShare: (share, value) => `${Math.round(share * 100)}% of the period elapsed, ${value} due`,
};

const rankingTable: RankingStrings = {
  caption: 'Ranking',
  rank: 'Rank',
  tier: 'Tier',
  change: 'Change',
  tiedRank: (r) => `=${r}`,
  topFlag: 'Red banner',
  bottomFlag: 'Green banner',
  up: (n) => `↑${n}`,
  down: (n) => `↓${n}`,
  same: '–',
  isNew: 'new',
  upSpoken: (n) => `up ${n}`,
  downSpoken: (n) => `down ${n}`,
  sameSpoken: 'no change',
  newSpoken: 'new entry',
  missing: '—',
  empty: 'No rows',
  rowCount: (n) => counted(n, 'row'),
};

registerLocale('en', { format: formatEnglish, findingsList, taskMatrix, targetGauge, rankingTable });
