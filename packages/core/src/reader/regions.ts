import type { RegionLevel } from '../model.ts';
import { COUNTIES } from './counties.ts';

/** A region the reader can recognise in a document, with the region one level up. */
export interface RegionEntry {
  name: string;
  /** The name as documents shorten it: 六安 for 六安市, 广西 for 广西壮族自治区. */
  short: string;
  level: RegionLevel;
  parent?: string;
}

/**
 * Every province-level region of China and every prefecture-level division of each province
 * (cities, 地区, 自治州, 盟: 333 in all), as administrative divisions stand in 2024. Facts, kept as
 * data: a new division is a line here. The four municipalities (北京, 天津, 上海, 重庆) have no
 * prefecture level; their districts sit directly under them.
 */
const PREFECTURES: Readonly<Record<string, readonly string[]>> = {
  北京市: [],
  天津市: [],
  上海市: [],
  重庆市: [],
  河北省: ['石家庄市', '唐山市', '秦皇岛市', '邯郸市', '邢台市', '保定市', '张家口市', '承德市', '沧州市', '廊坊市', '衡水市'],
  山西省: ['太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市', '晋中市', '运城市', '忻州市', '临汾市', '吕梁市'],
  内蒙古自治区: [
    '呼和浩特市',
    '包头市',
    '乌海市',
    '赤峰市',
    '通辽市',
    '鄂尔多斯市',
    '呼伦贝尔市',
    '巴彦淖尔市',
    '乌兰察布市',
    '兴安盟',
    '锡林郭勒盟',
    '阿拉善盟',
  ],
  辽宁省: ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'],
  吉林省: ['长春市', '吉林市', '四平市', '辽源市', '通化市', '白山市', '松原市', '白城市', '延边朝鲜族自治州'],
  黑龙江省: [
    '哈尔滨市',
    '齐齐哈尔市',
    '鸡西市',
    '鹤岗市',
    '双鸭山市',
    '大庆市',
    '伊春市',
    '佳木斯市',
    '七台河市',
    '牡丹江市',
    '黑河市',
    '绥化市',
    '大兴安岭地区',
  ],
  江苏省: ['南京市', '无锡市', '徐州市', '常州市', '苏州市', '南通市', '连云港市', '淮安市', '盐城市', '扬州市', '镇江市', '泰州市', '宿迁市'],
  浙江省: ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'],
  安徽省: [
    '合肥市',
    '芜湖市',
    '蚌埠市',
    '淮南市',
    '马鞍山市',
    '淮北市',
    '铜陵市',
    '安庆市',
    '黄山市',
    '滁州市',
    '阜阳市',
    '宿州市',
    '六安市',
    '亳州市',
    '池州市',
    '宣城市',
  ],
  福建省: ['福州市', '厦门市', '莆田市', '三明市', '泉州市', '漳州市', '南平市', '龙岩市', '宁德市'],
  江西省: ['南昌市', '景德镇市', '萍乡市', '九江市', '新余市', '鹰潭市', '赣州市', '吉安市', '宜春市', '抚州市', '上饶市'],
  山东省: [
    '济南市',
    '青岛市',
    '淄博市',
    '枣庄市',
    '东营市',
    '烟台市',
    '潍坊市',
    '济宁市',
    '泰安市',
    '威海市',
    '日照市',
    '临沂市',
    '德州市',
    '聊城市',
    '滨州市',
    '菏泽市',
  ],
  河南省: [
    '郑州市',
    '开封市',
    '洛阳市',
    '平顶山市',
    '安阳市',
    '鹤壁市',
    '新乡市',
    '焦作市',
    '濮阳市',
    '许昌市',
    '漯河市',
    '三门峡市',
    '南阳市',
    '商丘市',
    '信阳市',
    '周口市',
    '驻马店市',
  ],
  湖北省: ['武汉市', '黄石市', '十堰市', '宜昌市', '襄阳市', '鄂州市', '荆门市', '孝感市', '荆州市', '黄冈市', '咸宁市', '随州市', '恩施土家族苗族自治州'],
  湖南省: [
    '长沙市',
    '株洲市',
    '湘潭市',
    '衡阳市',
    '邵阳市',
    '岳阳市',
    '常德市',
    '张家界市',
    '益阳市',
    '郴州市',
    '永州市',
    '怀化市',
    '娄底市',
    '湘西土家族苗族自治州',
  ],
  广东省: [
    '广州市',
    '韶关市',
    '深圳市',
    '珠海市',
    '汕头市',
    '佛山市',
    '江门市',
    '湛江市',
    '茂名市',
    '肇庆市',
    '惠州市',
    '梅州市',
    '汕尾市',
    '河源市',
    '阳江市',
    '清远市',
    '东莞市',
    '中山市',
    '潮州市',
    '揭阳市',
    '云浮市',
  ],
  广西壮族自治区: [
    '南宁市',
    '柳州市',
    '桂林市',
    '梧州市',
    '北海市',
    '防城港市',
    '钦州市',
    '贵港市',
    '玉林市',
    '百色市',
    '贺州市',
    '河池市',
    '来宾市',
    '崇左市',
  ],
  海南省: ['海口市', '三亚市', '三沙市', '儋州市'],
  四川省: [
    '成都市',
    '自贡市',
    '攀枝花市',
    '泸州市',
    '德阳市',
    '绵阳市',
    '广元市',
    '遂宁市',
    '内江市',
    '乐山市',
    '南充市',
    '眉山市',
    '宜宾市',
    '广安市',
    '达州市',
    '雅安市',
    '巴中市',
    '资阳市',
    '阿坝藏族羌族自治州',
    '甘孜藏族自治州',
    '凉山彝族自治州',
  ],
  贵州省: ['贵阳市', '六盘水市', '遵义市', '安顺市', '毕节市', '铜仁市', '黔西南布依族苗族自治州', '黔东南苗族侗族自治州', '黔南布依族苗族自治州'],
  云南省: [
    '昆明市',
    '曲靖市',
    '玉溪市',
    '保山市',
    '昭通市',
    '丽江市',
    '普洱市',
    '临沧市',
    '楚雄彝族自治州',
    '红河哈尼族彝族自治州',
    '文山壮族苗族自治州',
    '西双版纳傣族自治州',
    '大理白族自治州',
    '德宏傣族景颇族自治州',
    '怒江傈僳族自治州',
    '迪庆藏族自治州',
  ],
  西藏自治区: ['拉萨市', '日喀则市', '昌都市', '林芝市', '山南市', '那曲市', '阿里地区'],
  陕西省: ['西安市', '铜川市', '宝鸡市', '咸阳市', '渭南市', '延安市', '汉中市', '榆林市', '安康市', '商洛市'],
  甘肃省: [
    '兰州市',
    '嘉峪关市',
    '金昌市',
    '白银市',
    '天水市',
    '武威市',
    '张掖市',
    '平凉市',
    '酒泉市',
    '庆阳市',
    '定西市',
    '陇南市',
    '临夏回族自治州',
    '甘南藏族自治州',
  ],
  青海省: ['西宁市', '海东市', '海北藏族自治州', '黄南藏族自治州', '海南藏族自治州', '果洛藏族自治州', '玉树藏族自治州', '海西蒙古族藏族自治州'],
  宁夏回族自治区: ['银川市', '石嘴山市', '吴忠市', '固原市', '中卫市'],
  新疆维吾尔自治区: [
    '乌鲁木齐市',
    '克拉玛依市',
    '吐鲁番市',
    '哈密市',
    '昌吉回族自治州',
    '博尔塔拉蒙古自治州',
    '巴音郭楞蒙古自治州',
    '阿克苏地区',
    '克孜勒苏柯尔克孜自治州',
    '喀什地区',
    '和田地区',
    '伊犁哈萨克自治州',
    '塔城地区',
    '阿勒泰地区',
  ],
  台湾省: [],
  香港特别行政区: [],
  澳门特别行政区: [],
};

