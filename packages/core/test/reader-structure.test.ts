import { readFileSync } from 'node:fs';
import { summarisePlan } from './plan-summary.ts';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { parseDepartmentList, trailingDepartments } from '../src/reader/departments.ts';
import { readDocumentInfo, readYear } from '../src/reader/document-info.ts';
import { extractPlan } from '../src/reader/extract.ts';
import { sectionNumberValue } from '../src/reader/numerals.ts';
import { splitSentences } from '../src/reader/sentences.ts';
import { readOutline } from '../src/reader/structure.ts';
import { readDecompositionTable } from '../src/reader/table.ts';

const seed = (n: string) => readFileSync(new URL(`../../../seeds/documents/${n}`, import.meta.url), 'utf8');
const outlineOf = (n: string) => readOutline(cleanText(seed(n)).text);

describe('section numbers', () => {
  it.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['12', 12],
  ])('%s → %d', (numeral, value) => expect(sectionNumberValue(numeral)).toBe(value));
  it('rejects what is not a section number', () => {
    expect(sectionNumberValue('十十')).toBeNaN();
    expect(sectionNumberValue('百')).toBeNaN();
  });
});

describe('outline', () => {
  it('finds item numbers a web page indents with spaces or ideographic spaces, and keeps them out of the metric', () => {
    const text = ['某县2025年工作任务分工', '  一、主要预期目标', '  1.规上工业增加值增长7%左右。', '\u3000\u30002.固定资产投资增长8%以上。'].join('\n');
    expect(readOutline(text).blocks.map((b) => `${b.section} ${b.title}`)).toEqual([
      '一、 主要预期目标',
      '一、1. 规上工业增加值增长7%左右',
      '一、2. 固定资产投资增长8%以上',
    ]);
    expect(extractPlan(text).targets.map((t) => t.metric)).toEqual(['规上工业增加值', '固定资产投资']);
  });

  it('takes no indented number inside a line, nor an indented decimal, for an item', () => {
    const text = ['某县2025年工作要点', '  全年增长 1.5%，新增企业 2家。', '  3.5万亩高标准农田建成。'].join('\n');
    expect(readOutline(text).blocks).toEqual([]);
  });

  it('finishes on a table title that opens the text after blank lines (it looped for ever)', () => {
    const text = '\n\n2022年某区重点任务分解表\n\n序号\t重点任务\t责任单位\n1\t地区生产总值增长5.5%左右\t区发展改革委\n';
    expect(readOutline(text).bodyEnd).toBe(0);
    expect(extractPlan('\n\n2022年预期目标任务分解表\n\n序号\n\n2022年预期目标\n\n责任单位\n\n1\n\n地区生产总值增长5.5%左右\n').year).toBe(2022);
  });

  it('reads parts whose headings name a plan period: before the year reviewed, or as the plan part', () => {
    const text = [
      '一、“十四五”时期和2025年工作回顾',
      '地区生产总值达到6000亿元。',
      '二、“十五五”时期主要目标和重大任务',
      '研发经费投入年均增长7%以上。',
      '三、2026年经济社会发展总体要求',
      '地区生产总值增长5%。',
    ].join('\n');
    const parts = readOutline(text).parts.map((p) => `${p.heading} ${p.year} ${p.review} ${p.due ?? '-'}`);
    expect(parts).toEqual([
      '一、“十四五”时期和2025年工作回顾 2025 true -',
      '二、“十五五”时期主要目标和重大任务 null false 2030',
      '三、2026年经济社会发展总体要求 2026 false -',
    ]);
  });

  it('opens a part due at the period end at a heading line naming its goals, with no review part before it', () => {
    const text = [
      '某省政府工作报告摘要',
      '去年地区生产总值增长5.6%，城镇新增就业40万人。',
      '“十五五”时期主要目标和重大任务：',
      '研发经费投入年均增长8%以上、森林覆盖率达到46%。',
      '2026年经济社会发展总体要求和政策取向：',
      '地区生产总值增长5%左右、粮食产量300亿斤以上。',
    ].join('\n');
    expect(readOutline(text).parts.map((p) => `${p.heading} ${p.year} ${p.due ?? '-'}`)).toEqual([
      '“十五五”时期主要目标和重大任务： null 2030',
      '2026年经济社会发展总体要求和政策取向： 2026 -',
    ]);
    const plan = extractPlan(text, { year: 2026 });
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['8% 2030', '46% 2030', '5% 2026', '300亿斤 2026']);
  });

  it('opens no part at a plan heading naming no period, nor one year of it, nor goals it reviews, with no review before', () => {
    const heads = ['主要预期目标：', '“十五五”开局之年主要目标：', '“十四五”时期主要目标完成情况：', '今年主要目标'];
    for (const head of heads) {
      const text = ['某区2026年工作要点', head, '地区生产总值增长6%、新增市场主体3000户。'].join('\n');
      expect(readOutline(text).parts).toEqual([]);
      // (the heading that reviews makes its lines results: no target at all)
      expect(extractPlan(text).targets.every((t) => t.year === 2026)).toBe(true);
    }
  });

  it("opens a part due at the period's end at the line presenting a five-year outline, its 主要目标指标 heading included", () => {
    const text = [
      '某省2026年政府工作报告',
      '一、2025年工作回顾',
      '地区生产总值增长5.4%。',
      '二、关于“十五五”规划纲要草案',
      '根据省委建议，省政府编制了《某省国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审查。',
      '主要目标指标',
      '研发经费投入年均增长8%以上，常住人口城镇化率达到70%。',
      '三、2026年主要预期目标',
      '地区生产总值增长5%左右。',
    ].join('\n');
    expect(readOutline(text).parts.map((p) => `${p.year} ${p.review} ${p.due ?? '-'}`)).toEqual([
      '2025 true -',
      'null false 2030',
      'null false 2030',
      '2026 false -',
    ]);
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['8% 2030', '70% 2030', '5% 2026']);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['5.4% 2025']);
  });

  it('opens no part at an outline compiled in a review sentence after a figure, nor at one to be compiled', () => {
    const reviewed = [
      '某省2026年政府工作报告',
      '一、2025年工作回顾',
      '地区生产总值增长5.4%，高质量编制了《某省第十五个五年规划纲要（草案）》，提请大会审查。',
      '主要预期目标',
      '地区生产总值增长5%左右。',
    ];
    const plan = extractPlan(reviewed.join('\n'));
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['5% 2026']);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['5.4% 2025']);
    const toCompile = extractPlan(
      ['某县2026年工作要点', '启动编制《某县第十五个五年规划纲要》，年内完成审查。', '地区生产总值增长6%，新增市场主体3000户。'].join('\n'),
    );
    expect(toCompile.targets.map((t) => t.year)).toEqual([2026, 2026]);
    const yearIndicators = extractPlan(
      ['某省2026年政府工作报告', '一、2025年工作回顾', '地区生产总值增长5.4%。', '主要目标指标', '地区生产总值增长5%左右。'].join('\n'),
    );
    expect(yearIndicators.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['5% 2026']);
  });

  it.each([
    [
      "a period's goals named inside a sentence",
      ['某市2026年政府工作报告', '为实现“十五五”时期主要目标打下坚实基础，今年地区生产总值增长5%左右。'],
      '2026 5%@2026 /',
    ],
    [
      "this year's goals after a review",
      ['某市2026年政府工作报告', '一、2025年工作回顾', '地区生产总值增长5.2%。', '二、今年主要预期目标', '地区生产总值增长5%左右，新增市场主体2万户。'],
      '2026 5%@2026 20000户@2026 / 5.2%@2025',
    ],
    [
      'a special plan compiled, not an outline',
      ['某市2026年工作要点', '市发展改革委编制了《某市“十五五”现代产业发展规划》，提请市政府审查。', '全年规上工业增加值增长7%。'],
      '2026 7%@2026 /',
    ],
    [
      'an outline’s indicators named as what the year serves',
      ['某区2026年工作计划', '围绕“十五五”规划纲要确定的主要目标指标，今年新增规上企业30家。'],
      '2026 30家@2026 /',
    ],
    [
      'a vision year with no figure in a yearly part',
      ['某县2026年政府工作报告', '一、2025年工作回顾', '全县地区生产总值增长6%。', '二、2026年工作安排', '到2035年基本实现现代化。全县地区生产总值增长6.5%。'],
      '2026 6.5%@2026 / 6%@2025',
    ],
    [
      'an outline compiled after a figure in a review',
      [
        '某市2026年政府工作报告',
        '2025年工作回顾',
        '地区生产总值增长5.2%，科学编制“十五五”规划纲要，提请大会审查。',
        '2026年主要目标',
        '地区生产总值增长5%左右。',
      ],
      '2026 5%@2026 / 5.2%@2025',
    ],
    [
      'a deadline within the horizon carrying on',
      ['某市“十五五”规划纲要', '到2035年，全市经济总量达到1万亿元。到2030年，地区生产总值突破7000亿元。常住人口城镇化率达到72%。'],
      '2026 1万亿元@2035 7000亿元@2030 72%@2030 /',
    ],
    [
      'a bulletin of a period’s last year (no 工作回顾)',
      ['某市2025年统计公报', '2025年及“十四五”时期全市经济运行情况', '全市地区生产总值增长5.1%，年均增长5.6%。'],
      '2025 / 5.1%@2025 5.6%@2025',
    ],
  ])('dates no target to a period end where it must not: %s', (_, lines, expected) => {
    const plan = extractPlan(lines.join('\n'));
    const targets = plan.targets.map((t) => `${t.value}${t.unit}@${t.year}`);
    const actuals = plan.actuals.map((a) => `${a.value}${a.unit}@${a.period.year}`);
    expect([plan.year, ...targets, '/', ...actuals].join(' ')).toBe(expected);
  });

  it('opens no plan part at a heading that names goals only to review them (主要目标指标完成情况)', () => {
    const text = [
      '一、2020年工作回顾',
      '地区生产总值增长3.8%。',
      '二、“十三五”主要目标指标完成情况',
      '城镇新增就业25万人。',
      '三、2021年工作安排',
      '地区生产总值增长7%。',
    ].join('\n');
    expect(readOutline(text).parts.map((p) => `${p.year} ${p.review}`)).toEqual(['2020 true', '2021 false']);
  });

  it('reads a year part whose work is said carried out (落实情况, 推进情况) as a review', () => {
    const text = ['一、2023年重点工作落实情况', '新增市场主体5000户。', '二、2024年重点工作', '新增市场主体6000户。'].join('\n');
    expect(readOutline(text).parts.map((p) => `${p.year} ${p.review}`)).toEqual(['2023 true', '2024 false']);
  });

  it("dates no part to a period's end when its heading names one year of the period (开局之年)", () => {
    const text = ['一、2025年工作回顾', '地区生产总值增长5.8%。', '二、“十五五”开局之年的主要目标任务', '地区生产总值增长5.5%左右。'].join('\n');
    expect(readOutline(text).parts.map((p) => `${p.review} ${p.due ?? '-'}`)).toEqual(['true -', 'false -']);
  });

  it("ends a numbered part due at a period's end at the next top heading, read as a part or not", () => {
    const text = [
      '一、2024年工作回顾',
      '地区生产总值增长5%。',
      '二、“十五五”时期主要目标',
      '到2030年地区生产总值突破5000亿元。',
      '三、2025年主要目标任务（“十五五”谋篇之年）',
      '地区生产总值增长6%。',
    ].join('\n');
    const outline = readOutline(text);
    const due = outline.parts.find((p) => p.due === 2030)!;
    expect(text.slice(due.start, due.end)).toBe('二、“十五五”时期主要目标\n到2030年地区生产总值突破5000亿元。\n');
  });

  it('finds the sixteen items of seed 000', () => {
    const o = outlineOf('000_4a0b2518f3081329.txt');
    expect(o.blocks.map((b) => b.number)).toEqual(
      ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'].map((n) => `${n}、`),
    );
    expect(o.blocks[0]!.title).toBe('育强主导产业');
    expect(o.blocks.every((b) => b.hasContent)).toBe(true);
  });

  it('nests seed 001 items （一）…（二十） under headings 一、…五、', () => {
    const o = outlineOf('001_a8837981a284b011.txt');
    const items = o.blocks.filter((b) => b.hasContent);
    expect(items).toHaveLength(20);
    expect(items[8]!.section).toBe('二、（九）');
    expect(o.blocks.filter((b) => !b.hasContent).map((b) => b.title)).toEqual([
      '全面提升发展质量',
      '合理扩大规模总量',
      '着力提高发展效益',
      '提升助企服务质量',
      '健全完善保障措施',
    ]);
  });

  it('splits seed 002 into a review part (2023) and a plan part (2024), restarting （一）', () => {
    const o = outlineOf('002_18a65d7238599efc.txt');
    expect(o.parts.map((p) => [p.heading, p.year, p.review])).toEqual([
      ['2023年工作及成效', 2023, true],
      ['2024年工作安排', 2024, false],
    ]);
    expect(o.blocks).toHaveLength(14);
  });

  it('finds seed 003 items run together on one line', () => {
    const o = outlineOf('003_58fa80235016e783.txt');
    expect(o.blocks.map((b) => b.title)).toEqual([
      '民营经济提升行动',
      '龙头企业壮大行动',
      '专精特新培育行动',
      '创新驱动发展行动',
      '技术改造升级行动',
      '落地项目提速行动',
      '开发区转型升级行动',
      '返乡创业主攻行动',
      '困难企业纾困行动',
      '企业家培养行动',
    ]);
  });

  it('reads seed 004 three levels deep and ends the body before the attached table', () => {
    const text = cleanText(seed('004_6c17aed7528460c1.txt')).text;
    const o = readOutline(text);
    expect(o.blocks.filter((b) => b.hasContent).map((b) => b.section)).toEqual([
      '一、',
      '二、（一）1.',
      '二、（二）2.',
      '二、（二）3.',
      '二、（二）4.',
      '三、5.',
      '三、6.',
      '三、7.',
      '三、8.',
      '三、9.',
      '三、10.',
    ]);
    expect(text.slice(o.bodyEnd).trimStart().startsWith('附件：《金安区2023年度工业发展要点》重点任务分解表')).toBe(true);
    expect(o.tableHeader).not.toBeNull();
  });
});

