/**
 * Shape catalogue (round 33, r33u): figures the reader left unread or bound wrongly.
 * 1. 保持 + a growth figure (`HELD_GROWTH_AFTER` in segment.ts): 保持10%的增长, 保持年均6%增长, 年均保持8%的增长速度 hold a
 *    growth as 保持在 holds a level — a floor. Must not change: a word after the figure (保持8%左右的增长 → `~`), a level or a
 *    share held (保持500万吨, 保持60%: no growth after them), a result (no comparator).
 * 2. The people of a place counted in 万 (`POPULATION_AFTER` in scan.ts, `readPopulation` in statements.ts): 全市320万人民,
 *    450多万青禾儿女 — the population the text gives, a level in 人 as things stand (目前, the text's year), whatever verb
 *    stands before it (corpus Decisions 41.5). Must not fire: money in 人民币, a round number in words as an epithet
 *    (百万青禾人民).
 * 3. Units of a count (units.ts, scan.ts): 头只匹, a pastoral county's herds of cattle, sheep and horses together, is a unit as
 *    头只 is (its 万 kept); 人(次) is 人次 (`BRACKETED_TIMES`); a count whose 万 went into its value drops its bracketed
 *    alternative, 2万套(间) → 20000 套, 5.3万台(套) → 53000 台 (`scaledCountUnit`, corpus Decisions 34). Must not change:
 *    5000套(间) and 15台(套) with no 万 keep it as written, and 20万头(只) keeps its 万 (cattle and sheep, as 头只).
 * 4. A bulletin's table of figures at current prices (`BULLETIN_VALUE` in table-columns.ts): 现价总值 and 现价 head the
 *    year's results as 绝对数 and 绝对值 do, so 项目 | 单位 | 现价总值 | 增长率(%) is a header of shapes, its rows results.
 *    Must not change: a plan's indicator table (基期值 | 目标值) and a header that names no value (项目 | 单位 | 备注).
 * 5. One rank after a 、 list of measures ranks each (`namedMeasures`, `listedMeasure` in statements.ts): short names ending as a
 *    measure's do (开工量、开工率、回迁量和回迁率, 总产量、商品量、调出量), names with an acronym (PM10、PM2.5降幅), the last two
 *    joined by 和, adverbs before the rank (始终, 稳居's 稳) left out; and with 均, a list the rank's own clause names, with no
 *    figure of its own, ranks itself, not the figures of the clauses before. Must not fire: places (两县、三区), a stub sharing
 *    the last item's head (粮食、油料产量), 均 right after a list of figures (…分别达到…，均保持全省第三: those figures rank).
 * 6. The levels a counted noun is of, listed (`LEVEL_ITEM`, `LEVELS_AHEAD` in statements.ts): 3所省、市级示范性幼儿园,
 *    5家国家级、省级龙头企业 — the 、 between the levels is inside the noun, so the count reads. Must not fire: places counted
 *    with no level after them (3个县、区开展试点).
 * 7. A page whose reposting site deleted its figures (`figuresDeleted` in deleted-figures.ts: a year left as a bare 年 — 年1月27日,
 *    到年，, (-年), 回顾了年和…): a unit left right after the noun it measured, closing its clause after a verb of work or
 *    reaching, is a placeholder (招聘教师名。, 新增…床位张；, 人口达到万人 → 人, 达到0亿元), as ** is (`deletedFigureAt` in
 *    scan.ts; corpus Decisions 14, 23). Must not fire: a page that writes its years (no blank read), a word ending in a measure
 *    word (为老年人提供…), a scale word (上万人), a year split by line breaks (2031⏎年⏎1⏎月).
 * 8. A comparator closing a list of figures binds every figure only when the list measures one thing (`oneMeasureListed` in
 *    statements.ts; corpus Decisions 41.2): 国家级龙头企业2家、省级5家以上 → both `>=`; measures that each name their own noun
 *    keep their own words (新增城镇就业5000人、农村转移劳动力8000人以上 → `=` and `>=`; 中心村30个、精品村10个左右 → `=` and `~`).
 * 9. A structure reached (`structurePart` in statements.ts): 三次产业结构比达到12:50:38, 轻重工业比达到25:75 — its parts as
 *    written, `=` (corpus gold c1039, c1211, as 调整为6.7:35:58.3). Must not change: a ratio to one keeps its bound
 *    (收入比缩小到1.9:1以内 → `<=`).
 * 10. A scope between a verb of work and its count (`SCOPE_BEFORE_COUNT` in segment.ts): 推进全省107个…集群提档升级, 实施全县30个
 *    重点项目 — the verb still counts. Must not change: a scope with no verb of work before it (全县30个村, a subject).
 * Invented passages only (a county, a town, a department, a province, a news digest).
 */
