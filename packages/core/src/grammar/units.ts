/**
 * Units as plan documents write them, each with the dimension it measures and the factor that
 * scales it to that dimension's base unit. Two values compare only inside one dimension, so
 * 8000000万元 meets 800亿元 while 20% never silently meets 20个百分点.
 *
 * Decision on enterprises: 户 and 家 are both the classifier for enterprises (规上工业企业150户 /
 * 25家) and documents switch between them for the same metric, so they share the `enterprise`
 * dimension. 个 is generic (projects, centres, parks…): its own `item` dimension.
 */
import type { UnitInfo } from '../model.ts';

interface UnitDef {
  dimension: string;
  factor: number;
}

/** The unit table. Keys are the units as written; add new ones here, not in the parser. */
export const UNITS: Readonly<Record<string, UnitDef>> = {
  // rates
  '%': { dimension: 'percent', factor: 1 },
  百分点: { dimension: 'percentage-point', factor: 1 },
  // per mille: a bulletin's birth, death and natural growth rates (出生率6.17‰)
  '‰': { dimension: 'permille', factor: 1 },
  倍: { dimension: 'times', factor: 1 },
  // enterprises and generic counts
  户: { dimension: 'enterprise', factor: 1 },
  家: { dimension: 'enterprise', factor: 1 },
  个: { dimension: 'item', factor: 1 },
  项: { dimension: 'project', factor: 1 },
  台: { dimension: 'machine', factor: 1 },
  台套: { dimension: 'machine-set', factor: 1 },
  套: { dimension: 'machine-set', factor: 1 },
  辆: { dimension: 'vehicle', factor: 1 },
  万辆: { dimension: 'vehicle', factor: 1e4 },
  辆次: { dimension: 'vehicle-time', factor: 1 },
  // visits counted as 人次 counts people: ships calling (接待邮轮100艘次), enterprises inspected (检查企业6352家次)
  艘次: { dimension: 'ship-time', factor: 1 },
  // flights and runs counted as visits are (保障起降2万架次, 开行客运班车120班次)
  架次: { dimension: 'flight-time', factor: 1 },
  万架次: { dimension: 'flight-time', factor: 1e4 },
  班次: { dimension: 'run-time', factor: 1 },
  // ships, and things counted by 架 — aircraft, drones, a data centre's racks (新购渔船5艘, 引进无人机8架, 标准机架2万架)
  艘: { dimension: 'ship', factor: 1 },
  架: { dimension: 'frame', factor: 1 },
  家次: { dimension: 'enterprise-time', factor: 1 },
  万辆次: { dimension: 'vehicle-time', factor: 1e4 },
  // containers through a port: 集装箱吞吐量2800万标准箱 (TEU)
  标准箱: { dimension: 'container', factor: 1 },
  万标准箱: { dimension: 'container', factor: 1e4 },
  // 标箱, its everyday short form (福州港集装箱吞吐量突破800万标箱)
  标箱: { dimension: 'container', factor: 1 },
  万标箱: { dimension: 'container', factor: 1e4 },
  TEU: { dimension: 'container', factor: 1 },
  万TEU: { dimension: 'container', factor: 1e4 },
  场: { dimension: 'event', factor: 1 },
  场次: { dimension: 'event', factor: 1 },
  次: { dimension: 'event', factor: 1 },
  期: { dimension: 'session', factor: 1 },
  名: { dimension: 'person', factor: 1 },
  人: { dimension: 'person', factor: 1 },
  万人: { dimension: 'person', factor: 1e4 },
  人次: { dimension: 'person-time', factor: 1 },
  万人次: { dimension: 'person-time', factor: 1e4 },
  件: { dimension: 'piece', factor: 1 },
  // 宗 counts projects and cases as 项 does (承接转移项目70宗), in Guangdong's usage above all.
  宗: { dimension: 'project', factor: 1 },
  头: { dimension: 'head', factor: 1 },
  // wells: 勘探开发井超过100口, 新打机井200眼
  口: { dimension: 'well', factor: 1 },
  眼: { dimension: 'well', factor: 1 },
  万头: { dimension: 'head', factor: 1e4 },
  // 只 counts sheep, goats and poultry as 头 counts cattle and pigs (存栏300万只).
  只: { dimension: 'head', factor: 1 },
  万只: { dimension: 'head', factor: 1e4 },
  // plants and seedlings (义务植树500万株, 繁育种苗300万株): counted as heads are, their 万 kept in the unit
  株: { dimension: 'plant', factor: 1 },
  万株: { dimension: 'plant', factor: 1e4 },
  亿株: { dimension: 'plant', factor: 1e8 },
  // 棵 is 株 as a news writer counts trees (义务植树10万棵)
  棵: { dimension: 'plant', factor: 1 },
  万棵: { dimension: 'plant', factor: 1e4 },
  // copies handed out or filled in (发放健康包2万份, 调查问卷800份); not 份额 (the scanner), nor 一份 (an article)
  份: { dimension: 'copy', factor: 1 },
  万份: { dimension: 'copy', factor: 1e4 },
  // certificates and books (取得资质证书6本, 图书5000本); not 本地, 本科, 本级… (the scanner)
  本: { dimension: 'book', factor: 1 },
  万本: { dimension: 'book', factor: 1e4 },
  // 头只: cattle and sheep counted together (牲畜总头数1.29亿头只, 完成牛羊育肥360.2万头只)
  头只: { dimension: 'head', factor: 1 },
  万头只: { dimension: 'head', factor: 1e4 },
  // 头只匹: a pastoral county's herds, cattle, sheep and horses together (存栏各类牲畜19.03万头只匹)
  头只匹: { dimension: 'head', factor: 1 },
  万头只匹: { dimension: 'head', factor: 1e4 },
  // horses and donkeys are counted in 匹, poultry in 羽 (马驴骡发展到2.2万匹, 家禽196.8万羽); the 万 stays in the unit as in
  // 万头 (not 匹配, 羽毛, 羽绒: the scanner)
  匹: { dimension: 'head', factor: 1 },
  万匹: { dimension: 'head', factor: 1e4 },
  羽: { dimension: 'head', factor: 1 },
  万羽: { dimension: 'head', factor: 1e4 },
  // fish fry released or raised (增殖放流鱼苗100万尾), counted as heads are
  尾: { dimension: 'head', factor: 1 },
  万尾: { dimension: 'head', factor: 1e4 },
  亿尾: { dimension: 'head', factor: 1e8 },
  // trains run (中欧班列累计开行突破3.6万列); not 列入, 列为, 列车 (the scanner)
  列: { dimension: 'train', factor: 1 },
  万列: { dimension: 'train', factor: 1e4 },
  // 班列 is the train counted by its own name (海铁联运突破1万班列)
  班列: { dimension: 'train', factor: 1 },
  万班列: { dimension: 'train', factor: 1e4 },
  // satellites launched (发射卫星137颗); not 颗粒 (the scanner)
  颗: { dimension: 'satellite', factor: 1 },
  座: { dimension: 'building', factor: 1 },
  // buildings are also counted by 幢 and 栋 (亿元楼宇12幢)
  幢: { dimension: 'building', factor: 1 },
  栋: { dimension: 'building', factor: 1 },
  // places and sites worked on (整治事故易发多发点80处, 建设口袋公园20处, 新建提升20处街旁游园); the scanner leaves 处理, 处于… alone
  处: { dimension: 'site', factor: 1 },
  // plots of land and fields worked on (完成空闲地块整治108块, 整理100块高标准农田): counted as sites are
  块: { dimension: 'plot', factor: 1 },
  岁: { dimension: 'age', factor: 1 },
  // A length of time in years (平均受教育年限11.7年); the scanner reads 年 as this unit only after 年限.
  年: { dimension: 'duration-years', factor: 1 },
  人年: { dimension: 'person-year', factor: 1 },
  款: { dimension: 'product-model', factor: 1 },
  // schools and hospitals (新建中小学10所), beds (养老床位500张), lines built or opened (生产线30条,
  // 地铁线路三条). 条 also counts a plan's own lines of work (10条产业链, 1条“主线”, 18条措施): the
  // scanner and the grammar's document parts leave those out.
  所: { dimension: 'institution', factor: 1 },
  // pairs: sister cities (国际友城208对), paired-assistance pairs (结对帮扶50对); not 一对一, 对接, 对外 (the scanner)
  对: { dimension: 'pair', factor: 1 },
  张: { dimension: 'bed', factor: 1 },
  条: { dimension: 'line', factor: 1 },
  // lifts, phones and vehicles of a kind (加装电梯40部); not 3部门, 部署, 部委 (the scanner)
  部: { dimension: 'machine', factor: 1 },
  // kinds and varieties (中医适宜技术20种, 新品种10种); not 种植, 种养, 种业 (the scanner)
  种: { dimension: 'variety', factor: 1 },
  // money (base: 元)
  元: { dimension: 'money', factor: 1 },
  万元: { dimension: 'money', factor: 1e4 },
  亿元: { dimension: 'money', factor: 1e8 },
  万亿元: { dimension: 'money', factor: 1e12 },
  // Taiwan and Hong Kong reposts write 万亿 as 兆 (30兆元, 1.4兆斤); the mainland's 兆 is mega (兆瓦).
  兆元: { dimension: 'money', factor: 1e12 },
  // foreign currency: its own dimension (no exchange rate in a plan)
  美元: { dimension: 'money-usd', factor: 1 },
  万美元: { dimension: 'money-usd', factor: 1e4 },
  亿美元: { dimension: 'money-usd', factor: 1e8 },
  万亿美元: { dimension: 'money-usd', factor: 1e12 },
  // mass (base: 吨)
  吨: { dimension: 'mass', factor: 1 },
  万吨: { dimension: 'mass', factor: 1e4 },
  亿吨: { dimension: 'mass', factor: 1e8 },
  吨标准煤: { dimension: 'energy-coal', factor: 1 },
  // 吨标煤, the short form (万元生产总值能耗1.7吨标煤)
  吨标煤: { dimension: 'energy-coal', factor: 1 },
  万吨标煤: { dimension: 'energy-coal', factor: 1e4 },
  万吨标准煤: { dimension: 'energy-coal', factor: 1e4 },
  亿吨标准煤: { dimension: 'energy-coal', factor: 1e8 },
  // grain is counted in 斤 (half a kilogram)
  斤: { dimension: 'mass', factor: 0.0005 },
  万斤: { dimension: 'mass', factor: 5 },
  亿斤: { dimension: 'mass', factor: 5e4 },
  万亿斤: { dimension: 'mass', factor: 5e8 },
  兆斤: { dimension: 'mass', factor: 5e8 },
  // tobacco leaf and tea are counted in 担 (fifty kilograms)
  担: { dimension: 'mass', factor: 0.05 },
  万担: { dimension: 'mass', factor: 500 },
  微克: { dimension: 'mass', factor: 1e-12 },
  // air quality is written in Latin units as often as in words (PM2.5浓度低于35μg/m3)
  μg: { dimension: 'mass', factor: 1e-12 },
  mg: { dimension: 'mass', factor: 1e-9 },
  公斤: { dimension: 'mass', factor: 0.001 },
  千克: { dimension: 'mass', factor: 0.001 },
  // volume (base: 立方米)
  立方米: { dimension: 'volume', factor: 1 },
  万立方米: { dimension: 'volume', factor: 1e4 },
  亿立方米: { dimension: 'volume', factor: 1e8 },
  m3: { dimension: 'volume', factor: 1 },
  'm³': { dimension: 'volume', factor: 1 },
  // 方 is the everyday 立方米 (天然气产量350亿方); only with 万/亿, as a bare 方 begins 方面, 方案
  万方: { dimension: 'volume', factor: 1e4 },
  亿方: { dimension: 'volume', factor: 1e8 },
  // area (base: 平方米)
  平方米: { dimension: 'area', factor: 1 },
  万平方米: { dimension: 'area', factor: 1e4 },
  // national plans count floor and heating area in 亿平方米 (清洁取暖面积15亿平方米): the 亿 stays in the unit, as 万 does
  亿平方米: { dimension: 'area', factor: 1e8 },
  平方公里: { dimension: 'area', factor: 1e6 },
  // 平方千米, the land plans' name for 平方公里 (生态保护红线面积不低于150.89平方千米), and the one-character ㎡
  平方千米: { dimension: 'area', factor: 1e6 },
  '㎡': { dimension: 'area', factor: 1 },
  亩: { dimension: 'area', factor: 10000 / 15 },
  万亩: { dimension: 'area', factor: 1e4 * (10000 / 15) },
  亿亩: { dimension: 'area', factor: 1e8 * (10000 / 15) },
  公顷: { dimension: 'area', factor: 1e4 },
  // statistics bulletins give sown areas in 千公顷 (粮食种植面积4773.4千公顷): the 千 stays with the unit, as 万 does in 万亩
  千公顷: { dimension: 'area', factor: 1e7 },
  万公顷: { dimension: 'area', factor: 1e8 },
  // power and energy (base: 瓦, 千瓦时)
  千瓦: { dimension: 'power', factor: 1e3 },
  万千瓦: { dimension: 'power', factor: 1e7 },
  兆瓦: { dimension: 'power', factor: 1e6 },
  吉瓦: { dimension: 'power', factor: 1e9 },
  亿千瓦: { dimension: 'power', factor: 1e11 },
  // Latin power and energy units as industry news writes them (单晶拉棒产能达到96GW, 电池产能达35GWh, 新增光伏40MW)
  GW: { dimension: 'power', factor: 1e9 },
  MW: { dimension: 'power', factor: 1e6 },
  kW: { dimension: 'power', factor: 1e3 },
  GWh: { dimension: 'energy', factor: 1e6 },
  // 吉瓦时, the same in words (锂电池总产量1170吉瓦时)
  吉瓦时: { dimension: 'energy', factor: 1e6 },
  MWh: { dimension: 'energy', factor: 1e3 },
  kWh: { dimension: 'energy', factor: 1 },
  千瓦时: { dimension: 'energy', factor: 1 },
  万千瓦时: { dimension: 'energy', factor: 1e4 },
  亿千瓦时: { dimension: 'energy', factor: 1e8 },
  // 度 is the everyday name of a 千瓦时 (年发电量达60亿度以上); only with 万/亿, so a bare 度 (温度, 年度) is no unit.
  万度: { dimension: 'energy', factor: 1e4 },
  亿度: { dimension: 'energy', factor: 1e8 },
  // computing power (base: PFLOPS, 1e15 operations a second): 算力规模达到9.4万P, 智算10EFLOPS
  PFLOPS: { dimension: 'compute', factor: 1 },
  PFlops: { dimension: 'compute', factor: 1 },
  EFLOPS: { dimension: 'compute', factor: 1e3 },
  EFlops: { dimension: 'compute', factor: 1e3 },
  万P: { dimension: 'compute', factor: 1e4 },
  // bandwidth (base: 比特每秒): 出口带宽达到10太比特每秒(Tbps)以上
  太比特每秒: { dimension: 'bandwidth', factor: 1e12 },
  吉比特每秒: { dimension: 'bandwidth', factor: 1e9 },
  Tbps: { dimension: 'bandwidth', factor: 1e12 },
  Gbps: { dimension: 'bandwidth', factor: 1e9 },
  // length
  公里: { dimension: 'length', factor: 1e3 },
  // road and pipe laid in tens of thousands of km (新改建普通公路1万公里): the 万 stays in the unit, as in 万亩
  万公里: { dimension: 'length', factor: 1e7 },
  千米: { dimension: 'length', factor: 1e3 },
  米: { dimension: 'length', factor: 1 },
  // 延米: metres of a channel, wall or pipe laid along its length (修建水渠5000延米)
  延米: { dimension: 'length', factor: 1 },
  // a works sheet's metres in Latin (修复护栏195m), as its ㎡ are
  m: { dimension: 'length', factor: 1 },
  // density of a network: length per area (铁路网密度达到507公里/万平方公里, 高速公路密度5公里/百平方公里)
  '公里/万平方公里': { dimension: 'length/area', factor: 1 },
  '公里/百平方公里': { dimension: 'length/area', factor: 100 },
  // coal burnt per unit of power sent out (火电平均供电煤耗300克标煤/千瓦时)
  '克标煤/千瓦时': { dimension: 'coal/energy', factor: 1 },
  '克标准煤/千瓦时': { dimension: 'coal/energy', factor: 1 },
};

