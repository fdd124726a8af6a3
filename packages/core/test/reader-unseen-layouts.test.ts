/**
 * Layouts of texts the reader was not tuned on, on invented text (never corpus text): a table
 * flattened one cell per line keeps its repeated department cells; an attachment's heading and the
 * lines under it are read; a number printed alone on a line belongs to the words around it.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';

const targetsOf = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`);

/** A notice whose attachment is a 分解表 flattened to one cell per line, blank lines between. */
const FLAT_DECOMPOSITION = [
  '某县人民政府办公室关于印发2025年县政府工作报告目标任务分解表的通知',
  '',
  '各乡镇人民政府，县级各部门：',
  '',
  '现将目标任务分解表印发给你们，请认真抓好落实。',
  '',
  '附件：2025年县政府工作报告目标任务分解表',
  '',
  '附件',
  '',
  '2025年县政府工作报告目标任务分解表',
  '',
  '序号',
  '',
  '2025年预期目标',
  '',
  '责任单位',
  '',
  '1',
  '',
  '地区生产总值增长6%左右',
  '',
  '县发展改革局',
  '',
  '2',
  '',
  '固定资产投资增长8%',
  '',
  '县发展改革局',
  '',
  '3',
  '',
  '规上工业增加值增长9%以上',
  '',
  '县工业信息化局',
  '',
  '4',
  '',
  '粮食产量稳定在50万吨',
  '',
  '县发展改革局',
].join('\n');

describe('a 分解表 flattened to one cell per line', () => {
  it('is a table: the header tells how many cells a row has, each row starts with its 序号', () => {
    const text = cleanText(FLAT_DECOMPOSITION).text;
    expect(text).toContain('序号\t2025年预期目标\t责任单位\n');
    expect(text).toContain('1\t地区生产总值增长6%左右\t县发展改革局\n');
    expect(text).toContain('4\t粮食产量稳定在50万吨\t县发展改革局');
  });

  it('reads the rows of a table of the plan’s own year, with the department column as the lead', () => {
    const plan = extractPlan(FLAT_DECOMPOSITION);
    expect(targetsOf(FLAT_DECOMPOSITION)).toEqual(['地区生产总值 ~ 6% 2025', '固定资产投资 = 8% 2025', '规上工业增加值 >= 9% 2025', '粮食产量 ~ 50万吨 2025']);
    expect(plan.targets.map((t) => t.leads.join())).toEqual(['县发展改革局', '县发展改革局', '县工业信息化局', '县发展改革局']);
  });

  it('reads the same table without blank lines, and a last row cut off by the end of the text', () => {
    const single = FLAT_DECOMPOSITION.replace(/\n\n/g, '\n') + '\n5\n城镇调查失业率控制在5.5%以内';
    expect(cleanText(single).text).toContain('\n5\t城镇调查失业率控制在5.5%以内');
    expect(targetsOf(single)).toEqual([
      '地区生产总值 ~ 6% 2025',
      '固定资产投资 = 8% 2025',
      '规上工业增加值 >= 9% 2025',
      '粮食产量 ~ 50万吨 2025',
      '城镇调查失业率 <= 5.5% 2025',
    ]);
  });
});

