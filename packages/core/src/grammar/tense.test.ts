/**
 * Tense cues on invented sentences: which words open results and which set targets.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';
import { closingTense } from './tense.ts';

describe('a goal that work is aimed at sets no target', () => {
  it('围绕/朝着 …目标 leaves a review a review', () => {
    const context = { year: 2021 };
    expect(closingTense('一年来，全镇紧紧围绕“建设生态强镇”目标，扎实推进各项工作。', context)).toEqual({ tense: 'result', year: null });
    expect(closingTense('过去一年，全市朝着基本实现现代化的奋斗目标稳步前进。', context)).toEqual({ tense: 'result', year: 2020 });
  });

  it('a 目标 the sentence sets is still a cue of planning', () => {
    const context = { year: 2021 };
    expect(closingTense('一年来成绩显著。全市今年的目标是地区生产总值增长6%。', context)?.tense).toBe('plan');
    expect(closingTense('围绕上述任务，全年目标为新增企业20家。', context)?.tense).toBe('plan');
  });
});

describe('稳预期 and other expectations to steady', () => {
  const context = { year: 2025 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('a slogan of steadying expectations between a review and its figures sets no target', () => {
    expect(read('过去一年，全区稳就业、稳预期、惠民生，预计地区生产总值增长5.5%左右。')).toEqual(['actual 5.5%']);
    expect(read('一年来，我们提振市场预期，社会消费品零售总额增长4%。')).toEqual(['actual 4%']);
  });

  it('预期 and 预期目标 still plan', () => {
    expect(read('全年主要预期目标是地区生产总值增长6%。')).toEqual(['target 6%']);
    expect(read('一年来成绩显著。今年预期规上工业增加值增长7%。')).toEqual(['target 7%']);
  });
});

describe('what was done: 了 and 以来', () => {
  const context = { year: 2024 };
  it('a verb with 了 and a time 以来 report results', () => {
    expect(closingTense('全县实施了一大批扶贫项目。', context)?.tense).toBe('result');
    expect(closingTense('脱贫攻坚战打响以来，全县上下苦干实干。', context)?.tense).toBe('result');
  });

  it('为了, 除了, a target set (定了, 提出了) and 翻了一番 are no results', () => {
    expect(closingTense('为了推进工作，全县力争新增企业。', context)?.tense).toBe('plan');
    expect(closingTense('全年主要预期目标也定了。', context)?.tense).toBe('plan');
    expect(closingTense('会议提出了今年的目标。', context)?.tense).toBe('plan');
    expect(closingTense('力争经济总量翻了一番。', context)?.tense).toBe('plan');
  });

  it('a total to date (…以来累计) under 力争/确保 in its clause is aimed at: a target of the plan year', () => {
    const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.comparator} ${s.value}${s.unit} ${s.year ?? ''}`);
    expect(read('单位生产总值能耗降低3%以上，力争“十四五”以来累计降低12%左右。')).toEqual(['target >= 3% ', 'target ~ 12% ']);
    expect(read('确保“十四五”以来全市累计新增就业达到20万人。')).toEqual(['target >= 20万人 ']);
  });

  it('…以来 with no cue of planning in its clause still reports (“十四五”以来累计完成投资)', () => {
    const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit}`);
    expect(read('“十四五”以来累计完成投资120亿元。')).toEqual(['actual 120亿元']);
    expect(read('力争全年多招商，开发区设立以来累计引进企业300家。')).toEqual(['actual 300家']);
  });

  it('a bare 将 in a sentence without figures predicts; it sets no plan', () => {
    expect(closingTense('这一成就必将载入史册。', context)).toBeNull();
  });
});

describe('今后五年, 未来五年', () => {
  it('dates a target to the end of the fifth year counted from the plan year', () => {
    const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.role} ${s.value} ${s.year ?? ''}`);
    expect(read('今后五年，全市地区生产总值年均增长6%左右，城镇新增就业每年5万人以上。')).toEqual(['target 6 2030', 'target 5 2030']);
    expect(read('报告提出未来5年主要目标：居民人均可支配收入年均增长6%。')).toEqual(['target 6 2030']);
  });

  it('leaves a sentence without the span to its own year (今年, 过去五年)', () => {
    const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.role} ${s.value} ${s.year ?? ''}`);
    expect(read('今年全市地区生产总值增长5.5%左右。')).toEqual(['target 5.5 2026']);
    expect(read('过去五年，全市地区生产总值年均增长6.2%。')).toEqual(['actual 6.2 ']);
  });
});

describe('用N年时间', () => {
  it('dates a target to the end of the span counted from the plan year', () => {
    const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.value} ${s.year ?? ''}`);
    expect(read('用3年时间突破和推广应用150项关键产品，用五年左右时间培育100家企业。')).toEqual(['150 2025', '100 2027']);
  });

  it('通过/经过 N年(左右)时间 counts the same span, alone in its sentence', () => {
    const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.value} ${s.year ?? ''}`);
    expect(read('力争通过3年左右时间推动食品产业集群规模从300亿元发展壮大到500亿元以上。')).toContain('500 2026');
    expect(read('经过两年的时间，新建乡镇污水处理厂12座。')).toEqual(['12 2025']);
    expect(read('力争用四年左右的时间培育国家级专精特新企业20家。')).toEqual(['20 2027']);
  });

  it('the start of an earlier year dates the goals set then (2022年初…预期目标是…)', () => {
    const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.role} ${s.value} ${s.year ?? ''}`);
    expect(read('记者注意到，2022年初，该市政府工作报告提出的主要预期目标是地区生产总值增长6.5%左右。')).toEqual(['target 6.5 2022']);
    expect(read('2021年年初，全县确定的目标为规上工业增加值增长10%。')).toEqual(['target 10 2021']);
  });

  it('a year start with no goal stated after it, or a goal met, stays a review (must not fire)', () => {
    const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.role} ${s.value} ${s.year ?? ''}`);
    // Results of that year's start, and goals named without 是/为 (完成年初目标), are no goals set then.
    expect(read('2022年初，全市新开工项目120个。')).toEqual(['actual 120 ']);
    expect(read('2022年初确定的目标任务全面完成，地区生产总值增长6.1%。')).toEqual(['actual 6.1 ']);
    // The plan's own year start is the plan year as before.
    expect(read('2023年初，全市主要预期目标是地区生产总值增长6%左右。')).toEqual(['target 6 2023']);
  });

  it('a time that is no span of work ahead dates nothing (must not fire)', () => {
    const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.value} ${s.year ?? ''}`);
    // 通过 a means, a number of years as a limit, 时间 of a day: no span counted from the plan year.
    expect(read('通过招商引资新增项目30个。')).toEqual(['30 ']);
    expect(read('工程建设用时3年左右，完成投资12亿元。')).toEqual(['12 ']);
    expect(read('经过一段时间的努力，新增就业岗位800个。')).toEqual(['800 ']);
  });

  it('为到2035年…打好基础 looks to a year without dating the figures beside it; 编制了《…》 reports no result', () => {
    const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.role} ${s.metric} ${s.value} ${s.year ?? ''}`);
    expect(read('为到2035年基本实现现代化打好基础，研发经费投入年均增长7%以上。')).toEqual(['target 研发经费投入 7 ']);
    expect(read('省政府编制了《某省规划纲要》，研发经费投入年均增长7%以上。')).toEqual(['target 研发经费投入 7 ']);
    // Another verb before 《 reports what was done.
    expect(read('出台了《促进民营经济发展若干措施》，新增市场主体2万户。')).toEqual(['actual 市场主体 20000 ']);
    expect(read('今年发展主要预期目标是经济增长5%左右。')).toEqual(['target 经济 5 2026']);
  });

  it('今后五年 and 未来三年 count from the plan year; 过去五年 reviews', () => {
    const read = (text: string) => readStatements(text, { year: 2023 }).map((s) => `${s.role} ${s.value} ${s.year ?? ''}`);
    expect(read('今后五年，全市地区生产总值年均增长6%。未来3年新增高新技术企业300家。')).toEqual(['target 6 2027', 'target 300 2025']);
    expect(read('过去五年，全市地区生产总值年均增长6.8%。')).toEqual(['actual 6.8 ']);
  });

  it('这五年 after the plan goals looks back on the five years just ended; 今后这五年 plans', () => {
    const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.role} ${s.value}`);
    expect(read('“十四五”主要目标圆满收官，这五年是全市发展最快的五年，地区生产总值年均增长6.5%。')).toEqual(['actual 6.5']);
    expect(read('今后这五年，全市地区生产总值年均增长6%。')).toEqual(['target 6']);
  });

  it('这五年 after a plan period’s name is that period: “十五五”这五年 plans, “十四五”这五年 looks back', () => {
    const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.role} ${s.value}`);
    expect(read('“十五五”这五年，全市地区生产总值年均增长6%左右。')).toEqual(['target 6']);
    expect(read('“十四五”这五年，全市地区生产总值年均增长6.5%。')).toEqual(['actual 6.5']);
  });

  it('完成目标任务的103.1% reports a share of the target reached; the tense carries on', () => {
    const read = (text: string) => readStatements(text, { year: 2024, defaultRole: 'actual' }).map((s) => `${s.role} ${s.value}`);
    expect(read('城镇新增就业2526人，完成目标任务的103.1%，城镇调查失业率控制在5.5%以内。')).toEqual(['actual 2526', 'actual 103.1', 'actual 5.5']);
    expect(read('确保完成目标任务，城镇调查失业率控制在5.5%以内。')).toEqual(['target 5.5']);
  });

  it('答卷为 gives the figure of the year just ended; a 答卷 to hand in plans', () => {
    const read = (text: string) => readStatements(text, { year: 2026 }).map((s) => `${s.role} ${s.value}`);
    expect(read('全市最后交上的答卷为8120亿元，同比增长5.1%。')).toEqual(['actual 8120', 'actual 5.1']);
    expect(read('确保交出满意答卷，全市地区生产总值增长6%。')).toEqual(['target 6']);
  });
});

describe('预计全市… estimates the year before the plan year, as 预计全年', () => {
  const roles = (text: string) =>
    readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.value}${s.unit} ${s.role === 'actual' ? (s.period?.year ?? '') : (s.year ?? '')}`);

  it.each([
    ['预计全市地区生产总值达到1860亿元，增长6.1%左右。', ['actual 1860亿元 2024', 'actual 6.1% 2024']],
    ['“预计全县一般公共预算收入增长5.2%，城乡居民收入分别增长5.8%、6.9%。”', ['actual 5.2% 2024', 'actual 5.8% 2024', 'actual 6.9% 2024']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it.each([
    ['今年，预计全市地区生产总值增长6%左右。', ['target 6% 2025']],
    ['力争到2027年，预计全区规上工业产值突破500亿元。', ['target 500亿元 2027']],
    ['地区生产总值预计增长6%左右。', ['target 6% ']],
    ['项目建成后，预计全市年新增产值50亿元。', ['target 50亿元 ']],
  ])('not after a cue of planning, nor 预计 without a whole region: %s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it('leaves months of the year under way their own year (一季度，预计全市…; must not fire)', () => {
    expect(roles('一季度，预计全市地区生产总值增长5.5%。')).toEqual(['actual 5.5% 2025']);
    expect(roles('1-5月，预计全县规上工业增加值增长8%。')).toEqual(['actual 8% 2025']);
  });
});

describe('在 before a year: a base only with 的 after the year', () => {
  const read = (text: string) => readStatements(text, { year: 2021 }).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? s.year ?? ''}`);
  it('dates what follows 而在2019年，', () => {
    expect(read('而在2019年，全市生产总值还落后邻市近500亿元。')).toEqual(['actual 500亿元 2019']);
  });
  it('keeps 在2020年的基础上 and 在2020年的水平上 a base', () => {
    expect(read('力争在2020年的基础上，全市生产总值增长8%。')).toEqual(['target 8% ']);
    expect(read('全市能耗在2020年的水平上下降3%。')).toEqual(['target 3% ']);
    expect(read('在2020年水平上，单位GDP能耗下降13.5%。')).toEqual(['target 13.5% ']);
  });
});

describe('what a report or the data show', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.value}${s.unit}`);
  it('reads 《政府工作报告》显示 and 数据显示 as results', () => {
    expect(read('《政府工作报告》显示，全省国家级专精特新企业达到678家、社会消费品零售总额增长8.5%。')).toEqual(['actual 678家', 'actual 8.5%']);
    expect(read('最新数据显示，全市规上工业增加值增长7%。')).toEqual(['actual 7%']);
  });
  it('leaves a plan cue after them a plan', () => {
    expect(read('报告显示，今年全省地区生产总值预期增长6%。')).toEqual(['target 6%']);
    expect(read('《规划》显示，到2027年，全市数字经济规模突破5000亿元。')).toEqual(['target 5000亿元']);
  });
  it('reads figures a statistics bureau published (据省统计局数据) as results', () => {
    expect(read('据省统计局数据，全年油菜籽产量达到52万吨、增产3万吨。')).toEqual(['actual 52万吨', 'actual 3万吨']);
    expect(read('市统计局数据表明，前三季度全市社会消费品零售总额增长6.1%。')).toEqual(['actual 6.1%']);
  });
  it('leaves a plan after the bureau named without its data a plan (must not fire)', () => {
    expect(read('今年市统计局将完成企业名录库更新500家。')).toEqual(['target 500家']);
    expect(read('统计局数据质量提升行动要求今年全市统计数据差错率控制在1%以内。')).toEqual(['target 1%']);
  });
  it('reads no cue in a display, 显示屏 or 显示器 (must not fire)', () => {
    expect(read('建设大数据显示屏，智慧社区覆盖率达到80%。')).toEqual(['target 80%']);
    expect(read('更新监测数据显示器，空气质量优良天数比例达到90%。')).toEqual(['target 90%']);
  });
});

describe('过去五年: results of the five years up to the year before the plan', () => {
  const read = (text: string) => readStatements(text, { year: 2018 }).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year} ${s.period?.label}`);
  it('dates them at the year before the plan year, labelled as written', () => {
    expect(read('过去五年，全市生产总值年均增长7.1%。')).toEqual(['actual 7.1% 2017 过去五年']);
    expect(read('过去的五年，全省城镇新增就业累计达到650万人。')).toEqual(['actual 650万人 2017 过去的五年']);
    expect(read('过去5年，全市生产总值年均增长7.1%。')).toEqual(['actual 7.1% 2017 过去5年']);
  });
  it('leaves a year written after it, and 过去一年, dated as before', () => {
    expect(read('过去五年，全市生产总值年均增长7.1%，2017年增长6.9%。')).toEqual(['actual 7.1% 2017 过去五年', 'actual 6.9% 2017 2017年']);
    expect(read('过去一年，全市生产总值增长6.9%。')).toEqual(['actual 6.9% 2017 2017年']);
  });
  it('reads no review in a base compared with, 比过去五年 (must not fire)', () => {
    expect(read('今后五年，全市生产总值年均增长6%，比过去5年提高1个百分点。')).toEqual(['target 6% undefined undefined', 'target 1百分点 undefined undefined']);
    expect(read('2018年，全市研发投入增速较过去五年提高2个百分点。')).toEqual(['target 2百分点 undefined undefined']);
  });
});

describe('争取 with funds as its object obtains them', () => {
  const read = (text: string, defaultRole?: 'actual' | 'target') =>
    readStatements(text, { year: 2026, ...(defaultRole ? { defaultRole } : {}) }).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('in a review the sums obtained are results, and so is what follows them', () => {
    expect(read('一年来，各项工作扎实推进，全县新争取上级专项资金3.2亿元，支持项目120余个。', 'actual')).toEqual(['actual 3.2亿元', 'actual 120个']);
    expect(read('新争取中央预算内投资补助资金8600万元，落实配套资金2000多万元。', 'actual')).toEqual(['actual 8600万元', 'actual 2000万元']);
    // A list of funds before the sum (…资金、…国债等上级资金297.2亿元) is their sum too.
    expect(read('2025年，全市争取中央预算内资金、超长期特别国债等上级资金297.2亿元。', 'actual')).toEqual(['actual 297.2亿元']);
  });

  it('in a plan the sums to obtain stay targets', () => {
    expect(read('今年争取中央和省级资金15亿元以上。')).toEqual(['target 15亿元']);
    expect(read('全年争取地方政府专项债券额度20亿元。', 'target')).toEqual(['target 20亿元']);
  });

  it('争取 before anything but funds still plans (must not fire)', () => {
    expect(read('过去一年成绩来之不易。争取新增规上工业企业30家。', 'actual')).toEqual(['target 30家']);
    expect(read('一年来，项目建设提速，力争全年争取落地亿元以上项目20个。', 'actual')).toEqual(['target 20个']);
    expect(read('争取全年接待游客突破500万人次，旅游收入增长10%。', 'actual')).toEqual(['target 500万人次', 'target 10%']);
    expect(read('争取高新技术企业达到120家，研发投入强度提高到2.5%。', 'actual')).toEqual(['target 120家', 'target 2.5%']);
    expect(read('今年争取国家级专精特新企业新增5家。', 'actual')).toEqual(['target 5家']);
    expect(read('争取银行贷款投放增长10%。', 'actual')).toEqual(['target 10%']);
    expect(read('争取国债资金项目开工30个。', 'actual')).toEqual(['target 30个']);
    expect(read('争取额度内项目全部开工，开工率达到100%。', 'actual')).toEqual(['target 100%']);
  });
});

describe('争取 of projects the state’s bonds fund, in a review, is winning them', () => {
  const read = (text: string, defaultRole?: 'actual' | 'target') =>
    readStatements(text, { year: 2026, ...(defaultRole ? { defaultRole } : {}) }).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('the projects won are results, and so is what follows them', () => {
    expect(read('全县争取增发国债项目12个，到位资金5.6亿元。', 'actual')).toEqual(['actual 12个', 'actual 5.6亿元']);
    expect(read('争取超长期特别国债支持项目23个、居全市第二。', 'actual')[0]).toBe('actual 23个');
    expect(read('争取地方政府专项债券项目41个，签约项目88个。', 'actual')).toEqual(['actual 41个', 'actual 88个']);
  });

  it('projects to start, aims and a plan passage stay targets (must not fire)', () => {
    expect(read('争取国债资金项目开工30个。', 'actual')).toEqual(['target 30个']);
    expect(read('争取超长期特别国债项目开工15个。', 'actual')).toEqual(['target 15个']);
    expect(read('力争全年争取增发国债项目10个以上。', 'actual')).toEqual(['target 10个']);
    expect(read('今年争取超长期特别国债项目20个。', 'target')).toEqual(['target 20个']);
    expect(read('争取新增规上工业企业30家。', 'actual')).toEqual(['target 30家']);
    expect(read('争取重点项目开工40个。', 'actual')).toEqual(['target 40个']);
  });
});

describe('由YYYY年的 is a change’s base, as 从YYYY年的 is', () => {
  const read = (text: string) => readStatements(text, { year: 2025, reportsOnly: true }).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.label ?? ''}`);

  it('the start figure is the base year’s, the end figure and the sentences after it the year reported', () => {
    expect(read('全省经济总量占全国比重由2020年的7.0%提升至7.3%。')).toEqual(['actual 7% 2020年', 'actual 7.3% 2025年']);
    expect(closingTense('森林覆盖率由2020年的40%提高到42%。', { year: 2025, reportsOnly: true })?.year).not.toBe(2020);
  });

  it('a year after 由 that is no base still dates its figure (must not fire)', () => {
    expect(read('2020年全省森林覆盖率为40%。')).toEqual(['actual 40% 2020年']);
    expect(read('截至2020年底全省森林覆盖率达到40%。').map((s) => s.split(' ')[2])).toEqual(['2020年']);
    expect(closingTense('这一比例在2020年为40%。', { year: 2025, reportsOnly: true })?.year ?? null).not.toBe(2025);
  });
});

describe('a plan period compared with', () => {
  const dated = (text: string, year: number) => readStatements(text, { year }).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? s.year}`);

  it('比“十二五”期末 is the base of a change, not the date of the figure', () => {
    expect(dated('“十三五”时期，全县地区生产总值达到120亿元，比“十二五”期末增长10%。', 2021)).toEqual(['actual 120亿元 2020', 'actual 10% 2020']);
    expect(dated('过去五年，城乡居民收入较十二五末增长近50%。', 2021)).toEqual(['actual 50% 2020']);
  });

  it('a change since a closed period reports progress, unless its sentence plans it', () => {
    expect(dated('全市加快构建产业生态，工业增加值比重较“十三五”末提高7个百分点。', 2025)).toEqual(['actual 7百分点 2025']);
    expect(dated('到2025年，工业增加值比重较“十三五”末提高5个百分点。', 2021)).toEqual(['target 5百分点 2025']);
  });

  it('a period end still dates the figures it governs', () => {
    expect(dated('“十二五”期末，全县地区生产总值为80亿元。', 2021)).toEqual(['actual 80亿元 2015']);
    expect(dated('到“十四五”末，全市地区生产总值达到1000亿元。', 2021)).toEqual(['target 1000亿元 2025']);
  });

  it('是“十二五”末的N倍 is the base of a multiple: the multiple and the sentences after it keep the review’s date', () => {
    expect(dated('“十三五”时期，全市专利授权量是“十二五”末的3.2倍，旅游收入年均增长12%。', 2021)).toEqual(['actual 3.2倍 2020', 'actual 12% 2020']);
  });

  it('从“十二五”末的A提高到B: A is of the period’s end, B of the time the sentence speaks of', () => {
    expect(dated('回首“十三五”，全市服务业占比从“十二五”末的40%提高到48%。', 2021)).toEqual(['actual 40% 2015', 'actual 48% 2020']);
    expect(dated('到2025年，全市服务业占比由“十三五”末的45%提高到50%。', 2021)).toEqual(['actual 45% 2020', 'target 50% 2025']);
  });

  it('a period end with no change after it still dates what follows (must not fire)', () => {
    expect(dated('从“十二五”末开始，全市累计建成公园30个。', 2021)).toEqual(dated('从“十二五”末开始，全市累计建成公园30个。', 2021));
    expect(dated('“十二五”末的全市地区生产总值为80亿元。', 2021)).toEqual(['actual 80亿元 2015']);
  });
});

describe('“十四五”发展成就: a period named with what it brought is a review', () => {
  const read = (text: string, year: number) => readStatements(text, { year }).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('reads the figures under “十四五”发展成就 as results, the period over or not', () => {
    expect(read('“十四五”发展成就：全市地区生产总值年均增长7.5%，新增高新技术企业320家。', 2026)).toEqual(['actual 7.5%', 'actual 320家']);
    expect(read('“十四五”主要成绩综合实力持续提升，经济总量增加1500亿元。', 2026)).toEqual(['actual 1500亿元']);
    expect(read('“十四五”发展成就显著，全县规上工业企业达到410家。', 2024)).toEqual(['actual 410家']);
  });

  it('does not fire on achievements built on, nor on a period’s targets (must not fire)', () => {
    expect(read('巩固拓展“十四五”发展成就，全年地区生产总值增长6%左右。', 2026)).toEqual(['target 6%']);
    expect(read('在“十四五”成绩基础上，力争地区生产总值增长6.5%。', 2026)).toEqual(['target 6.5%']);
    expect(read('“十五五”发展目标：地区生产总值年均增长6%以上。', 2026)).toEqual(['target 6%']);
    expect(read('巩固“十四五”发展成效，今年规上工业增加值增长8%。', 2026)).toEqual(['target 8%']);
    expect(read('“十四五”时期，全市力争地区生产总值年均增长7%。', 2021)).toEqual(['target 7%']);
    expect(read('对标“十四五”规划目标，今年新增规上企业50家。', 2023)).toEqual(['target 50家']);
  });
});

describe('以上年均: the comparator 以上 before 年均, not 上年', () => {
  const read = (text: string) => readStatements(text, { year: 2022 }).map((s) => `${s.role} ${s.metric} ${s.value}${s.unit} ${s.year ?? ''}`);

  it('reads a headline whose space was lost as two targets of its deadline', () => {
    expect(read('某省：力争2025年游客接待量8亿人次以上年均增长12%左右')).toEqual(['target 游客接待量 800000000人次 2025', 'target 游客接待量 12% 2025']);
    expect(read('到2025年，全市工业总产值3000亿元以上年均增长9%。')).toEqual(['target 工业总产值 3000亿元 2025', 'target 工业总产值 9% 2025']);
  });

  it('上年 itself still reports last year (must not fire)', () => {
    expect(read('上年全省地区生产总值增长6%。')[0]).toMatch(/^actual/);
    expect(read('全市上年末常住人口达到350万人。')[0]).toMatch(/^actual/);
    expect(read('城镇新增就业比上年增长3%。')[0]).toMatch(/^target/);
  });
});

describe('months of the plan year that a sentence aims at are a deadline', () => {
  const roles = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.value}${s.unit}`);

  it.each([
    ['确保全年建成农村公路300公里，上半年实现通车里程突破1200公里。', ['target 300公里', 'target 1200公里']],
    ['力争一季度实现规上工业产值增长8%。', ['target 8%']],
    ['争取前三季度新增市场主体5000户。', ['target 5000户']],
    // 下一步 (下步) turns to the work ahead as 力争 does.
    ['下一步，区发改局将抢抓二季度施工黄金期，推动未开工项目30个按时序开工。', ['target 30个']],
    // A plan word right after the months, or 到 before their end, plans them too.
    ['下半年计划新开工项目30个。', ['target 30个']],
    ['下半年，全市要完成投资50亿元。', ['target 50亿元']],
    ['上半年完成投资30亿元，三季度计划完成投资40亿元。', ['actual 30亿元', 'target 40亿元']],
    ['到三季度末，贷款余额达到1200亿元。', ['target 1200亿元']],
    // 月份 spelled out: the plan word still follows the months.
    ['本年安排开工项目90个，其中1-6月份计划新开工项目40个。', ['target 90个', 'target 40个']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it.each([
    ['上半年实现地区生产总值512亿元。', ['actual 512亿元']],
    ['确保了经济平稳运行，上半年实现地区生产总值512亿元。', ['actual 512亿元']],
    ['确保全年目标顺利推进，截至上半年已完成投资86亿元。', ['actual 86亿元']],
    ['力争全年地区生产总值增长6%。一季度全市生产总值增长5.1%。', ['target 6%', 'actual 5.1%']],
    ['全市上下确保安全生产，今年以来一季度实现营收120亿元。', ['actual 120亿元']],
    ['截止到三季度末，贷款余额达到1200亿元。', ['actual 1200亿元']],
    ['下一步工作中，一季度已完成投资20亿元的项目将加快建设。', ['actual 20亿元']],
    ['一季度完成投资20亿元，下一步将继续加快建设。', ['actual 20亿元']],
    ['三季度末，贷款余额达到1200亿元。', ['actual 1200亿元']],
    ['下半年计划生育服务对象增加300人。', ['actual 300人']],
    ['1-6月份完成投资52亿元，为年度计划的48%。', ['actual 52亿元', 'actual 48%']],
    ['1-6月份全市实际新开工项目35个。', ['actual 35个']],
  ])('still a result: %s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('a record over a span since a year (创2010年以来最好) dates nothing', () => {
  const context = { year: 2024 };
  const periods = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? ''}`);

  it('the results after 创…以来最好/新高 keep the year of their sentence', () => {
    expect(periods('去年，全县财政收入增长8%、创2015年以来最好水平，粮食产量21万吨。')).toEqual(['actual 8% 2023', 'actual 21万吨 2023']);
    expect(periods('2023年，全市出口增长11%、创2016年以来新高，新增市场主体3万户。')).toEqual(['actual 11% 2023', 'actual 30000户 2023']);
  });

  it('a span 以来 that sets no record still dates its results (2019年以来累计)', () => {
    expect(periods('2019年以来，全县累计新增企业300家。')).toEqual(['actual 300家 2019']);
    expect(periods('2021年以来，全区新建学校12所。')).toEqual(['actual 12所 2021']);
  });

  it('must not fire: a year of results beside a record word, or 以来 with no record', () => {
    expect(periods('2022年全市生产总值增长6%，创历史新高。')).toEqual(['actual 6% 2022']);
    expect(periods('2020年以来，全市累计完成投资800亿元，为历年最高。')).toEqual(['actual 800亿元 2020']);
    expect(periods('2023年，全县新建道路10公里，创下近年来最好成绩。')).toEqual(['actual 10公里 2023']);
    expect(periods('2016年以来，我们共引进企业50家，实际利用外资10亿元。')).toEqual(['actual 50家 2016', 'actual 10亿元 2016']);
    expect(periods('2022年，全镇新增就业800人，比2015年以来的平均水平明显提高。')).toEqual(['actual 800人 2022']);
  });
});

describe('五年来 reviews the five years before the plan year, as 过去五年 does', () => {
  const context = { year: 2018 };
  const periods = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? ''} ${s.period?.label ?? ''}`);

  it('results after 五年来 / 5年来 are of the year before the plan year, labelled as written', () => {
    expect(periods('五年来，全省生产总值年均增长9.5%，新增城镇就业60万人。')).toEqual(['actual 9.5% 2017 五年来', 'actual 60万人 2017 五年来']);
    expect(periods('5年来，全市新建学校40所。')).toEqual(['actual 40所 2017 5年来']);
  });

  it('must not fire: 十五年来 and 2015年来 name a longer span or a year since', () => {
    expect(periods('十五年来，全县累计造林8万亩。').map((s) => s.includes('五年来'))).toEqual([false]);
    expect(periods('自2015年来，全县新建道路120公里。').map((s) => s.includes('五年来'))).toEqual([false]);
    expect(periods('二十五年来，全市新增企业3000家。').map((s) => s.includes('五年来'))).toEqual([false]);
  });

  it('must not fire: 比/较五年来 is a base compared with', () => {
    expect(periods('今年计划新增就业1.2万人，比五年来的平均数多。').map((s) => s.includes('五年来'))).toEqual([false]);
  });
});

describe('初步核算 in a review part of a text of results only', () => {
  it('dates its results by the year reviewed, not by the 今年 counted from', () => {
    const context = { year: 2019, thisYear: 2020, reportsOnly: true };
    const periods = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? ''}`);
    expect(periods('初步核算，全区生产总值增长5.2%，一般公共预算收入增长10.9%。')).toEqual(['actual 5.2% 2019', 'actual 10.9% 2019']);
  });

  it('must not fire: a text of results only whose year is its own keeps it', () => {
    const periods = (text: string) => readStatements(text, { year: 2024, reportsOnly: true }).map((s) => `${s.value}${s.unit} ${s.period?.year ?? ''}`);
    expect(periods('初步统计，全市生产总值增长5%。')).toEqual(['5% 2024']);
  });
});

describe('回望“十四五”: a period looked back on opens its results', () => {
  const periods = (text: string, year?: number) =>
    readStatements(text, year === undefined ? {} : { year }).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? ''} ${s.period?.label ?? ''}`);

  it('the results after 回望/回首 a closed period are of its last year, labelled by it', () => {
    expect(periods('回望“十四五”，全市新增国家级专精特新企业120家。', 2026)).toEqual(['actual 120家 2025 “十四五”时期']);
    expect(periods('回首“十三五”，全省建成高速公路1500公里。')).toEqual(['actual 1500公里 2020 “十三五”时期']);
  });

  it('must not fire: a period still ahead of the plan year, or one only named', () => {
    expect(periods('回望“十四五”开局两年，今年力争新增企业50家。', 2023).map((s) => s.startsWith('target'))).toEqual([true]);
    expect(periods('“十四五”期间，力争新增企业300家。', 2022).map((s) => s.startsWith('target'))).toEqual([true]);
    expect(periods('展望“十五五”，全市力争生产总值突破1万亿元。', 2026).map((s) => s.startsWith('target'))).toEqual([true]);
  });
});

describe('a year the things counted were built before dates no figure', () => {
  const roles = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.value}${s.unit}`);

  it.each([
    ['改造2000年底前建成的老旧小区50个。', ['target 50个']],
    ['完成2005年前老旧小区改造30个。', ['target 30个']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it.each([
    ['2023年前完成改造老旧小区30个。', ['actual 30个']],
    ['确保2026年底前建成的项目达到10个。', ['target 10个']],
  ])('a deadline still dates: %s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
});

describe('截至 a date: a stock as of then, not a deadline', () => {
  const roles = (text: string, year: number) => readStatements(text, { year }).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? s.year}`);

  it('reports what stood at a date of the year the text is about', () => {
    expect(roles('截至2021年底，全市规上工业企业582户。', 2021)).toEqual(['actual 582户 2021']);
    expect(roles('截止2021年末，全市累计建成5G基站3000个。', 2021)).toEqual(['actual 3000个 2021']);
  });

  it('a deadline (到/至) of that year, and an as-of date still ahead, plan (must not fire)', () => {
    expect(roles('到2021年底，全市规上工业企业达到600户。', 2021)).toEqual(['target 600户 2021']);
    expect(roles('力争截至2026年底，全市规上工业企业达到700户。', 2025)).toEqual(['target 700户 2026']);
  });
});

describe('截至 a date under a cue of planning', () => {
  it('is a deadline after 力争/确保 in its clause, and before 前 (must not fire)', () => {
    const roles = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.value}${s.unit}`);
    expect(roles('确保截至2024年9月底新增市场主体1万户。')).toEqual(['target 10000户']);
    expect(roles('截止2024年底前，完成技改投资50亿元。')).toEqual(['target 50亿元']);
  });
});

describe('goals reached ahead of time (提前四年实现…目标)', () => {
  it('report a result, as 超额完成 does; 力争提前 still plans', () => {
    const context = { year: 2021 };
    expect(closingTense('全市地区生产总值五年年均增长5.8%，提前四年实现比2010年翻一番的小康目标。', context)?.tense).toBe('result');
    expect(closingTense('力争提前一年完成“十四五”规划目标。', context)?.tense).toBe('plan');
  });
});

describe('a goal a clause says was reached (实现…目标 without 了)', () => {
  const context = { year: 2021 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('leaves a review a review for the sentences after it', () => {
    const review = '“十三五”时期，全县农民人均纯收入年均增长9.1%，实现比2010年翻两番的脱贫目标。';
    expect(closingTense(review, context)).toEqual({ tense: 'result', year: 2020 });
    expect(closingTense('五年来，全区规上工业企业达到120家，完成市里下达的工业倍增目标、赶超目标。', context)?.tense).toBe('result');
  });

  it('does not turn the figures after it in its sentence into targets', () => {
    expect(read('“十三五”时期，全县财政收入年均增长7%，实现收入倍增目标，新建村级公路300公里。')).toEqual(['actual 7%', 'actual 300公里']);
  });

  it('a goal aimed at, set or served still plans', () => {
    expect(closingTense('一年来成绩显著。今年要实现地区生产总值增长6%的目标。', context)?.tense).toBe('plan');
    expect(closingTense('一年来成绩显著。力争实现规上工业企业突破150家的目标。', context)?.tense).toBe('plan');
    expect(closingTense('一年来成绩显著。确保完成省下达的节能目标。', context)?.tense).toBe('plan');
    expect(closingTense('一年来成绩显著。全年目标是新增企业20家。', context)?.tense).toBe('plan');
    expect(closingTense('一年来成绩显著。为实现全年目标，各部门要抓好项目建设。', context)?.tense).toBe('plan');
    expect(closingTense('一年来成绩显著。实现地区生产总值翻一番的目标是今后五年的任务。', context)?.tense).toBe('plan');
    expect(closingTense('一年来成绩显著。到2025年，实现地区生产总值翻一番的目标。', context)).toEqual({ tense: 'plan', year: 2025 });
  });
});

describe('goals met ahead of time without a count of years (提前完成, 提前实现)', () => {
  const context = { year: 2025 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('a five-year plan’s goals said met early report a result, as 提前两年 does', () => {
    expect(closingTense('近几年，全区文旅产业发展较快，提前完成“十四五”规划目标。', context)?.tense).toBe('result');
    expect(read('全县提前实现“十四五”规划目标，接待游客达到320万人次。')).toEqual(['actual 320万人次']);
    expect(closingTense('全市单位GDP能耗累计下降14%，提前实现节能目标。', context)?.tense).toBe('result');
  });

  it('提前 under a word of aim still plans', () => {
    expect(closingTense('今年力争提前完成“十四五”规划目标。', context)?.tense).toBe('plan');
    expect(closingTense('各地要确保提前实现节能目标。', context)?.tense).toBe('plan');
    expect(closingTense('全年计划新开工项目30个，争取提前完成全年目标。', context)?.tense).toBe('plan');
  });
});

describe('the start of a change with no year of its own is no estimate', () => {
  const context = { year: 2021, defaultRole: 'actual' as const };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.value}${s.unit}${s.estimate ? ' estimate' : ''}`);

  it('预计从A提高到B: only B is estimated', () => {
    expect(read('五年来，全县森林覆盖率预计从41%提高到46%。')).toEqual(['41%', '46% estimate']);
    expect(read('预计全市农村居民人均可支配收入由1.2万元增加至1.8万元。')).toEqual(['1.2万元', '1.8万元 estimate']);
  });

  it('a figure after 从 that opens no change, or a change with its end first, keeps the estimate', () => {
    expect(read('预计从事外贸的企业达到300家。')).toEqual(['300家 estimate']);
    expect(read('预计全年从业人员3.5万人，比上年增加2000人。')).toEqual(['3.5万人 estimate', '2000人 estimate']);
  });
});

describe('近年来 opens results, as 五年来 does', () => {
  const context = { year: 2025 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('what recent years brought is a result, in a plan too', () => {
    expect(read('近年来，全区规上工业企业达到86家，数字经济核心产业增加值年均增长12%。')).toEqual(['actual 86家', 'actual 12%']);
    expect(closingTense('近几年来，我县乡村旅游接待游客累计超过500万人次。', context)?.tense).toBe('result');
  });

  it('a plan cue after it still plans', () => {
    expect(read('近年来发展较快，到2027年，全区规上工业企业力争达到120家。')).toEqual(['target 120家']);
    expect(read('近年来成效明显。今年全区规上工业企业要新增10家。')).toEqual(['target 10家']);
  });
});

describe('十年来， opening a clause reviews the decade up to now, as 近年来 does', () => {
  const context = { year: 2023 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('what the decade brought is a result, in a text of the year', () => {
    expect(read('据了解，十年来，全省累计改造农村危房38.6万户，惠及群众超过120万人。')).toEqual(['actual 386000户', 'actual 120万人']);
    expect(read('10年来，全县累计建成高标准农田12万亩。')).toEqual(['actual 12万亩']);
  });

  it('must not fire: 十年来 inside a goal, with no comma of its own, describes the goal', () => {
    expect(read('全年地区生产总值增长6%，实现十年来最快增长，新增市场主体1000户。')).toEqual(['target 6%', 'target 1000户']);
    expect(read('力争粮食产量达到50万吨，保持十年来稳定增长，新增高标准农田5万亩。')).toEqual(['target 50万吨', 'target 5万亩']);
    expect(read('今后十年，全市力争新增企业1万家。')).toEqual(['target 10000家']);
  });
});

describe('a plan’s target named as the yardstick of a result (高于规划目标)', () => {
  const context = { year: 2024, defaultRole: 'actual' as const };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('高于规划目标, 快于计划目标, 超过年度计划目标: no target set, the gap is a result', () => {
    expect(read('中期评估显示，全市规上工业增加值年均增长8.1%，高于规划目标1.1个百分点，常住人口城镇化率达到61%。')).toEqual([
      'actual 8.1%',
      'actual 1.1百分点',
      'actual 61%',
    ]);
    expect(closingTense('一年来，全县固定资产投资增长9%，超过年度计划目标。', context)?.tense).toBe('result');
  });

  it('a plan cue in the sentence still plans, and a bare 规划目标 still sets one', () => {
    expect(read('到2025年，力争研发经费投入强度高于规划目标0.3个百分点。')).toEqual(['target 0.3百分点']);
    expect(closingTense('一年来成绩显著。规划目标为地区生产总值年均增长7%。', context)?.tense).toBe('plan');
  });
});

describe('news of the year under way: as of a day of it, and its whole-year estimate', () => {
  const read = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.value}${s.unit}`);
  it('reads 截至今年10月底 as a stock reported, as 截至2024年底 is', () => {
    expect(read('截至今年10月底，全省累计建成5G基站12.6万个。')).toEqual(['actual 126000个']);
    expect(read('截止今年9月末，全市各项贷款余额达到3200亿元。')).toEqual(['actual 3200亿元']);
  });
  it('leaves a deadline a deadline (must not fire)', () => {
    expect(read('确保截至今年10月底完成改造老旧小区80个。')).toEqual(['target 80个']);
    expect(read('截至今年6月底前，全市新建充电桩2000个。')).toEqual(['target 2000个']);
    expect(read('今年全市新建充电桩2000个，截至目前已完成过半。')).toEqual(['target 2000个']);
  });
  it('reads 预计全年将超过 after the months so far as an estimate, no plan', () => {
    expect(read('1至10月，全省城镇新增就业58万人，预计全年将超过65万人。')).toEqual(['actual 58万人', 'actual 65万人']);
  });
  it('leaves 将 a plan where no 预计全年 opens it (must not fire)', () => {
    expect(read('1至10月，全省城镇新增就业58万人，全年将确保完成65万人。')).toEqual(['actual 58万人', 'target 65万人']);
    expect(read('全市预计投资将超过500亿元。')).toEqual(['target 500亿元']);
  });
});

describe('one project described as it stands (某园总投资…，总占地…) is a fact of now', () => {
  const read = (text: string) =>
    readStatements(text, { year: 2023 }).map((s) => `${s.role} ${s.value}${s.unit} ${s.period?.year ?? ''} ${s.period?.label ?? ''}`.trim());

  it.each([
    ['城东冷链物流园总投资3.5亿元，总占地120亩，计划年内建成投用。', ['actual 3.5亿元 2023 目前', 'actual 120亩 2023 目前']],
    ['施工现场一片繁忙。该项目总投资18亿元，一期工程已完成主体结构。', ['actual 18亿元 2023 目前']],
    ['今年全县将抓好项目建设。新能源装备产业基地总投资40亿元，力争年底新增产值10亿元。', ['actual 40亿元 2023 目前', 'target 10亿元']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Planned before the figure, a qualifier, or a programme's bare 项目: no fact of one project.
    ['今年计划实施总投资12亿元的农产品加工园项目。', ['target 12亿元']],
    ['全年安排重点项目120个，项目总投资600亿元。', ['target 120个', 'target 600亿元']],
    ['力争引进总投资20亿元以上的产业项目3个。', ['target 3个']],
    ['全县将新建总投资5亿元的物流园。', ['target 5亿元']],
    ['到2025年，数字产业园总投资达到50亿元。', ['target 50亿元']],
    ['物流园将总投资10亿元建设冷链仓储。', ['target 10亿元']],
  ])('must not fire: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a result cue inside a document name written bare (关于…执行情况…的报告) dates nothing after the name', () => {
  const read = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.value}${s.unit}`);

  it.each([
    ['日前，某县发布关于某县2024年计划执行情况与2025年计划草案的报告，报告提出，新建充电桩300个，新增储能装机20兆瓦。', ['target 300个', 'target 20兆瓦']],
    ['会议审议了关于2024年预算执行情况的报告，今年全县计划新增就业3000人。', ['target 3000人']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Results after the name keep their own cues.
    ['关于2024年计划执行情况的报告显示，去年全县新增就业2800人。', ['actual 2800人']],
    ['报告回顾，2024年全县地区生产总值增长6%。', ['actual 6%']],
    // A named plan in 《》 keeps its year as the tasks' date.
    ['《关于印发某市2025年重点工作任务的通知》提出，污水处理率达到95%以上。', ['target 95%']],
    // No document name: the year's cue stands.
    ['2024年计划执行情况良好，全年完成投资120亿元。', ['actual 120亿元']],
  ])('must not fire: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a stock 现有 states right before its measure (现有人口25万人) is a fact of now', () => {
  const read = (text: string) =>
    readStatements(text, { year: 2022 }).map((s) => `${s.role} ${s.kind} ${s.metric} ${s.value}${s.unit} ${s.period?.label ?? ''}`.trim());

  it.each([
    ['今年新区将加快发展。新区辖3个镇，现有人口25万人。', ['actual level 人口 25万人 目前']],
    ['今年全县将扩大招生。县城辖4个社区，现有中小学18所，力争新建幼儿园3所。', ['actual level 中小学 18所 目前', 'target increment 幼儿园 3所']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['巩固现有的8个产业集群，新培育2个产业集群。', ['target count 产业集群 2个']],
    ['力争到2025年，现有企业新增产值50亿元。', ['target increment 产值 50亿元']],
    ['现有企业达到120家以上。', ['target level 企业 120家']],
    // A subject before 现有 is left to the passage's tense (全省现有…: a review's stock, a plan's scope).
    ['今年全省将加快培育。全省现有高新技术企业1.2万家。', ['target level 高新技术企业 12000家']],
  ])('must not fire: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('the undated start of a planned change (力争…从A壮大到B) is where things stand now', () => {
  const read = (text: string) =>
    readStatements(text, { year: 2025 }).map((s) =>
      `${s.role} ${s.metric} ${s.comparator ?? ''} ${s.value}${s.unit} ${s.period?.label ?? s.year ?? ''}`.trim(),
    );

  it.each([
    [
      '力争用3年时间推动装备制造产业规模从900亿元发展壮大到1200亿元以上。',
      ['actual 装备制造产业规模 = 900亿元 目前', 'target 装备制造产业规模 >= 1200亿元 2027'],
    ],
    ['到2027年，力争全市森林覆盖率从41%提高到43%。', ['actual 森林覆盖率 = 41% 目前', 'target 森林覆盖率 = 43% 2027']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // A dated start is that year's result; a review's change keeps its own dating.
    ['到2027年，力争城镇化率从2023年的55%提高到60%。', ['actual 城镇化率 = 55% 2023年', 'target 城镇化率 = 60% 2027']],
    ['去年全县城镇化率从52%提高到54%。', ['actual 城镇化率 = 52% 2024年', 'actual 城镇化率 = 54% 2024年']],
    // No 从: no start figure.
    ['力争产业规模壮大到800亿元。', ['target 产业规模 = 800亿元']],
  ])('must not fire: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a completion rate above 100% is a result', () => {
  const roles = (text: string) => readStatements(text, { year: 2025 }).map((s) => `${s.role} ${s.value}${s.unit}`);

  it('reads a plan more than fulfilled as done, whatever tense its sentence has', () => {
    expect(roles('全区老旧小区改造目标完成率达135.6%。')).toEqual(['actual 135.6%']);
    expect(roles('2025年，高标准农田建设计划完成率为108%。')).toEqual(['actual 108%']);
  });

  it('leaves a completion rate of 100% or less, or one with a bound, to its sentence', () => {
    expect(roles('2025年，确保重点项目年度投资计划完成率达到100%。')).toEqual(['target 100%']);
    expect(roles('2025年，民生实事完成率达95%以上。')).toEqual(['target 95%']);
    expect(roles('2025年，力争城市更新项目完成率达到90%。')).toEqual(['target 90%']);
    // Not a completion rate: a growth or a share above 100 stays as its sentence says.
    expect(roles('2025年，力争外贸进出口额增长120%。')).toEqual(['target 120%']);
    expect(roles('2025年，力争森林覆盖率达到65%。')).toEqual(['target 65%']);
  });
});

describe('a progress notice naming the tasks it counts (未达到序时进度N项，为…)', () => {
  const read = (text: string) =>
    readStatements(text, { year: 2024, reportsOnly: true }).map((s) => `${s.role} ${s.value}${s.unit} ${s.year ?? s.period?.year}`);

  it('reads the tasks named after 为 as the plan’s targets of its year, the count and its share as results', () => {
    expect(read('截至目前，未达到序时进度3项、占比10.0%，为新建公园8个、新增城镇就业1.2万人、森林覆盖率达45%。')).toEqual([
      'actual 3项 2024',
      'actual 10% 2024',
      'target 8个 2024',
      'target 1.2万人 2024',
      'target 45% 2024',
    ]);
    expect(read('截至目前，未达到时序进度2项，分别为新增市场主体5000户、新建充电桩200个。')).toEqual([
      'actual 2项 2024',
      'target 5000户 2024',
      'target 200个 2024',
    ]);
  });

  it('leaves results alone where 为 names no task (must not fire)', () => {
    expect(read('截至目前，达到序时进度44项、占比80.0%。')).toEqual(['actual 44项 2024', 'actual 80% 2024']);
    expect(read('截至目前，已完成序时进度30项，为全年任务的60%。')).toEqual(['actual 30项 2024', 'actual 60% 2024']);
    expect(read('截至目前，已完成序时进度30项，为80%。')).toEqual(['actual 30项 2024', 'actual 80% 2024']);
    expect(read('截至目前，未达到序时进度3项，为历年最少。全市已新建公园8个。')).toEqual(['actual 3项 2024', 'actual 8个 2024']);
    expect(read('截至目前，全市项目建设进度达到90%，为历年最快。')).toEqual(['actual 90% 2024']);
  });
});

describe('今年 before months after a clause of an earlier year (2021年…；今年上半年…)', () => {
  const periods = (text: string) =>
    readStatements(text, { year: 2022 }).map(
      (s) => `${s.value} ${s.period?.year ?? ''}${s.period?.fromMonth ? ` ${s.period.fromMonth}-${s.period.toMonth}` : ''}`,
    );

  it('dates the months by the year under way, not by the year written before them', () => {
    expect(periods('2021年全县旅游收入增长9%；今年上半年全县旅游收入18亿元，同比增长4.2%。')).toEqual(['9 2021', '18 2022 1-6', '4.2 2022 1-6']);
    expect(periods('2020年全市出口增长3%，今年前三季度出口增长7.5%。')).toEqual(['3 2020', '7.5 2022 1-9']);
  });

  it('keeps months a written year heads, and months after a year with no 今年 between', () => {
    expect(periods('2021年上半年全县旅游收入增长9%。')).toEqual(['9 2021 1-6']);
    expect(periods('2021年全县旅游收入增长9%，其中上半年增长6%。')).toEqual(['9 2021', '6 2021 1-6']);
    expect(periods('去年上半年全县旅游收入增长9%。')).toEqual(['9 2021 1-6']);
  });
});

describe('计划 right before a verb of work plans, even in a paragraph of results so far', () => {
  // A paragraph opened by 今年以来 reports by default; the year's planned work inside it is still the plan's.
  const context = { year: 2024, defaultRole: 'actual' as const, defaultYear: 2024 };
  const roles = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit}`);

  it.each([
    ['全县计划实施的重点项目120个、总投资450亿元。', ['target 120个', 'target 450亿元']],
    ['全市计划新开工项目60个，计划完成投资98亿元。', ['target 60个', 'target 98亿元']],
    ['全区计划推进城市更新项目15个。', ['target 15个']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it.each([
    ['全县计划生育服务对象增加300人。', ['actual 300人']],
    ['完成投资52亿元，为年度计划的48%。', ['actual 52亿元', 'actual 48%']],
    ['重点项目计划完成率达到95%。', ['actual 95%']],
    ['截至5月底，计划实施的重点项目已开工86个。', ['actual 86个']],
    ['本年度计划开工项目120项，目前已开工96项，完成年度计划开工的80%。', ['target 120项', 'actual 96项', 'actual 80%']],
  ])('still a result: %s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });
  // 新开工 inside the noun: the count is progress itself, no scope of the investment after it (PROJECTS_AT_A_STAGE).
  it('still a result: 全市实际新开工项目35个，完成投资40亿元。', () => {
    expect(roles('全市实际新开工项目35个，完成投资40亿元。')).toEqual(['actual 35个', 'actual 40亿元']);
  });
});

describe('a figure compared with, right after its own earlier year (比2022年的681个)', () => {
  const read = (text: string) =>
    readStatements(text, { year: 2024 }).map((s) => `${s.role} ${s.value}${s.unit} ${s.role === 'target' ? s.year : s.period?.year}`);

  it('is dated by that year, in the sentence’s role', () => {
    expect(read('全市计划实施重点项目300个，总投资比2023年的1200亿元增长10%。')).toEqual([
      'target 300个 undefined',
      'target 1200亿元 2023',
      'target 10% undefined',
    ]);
  });

  it('leaves a figure after a year that is no base undated by it (2023年的目标是…)', () => {
    expect(read('2023年全市地区生产总值增长5%。')).toEqual(['actual 5% 2023']);
  });
});

describe('a sentence closing on the year’s planned investment states the year’s programme', () => {
  // A text of results (reportsOnly, a passage reporting by default) where the programme's own sentence still plans.
  const roles = (text: string) => readStatements(text, { year: 2024, reportsOnly: true, defaultRole: 'actual' }).map((s) => `${s.role} ${s.value}${s.unit}`);

  it.each([
    ['2024年，全市实施重点项目120个，总投资980亿元，年度计划投资210亿元。', ['target 120个', 'target 980亿元', 'target 210亿元']],
    ['县里安排重点建设项目45个，项目总投资160亿元，年度投资计划38亿元。', ['target 45个', 'target 160亿元', 'target 38亿元']],
    ['6月3日讯 2024年，全州实施重点项目60个，年度计划投资90亿元。', ['target 60个', 'target 90亿元']],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it.each([
    ['1-5月，全市重点项目已开工96个，年度计划投资210亿元。', 'actual 96个'],
    ['全市先期开复工项目88个，年度计划投资120亿元。', 'actual 88个'],
    ['2024年，全市完成重点项目投资520亿元，年度计划投资的105%。', 'actual 520亿元'],
  ])('leaves progress reported: %s', (text, first) => {
    expect(roles(text)[0]).toBe(first);
  });
});

describe('a change reached by a year not after the plan’s (增加到2021年的293.7亿元)', () => {
  const read = (text: string) =>
    readStatements(text, { year: 2021 }).map((s) => `${s.role} ${s.value}${s.unit} ${s.role === 'target' ? s.year : s.period?.year}`);

  it('reports the end figure and the average over the change, of that year', () => {
    expect(read('服务业增加值从2012年的80亿元增加到2021年的210亿元，年均增长11.3%。')).toEqual([
      'actual 80亿元 2012',
      'actual 210亿元 2021',
      'actual 11.3% 2021',
    ]);
  });

  it.each([
    ['力争城镇化率从2020年的55%提高到2025年的60%。', ['actual 55% 2020', 'target 60% 2025']],
    ['到2021年底，全市5G基站达到3000个。', ['target 3000个 2021']],
  ])('still plans a later end or a deadline: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a sentence that states its own result (a rank held, a completion rate, 已…) reports in a passage that plans', () => {
  const context = { year: 2025 };
  const read = (text: string) => readStatements(text, context).map((s) => `${s.role} ${s.value}${s.unit ?? ''}`);

  it('a rank held, a completion rate or a thing already done turns its whole sentence to results', () => {
    expect(read('从就业看，新增城镇就业3.1万人，任务完成率108%，列全省第二。')).toEqual(['actual 3.1万人', 'actual 108%', 'actual 2位']);
    expect(read('全县发放创业担保贷款6.5亿元，连续3年全市第一。')).toEqual(['actual 6.5亿元', 'actual 1位']);
    expect(read('全县引进项目30个，排名全市第4。')).toEqual(['actual 30个', 'actual 4位']);
    expect(read('全区新建5G基站1200个，已全部建成投用。')).toEqual(['actual 1200个']);
    expect(read('全区新增市场主体8600户，已完成年度任务。')).toEqual(['actual 8600户']);
  });

  it('must not fire: a sentence that plans, a rank to reach, 安排第一批, or a sentence with no such words', () => {
    expect(read('力争新增城镇就业3万人，列全省第一。')).toEqual(['target 3万人', 'actual 1位']);
    expect(read('全区新建5G基站1200个，确保年底前已全部建成。')).toEqual(['target 1200个']);
    expect(read('新增规上企业12家，力争跃居全市第3位。')).toEqual(['target 12家', 'target 3位']);
    expect(read('安排第一批市级重点项目96个，总投资320亿元。')).toEqual(['target 96个', 'target 320亿元']);
    expect(read('新增城镇就业3万人，确保全年任务完成率100%。')).toEqual(['target 3万人', 'target 100%']);
    expect(read('新建污水管网20公里，改造老旧小区15个。')).toEqual(['target 20公里', 'target 15个']);
  });
});