/** Longest unit first, so 万平方米 wins over 万 and 人次 over 人. */
export const UNITS_BY_LENGTH: readonly string[] = /* @__PURE__ */ Object.keys(UNITS).sort((a, b) => b.length - a.length);

/**
 * The same units grouped by their first character (longest first), for one-lookup matching.
 * Built on first use, so a bundle that only needs unitInfo (the target gauge) leaves it out.
 */
// Keyed by character code: a lookup per scanned position then builds no one-character string.
let unitsByFirst: Map<number, string[]> | undefined;

function unitsStartingWith(first: number): string[] | undefined {
  if (!unitsByFirst) {
    unitsByFirst = new Map();
    for (const unit of UNITS_BY_LENGTH) {
      const list = unitsByFirst.get(unit.charCodeAt(0)) ?? [];
      list.push(unit);
      unitsByFirst.set(unit.charCodeAt(0), list);
    }
  }
  return unitsByFirst.get(first);
}

/**
 * A multiplier followed by the currency's name instead of 元, as Hong Kong and Taiwan reposts write a sum
 * (5兆人民币, 300亿人民币, and Hong Kong's short name 人币: 11万亿人币): the money unit of that multiplier (兆元, 亿元). Not
 * 人民币 after 元 (3500亿元人民币: 元 ends the unit).
 */
