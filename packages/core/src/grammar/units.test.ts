import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';
import { canonicalUnit, comparableUnits, compareQuantities, convert, toBase, unitInfo, UNITS } from './units.ts';

describe('unitInfo', () => {
  it.each([
    ['亿元', 'money', 1e8],
    ['万元', 'money', 1e4],
    ['元', 'money', 1],
    ['%', 'percent', 1],
    ['％', 'percent', 1],
    ['百分点', 'percentage-point', 1],
    ['个百分点', 'percentage-point', 1],
    ['户', 'enterprise', 1],
    ['家', 'enterprise', 1],
    ['个', 'item', 1],
    ['万吨', 'mass', 1e4],
    ['万标箱', 'container', 1e4],
    ['标箱', 'container', 1],
    ['万平方米', 'area', 1e4],
    ['亿亩', 'area', 1e8 * (10000 / 15)],
    ['万只', 'head', 1e4],
    ['平方公里', 'area', 1e6],
    ['人次', 'person-time', 1],
    ['宗', 'project', 1],
    ['万人', 'person', 1e4],
    ['万千瓦时', 'energy', 1e4],
    ['兆瓦', 'power', 1e6],
    ['千瓦', 'power', 1e3],
    ['亿方', 'volume', 1e8],
    ['万方', 'volume', 1e4],
    ['公斤', 'mass', 0.001],
    ['千克', 'mass', 0.001],
    ['幢', 'building', 1],
    ['栋', 'building', 1],
  ])('%s → %s × %d', (unit, dimension, factor) => {
    expect(unitInfo(unit)).toMatchObject({ dimension, factor });
  });

  it('keeps the unit as written, canonicalised only for aliases', () => {
    expect(unitInfo('亿元').unit).toBe('亿元');
    expect(unitInfo('％').unit).toBe('%');
    expect(unitInfo('个百分点').unit).toBe('百分点');
    expect(canonicalUnit(' 台（套） ')).toBe('台套');
  });

  it('reads 万度/亿度 as electricity and 口/眼 as wells, only in a figure', () => {
    const read = (text: string) => readStatements(text, { year: 2027 }).map((s) => `${s.metric} ${s.comparator} ${s.value} ${s.unit}`);
    expect(read('到2027年，全县年发电量达到35亿度以上')).toEqual(['年发电量 >= 35 亿度']);
    expect(read('到2027年，新建天然气开发井超过80口')).toHaveLength(1);
    expect(read('今年新打抗旱机井120眼')).toHaveLength(1);
    expect(unitInfo('亿度')).toMatchObject({ dimension: 'energy', factor: 1e8 });
    // Not units: 年度, a temperature, 人口 before its figure, a bare 度.
    expect(read('2027年度全县完成投资目标')).toEqual([]);
    expect(read('到2027年，全县常住人口达到50万人')).toEqual(['常住人口 >= 50 万人']);
    expect(read('全年平均气温为16度')).toHaveLength(0);
  });

  it('counts projects in 宗 as in 项, never as generic 个', () => {
    expect(comparableUnits(unitInfo('宗'), unitInfo('项'))).toBe(true);
    expect(comparableUnits(unitInfo('宗'), unitInfo('个'))).toBe(false);
  });

  it('gives unknown units their own dimension', () => {
    expect(unitInfo('枚')).toEqual({ unit: '枚', dimension: 'unit:枚', factor: 1 });
    expect(unitInfo('')).toEqual({ unit: '', dimension: 'number', factor: 1 });
    expect(comparableUnits(unitInfo('枚'), unitInfo('个'))).toBe(false);
  });

  it('every table entry has a positive factor', () => {
    for (const [unit, def] of Object.entries(UNITS)) expect(def.factor, unit).toBeGreaterThan(0);
  });
});

