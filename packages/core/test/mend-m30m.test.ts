/**
 * Mend m30m (round 30, review30m of r30m): probes of the ragged-page join (joinRaggedLines, reader/clean.ts) — lines a PDF
 * broke at uneven widths rejoined by what they say. Each probe sets a short or ragged layout (results one a line, a table
 * printed with single spaces, headings without stops, a signature block, a two-line headline and dateline, a table of
 * contents, items 1 2 3 without separators, a figure at a line's end before a line opening on a unit) after or before a
 * ragged prose page that turns the join on, and wrapped figures (a number, a decimal, a unit split) that must rejoin.
 * Six findings, each marked: s07 (a table of contents' leader rows ran on, mended by LEADER) and s01c, s02c, s03c, s08c, s11c
 * (a page-wide line with no stop inside — a result of a digest, a table row, a heading, an item 1 2 3 — ran into
 * the next line; mended: such a line opening a paragraph or following another stop-less line stays whole, only the
 * text's first line, a title, may wrap). The rest are passes kept as must-not-fire cases. The *b probes do not turn the
 * join on (main's common-width join reads them); the *c probes sit under a ragged page that does; f1–f5, g2 probe the plan
 * periods run to 十六五 (all pass). Invented passages only.
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { entriesInOrder } from './entries-in-order.ts';
import { extractPlan } from '../src/reader/extract.ts';

/** Metric too: a join gone wrong shows first in a metric that swallowed the line above. */
const read = (text: string): string[] =>
  entriesInOrder(
    extractPlan(text),
    (t) => `T ${t.metric} ${t.kind} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`,
    (a) => `A ${a.metric} ${a.kind} ${a.value}${a.unit ?? ''} ${a.period.year}`,
  );

/** The opening lines of a county report broken at ragged widths: the prose that turns the ragged join on (p00, s*, w*). */
const RAGGED_OPENING =
  '松川县2024年政府工作报告\n过去一年，全县上下坚持稳中求进工作总基调，扎实推进\n各项工作，经济社会保持平稳健康发展，全年地区生产总值增长6.5%，一般\n公共预算收入完成12.3亿元，同比增长5.2%；城乡居\n民收入稳步提高，民生保障持续加强，社会大局和谐稳定，发展基础进一\n步夯实，为完成今年目标任务奠定了坚实基础。我们坚持以人民为中心\n的发展思想，办好一批民生实事，群众获得感\n';
/** RAGGED_OPENING with the review paragraph that closes it (一年来，…提高。), which most long-page probes then go on from. */
const RAGGED_REVIEW =
  RAGGED_OPENING +
  '幸福感安全感持续增强。一年来，我们聚焦项目建设，全力扩大有效投\n资，实施重点项目86个，完成投资98.6亿元，增长10.2%，\n产业结构持续优化，新兴产业加快发展，农业基础不断巩固，乡村振兴\n扎实推进，城乡面貌明显改善，生态环境质量稳中向好，营商\n环境持续优化，各项社会事业全面进步，人民群众生活水平进一步\n提高。\n';
/** The same report's opening broken at wider ragged widths, under which the *c probes set their layouts. */
const WIDE_OPENING =
  '松川县2024年政府工作报告\n过去一年，全县上下坚持稳中求进工作总基调，扎实推进各项工作，\n经济社会保持平稳健康发展，全年地区生产总值增长6.5%，一般公共预算收入\n完成12.3亿元，同比增长5.2%；城乡居民收入稳步提\n高，民生保障持续加强，社会大局和谐稳定，发展基础进一步夯实，为完成今年目标任务奠\n定了坚实基础。一年来，我们聚焦项目建设，全力扩大有效投资，实施重点\n项目86个，完成投资98.6亿元，增长10.2%，产业结构持续优化，新兴产业\n加快发展，农业基础不断巩固，乡村振兴扎实推进，城乡面貌明显\n改善，生态环境质量稳中向好，营商环境持续优化，各项社会事业全面进步，人\n民群众生活水平进一步提高。\n';

/** What the opening's review reads: the year's growth and budget revenue. */
const OPENING_READ = ['A 地区生产总值 growth 6.5% 2023', 'A 一般公共预算收入 level 12.3亿元 2023', 'A 一般公共预算收入 growth 5.2% 2023'];
/** What the longer review reads: the opening's figures, then the year's projects and their investment. */
const REVIEW_READ = [...OPENING_READ, 'A 重点项目 count 86个 2023', 'A 重点项目投资 level 98.6亿元 2023', 'A 重点项目投资 growth 10.2% 2023'];