export const MULTIPLIER_THEN_CURRENCY = /^(万亿|亿|万|兆)人民?币/;

/** The longest unit of the table written at `pos`, or null. */
export function unitStartingAt(text: string, pos: number): string | null {
  const candidates = unitsStartingWith(text.charCodeAt(pos));
  if (!candidates) return null;
  for (const unit of candidates) if (text.startsWith(unit, pos)) return unit;
  return null;
}

/** Measures of size whose 万/亿 stays in the unit (5万吨, 3亿平方米), unlike a count's, which goes into its value. */
// Plants (万株) and copies (万份) keep their 万 too: they are not among the counting units whose 万 goes into the value
// (户 家 个 项 人 人次 名 件 座 场 次 台 套 头, the corpus conventions), so 12万余株 is 12 万株 as 12万株 is.
const SIZE_SCALED = new Set(['mass', 'area', 'energy', 'energy-coal', 'power', 'length', 'volume', 'money', 'plant', 'copy']);

/** Whether a unit written with its 万/亿 keeps them (万元, 万亩, 亿吨) rather than a count's, whose 万 goes into the value (万人次). */
export function keepsMultiplier(unit: string): boolean {
  return SIZE_SCALED.has(UNITS[unit]?.dimension ?? '');
}

/**
 * 7亿多吨, 3万余亩: a 万 or 亿 written before 多/余 starts the size unit written after it, as in 7亿吨 (the 多 only says
 * "more than"). The unit (亿吨) and how many characters it spans with the 多, or null — also for a count's unit (1亿多人:
 * its 亿 goes into the value, as 280多万户's does).
 */