describe('comparing quantities across units', () => {
  it('30万担 is 15000 吨 (a 担 is fifty kilograms)', () => {
    expect(compareQuantities(30, unitInfo('万担'), 15000, unitInfo('吨'))).toBe(0);
  });

  it('8000000万元 equals 800亿元', () => {
    expect(toBase(8000000, unitInfo('万元'))).toBe(toBase(800, unitInfo('亿元')));
    expect(compareQuantities(8000000, unitInfo('万元'), 800, unitInfo('亿元'))).toBe(0);
    expect(compareQuantities(170, unitInfo('亿元'), 2000000, unitInfo('万元'))).toBe(-1);
    expect(convert(1.5, unitInfo('亿元'), unitInfo('万元'))).toBe(15000);
  });

  it('% never meets 百分点; 户 meets 家', () => {
    expect(comparableUnits(unitInfo('%'), unitInfo('百分点'))).toBe(false);
    expect(compareQuantities(20, unitInfo('%'), 20, unitInfo('百分点'))).toBeNull();
    expect(convert(2, unitInfo('%'), unitInfo('百分点'))).toBeNull();
    expect(compareQuantities(25, unitInfo('户'), 25, unitInfo('家'))).toBe(0);
  });

  it('rate units are quotients of two known units', () => {
    expect(unitInfo('万元/亩')).toMatchObject({ dimension: 'money/area', factor: 15 });
    expect(unitInfo('万元／人')).toMatchObject({ unit: '万元/人', dimension: 'money/person', factor: 1e4 });
    expect(compareQuantities(25, unitInfo('万元/亩'), 250000, unitInfo('元/亩'))).toBe(0);
    // 年 is a unit of time (受教育年限11.7年): 万元/年 is money per year.
    expect(unitInfo('万元/年').dimension).toBe('money/duration-years');
    expect(unitInfo('万元/季').dimension).toBe('unit:万元/季');
  });

  it('counts schools in 所 and beds in 张, each its own dimension', () => {
    expect(unitInfo('所').dimension).toBe('institution');
    expect(comparableUnits(unitInfo('张'), unitInfo('个'))).toBe(false);
  });

  it('reads no 所 that opens a word (所需, 所得, 所属) as schools counted', () => {
    const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.value}${s.unit}`);
    expect(read('完成投资500万所需资金由财政保障。')).toEqual([]);
    expect(read('新建学校3所以上，培育省级研究所2所。')).toEqual(['3所', '2所']);
  });

  it('reads no numeral before 所港, a port named so (八所港), as schools counted', () => {
    const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.value}${s.unit}`);
    expect(read('八所港转型升级迈上新台阶，货物吞吐量达1500万吨。')).toEqual(['1500万吨']);
    expect(read('推进三所港区码头改造。')).toEqual([]);
    // Schools counted before a harbour area or a comma stay counted.
    expect(read('新建中学3所，港区配套学校2所。')).toEqual(['3所', '2所']);
    expect(read('港口片区新建幼儿园八所。')).toEqual(['8所']);
    expect(read('新建高校2所、港澳合作办学机构1个。')).toEqual(['2所', '1个']);
  });

  it("reads no 张 of a plan's own lists and slogans (5张清单, 3张名片) as sheets counted", () => {
    const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.value}${s.unit}`);
    expect(read('建立5张清单，打造3张名片，织密1张网。')).toEqual([]);
    expect(read('新增养老床位500张，发放消费券50万张。')).toEqual(['500张', '500000张']);
  });

  it('reads no 张 of a list whose name is quoted between (两张“负面”清单) as sheets counted', () => {
    const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.value}${s.unit}`);
    expect(read('推动两张“负面”清单落地见效，编制一张“服务”网。')).toEqual([]);
    expect(read('制定四张“权责”清单。')).toEqual([]);
    // must not fire: sheets counted, with a quote elsewhere in the clause
    expect(read('发放“惠民”消费券30万张，新增“家庭”病床200张。')).toEqual(['300000张', '200张']);
    expect(read('新增病床120张“康养”服务全覆盖。').length).toBe(1);
  });

  it('兆 of a Taiwan or Hong Kong repost is 万亿 (兆瓦 stays mega)', () => {
    expect(compareQuantities(30, unitInfo('兆元'), 30, unitInfo('万亿元'))).toBe(0);
    expect(compareQuantities(1.4, unitInfo('兆斤'), 14000, unitInfo('亿斤'))).toBe(0);
    expect(unitInfo('兆瓦').factor).toBe(1e6);
  });

  it('tolerates floating point in conversions', () => {
    expect(compareQuantities(0.3, unitInfo('亿元'), 3000, unitInfo('万元'))).toBe(0);
    expect(compareQuantities(100, unitInfo('万平方米'), 1, unitInfo('平方公里'))).toBe(0);
  });
});