describe('sentences', () => {
  it('keeps a department list with a 。 inside as one sentence, closing at its bracket', () => {
    const text = '力争新增30家。（责任单位：市经信局、市科技局。）各县区要统一思想。';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['力争新增30家。', '（责任单位：市经信局、市科技局。）', '各县区要统一思想。']);
  });
});

describe('department lists', () => {
  it('first named leads, the rest are partners', () => {
    expect(parseDepartmentList('市经信局、市发改委')).toEqual({ leads: ['市经信局'], partners: ['市发改委'], standing: [] });
  });

  it('reads seed 000 落实主体 with 以下不再列出 as standing partners', () => {
    expect(parseDepartmentList('市经信局、市发改委，各县区政府、市开发区管委为落实主体，以下不再列出')).toEqual({
      leads: ['市经信局'],
      partners: ['市发改委', '各县区政府', '市开发区管委'],
      standing: ['各县区政府', '市开发区管委'],
    });
  });

  it('reads seed 001 按职责分工负责 and 责任主体…下同', () => {
    const list = parseDepartmentList('市经济和信息化局、市科技局按职责分工负责;各县区人民政府、市管园区管委会为责任主体,下同');
    expect(list?.leads).toEqual(['市经济和信息化局']);
    expect(list?.partners).toEqual(['市科技局', '各县区人民政府', '市管园区管委会']);
    expect(list?.standing).toEqual(['各县区人民政府', '市管园区管委会']);
  });

  it('never lets a collective entry lead (seed 003 责任单位)', () => {
    const list = parseDepartmentList('责任单位：各县区政府管委，市经信局、市发改委。');
    expect(list).toEqual({ leads: ['市经信局'], partners: ['各县区政府管委', '市发改委'], standing: [] });
  });

  it('reads 牵头单位/配合单位 labels', () => {
    expect(parseDepartmentList('牵头单位：市经信局、市财政局；配合单位：各县区政府')).toEqual({
      leads: ['市经信局', '市财政局'],
      partners: ['各县区政府'],
      standing: [],
    });
  });

  it('reads a 部门分工 line “A牵头，B配合” under a target: A leads, the B named before 配合 partner', () => {
    const m = trailingDepartments('部门分工：市商务局牵头，市财政局、各县区配合。');
    expect(m).toMatchObject({ leads: ['市商务局'], partners: ['市财政局', '各县区'] });
    expect(parseDepartmentList('区工信局牵头，区科技局配合')).toEqual({ leads: ['区工信局'], partners: ['区科技局'], standing: [] });
    // A line that names a leader, not departments, is no list.
    expect(trailingDepartments('分管副市长：张三')).toBeNull();
    expect(trailingDepartments('部门分工：按照本方案执行')).toBeNull();
  });

  it('rejects brackets that are not department lists', () => {
    expect(parseDepartmentList('示范园区、城北片区、先生店片区')).toBeNull();
    expect(parseDepartmentList('区')).toBeNull();
    expect(parseDepartmentList('六政办秘2018212号')).toBeNull();
    expect(trailingDepartments('积极争创全省发展民营经济先进市、县（区）。')).toBeNull();
  });

  it('finds the list at the end of a sentence and where it stands', () => {
    const s = '力争电子信息产业产值增长10%（市经信局、市发改委）。';
    const m = trailingDepartments(s);
    expect(m?.leads).toEqual(['市经信局']);
    expect(s.slice(m!.start, m!.end)).toBe('（市经信局、市发改委）');
  });
});