describe('a 分解表 whose columns are named otherwise', () => {
  it('reads 重点工作 / 具体措施 / 牵头部门 / 完成时间 one cell per line, led by the 牵头部门', () => {
    const text = [
      '某区2025年重点工作任务分解表',
      '序号',
      '重点工作',
      '具体措施',
      '牵头部门',
      '完成时间',
      '1',
      '工业经济',
      '新增规上工业企业20家以上',
      '区经信局',
      '2025年12月底前',
      '2',
      '项目投资',
      '完成固定资产投资150亿元',
      '区发改局',
      '2025年12月底前',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit} ${t.year} ${t.leads.join()}`)).toEqual([
      '规上工业企业 >= 20家 2025 区经信局',
      '固定资产投资 = 150亿元 2025 区发改局',
    ]);
  });
});

describe('an indicator-style 目标分解表 (指标名称 | 目标 | 责任单位)', () => {
  it('reads the target cell as a measure of the row’s indicator name, led by the 责任单位', () => {
    const cells = ['某区2025年主要经济指标目标分解表', '序号', '指标名称', '2025年目标', '责任单位'];
    const rows = [
      ['1', '地区生产总值', '增长6%左右', '区发改局'],
      ['2', '社会消费品零售总额', '增长7%', '区商务局'],
    ];
    const text = [...cells, ...rows.flat()].join('\n\n');
    expect(extractPlan(text).targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit} ${t.year} ${t.leads.join()}`)).toEqual([
      '地区生产总值 ~ 6% 2025 区发改局',
      '社会消费品零售总额 = 7% 2025 区商务局',
    ]);
  });
});

