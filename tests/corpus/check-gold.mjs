#!/usr/bin/env node
// Checks the corpus gold against its texts, with no project code: every `words` sits at `at`,
// every `quote` is text around it, every field is from the allowed sets (README "Gold format").
// It also checks the consistency rules that need no judgement (README "Gold format"): years within
// sources.tsv, the number in `words` against `value`, comparator words, units against kinds, and
// metrics and units free of Traditional characters and transliteration.
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
const TARGET_KEYS = new Set([
  'quote',
  'words',
  'at',
  'metric',
  'kind',
  'comparator',
  'value',
  'max',
  'unit',
  'year',
  'attribute',
  'decline',
  'leads',
  'partners',
  'note',
]);
const ACTUAL_KEYS = new Set(['quote', 'words', 'at', 'metric', 'kind', 'value', 'unit', 'period', 'rankScope', 'decline', 'estimate', 'note']);
const DOC_KEYS = new Set(['id', 'planYear', 'region', 'level', 'notes', 'targets', 'actuals']);
// Plans and their targets are of 1990 or later; a result may be older: the start figure of a rise
// over decades (由1956年的23%提高到…, c169) is dated as written (README, Decisions 15).
const RESULTS_FROM = 1900;
const COUNTING_UNITS = new Set(['户', '家', '个', '项', '人', '人次', '名', '件', '座', '场', '次', '台', '套', '头']);
// Characters that exist only in Traditional writing: a metric or unit holding one was not simplified.
const TRADITIONAL =
  /[國業產發經濟長總億萬開區費價劃設項進動數規質營術與標點鎮們這會實現當為對從說時電場際員達過還樣興兩個學機構體務環節資農傳輸軟應綠雲網稅額據續態圍線記強證讓係貿鏈裝備製計創職內]/;
const TRANSLITERATION = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/i;
const DEBRIS_TAIL = /(\([^)]*\))+$/; // 以內(nèi), 家(jiā): transliteration after the characters
const CN_DIGITS = { 零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_POWERS = { 十: 10, 百: 100, 千: 1000 };
// A numeral in Chinese digits: a 万 inside it only when more digits follow (一萬零二百九十七億元 → 10297 亿元;
// the 万 of 五千万元 belongs to the unit), then a decimal part after 点/點 (五點六七兆元 → 5.67).
const CN_NUMERAL = /^[零〇○一二两兩三四五六七八九十百千]+(?:[万萬][零〇○一二两兩三四五六七八九十百千]+)?(?:[点點][零〇○一二三四五六七八九]+)?/;
const ANY_NUMERAL = new RegExp(`^(?:\\d+(?:\\.\\d+)?|${CN_NUMERAL.source.slice(1)})`);
const SENTENCE_BREAK = /[。；;！？]/; // inside a quote (README: a quote is one sentence, list item or row)
const LEADING_CUE = /^(突破|超过|超|不低于|不少于|不超过|不高于|达到|达|控制在|保持在|稳定在|约|近|至少|提高到|提升至|增至|降至|降到|低于|高于)/;
const SUFFIX_COMPARATORS = [
  [/(及)?以上$/, '>='],
  [/(左右|上下)$/, '~'],
  [/(以下|以内)$/, '<='],
];

const sources = readSources();
const show = process.argv.includes('--show');
const wanted = process.argv.slice(2).filter((a) => a !== '--show');
const goldDir = join(HERE, 'gold');
const files = (existsSync(goldDir) ? readdirSync(goldDir) : [])
  .filter((f) => f.endsWith('.json'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.includes(f.slice(0, -5)));
let errors = 0;
const totals = { targets: 0, actuals: 0 };
for (const file of files) {
  const problems = checkFile(file);
  for (const p of problems) console.error(`${file}: ${p}`);
  errors += problems.length;
}
const missing = [...sources.keys()].filter((id) => !existsSync(join(HERE, 'gold', `${id}.json`)));
console.log(
  `${files.length} gold files, ${totals.targets} targets, ${totals.actuals} actuals; ` + `no gold yet: ${missing.length ? missing.join(' ') : 'none'}`,
);
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
  const years = yearSpan(source.years);
  if (!yearFits(doc.planYear, years)) problems.push(`planYear ${doc.planYear} is outside sources.tsv years ${source.years}`);
  if (!Array.isArray(doc.targets) || !Array.isArray(doc.actuals)) return [...problems, 'targets and actuals must be arrays'];
  doc.targets.forEach((t, i) => checkTarget(t, `target ${i + 1}`, text, problems, years));
  doc.actuals.forEach((a, i) => checkActual(a, `actual ${i + 1}`, text, problems, years));
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
    problems.push(
      `${where}: text at ${e.at} is ${JSON.stringify(found)}, not ${JSON.stringify(e.words)}` +
        (near >= 0 ? ` (first occurrence at ${near})` : ' (not in the text at all)'),
    );
    return;
  }
  if (typeof e.quote !== 'string' || !e.quote.includes(e.words)) return problems.push(`${where}: quote must contain words`);
  let q = text.indexOf(e.quote);
  while (q >= 0 && !(q <= e.at && e.at + e.words.length <= q + e.quote.length)) q = text.indexOf(e.quote, q + 1);
  if (q < 0) problems.push(`${where}: no occurrence of quote covers words at ${e.at}`);
  if (typeof e.metric !== 'string' || e.metric.trim() === '') problems.push(`${where}: metric missing`);
  if (e.note !== undefined && typeof e.note !== 'string') problems.push(`${where}: note must be a string`);
  if (e.decline !== undefined && e.decline !== true) problems.push(`${where}: decline is written only as true`);
  return false;
}

