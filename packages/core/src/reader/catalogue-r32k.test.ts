/**
 * Shape catalogue (round 32, r32k): tables split among places, and flattened tables whose header the reader learns from
 * its run of labels. A header that names the indicator (指标名称, 项目) and then places — a city's county-level cities and
 * districts, a county's towns, a province's cities, 全县 or 合计 for the whole — holds in each place's column that place's
 * target (a plan's table) or result (a 统计公报's), the metric named with the place (corpus Decisions 29) and the unit from
 * the 单位 cell (增幅(%): a growth in %). The header's width is learnt from its run of labels, one a line with blank
 * lines between or not, or on one line of cells. A bulletin's 年末数(万人) | 比重(%) header flattened one label a line is
 * read as its tabbed form is; a bare figure the text's end cuts gives no entry (Decisions 17). Must not fire: a list of
 * places that heads no figures (a contents list, an address block with phone numbers), a table whose cells are years, a
 * ranking list. Invented passages only (青禾县, 白石镇 and their figures).
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { entriesInOrder, monthsOf } from '../../test/entries-in-order.ts';
import { extractPlan } from './extract.ts';

/** Every entry as `T metric kind cmp value unit year` or `A metric kind value unit year`, in text order. */
const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text),
    (t) => `T ${t.metric} ${t.kind} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`,
    (a) => `A ${a.metric} ${a.kind} ${a.value}${a.unit ?? ''} ${a.period.year}${monthsOf(a.period)}`,
  );

/** Lines one cell each, a blank line between them (a web page's table as its text is copied). */
const cells = (...lines: string[]): string => lines.join('\n\n');