describe('document info', () => {
  it.each([
    ['000_4a0b2518f3081329.txt', '2023年全市工业经济工作要点', 2023, '六安市', 'city', '安徽省'],
    ['001_a8837981a284b011.txt', '宿州市制造业提质扩量增效“2321”行动计划2023年工作要点', 2023, '宿州市', 'city', '安徽省'],
    ['002_18a65d7238599efc.txt', '2024年工作安排', 2024, '安徽省', 'province', undefined],
    ['003_58fa80235016e783.txt', '2019年全市工业经济工作要点', 2019, '六安市', 'city', '安徽省'],
    ['004_6c17aed7528460c1.txt', '金安区2024年度工业发展要点', 2024, '金安区', 'district', '六安市'],
  ])('%s', (file, title, year, region, level, parentRegion) => {
    const info = readDocumentInfo(cleanText(seed(file)).text);
    expect(info).toEqual({ title, year, yearSource: 'title', region, level, ...(parentRegion ? { parentRegion } : {}) });
  });
});

describe('plan year from the text, never from the clock', () => {
  it.each([
    ['a plan phrase names it', '全市工业经济发展情况\n一、2021年工作回顾\n二、2022年主要预期目标\n规上工业增加值增长8%左右。', 2022, 'text'],
    ['an issue date and 今年', '关于印发工业稳增长若干措施的通知\n今年全市规上工业增加值增长7%以上。\n市人民政府\n2022年2月27日', 2022, 'date'],
    ['an ISO date and 今年', '今年新增规上工业企业100户。\n发布时间：2021-03-05', 2021, 'date'],
    ['a date in Chinese numerals and 本年度', '本年度力争新增规上工业企业50户。\n二〇二三年一月十日', 2023, 'date'],
    ['明年 with the date', '明年力争规上工业增加值增长6%。\n2022年12月20日', 2023, 'date', 2022],
    [
      "a dated page that sets the year's targets (全年…按计划完成)",
      '某县推进小升规工作\n日期:2020-11-03\n确保全年新增规上企业30家，考核指标按计划完成。',
      2020,
      'date',
    ],
    [
      'a work plan without a year in its title, 到…年底 naming the same year',
      '为推动数字经济发展，制定如下工作要点。2024年，全省数字经济进入新阶段。到2024年底，力争建成5G基站3万个。',
      2024,
      'text',
    ],
    [
      'a year whose targets the text sets (2019年度目标设定), not the later date it was posted',
      '考核指标情况汇报\n时间:2020-06-30\n各部门对25项考核指标进行了分析和2019年度目标设定：地区生产总值增长7%。',
      2019,
      'text',
    ],
  ])('%s', (_, text, year, source, thisYear?: number) => {
    // A plan for 明年 says which year its 今年 is.
    expect(readYear('', text)).toEqual({ year, source, ...(thisYear !== undefined ? { thisYear } : {}) });
  });

  it('reads 第十四个五年规划 as “十四五”, and a 2035年远景目标 named beside it is not the plan year', () => {
    expect(readYear('某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要', '')).toMatchObject({
      year: 2021,
      source: 'title',
      period: { first: 2021, last: 2025 },
    });
    expect(readYear('某市2035年远景目标纲要', '')).toEqual({ year: null, source: 'unknown' });
  });
  it("takes the year after a review of a five-year period's last year together with the period, though no report is named", () => {
    const digest = '2025年及“十四五”时期工作回顾\n全省地区生产总值增长5.5%，规上工业增加值增长7.6%。';
    expect(readYear('', digest)).toEqual({ year: 2026, source: 'text' });
    expect(readYear('', '“十三五”时期和2020年工作回顾\n全市地区生产总值年均增长7%。')).toMatchObject({ year: 2021, source: 'text' });
    expect(extractPlan(digest).actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['5.5% 2025', '7.6% 2025']);
  });

  it('reads a title or headline naming a period by its start or close as that one year, not the period', () => {
    expect(readYear('“十五五”开局，某市计划这样干', '实施重点项目200个以上。')).toEqual({ year: 2026, source: 'title' });
    expect(readYear('决胜“十四五”收官 某县全力冲刺', '')).toEqual({ year: 2025, source: 'title' });
    expect(readYear('', '“十五五”开局之年 某区主要目标\n地区生产总值增长6%。')).toEqual({ year: 2026, source: 'text' });
    const plan = extractPlan('“十五五”开局，某市计划这样干\n报告提出，力争新增规上工业企业300家，实施重点项目200个以上。');
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['300家 2026', '200个 2026']);
  });

  it('keeps the period of a title naming the plan or the span itself', () => {
    const titles = [
      '某市“十五五”规划纲要',
      '某市“十五五”时期发展目标',
      '某市国民经济和社会发展第十五个五年规划纲要',
      // a start named beside the plan or its span: the plan's period stands
      '确保“十五五”开好局——某市2026—2030年制造业行动计划',
      '“十五五”开局之年解读某市“十五五”规划纲要',
    ];
    for (const title of titles) {
      expect(readYear(title, '地区生产总值年均增长6%。')).toMatchObject({ year: 2026, period: { first: 2026, last: 2030 } });
    }
  });

  it('keeps the year reviewed when the year is not the period end or no period is reviewed with it', () => {
    expect(readYear('', '2024年和“十四五”时期工作回顾\n全市地区生产总值增长6%。')).toEqual({ year: 2024, source: 'text' });
    expect(readYear('', '2023年及“十四五”以来工作回顾\n全市地区生产总值增长6%。')).toEqual({ year: 2023, source: 'text' });
    expect(readYear('', '2025年工作回顾\n全市地区生产总值增长6%。')).toEqual({ year: 2025, source: 'text' });
  });

  it('takes the year after the results a report gives before 新的一年, as before 今年', () => {
    expect(readYear('', '报告指出，2024年全市地区生产总值增长5.1%。新的一年，全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。')).toEqual({
      year: 2025,
      source: 'text',
    });
  });

  it('takes no year a five-year plan it names ends in as a year of results before 今年', () => {
    // News of a 十五五 纲要 adopted 今年: 2030 is the plan's goal year, so the plan is the period's (2026), not 2031.
    const news =
      '某省今年力争高技术制造业增加值增长20%以上。\n记者从省政府新闻发布会获悉，今年1月，某省人大会议通过“十五五”规划纲要，提出“十五五”时期全省GDP年均增长5%左右，2030年人均GDP达到2万美元。';
    expect(readYear('', news)).toMatchObject({ year: 2026, source: 'text' });
    // A year of results before 今年 still dates the report, with the period's end beside it.
    const report = '2025年，全省地区生产总值增长5.4%。今年是“十五五”规划的起步之年，到2030年人均GDP达到2万美元。';
    expect(readYear('', report).year).toBe(2026);
  });

  it('takes no vision horizon (2035年远景目标) as a year of results, written in digits or in words', () => {
    const text =
      '2月4号上午，某市人大会议开幕。会议印发了《某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》，确定今后五年的主要发展目标：地区生产总值年均增长7%。';
    expect(extractPlan(text).year).toBe(2021);
    expect(readYear('', text.replace('二〇三五', '2035')).year).toBe(2021);
  });

  it('still takes the year after the results when no plan period ends in them (must not fire)', () => {
    expect(readYear('', '2030年，某市曾举办过一次展会。今年全市地区生产总值增长5%。').year).toBe(2031);
    // A period reviewed (“十四五”时期回顾) ends in a year of results: it counts.
    expect(readYear('', '2025年，全市地区生产总值增长5.5%，“十四五”完成情况良好。今年全市地区生产总值增长5%左右。').year).toBe(2026);
    expect(readYear('', '2024年，全县粮食总产量达到30万吨。今年粮食总产量稳定在30万吨以上。').year).toBe(2025);
  });

  it('takes the year after the results a report gives before undated 预期目标, but not after 预期目标 met', () => {
    const text = '2019年，某县实现地区生产总值88.1亿元，增长6.2%。会议确定发展预期目标：地区生产总值增长6%左右。';
    expect(readYear('', text)).toEqual({ year: 2020, source: 'text' });
    // Targets met are results of the year they were set for: never the year after it.
    expect(readYear('', '2019年，某县完成预期目标，地区生产总值增长6.2%。')).toEqual({ year: null, source: 'unknown' });
  });

  it('takes the year after the one a work report reviews, and no section heading as its title', () => {
    const text = '现在，我代表县人民政府向大会报告工作，请予审议。\n一、2021年工作回顾\n2021年，全县地区生产总值增长6.1%。';
    expect(readDocumentInfo(text)).toMatchObject({ year: 2022 });
    expect(readDocumentInfo(text).title).not.toContain('工作回顾');
    // Without a report's words it is a review of 2021 and nothing more.
    expect(readYear('', '一、2021年工作回顾\n2021年，全县地区生产总值增长6.1%。').year).toBe(2021);
  });

  it('takes the year whose growth target a report states, not the year after its latest', () => {
    const text = '市长作政府工作报告。2023年全市生产总值增长5.1%，2024年全市生产总值增长目标为6%左右。今年要抓好八个方面工作。';
    expect(readYear('', text)).toEqual({ year: 2024, source: 'text' });
    // The last year of a plan period is no year a target is stated for.
    expect(readYear('', '某区“双倍增”行动方案（2024—2028年）的工作目标是什么？').year).toBe(2024);
  });

  it('takes no bulleted result line (●2023年…；) for a digest’s headline', () => {
    const text =
      '报告出炉\n●2023年全市地区生产总值达到5200亿元、增长5.1%；\n●一般公共预算收入增长4.3%；\n2024年全市经济社会发展\n有这些目标\n今年主要预期目标是：地区生产总值增长5.5%。';
    expect(readDocumentInfo(text)).toMatchObject({ title: '2024年全市经济社会发展', year: 2024 });
  });

  it('takes no year a thing was before (2000年前老旧小区) for a year of results', () => {
    const text = '2026-01-20\n某市晚报\n“十四五”发展成就：五年新增就业18万人，2000年前建成的老旧小区改造全面完成，建成区绿化覆盖率达到43.1%。';
    expect(readYear('', text).year).not.toBe(2000);
    expect(extractPlan(text).targets).toEqual([]);
    // A text of results that writes its year keeps it (must not fire).
    expect(readYear('', '2023年，全市地区生产总值增长5.2%，2000年以前建成的小区全部完成改造。').year).toBe(2023);
  });

  it('takes no review sentence of a change from a base year (由2016年的…增加到2020年的…) for a headline', () => {
    const text = [
      '某省：力争2025年旅游总收入突破8000亿元',
      '2021-06-18 09:30',
      '到2025年，全省旅游总收入突破8000亿元，年均增长12%左右。',
      '全省旅游总收入由2016年的3200亿元增加到2020年的5100亿元，年均增长12.4%，对全省经',
    ].join('\n');
    const info = readDocumentInfo(text);
    expect(info.title).not.toContain('2016年');
    expect(info.year).not.toBe(2020);
    const plan = extractPlan(text);
    expect(plan.actuals.map((a) => a.value)).toEqual(expect.arrayContaining([3200, 5100, 12.4]));
    expect(plan.targets.every((t) => t.year === 2025)).toBe(true);
    // A headline dated by its own year still dates the page (must not fire): 2023年全省工业增加值将超4000亿元.
    expect(readDocumentInfo('2023年全省工业增加值将超4000亿元\n今年全省工业增加值将超4000亿元。').title).toBe('2023年全省工业增加值将超4000亿元');
  });

  it('reads the year a text calls a five-year plan’s 收官之年 (开局之年) as that plan’s last (first) year', () => {
    expect(readYear('', '今年是“十四五”规划收官之年，全省地区生产总值增长5%以上，建设300个重大项目。').year).toBe(2025);
    expect(readYear('', '今年是“十五五”开局之年，全市力争地区生产总值增长6%。').year).toBe(2026);
    // A part for 2025 whose targets are 明年's: the report is given in 2024, and its 明年 is 2025.
    expect(readYear('二、2025年工作安排', '二、2025年工作安排\n明年经济社会发展主要预期目标是：全区地区生产总值增长5.3%。')).toEqual({
      year: 2025,
      source: 'title',
      thisYear: 2024,
    });
    // A new term's first report: results of 2016, then 今后五年 — it plans for 2017; 力争2024年 ahead keeps the page's date.
    expect(readYear('', '2月16日，市人民代表大会开幕。2016年，全市生产总值增长11.7%。今后五年，全市生产总值年均增长10%左右。').year).toBe(2017);
    // A period reviewed since it began (“十三五”以来) is no plan; the period after it is (力争在“十四五”时期).
    expect(readYear('', '州委书记表示，“十三五”以来，全州经济实现跨越。力争在“十四五”时期，全州GDP总量达2500亿元以上。')).toMatchObject({ year: 2021 });
    // The base of a multiple (是2011年的1.9倍) is no year the text speaks for: a text that writes no other keeps null.
    expect(readYear('', '五年来，全市地区生产总值年均增长8%，一般公共预算收入是2012年的1.8倍，高新技术企业达到600家。').year).toBeNull();
    // (must not fire) A year of results beside it still dates the text.
    expect(readYear('', '2022年，全市一般公共预算收入是2012年的1.8倍，高新技术企业达到600家。').year).toBe(2022);
    // A period earlier than the reviewed one is the base a review measures from (从“十二五”末的…), no plan: the later one is.
    expect(
      readYear('', '回顾“十三五”，全市服务业占比从“十二五”末的40%提高到48%。“十四五”期间，全市将加快发展现代服务业，服务业增加值突破900亿元。'),
    ).toMatchObject({ year: 2021 });
    // (must not fire) Only an earlier period and the reviewed one named: nothing planned, the review's year stays.
    expect(readYear('', '回顾“十三五”，全市服务业占比从“十二五”末的40%提高到48%。').year).not.toBe(2011);
    // A lede that writes its full date dates the report given at the congress.
    expect(
      readYear('', '2017年4月22日，某市第八届人民代表大会第一次会议开幕。\n代市长作政府工作报告。\n地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元。')
        .year,
    ).toBe(2017);
    // A comma after the year (2025年，全市…主要预期目标是) still dates the targets it heads.
    expect(readYear('', '3月27日上午，市人民代表大会开幕。报告指出，2025年，全市经济社会发展主要预期目标是：地区生产总值增长5.5%。').year).toBe(2025);
    // 今年 names the year a text stands in, before a 收官之年 it looks back on; 开局起步之年 is 开局之年.
    expect(readYear('', '今年是“十五五”规划开局起步之年。各市总结“十四五”规划收官之年发展成效，立下新的目标：南昌地区生产总值增长5.5%左右。').year).toBe(2026);
    expect(readYear('', '各市总结了“十四五”规划收官之年的发展成效。').year).toBe(2025);
    // The 收官之年 of something other than a five-year plan names no year.
    expect(readYear('', '今年是脱贫攻坚收官之年，全县力争农村居民人均可支配收入增长8%。')).toEqual({ year: null, source: 'unknown' });
  });

  it('reads 今年 glossed with its year (今年（2024年）) as the plan year', () => {
    expect(readYear('', '省长在报告中说，今年（2024年）全省发展的有利条件强于不利因素，预期地区生产总值增长5%。').year).toBe(2024);
    expect(readYear('', '市长表示，今年(2023)全市力争新增规上工业企业60家。').year).toBe(2023);
    // With 明年 heading the targets, the glossed 今年 is the year the text is written in.
    expect(readYear('', '今年（2024年）预计全市生产总值增长5%。明年经济社会发展主要预期目标是：地区生产总值增长5.5%。')).toMatchObject({
      year: 2025,
      thisYear: 2024,
    });
    // A glossed 去年 is the year reviewed: the plan is for the year after it.
    expect(readYear('', '去年（2023年）全省地区生产总值增长4.8%；今年全省力争增长5%。').year).toBe(2024);
  });

  it('reads no plan year from a year something runs from, nor from a five-year period framing an undated year', () => {
    // 2009年起 is when a practice began, not a year reported: the text never writes its own year.
    expect(readYear('', '2009年起上海就连续将经济增速目标定为10%以下。今年将增速预计为7.5%。去年三产增速10.6%。').year).toBeNull();
    expect(readYear('', '2019年以来，全市累计新增企业500家；今年，全市力争新增企业100家。').year).toBeNull();
    // A year of results beside it still dates the plan after it.
    expect(readYear('', '2022年全市生产总值增长5%。2019年以来累计新增企业500家。今年力争增长6%。').year).toBe(2023);
    // 承上启下 / 承前启后 puts the year inside the period without saying which year (2023 and 2024 were both called so).
    expect(readYear('', '今年是实施“十二五”规划承前启后的关键一年，全省生产总值增长9.5%左右。')).toEqual({ year: null, source: 'unknown' });
    expect(readYear('', '会议指出，今年是“十四五”承上启下之年，全县力争地区生产总值增长7%。')).toEqual({ year: null, source: 'unknown' });
    // A period named otherwise still gives its first year.
    expect(readYear('', '市长表示，“十四五”时期全市力争地区生产总值年均增长6%。').year).toBe(2021);
    // 承上启下 of something that is no five-year period leaves the period the text plans for.
    expect(readYear('', '“十四五”时期，全市要发挥承上启下的枢纽作用，力争地区生产总值年均增长6%。').year).toBe(2021);
    expect(readYear('', '“十四五”时期发挥承上启下作用，力争地区生产总值年均增长6%。').year).toBe(2021);
  });

  it('takes a multi-year plan’s first year, not the last year of its period before the name it is cited by', () => {
    const text = '近日，某省印发《某省数字经济三年行动计划（2024—2026年）》（以下简称《行动计划》），到2026年，数字经济核心产业增加值突破5000亿元。';
    expect(readYear('', text)).toMatchObject({ year: 2024, period: { first: 2024, last: 2026 } });
    // A year heading a plan's name on its own is still its year.
    expect(readYear('', '某市2025年工作要点提出，全年新增规上工业企业80家。').year).toBe(2025);
  });

  it('reads a text with no year of its own that speaks of a five-year plan as that plan’s first year, due at its end', () => {
    const text = '会议审议了《某市国民经济和社会发展第十五个五年规划纲要（草案）》，确定今后五年的主要目标：地区生产总值年均增长6%。';
    expect(readYear('', text)).toMatchObject({ year: 2026, source: 'text', period: { first: 2026, last: 2030 } });
    expect(extractPlan(text).targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2030']);
  });

  it('keeps a work plan whose deadlines run past its latest year a multi-year plan', () => {
    expect(readYear('', '制定如下工作要点。2023年起步，到2025年，力争建成5G基站3万个。').year).not.toBe(2023);
  });

  it('is unknown when nothing says it: no year, no current year', () => {
    expect(readYear('', '力争规上工业增加值增长7%以上，新增规上工业企业100户。')).toEqual({ year: null, source: 'unknown' });
    // A date alone, with no 今年/明年, does not make the plan that year's.
    expect(readYear('', '完成技改投资50亿元。\n2021年3月5日')).toEqual({ year: null, source: 'unknown' });
    const plan = extractPlan('力争规上工业增加值增长7%以上。');
    expect(plan.year).toBeNull();
    expect(plan.yearSource).toBe('unknown');
    expect(plan.targets[0]!.year).toBeNull();
  });

  it("takes the caller's year and says so", () => {
    const plan = extractPlan('力争规上工业增加值增长7%以上。', { year: 2024 });
    expect([plan.year, plan.yearSource, plan.targets[0]!.year]).toEqual([2024, 'option', 2024]);
  });
});

