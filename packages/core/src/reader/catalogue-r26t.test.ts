/**
 * Shape catalogue (round 26, r26t): five-year-plan indicator tables read by the shapes of their cells, whatever their
 * separators. A header of one line or several names the columns — years (2020年, 2025), value words (基期值, 现状值,
 * 目标值, 规划值, 预期值), a growth column (年均增长, 年均增速 with 〔累计〕 on the line below), an attribute (属性), a unit
 * column — and each row is a name (its unit in brackets, a group cell written once for several rows, a 序号 before it),
 * perhaps a unit cell, value cells carrying their cues (>6, ≥95, 6左右, 〔5〕) or left blank (—, -, /), and 预期性/约束性.
 * Cells come one a line (blank lines between or not), between tabs, pipes, runs of spaces or HTML cell markup; a table
 * may be turned on its side (the names on one line, each column's values on the next). What must be read follows the
 * corpus README's Tables convention and Decisions 34: one target per 目标值 cell (`=` unless the cell carries a cue) with
 * the row's attribute, one actual per 基期值 cell of its year, a 年均增长 cell a growth target, a 〔累计〕 cell an
 * increment (an amount) or a share in 百分点 (a rate), a blank cell nothing. Must-not-fire: results in prose with their
 * figures on lines of their own, a table of contents with page numbers, a table of results over five years (no target
 * column), a list of projects with their investment. Invented tables only (青禾县, own figures).
 */
import { extractPlan } from './extract.ts';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { entriesInOrder } from '../../test/entries-in-order.ts';

/** Each entry as `T metric | kind cmp value unit year attribute` or `A metric | kind value unit year`, in text order. */
const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text, {}),
    (t) => `T ${t.metric} | ${t.kind} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}${t.attribute ? ` ${t.attribute}` : ''}`,
    (a) => `A ${a.metric} | ${a.kind} ${a.value}${a.unit ?? ''} ${a.period.year}`,
  );

