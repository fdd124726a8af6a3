/**
 * Shape catalogue (round 23, r23z): the issuing region of a text — a roundup of several regions' congresses (no single
 * issuer: the nation across provinces, the municipality over its districts; corpus Decisions 30), a place name that
 * never runs over a headline's words, a column tag or 小区, a park named after its district (Decisions 24, 30: not the
 * district), with must-not-fire cases: a city's own congress, two regions compared. Invented passages only; each with the
 * region and level the corpus README's conventions give it.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract.ts';

const regionOf = (text: string): string => {
  const plan = extractPlan(text, {});
  return `${plan.region || 'null'} ${plan.level ?? 'null'}`;
};

const CATALOGUE: [string, string, (read: string) => boolean][] = [
  // 1. Roundups: no single issuer.
  [
    '1a congresses of cities in three provinces: the nation',
    '2024年，三座省会城市这样干\n1月10日，武汉市第十五届人民代表大会第四次会议开幕，市长作政府工作报告，提出地区生产总值增长6%左右。1月12日，长沙市第十六届人民代表大会第三次会议召开，长沙提出增长5.5%左右。1月15日，南昌市第十六届人民代表大会第四次会议开幕，南昌提出增长6%。',
    (r) => r === '全国 national',
  ],
  [
    '1b congresses of districts of one municipality: the municipality',
    '区县两会看新图景\n1月8日，徐汇区第十七届人民代表大会第四次会议开幕，提出区级一般公共预算收入增长5%。1月9日，闵行区第七届人民代表大会第四次会议召开，提出固定资产投资增长6%。1月10日，浦东新区第七届人民代表大会第四次会议开幕，提出地区生产总值增长5.5%左右。',
    (r) => r === '上海市 province',
  ],
  [
    '1c must-not-fire: two cities compared are no roundup',
    '1月10日，武汉市第十五届人民代表大会第四次会议开幕，市长作政府工作报告，全市地区生产总值增长6%左右。与长沙市第十六届人民代表大会提出的5.5%相比，目标更高。',
    (r) => r !== '全国 national',
  ],
  [
    "1d must-not-fire: a city's own congress under its province's",
    '1月10日，宜昌市第八届人民代表大会第四次会议开幕。市长向大会作政府工作报告，提出今年全市地区生产总值增长6.5%左右。会议贯彻省十四届人大二次会议精神。',
    (r) => r === '宜昌市 city',
  ],
  [
    "1e must-not-fire: a roundup of one province's cities is not the province's plan",
    '湖北多市经济目标出炉\n宜昌市第八届人民代表大会第四次会议、襄阳市第十八届人民代表大会第四次会议、荆州市第六届人民代表大会第四次会议相继召开。宜昌提出增长6.5%左右，襄阳提出增长7%。',
    (r) => !r.startsWith('湖北省'),
  ],
  // 2. A place name is a place's name.
  [
    "2a a front page's headlines run before 县 are no county",
    '在线读报 我县召开乡村振兴推进会 创建工作走深走实 某某纪念展开幕仪式举行 县十七届人大常委会召开会议\n今年全县农村自来水普及率达到92%以上。',
    (r) => !/举行|走实/.test(r),
  ],
  ['2b a column tag before a district is not its name', '最新丨金凤区召开经济运行分析会\n今年全区地区生产总值增长6%。', (r) => r === '金凤区 district'],
  ['2c 小区 is no district', '全县今年改造老旧小区32个，新建所小区配套幼儿园3所。', (r) => !/小区/.test(r)],
  [
    '2d a park named after a district does not name it',
    '2023年，我区完成签约项目80个（包括碧江高新区），引进优强企业15家（任务数12家）。',
    (r) => !r.startsWith('碧江区'),
  ],
  [
    '2e a district named whole in Traditional characters, beside 全市 as its comparison',
    '海淀「十四五」教育規劃\n「十四五」時期，北京市海淀區將新增學位3萬個。海淀區高考成績在全市領先。',
    (r) => r === '海淀区 district',
  ],
  [
    '2f 结合X实际 names the city over a metropolis it joins',
    '为加快建设环成都经济圈开放发展示范市，结合眉山实际，制定本方案。到2025年，全市人工智能产业规模达到100亿元。',
    (r) => r === '眉山市 city',
  ],
  [
    '2g must-not-fire: 结合全市实际 names no region; the city named most speaks',
    '结合全市实际，制定本方案。到2025年，全市新建5G基站3000个，襄阳市数字经济规模达到1000亿元，襄阳市成为区域数字经济中心。',
    (r) => r === '襄阳市 city',
  ],
  [
    '2h must-not-fire: a congress after a county written whole keeps the county',
    '宁乡市第十八届人民代表大会第四次会议开幕。市长向大会作政府工作报告，提出今年全市地区生产总值增长6%。',
    (r) => r === '宁乡市 district',
  ],
  // 3. The level a text speaks for.
  [
    '3a 我市 beside 全省 as the stage it means to lead: a city, its name unknown (not the province)',
    '发挥我市算力基础设施优势，打造全省人工智能应用高地。到2027年，培育人工智能企业20家，建设浙江数字经济示范区。',
    (r) => r === 'null city',
  ],
  [
    '3b must-not-fire: a province that says 我省 keeps its level beside one 全市',
    '我省全面推进数字经济发展，到2027年培育人工智能企业200家，支持杭州建成全市一体的算力网络，浙江省数字经济增加值占比达到50%。',
    (r) => r === '浙江省 province',
  ],
];

describe('shape catalogue r23z: the issuing region', () => {
  const results = CATALOGUE.map(([name, text, right]) => ({ name, read: regionOf(text), right }));
  it.each(results)('$name', ({ read, right }) => {
    expect(right(read), read).toBe(true);
  });
});
