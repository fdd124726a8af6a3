/**
 * Tables and headlines as web pages flatten them, on invented text (never corpus text): a table
 * copied with one `cell |` per line and a line of pipes closing each row is a table; a table of
 * 完成 columns reports results; a run of stars separates a headline from its body.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { splitNames } from '../src/reader/departments.ts';
import { readDecompositionTable } from '../src/reader/table.ts';
import { extractPlan } from '../src/reader/extract.ts';
import { splitSentences } from '../src/reader/sentences.ts';

const PIPE_TABLE = [
  '某县国民经济和社会发展第十四个五年规划纲要',
  '表1 “十三五”主要指标',
  '指 标 |',
  '2015年 完成 |',
  '2020年 完成 |',
  '“十三五”年均增长(%) |',
  '指标属性 |',
  '|',
  '一、经济发展 |',
  '|||||',
  '地区生产总值(亿元) |',
  '120.5 |',
  '180.2 |',
  '8.4 |',
  '预期性 |',
  '|',
  '服务业增加值比重(%) |',
  '35.1 |',
  '42.3 |',
  '提高7.2个百分点 |',
  '预期性 |',
  '|',
  '林木蓄积量(万立方米) |',
  '/ |',
  '3.15 |',
  '/ |',
  '|',
  '“十三五”时期，全县经济稳步发展。',
].join('\n');

describe('a table flattened with | and one cell per line', () => {
  it('keeps each cell on its line: a figure alone there is a cell, not joined to the words around it', () => {
    // The indicator reader reads such a table by the shapes of its cells (table-cells.ts); cleaning leaves it be.
    const lines = cleanText(PIPE_TABLE).text.split('\n');
    expect(lines[1]).toBe('表1“十三五”主要指标');
    expect(lines).toContain('120.5 |');
    expect(lines).toContain('提高7.2个百分点|');
    expect(lines.some((l) => l.includes('\t'))).toBe(false);
  });

  it('reads a table whose dated columns say 完成 as results, its growth column included', () => {
    const plan = extractPlan(PIPE_TABLE);
    expect(plan.year).toBe(2021);
    expect(plan.targets).toEqual([]);
    const actuals = plan.actuals.map((a) => [a.metric, a.value, a.unit, a.period.year]);
    expect(actuals).toEqual([
      ['地区生产总值', 120.5, '亿元', 2015],
      ['地区生产总值', 180.2, '亿元', 2020],
      ['地区生产总值', 8.4, '%', 2020],
      ['服务业增加值比重', 35.1, '%', 2015],
      ['服务业增加值比重', 42.3, '%', 2020],
      ['服务业增加值比重', 7.2, '百分点', 2020],
      ['林木蓄积量', 3.15, '万立方米', 2020],
    ]);
  });
});

describe('a run of stars', () => {
  it("separates a reposted headline from its body; a placeholder's stars do not", () => {
    const text = '某市今年目标增长6%以上****** 本报讯 全市新增**家企业。';
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['某市今年目标增长6%以上', '本报讯 全市新增**家企业。']);
  });
});

describe('a page printed with hard line breaks', () => {
  /** Wraps prose as a PDF page does: every line 30 places wide, ASCII taking half a place. */
  const wrap = (prose: string): string => {
    const lines: string[] = [];
    let line = '';
    let width = 0;
    for (const ch of prose) {
      line += ch;
      width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
      if (width >= 30) {
        lines.push(line);
        line = '';
        width = 0;
      }
    }
    return [...lines, line].join('\n');
  };
  const prose =
    '过去一年，全县上下齐心协力，经济社会持续健康发展，各项事业取得了新的成效。全县生产总值88.15亿元，增长5.6%；' +
    '固定资产投资61.07亿元，增长9.2%；社会消费品零售总额52.48亿元，增长6.7%；城乡居民收入稳步提高，民生保障不断加强，' +
    '生态环境持续改善，社会大局和谐稳定，人民群众的获得感、幸福感、安全感进一步增强，发展基础更加牢固，各项改革扎实推进。';
  const wrapped = `${wrap(prose)}\n一、2023年工作回顾\n全年新增规上工业企业12家。`;

  it('joins a full line that ends mid-sentence to the next, so a number split from its unit is whole', () => {
    expect(wrapped.split('\n').length).toBeGreaterThan(7);
    const clean = cleanText(wrapped).text;
    expect(clean.startsWith(prose)).toBe(true);
    // A new item and a short line stay on their own lines.
    expect(clean).toContain('\n一、2023年工作回顾\n全年新增规上工业企业12家。');
  });

  it('leaves paragraphs of a Word or web text alone', () => {
    const paragraphs = '全年新增规上工业企业12家\n力争工业投资增长10%\n技改投资增长15%\n新建5G基站300个\n培育专精特新企业20家\n';
    expect(cleanText(paragraphs).text).toBe(paragraphs);
  });

  /** Invented prose, cut into lines as a page 30 places wide prints them. */
  const filler = '全县上下齐心协力推动经济社会持续健康发展各项事业取得了新的成效城乡居民收入稳步提高民生保障不断加强生态环境持续改善';
  const line = (n: number, from = 0) => filler.slice(from, from + n);

  it('joins a line stopped short because the figure after it did not fit, as a full line is joined', () => {
    // The third line ends at 26 places: 12345.678 (4.5 places) went whole to the next line.
    const page = [line(30), line(30, 5), line(26, 10), `12345.678亿元${line(25, 20)}`, line(30, 3), line(30, 8), line(30, 12), '全年目标任务圆满完成。'].join(
      '\n',
    );
    const clean = cleanText(page).text;
    expect(clean).toContain(`${line(26, 10)}12345.678亿元`);
    expect(clean).not.toContain('\n');
  });

  it('still keeps a short line before a figure that would have fitted on it (a heading, a closed line)', () => {
    const short = `${wrap(prose)}\n主要指标\n2023年全县生产总值88.15亿元。`;
    expect(cleanText(short).text).toContain('\n主要指标\n2023年');
  });

  it('measures a line as the page printed it, with the pinyin a mirror set into it', () => {
    // Every other line holds two glosses (3.5 places each): without them it is 23 places, though printed 30 wide.
    const glossed = (from: number) => `${line(10, from)}(zhǎng)${line(10, from + 10)}(qiáng)${line(3, from + 20)}`;
    const page = [line(30), glossed(2), line(30, 4), glossed(6), line(30, 8), glossed(10), line(30, 1), glossed(3), '全年目标任务圆满完成。'].join('\n');
    expect(cleanText(page).text).not.toContain('\n');
  });
});

