#!/usr/bin/env node
// Checks the corpus gold against its texts, with no project code: every `words` sits at `at`,
// every `quote` is text around it, every field is from the allowed sets (README "Gold format").
// Prints target/actual counts per document; exits 1 on any error.
//   node tests/corpus/check-gold.mjs            all gold files
//   node tests/corpus/check-gold.mjs c001 c007  only these
//   node tests/corpus/check-gold.mjs c007 --show  also print every entry in its context, for review
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const LEVELS = new Set(['national', 'province', 'city', 'district']);
const TARGET_KINDS = new Set(['growth', 'level', 'increment', 'share', 'count']);
const ACTUAL_KINDS = new Set([...TARGET_KINDS, 'rank']);
const COMPARATORS = new Set(['>=', '>', '~', 'range', '<=', '=', 'placeholder']);
const ATTRIBUTES = new Set(['预期性', '约束性']);
const TARGET_KEYS = new Set(['quote', 'words', 'at', 'metric', 'kind', 'comparator', 'value', 'max', 'unit', 'year',
  'attribute', 'decline', 'leads', 'partners', 'note']);
const ACTUAL_KEYS = new Set(['quote', 'words', 'at', 'metric', 'kind', 'value', 'unit', 'period', 'rankScope', 'decline',
  'estimate', 'note']);
const DOC_KEYS = new Set(['id', 'planYear', 'region', 'level', 'notes', 'targets', 'actuals']);

const sources = readSources();
const show = process.argv.includes('--show');
const wanted = process.argv.slice(2).filter((a) => a !== '--show');
const goldDir = join(HERE, 'gold');
const files = (existsSync(goldDir) ? readdirSync(goldDir) : []).filter((f) => f.endsWith('.json')).sort()
  .filter((f) => wanted.length === 0 || wanted.includes(f.slice(0, -5)));
let errors = 0;
const totals = { targets: 0, actuals: 0 };
for (const file of files) {
  const problems = checkFile(file);
  for (const p of problems) console.error(`${file}: ${p}`);
  errors += problems.length;
}
const missing = [...sources.keys()].filter((id) => !existsSync(join(HERE, 'gold', `${id}.json`)));
console.log(`${files.length} gold files, ${totals.targets} targets, ${totals.actuals} actuals; ` +
  `no gold yet: ${missing.length ? missing.join(' ') : 'none'}`);
if (errors) {
  console.error(`${errors} error(s)`);
  process.exit(1);
}

function readSources() {
  const lines = readFileSync(join(HERE, 'sources.tsv'), 'utf8').trimEnd().split('\n');
  const header = lines[0].split('\t');
  const rows = new Map();
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    if (cells.length !== header.length) throw new Error(`sources.tsv: ${cells[0]} has ${cells.length} cells`);
    rows.set(cells[0], Object.fromEntries(header.map((h, i) => [h, cells[i]])));
  }
  return rows;
}

function checkFile(file) {
  const problems = [];
  const id = file.slice(0, -5);
  let doc;
  try {
    doc = JSON.parse(readFileSync(join(HERE, 'gold', file), 'utf8'));
  } catch (e) {
    return [`not JSON: ${e.message}`];
  }
  const source = sources.get(id);
  if (!source) return [`${id} is not in sources.tsv`];
  const textFile = join(HERE, 'texts', `${id}.txt`);
  if (!existsSync(textFile)) return [`texts/${id}.txt is missing`];
  const text = readFileSync(textFile, 'utf8');
  if (doc.id !== id) problems.push(`id ${doc.id} differs from the file name`);
  unknownKeys(doc, DOC_KEYS, 'document', problems);
  if (doc.planYear !== null && !isYear(doc.planYear)) problems.push(`planYear ${doc.planYear} is not a year or null`);
  if (typeof doc.region !== 'string' || doc.region === '') problems.push('region missing');
  if (!LEVELS.has(doc.level)) problems.push(`level ${doc.level} not in ${[...LEVELS]}`);
  if (doc.level !== source.level) problems.push(`level ${doc.level} differs from sources.tsv (${source.level})`);
  if (!Array.isArray(doc.targets) || !Array.isArray(doc.actuals)) return [...problems, 'targets and actuals must be arrays'];
  doc.targets.forEach((t, i) => checkTarget(t, `target ${i + 1}`, text, problems));
  doc.actuals.forEach((a, i) => checkActual(a, `actual ${i + 1}`, text, problems));
  duplicates([...doc.targets, ...doc.actuals], problems);
  totals.targets += doc.targets.length;
  totals.actuals += doc.actuals.length;
  const split = source.split === 'fresh' ? ' (fresh)' : '';
  console.log(`${id}${split}  ${String(doc.targets.length).padStart(3)} targets  ${String(doc.actuals.length).padStart(3)} actuals  ${source.genres}`);
  if (show) for (const e of [...doc.targets, ...doc.actuals].sort((a, b) => a.at - b.at)) console.log(describe(e, text));
  return problems;
}

function checkSpan(e, where, text, problems) {
  if (typeof e.words !== 'string' || e.words === '') return problems.push(`${where}: words missing`);
  if (!Number.isInteger(e.at)) return problems.push(`${where}: at must be an integer offset`);
  const found = text.slice(e.at, e.at + e.words.length);
  if (found !== e.words) {
    const near = text.indexOf(e.words);
    problems.push(`${where}: text at ${e.at} is ${JSON.stringify(found)}, not ${JSON.stringify(e.words)}` +
      (near >= 0 ? ` (first occurrence at ${near})` : ' (not in the text at all)'));
    return;
  }
  if (typeof e.quote !== 'string' || !e.quote.includes(e.words)) return problems.push(`${where}: quote must contain words`);
  let q = text.indexOf(e.quote);
  while (q >= 0 && !(q <= e.at && e.at + e.words.length <= q + e.quote.length)) q = text.indexOf(e.quote, q + 1);
  if (q < 0) problems.push(`${where}: no occurrence of quote covers words at ${e.at}`);
  if (typeof e.metric !== 'string' || e.metric.trim() === '') problems.push(`${where}: metric missing`);
  if (e.note !== undefined && typeof e.note !== 'string') problems.push(`${where}: note must be a string`);
  if (e.decline !== undefined && e.decline !== true) problems.push(`${where}: decline is written only as true`);
}