const CATALOGUE: [string, string, string[]][] = [
  [
    'p00 preamble alone (pass: ragged join fires)',
    RAGGED_OPENING + '幸福感安全感持续增强。\n',
    ['A 地区生产总值 growth 6.5% 2023', 'A 公共预算收入 level 12.3亿元 2023', 'A 公共预算收入 growth 5.2% 2023'],
  ],
  [
    'w01 number split across lines (pass)',
    RAGGED_OPENING + '幸福感安全感持续增强。\n今年全县固定资产投资力争完成投资12\n0亿元，社会消费品零售总额增长7%左右。\n',
    ['A 地区生产总值 growth 6.5% 2023', 'A 公共预算收入 level 12.3亿元 2023', 'A 公共预算收入 growth 5.2% 2023', 'T 社会消费品零售总额 growth ~ 7% 2024'],
  ],
  [
    'w02 unit split across lines (pass)',
    RAGGED_OPENING + '幸福感安全感持续增强。\n今年全县计划新建改造农村公路120\n公里，新增城镇就业5000人以上，力争\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'T 新建改造农村公路 count = 120公里 2024',
      'T 城镇就业 increment >= 5000人 2024',
    ],
  ],
  [
    'w03 decimal split (pass)',
    RAGGED_OPENING + '幸福感安全感持续增强。\n今年主要预期目标是：地区生产总值增长6.\n5%左右，城镇新增就业5000人。\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'T 地区生产总值 growth ~ 6.5% 2024',
      'T 城镇新增就业 increment = 5000人 2024',
    ],
  ],
  [
    's01 results one per line no stops (pass)',
    RAGGED_OPENING +
      '幸福感安全感持续增强。\n一年来主要经济指标完成情况如下\n地区生产总值完成186.5亿元同比增长6.5%\n规模以上工业增加值增长8.1%较上年提高2个点\n固定资产投资完成98.6亿元同比增长10.2%\n社会消费品零售总额完成56.7亿元增长7.3%\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'A 地区生产总值 level 186.5亿元 2023',
      'A 地区生产总值 growth 6.5% 2023',
      'A 规模以上工业增加值 growth 8.1% 2023',
      'A 固定资产投资 level 98.6亿元 2023',
      'A 固定资产投资 growth 10.2% 2023',
      'A 社会消费品零售总额 level 56.7亿元 2023',
      'A 社会消费品零售总额 growth 7.3% 2023',
    ],
  ],
  [
    's02 table printed with single spaces (pass)',
    RAGGED_OPENING +
      '幸福感安全感持续增强。\n2024年主要指标 单位 2023年完成 2024年目标\n地区生产总值增速 % 6.5 6\n一般公共预算收入 亿元 12.3 13\n固定资产投资 亿元 98.6 108\n城镇新增就业人数 人 5200 5000\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'A 地区生产总值 growth 6.5% 2023',
      'T 地区生产总值 growth = 6% 2024',
      'A 一般公共预算收入 level 12.3亿元 2023',
      'T 一般公共预算收入 level = 13亿元 2024',
      'A 固定资产投资 level 98.6亿元 2023',
      'T 固定资产投资 level = 108亿元 2024',
      'A 城镇新增就业人数 increment 5200人 2023',
      'T 城镇新增就业人数 increment = 5000人 2024',
    ],
  ],
  [
    's03 headings without punctuation (pass)',
    RAGGED_OPENING +
      '幸福感安全感持续增强。\n坚持创新驱动发展加快推动产业转型升级步伐\n全年新增高新技术企业20家，研发投入强度达到2.5%。\n全面推进乡村振兴加快建设农业强县和美乡村\n粮食播种面积稳定在50万亩，粮食总产达到30万吨。\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'A 高新技术企业 increment 20家 2023',
      'A 研发投入强度 share 2.5% 2023',
      'A 粮食播种面积 level 50万亩 2023',
      'A 粮食总产 level 30万吨 2023',
    ],
  ],
  [
    's04 signature block (pass)',
    RAGGED_OPENING + '幸福感安全感持续增强。\n今年全县将新增城镇就业5000人，新建学校3所。\n\n松川县人民政府办公室松川县发展和改革局\n2024年3月5日\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'T 城镇就业 increment = 5000人 2024',
      'T 学校 increment = 3所 2024',
    ],
  ],
  [
    's05 headline two lines then dateline (pass)',
    '松川县上半年经济运行稳中有进主要指标实现\n“双过半”目标任务\n本报讯（记者 张明）2024年7月20日，县统计局发布数据显示，上半年全县地区生产总值完成92.6亿元，同比增长6.8%，规模以上工业增加值增长9.1%。\n过去一年，全县上下坚持稳中求进工作总基调，扎实推进\n各项工作，经济社会保持平稳健康发展，全年地区生产总值增长6.5%，一般\n公共预算收入完成12.3亿元，同比增长5.2%；城乡居\n民收入稳步提高，民生保障持续加强，社会大局和谐稳定，发展基础进一\n步夯实，为完成今年目标任务奠定了坚实基础。我们坚持以人民为中心\n的发展思想，办好一批民生实事，群众获得感\n幸福感安全感持续增强。\n',
    [
      'A 上半年全县地区生产总值 level 92.6亿元 2024',
      'A 上半年全县地区生产总值 growth 6.8% 2024',
      'A 规模以上工业增加值 growth 9.1% 2024',
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
    ],
  ],
  [
    's06 headline two wide lines dateline (pass)',
    '东湖市召开2024年全市经济工作会议部署全年重点任\n务市委书记李明出席会议并讲话市长王强主持会议\n东湖日报讯 1月8日，东湖市召开经济工作会议，会议提出今年全市地区生产总值增长6%左右，一般公共预算收入增长5%。\n过去一年，全县上下坚持稳中求进工作总基调，扎实推进\n各项工作，经济社会保持平稳健康发展，全年地区生产总值增长6.5%，一般\n公共预算收入完成12.3亿元，同比增长5.2%；城乡居\n民收入稳步提高，民生保障持续加强，社会大局和谐稳定，发展基础进一\n步夯实，为完成今年目标任务奠定了坚实基础。我们坚持以人民为中心\n的发展思想，办好一批民生实事，群众获得感\n幸福感安全感持续增强。\n',
    [
      'A 会议提出今年全市地区生产总值 growth 6% 2024',
      'A 一般公共预算收入 growth 5% 2024',
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
    ],
  ],
  [
    's07 table of contents (finding, mended: a contents row with leaders no longer runs on)',
    RAGGED_OPENING +
      '幸福感安全感持续增强。\n目录\n发展环境与面临形势……………………………………1\n指导思想基本原则和发展目标………………………………5\n主要任务和重点工程…………………………………………9\n今年全县地区生产总值增长6%左右。\n',
    ['A 地区生产总值 growth 6.5% 2023', 'A 一般公共预算收入 level 12.3亿元 2023', 'A 一般公共预算收入 growth 5.2% 2023', 'T 地区生产总值 growth ~ 6% 2024'],
  ],
  [
    's08 numbered items no separators (pass)',
    RAGGED_OPENING +
      '幸福感安全感持续增强。\n今年重点抓好以下民生实事\n1 新建改造农村公路120公里总投资3.5亿元\n2 新增城镇就业5000人城镇登记失业率控制在4%\n3 新建幼儿园5所新增学位1200个\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'T 改造农村公路120公里总投资 increment = 3.5亿元 2024',
      'T 城镇登记失业率 increment = 5000人 2024',
      'T 城镇登记失业率 share <= 4% 2024',
      'T 学位 increment = 1200个 2024',
    ],
  ],
  [
    's09 figure at line end then unit-start line (万 / 人均) (pass)',
    RAGGED_OPENING + '幸福感安全感持续增强。\n全县年末常住人口达到52.3万\n人均地区生产总值突破8万元，比上年增长6%。\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'A 常住人口 level 523000人 2023',
      'A 人均地区生产总值 level 8万元 2023',
      'A 人均地区生产总值 growth 6% 2023',
    ],
  ],
  [
    's10 count at line end then 亩均 (pass)',
    RAGGED_OPENING + '幸福感安全感持续增强。\n全县规模以上工业企业达到126家比上年增加12\n亩均税收达到15万元，同比增长8%。\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'A 比上年增加12 level 126家 2023',
      'A 亩均税收 level 15万元 2023',
      'A 亩均税收 growth 8% 2023',
    ],
  ],
  [
    's11 list of results with year then 户 (pass)',
    RAGGED_OPENING + '幸福感安全感持续增强。\n2023年全县新增各类市场主体3200\n户籍人口城镇化率达到55%，比上年提高1.2个百分点。\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'A 户籍人口城镇化率 share 55% 2023',
      'A 户籍人口城镇化率 share 1.2百分点 2023',
    ],
  ],
  [
    's12 target list one per line no stops (pass)',
    RAGGED_OPENING +
      '幸福感安全感持续增强。\n今年全县主要预期目标\n地区生产总值增长6%左右力争更好结果\n一般公共预算收入增长5%以上稳中求进\n城镇新增就业5000人以上确保稳定\n居民人均可支配收入增长与经济增长同步\n',
    [
      'A 地区生产总值 growth 6.5% 2023',
      'A 公共预算收入 level 12.3亿元 2023',
      'A 公共预算收入 growth 5.2% 2023',
      'T 地区生产总值 growth ~ 6% 2024',
      'T 一般公共预算收入 growth >= 5% 2024',
      'T 确保稳定 increment >= 5000人 2024',
    ],
  ],
  [
    's13 heading then target without stop, next item 一、 (pass: ragged join fires)',
    RAGGED_OPENING +
      '幸福感安全感持续增强。\n二、今年主要目标和重点任务安排\n今年全县经济社会发展的主要预期目标是地区生产总值增长6%\n城镇调查失业率控制在5.5%以内\n',
    [...OPENING_READ, 'T 地区生产总值 growth = 6% 2024', 'T 城镇调查失业率 share <= 5.5% 2024'],
  ],
  [
    's01b results one per line no stops (long ragged page) (pass)',
    RAGGED_REVIEW +
      '一年来主要经济指标完成情况如下\n地区生产总值完成186.5亿元同比增长6.5%\n规模以上工业增加值增长8.1%较上年提高2个点\n固定资产投资完成98.6亿元同比增长10.2%\n社会消费品零售总额完成56.7亿元增长7.3%\n',
    [
      ...REVIEW_READ,
      'A 地区生产总值 level 186.5亿元 2023',
      'A 地区生产总值 growth 6.5% 2023',
      'A 规模以上工业增加值 growth 8.1% 2023',
      'A 固定资产投资 level 98.6亿元 2023',
      'A 固定资产投资 growth 10.2% 2023',
      'A 社会消费品零售总额 level 56.7亿元 2023',
      'A 社会消费品零售总额 growth 7.3% 2023',
    ],
  ],
  [
    's02b table printed with single spaces (long ragged page) (pass)',
    RAGGED_REVIEW +
      '2024年主要指标 单位 2023年完成 2024年目标\n地区生产总值增速 % 6.5 6\n一般公共预算收入 亿元 12.3 13\n固定资产投资 亿元 98.6 108\n城镇新增就业人数 人 5200 5000\n',
    [
      ...REVIEW_READ,
      'A 地区生产总值 growth 6.5% 2023',
      'T 地区生产总值 growth = 6% 2024',
      'A 一般公共预算收入 level 12.3亿元 2023',
      'T 一般公共预算收入 level = 13亿元 2024',
      'A 固定资产投资 level 98.6亿元 2023',
      'T 固定资产投资 level = 108亿元 2024',
      'A 城镇新增就业人数 increment 5200人 2023',
      'T 城镇新增就业人数 increment = 5000人 2024',
    ],
  ],
  [
    's03b headings without punctuation (long ragged page) (pass)',
    RAGGED_REVIEW +
      '坚持创新驱动发展加快推动产业转型升级步伐\n全年新增高新技术企业20家，研发投入强度达到2.5%。\n全面推进乡村振兴加快建设农业强县和美乡村\n粮食播种面积稳定在50万亩，粮食总产达到30万吨。\n',
    [
      ...REVIEW_READ,
      'A 高新技术企业 increment 20家 2023',
      'A 研发投入强度 share 2.5% 2023',
      'A 粮食播种面积 level 50万亩 2023',
      'A 粮食总产 level 30万吨 2023',
    ],
  ],
  [
    's04b signature block (long ragged page) (pass)',
    RAGGED_REVIEW + '今年全县将新增城镇就业5000人，新建学校3所。\n\n松川县人民政府办公室松川县发展和改革局\n2024年3月5日\n',
    [...REVIEW_READ, 'T 城镇就业 increment = 5000人 2024', 'T 学校 increment = 3所 2024'],
  ],
  [
    's07b table of contents (long ragged page) (pass)',
    RAGGED_REVIEW +
      '目录\n发展环境与面临形势……………………………………1\n指导思想基本原则和发展目标………………………………5\n主要任务和重点工程…………………………………………9\n今年全县地区生产总值增长6%左右。\n',
    [...REVIEW_READ, 'T 地区生产总值 growth ~ 6% 2024'],
  ],
  [
    's08b numbered items no separators (long ragged page) (pass)',
    RAGGED_REVIEW +
      '今年重点抓好以下民生实事\n1 新建改造农村公路120公里总投资3.5亿元\n2 新增城镇就业5000人城镇登记失业率控制在4%\n3 新建幼儿园5所新增学位1200个\n',
    [
      ...REVIEW_READ,
      'T 改造农村公路120公里总投资 increment = 3.5亿元 2024',
      'T 城镇登记失业率 increment = 5000人 2024',
      'T 城镇登记失业率 share <= 4% 2024',
      'T 学位 increment = 1200个 2024',
    ],
  ],
  [
    's09b figure at line end then unit-start line (万 / 人均) (long ragged page) (pass)',
    RAGGED_REVIEW + '全县年末常住人口达到52.3万\n人均地区生产总值突破8万元，比上年增长6%。\n',
    [...REVIEW_READ, 'A 常住人口 level 523000人 2023', 'A 人均地区生产总值 level 8万元 2023', 'A 人均地区生产总值 growth 6% 2023'],
  ],
  [
    's10b count at line end then 亩均 (long ragged page) (pass)',
    RAGGED_REVIEW + '全县规模以上工业企业达到126家比上年增加12\n亩均税收达到15万元，同比增长8%。\n',
    [...REVIEW_READ, 'A 比上年增加12 level 126家 2023', 'A 亩均税收 level 15万元 2023', 'A 亩均税收 growth 8% 2023'],
  ],
  [
    's11b list of results with year then 户 (long ragged page) (pass)',
    RAGGED_REVIEW + '2023年全县新增各类市场主体3200\n户籍人口城镇化率达到55%，比上年提高1.2个百分点。\n',
    [...REVIEW_READ, 'A 户籍人口城镇化率 share 55% 2023', 'A 户籍人口城镇化率 share 1.2百分点 2023'],
  ],
  [
    's12b target list one per line no stops (long ragged page) (pass)',
    RAGGED_REVIEW +
      '今年全县主要预期目标\n地区生产总值增长6%左右力争更好结果\n一般公共预算收入增长5%以上稳中求进\n城镇新增就业5000人以上确保稳定\n居民人均可支配收入增长与经济增长同步\n',
    [...REVIEW_READ, 'T 地区生产总值 growth ~ 6% 2024', 'T 一般公共预算收入 growth >= 5% 2024', 'T 确保稳定 increment >= 5000人 2024'],
  ],
  [
    's13b heading then target without stop, next item 一、 (long ragged page) (pass)',
    RAGGED_REVIEW + '二、今年主要目标和重点任务安排\n今年全县经济社会发展的主要预期目标是地区生产总值增长6%\n城镇调查失业率控制在5.5%以内\n',
    [...REVIEW_READ, 'T 地区生产总值 growth = 6% 2024', 'T 城镇调查失业率 share <= 5.5% 2024'],
  ],
  [
    's05b headline two lines then dateline (long ragged page) (pass)',
    '松川县上半年经济运行稳中有进主要指标实现\n“双过半”目标任务\n本报讯（记者 张明）2024年7月20日，县统计局发布数据显示，上半年全县地区生产总值完成92.6亿元，同比增长6.8%，规模以上工业增加值增长9.1%。\n过去一年，全县上下坚持稳中求进工作总基调，扎实推进\n各项工作，经济社会保持平稳健康发展，全年地区生产总值增长6.5%，一般\n公共预算收入完成12.3亿元，同比增长5.2%；城乡居\n民收入稳步提高，民生保障持续加强，社会大局和谐稳定，发展基础进一\n步夯实，为完成今年目标任务奠定了坚实基础。我们坚持以人民为中心\n的发展思想，办好一批民生实事，群众获得感\n幸福感安全感持续增强。一年来，我们聚焦项目建设，全力扩大有效投\n资，实施重点项目86个，完成投资98.6亿元，增长10.2%，\n产业结构持续优化，新兴产业加快发展，农业基础不断巩固，乡村振兴\n扎实推进，城乡面貌明显改善，生态环境质量稳中向好，营商\n环境持续优化，各项社会事业全面进步，人民群众生活水平进一步\n提高。\n',
    ['A 上半年全县地区生产总值 level 92.6亿元 2024', 'A 上半年全县地区生产总值 growth 6.8% 2024', 'A 规模以上工业增加值 growth 9.1% 2024', ...REVIEW_READ],
  ],
  [
    's06b headline two wide lines dateline (long ragged page) (pass)',
    '东湖市召开2024年全市经济工作会议部署全年重点任\n务市委书记李明出席会议并讲话市长王强主持会议\n东湖日报讯 1月8日，东湖市召开经济工作会议，会议提出今年全市地区生产总值增长6%左右，一般公共预算收入增长5%。\n过去一年，全县上下坚持稳中求进工作总基调，扎实推进\n各项工作，经济社会保持平稳健康发展，全年地区生产总值增长6.5%，一般\n公共预算收入完成12.3亿元，同比增长5.2%；城乡居\n民收入稳步提高，民生保障持续加强，社会大局和谐稳定，发展基础进一\n步夯实，为完成今年目标任务奠定了坚实基础。我们坚持以人民为中心\n的发展思想，办好一批民生实事，群众获得感\n幸福感安全感持续增强。一年来，我们聚焦项目建设，全力扩大有效投\n资，实施重点项目86个，完成投资98.6亿元，增长10.2%，\n产业结构持续优化，新兴产业加快发展，农业基础不断巩固，乡村振兴\n扎实推进，城乡面貌明显改善，生态环境质量稳中向好，营商\n环境持续优化，各项社会事业全面进步，人民群众生活水平进一步\n提高。\n',
    ['A 会议提出今年全市地区生产总值 growth 6% 2024', 'A 一般公共预算收入 growth 5% 2024', ...REVIEW_READ],
  ],
  [
    'w04b unit split after 万 (long ragged page) (pass)',
    RAGGED_REVIEW + '今年全县计划新增城镇就业5000人，新增农村劳动力转移就业1.2万\n人次，城镇调查失业率控制在5.5%以内，居民收入增长与经济增长同步。\n',
    [...REVIEW_READ, 'T 城镇就业 increment = 5000人 2024', 'T 农村劳动力转移就业 increment = 1.2万人次 2024', 'T 城镇调查失业率 share <= 5.5% 2024'],
  ],
  [
    'w05b number split in target (long ragged page) (pass)',
    RAGGED_REVIEW + '今年全县固定资产投资力争完成10\n8亿元，增长10%左右，规模以上工业增加值增长8%。\n',
    [...REVIEW_READ, 'T 8亿元 growth ~ 10% 2024', 'T 规模以上工业增加值 growth = 8% 2024'],
  ],
  [
    's14b office and date signature (long ragged page) (pass)',
    RAGGED_REVIEW + '松川县人民政府办公室关于印发2024年重点工作任务分解\n2024年3月5日\n',
    [...REVIEW_READ],
  ],
  [
    's15b two-line target where second line starts 亿元 table (long ragged page) (pass)',
    RAGGED_REVIEW + '今年全县一般公共预算收入目标13\n亿元 同比增长5.7% 预期性\n',
    [...REVIEW_READ, 'T 亿元 growth = 5.7% 2024'],
  ],
  ['p03c ragged page alone (pass: ragged join fires)', WIDE_OPENING, [...REVIEW_READ]],
  [
    's01c wide results one per line no stops (finding, mended: results one a line without stops ran together, 2百分点 went to the next metric)',
    WIDE_OPENING +
      '一年来主要经济指标完成情况如下\n全县地区生产总值完成186.5亿元按可比价格计算同比增长6.5%\n全县规模以上工业增加值增长8.1%增速较上年提高2个百分点\n全县固定资产投资完成98.6亿元同比增长10.2%高于全省平均水平\n',
    [
      ...REVIEW_READ,
      'A 186.5亿元 growth 6.5% 2023',
      'A 规模以上工业增加值 growth 8.1% 2023',
      'A 规模以上工业增加值 share 2百分点 2023',
      'A 固定资产投资 level 98.6亿元 2023',
      'A 固定资产投资 growth 10.2% 2023',
    ],
  ],
  [
    's02c wide table single spaces (finding, mended: a table printed with single spaces ran its rows together, the three 2024 targets were lost)',
    WIDE_OPENING +
      '指标名称 计量单位 2023年完成情况 2024年预期目标 指标属性\n地区生产总值增速 % 6.5 6左右 预期性指标\n一般公共预算收入 亿元 12.3 13 预期性指标\n城镇新增就业人数 人 5200 5000 约束性指标\n',
    [...REVIEW_READ, 'T 地区生产总值 growth ~ 6% 2024', 'T 一般公共预算收入 level = 13亿元 2024', 'T 城镇新增就业人数 increment = 5000人 2024'],
  ],
  [
    's03c wide headings no punctuation (finding, mended: a wide heading without stops ran into the sentence under it, the metric swallowed it)',
    WIDE_OPENING +
      '坚持创新驱动发展战略加快推动传统产业转型升级和新兴产业培育壮大\n全年新增高新技术企业20家，研发投入强度达到2.5%。\n全面推进乡村振兴战略加快建设农业强县和宜居宜业和美乡村\n粮食播种面积稳定在50万亩，粮食总产达到30万吨。\n',
    [
      ...REVIEW_READ,
      'A 高新技术企业 increment 20家 2023',
      'A 研发投入强度 share 2.5% 2023',
      'A 粮食播种面积 level 50万亩 2023',
      'A 粮食总产 level 30万吨 2023',
    ],
  ],
  [
    's04c wide signature office (pass)',
    WIDE_OPENING + '今年全县将新增城镇就业5000人，新建学校3所。\n松川县人民政府办公室 松川县发展和改革局 松川县统计局\n二〇二四年三月五日\n',
    [...REVIEW_READ, 'T 城镇就业 increment = 5000人 2024', 'T 学校 increment = 3所 2024'],
  ],
  [
    's05c wide headline then dateline (pass)',
    '松川县上半年经济运行稳中有进稳中向好主要经济指标实现时间过半\n任务过半目标规上工业增加值增速位居全市前列全县上下信心倍增\n本报讯 7月20日，县统计局发布数据显示，上半年全县地区生产总值完成92.6亿元，同比增长6.8%。\n过去一年，全县上下坚持稳中求进工作总基调，扎实推进各项工作，\n经济社会保持平稳健康发展，全年地区生产总值增长6.5%，一般公共预算收入\n完成12.3亿元，同比增长5.2%；城乡居民收入稳步提\n高，民生保障持续加强，社会大局和谐稳定，发展基础进一步夯实，为完成今年目标任务奠\n定了坚实基础。一年来，我们聚焦项目建设，全力扩大有效投资，实施重点\n项目86个，完成投资98.6亿元，增长10.2%，产业结构持续优化，新兴产业\n加快发展，农业基础不断巩固，乡村振兴扎实推进，城乡面貌明显\n改善，生态环境质量稳中向好，营商环境持续优化，各项社会事业全面进步，人\n民群众生活水平进一步提高。\n',
    [],
  ],
  [
    's07c toc no leaders page numbers (pass)',
    WIDE_OPENING +
      '目录\n第一部分 发展环境与面临形势 总体要求和发展目标 1\n第二部分 主要任务 重点工程和项目 保障措施 组织实施 9\n今年全县地区生产总值增长6%左右。\n',
    [...REVIEW_READ, 'T 地区生产总值 growth ~ 6% 2024'],
  ],
  [
    's08c numbered items no separators wide (finding, mended: items 1 2 3 without separators ran together, the 4% target was lost)',
    WIDE_OPENING +
      '今年重点抓好以下民生实事\n1 新建改造农村公路120公里总投资3.5亿元年底前全部建成通车\n2 新增城镇就业5000人城镇登记失业率控制在4%以内保持稳定\n3 新建幼儿园5所新增学位1200个有效缓解入园难问题矛盾\n',
    [
      ...REVIEW_READ,
      'T 年底前全部建成通车 increment = 3.5亿元 2024',
      'T 城镇登记失业率 increment = 5000人 2024',
      'T 保持稳定 share <= 4% 2024',
      'T 有效缓解入园难问题矛盾 increment = 1200个 2024',
    ],
  ],
  [
    's09c figure end then unit-start line wide (pass)',
    WIDE_OPENING + '全县年末常住人口达到52.3万城镇化率达到58%比上年提高1个百分点共52.3万\n人均地区生产总值突破8万元，比上年增长6%。\n',
    [
      ...OPENING_READ,
      'A 重点项目 count 86个 2024',
      'A 重点项目投资 level 98.6亿元 2024',
      'A 重点项目投资 growth 10.2% 2024',
      'A 共52.3万人均地区生产总值 share 1百分点 2024',
      'A 共52.3万人均地区生产总值 level 8万元 2024',
      'A 共52.3万人均地区生产总值 growth 6% 2024',
    ],
  ],
  [
    's10c count end then 亩均 wide (pass)',
    WIDE_OPENING + '全县规模以上工业企业达到126家规上工业总产值突破300亿元比上年增加12\n亩均税收达到15万元，同比增长8%。\n',
    [
      ...OPENING_READ,
      'A 重点项目 count 86个 2024',
      'A 重点项目投资 level 98.6亿元 2024',
      'A 重点项目投资 growth 10.2% 2024',
      'A 规上工业总产值 level 126家 2024',
      'A 突破300亿元比上年增加12亩均税收 level 15万元 2024',
      'A 突破300亿元比上年增加12亩均税收 growth 8% 2024',
    ],
  ],
  [
    's11c figure end then 户 wide (finding, mended: 3200 at a line end ran into 户籍人口城镇化率, metric swallowed the line above)',
    WIDE_OPENING + '2023年全县新增各类市场主体3200户新增注册资本56亿元累计达到3200\n户籍人口城镇化率达到55%，比上年提高1.2个百分点。\n',
    [...REVIEW_READ, 'A 累计达到3200 increment 56亿元 2023', 'A 户籍人口城镇化率 share 55% 2023', 'A 户籍人口城镇化率 share 1.2百分点 2023'],
  ],
  [
    'w01c number split (pass)',
    WIDE_OPENING + '今年全县固定资产投资力争完成投资12\n0亿元，社会消费品零售总额增长7%左右。\n',
    [...REVIEW_READ, 'T 社会消费品零售总额 growth ~ 7% 2024'],
  ],
  [
    'w02c unit split (pass)',
    WIDE_OPENING + '今年全县计划新建改造农村公路总里程达到120\n公里，新增城镇就业5000人以上，城镇调查失业率控制在5.5%以内。\n',
    [...REVIEW_READ, 'T 新建改造农村公路总里程 level >= 120公里 2024', 'T 城镇就业 increment >= 5000人 2024', 'T 城镇调查失业率 share <= 5.5% 2024'],
  ],
  [
    'w03c decimal split (pass)',
    WIDE_OPENING + '今年主要预期目标是：地区生产总值增长6.\n5%左右，城镇新增就业5000人。\n',
    [...REVIEW_READ, 'T 地区生产总值 growth ~ 6.5% 2024', 'T 城镇新增就业 increment = 5000人 2024'],
  ],
  [
    'w04c 万 split from 人次 (pass: the join reads 1.2万人次 where main read 12000人)',
    WIDE_OPENING + '今年全县计划新增城镇就业5000人，新增农村劳动力转移就业1.2万\n人次，城镇调查失业率控制在5.5%以内，居民收入增长与经济增长同步。\n',
    [...REVIEW_READ, 'T 城镇就业 increment = 5000人 2024', 'T 农村劳动力转移就业 increment = 1.2万人次 2024', 'T 城镇调查失业率 share <= 5.5% 2024'],
  ],
  [
    'w05c year split (pass)',
    WIDE_OPENING + '到2025年全县高标准农田面积达到30万亩，到20\n27年全县森林覆盖率达到45%以上，空气质量优良天数比率保持稳定。\n',
    [...REVIEW_READ, 'T 高标准农田面积 level >= 30万亩 2025', 'T 27年全县森林覆盖率 share >= 45% 2024'],
  ],
  [
    'f1 十六五 period target (十六五, pass) (pass)',
    '东湖市“十六五”生态环境保护规划\n到“十六五”末，全市PM2.5平均浓度降至25微克/立方米，森林覆盖率达到45%。',
    ['T PM2.5平均浓度 level <= 25微克/立方米 2035', 'T 森林覆盖率 share >= 45% 2035'],
  ],
  [
    'f2 十五五 report looking to 十六五 (十六五, pass) (pass)',
    '松川县2030年政府工作报告\n“十五五”时期，全县地区生产总值年均增长6%。展望“十六五”，全县将继续推进高质量发展。今年地区生产总值增长5.5%左右。',
    ['A 地区生产总值 growth 6% 2030', 'T 地区生产总值 growth ~ 5.5% 2030'],
  ],
  [
    'f3 十六号 not a period (十六五, pass) (pass)',
    '东湖市2024年工作要点\n十六五保障房项目今年新开工住房1200套。',
    ['T 十六五保障房项目今年新开工住房 count = 1200套 2024'],
  ],
  [
    'f4 第十六个五年规划 (十六五, pass) (pass)',
    '东湖市国民经济和社会发展第十六个五年规划纲要\n到2035年，全市地区生产总值突破8000亿元。',
    ['T 地区生产总值 level > 8000亿元 2035'],
  ],
  [
    'f5 十六五 in a 2025 plan (十六五, pass) (pass)',
    '松川县2025年工作要点\n为“十五五”开局和“十六五”远景打基础，今年新建学校5所。',
    ['T 学校 increment = 5所 2025'],
  ],
  ['g2 青山市 十六五 (十六五, pass) (pass)', '青山市“十六五”生态环境保护规划\n到“十六五”末，全市森林覆盖率达到45%。', ['T 森林覆盖率 share >= 45% 2035']],
];

const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('mend m30m', CATALOGUE, PENDING, read);