const PLAN = '青禾县国民经济和社会发展第十四个五年规划纲要（2021—2025年）\n专栏1 “十四五”经济社会发展主要指标\n';
/** Cells one a line. */
const lines = (...cells: string[]): string => cells.join('\n');
/** Cells one a line, a blank line after each (a web page's cells copied as paragraphs). */
const paragraphs = (...cells: string[]): string => cells.join('\n\n');
/** Rows of cells between tabs. */
const tabs = (...rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');

export const CATALOGUE: [string, string, string[]][] = [
  // 1. One row a line.
  [
    '1a tabs: 指标 | 单位 | 2020年 | 2025年 | 年均增长 | 属性',
    PLAN +
      tabs(
        ['指标', '单位', '2020年', '2025年', '年均增长', '属性'],
        ['地区生产总值', '亿元', '312', '450', '7.5%', '预期性'],
        ['一般公共预算收入', '亿元', '18.6', '25', '6%', '预期性'],
        ['森林覆盖率', '%', '61.2', '62', '—', '约束性'],
      ),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'T 地区生产总值 | growth = 7.5% 2025 预期性',
      'A 一般公共预算收入 | level 18.6亿元 2020',
      'T 一般公共预算收入 | level = 25亿元 2025 预期性',
      'T 一般公共预算收入 | growth = 6% 2025 预期性',
      'A 森林覆盖率 | share 61.2% 2020',
      'T 森林覆盖率 | share = 62% 2025 约束性',
    ],
  ],
  [
    '1b pipes, units in the name cell’s brackets, 2020年基期值 | 2025年目标值',
    `${PLAN}| 指标 | 2020年基期值 | 2025年目标值 | 属性 |\n| 常住人口城镇化率（%） | 56.4 | 63 | 预期性 |\n| 每千人口拥有执业（助理）医师数（人） | 2.6 | 3.2 | 预期性 |\n| 城镇调查失业率（%） | 5.1 | <5.5 | 预期性 |\n`,
    [
      'A 常住人口城镇化率 | share 56.4% 2020',
      'T 常住人口城镇化率 | share = 63% 2025 预期性',
      'A 每千人口拥有执业（助理）医师数 | level 2.6人 2020',
      'T 每千人口拥有执业（助理）医师数 | level = 3.2人 2025 预期性',
      'A 城镇调查失业率 | share 5.1% 2020',
      'T 城镇调查失业率 | share <= 5.5% 2025 预期性',
    ],
  ],
  [
    '1c a Markdown table, its rule under the header, bare years 2020 | 2025',
    `${PLAN}| 指标名称 | 2020 | 2025 | 属性 |\n|---|---|---|---|\n| 高标准农田面积（万亩） | 21 | 30 | 约束性 |\n| 农村自来水普及率（%） | 93 | ≥98 | 预期性 |\n`,
    [
      'A 高标准农田面积 | level 21万亩 2020',
      'T 高标准农田面积 | level = 30万亩 2025 约束性',
      'A 农村自来水普及率 | share 93% 2020',
      'T 农村自来水普及率 | share >= 98% 2025 预期性',
    ],
  ],
  [
    '1d HTML cell markup, a group cell merged over two rows (rowspan)',
    `${PLAN}<table><tr><td>类别</td><td>指标</td><td>2020年</td><td>2025年</td><td>属性</td></tr><tr><td rowspan="2">经济发展</td><td>地区生产总值（亿元）</td><td>312</td><td>450</td><td>预期性</td></tr><tr><td>规模以上工业增加值（亿元）</td><td>96</td><td>150</td><td>预期性</td></tr><tr><td>绿色生态</td><td>空气质量优良天数比率（%）</td><td>91.5</td><td>≥93</td><td>约束性</td></tr></table>`,
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'A 规模以上工业增加值 | level 96亿元 2020',
      'T 规模以上工业增加值 | level = 150亿元 2025 预期性',
      'A 空气质量优良天数比率 | share 91.5% 2020',
      'T 空气质量优良天数比率 | share >= 93% 2025 约束性',
    ],
  ],
  [
    '1e runs of spaces (a PDF page), a 序号 column and a unit column, no 指标 in the header',
    `${PLAN}序号    项目                      单位      2020年     2025年     属性\n1       地区生产总值              亿元      312        450        预期性\n2       全社会研发经费投入强度    %         1.6        2.5        预期性\n3       森林覆盖率                %         61.2       ≥62        约束性\n`,
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'A 全社会研发经费投入强度 | share 1.6% 2020',
      'T 全社会研发经费投入强度 | share = 2.5% 2025 预期性',
      'A 森林覆盖率 | share 61.2% 2020',
      'T 森林覆盖率 | share >= 62% 2025 约束性',
    ],
  ],
  [
    '1f a header over two lines: years, then 基期值 | 目标值 | 〔累计〕 under them',
    PLAN +
      tabs(
        ['指标名称', '2020年', '2025年', '年均增长', '属性'],
        ['基期值', '目标值', '〔累计〕'],
        ['地区生产总值（亿元）', '312', '450', '7.5', '预期性'],
        ['常住人口城镇化率（%）', '56.4', '63', '〔6.6〕', '预期性'],
        ['城镇新增就业人数（万人）', '—', '—', '〔4.5〕', '预期性'],
      ),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'T 地区生产总值 | growth = 7.5% 2025 预期性',
      'A 常住人口城镇化率 | share 56.4% 2020',
      'T 常住人口城镇化率 | share = 63% 2025 预期性',
      'T 常住人口城镇化率 | share = 6.6百分点 2025 预期性',
      'T 城镇新增就业人数 | increment = 4.5万人 2025 预期性',
    ],
  ],
  [
    '1g group cells written once (the group’s later rows a cell short), 现状值 | 规划值 with no year (the plan’s period)',
    PLAN +
      tabs(
        ['类别', '指标', '单位', '现状值', '规划值', '属性'],
        ['创新驱动', '研发经费投入增长', '%', '8.2', '>10', '预期性'],
        ['每万人口高价值发明专利拥有量', '件', '1.1', '3', '预期性'],
        ['民生福祉', '人均预期寿命', '岁', '78.2', '79', '预期性'],
        ['劳动年龄人口平均受教育年限', '年', '10.6', '11.3', '约束性'],
      ),
    [
      'A 研发经费投入 | growth 8.2% 2020',
      'T 研发经费投入 | growth > 10% 2025 预期性',
      'A 每万人口高价值发明专利拥有量 | count 1.1件 2020',
      'T 每万人口高价值发明专利拥有量 | count = 3件 2025 预期性',
      'A 人均预期寿命 | level 78.2岁 2020',
      'T 人均预期寿命 | level = 79岁 2025 预期性',
      'A 劳动年龄人口平均受教育年限 | level 10.6年 2020',
      'T 劳动年龄人口平均受教育年限 | level = 11.3年 2025 约束性',
    ],
  ],
  [
    '1h empty cells between tabs, 预期值 for the target, cues in the cells (6左右, 8以上, 5-6)',
    PLAN +
      tabs(
        ['指标', '基期值', '预期值', '年均增长', '属性'],
        ['地区生产总值（亿元）', '312', '', '6左右', '预期性'],
        ['社会消费品零售总额（亿元）', '120', '170', '8以上', '预期性'],
        ['居民人均可支配收入增长（%）', '', '5-6', '', '预期性'],
      ),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | growth ~ 6% 2025 预期性',
      'A 社会消费品零售总额 | level 120亿元 2020',
      'T 社会消费品零售总额 | level = 170亿元 2025 预期性',
      'T 社会消费品零售总额 | growth >= 8% 2025 预期性',
      'T 居民人均可支配收入 | growth range 5% 2025 预期性',
    ],
  ],
  [
    '1i runs of spaces, a header over two lines (years, then 基期值 | 目标值 under them)',
    `${PLAN}指标名称                  2020年      2025年      属性\n                          基期值      目标值\n地区生产总值（亿元）      312         450         预期性\n森林覆盖率（%）           61.2        ≥62         约束性\n`,
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'A 森林覆盖率 | share 61.2% 2020',
      'T 森林覆盖率 | share >= 62% 2025 约束性',
    ],
  ],
  [
    '1j tabs, 项目 | 单位 | 2020年 | 2025年 in a plan whose words set nothing else: the later year stays the target',
    '青禾县“十四五”规划（2021—2025年）\n' +
      tabs(['项目', '单位', '2020年', '2025年'], ['常住人口', '万人', '41.2', '43'], ['常住人口城镇化率', '%', '56', '60']),
    ['A 常住人口 | level 41.2万人 2020', 'T 常住人口 | level = 43万人 2025', 'A 常住人口城镇化率 | share 56% 2020', 'T 常住人口城镇化率 | share = 60% 2025'],
  ],
  // 2. One cell a line.
  [
    '2a one cell a line: 指标名称 | 单位 | 2020年 | 2025年 | 属性',
    PLAN +
      lines(
        '指标名称',
        '单位',
        '2020年',
        '2025年',
        '属性',
        '地区生产总值',
        '亿元',
        '312',
        '450',
        '预期性',
        '人均地区生产总值',
        '元',
        '52000',
        '70000',
        '预期性',
        '城镇调查失业率',
        '%',
        '5.1',
        '<5.5',
        '预期性',
      ),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'A 人均地区生产总值 | level 52000元 2020',
      'T 人均地区生产总值 | level = 70000元 2025 预期性',
      'A 城镇调查失业率 | share 5.1% 2020',
      'T 城镇调查失业率 | share <= 5.5% 2025 预期性',
    ],
  ],
  [
    '2b one cell a line with a blank line after each, units in brackets, 基期值 | 目标值 | 年均增长',
    PLAN +
      paragraphs(
        '指标',
        '2020年基期值',
        '2025年目标值',
        '年均增长（%）',
        '属性',
        '地区生产总值（亿元）',
        '312',
        '450',
        '7.5',
        '预期性',
        '进出口总额（亿元）',
        '42',
        '60',
        '7.4',
        '预期性',
        '非化石能源占一次能源消费比重（%）',
        '18',
        '22',
        '—',
        '约束性',
      ),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'T 地区生产总值 | growth = 7.5% 2025 预期性',
      'A 进出口总额 | level 42亿元 2020',
      'T 进出口总额 | level = 60亿元 2025 预期性',
      'T 进出口总额 | growth = 7.4% 2025 预期性',
      'A 非化石能源占一次能源消费比重 | share 18% 2020',
      'T 非化石能源占一次能源消费比重 | share = 22% 2025 约束性',
    ],
  ],
  [
    '2c one cell a line: each year over its value word (2020 ⏎ 基期值), 年均增速 over 〔累计〕, group cells written once, 序号-free, Traditional',
    '青禾縣國民經濟和社會發展第十四個五年規劃綱要（2021—2025年）\n專欄1 主要指標\n' +
      lines(
        '類別',
        '指標',
        '2020',
        '基期值',
        '2025',
        '目標值',
        '年均增速',
        '〔累計〕',
        '屬性',
        '經濟發展',
        '地區生產總值（億元）',
        '312',
        '450',
        '7.5',
        '預期性',
        '糧食綜合生產能力（萬噸）',
        '38',
        '40',
        '2',
        '約束性',
        '綠色生態',
        '森林覆蓋率（%）',
        '60.2',
        '62',
        '〔1.8〕',
        '約束性',
        '民生福祉',
        '城鎮新增就業人數（萬人）',
        '—',
        '—',
        '〔4.5〕',
        '預期性',
      ),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'T 地区生产总值 | growth = 7.5% 2025 预期性',
      'A 粮食综合生产能力 | level 38万吨 2020',
      'T 粮食综合生产能力 | level = 40万吨 2025 约束性',
      'T 粮食综合生产能力 | increment = 2万吨 2025 约束性',
      'A 森林覆盖率 | share 60.2% 2020',
      'T 森林覆盖率 | share = 62% 2025 约束性',
      'T 森林覆盖率 | share = 1.8百分点 2025 约束性',
      'T 城镇新增就业人数 | increment = 4.5万人 2025 预期性',
    ],
  ],
  [
    '2d one cell a line: 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性, numbered group headings, a row that leaves its unit cell out',
    PLAN +
      lines(
        '序号',
        '指标',
        '单位',
        '2020年',
        '2025年',
        '属性',
        '一、经济发展',
        '1',
        '地区生产总值',
        '亿元',
        '312',
        '450',
        '预期性',
        '2',
        '城乡居民收入比',
        '2.1',
        '2',
        '预期性',
        '二、安全保障',
        '3',
        '粮食综合生产能力',
        '万吨',
        '38',
        '>38',
        '约束性',
      ),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'A 城乡居民收入比 | level 2.1 2020',
      'T 城乡居民收入比 | level = 2 2025 预期性',
      'A 粮食综合生产能力 | level 38万吨 2020',
      'T 粮食综合生产能力 | level > 38万吨 2025 约束性',
    ],
  ],
  [
    '2e one cell a line, 项目 | 2020年完成 | 2025年目标 | 属性 (no 指标 in the header), a name wrapped before its bracketed unit',
    PLAN +
      lines(
        '项目',
        '2020年完成',
        '2025年目标',
        '属性',
        '城镇新增就业人数',
        '（万人）',
        '1.1',
        '1.3',
        '预期性',
        '养老机构护理型床位占比（%）',
        '45',
        '≥55',
        '约束性',
        '每千人口拥有3岁以下婴幼儿托位数（个）',
        '1.2',
        '4.5',
        '预期性',
      ),
    [
      'A 城镇新增就业人数 | increment 1.1万人 2020',
      'T 城镇新增就业人数 | increment = 1.3万人 2025 预期性',
      'A 养老机构护理型床位占比 | share 45% 2020',
      'T 养老机构护理型床位占比 | share >= 55% 2025 约束性',
      'A 每千人口拥有3岁以下婴幼儿托位数 | level 1.2个 2020',
      'T 每千人口拥有3岁以下婴幼儿托位数 | level = 4.5个 2025 预期性',
    ],
  ],
  [
    '2f one cell a line between pipes (|2020年|), no attribute column',
    PLAN +
      lines(
        '|指标|',
        '|2020年|',
        '|2025年|',
        '|年均增长|',
        '|地区生产总值（亿元）|',
        '|312|',
        '|450|',
        '|7.5%|',
        '|税收收入（亿元）|',
        '|12.4|',
        '|17|',
        '|6.5%|',
      ),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025',
      'T 地区生产总值 | growth = 7.5% 2025',
      'A 税收收入 | level 12.4亿元 2020',
      'T 税收收入 | level = 17亿元 2025',
      'T 税收收入 | growth = 6.5% 2025',
    ],
  ],
  [
    '2g one cell a line: a row and its parts (其中) stacked in one cell, their figures stacked in each column',
    PLAN +
      lines(
        '指标',
        '2020年',
        '2025年',
        '属性',
        '学前教育毛入园率（%）',
        '95',
        '98',
        '约束性',
        '专任教师本科以上学历比例（%）',
        '其中：小学',
        '初中',
        '72',
        '88',
        '85',
        '95',
        '预期性',
        '高中阶段毛入学率（%）',
        '93',
        '96',
        '预期性',
      ),
    [
      'A 学前教育毛入园率 | share 95% 2020',
      'T 学前教育毛入园率 | share = 98% 2025 约束性',
      'A 专任教师本科以上学历比例（小学） | share 72% 2020',
      'A 专任教师本科以上学历比例（初中） | share 88% 2020',
      'T 专任教师本科以上学历比例（小学） | share = 85% 2025 预期性',
      'T 专任教师本科以上学历比例（初中） | share = 95% 2025 预期性',
      'A 高中阶段毛入学率 | share 93% 2020',
      'T 高中阶段毛入学率 | share = 96% 2025 预期性',
    ],
  ],
  [
    '2h one cell a line: figures carrying their units and cues in the cells (11.4年, 99%以上), no unit column',
    PLAN +
      lines(
        '指标',
        '2020年',
        '2025年',
        '属性',
        '劳动年龄人口平均受教育年限',
        '10.9年',
        '11.5年以上',
        '约束性',
        '九年义务教育巩固率',
        '98%',
        '99%以上',
        '约束性',
        '县域医疗卫生次中心',
        '2个',
        '5个',
        '预期性',
      ),
    [
      'A 劳动年龄人口平均受教育年限 | level 10.9年 2020',
      'T 劳动年龄人口平均受教育年限 | level >= 11.5年 2025 约束性',
      'A 九年义务教育巩固率 | share 98% 2020',
      'T 九年义务教育巩固率 | share >= 99% 2025 约束性',
      'A 县域医疗卫生次中心 | count 2个 2020',
      'T 县域医疗卫生次中心 | count = 5个 2025 预期性',
    ],
  ],
  [
    '2i one cell a line with 序号 lines, group cells and a unit column, Traditional',
    '青禾縣“十四五”規劃（2021—2025年）\n主要指標表\n' +
      lines(
        '類別',
        '序號',
        '指標名稱',
        '單位',
        '2020年',
        '2025年',
        '指標屬性',
        '創新驅動',
        '1',
        '研發經費投入強度',
        '%',
        '1.6',
        '2.5',
        '預期性',
        '2',
        '數字經濟核心產業增加值佔比',
        '%',
        '4',
        '8',
        '預期性',
        '安全保障',
        '3',
        '糧食綜合生產能力',
        '萬噸',
        '38',
        '≥38',
        '約束性',
      ),
    [
      'A 研发经费投入强度 | share 1.6% 2020',
      'T 研发经费投入强度 | share = 2.5% 2025 预期性',
      'A 数字经济核心产业增加值占比 | share 4% 2020',
      'T 数字经济核心产业增加值占比 | share = 8% 2025 预期性',
      'A 粮食综合生产能力 | level 38万吨 2020',
      'T 粮食综合生产能力 | level >= 38万吨 2025 约束性',
    ],
  ],
  [
    '2j one cell a line, the name header cell left empty in the page (the header opens with its years)',
    PLAN + lines('2020年', '2025年', '属性', '地区生产总值（亿元）', '312', '450', '预期性', '常住人口（万人）', '41.2', '43', '预期性'),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'A 常住人口 | level 41.2万人 2020',
      'T 常住人口 | level = 43万人 2025 预期性',
    ],
  ],
  [
    '2k one cell a line, the attribute column before the values',
    PLAN + lines('指标', '属性', '2020年', '2025年', '地区生产总值（亿元）', '预期性', '312', '450', '森林覆盖率（%）', '约束性', '61.2', '62'),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'A 森林覆盖率 | share 61.2% 2020',
      'T 森林覆盖率 | share = 62% 2025 约束性',
    ],
  ],
  [
    '2l one cell a line: a row and its part (其中) each with figures, stacked in one cell',
    PLAN +
      lines(
        '指标',
        '2020年',
        '2025年',
        '属性',
        '城镇新增就业人数（万人）',
        '1.1',
        '1.3',
        '预期性',
        '研究与试验发展经费投入（亿元）',
        '其中：企业投入（亿元）',
        '8.5',
        '6.2',
        '15',
        '11',
        '预期性',
      ),
    [
      'A 城镇新增就业人数 | increment 1.1万人 2020',
      'T 城镇新增就业人数 | increment = 1.3万人 2025 预期性',
      'A 研究与试验发展经费投入 | level 8.5亿元 2020',
      'A 企业投入 | level 6.2亿元 2020',
      'T 研究与试验发展经费投入 | level = 15亿元 2025 预期性',
      'T 企业投入 | level = 11亿元 2025 预期性',
    ],
  ],
  [
    '2m one cell a paragraph, Traditional: 序号 | 指标 | 单位 | 现状值 | 规划值 | 年均增长 | 属性, a unit cell left blank (—), 〔14〕 in a target cell',
    '青禾縣“十四五”規劃（2021—2025年）\n\n' +
      paragraphs(
        '序號',
        '指標',
        '單位',
        '現狀值',
        '規劃值',
        '年均增長',
        '屬性',
        '1',
        '地區生產總值',
        '億元',
        '312',
        '450',
        '7.5%',
        '預期性',
        '2',
        '城鄉居民收入比',
        '—',
        '2.1',
        '2.0',
        '/',
        '預期性',
        '3',
        '單位GDP能耗降低',
        '%',
        '—',
        '〔14〕',
        '—',
        '約束性',
        '以上指標中，約束性指標須確保完成。',
      ),
    [
      'A 地区生产总值 | level 312亿元 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'T 地区生产总值 | growth = 7.5% 2025 预期性',
      'A 城乡居民收入比 | level 2.1 2020',
      'T 城乡居民收入比 | level = 2 2025 预期性',
      'T 单位GDP能耗 | growth = 14% 2025 约束性',
    ],
  ],
  // 3. Turned on its side.
  [
    '3a turned on its side, no 指标 label: the names on one line, then each year’s values on a line of their own',
    `${PLAN}地区生产总值（亿元）\t常住人口城镇化率（%）\t森林覆盖率（%）\n2020年\t312\t56.4\t61.2\n2025年\t450\t63\t≥62\n`,
    [
      'A 地区生产总值 | level 312亿元 2020',
      'A 常住人口城镇化率 | share 56.4% 2020',
      'A 森林覆盖率 | share 61.2% 2020',
      'T 地区生产总值 | level = 450亿元 2025',
      'T 常住人口城镇化率 | share = 63% 2025',
      'T 森林覆盖率 | share >= 62% 2025',
    ],
  ],
  [
    '3b turned on its side with pipes, 基期值 and 目标值 labels alone above their lines, an attribute line',
    `${PLAN}主要指标 | 地区生产总值（亿元） | 城镇调查失业率（%） |\n2020年基期值 |\n312 | 5.1 |\n2025年目标值 |\n450 | <5.5 |\n属性 | 预期性 | 预期性 |\n`,
    [
      'A 地区生产总值 | level 312亿元 2020',
      'A 城镇调查失业率 | share 5.1% 2020',
      'T 地区生产总值 | level = 450亿元 2025 预期性',
      'T 城镇调查失业率 | share <= 5.5% 2025 预期性',
    ],
  ],
  // 4. Must not fire.
  [
    '4a must not fire: results listed name, figure and unit each on a line of its own',
    '2023年青禾县经济运行情况\n2023年全县主要经济指标：\n' +
      lines('地区生产总值', '312.5', '亿元', '一般公共预算收入', '18.6', '亿元', '城镇居民人均可支配收入', '45210', '元'),
    ['A 地区生产总值 | level 312.5亿元 2023', 'A 一般公共预算收入 | level 18.6亿元 2023', 'A 城镇居民人均可支配收入 | level 45210元 2023'],
  ],
  [
    '4b must not fire: a table of contents with page numbers',
    `${PLAN}目录\n第一章 发展基础\n3\n第二章 发展目标\n7\n第三章 主要任务\n12\n第四章 保障措施\n35\n`,
    [],
  ],
  [
    '4c must not fire: a table of results over five years, no target column',
    '青禾县2023年国民经济和社会发展统计公报\n表1 2019—2023年主要经济指标\n' +
      tabs(['指标', '2019年', '2020年', '2021年', '2022年', '2023年'], ['地区生产总值（亿元）', '280', '291', '312', '330', '352']),
    [
      'A 地区生产总值 | level 280亿元 2019',
      'A 地区生产总值 | level 291亿元 2020',
      'A 地区生产总值 | level 312亿元 2021',
      'A 地区生产总值 | level 330亿元 2022',
      'A 地区生产总值 | level 352亿元 2023',
    ],
  ],
  [
    '4d must not fire: the same results table one cell a line',
    '青禾县2023年国民经济和社会发展统计公报\n表1 2019—2023年主要经济指标\n' +
      lines('指标', '2019年', '2020年', '2021年', '2022年', '2023年', '地区生产总值（亿元）', '280', '291', '312', '330', '352'),
    [
      'A 地区生产总值 | level 280亿元 2019',
      'A 地区生产总值 | level 291亿元 2020',
      'A 地区生产总值 | level 312亿元 2021',
      'A 地区生产总值 | level 330亿元 2022',
      'A 地区生产总值 | level 352亿元 2023',
    ],
  ],
  [
    '4e must not fire: a list of projects with their investment, one cell a line',
    '青禾县2024年重点项目清单\n' +
      lines(
        '项目名称',
        '建设地点',
        '总投资（亿元）',
        '建设年限',
        '青禾物流园',
        '城东新区',
        '12.5',
        '2022—2024',
        '城南污水处理厂',
        '城南街道',
        '3.2',
        '2023—2025',
      ),
    [],
  ],
];

/**
 * Shapes read wrong today, each pinned to its reading. At round 26's start 13 of the 25 layouts and 3 of the 5
 * must-not-fire passages read right (1c, 1e, 1f, 1j, 2c, 2e, 2g, 2h, 2j, 2l, 2m, 3a, 4c, 4d wrong); the column model read
 * from the shapes of header and cells reads them all.
 */
const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('shape catalogue r26t: indicator tables read by the shapes of their cells', CATALOGUE, PENDING, read);