/**
 * Districts and counties (and county-level cities, development zones) the reader knows: the
 * seeds' 六安 and 宿州 and those of the corpus texts. Keyed by the city (or municipality) above them.
 */
/**
 * The districts and counties of the four province-level cities: they stand where a province's prefectures stand, and
 * their reports name themselves by them (渝中发展, 延庆2024年…). Known only by the full name (SHORT_FORMS): short forms such
 * as 和平, 河北, 江北, 长寿 are ordinary words or other regions.
 */
const MUNICIPAL_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  北京市: [
    '东城区',
    '西城区',
    '朝阳区',
    '丰台区',
    '石景山区',
    '海淀区',
    '门头沟区',
    '房山区',
    '通州区',
    '顺义区',
    '昌平区',
    '大兴区',
    '怀柔区',
    '平谷区',
    '密云区',
    '延庆区',
  ],
  天津市: [
    '和平区',
    '河东区',
    '河西区',
    '南开区',
    '河北区',
    '红桥区',
    '东丽区',
    '西青区',
    '津南区',
    '北辰区',
    '武清区',
    '宝坻区',
    '滨海新区',
    '宁河区',
    '静海区',
    '蓟州区',
  ],
  上海市: [
    '黄浦区',
    '徐汇区',
    '长宁区',
    '静安区',
    '普陀区',
    '虹口区',
    '杨浦区',
    '闵行区',
    '宝山区',
    '嘉定区',
    '浦东新区',
    '金山区',
    '松江区',
    '青浦区',
    '奉贤区',
    '崇明区',
  ],
  重庆市: [
    '万州区',
    '涪陵区',
    '渝中区',
    '大渡口区',
    '江北区',
    '沙坪坝区',
    '九龙坡区',
    '南岸区',
    '北碚区',
    '綦江区',
    '大足区',
    '渝北区',
    '巴南区',
    '黔江区',
    '长寿区',
    '江津区',
    '合川区',
    '永川区',
    '南川区',
    '璧山区',
    '铜梁区',
    '潼南区',
    '荣昌区',
    '开州区',
    '梁平区',
    '武隆区',
    '城口县',
    '丰都县',
    '垫江县',
    '忠县',
    '云阳县',
    '奉节县',
    '巫山县',
    '巫溪县',
    '石柱土家族自治县',
    '秀山土家族苗族自治县',
    '酉阳土家族苗族自治县',
    '彭水苗族土家族自治县',
  ],
};
/**
 * Full names a district of a province's city bears too (长春市朝阳区, 南通市通州区, 沈阳市和平区, 临沂市河东区, 舟山市普陀区,
 * 双鸭山市宝山区, 宁波市江北区): alone they name no city above them, so the gazetteer leaves them out.
 */
const SHARED_DISTRICT_NAMES: ReadonlySet<string> = new Set(['朝阳区', '通州区', '和平区', '河东区', '普陀区', '宝山区', '江北区']);
/** A municipality's districts and counties whose names are theirs alone. */
function ownDistricts(city: string): readonly string[] {
  return MUNICIPAL_DISTRICTS[city]!.filter((name) => !SHARED_DISTRICT_NAMES.has(name));
}
const MUNICIPAL_NAMES = new Set(Object.values(MUNICIPAL_DISTRICTS).flat());

