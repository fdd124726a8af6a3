/**
 * The target-phrase grammar: one sentence of plan prose in, exact numeric statements out.
 * See README.md in this folder for the rules.
 */
export type { Statement, StatementContext } from './types.ts';
export { readStatements } from './statements.ts';
export { classifyMetric, type MetricMeaning } from './metric.ts';
export { parseNumber, parseChineseNumeral, scanNumber, type NumberToken } from './numbers.ts';
export { UNITS, unitInfo, canonicalUnit, toBase, convert, comparableUnits, compareQuantities } from './units.ts';
export { metricKey, SYNONYMS, DROPPED_WORDS, type LexiconEntry } from './lexicon.ts';
export { describeActual, describeTarget, formatPlainNumber, type DescribableTarget } from './describe.ts';