describe('decomposition table (seed 004)', () => {
  const original = seed('004_6c17aed7528460c1.txt');
  const table = readDecompositionTable(original)!;

  it('has its title, year, columns and thirteen rows', () => {
    expect(table.title).toBe('《金安区2023年度工业发展要点》重点任务分解表');
    expect(table.year).toBe(2023);
    expect(table.columns).toEqual(['序号', '重点任务', '内容和要求', '牵头单位', '配合单位']);
    expect(table.rows.map((r) => r.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
  });

  it('joins rows that run across pages', () => {
    const row4 = table.rows[3]!;
    expect(row4.content.text.endsWith('规上工业企业研发经费支出占营收比重突破2.6%。')).toBe(true);
    expect(original.slice(...row4.content.span)).toContain('六安市金安区人民政府行政规范性文件');
    expect(table.rows[5]!.content.text).toContain('年内全部投产达效');
    expect(table.rows[11]!.content.text.endsWith('引导相关行业不断做大做强。')).toBe(true);
  });

  it('reads merged 重点任务 group cells and sub-tasks', () => {
    expect(table.rows[2]).toMatchObject({ group: '推进转型升级，促进提质增效', task: { text: '推进技术改造' } });
    expect(table.rows[4]).toMatchObject({ group: '强化主体培育，促进扩量', task: { text: '强化梯次培育' } });
    expect(table.rows[5]).toMatchObject({ group: '强化主体培育，促进扩量', task: { text: '强化项目攻坚' } });
    expect(table.rows[0]!.group).toBeUndefined();
    expect(table.rows[0]!.task.text).toBe('完成工业经济主要指标增长目标');
  });

  it('reads leads and partners from their columns', () => {
    expect(table.rows[0]).toMatchObject({ leads: ['区经信局'], partners: ['区统计局', '区发改委', '金安经济开发区及有关乡镇'] });
    expect(table.rows[3]!.leads).toEqual(['区发改委', '区经信局', '区科技局']);
    expect(table.rows[12]!.leads).toEqual(['区自然资源局', '区金融服务中心', '区人社局', '区经信局']);
  });

  it('strips <p> remnants from cells but spans the original characters', () => {
    const row3 = table.rows[2]!;
    expect(row3.content.text.startsWith('持续实施“老树育新干”工程')).toBe(true);
    expect(row3.content.text).not.toContain('<p>');
    expect(original.slice(...row3.task.span)).toBe('推进技术改造');
    expect(original.slice(...row3.leadText.span)).toBe('区经信局');
  });

  it('is absent from documents without one', () => {
    expect(readDecompositionTable(seed('000_4a0b2518f3081329.txt'))).toBeNull();
    expect(readDecompositionTable('')).toBeNull();
  });
});

describe('labelled department lines', () => {
  it('reads an unbracketed 牵头单位/配合单位 line', () => {
    const m = trailingDepartments('牵头单位：市经信局；配合单位：市财政局、各县区政府。');
    expect(m).toMatchObject({ leads: ['市经信局'], partners: ['市财政局', '各县区政府'] });
  });
  it('reads an unbracketed 责任单位 line', () => {
    expect(trailingDepartments('责任单位：市科技局、市经信局')).toMatchObject({ leads: ['市科技局'], partners: ['市经信局'] });
  });
});

describe('document info outside the gazetteer', () => {
  it('takes the region from the head of the title', () => {
    const info = readDocumentInfo('苏州市2024年工业经济工作要点\n一、稳增长。全市规上工业增加值增长6%。');
    expect(info).toMatchObject({ title: '苏州市2024年工业经济工作要点', year: 2024, region: '苏州市', level: 'city' });
  });
  it('leaves region and level empty when nothing names them', () => {
    expect(readDocumentInfo('力争增长6%。')).toEqual({ title: '', year: null, yearSource: 'unknown', region: null, level: null });
  });
});

describe('a heading that states a count with its noun over its paragraph', () => {
  const targetsOf = (text: string) => summarisePlan(text).targets;

  it('reads （二）新建 12 个社区食堂 as a statement of its own, as the paragraph under it is', () => {
    const text = ['2025年县政府十件民生实事', '', '一、新建12个社区食堂。', '', '（二）新建 12 个社区食堂', '', '在各乡镇新建社区食堂12个。', ''].join('\n');
    expect(targetsOf(text)).toEqual(['社区食堂 = 12个 2025', '社区食堂 = 12个 2025', '社区食堂 = 12个 2025']);
  });

  it.each([
    ['（一）2024年工作回顾', '全年新建社区食堂12个。'],
    ['（二）聚焦三大产业', '力争新增规上企业12家。'],
    ['（三）实施“十大工程”', '力争新增规上企业12家。'],
    ['（四）打好3个攻坚战', '力争新增规上企业12家。'],
  ])('a heading with no figure of its own adds nothing: %s', (heading, line) => {
    const text = ['2025年工作要点', '', heading, '', line, ''].join('\n');
    expect(targetsOf(text).length + summarisePlan(text).actuals.length).toBe(1);
  });
});

describe('a numbered line closed by the departments that answer for it', () => {
  it('is an item read whole, with its departments, though no 。 closes it', () => {
    const text = [
      '2025年区政府重点工作分解意见',
      '一、经济社会发展指标',
      '1.地方生产总值增长7%左右。(责任单位:区发改局)',
      '2.规模以上工业增加值增长10%左右(责任单位:区科经局)',
      '3.城镇登记失业率控制在4.5%以内（牵头单位：区人社局）',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}% ${t.leads.join('、')}`)).toEqual([
      '地方生产总值 ~ 7% 区发改局',
      '规模以上工业增加值 ~ 10% 区科经局',
      '城镇登记失业率 <= 4.5% 区人社局',
    ]);
  });

  it('a heading without departments at its end stays a heading (must not fire)', () => {
    const text = ['2025年工作要点', '（一）加快工业发展增长10%左右的路径研究', '力争新增规上企业12家。'].join('\n');
    expect(summarisePlan(text).targets).toEqual(['规上企业 = 12家 2025']);
  });
});

describe('a heading closed by its departments over the lines under it', () => {
  it('answers for the targets under it that name no department of their own', () => {
    const text = [
      '2025年重点工作',
      '一、工业',
      '1.加快工业发展（牵头单位：区发改局）',
      '全年新增规上企业20家。',
      '2.扩大有效投资（牵头单位：区住建局）',
      '新开工项目30个。全年完成投资50亿元（责任单位：区财政局）。',
    ].join('\n');
    const leads = extractPlan(text).targets.map((t) => `${t.value}${t.unit} ${t.leads.join('、')}`);
    expect(leads).toEqual(['20家 区发改局', '30个 区财政局', '50亿元 区财政局']);
  });

  it('a heading without departments gives none to the lines under it (must not fire)', () => {
    const plan = extractPlan(['2025年重点工作', '1.加快工业发展', '全年新增规上企业20家。'].join('\n'));
    expect(plan.targets.map((t) => t.leads)).toEqual([[]]);
  });
});

describe('level-1 markers (一、), found from each 、', () => {
  const firstLevel = (text: string) =>
    readOutline(text)
      .blocks.filter((b) => b.level === 1)
      .map((b) => b.number);
  it('reads them at a line start, indented, and inline after a finished sentence', () => {
    expect(firstLevel('一、总体要求\n  二、主要目标\n\u3000三、重点任务')).toEqual(['一、', '二、', '三、']);
    expect(firstLevel('一、稳住经济大盘。二、扩大有效投资；三、提升消费（含服务消费）四、做强产业')).toEqual(['一、', '二、', '三、', '四、']);
    expect(firstLevel('十一、深化改革\n十二、扩大开放')).toEqual(['十一、', '十二、']);
  });
  it('takes no numerals run into words, four numerals, or a marker after a space within a line', () => {
    expect(firstLevel('一、总体要求\n统一、开放的市场。 二、要素')).toEqual(['一、']);
    expect(firstLevel('一、总体要求\n一二三四、不是序号')).toEqual(['一、']);
  });
});