/**
 * Short forms of the municipalities' districts and counties that are words or name places elsewhere as often (和平, 河北,
 * 江北, 长寿, 南岸, 东城, 西城, 金山, 宝山, 滨海, 石柱): not read as the district.
 */
const MUNICIPAL_SHORT_WORDS: ReadonlySet<string> = new Set([
  '东城',
  '西城',
  '朝阳',
  '和平',
  '河东',
  '河西',
  '南开',
  '河北',
  '红桥',
  '滨海',
  '长宁',
  '普陀',
  '宝山',
  '金山',
  '江北',
  '南岸',
  '长寿',
  '石柱',
]);
/** 门头沟 for 门头沟区, 浦东 for 浦东新区, 奉节 for 奉节县, 秀山 for 秀山土家族苗族自治县: a municipal district's place name. */
function municipalShort(name: string): string | null {
  const short = name.endsWith('自治县') ? name.slice(0, 2) : name.replace(/(?:新区|区|县)$/, '');
  return short.length < 2 || MUNICIPAL_SHORT_WORDS.has(short) ? null : short;
}
const MUNICIPAL_SHORTS: readonly (readonly [string, string, string])[] = Object.entries(MUNICIPAL_DISTRICTS).flatMap(([city, names]) =>
  names.flatMap((name) => {
    const short = municipalShort(name);
    return short ? [[short, name, city] as const] : [];
  }),
);

/** The district or county of 北京, 天津, 上海 or 重庆 whose short form `short` is (秀山 → 秀山土家族苗族自治县), if one. */
export function municipalDistrictOfShortForm(short: string): string | undefined {
  return MUNICIPAL_SHORTS.find(([s]) => s === short)?.[1];
}

/** A longer region's name starts where a short form is written (大兴安岭 over 大兴): the short form is part of it. */
function longerNameAt(text: string, at: number, length: number): boolean {
  for (let len = length + 1; len <= length + 4; len++) if (BY_NAME.has(text.slice(at, at + len))) return true;
  return false;
}

/**
 * How often each district or county of 北京, 天津, 上海 and 重庆 is written by its short form (门头沟, 徐汇, 北辰), its full name
 * included, keyed by full name, with the municipality above it; not where a longer region's name starts (大兴安岭 is no
 * 大兴). Never a mention (findRegion knows them by full name only): the caller decides when a text's scope words make the
 * short form its district. (Kept for the last text, as countMentions is: the region reader may ask twice of one text.)
 */
export const municipalShortForms: (text: string) => ReadonlyMap<string, { count: number; municipality: string }> = lastTextOnly(countMunicipalShortForms);

function countMunicipalShortForms(text: string): Map<string, { count: number; municipality: string }> {
  const counts = new Map<string, { count: number; municipality: string }>();
  for (const [short, name, municipality] of MUNICIPAL_SHORTS) {
    let count = 0;
    for (let at = text.indexOf(short); at !== -1; at = text.indexOf(short, at + short.length)) {
      if (!longerNameAt(text, at, short.length)) count++;
    }
    if (count > 0) counts.set(name, { count, municipality });
  }
  return counts;
}

const DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  六安市: ['金安区', '裕安区', '叶集区', '霍邱县', '舒城县', '金寨县', '霍山县'],
  宿州市: ['埇桥区', '砀山县', '萧县', '灵璧县', '泗县'],
  阜新市: ['新邱区'],
  鞍山市: ['立山区'],
  盘锦市: ['大洼区'],
  扬州市: ['高邮市'],
  芜湖市: ['弋江区'],
  绍兴市: ['越城区'],
  苏州市: ['常熟市'],
  广元市: ['昭化区'],
  莆田市: ['荔城区'],
  咸宁市: ['咸安区'],
  梅州市: ['大埔县'],
  常德市: ['石门县'],
  温州市: ['洞头区'],
  宁波市: ['鄞州区'],
  重庆市: ['万盛经济技术开发区', ...ownDistricts('重庆市')],
  北京市: ownDistricts('北京市'),
  天津市: ownDistricts('天津市'),
  上海市: ownDistricts('上海市'),
};

/** Short forms the suffix rule below does not give. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  内蒙古自治区: '内蒙古',
  广西壮族自治区: '广西',
  西藏自治区: '西藏',
  宁夏回族自治区: '宁夏',
  新疆维吾尔自治区: '新疆',
  香港特别行政区: '香港',
  澳门特别行政区: '澳门',
  延边朝鲜族自治州: '延边',
  恩施土家族苗族自治州: '恩施',
  湘西土家族苗族自治州: '湘西',
  阿坝藏族羌族自治州: '阿坝',
  甘孜藏族自治州: '甘孜',
  凉山彝族自治州: '凉山',
  黔西南布依族苗族自治州: '黔西南',
  黔东南苗族侗族自治州: '黔东南',
  黔南布依族苗族自治州: '黔南',
  楚雄彝族自治州: '楚雄',
  红河哈尼族彝族自治州: '红河',
  文山壮族苗族自治州: '文山',
  西双版纳傣族自治州: '西双版纳',
  大理白族自治州: '大理',
  德宏傣族景颇族自治州: '德宏',
  怒江傈僳族自治州: '怒江',
  迪庆藏族自治州: '迪庆',
  临夏回族自治州: '临夏',
  甘南藏族自治州: '甘南',
  海北藏族自治州: '海北',
  黄南藏族自治州: '黄南',
  // 海南 alone is the province.
  海南藏族自治州: '海南州',
  果洛藏族自治州: '果洛',
  玉树藏族自治州: '玉树',
  海西蒙古族藏族自治州: '海西',
  昌吉回族自治州: '昌吉',
  博尔塔拉蒙古自治州: '博尔塔拉',
  巴音郭楞蒙古自治州: '巴音郭楞',
  克孜勒苏柯尔克孜自治州: '克孜勒苏',
  伊犁哈萨克自治州: '伊犁',
  万盛经济技术开发区: '万盛',
};

function shortOf(name: string): string {
  if (MUNICIPAL_NAMES.has(name)) return name;
  return SHORT_FORMS[name] ?? (name.length > 2 ? name.replace(/(?:省|市|地区|盟|区|县)$/, '') : name);
}

/**
 * County names that are words too (城区, 郊区, 矿区, 东区, 新市区, 港口区, 城北区: a town's parts, a port's area): they name no
 * division when written, so the gazetteer leaves them out, as it does a name two prefectures' divisions share
 * (鼓楼区, 市中区, 白云区) or one a municipality's district bears (朝阳区, 普陀区): alone it names no city above it.
 */