const CATALOGUE: [string, string, string[]][] = [
  // 1. A county's split among its towns, one cell a line, blank lines between.
  [
    '1a a county among its towns: 全县 then each town, a growth row and an amount row',
    '青禾县人民政府关于下达2024年经济社会发展主要目标任务的通知\n各乡镇人民政府：\n现将2024年主要目标分解表印发给你们。\n附件\n2024年青禾县主要经济指标分解表\n' +
      cells(
        '序号',
        '指标名称',
        '单位',
        '全县',
        '城关镇',
        '白石镇',
        '青禾乡',
        '1',
        '地区生产总值',
        '增长(%)',
        '6.5左右',
        '7以上',
        '6',
        '5.5',
        '2',
        '固定资产投资',
        '亿元',
        '120',
        '60',
        '35',
        '25',
      ),
    [
      'T 地区生产总值 growth ~ 6.5% 2024',
      'T 城关镇地区生产总值 growth >= 7% 2024',
      'T 白石镇地区生产总值 growth = 6% 2024',
      'T 青禾乡地区生产总值 growth = 5.5% 2024',
      'T 固定资产投资 level = 120亿元 2024',
      'T 城关镇固定资产投资 level = 60亿元 2024',
      'T 白石镇固定资产投资 level = 35亿元 2024',
      'T 青禾乡固定资产投资 level = 25亿元 2024',
    ],
  ],
  [
    '1b the same with no blank lines, rows not numbered, no 序号 label',
    '2025年青禾县重点目标任务分解表\n' +
      ['指标名称', '单位', '全县', '城关镇', '白石镇', '一般公共预算收入', '增幅(%)', '5', '6', '4.5', '城镇新增就业', '人', '3000', '1800', '1200'].join('\n'),
    [
      'T 一般公共预算收入 growth = 5% 2025',
      'T 城关镇一般公共预算收入 growth = 6% 2025',
      'T 白石镇一般公共预算收入 growth = 4.5% 2025',
      'T 城镇新增就业 increment = 3000人 2025',
      'T 城关镇城镇新增就业 increment = 1800人 2025',
      'T 白石镇城镇新增就业 increment = 1200人 2025',
    ],
  ],
  // 2. A province's split among its cities, a line of cells (tabs).
  [
    '2a a province among its cities, tabbed, a 合计 column first',
    '2023年青川省主要预期目标分解表\n指标\t单位\t合计\t甲州市\t乙阳市\t丙江市\n地区生产总值增长\t%\t6\t6.5\t6\t5.5\n粮食产量\t万吨\t3000\t1200\t1000\t800',
    [
      'T 地区生产总值 growth = 6% 2023',
      'T 甲州市地区生产总值 growth = 6.5% 2023',
      'T 乙阳市地区生产总值 growth = 6% 2023',
      'T 丙江市地区生产总值 growth = 5.5% 2023',
      'T 粮食产量 level = 3000万吨 2023',
      'T 甲州市粮食产量 level = 1200万吨 2023',
      'T 乙阳市粮食产量 level = 1000万吨 2023',
      'T 丙江市粮食产量 level = 800万吨 2023',
    ],
  ],
  // 3. A results table split among districts, in a 统计公报.
  [
    "3a a bulletin's table by district: each cell the district's result of the year reported",
    '2023年青禾市国民经济和社会发展统计公报\n青禾市统计局\n全年全市实现地区生产总值850亿元，比上年增长5.2%。\n表3 2023年各区主要指标\n' +
      cells('指标', '单位', '全市', '东城区', '西城区', '高新区', '地区生产总值', '亿元', '850', '400', '300', '150'),
    [
      'A 地区生产总值 level 850亿元 2023',
      'A 地区生产总值 growth 5.2% 2023',
      'A 地区生产总值 level 850亿元 2023',
      'A 东城区地区生产总值 level 400亿元 2023',
      'A 西城区地区生产总值 level 300亿元 2023',
      'A 高新区地区生产总值 level 150亿元 2023',
    ],
  ],
  // 4. A department's table: places, then the lead department's column.
  [
    '4a places then 牵头单位, a line of cells',
    '2024年青禾县民生实事目标分解表\n序号\t指标名称\t单位\t全县\t城关镇\t白石镇\t牵头单位\n1\t新增城镇就业\t人\t2000\t1200\t800\t县人社局\n2\t改造农村公路\t公里\t60\t25\t35\t县交通局',
    [
      'T 新增城镇就业 count = 2000人 2024',
      'T 城关镇新增城镇就业 count = 1200人 2024',
      'T 白石镇新增城镇就业 count = 800人 2024',
      'T 改造农村公路 level = 60公里 2024',
      'T 城关镇改造农村公路 level = 25公里 2024',
      'T 白石镇改造农村公路 level = 35公里 2024',
    ],
  ],
  // 5. A bulletin's stock and share columns flattened one label a line, and a figure the text's end cuts.
  [
    "5a 年末数(万人) | 比重(%) one a line under 指 标; the last row cut by the excerpt's end",
    '2023年青禾县国民经济和社会发展统计公报\n青禾县统计局\n表1 2023年年末全县人口数及其构成\n' +
      cells('指 标', '年末数(万人)', '比重(%)', '年末常住人口', '52', '100.0', '其中：城镇人口', '30', '57.7', '乡村人口', '22', '42.3', '其中：男性', '2'),
    [
      'A 常住人口 level 52万人 2023',
      'A 常住人口比重 share 100% 2023',
      'A 城镇人口 level 30万人 2023',
      'A 城镇人口比重 share 57.7% 2023',
      'A 乡村人口 level 22万人 2023',
      'A 乡村人口比重 share 42.3% 2023',
    ],
  ],
  // Must not fire.
  [
    'N1 a contents list of towns: no name label, no figures',
    '青禾县乡镇概况\n目录\n城关镇\n白石镇\n青禾乡\n红岩镇\n城关镇位于县城中部，是全县政治经济中心。',
    [],
  ],
  [
    'N2 an address block of towns with phone numbers',
    '青禾县便民服务中心联系方式\n名称\n城关镇\n白石镇\n青禾乡\n联系电话\n0571-8123456\n0571-8123457\n0571-8123458',
    [],
  ],
  [
    'N3 a table whose cells are years (when each town was set up)',
    '青禾县乡镇沿革\n项目\n城关镇\n白石镇\n青禾乡\n设立年份\n1952\n1958\n1984\n三镇合并前各自为人民公社。',
    [],
  ],
  ['N4 a ranking list of towns and their scores', '2023年青禾县乡镇综合考核结果\n排名\n乡镇\n得分\n1\n城关镇\n96.5\n2\n白石镇\n94.2\n3\n青禾乡\n91.8', []],
  [
    'N5 a sentence naming places and figures is prose, read as before',
    '2024年青禾县政府工作报告\n今年，全县地区生产总值增长6%左右，城关镇、白石镇、青禾乡分别增长7%、6%和5%。',
    ['T 地区生产总值 growth ~ 6% 2024', 'T 城关镇 growth = 7% 2024', 'T 白石镇 growth = 6% 2024', 'T 青禾乡 growth = 5% 2024'],
  ],
];

/**
 * 4a: a table with 序号 and 牵头单位 is read by the 分解表 reader (table.ts), which knows no place columns: today it reads
 * each row's first figure under the row's name, no unit.
 */
const PENDING: Record<string, string[]> = {
  '4a': ['T 城镇就业 increment = 2000 2024', 'T 改造农村公路 level = 60 2024'],
};

describeShapeCatalogue('shape catalogue r32k: tables split among places, headers learnt from their labels', CATALOGUE, PENDING, read);