describe('everyday units after a number (invented sentences)', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.comparator} ${s.value}${s.unit} ${s.metric}`);

  it('reads 亿方 (cubic metres of gas), so a paired list keeps its length and its closing 以上', () => {
    expect(read('全年石油、天然气、页岩气产量5.1亿吨、1800万吨、90亿方以上。')).toEqual([
      '>= 5.1亿吨 石油产量',
      '>= 1800万吨 天然气产量',
      '>= 90亿方 页岩气产量',
    ]);
  });

  it('reads 公斤 and 幢', () => {
    expect(read('示范田水稻亩产达到820公斤。')).toEqual(['>= 820公斤 示范田水稻亩产']);
    expect(read('培育税收亿元楼宇12幢。')).toEqual(['= 12幢 税收亿元楼宇']);
  });

  it('reads air quality in Latin units (μg/m3) as in words (微克/立方米), one dimension', () => {
    expect(read('全年PM2.5年均浓度控制在32μg/m3以内。')).toEqual(['<= 32μg/m3 PM2.5年均浓度']);
    expect(compareQuantities(32, unitInfo('μg/m3'), 32, unitInfo('微克/立方米'))).toBe(0);
  });

  it('reads computing power in EFLOPS and 万P, glued to the number or not; 5G stays an identifier', () => {
    expect(read('到2027年算力总规模达到15EFLOPS以上。')).toEqual(['>= 15EFLOPS 算力总规模']);
    expect(read('智算规模达到9.4万P。')).toEqual(['>= 9.4万P 智算规模']);
    expect(compareQuantities(15, unitInfo('EFLOPS'), 1.5, unitInfo('万P'))).toBe(0);
    expect(read('新建5G基站1200个。')).toEqual(['= 1200个 5G基站']);
  });

  it('counts lines built or opened in 条, not the lines of work a plan is organised in', () => {
    expect(read('今年新建30条智能生产线。')).toEqual(['= 30条 智能生产线']);
    expect(comparableUnits(unitInfo('条'), unitInfo('个'))).toBe(false);
    expect(read('重点打造10条产业链，围绕1条“主线”推进。')).toEqual([]);
    expect(read('坚持两条腿走路，全市上下拧成一条心。')).toEqual([]);
    expect(read('聚力打造电子信息、新材料等6条重点产业链。')).toEqual([]);
    expect(read('打造2条冷链物流通道。')).toEqual(['= 2条 冷链物流通道']);
  });

  it('reads bandwidth in 太比特每秒 and Tbps alike', () => {
    expect(read('到2027年出口带宽达到20太比特每秒以上。')).toEqual(['>= 20太比特每秒 出口带宽']);
    expect(compareQuantities(20, unitInfo('太比特每秒'), 20000, unitInfo('Gbps'))).toBe(0);
  });

  it('counts containers in 标准箱 (TEU) and vehicle trips in 辆次', () => {
    expect(read('港口集装箱吞吐量达到2800万标准箱。')).toEqual(['>= 2800万标准箱 港口集装箱吞吐量']);
    expect(compareQuantities(2800, unitInfo('万标准箱'), 28000000, unitInfo('TEU'))).toBe(0);
    expect(read('出入境车辆8万辆次。')).toEqual(['= 8万辆次 出入境车辆']);
  });

  it('keeps 万亿美元 whole, as 万亿元 is (外汇储备3.2万亿美元 is not 32000亿美元)', () => {
    expect(read('全年货物贸易进出口总额保持在3.2万亿美元以上。')).toEqual(['>= 3.2万亿美元 货物贸易进出口总额']);
    expect(compareQuantities(3.2, unitInfo('万亿美元'), 32000, unitInfo('亿美元'))).toBe(0);
  });

  it('counts events in 场次 as in 场', () => {
    expect(read('举办促消费活动150场次。')).toEqual(['= 150场次 促消费活动']);
    expect(comparableUnits(unitInfo('场次'), unitInfo('场'))).toBe(true);
  });

  it('reads an amount glued to a metric’s acronym (GDP2917.85亿元); G60, PM2.5 stay names', () => {
    expect(read('全年完成GDP2917.85亿元。')).toEqual(['= 2917.85亿元 GDP']);
    expect(read('建设G60科创走廊，PM2.5年均浓度持续下降。')).toEqual([]);
    expect(read('全市GDP5000亿元同比增长6%。')).toEqual(['= 5000亿元 GDP', '= 6% GDP']);
  });

  it('reads no size in a name as an acronym’s amount (建设LNG100万吨接收站)', () => {
    expect(read('建设LNG100万吨接收站。')).toEqual([]);
  });

  it("reads ‰ (a bulletin's birth and death rates) as a rate of its own, not comparable with %", () => {
    expect(read('全年人口出生率为7.12‰，死亡率为6.80‰。')).toEqual(['= 7.12‰ 人口出生率', '= 6.8‰ 死亡率']);
    expect(compareQuantities(5, unitInfo('‰'), 5, unitInfo('%'))).toBeNull();
    expect(readStatements('全年人口出生率为7.12‰。', { year: 2024 }).map((s) => s.kind)).toEqual(['share']);
  });

  it('scales a number by the 万 or 亿 written after its 多/余 (280多万户), as without them', () => {
    expect(read('实有市场主体320多万户。')).toEqual(['> 3200000户 实有市场主体']);
    expect(read('全年接待游客1100余万人次。')).toEqual(['> 1100万人次 接待游客']);
    expect(read('实现旅游收入300多亿元。')).toEqual(['> 300亿元 旅游收入']);
  });

  it('keeps 千 and 万 with 公顷 (千公顷, 万公顷), as 万 stays with 亩, and compares them with 亩', () => {
    expect(read('全年粮食播种面积稳定在2860.5千公顷以上。')).toEqual(['>= 2860.5千公顷 粮食播种面积']);
    expect(read('完成造林绿化3.2万公顷。')).toEqual(['= 3.2万公顷 造林绿化']);
    expect(compareQuantities(1, unitInfo('千公顷'), 15000, unitInfo('亩'))).toBe(0);
  });

  it('still reads 千 before any other unit into the value (3千人, 5千亩)', () => {
    expect(read('新增就业3千人。')).toEqual(['= 3000人 就业']);
    expect(read('建成高标准农田5千亩。')).toEqual(['= 5000亩 高标准农田']);
  });

  it('takes no bare 方 for a unit: 三方面, 5方面 are counts of the work', () => {
    expect(read('重点抓好三方面工作。')).toEqual([]);
    expect(read('落实5方面措施。')).toEqual([]);
  });
  it('reads 处, 部 and 种 as counting units and keeps 万 with 公里 (万公里)', () => {
    expect(read('今年改造提升口袋公园12处。')).toEqual(['= 12处 改造提升口袋公园']);
    expect(read('全年老旧住宅加装电梯60部。')).toEqual(['= 60部 老旧住宅加装电梯']);
    expect(read('推广应用新品种15种以上。')).toEqual(['>= 15种 新品种']);
    expect(read('全年新建农村公路2.5万公里。')).toEqual(['= 2.5万公里 农村公路']);
  });

  it('takes no 处, 部 or 种 that opens a word (处理, 3部门, 种植)', () => {
    expect(read('12部门联合开展专项行动。')).toEqual([]);
    expect(read('日处理污水5万吨。')).toEqual(['= 5万吨 日处理污水']);
    expect(read('全县种植面积稳定在30万亩。')).toEqual(['~ 30万亩 种植面积']);
    expect(read('3处置中心同步运行。')).toEqual([]);
    expect(read('2种植基地建成投用。')).toEqual([]);
  });
});

describe('标箱, the short form of 标准箱', () => {
  it('reads a port’s throughput in 万标箱 and compares it with 万标准箱', () => {
    const [s] = readStatements('力争港口集装箱吞吐量突破650万标箱。', { year: 2021 });
    expect(s).toMatchObject({ value: 650, unit: '万标箱', comparator: '>' });
    expect(comparableUnits(unitInfo('万标箱'), unitInfo('万标准箱'))).toBe(true);
  });
});

describe('亿平方米: a measure unit whose 亿 stays with it, as 万 does in 万平方米', () => {
  const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.metric} ${s.value} ${s.unit}`);
  it.each([
    ['全国新增绿色建筑面积20亿平方米左右。', ['绿色建筑面积 20 亿平方米']],
    ['全省城镇住宅竣工面积达到3亿平方米。', ['城镇住宅竣工面积 3 亿平方米']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // 亿 before a different unit, or a bare 平方米 figure, is not this unit
    ['新增供热面积1200万平方米。', ['供热面积 1200 万平方米']],
    ['新建公园面积5000平方米。', ['公园面积 5000 平方米']],
    ['完成投资2亿元，建成厂房8万平方米。', ['投资 2 亿元', '厂房 8 万平方米']],
  ])('must not fire: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('is an area', () => {
    expect(unitInfo('亿平方米')).toMatchObject({ dimension: 'area', factor: 1e8 });
  });
});