const COUNTY_WORDS: ReadonlySet<string> = new Set(['城区', '郊区', '矿区', '东区', '西区', '新市区', '港口区', '城东区', '城西区', '城北区']);
/** A real county-level division whose name is also a word (郊区, 城区, 东区), left out of the gazetteer. */
export const countyWord = (name: string): boolean => COUNTY_WORDS.has(name);

/**
 * 济源市: the one county-level city a province governs itself that holds a prefecture's standing — Henan counts it among
 * its 18 省辖市 beside 郑州 and 洛阳, and its 政府工作报告 and 重点工作 speak as a city's; 仙桃, 潜江, 天门 and
 * 神农架 stay county-level, as their provinces count them.
 */
const PREFECTURE_STANDING: ReadonlySet<string> = new Set(['济源市']);
function countyLevelOf(name: string): 'city' | 'district' {
  return PREFECTURE_STANDING.has(name) ? 'city' : 'district';
}

/** The county-level divisions of `COUNTIES` the reader knows by their full name alone, by the region above them. */
function countiesByParent(known: ReadonlySet<string>): [string, string[]][] {
  const lists = Object.entries(COUNTIES).map(([parent, names]) => [parent, names.split(' ')] as [string, string[]]);
  const seen = new Map<string, number>();
  for (const [, names] of lists) for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
  const own = (name: string) => seen.get(name) === 1 && !known.has(name) && !MUNICIPAL_NAMES.has(name) && !COUNTY_WORDS.has(name);
  return lists.map(([parent, names]) => [parent, names.filter(own)]);
}

const PROVINCE_ENTRIES = Object.keys(PREFECTURES).map((name) => ({ name, short: shortOf(name), level: 'province' as const }));
const PREFECTURE_ENTRIES = Object.entries(PREFECTURES).flatMap(([province, names]) =>
  names.map((name) => ({ name, short: shortOf(name), level: 'city' as const, parent: province })),
);
const DISTRICT_ENTRIES = Object.entries(DISTRICTS).flatMap(([city, names]) =>
  names.map((name) => ({ name, short: shortOf(name), level: 'district' as const, parent: city })),
);
/**
 * Every other county-level division, known by its full name only (西华县, 子长市, 红寺堡区): their short forms are words
 * (东方, 城关, 新华, 长安) or the names of towns and of counties elsewhere.
 */
const COUNTY_ENTRIES: readonly RegionEntry[] = countiesByParent(
  new Set([...PROVINCE_ENTRIES, ...PREFECTURE_ENTRIES, ...DISTRICT_ENTRIES].map((r) => r.name)),
).flatMap(([parent, names]) => names.map((name) => ({ name, short: name, level: countyLevelOf(name), parent })));
const IS_COUNTY = new Set(COUNTY_ENTRIES);

/** Every region above, provinces first, then prefectures, then districts. */
export const REGIONS: readonly RegionEntry[] = [...PROVINCE_ENTRIES, ...PREFECTURE_ENTRIES, ...DISTRICT_ENTRIES, ...COUNTY_ENTRIES];

const BY_NAME = new Map<string, RegionEntry>();
for (const r of REGIONS) if (!BY_NAME.has(r.name)) BY_NAME.set(r.name, r);
for (const r of REGIONS) if (!BY_NAME.has(r.short)) BY_NAME.set(r.short, r);
// 果洛州, 大理州: an autonomous prefecture is written as its short form and 州 as often as in full.
for (const r of REGIONS) if (r.name.endsWith('自治州') && !r.short.endsWith('州') && !BY_NAME.has(`${r.short}州`)) BY_NAME.set(`${r.short}州`, r);

/**
 * Every division's name as written whole, the ones the gazetteer leaves out included (鼓楼区 and 白云区, which two
 * prefectures share; 朝阳区, a municipality's district's namesake; 城区, 东区, words too).
 */
const WRITTEN_NAMES: ReadonlySet<string> = new Set([
  ...BY_NAME.keys(),
  ...Object.values(COUNTIES).flatMap((names) => names.split(' ')),
  ...MUNICIPAL_NAMES,
  ...COUNTY_WORDS,
]);
/** A division's name written whole (市中区, 鼓楼区, 城区 included: names the gazetteer leaves out for being shared or words). */
export const divisionNameWhole = (name: string): boolean => WRITTEN_NAMES.has(name) && /[市县区旗州盟省]$/.test(name);
/** A plain division's suffix after its stem (安排市: 安排 + 市); a zone's longer ending (新区, 开发区) is not one. */
const PLAIN_DIVISION = /^([\u4e00-\u9fff]+?)(市|县|区|旗|州|盟)$/;
/** Endings of zones and bodies that are no division of the list (兰州新区, 邯郸经济开发区, 兵团第七师, 神农架林区). */
const ZONE_ENDING = /(?:新区|开发区|经开区|保税区|示范区|试验区|实验区|合作区|园区|管理区|林区|特区|自治区|地区|师)$/;