export function unitAcrossMore(text: string, pos: number): { unit: string; length: number } | null {
  const multiplier = text[pos];
  if ((multiplier !== '万' && multiplier !== '亿') || (text[pos + 1] !== '多' && text[pos + 1] !== '余')) return null;
  const unit = unitStartingAt(multiplier + text.slice(pos + 2, pos + 12), 0);
  if (unit === null || unit.length < 2 || !SIZE_SCALED.has(UNITS[unit]?.dimension ?? '')) return null;
  return { unit, length: unit.length + 1 };
}

/**
 * 入托率提高1.2个百, 甘蔗种植面积11.67千公, 能耗降至0.7吨标: the first characters of a unit where the text breaks off (an
 * excerpt cut inside the word, or a line broken there) — the unit they can only start (the shortest of one dimension), or
 * null when they are a whole unit, one character, or could start units of two dimensions.
 */
export function unitCutOff(rest: string): string | null {
  if (rest.length < 2 || rest.length > 4 || Object.hasOwn(UNITS, rest)) return null;
  if ('个百分点'.startsWith(rest)) return '百分点';
  // (Only the units of its first character, longest first as UNITS_BY_LENGTH: the same list, without reading every unit.)
  const started = (unitsStartingWith(rest.charCodeAt(0)) ?? []).filter((unit) => unit.length > rest.length && unit.startsWith(rest));
  if (started.length === 0 || new Set(started.map((unit) => UNITS[unit]!.dimension)).size !== 1) return null;
  return started[started.length - 1]!;
}