function checkTarget(t, where, text, problems) {
  where = `${where} (${t.words})`;
  unknownKeys(t, TARGET_KEYS, where, problems);
  checkSpan(t, where, text, problems);
  if (!TARGET_KINDS.has(t.kind)) problems.push(`${where}: kind ${t.kind} not in ${[...TARGET_KINDS]}`);
  if (!COMPARATORS.has(t.comparator)) problems.push(`${where}: comparator ${t.comparator} not in ${[...COMPARATORS]}`);
  if (t.comparator === 'placeholder') {
    if (t.value !== null || t.max !== null) problems.push(`${where}: a placeholder has value and max null`);
  } else if (!isNumber(t.value)) problems.push(`${where}: value must be a number`);
  if (t.comparator === 'range') {
    if (!isNumber(t.max) || !(t.max > t.value)) problems.push(`${where}: a range needs max > value`);
  } else if (t.max !== null) problems.push(`${where}: max is null unless comparator is range`);
  if (t.unit !== null && (typeof t.unit !== 'string' || t.unit === '')) problems.push(`${where}: unit is a string or null`);
  if (t.year !== null && !isYear(t.year)) problems.push(`${where}: year ${t.year} is not a year or null`);
  if (t.attribute !== undefined && !ATTRIBUTES.has(t.attribute)) problems.push(`${where}: attribute ${t.attribute}`);
  for (const k of ['leads', 'partners']) {
    if (t[k] !== undefined && !(Array.isArray(t[k]) && t[k].every((n) => typeof n === 'string' && n))) {
      problems.push(`${where}: ${k} must be a list of names`);
    }
  }
}

function checkActual(a, where, text, problems) {
  where = `${where} (${a.words})`;
  unknownKeys(a, ACTUAL_KEYS, where, problems);
  checkSpan(a, where, text, problems);
  if (!ACTUAL_KINDS.has(a.kind)) problems.push(`${where}: kind ${a.kind} not in ${[...ACTUAL_KINDS]}`);
  if (!isNumber(a.value)) problems.push(`${where}: value must be a number`);
  if (a.unit !== null && (typeof a.unit !== 'string' || a.unit === '')) problems.push(`${where}: unit is a string or null`);
  if (a.kind === 'rank' && a.unit !== null) problems.push(`${where}: a rank has unit null`);
  if (a.rankScope !== undefined && a.kind !== 'rank') problems.push(`${where}: rankScope only on ranks`);
  if (a.estimate !== undefined && a.estimate !== true) problems.push(`${where}: estimate is written only as true`);
  const p = a.period;
  if (!p || typeof p !== 'object') return problems.push(`${where}: period missing`);
  unknownKeys(p, new Set(['year', 'fromMonth', 'toMonth', 'label']), `${where} period`, problems);
  if (!isYear(p.year)) problems.push(`${where}: period.year ${p.year} is not a year`);
  if (typeof p.label !== 'string' || p.label === '') problems.push(`${where}: period.label missing`);
  if ((p.fromMonth === undefined) !== (p.toMonth === undefined)) problems.push(`${where}: fromMonth and toMonth go together`);
  if (p.fromMonth !== undefined && !(isMonth(p.fromMonth) && isMonth(p.toMonth) && p.fromMonth <= p.toMonth)) {
    problems.push(`${where}: months ${p.fromMonth}..${p.toMonth}`);
  }
}

function describe(e, text) {
  const context = `${text.slice(Math.max(0, e.at - 12), e.at)}【${e.words}】${text.slice(e.at + e.words.length, e.at + e.words.length + 6)}`
    .replace(/\s+/g, ' ');
  const bound = e.comparator === undefined ? '' : e.comparator === 'range' ? `${e.value}..${e.max}` : `${e.comparator} ${e.value}`;
  const role = e.period ? `actual ${e.period.year} ${e.period.label}` : `target ${e.year}`;
  const flags = [e.decline && 'decline', e.estimate && 'estimate', e.attribute, e.rankScope].filter(Boolean).join(' ');
  return `  ${String(e.at).padStart(5)}  ${context}  → ${e.metric} | ${e.kind} ${bound || e.value} ${e.unit ?? ''} | ${role} ${flags}`;
}

// The same number may serve two metrics (工业投资、技改投资增长20%), never the same metric twice.
function duplicates(entries, problems) {
  const seen = new Set();
  for (const e of entries) {
    const key = `${e.at}|${e.words}|${e.metric}|${e.kind}`;
    if (seen.has(key)) problems.push(`duplicate entry: ${e.metric} ${e.words} at ${e.at}`);
    seen.add(key);
  }
}

function unknownKeys(o, allowed, where, problems) {
  for (const k of Object.keys(o)) if (!allowed.has(k)) problems.push(`${where}: unknown field ${k}`);
}
function isNumber(v) {
  return typeof v === 'number' && Number.isFinite(v);
}
function isYear(v) {
  return Number.isInteger(v) && v >= 1990 && v <= 2100;
}
function isMonth(v) {
  return Number.isInteger(v) && v >= 1 && v <= 12;
}