describe('a 分解表 printed with spaces', () => {
  const SPACED = [
    '某县2025年政府工作报告目标任务分解表',
    '序号 目标任务 牵头单位 配合单位',
    '1 地区生产总值增长 6% 左右 县发改局 县统计局',
    '2 规上工业增加值增长8%以上 县工信局 各乡镇',
    '3 粮食产量稳定在50万吨 县农业农村局 各乡镇',
  ].join('\n');

  it('gets tabs after 序号 and before its department cells; spaces inside the task cell are the PDF’s', () => {
    expect(cleanText(SPACED).text).toContain('1\t地区生产总值增长6%左右\t县发改局\t县统计局\n');
  });

  it('is read as a table of the plan’s year, each target led by its 牵头单位', () => {
    const plan = extractPlan(SPACED);
    expect(plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit} ${t.leads.join()}`)).toEqual([
      '地区生产总值 ~ 6% 县发改局',
      '规上工业增加值 >= 8% 县工信局',
      '粮食产量 ~ 50万吨 县农业农村局',
    ]);
  });

  it('leaves an indicator table headed 序号 to the indicator reader', () => {
    expect(cleanText('序号 指标名称 2020 年目标值 2020 年预计值\n1 地区生产总值 100 98').text).toContain('序号\t指标名称\t2020年目标值\t2020年预计值');
  });
});

describe('a progress sheet printed with spaces (序号 重点工作 牵头责任单位 一季度工作进展)', () => {
  const PROGRESS = [
    '2025年一季度重点工作推进情况',
    '序号 重点工作 牵头责任单位 一季度工作进展',
    '1 规上工业增加值增长7%以上。 市经信局 1-3月份，全市规上工业增加值增长5.2%。',
    '2 新建5G基站300个。 市数据局，各县区政府 一季度新建5G基站86个。',
    '另有12个基站完成选址。',
  ].join('\n');

  it('gets tabs around its department cell; what was done keeps its own words', () => {
    expect(cleanText(PROGRESS).text).toContain('1\t规上工业增加值增长7%以上。\t市经信局\t1-3月份，全市规上工业增加值增长5.2%。\n');
  });

  it('reads the task cell as the year’s target and the progress cell, and the line under it, as results', () => {
    const plan = extractPlan(PROGRESS);
    expect(plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['规上工业增加值 >= 7% 2025', '5G基站 = 300个 2025']);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['5.2%', '86个', '12个']);
  });

  it('is left alone when a group heading, not row 1, follows its header (must not fire)', () => {
    const grouped = ['序号 目标任务 责任单位 上半年推进情况', '一、主要预期目标', '1 地区生产总值增长6%。 区发改委 同比增长3%。'].join('\n');
    expect(cleanText(grouped).text).not.toContain('\t');
  });
});

describe('a table written with pipes and a |---| rule', () => {
  const PIPED = [
    '某县2025年目标任务分解表',
    '| 序号 | 目标任务 | 牵头单位 |',
    '| --- | --- | --- |',
    '| 1 | 地区生产总值增长6%左右 | 县发改局 |',
    '| 2 | 新增规上工业企业30家 | 县工信局 |',
  ].join('\n');

  it('becomes a table with tabs, its rule gone', () => {
    expect(cleanText(PIPED).text).toBe(
      '某县2025年目标任务分解表\n序号\t目标任务\t牵头单位\n1\t地区生产总值增长6%左右\t县发改局\n2\t新增规上工业企业30家\t县工信局',
    );
  });

  it('is read as the plan’s 分解表', () => {
    expect(extractPlan(PIPED).targets.map((t) => `${t.metric} ${t.value}${t.unit} ${t.leads.join()}`)).toEqual([
      '地区生产总值 6% 县发改局',
      '规上工业企业 30家 县工信局',
    ]);
  });

  it('leaves pipes alone in a text without a rule', () => {
    expect(cleanText('| 1 | 地区生产总值增长6% |').text).toContain('|');
  });
});

describe('lines repeated close together', () => {
  it('are content, not a running header', () => {
    const text = ['地区生产总值增长6%左右', '县发展改革局', '', '固定资产投资增长8%', '县发展改革局', '', '粮食产量稳定在50万吨', '县发展改革局'].join('\n');
    expect(cleanText(text).text.match(/县发展改革局/g)).toHaveLength(3);
  });

  it('an attachment heading and the lines under it before any numbered item are read', () => {
    const text = '关于印发目标任务的通知\n1.请认真落实。\n附件\n2025年县政府工作报告目标任务\n地区生产总值增长6%左右\n县发展改革局';
    expect(targetsOf(text)).toEqual(['地区生产总值 ~ 6% 2025']);
  });
});

describe('running headers still go', () => {
  it('removes a header printed once a page, pages apart', () => {
    const page = '推进园区基础设施建设，完善配套服务功能，提升承载能力。'.repeat(8);
    const header = '某县人民政府规范性文件';
    const text = [page, header, page, header, page, header, page].join('\n');
    expect(cleanText(text).text).not.toContain(header);
  });
});

describe('a number alone on a line', () => {
  it('joins the words before and after it (PDF text with every number on its own line)', () => {
    const text =
      '全年地区生产总值增长\n4.5%\n左右，规上工业增加值增长\n6%\n以上；存款、贷款余额分别增长\n8.2%\n、\n7.1%\n，分别提高\n1.3\n个、\n0.6\n个百分点。';
    expect(cleanText(text).text).toBe('全年地区生产总值增长4.5%左右，规上工业增加值增长6%以上；存款、贷款余额分别增长8.2%、7.1%，分别提高1.3个、0.6个百分点。');
  });

  it('joins a rank number to 位 and a wrapped number to the 、 after it', () => {
    expect(cleanText('增速居全省第\n3\n位。财政收入增长5.1%\n、税收增长4.2%。').text).toBe('增速居全省第3位。财政收入增长5.1%、税收增长4.2%。');
  });

  it('joins a per cent sign or comparator word left alone on the line after the number', () => {
    expect(cleanText('地区生产总值增长\n6\n%\n左右，投资增长\n10\n%\n。').text).toBe('地区生产总值增长6%左右，投资增长10%。');
    expect(cleanText('工业增加值增长8%\n以上。').text).toBe('工业增加值增长8%以上。');
  });

  it('leaves a number after a finished sentence at the start of its own words', () => {
    expect(cleanText('经济运行平稳。\n12\n个重点项目开工建设。').text).toBe('经济运行平稳。\n12个重点项目开工建设。');
  });

  it('leaves numbers between blank lines alone: the 序号 cells of a flattened table', () => {
    expect(cleanText('序号\n\n1\n\n地区生产总值增长6%').text).toBe('序号\n\n1\n\n地区生产总值增长6%');
  });

  it('reads the joined sentence as any other', () => {
    const plan = extractPlan('2025年某县政府工作报告\n今年主要预期目标是：地区生产总值增长\n5.5%\n左右，粮食产量稳定在\n32\n万吨。');
    expect(plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit}`)).toEqual(['地区生产总值 ~ 5.5%', '粮食产量 ~ 32万吨']);
  });
});