/**
 * A region's name the reader can stand behind: one the list of divisions holds (as written, or an autonomous county or a
 * banner written short, 中区 for 市中区), a zone's or a body's name, or a division's name the list has under another suffix (吴江市 for
 * 吴江区, the name before 撤市设区). The list holds every county-level division, so an X市, X县 or X区 it lacks under
 * any suffix is words run into a suffix (2025年安排市重点项目, 部署县重点工作, 所小区), not a place.
 */
export function standsAsRegionName(name: string): boolean {
  // 中区 of 市中区: a district whose name opens with 市, the 市 read off as a city's suffix.
  if (WRITTEN_NAMES.has(name) || WRITTEN_NAMES.has(`市${name}`) || ZONE_ENDING.test(name) || autonomousCountyWritten(name)) return true;
  const [, stem] = PLAIN_DIVISION.exec(name) ?? [];
  if (!stem) return true;
  return ['市', '县', '区', '旗'].some((suffix) => WRITTEN_NAMES.has(stem + suffix));
}

/** The longest name the reader stands behind that `name` ends with (征求廉江市 → 廉江市, 最新丨金凤区 → 金凤区), else null. */
export function regionNameEnding(name: string): string | null {
  for (let k = 1; k < name.length - 1; k++) if (WRITTEN_NAMES.has(name.slice(k))) return name.slice(k);
  return null;
}

/** Prefectures whose short form runs to three characters or more (哈尔滨, 齐齐哈尔, 呼和浩特), by its first character. */
const LONG_NAMED_PREFECTURES: ReadonlyMap<string, readonly RegionEntry[]> = (() => {
  const byInitial = new Map<string, RegionEntry[]>();
  for (const r of PREFECTURE_ENTRIES) if (r.short.length >= 3) byInitial.set(r.short[0]!, [...(byInitial.get(r.short[0]!) ?? []), r]);
  return byInitial;
})();

/**
 * The prefecture a one-character short form and 市 stands for (哈市 for 哈尔滨市, 齐市 for 齐齐哈尔市, 呼市 for 呼和浩特市), as a
 * city's own paper writes it: only a prefecture whose name runs to three characters or more, spelt out in `text` too, and
 * the one such prefecture the text spells out with that first character (张家口 and 张家界 both written: neither). A
 * one-character form is a word as often (上市, 超市, 都市): a name never spelt out in the text is none.
 */
export function prefectureByInitial(name: string, text: string): RegionEntry | undefined {
  if (name.length !== 2 || name[1] !== '市' || BY_NAME.has(name)) return undefined;
  const spelt = (LONG_NAMED_PREFECTURES.get(name[0]!) ?? []).filter((r) => text.includes(r.short));
  return spelt.length === 1 ? spelt[0] : undefined;
}

/** The region named (full name or short form); a province wins a short form it shares (吉林). */
export function findRegion(name: string): RegionEntry | undefined {
  return BY_NAME.get(name);
}

const PROVINCE_LEVEL_CITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/**
 * Level a name gives — the one rule the reader, the checker and plan labels share: the gazetteer's; else its suffix's:
 * 县/区/旗 a district, 省/自治区 a province, and 市/州/盟 a district too, as the gazetteer holds every prefecture-level
 * city, 州 and 盟 (a 市 it does not know is a county-level city: 仙桃市, 二连浩特市).
 */
export function levelOfName(name: string): RegionLevel | null {
  const known = findRegion(name);
  // 贵州, 杭州: a short form whose last character happens to be a suffix is the known region, not a 州 of its own.
  if (known && (known.name.endsWith(name.at(-1)!) || known.short === name)) return known.level;
  if (PROVINCE_LEVEL_CITIES.has(name)) return 'province';
  if (/(?:省|自治区|特别行政区)$/.test(name)) return 'province';
  // A bare 市/州 (市人民政府) is a city unless a named region says otherwise (bareName).
  if (/^(?:市|州|盟|地区)$/.test(name)) return 'city';
  if (/(?:市|州|盟|地区)$/.test(name)) return 'district';
  if (/(?:县|区|旗)$/.test(name)) return 'district';
  return null;
}

/** The region's name and the name of every region above it (营山县, 南充市, 四川省). */
export function lineOfDescent(region: RegionEntry): Set<string> {
  const line = new Set<string>();
  for (let r: RegionEntry | undefined = region; r; r = r.parent ? findRegion(r.parent) : undefined) line.add(r.name);
  return line;
}

/**
 * 玉龙县 for 玉龙纳西族自治县, 峨边县 for 峨边彝族自治县: an autonomous county is often written as its place name and 县, a
 * name the gazetteer does not hold; so is a district named for its people (管城区 for 管城回族区) and an autonomous banner
 * (莫力达瓦旗). The one such division, of the written suffix, whose name opens with that place name of two or three
 * characters, when no county of its own bears the written name and two of them do not share the opening.
 */