function checkTarget(t, where, text, problems, years) {
  where = `${where} (${t.words})`;
  unknownKeys(t, TARGET_KEYS, where, problems);
  if (checkSpan(t, where, text, problems) === false) checkConsistency(t, where, problems);
  if (!yearFits(t.year, years)) problems.push(`${where}: year ${t.year} is outside sources.tsv years ${years.written}`);
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

function checkActual(a, where, text, problems, years) {
  where = `${where} (${a.words})`;
  unknownKeys(a, ACTUAL_KEYS, where, problems);
  if (checkSpan(a, where, text, problems) === false) checkConsistency(a, where, problems);
  if (years.last !== null && a.period?.year > years.last) {
    problems.push(`${where}: period ${a.period.year} is after the last of sources.tsv years ${years.written}`);
  }
  if (!ACTUAL_KINDS.has(a.kind)) problems.push(`${where}: kind ${a.kind} not in ${[...ACTUAL_KINDS]}`);
  if (!isNumber(a.value)) problems.push(`${where}: value must be a number`);
  if (a.unit !== null && (typeof a.unit !== 'string' || a.unit === '')) problems.push(`${where}: unit is a string or null`);
  if (a.kind === 'rank' && a.unit !== null) problems.push(`${where}: a rank has unit null`);
  if (a.rankScope !== undefined && a.kind !== 'rank') problems.push(`${where}: rankScope only on ranks`);
  if (a.estimate !== undefined && a.estimate !== true) problems.push(`${where}: estimate is written only as true`);
  const p = a.period;
  if (!p || typeof p !== 'object') return problems.push(`${where}: period missing`);
  unknownKeys(p, new Set(['year', 'fromMonth', 'toMonth', 'label']), `${where} period`, problems);
  if (!isYear(p.year, RESULTS_FROM)) problems.push(`${where}: period.year ${p.year} is not a year`);
  if (typeof p.label !== 'string' || p.label === '') problems.push(`${where}: period.label missing`);
  if ((p.fromMonth === undefined) !== (p.toMonth === undefined)) problems.push(`${where}: fromMonth and toMonth go together`);
  if (p.fromMonth !== undefined && !(isMonth(p.fromMonth) && isMonth(p.toMonth) && p.fromMonth <= p.toMonth)) {
    problems.push(`${where}: months ${p.fromMonth}..${p.toMonth}`);
  }
}

function describe(e, text) {
  const context = `${text.slice(Math.max(0, e.at - 12), e.at)}【${e.words}】${text.slice(e.at + e.words.length, e.at + e.words.length + 6)}`.replace(
    /\s+/g,
    ' ',
  );
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
function isYear(v, from = 1990) {
  return Number.isInteger(v) && v >= from && v <= 2100;
}
function isMonth(v) {
  return Number.isInteger(v) && v >= 1 && v <= 12;
}

// ---- consistency rules (README "Gold format": the checks that need no judgement) ----

function checkConsistency(e, where, problems) {
  const isTarget = e.period === undefined;
  checkWrittenNumber(e, where, isTarget, problems);
  if (isTarget && e.comparator !== 'placeholder') checkComparatorWord(e, where, problems);
  checkUnitAndKind(e, where, problems);
  if (SENTENCE_BREAK.test(e.quote.replace(/[。；;！？!?\s]+$/, ''))) problems.push(`${where}: quote runs past a sentence break`);
  for (const k of ['metric', 'unit']) {
    const v = e[k];
    if (typeof v === 'string' && (TRADITIONAL.test(v) || TRANSLITERATION.test(v))) {
      problems.push(`${where}: ${k} ${v} is not simplified or keeps debris`);
    }
  }
}

// The number written in `words` must be `value` (and `max` for a range).
function checkWrittenNumber(e, where, isTarget, problems) {
  if (isTarget && e.comparator === 'placeholder') return;
  if (LEADING_CUE.test(e.words)) problems.push(`${where}: a comparator word before the number belongs in quote, not words`);
  const read = readWords(e.words, e.unit);
  if (read === null) return problems.push(`${where}: no number can be read from words`);
  const close = (a, b) => Math.abs(a - b) <= (read.fraction ? 0.01 : 1e-9 * Math.max(1, Math.abs(b)));
  if (!close(e.value, read.value)) problems.push(`${where}: words say ${read.value}, value is ${e.value}`);
  if (read.unit && e.unit !== read.unit) problems.push(`${where}: the words give unit ${read.unit}, not ${e.unit}`);
  if (isTarget && e.comparator === 'range') {
    if (read.max === undefined) problems.push(`${where}: a range needs two numbers in words`);
    else if (!close(e.max, read.max)) problems.push(`${where}: words say max ${read.max}, max is ${e.max}`);
  } else if (isTarget && read.max !== undefined) problems.push(`${where}: two numbers in words make a range`);
  if (e.value < 0 && !read.minus) problems.push(`${where}: a negative value is written with a minus sign`);
  if (e.decline && !(e.value > 0)) problems.push(`${where}: decline goes with a positive value`);
  if (read.minus && e.decline) problems.push(`${where}: a written minus sign takes no decline`);
}

// { value, max?, minus, fraction } from words, or null when the words hold no number we can read.
function readWords(words, unit) {
  const w = words
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(new RegExp(TRANSLITERATION.source, 'gi'), '') // debris inside a number: 一萬(wàn)零二百九十七億元
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1'); // a thousands separator (2,000億元)
  const rank = /^第(.+?)(位|名)?$/.exec(w);
  if (rank) return { value: /^\d+$/.test(rank[1]) ? Number(rank[1]) : chineseNumber(rank[1]) };
  const perMille = readPerHundredOrThousand(w);
  if (perMille) return perMille;
  const fraction = /^([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)/.exec(w);
  if (fraction) return { value: percentOf(chineseNumber(fraction[2]), chineseNumber(fraction[1])), fraction: true, unit: '%' };
  // A fraction in digits is a fraction as one in words is: 全国1/4 → 25 % (README "Decisions", 6).
  const digitFraction = /^(\d+)\/(\d+)(?![\d.])/.exec(w);
  if (digitFraction) return { value: percentOf(Number(digitFraction[1]), Number(digitFraction[2])), fraction: true, unit: '%' };
  // 六成 and 近4成 are tenths: 60 %, 40 % (README "Decisions", 6 and 15: a share written in tenths).
  const tenths = /^([一二三四五六七八九十]+|\d+(?:\.\d+)?)成/.exec(w);
  if (tenths) return { value: numeralValue(tenths[1]) * 10, fraction: true, unit: '%' };
  if (/^一半/.test(w)) return { value: 50, fraction: true }; // 一半 is one half: 50 % (README "Decisions", 6 and 18)
  if (/^半数/.test(w)) return { value: 50, fraction: true }; // 半数以上 is more than half: 50 % (README "Decisions", 34)
  const arabic = /^(-)?(\d+(?:\.\d+)?)(?:[-—~～至到](\d+(?:\.\d+)?))?/.exec(w.replace(/%(?=[-—~～至到])/, ''));
  if (arabic) {
    const scale = multiplier(w.slice(arabic[0].length), unit);
    const value = Number(arabic[2]) * scale;
    return { value: arabic[1] ? -value : value, max: arabic[3] === undefined ? undefined : Number(arabic[3]) * scale, minus: !!arabic[1] };
  }
  const chinese = CN_NUMERAL.exec(w);
  if (chinese) return { value: numeralValue(chinese[0]) * multiplier(w.slice(chinese[0].length), unit) };
  if (/^(万|萬|亿|億)/.test(w)) return { value: 1 }; // 突破万亿元: the multiplier starts the unit
  return null;
}

// 百分之十 is 10 % and 千分之四点五 is 4.5 ‰ (README "Decisions", 6): the number after 百分之/千分之 is the
// value in that unit, not a multiple of 百/千; a second number after 至/到 (百分之五至百分之六) is a range's max.
function readPerHundredOrThousand(w) {
  const head = /^([百千])分之/.exec(w);
  if (!head) return null;
  const first = ANY_NUMERAL.exec(w.slice(head[0].length));
  if (!first) return null;
  const rest = w.slice(head[0].length + first[0].length);
  const to = /^[-—~～至到](?:[百千]分之)?/.exec(rest);
  const second = to ? ANY_NUMERAL.exec(rest.slice(to[0].length)) : null;
  const read = { value: numeralValue(first[0]), unit: head[1] === '百' ? '%' : '‰' };
  if (second) read.max = numeralValue(second[0]);
  return read;
}

// Digits (4.5) or a Chinese numeral with its decimals (四点五, 一万零二百九十七) as a number.
function numeralValue(s) {
  if (/^\d/.test(s)) return Number(s);
  const [whole, decimals] = s.split(/[点點]/);
  const [high, low] = whole.split(/[万萬]/);
  const integer = low === undefined ? chineseNumber(high) : chineseNumber(high) * 1e4 + chineseNumber(low);
  if (decimals === undefined) return integer;
  return Number(`${integer}.${[...decimals].map((c) => CN_DIGITS[c]).join('')}`);
}

function percentOf(part, whole) {
  return Math.round((part / whole) * 10000) / 100;
}

// A 万/亿 right after the number goes into the value only before a counting unit (1100萬人 → 11000000 人);
// a 多/余 between them is read past (170多万户 → 1700000 户, README "Decisions", 17).
function multiplier(rest, unit) {
  if (!COUNTING_UNITS.has(unit)) return 1;
  if (/^(多|余)?(万|萬)/.test(rest)) return 1e4;
  if (/^(多|余)?(亿|億)/.test(rest)) return 1e8;
  return 1;
}

function chineseNumber(s) {
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in CN_DIGITS) digit = CN_DIGITS[c];
    else if (c in CN_POWERS) {
      total += (digit || 1) * CN_POWERS[c];
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}

// A comparator word written after the number decides the comparator (README "Comparators").
function checkComparatorWord(t, where, problems) {
  const w = t.words.replace(DEBRIS_TAIL, '').replace('內', '内');
  for (const [re, comparator] of SUFFIX_COMPARATORS) {
    if (re.test(w) && t.comparator !== comparator) problems.push(`${where}: written ${re.exec(w)[0]} gives ${comparator}, not ${t.comparator}`);
  }
  if (/\d(多|余)|(万|萬|亿|億)(多|余)/.test(w) && t.comparator !== '>') problems.push(`${where}: 多/余 after the number gives >`);
}

function checkUnitAndKind(e, where, problems) {
  const w = e.words;
  if (/[%％]/.test(w) && e.unit !== '%') problems.push(`${where}: % in words gives unit %, not ${e.unit}`);
  if (/百分[点點]/.test(w) && e.unit !== '百分点') problems.push(`${where}: 百分点 in words gives unit 百分点`);
  if (e.unit === '%' && !['growth', 'share'].includes(e.kind)) problems.push(`${where}: a % unit goes with growth or share, not ${e.kind}`);
  if (e.unit === '百分点' && e.kind !== 'share') problems.push(`${where}: a 百分点 unit goes with share, not ${e.kind}`);
  // A rate per head of population (每万人…4.68件) is written in a counting unit but need not be whole.
  const perPopulation = /(?:每|万人|百人|千人|人均)/.test(e.metric ?? '');
  if (COUNTING_UNITS.has(e.unit) && e.value !== null && !Number.isInteger(e.value) && !perPopulation) {
    problems.push(`${where}: a count in ${e.unit} is a whole number (万/亿 go into the value)`);
  }
  if (e.kind === 'rank') {
    if (!(Number.isInteger(e.value) && e.value > 0)) problems.push(`${where}: a rank is a positive whole number`);
    if (typeof e.rankScope !== 'string' || e.rankScope === '') problems.push(`${where}: a rank needs its rankScope`);
  }
}

// sources.tsv years: "2023", "2020-2025", "2015-2020;2021-2025" or "unknown".
function yearSpan(written) {
  const all = written === 'unknown' ? [] : written.split(/[;-]/).map(Number);
  return { written, first: all.length ? Math.min(...all) : null, last: all.length ? Math.max(...all) : null };
}
function yearFits(year, span) {
  if (span.first === null) return year === null;
  return isYear(year) && year >= span.first && year <= span.last;
}