describe('a 统计公报 table of changes on the year before', () => {
  const bulletin = (table: string[]) =>
    ['某县2025年国民经济和社会发展统计公报', '全年居民消费价格比上年上涨0.3%。', ...table, '全年粮食总产量31.2万吨。'].join('\n');

  it('reads 指 标 | 增 幅, two cells a row under a spaced-out header (a one-character name too), as results of the year in %', () => {
    const plan = extractPlan(
      bulletin(['表3:2025年居民消费价格比上年涨跌幅度(%)', '指 标 | 增 幅 |', '居民消费价格 | 0.3 |', '一、食品烟酒 | -1.2 |', '粮 食 | 2.0 |', '蛋 | -0.5 |']),
    );
    expect(plan.targets).toEqual([]);
    const inTable = plan.actuals.filter((a) => a.quote.includes('|'));
    expect(inTable.map((a) => [a.value, a.unit, a.period.year])).toEqual([
      [0.3, '%', 2025],
      [-1.2, '%', 2025],
      [2, '%', 2025],
      [-0.5, '%', 2025],
    ]);
  });

  it('reads 指标 | 单位 | 绝对数 | 比上年增长(%): the figure in its unit and its change, both results', () => {
    const plan = extractPlan(bulletin(['指标\t单位\t绝对数\t比上年增长(%)', '地区生产总值\t亿元\t215.6\t5.8', '规模以上工业增加值\t亿元\t60.2\t7.1']));
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.filter((a) => a.quote.includes('\t')).map((a) => [a.metric, a.value, a.unit])).toEqual([
      ['地区生产总值', 215.6, '亿元'],
      ['地区生产总值', 5.8, '%'],
      ['规模以上工业增加值', 60.2, '亿元'],
      ['规模以上工业增加值', 7.1, '%'],
    ]);
  });

  it('dates a 绝对数 column by the bulletin’s own year, not the year before', () => {
    const plan = extractPlan(
      bulletin(['表1 2025年年末户籍人口及其构成', '指标 | 绝对数(人) | 比重(%) |', '年末户籍人口 | 325410 | 100 |', '城镇 | 150230 | 46.17 |']),
    );
    expect(plan.actuals.filter((a) => a.quote.includes('|')).map((a) => `${a.value} ${a.period.year}`)).toContain('325410 2025');
    expect(plan.actuals.filter((a) => a.quote.includes('|')).every((a) => a.period.year === 2025)).toBe(true);
  });

  it('reads 指标 | 年末人口(万人) | 比重(%): each stock and its share of the whole, results of the caption’s year end', () => {
    const plan = extractPlan(
      [
        '某区2025年国民经济和社会发展统计公报',
        '图2 2021-2025年年末常住人口',
        '表1 2025年年末某区户籍人口构成情况表',
        '指标 | 年末人口(万人) | 比重(%) |',
        '户籍总人口 | 64.2 | 100 |',
        '其中:城镇 | 30.5 | 47.5 |',
        '60岁及以上 | 12.8 | 19.9 |',
        '全年城镇新增就业2100人。',
      ].join('\n'),
    );
    const inTable = plan.actuals.filter((a) => a.quote.includes('|'));
    expect(inTable.map((a) => [a.metric, a.kind, a.value, a.unit, a.period.year])).toEqual([
      ['户籍总人口', 'level', 64.2, '万人', 2025],
      ['户籍总人口比重', 'share', 100, '%', 2025],
      ['城镇', expect.any(String), 30.5, '万人', 2025],
      ['城镇比重', 'share', 47.5, '%', 2025],
      ['60岁及以上', expect.any(String), 12.8, '万人', 2025],
      ['60岁及以上比重', 'share', 19.9, '%', 2025],
    ]);
    expect(plan.targets.filter((t) => t.quote.includes('|'))).toEqual([]);
  });

  it('reads no 比重 column beside targets: 指标 | 2026年目标 | 比重 stays a plan table', () => {
    const plan = extractPlan(['某县2026年国民经济和社会发展计划', '指标 | 单位 | 2026年目标 | 比重 |', '服务业增加值 | 亿元 | 120 | 48 |'].join('\n'));
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => `${t.value} ${t.unit}`)).toEqual(['120 亿元']);
  });

  it('leaves a two-column 指标 | 年末数 list alone, and a 年末 sentence in prose', () => {
    const plan = extractPlan(['某县2026年重点工作', '指标 | 年末数 |', '金融机构存款余额 | 320 |', '力争年末金融机构贷款余额达到300亿元。'].join('\n'));
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => `${t.value} ${t.unit}`)).toEqual(['300 亿元']);
  });

  it('reads a monthly bulletin’s 本月 | 比去年同月增长 | 1-本月 | 比去年同期增长 under its month, parts in the total’s unit', () => {
    const plan = extractPlan(
      [
        '2025年3月某市规模以上工业产值 来源:市统计局',
        '| 2025年3月 | |||',
        '| 指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%) |',
        '| 规模以上工业总产值(亿元) | 812.5 | 4.2 | 2301.7 | 3.6 |',
        '| # 重工业 | 600.1 | 5.0 | 1702.3 | 4.1 |',
        '| 轻工业 | 212.4 | 2.0 | 599.4 | 2.2 |',
        '| 工业用电量(亿千瓦时) | 31.2 | 1.5 | 90.4 | 1.1 |',
      ].join('\n'),
    );
    expect(plan.targets).toEqual([]);
    const seen = plan.actuals.map((a) => `${a.metric} ${a.value} ${a.unit} ${a.period.year} ${a.period.fromMonth}-${a.period.toMonth}`);
    expect(seen).toEqual([
      '规模以上工业总产值 812.5 亿元 2025 3-3',
      '规模以上工业总产值 4.2 % 2025 3-3',
      '规模以上工业总产值 2301.7 亿元 2025 1-3',
      '规模以上工业总产值 3.6 % 2025 1-3',
      '重工业 600.1 亿元 2025 3-3',
      '重工业 5 % 2025 3-3',
      '重工业 1702.3 亿元 2025 1-3',
      '重工业 4.1 % 2025 1-3',
      '轻工业 212.4 亿元 2025 3-3',
      '轻工业 2 % 2025 3-3',
      '轻工业 599.4 亿元 2025 1-3',
      '轻工业 2.2 % 2025 1-3',
      '工业用电量 31.2 亿千瓦时 2025 3-3',
      '工业用电量 1.5 % 2025 3-3',
      '工业用电量 90.4 亿千瓦时 2025 1-3',
      '工业用电量 1.1 % 2025 1-3',
    ]);
  });

  it('gathers the same bulletin flattened one cell per line, blank lines between, its month caption no header cell', () => {
    const cells = [
      '指标',
      '本月',
      '比去年同月增长(%)',
      '1-本月',
      '比去年同期增长(%)',
      '建筑业总产值(亿元)',
      '96.4',
      '3.3',
      '410.8',
      '2.9',
      '# 房屋建筑',
      '70.1',
      '4.0',
      '300.2',
      '3.5',
    ];
    const plan = extractPlan(
      ['某市建筑业产值 2025-06-20 来源:市统计局', '', '2025年5月', '', ...cells.flatMap((c) => [c, '']), '', '', '统计范围:资质等级建筑业企业。'].join('\n'),
    );
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value} ${a.unit} ${a.period.fromMonth}-${a.period.toMonth}`)).toEqual([
      '96.4 亿元 5-5',
      '3.3 % 5-5',
      '410.8 亿元 1-5',
      '2.9 % 1-5',
      '70.1 亿元 5-5',
      '4 % 5-5',
      '300.2 亿元 1-5',
      '3.5 % 1-5',
    ]);
  });

  it('gathers no column of short lines that only mention 本月 or 累计 (a list, a caption, prose)', () => {
    const lines = ['某县工作动态', '本月', '累计', '完成情况', '全县本月新增市场主体120户。', '累计完成投资30亿元。'];
    const clean = cleanText(lines.join('\n')).text;
    expect(clean).not.toContain('\t');
    const caption = cleanText(['2025年5月', '', '指标', '', '2025年5月', '', '说明'].join('\n')).text;
    expect(caption).not.toContain('\t');
  });

  it('gives no unit of a row above to a row that is no part of it, nor months to a table with no month named', () => {
    const plan = extractPlan(
      ['某县2025年经济运行情况', '指标 | 绝对数 | 比上年增长(%) |', '地区生产总值(亿元) | 215.6 | 5.8 |', '城镇化率 | 52.1 | 0.8 |'].join('\n'),
    );
    const rate = plan.actuals.find((a) => a.value === 52.1);
    expect(rate?.unit).not.toBe('亿元');
    const bare = extractPlan(['某县经济运行', '指标 | 本月 | 比去年同月增长(%) |', '工业产值(亿元) | 80.2 | 3.1 |'].join('\n'));
    expect(bare.actuals.every((a) => a.period.fromMonth === undefined)).toBe(true);
  });

  it('keeps a plan’s 2024年末 | 2025年目标 columns as base and target, and a year-end sentence as prose', () => {
    const plan = extractPlan(
      [
        '某县2025年国民经济和社会发展计划',
        '指标 | 单位 | 2024年末 | 2025年目标 |',
        '常住人口 | 万人 | 52.3 | 52.8 |',
        '力争年末常住人口城镇化率达到58%。',
      ].join('\n'),
    );
    expect(plan.actuals.map((a) => `${a.value} ${a.period.year}`)).toEqual(['52.3 2024']);
    expect(plan.targets.map((t) => `${t.value} ${t.unit} ${t.year}`).sort()).toEqual(['52.8 万人 2025', '58 % 2025']);
  });

  it('dates no 构成 table by a caption that names no year end, nor gives a 比重 column months', () => {
    const plan = extractPlan(['某区2025年统计公报', '表2 户籍人口构成', '指标 | 年末人口(万人) | 比重(%) |', '户籍总人口 | 40.1 | 100 |'].join('\n'));
    const inTable = plan.actuals.filter((a) => a.quote.includes('|'));
    expect(inTable.map((a) => [a.value, a.unit])).toEqual([
      [40.1, '万人'],
      [100, '%'],
    ]);
    expect(inTable.every((a) => a.period.fromMonth === undefined)).toBe(true);
  });

  it('reads no month from a date line two lines up that is not the table’s caption', () => {
    const plan = extractPlan(
      [
        '某市2025年5月经济运行简况',
        '发布时间：2025年6月18日',
        '说明：数据为初步统计。',
        '指标 | 本月 | 比去年同月增长(%) |',
        '工业产值(亿元) | 80.2 | 3.1 |',
      ].join('\n'),
    );
    expect(plan.actuals.every((a) => a.period.fromMonth === undefined || a.period.fromMonth === 5)).toBe(true);
  });

  it('a plan’s 基期值 column is still the year before its own', () => {
    const plan = extractPlan(['某县2026年国民经济和社会发展计划', '指标 | 单位 | 基期值 | 目标值 |', '地区生产总值 | 亿元 | 210 | 225 |'].join('\n'));
    expect(plan.actuals.map((a) => `${a.value} ${a.period.year}`)).toEqual(['210 2025']);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['225 2026']);
  });

  it('takes no two-cell list of targets (指标 | 目标) for a table of results', () => {
    const plan = extractPlan(['某县2026年重点工作', '指标 | 2026年目标 |', '地区生产总值增长 | 6 |'].join('\n'));
    expect(plan.actuals).toEqual([]);
  });
});

// A 考核 table flattened one cell per line with no 序号 column: name, score, target, department.
// Merged cells were written once (a row stops after its target), and the figures carry no unit.
const SCORED_TABLE = [
  '关于下达某县2019年度目标考核任务的通知',
  '附件：某县2019年度目标考核任务表',
  '考核项目',
  '分值',
  '目标任务',
  '责任单位',
  '经济发展',
  '地区生产总值增速',
  '4',
  '年底按全市平均水平考核',
  '县发改局县统计局',
  '规模以上工业总产值',
  '2',
  '88',
  '县工信局',
  '工业技改投资',
  '1',
  '12.5',
  '农村居民人均可支配收入增速',
  '2',
  '招商引资到位资金',
  '2',
  '35',
  '县招商局',
  '民生保障',
  '城镇调查失业率',
  '1',
  '低于 5.5',
  '县人社局',
].join('\n');

describe('a 考核 table flattened one cell per line without 序号', () => {
  it('joins each row onto one line: a name and its score start a row, a line with no score is a group heading', () => {
    const lines = cleanText(SCORED_TABLE).text.split('\n');
    expect(lines).toContain('考核项目\t分值\t目标任务\t责任单位');
    expect(lines).toContain('经济发展');
    expect(lines).toContain('民生保障');
    expect(lines).toContain('地区生产总值增速\t4\t年底按全市平均水平考核\t县发改局县统计局');
    expect(lines).toContain('工业技改投资\t1\t12.5');
    expect(lines).toContain('农村居民人均可支配收入增速\t2');
    expect(lines).toContain('城镇调查失业率\t1\t低于5.5\t县人社局');
  });

  it('reads each bare figure as a target of its row, with no unit, and skips the score column', () => {
    const plan = extractPlan(SCORED_TABLE);
    expect(plan.year).toBe(2019);
    const read = plan.targets.map((t) => [t.value, t.comparator, t.unit, t.leads]);
    expect(read).toEqual([
      [88, '=', '', ['县工信局']],
      [12.5, '=', '', ['县工信局']], // no department cell of its own: the merged cell above
      [35, '=', '', ['县招商局']],
      [5.5, '<=', '', ['县人社局']],
    ]);
    expect(plan.targets.map((t) => t.metric)).toContain('规模以上工业总产值');
    expect(plan.targets.map((t) => t.kind)).toEqual(['level', 'level', 'level', 'share']); // 失业率: a rate
  });

  it('splits two department names run together in one cell', () => {
    const plan = extractPlan(SCORED_TABLE.replace('88\n县工信局', '88\n县工信局县统计局'));
    expect(plan.targets[0]!.leads).toEqual(['县工信局', '县统计局']);
  });
});

describe('no 考核 table where there is none', () => {
  it.each([
    // a header without a department column
    ['项目\n分值\n备注\n地区生产总值\n3\n年底考核'],
    // a header without a score column: left to the 序号 rules
    ['项目\n目标任务\n责任单位\n工业投资\n52\n县工信局'],
    // a score and a department named in prose
    ['分值由考核办确定，责任单位为县统计局。\n地区生产总值增长6%。'],
  ])('%s', (text) => {
    expect(cleanText(text).text).not.toMatch(/\t/);
  });

  it('keeps department names that only look run together', () => {
    expect(splitNames('市委办公室')).toEqual(['市委办公室']);
    expect(splitNames('县住建局')).toEqual(['县住建局']);
    expect(splitNames('市发展改革委')).toEqual(['市发展改革委']);
    expect(splitNames('区委宣传部')).toEqual(['区委宣传部']);
    expect(splitNames('市经信委市场监管处')).toEqual(['市经信委市场监管处']); // 处 ends no name here
  });
});

describe('考核 tables with other header words', () => {
  it('reads 考核内容 | 分值 | 考核标准 | 考核部门, the title above it no header cell', () => {
    const text = ['某县2020年度考核任务', '考核内容', '分值', '考核标准', '考核部门', '规上工业增加值增速', '5', '8以上', '县工信局'].join('\n');
    expect(cleanText(text).text.split('\n')[1]).toBe('考核内容\t分值\t考核标准\t考核部门');
    expect(extractPlan(text).targets.map((t) => [t.value, t.comparator, t.leads])).toEqual([[8, '>=', ['县工信局']]]);
  });

  it('reads a row once though its header also names 指标 and a target column', () => {
    const text = ['某县2020年度考核任务', '指标', '权重', '年度目标值', '责任部门', '税收收入', '10', '12.5', '县税务局'].join('\n');
    expect(extractPlan(text).targets.map((t) => [t.value, t.leads])).toEqual([[12.5, ['县税务局']]]);
  });

  it('is no header where a line between holds a figure or a sentence', () => {
    expect(cleanText('考核内容\n分值\n2020年目标\n考核部门\n工业\n5').text).not.toMatch(/\t/);
    expect(cleanText('考核内容\n分值\n按季度通报，年底汇总。\n考核部门\n工业\n5').text).not.toMatch(/\t/);
  });
});

describe('a 分解表 flattened one cell per line with a group column before 序号', () => {
  const GROUPED = [
    '某县2023年主要目标任务分解清单',
    '类别',
    '序号',
    '主要工作',
    '责任单位',
    '经济发展',
    '1',
    '地区生产总值增长6%左右',
    '▲县发改局，各乡镇',
    '2',
    '规上工业增加值增长8%',
    '▲县经信局，县统计局',
    '民生保障',
    '3',
    '城镇新增就业3000人以上',
    '县人社局',
  ].join('\n');

  it('keeps each group cell on its own line and joins the rows under it', () => {
    const lines = cleanText(GROUPED).text.split('\n');
    expect(lines).toContain('序号\t主要工作\t责任单位');
    expect(lines).toContain('经济发展');
    expect(lines).toContain('3\t城镇新增就业3000人以上\t县人社局');
  });

  it('reads every row, the ▲ name leading and the others partners, under its group', () => {
    const plan = extractPlan(GROUPED);
    expect(plan.targets.map((t) => [t.value, t.leads, t.partners])).toEqual([
      [6, ['县发改局'], ['各乡镇']],
      [8, ['县经信局'], ['县统计局']],
      [3000, ['县人社局'], []],
    ]);
    expect(readDecompositionTable(GROUPED)?.rows.map((r) => r.group)).toEqual(['经济发展', '经济发展', '民生保障']);
  });

  it('takes no line with a figure, nor one not followed by a row, for a group cell', () => {
    const stray = readDecompositionTable(GROUPED.replace('民生保障', '全年力争增长7%'))?.rows;
    expect(stray?.map((r) => r.group)).toEqual(['经济发展', '经济发展']); // the table ends at the stray line
    expect(cleanText(`${GROUPED}\n附则`).text.split('\n').at(-1)).toBe('附则');
  });
});

describe('a monitoring table of results over months (一级指标 | 二级指标 | 计量单位 | 1-3月)', () => {
  const MONITOR = [
    '某省2019年一季度主要指标监测',
    '一级指标 | 二级指标 | 计量单位 | 1-3月 |',
    '经济增长 | 1.地区生产总值增长率 | % | 6.8 |',
    '2.一般公共预算收入增长率 | % | 5.1 | |',
    '结构优化 | 3.服务业增加值占GDP比重 | % | 52.4 |',
  ].join('\n');

  it('reads each row, its group cell merged away or not, as a result of those months, the serial no part of the name', () => {
    const plan = extractPlan(MONITOR);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => [a.metric, a.kind, a.value, a.unit, a.period.label, a.period.fromMonth, a.period.toMonth])).toEqual([
      ['地区生产总值', 'growth', 6.8, '%', '1-3月', 1, 3],
      ['一般公共预算收入', 'growth', 5.1, '%', '1-3月', 1, 3],
      ['服务业增加值占GDP比重', 'share', 52.4, '%', '1-3月', 1, 3],
    ]);
  });

  it('leaves a header naming no months, and a table with one name column, as they were', () => {
    const plain = ['指标名称 | 单位 | 2025年目标 |', '地区生产总值 | 亿元 | 3000 |'].join('\n');
    expect(extractPlan(plain).targets.map((t) => [t.metric, t.value, t.unit])).toEqual([['地区生产总值', 3000, '亿元']]);
  });
});

describe('a 分解表 flattened one cell per line whose header cells are spaced out', () => {
  const leadsOf = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.value} ${(t.leads ?? []).join('、')}`);

  it('reads 主 要 工 作 任 务 as a header cell, so each row takes its 责任单位', () => {
    const text = [
      '2025年县政府重点工作责任分解',
      '',
      '序 号',
      '',
      '主 要 工 作 任 务',
      '',
      '责任单位',
      '',
      '1',
      '',
      '一般公共预算收入增长5%。',
      '',
      '县财政局',
      '',
      '2',
      '',
      '新建农村公路80公里。',
      '',
      '县交通运输局',
      '',
    ].join('\n');
    expect(leadsOf(text)).toEqual(['一般公共预算收入 5 县财政局', '农村公路 80 县交通运输局']);
  });

  it('leaves a spaced-out line that heads no table as it is', () => {
    const text = ['2025年工作要点', '', '序 号 说 明', '', '1', '', '一般公共预算收入增长5%。', ''].join('\n');
    expect(leadsOf(text)).toEqual(['一般公共预算收入 5 ']);
  });
});

describe('a unit bracket the copy left open at the end of a name cell', () => {
  const table = (close: string) =>
    [
      '某区2025年政府工作报告',
      '',
      '经济社会发展主要预期目标完成情况',
      '',
      '序号',
      '',
      '指标名称',
      '',
      '2024年目标',
      '',
      '完成情况',
      '',
      '1',
      '',
      `一般公共预算收入增速(%${close}`,
      '',
      '5',
      '',
      '5.3',
      '',
      '2',
      '',
      `城镇新增就业(人${close}`,
      '',
      '3000',
      '',
      '3200',
      '',
    ].join('\n');
  const read = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.kind} ${t.value}${t.unit}`);

  it('reads (% at the cell end as the unit, as (%) is read', () => {
    expect(read(table(''))).toEqual(read(table(')')));
    expect(read(table(''))).toEqual(['一般公共预算收入 growth 5%', '城镇新增就业 increment 3000人']);
  });

  it('leaves a bracket that says how a figure is counted, closed or not, out of the unit', () => {
    const text = table(')').replace('城镇新增就业(人)', '城乡居民收入倍差（以农村居民为1');
    expect(read(text).some((r) => r.endsWith('1') && r.includes('以农村'))).toBe(false);
  });
});