export function autonomousCountyWritten(written: string): RegionEntry | undefined {
  const [, stem, suffix] = /^([\u4e00-\u9fff]{2,3})([县区旗])$/.exec(written) ?? [];
  if (!stem || !suffix || BY_NAME.has(written)) return undefined;
  const found = AUTONOMOUS_COUNTIES.filter((r) => r.name.startsWith(stem) && r.name.endsWith(suffix) && !/族/.test(stem));
  if (found.length === 1) return found[0];
  return suffix === '旗' && found.length === 0 ? bannerAbbreviated(written) : undefined;
}

/**
 * 土右旗 for 土默特右旗, 科左中旗 for 科尔沁左翼中旗, 达茂旗 for 达尔罕茂明安联合旗: a banner of many characters is written by its
 * first character and the words that tell it from its namesakes (左, 右, 前, 中, 后, 茂), in order. The one banner whose name
 * opens with that character, holds the rest in order and is two characters longer at least.
 */
function bannerAbbreviated(written: string): RegionEntry | undefined {
  const found = BANNERS.filter((r) => r.name[0] === written[0] && r.name.length >= written.length + 2 && inOrder(written.slice(1, -1), r.name.slice(1, -1)));
  return found.length === 1 ? found[0] : undefined;
}
const BANNERS = REGIONS.filter((r) => r.level === 'district' && r.name.endsWith('旗'));
/** Every character of `part` in `whole`, in order. */
function inOrder(part: string, whole: string): boolean {
  let at = 0;
  for (const c of part) {
    at = whole.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
/** 族自治县, 族区 (回族区, 达斡尔族区) and 自治旗: the divisions named for a people, whose full names are seldom written. */
const AUTONOMOUS_COUNTIES = REGIONS.filter((r) => r.level === 'district' && /(?:族自治县|族区|自治旗)$/.test(r.name));

/**
 * `items` by the first code unit of their key, each list longest key first: `slots[unit]` is 1 + the index in `lists`
 * of the items whose key starts with that unit, or 0, so most characters are skipped with one read, and a hit needs
 * no string key.
 */
function byFirstUnit<T>(items: readonly T[], keyOf: (item: T) => string): { slots: Uint16Array; lists: T[][] } {
  const slots = new Uint16Array(0x10000);
  const lists: T[][] = [];
  for (const item of items) {
    const unit = keyOf(item).charCodeAt(0);
    if (slots[unit] === 0) slots[unit] = lists.push([]);
    lists[slots[unit]! - 1]!.push(item);
  }
  for (const list of lists) list.sort((a, b) => keyOf(b).length - keyOf(a).length);
  return { slots, lists };
}

/** Regions by the first character of their short form, longest first: one pass counts mentions. */
const { slots: STARTS, lists: FIRST_LISTS } = byFirstUnit(REGIONS, (r) => r.short);

/**
 * Each of FIRST_LISTS split by the second character of the short form, order kept (a one-character short form in every
 * part, and alone under `ONE_UNIT`, for a second character no longer name has or the text's end): a common first
 * character (新, 安, 东) starts dozens of names, and all but a few are ruled out by the next character without
 * comparing each.
 */
const ONE_UNIT = -1;
const SECOND_LISTS: ReadonlyMap<number, readonly RegionEntry[]>[] = FIRST_LISTS.map((list) => {
  const parts = new Map<number, RegionEntry[]>();
  for (const r of list) if (r.short.length > 1 && !parts.has(r.short.charCodeAt(1))) parts.set(r.short.charCodeAt(1), []);
  for (const r of list) {
    if (r.short.length > 1) parts.get(r.short.charCodeAt(1))!.push(r);
    else for (const part of parts.values()) part.push(r);
  }
  parts.set(
    ONE_UNIT,
    list.filter((r) => r.short.length <= 1),
  );
  return parts;
});

/** Each of SECOND_LISTS' `ONE_UNIT` part, read without a second lookup: most characters that start a name start none here. */
const ONE_UNIT_LISTS: readonly (readonly RegionEntry[])[] = SECOND_LISTS.map((parts) => parts.get(ONE_UNIT)!);

/**
 * A set of two-character openings (first and second code unit) that may answer yes for a pair it lacks, never no for one it
 * holds: one bit read rules out most pairs of a text, where a Map lookup per character that starts a name was the dearest
 * step of counting mentions (most such characters, 大, 新, 安, start no name with the next one).
 */
const PAIR_BITS = 20;
const pairBit = (first: number, second: number): number => ((first << 10) ^ second) & ((1 << PAIR_BITS) - 1);
function pairSet(openings: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(1 << (PAIR_BITS - 5));
  for (const opening of openings) {
    const bit = pairBit(opening.charCodeAt(0), opening.charCodeAt(1));
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
}
/** Whether `bits` (a pairSet) may hold the pair text[at], text[at + 1]. */
function mayHoldPair(bits: Uint32Array, text: string, at: number): boolean {
  const bit = pairBit(text.charCodeAt(at), text.charCodeAt(at + 1));
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** The first two characters of every short form of two or more: SECOND_LISTS' keys, as a pairSet. */
const NAME_OPENINGS = pairSet(REGIONS.filter((r) => r.short.length > 1).map((r) => r.short));

/** The part of FIRST_LISTS[slot - 1] that can be written at `at` (its second character read). */
function candidatesAt(slot: number, text: string, at: number): readonly RegionEntry[] {
  if (!mayHoldPair(NAME_OPENINGS, text, at)) return ONE_UNIT_LISTS[slot - 1]!;
  return SECOND_LISTS[slot - 1]!.get(text.charCodeAt(at + 1)) ?? ONE_UNIT_LISTS[slot - 1]!;
}

/** A compass point, then the bank, foot or flank it names: the side of a landmark, not the end of a name. */
const SIDE_OF_LANDMARK = /^[东西南北][岸麓侧畔坡]$/;

/**
 * The last text's answer kept: the region, the issuer and the county readers each ask about the same document, and
 * every pass is over the whole text.
 */
export function lastTextOnly<T>(count: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastAnswer: T | undefined;
  return (text) => {
    if (text !== lastText) [lastText, lastAnswer] = [text, count(text)];
    return lastAnswer!;
  };
}

/** How often each region's short form occurs in `text`, in one pass (longest name at a place wins). */
export const countMentions = (text: string): ReadonlyMap<RegionEntry, number> => mentionsByLine(text).all;

/**
 * How often each region's short form occurs in the lines of `text` that hold a sentence's end (。): the counts the lines
 * joined would give, read in countMentions' pass (the region narrowed to is the one the text's sentences name most).
 */
export const countSentenceLineMentions = (text: string): ReadonlyMap<RegionEntry, number> => mentionsByLine(text).inSentenceLines;

const mentionsByLine = lastTextOnly(countEveryMention);

/** How often the region called `name` is among `mentions` (countMentions' counts): 0 when the text does not name it. */
export const timesNamed = (mentions: ReadonlyMap<RegionEntry, number>, name: string | undefined): number =>
  [...mentions].find(([r]) => r.name === name)?.[1] ?? 0;

/**
 * The mentions of regions in `text`, and those in its lines that hold a 。, counted line by line: the same counts as one
 * pass over the text, or over those lines joined, would give, for no name holds a line break and what is read beside a
 * name stops at one (candidatesAt, countyWritten, afterRegion, SIDE_OF_LANDMARK).
 */
function countEveryMention(text: string): { all: Map<RegionEntry, number>; inSentenceLines: Map<RegionEntry, number> } {
  const all = new Map<RegionEntry, number>();
  const inSentenceLines = new Map<RegionEntry, number>();
  // (The next 。 is searched for again only once passed: one scan of the text, however far apart they stand.)
  let stop = text.indexOf('。');
  for (let start = 0; start <= text.length;) {
    const found = text.indexOf('\n', start);
    const end = found === -1 ? text.length : found;
    if (stop !== -1 && stop < start) stop = text.indexOf('。', start);
    addMentions(text, start, end, all, stop !== -1 && stop < end ? inSentenceLines : null);
    start = end + 1;
  }
  return { all, inSentenceLines };
}

/** Adds the mentions of regions in text[from, to) to `counts`, and to `alsoTo` if given (longest name at a place wins). */
function addMentions(text: string, from: number, to: number, counts: Map<RegionEntry, number>, alsoTo: Map<RegionEntry, number> | null): void {
  for (let i = from; i < to; i++) {
    const slot = STARTS[text.charCodeAt(i)]!;
    if (slot === 0) continue;
    const list = candidatesAt(slot, text, i);
    const hit = longestAt(list, text, i);
    if (!hit) continue;
    // 珠江西岸, 黄河北岸, 太行山西麓: a side of a river, lake or mountain, no province (江西, 河北, 山西).
    if (SIDE_OF_LANDMARK.test(text.slice(i + hit.short.length - 1, i + hit.short.length + 1))) {
      i += hit.short.length - 1;
      continue;
    }
    // A name written at this place counts for every region that shares its short form.
    for (const r of list) {
      if (r.short !== hit.short) continue;
      counts.set(r, (counts.get(r) ?? 0) + 1);
      alsoTo?.set(r, (alsoTo.get(r) ?? 0) + 1);
    }
    i += hit.short.length - 1;
  }
}

/** The first of `list` (longest first) whose short form is written at `at`. */
function longestAt(list: readonly RegionEntry[], text: string, at: number): RegionEntry | undefined {
  for (const r of list) if (text.startsWith(r.short, at) && (!IS_COUNTY.has(r) || countyWritten(r.name, text, at))) return r;
  return undefined;
}

/** A suffix opening a longer word (县域, 县级, 区域, 区间, 市场, 旗舰): what is written there is no county's name. */
const WORD_AFTER_SUFFIX = /^(?:县[域级]|区[域间位块]|市[场值级]|旗[舰帜])/;
/** What stands before a county named with one character (凤县, 房县): a mark or a preposition, 将 and 把 too (力争将高县建成…), or its city (afterRegion). */
const APART_BEFORE = /[^\u4e00-\u9fff]|[在从于是和与到赴对向将把]/;

/**
 * Whether the county `name` written at `at` names it: not when its suffix opens a longer word (河南县域经济 is
 * 河南's counties, 东方市场 a market), and a name of one character and its suffix only standing apart (健康县城,
 * 振兴县域 name no 康县, 兴县): a county of one character is written after a mark, a preposition or its city.
 */
function countyWritten(name: string, text: string, at: number): boolean {
  const end = at + name.length;
  if (WORD_AFTER_SUFFIX.test(text.slice(end - 1, end + 1))) return false;
  // 新县城, 代县长, 省市和县委: after a county of one character, 县城, 县长 and 县委 are the words of a sentence.
  if (name.length === 2 && /[城长委]/.test(text[end] ?? '')) return false;
  if (name.length > 2 && !WORD_LIKE_COUNTY.test(name)) return true;
  return at === 0 || APART_BEFORE.test(text[at - 1]!) || afterRegion(text, at) || datedGovernment(name, text, at);
}

/**
 * A county of one character between a year and its government (2024年和县政府工作报告, 2025年凤县人民政府…): a report's or a
 * notice's title names its county so; a bare 县政府 is no county (2024年县政府). A season is not told apart (2024年夏县政府
 * reads 夏县): such a title writes its county, not a season.
 */
function datedGovernment(name: string, text: string, at: number): boolean {
  if (name.length !== 2 || text[at - 1] !== '年') return false;
  const after = text.slice(at + name.length, at + name.length + 4);
  return after.startsWith('政府') || after === '人民政府';
}

/**
 * Counties whose names a sentence spells too, counted only standing apart as a county of one character is: a slogan
 * (创新兴县, 工业强县: 新兴县, 长兴县) or an old town or a quarter of bungalows that urban renewal rebuilds (老城区改造: 洛阳's
 * 老城区; 剩余平房区改造: 哈尔滨's 平房区).
 */
const WORD_LIKE_COUNTY = /^(?:.[兴强富立][县区]|老城区|平房区)$/;

/** A province's or prefecture's full name ends right before `at` (陇南市|康县; not 省市|和县委, superiors listed). */
function afterRegion(text: string, at: number): boolean {
  for (let len = 3; len <= 9 && at - len >= 0; len++) {
    const r = BY_NAME.get(text.slice(at - len, at));
    if (r && r.level !== 'district' && r.name === text.slice(at - len, at)) return true;
  }
  return false;
}

/**
 * The region whose short form opens `line` and stands apart from the words after it (a digit, a
 * colon, a quote or a space follows: 广东2024年目标安排, 浙江：到2035年…); undefined otherwise, so 中山大学
 * names no 中山.
 */
export function regionOpening(line: string): RegionEntry | undefined {
  // An empty line's first code is NaN: no slot.
  const slot = line === '' ? 0 : STARTS[line.charCodeAt(0)]!;
  const hit = slot === 0 ? undefined : longestAt(FIRST_LISTS[slot - 1]!, line, 0);
  if (!hit || !/^[\d\s:：，,“"「（(]/.test(line.slice(hit.short.length))) return undefined;
  return findRegion(hit.short);
}

/**
 * A county's short form (西华 for 西华县, 子长 for 子长市, 漾濞 for 漾濞彝族自治县: an autonomous county's place is its first
 * two characters): counted only by `countyShortForms`, never as a mention, for most are words or towns elsewhere too.
 * None for a county whose short form is one character (凤, 房), a known region's name (大理市: 大理 is the prefecture), or
 * an autonomous banner's (鄂温克族自治旗: its place is the people's name).
 */
function countyShort(name: string): string | null {
  if (name.endsWith('自治旗')) return null;
  const short = name.endsWith('自治县') ? name.slice(0, 2) : name.replace(/(?:林区|特区|县|区|市|旗)$/, '');
  return short.length < 2 || BY_NAME.has(short) ? null : short;
}
const SHORT_COUNTIES = new Map<string, RegionEntry[]>();
for (const r of COUNTY_ENTRIES) {
  const short = countyShort(r.name);
  if (short) SHORT_COUNTIES.set(short, [...(SHORT_COUNTIES.get(short) ?? []), r]);
}
/** The counties a short form names (清徐 → 清徐县; 东城 → several): none for a word the table does not hold. */
export const countiesOfShortForm = (short: string): readonly RegionEntry[] => SHORT_COUNTIES.get(short) ?? [];
/** County short forms by their first character, longest first. */
const { slots: SHORT_STARTS, lists: SHORT_FIRST_LISTS } = byFirstUnit([...SHORT_COUNTIES.keys()], (short) => short);
/** The first two characters of every county short form, as a pairSet: most characters that start one start none with the next. */
const SHORT_OPENINGS = pairSet(SHORT_COUNTIES.keys());
/**
 * Each of SHORT_FIRST_LISTS split by the short form's second character (every one has two or more), order kept: a common
 * first character starts dozens of short forms, and the next character rules out all but a few without comparing each.
 */
const SHORT_SECOND_LISTS: ReadonlyMap<number, readonly string[]>[] = SHORT_FIRST_LISTS.map((list) => {
  const parts = new Map<number, string[]>();
  for (const short of list) {
    const second = short.charCodeAt(1);
    const part = parts.get(second);
    if (part) part.push(short);
    else parts.set(second, [short]);
  }
  return parts;
});

/**
 * How often each county of the gazetteer is written by its short form, its full name included (子长 and 子长市 both
 * count), in one pass. Every county sharing a short form is counted: which one a text means is for its caller to say
 * (the one below a city or province the text names).
 */
export const countyShortForms: (text: string) => ReadonlyMap<RegionEntry, number> = lastTextOnly(countCountyShortForms);

/** The first of `shorts` written at `at` (a loop: no closure per candidate position). */
function shortWrittenAt(shorts: readonly string[] | undefined, text: string, at: number): string | undefined {
  if (shorts) for (const short of shorts) if (text.startsWith(short, at)) return short;
  return undefined;
}

function countCountyShortForms(text: string): Map<RegionEntry, number> {
  const counts = new Map<RegionEntry, number>();
  for (let i = 0; i < text.length; i++) {
    const slot = SHORT_STARTS[text.charCodeAt(i)]!;
    if (slot === 0) continue;
    if (!mayHoldPair(SHORT_OPENINGS, text, i)) continue;
    const short = shortWrittenAt(SHORT_SECOND_LISTS[slot - 1]!.get(text.charCodeAt(i + 1)), text, i);
    if (!short) continue;
    for (const r of SHORT_COUNTIES.get(short)!) counts.set(r, (counts.get(r) ?? 0) + 1);
    i += short.length - 1;
  }
  return counts;
}