/** Alternative spellings mapped to the table's key: full-width percent, "个百分点". */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  '％': '%',
  个百分点: '百分点',
  '台(套)': '台套',
  '台（套）': '台套',
};

/** Canonical table key for a unit as written (aliases resolved, surrounding space dropped). */
export function canonicalUnit(unit: string): string {
  const trimmed = unit.trim();
  return UNIT_ALIASES[trimmed] ?? trimmed;
}

/**
 * What a written unit measures. Unknown units keep their own dimension `unit:<as written>` with
 * factor 1, so they compare only with themselves. An empty unit is a bare number.
 */
/** The table's units that are already their own canonical key (no alias, no spaces, no ／). */
const CANONICAL_UNITS = new Map(Object.entries(UNITS).filter(([key]) => key === key.trim() && !(key in UNIT_ALIASES) && !key.includes('／')));

export function unitInfo(unit: string): UnitInfo {
  // Most calls name a unit of the table as it is: one Map read (the grammar asks several times per number).
  const known = typeof unit === 'string' ? CANONICAL_UNITS.get(unit) : undefined;
  if (known) return { unit, dimension: known.dimension, factor: known.factor };
  const key = canonicalUnit(String(unit ?? '')).replace('／', '/');
  const def = UNITS[key];
  if (def) return { unit: key, dimension: def.dimension, factor: def.factor };
  if (key === '') return { unit: '', dimension: 'number', factor: 1 };
  // A rate unit such as 万元/亩 or 千瓦时/万元: the quotient of two known units.
  const slash = key.indexOf('/');
  if (slash > 0 && slash === key.lastIndexOf('/')) {
    const top = UNITS[key.slice(0, slash)];
    const bottom = UNITS[key.slice(slash + 1)];
    if (top && bottom) return { unit: key, dimension: `${top.dimension}/${bottom.dimension}`, factor: top.factor / bottom.factor };
  }
  return { unit: key, dimension: `unit:${key}`, factor: 1 };
}

/** True when values in these two units can be compared (same dimension). */
export function comparableUnits(a: UnitInfo, b: UnitInfo): boolean {
  return a.dimension === b.dimension;
}

/** The value expressed in its dimension's base unit: 800 亿元 → 8e10 (元). */
export function toBase(value: number, unit: UnitInfo): number {
  return value * unit.factor;
}

/** Convert a value from one unit to another of the same dimension; null when not comparable. */
export function convert(value: number, from: UnitInfo, to: UnitInfo): number | null {
  if (!comparableUnits(from, to) || to.factor === 0) return null;
  return (value * from.factor) / to.factor;
}

/**
 * Compare two quantities across units of one dimension: negative when a < b, 0 when equal
 * (within a relative 1e-9, so 8000000万元 equals 800亿元 despite floating point), positive when
 * a > b; null when the dimensions differ.
 */
export function compareQuantities(a: number, ua: UnitInfo, b: number, ub: UnitInfo): number | null {
  if (!comparableUnits(ua, ub)) return null;
  const x = toBase(a, ua);
  const y = toBase(b, ub);
  const scale = Math.max(Math.abs(x), Math.abs(y), 1);
  if (Math.abs(x - y) <= scale * 1e-9) return 0;
  return x < y ? -1 : 1;
}