import { describe, expect, it } from 'vitest';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { figuresDeleted } from './deleted-figures.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. 保持 + a growth figure: a floor.
  [
    '1a a county holds its growth (保持…的增幅, 保持年均…增长)',
    '2032年青禾县工作要点\n全县生产总值保持7%的增幅，规上工业产值保持年均9%增长。',
    ['T growth >= 7% 2032', 'T growth >= 9% 2032'],
  ],
  [
    '1b a province holds investment growth (保持…的增长, 年均保持…的增长速度)',
    '青禾省2032年经济工作要点\n工业投资保持12%的增长，服务业增加值年均保持6.5%的增长速度。',
    ['T growth >= 12% 2032', 'T growth >= 6.5% 2032'],
  ],
  // 1m. Must not change.
  ['1m1 a word after the figure wins (保持…左右的增长)', '2032年青禾县工作要点\n农业增加值保持4%左右的增长。', ['T growth ~ 4% 2032']],
  [
    '1m2 a level and a share held (no growth after them)',
    '2032年青禾县工作要点\n粮食产量保持45万吨，森林覆盖率保持62%。',
    ['T level = 45万吨 2032', 'T share = 62% 2032'],
  ],
  ['1m3 a result held (no comparator)', '青禾县2031年工作总结\n2031年，全县生产总值保持8%的增长。', ['A growth 8% 2031']],
  // 2. The people of a place: its population as things stand.
  [
    '2a a report addresses the city’s people (全市…万人民) in a passage that plans',
    '青禾市2032年政府工作报告\n新的一年，全市320万人民将团结奋斗，全市生产总值增长6%左右。',
    ['A level 3200000人 2032', 'T growth ~ 6% 2032'],
  ],
  [
    '2b a paper’s thanks on behalf of a province’s sons and daughters (多万…儿女)',
    '青禾日报\n2031年12月30日，市委书记代表全市450多万青禾儿女向各方表示感谢。2031年全市接待游客1200万人次。',
    ['A level 4500000人 2031', 'A count 1200万人次 2031'],
  ],
  // 2m. Must not fire.
  [
    '2m1 money in 人民币, an epithet in words (百万…人民)',
    '青禾县2031年工作总结\n2031年，全县引进资金300万人民币，百万青禾人民团结奋斗。',
    ['A level 300万元 2031'],
  ],
  // 3. Units of a count.
  [
    '3a a pastoral county’s herds in 头只匹',
    '青禾县2031年国民经济统计公报\n2031年，全县出栏各类牲畜4.7万头只匹，出栏率为24.6%；年末存栏各类牲畜19.03万头只匹。',
    ['A count 4.7万头只匹 2031', 'A share 24.6% 2031', 'A count 19.03万头只匹 2031'],
  ],
  [
    '3b visits in 人(次), homes in 万套(间), machines in 万台(套)',
    '青禾县2031年工作总结\n2031年，全县接待游客3000万人(次)，开工保障性租赁住房2万套(间)，农机具保有量达到5.3万台(套)。',
    ['A count 3000万人次 2031', 'A count 20000套 2031', 'A level 53000台 2031'],
  ],
  // 3m. Must not change.
  [
    '3m1 no 万: the alternative kept; 万头(只) keeps its 万',
    '青禾县2031年工作总结\n2031年，牲畜出栏20万头(只)，新建公租房5000套(间)，新增农机15台(套)。',
    ['A level 20万头(只) 2031', 'A increment 5000套(间) 2031', 'A increment 15台套 2031'],
  ],
  // 4. A bulletin's table at current prices.
  [
    '4a a county bulletin’s table, cells between pipes: 项目 | 单位 | 现价总值 | 增长率(%)',
    '青禾县2031年国民经济和社会发展统计公报\n2031年青禾县地区生产总值计算表\n| 项目 | 单位 | 现价总值 | 增长率(%) |\n| 生产总值 | 万元 | 52310 | 6.2 % |\n| 第一产业 | 万元 | 15020 | 3.1 % |\n从三次产业结构看，第一产业比重下降。',
    ['A level 52310万元 2031', 'A growth 6.2% 2031', 'A level 15020万元 2031', 'A growth 3.1% 2031'],
  ],
  [
    '4b a town bulletin’s table, tabs: 指标 | 现价 | 比上年增长(%)',
    '青禾镇2031年统计公报\n指标\t现价\t比上年增长(%)\n地区生产总值（亿元）\t18.6\t5.4\n工业增加值（亿元）\t7.2\t6.8\n',
    ['A level 18.6亿元 2031', 'A growth 5.4% 2031', 'A level 7.2亿元 2031', 'A growth 6.8% 2031'],
  ],
  // 4m. Must not change.
  [
    '4m1 a plan’s indicator table: base and target',
    '青禾县国民经济和社会发展第十五个五年规划纲要\n指标名称\t单位\t2030年基期值\t2035年目标值\t属性\n地区生产总值\t亿元\t312\t450\t预期性\n',
    ['A level 312亿元 2030', 'T level = 450亿元 2035'],
  ],
  // 5. One rank over a list of measures.
  [
    '5a short names of measures, the last two joined by 和, under 均',
    '青禾县2031年工作总结\n2031年，全县安置房开工量、开工率、回迁量和回迁率均位居全市第一。',
    ['A rank 1位 2031', 'A rank 1位 2031', 'A rank 1位 2031', 'A rank 1位 2031'],
  ],
  [
    '5b 始终 and 稳居 before the rank',
    '青禾省2031年工作总结\n2031年，粮食总产量、商品量、调出量始终位居全国第一，挂牌企业、科技型企业总数稳居西部第一。',
    ['A rank 1位 2031', 'A rank 1位 2031', 'A rank 1位 2031', 'A rank 1位 2031', 'A rank 1位 2031'],
  ],
  ['5d names with an acronym', '青禾市2031年生态环境工作总结\n2031年，全市PM10、PM2.5降幅均居全省第2位。', ['A rank 2位 2031', 'A rank 2位 2031']],
  [
    '5c with 均, a list of its own after figures of other clauses',
    '青禾县2031年工作总结\n2031年，全县发电量820亿千瓦时，其中外送558亿千瓦时，增长7.7%，发电量、外送电量均排名全省第一。',
    ['A level 820亿千瓦时 2031', 'A level 558亿千瓦时 2031', 'A growth 7.7% 2031', 'A rank 1位 2031', 'A rank 1位 2031'],
  ],
  // 5m. Must not change.
  [
    '5m1 places, and a stub sharing the last head',
    '青禾县2031年工作总结\n2031年，两县、三区均居全省第一。粮食、油料产量居全省第一。',
    ['A rank 1位 2031', 'A rank 1位 2031'],
  ],
  [
    '5m2 均 right after a list of figures ranks those figures',
    '青禾县2031年工作总结\n2031年，工业增加值、服务业增加值分别达到73.6亿元和38.7亿元，均保持全省第三。',
    ['A level 73.6亿元 2031', 'A level 38.7亿元 2031', 'A rank 3位 2031', 'A rank 3位 2031'],
  ],
  // 6. Levels listed inside the counted noun.
  [
    '6a a county adds kindergartens of two levels and grows firms of two',
    '2032年青禾县教育和农业工作要点\n新增2-4所省、市级示范性幼儿园，培育5家国家级、省级龙头企业。',
    ['T increment range 2所 2032', 'T count = 5家 2032'],
  ],
  // 6m. Must not fire.
  ['6m1 places counted, no level after them', '2032年青禾县工作要点\n支持3个县、区开展试点，新建农村公路30公里。', ['T increment = 30公里 2032']],
  // 7. What a deleted figure leaves.
  [
    '7a a forum’s repost of a city’s ten pledges, its years and figures deleted',
    '青禾市论坛 » 速览青禾2032年十件民生实事\n年1月27日，青禾市代市长作政府工作报告。\n(1)新建中小学4所，招聘教师名。\n(2)新增护理型养老床位张；建设新能源汽车充电桩处。\n(3)到年，城市建成区面积达到平方公里，人口达到万人，财政收入达到0亿元。\n(4)为老年人提供上门服务，带动上万人就业。',
    [
      'T increment = 4所 2032',
      'T increment placeholder null名 2032',
      'T increment placeholder null张 2032',
      'T count placeholder null处 2032',
      'T level placeholder null平方公里 2032',
      'T level placeholder null人 2032',
      'T level placeholder null亿元 2032',
    ],
  ],
  // 7m. Must not fire.
  [
    '7m1 a page that writes its years: a word ending in 人 stays a word',
    '青禾市2032年政府工作报告\n2032年主要目标：\n(1)新建中小学4所，关爱老年人，招聘教师300名。',
    ['T increment = 4所 2032', 'T increment = 300名 2032'],
  ],
  // 8. A comparator closing a list.
  [
    '8a tiers of one thing share it',
    '2032年青禾县工业工作要点\n力争全年培育国家级专精特新企业2家、省级5家以上。',
    ['T count >= 2家 2032', 'T count >= 5家 2032'],
  ],
  [
    '8b measures each naming their own noun keep their own words',
    '2032年青禾县工作要点\n确保新增城镇就业5000人、农村转移劳动力8000人以上，建设和美乡村中心村30个、精品村10个左右。',
    ['T increment = 5000人 2032', 'T increment >= 8000人 2032', 'T count = 30个 2032', 'T count ~ 10个 2032'],
  ],
  // 9. A structure reached.
  [
    '9a a county plan’s structures reached, and a ratio to one',
    '2032年青禾县发展规划\n到2032年，三次产业结构比达到12:50:38，轻重工业比达到25:75，城乡居民收入比缩小到1.9:1以内。',
    ['T share = 12 2032', 'T share = 50 2032', 'T share = 38 2032', 'T level = 25 2032', 'T level = 75 2032', 'T level <= 1.9 2032'],
  ],
  // 10. A scope between the verb and the count.
  [
    '10a a province and a county name their scope before the count',
    '2032年青禾省工作要点\n加快推进全省107个重点特色产业集群提档升级，实施全县30个重点项目。',
    ['T count = 107个 2032', 'T count = 30个 2032'],
  ],
  // 10m. Must not change.
  ['10m1 a scope opening its clause, no verb before it', '2032年青禾县工作要点\n全县30个村实现集体经济收入10万元以上。', ['T level >= 10万元 2032']],
];

/** Passages the reader does not read as the catalogue says yet, with what it reads today. */
const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('shape catalogue r33u: figures left unread or bound wrongly', CATALOGUE, PENDING, read);

describe('figuresDeleted: a page whose site deleted its years (r33u 7)', () => {
  it.each([
    ['年1月27日，市长作报告。', true],
    ['规划（-年）指出，到年，全市…', true],
    ['总结回顾了年和过去五年的工作。', true],
    ['2031年1月27日，市长作报告。到年底，完成投资。', false],
    ['政府工作报告\n——\n2031\n年\n1\n月', false],
    ['年均增长6%，年内完成。', false],
  ])('%s → %s', (text, deleted) => {
    expect(figuresDeleted(text)).toBe(deleted);
  });
});