describe('块 counts plots of land and fields worked on', () => {
  const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.metric} ${s.value}${s.unit}`);
  it.each([
    ['2025年完成96块低效用地整治。', ['低效用地整治 96块']],
    ['新建5块标准足球场。', ['标准足球场 5块']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each(['确保建一块成一块。', '每人补贴3块钱。', '挂上两块牌子。', '处理1块地。'])('must not fire: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('is a count of plots', () => {
    expect(unitInfo('块')).toMatchObject({ dimension: 'plot', factor: 1 });
  });
});

describe('a bare 亿 after a verb of reaching, right before the things that pass it (过亿元增长点)', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.value}${s.unit}`);

  it('reads no sum of 1 亿元: a threshold grading the noun', () => {
    expect(read('今年，服务12个营收过亿元增长点。')).toEqual(['12个']);
    expect(read('培育税收超亿元企业8家。')).toEqual(['8家']);
    expect(read('新签约投资过亿元项目15个。')).toEqual(['15个']);
  });

  it('still reads a sum reached where no such noun follows', () => {
    expect(read('全年税收突破亿元，增长12%。')).toEqual(['1亿元', '12%']);
    expect(read('营收突破亿元大关。')).toEqual(['1亿元']);
    expect(read('村集体收入超亿元。')).toEqual(['1亿元']);
    expect(read('园区产值首破亿元。')).toEqual(['1亿元']);
    expect(read('企业营收过亿元，项目投资达5亿元。')).toEqual(['1亿元', '5亿元']);
  });
});