describe('a 责任单位 line under each target', () => {
  const text = [
    '某区2024年主要目标任务责任分解方案',
    '一、主要预期目标',
    '（一）地区生产总值增长6%以上',
    '责任单位：区发展和改革局',
    '（二）社会消费品零售总额增长8%',
    '责任单位：区商务局、区统计局',
  ].join('\n');

  it('reads each heading as a target and the line under it as its departments', () => {
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`)).toEqual([
      '地区生产总值 >= 6% 2024',
      '社会消费品零售总额 = 8% 2024',
    ]);
    // A plain list: the first department named leads, the rest are partners.
    expect(plan.targets.map((t) => [t.leads, t.partners])).toEqual([
      [['区发展和改革局'], []],
      [['区商务局'], ['区统计局']],
    ]);
  });

  it('leaves a heading with text of its own under it a heading', () => {
    const outline = extractPlan('某区2024年工作要点\n（一）稳住工业\n全年规上工业增加值增长7%。\n').targets;
    expect(outline.map((t) => t.metric)).toEqual(['规上工业增加值']);
  });
});

describe('a narrow column hard-wrapped with blank lines between its lines', () => {
  const column = [
    '记者从市统计局获悉，',
    '',
    '  2022年，',
    '',
    '  全市完成地区生产总值',
    '',
    '  2188.5亿元，',
    '',
    '  比上年增长4.6%。',
    '',
    '  其中，第一产业增加值',
    '',
    '  160.2亿元，',
    '',
    '  增长3.1%；',
  ].join('\n');

  it('runs a line that stops at a comma on into the next, and a number line with a comma onto its metric above', () => {
    const cleaned = cleanText(column).text;
    expect(cleaned).toContain('2022年，全市完成地区生产总值2188.5亿元，比上年增长4.6%。');
    expect(cleaned).toContain('其中，第一产业增加值160.2亿元，增长3.1%；');
    const actuals = extractPlan(column).actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period?.year}`);
    expect(actuals).toEqual(['2188.5亿元 2022', '4.6% 2022', '160.2亿元 2022', '3.1% 2022']);
  });

  it('leaves lines without a comma apart (a table flattened one cell per line), and a comma before a new item', () => {
    expect(cleanText('指标名称\n\n地区生产总值\n\n2188.5\n').text).toBe('指标名称\n\n地区生产总值\n\n2188.5\n');
    expect(cleanText('主要目标如下，\n\n1.地区生产总值增长6%。').text).toBe('主要目标如下，\n\n1.地区生产总值增长6%。');
  });
});

describe('a digest with one result a line, some lines of one length', () => {
  const digest = [
    '2023年工作回顾',
    '高速公路通车里程达到512公里、居全省前列',
    '新改建农村公路260公里,提升改造村道88公里',
    '港口货物吞吐量1.2亿吨,比上年同期增长了8.4%',
    '全市实有经营主体45.2万户,比上年增长6.3%',
    '新增国家级专精特新企业12家、单项冠军3家',
    '全年新签约亿元以上项目86个,总投资达到520亿元,增长18.2%',
    '高新技术企业超过2100家,科技型中小企业增至1980家,均创新高',
    '规上工业增加值增长7.6%,工业投资增长12.5%,均居全省第二位',
    '年旅客吞吐量260万人次',
    '一般公共预算收入186亿元',
  ].join('\n');

  it('is no page wrapped at that length: as many lines run wider than it as lie near it, so every line stays whole', () => {
    expect(cleanText(digest).text.split('\n')).toHaveLength(11);
    const metrics = extractPlan(digest).actuals.map((a) => a.metric);
    expect(metrics).toContain('单项冠军');
    expect(metrics).toContain('年旅客吞吐量');
    // A page whose lines all run to one width is still joined (reader-flattened-tables.test.ts).
  });
});
