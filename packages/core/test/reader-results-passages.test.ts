/**
 * Telling results from targets over a passage, on invented texts: a paragraph that opens a review
 * carries it over the next paragraphs of its block until a cue of planning.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string) => {
  const plan = extractPlan(text);
  return {
    targets: plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''}`),
    actuals: plan.actuals.map((a) => `${a.metric} ${a.value}${a.unit ?? ''}`),
  };
};

describe('a review opened by a paragraph runs over the next ones', () => {
  const REVIEW = [
    '在2021年全县经济工作会议上的讲话（2021年1月8日）',
    '一、回顾工作',
    '一年来，全县紧紧围绕“富民强县”目标，扎实做好各项工作。',
    '一是经济稳中向好。',
    '预计地区生产总值增长7.2%；一般公共预算收入增长5.1%。',
    '二、今年的主要预期目标',
    '地区生产总值增长6.5%左右；一般公共预算收入增长5%。',
  ].join('\n');

  it('reads the estimated results of the year under review as results', () => {
    const { targets, actuals } = read(REVIEW);
    expect(actuals).toEqual(expect.arrayContaining(['地区生产总值 7.2%', '一般公共预算收入 5.1%']));
    expect(targets.some((t) => t.includes('7.2'))).toBe(false);
  });

  it('opens with 刚刚过去的一年 as with 过去一年, and closes at 新目标', () => {
    const text = [
      '某县农业农村工作新闻（2024年2月1日）',
      '刚刚过去的一年，某县农业工作取得新成效。',
      '农业提质增效。全县农产品加工企业营业收入同比增长9%。',
      '新目标',
      '新的一年，全县农产品加工企业营业收入增长10%以上。',
    ].join('\n');
    const { targets, actuals } = read(text);
    expect(actuals).toEqual(['农产品加工企业营业收入 9%']);
    expect(targets).toEqual(['农产品加工企业营业收入 >= 10%']);
  });

  it('stops at a cue of planning, and at the next block', () => {
    const { targets } = read(REVIEW);
    expect(targets).toEqual(expect.arrayContaining(['地区生产总值 ~ 6.5%', '一般公共预算收入 = 5%']));
  });

  it('a result inside a paragraph that does not open a review carries no further', () => {
    const text = ['某市政府工作报告提出2017年主要预期目标：', '地区生产总值增长7%左右。去年实际增长7.3%。', '城镇新增就业5万人以上。去年新增5.6万人。'].join(
      '\n',
    );
    const { targets } = read(text);
    expect(targets).toHaveLength(2);
    expect(targets[0]).toBe('地区生产总值 ~ 7%');
    expect(targets[1]).toMatch(/^\S*就业 >= 5/);
  });
});

describe('the horizon of a dated page that announces targets 到 one later year', () => {
  const page = (deadlines: string) =>
    [
      '发布时间：2021-06-10 09:00 来源：某日报',
      `记者获悉，某市启动实施产业提升工程，力争${deadlines}培育百亿级企业10家。`,
      '此外，每年新增规模以上工业企业200家左右。',
    ].join('\n');

  it('dates its undated targets to that year', () => {
    const plan = extractPlan(page('到2025年'));
    expect(plan.year).toBe(2021);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['10 2025', '200 2025']);
  });

  it('keeps the plan year when the page names several later years', () => {
    const plan = extractPlan(page('到2023年新增企业50家、到2025年'));
    expect(plan.targets.find((t) => t.value === 200)?.year).toBe(2021);
  });

  it('dates the undated targets of a page with no year of its own to the one year it announces', () => {
    const text = ['3月8日，某省印发《数字经济提升方案》，提出到2027年数字经济核心产业增加值占比达到15%。', '方案明确，建设20个数字化车间。'].join('\n');
    const plan = extractPlan(text);
    // (Its only year is that deadline, so it is the plan year too: corpus Decisions 18, c252, c456.)
    expect(plan.year).toBe(2027);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['15% 2027', '20个 2027']);
  });

  // Round 21: corpus Decisions 26 dates a page with no year of its own and figures due at two deadlines by the first (c694,
  // c804), so its undated figures are of that year too (c694's gold); this test had expected null.
  it('dates a page with no year and two deadlines by the first, its undated figures too', () => {
    const text = '某省提出，到2025年数字化车间达到50个，到2030年达到120个。\n方案明确，建设20个创新中心。';
    expect(extractPlan(text).targets.find((t) => t.value === 20)?.year).toBe(2025);
  });
});

describe('a report given at a congress, its review and its masked figures', () => {
  it('plans for the year it was given in, though a repost titles it by the year it reviews', () => {
    const text = [
      '2019年某县人民政府工作报告（全文）',
      '——在某县第十七届人民代表大会第四次会议上（2020年1月8日）各位代表：现在，我代表县人民政府向大会作工作报告。',
      '2019年工作回顾2019年，是某县极不平凡的一年。历史性实现整县脱贫摘帽，这必将载入史册。',
      '脱贫攻坚战打响以来，累计投入资金超45亿元，贫困发生率降至1%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2020);
    // 以来 reviews; a number-less 必将 predicts and sets no target, so the review goes on.
    expect(plan.targets).toEqual([]);
    expect(read(text).actuals).toEqual(['投入资金 45亿元', '贫困发生率 1%']);
  });

  it('dates a news lede by the page date of the same day', () => {
    const text = [
      '报告速读丨制造业强省',
      '时间：2023-01-14 08:36',
      '1月14日上午，某省十四届人大一次会议开幕，省长作政府工作报告。',
      '报告提出，到2025年制造业增加值占生产总值比重超过30%。新培育规上工业企业2600家。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2023);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['30 2025', '2600 2023']);
    // In a plan for one year, 到2025年 dates its own sentence only.
  });

  it("dates a vision year past a five-year plan's horizon in its own sentence only; one within it carries on", () => {
    const text = [
      '某省“十五五”规划纲要草案公布',
      '发布时间：2026-02-10',
      '纲要草案提出，到2035年全省人均地区生产总值比2020年翻一番。在创新方面，研发经费投入年均增长8%以上。',
      '到2028年，数字经济核心产业增加值达到3000亿元。新培育专精特新企业500家。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2026);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['8% 2030', '3000亿元 2028', '500家 2028']);
  });

  it('keeps a vision year for the figures of its own sentence, and a yearly plan dates the next sentence by its year', () => {
    const plan = extractPlan(['某市“十五五”规划纲要', '到2035年，人均地区生产总值达到15万元，常住人口城镇化率达到75%。研发经费投入年均增长8%。'].join('\n'));
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['15万元 2035', '75% 2035', '8% 2030']);
    const yearly = extractPlan(['某县2026年工作要点', '到2030年，县域经济总量突破500亿元。全年新增市场主体3000户。'].join('\n'));
    expect(yearly.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['500亿元 2030', '3000户 2026']);
  });

  it('dates a December congress by its dateline: the report plans the next year, 今后五年 its five years', () => {
    const text = [
      '某市第八届人民代表大会第一次会议开幕',
      ' 2025/12/08/ 20:15 来源:某某日报',
      '  某某客户端某市12月8日讯(记者 某某)团结奋进开新局。今天上午，大会在市行政中心开幕。',
      '  市长代表市人民政府向大会作《政府工作报告》。报告提出今后五年主要目标：地区生产总值年均增长6%以上，城镇居民人均可支配收入年均增长6.5%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2026);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['6 2030', '6.5 2030']);
  });

  it('dates the targets of a five-year plan reported in its first year to its end, not to a vision year', () => {
    const text = [
      '2026年3月6日，记者从会上获悉，《某省国民经济和社会发展第十五个五年规划纲要》提出，为到2035年基本实现现代化打好基础。',
      '报告提出，全社会研发经费投入年均增长7%以上，劳动年龄人口平均受教育年限提高到11.8年。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2026);
    expect(plan.targets.map((t) => `${t.metric} ${t.value}${t.unit} ${t.year}`)).toEqual([
      '全社会研发经费投入 7% 2030',
      '劳动年龄人口平均受教育年限 11.8年 2030',
    ]);
  });

  it("dates no targets to a period's end on a page that names the period but no plan of it", () => {
    const text = [
      '某市推进新型工业化行动方案',
      '发布时间：2026-03-10',
      '为推动“十五五”开好局，制定本方案。',
      '一、主要目标',
      '到2027年，规上工业增加值年均增长8%。',
      '二、重点任务',
      '新增专精特新企业100家。',
    ].join('\n');
    expect(extractPlan(text).targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['8% 2027', '100家 2027']);
  });

  it('reads a digest: a review part, a five-year part due at its end, the year part in 「」 quotes and 兆', () => {
    const text = [
      '3月5日，总理向某届全国人大某次会议作政府工作报告，要点如下：',
      '一、2025年工作回顾',
      '国内生产总值增长5%',
      '粮食产量达到1.43兆斤',
      '二、「十五五」时期主要目标和重大任务',
      '全社会研发经费投入年均增长7%以上',
      '三、2026年经济社会发展总体要求和政策取向',
      '经济增长4.5%—5%',
      '一般公共预算支出规模达到30兆元',
    ].join('\n');
    const plan = extractPlan(text, { year: 2026 });
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['5%', '1.43兆斤']);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['7% 2030', '4.5% 2026', '30兆元 2026']);
  });

  it('a heading naming the five years past (砥砺奋进的五年) makes the lines under it results, until a heading that plans', () => {
    const text = [
      '2022年4月20日，某市第九届人民代表大会第一次会议开幕。',
      '砥砺奋进的五年',
      '全市城市化率从55.1%提高到60.2%；',
      '人均期望寿命从78.1岁提高到80.2岁。',
      '今年的主要目标',
      '地区生产总值增长6%左右。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2022);
    expect(plan.actuals.map((a) => a.value)).toEqual([55.1, 60.2, 78.1, 80.2]);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2022']);
  });

  it('a heading line that reviews (过去五年发展成就) makes the lines under it results; a ? a charset left in a figure masks it', () => {
    const text = ['过去五年发展成就', '全市地区生产总值年均增长7.1%，一般公共预算收入年均增?.5%。', '规上工业总产值年均增?3.1%。'].join('\n');
    const plan = extractPlan(text, { year: 2022 });
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['7.1%']);
    expect(cleanText('怎么办?下一步?').text).toBe('怎么办？下一步？');
  });

  it('a paragraph opening with a plan period already over reviews it, over the next paragraphs of its block', () => {
    const text = [
      '某省国民经济和社会发展第十五个五年规划纲要',
      '（一）发展基础',
      '“十四五”时期是全省爬坡过坎、砥砺前行的五年。',
      '综合实力明显增强，全省生产总值突破3万亿元，人均生产总值超过8万元。',
      '（二）主要目标',
      '到2030年，全省生产总值达到4万亿元。',
    ].join('\n');
    const plan = extractPlan(text, { year: 2026 });
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['3万亿元 2025', '8万元 2025']);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['4万亿元 2030']);
  });

  it('a paragraph opening with the plan period under way plans: “十四五”时期 in a 2021 plan is no review', () => {
    const text = ['某市“十四五”规划纲要', '“十四五”时期是全市奋力赶超的关键五年。', '全市生产总值年均增长6%左右，城镇化率达到65%。'].join('\n');
    const plan = extractPlan(text, { year: 2021 });
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit}`)).toEqual(['~ 6%', '>= 65%']);
  });

  it('a ? that ends a question before a year or a list number is a question mark, not a lost digit', () => {
    expect(cleanText('主要目标是什么?2025年全市地区生产总值增长6%。如何推进?1.加快重点项目。').text).toBe(
      '主要目标是什么？2025年全市地区生产总值增长6%。如何推进？1.加快重点项目。',
    );
    const plan = extractPlan('某市2025年工作要点\n主要目标是什么?2025年全市地区生产总值增长6%。');
    expect(plan.targets.map((t) => `${t.metric} ${t.value}${t.unit} ${t.year}`)).toEqual(['地区生产总值 6% 2025']);
  });

  it('a text that reports targets met and plans issued, and sets none, reports results', () => {
    const text = [
      '某部介绍2025年工业发展成效',
      '2025年，工业经济顶压前行，全年主要目标任务顺利完成。出台新一轮十大重点行业稳增长工作方案。',
      '2025年，规模以上工业增加值同比增长5.9%。培育15家领航级智能工厂。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['5.9% 2025', '15家 2025']);
  });

  it('measures carried out or made known (落实《…措施》, 政策措施宣贯) and support sought with no figure set nothing: results', () => {
    const text = [
      '【商贸】某市商贸流通概况',
      '一是抓好政策落地。认真落实省政府《关于促进消费扩容提质若干措施的通知》，做好促消费政策措施宣贯，为商贸企业积极争取各类补助资金。',
      '2024年，新增限上商贸企业31家，社会消费品零售总额同比增长6.2%，增速位列全省第三。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['31家 2024', '6.2% 2024', '3位 2024']);
  });

  it('a plan the text sets with measures, or support sought with a figure, still plans', () => {
    const measures = ['某区2025年稳增长若干措施', '一、力争全年社会消费品零售总额增长6%。', '二、落实《某省促消费措施》，新增限上企业20家。'].join('\n');
    expect(extractPlan(measures).targets.map((t) => `${t.value}${t.unit}`)).toEqual(['6%', '20家']);
    const sought = ['某县召开经济工作会议', '2025年，全县争取上级资金15亿元，新建标准厂房10万平方米。'].join('\n');
    expect(extractPlan(sought).targets.map((t) => `${t.value}${t.unit}`)).toEqual(['15亿元', '10万平方米']);
    const listed = ['某县经济工作会议', '会议要求，全县上下要争取以下目标：', '地区生产总值增长6%。'].join('\n');
    expect(extractPlan(listed).targets.map((t) => `${t.value}${t.unit}`)).toEqual(['6%']);
  });

  it('a text that measures its results against a target or expectations (低于…的控制目标, 好于预期) sets none and reports results', () => {
    const text = [
      '某县统计局发布2025年统计数据',
      '2025年，全县城镇调查失业率平均为4.8%，低于5.5%的控制目标。全县新增就业岗位3200个。',
      '主要指标均好于预期，电子信息、新材料产业产值分别增长12.4%、9.6%，加大技术改造力度。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['4.8% 2025', '3200个 2025', '12.4% 2025', '9.6% 2025']);
  });

  it('a control target stated as a target is still one, and 预期目标 still plans', () => {
    const text = ['某县2025年工作安排', '全县城镇调查失业率控制目标为5.5%以内。预期目标：地区生产总值增长6%。'].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['<= 5.5% 2025', '= 6% 2025']);
  });

  it('a page on 今年 of a part of the year under way (今年前三季度) reports results, though its paragraphs speak of work', () => {
    const text = [
      '某市统计局昨日公布今年前三季度经济数据。',
      '发布时间：2023-10-20 09:00',
      '前三季度，全市地区生产总值2100亿元，同比增长5.4%。',
      '全市加大技术改造力度，新能源汽车、工业机器人产量分别增长30.5%、18.2%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['2100亿元', '5.4%', '30.5%', '18.2%']);
  });

  it('on a page about 今年前三季度, another 今年 is the year to date: its figures are results', () => {
    const text = [
      '某省统计局公布今年前三季度各设区市经济数据。',
      '发布时间：2023-10-20 09:00',
      '甲市、乙市今年地区生产总值率先破千亿，分别突破1200亿元、1100亿元；丙市以6.8%的增速位列第一。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(expect.arrayContaining(['1200亿元', '1100亿元', '6.8%']));
  });

  it('a month range written with both its months (今年1月至10月) is a part of the year under way too', () => {
    const text = [
      '2023年11月30日，某州专场新闻发布会举行。据介绍，今年以来，今年经济社会发展呈现持续回升向好态势。',
      '工业经济回升向好，今年1月至10月，全州煤炭开采和洗选业增加值同比增长6.1%。',
      '农业现代化稳步推进，全州累计认证农产品地理标志29个。完成粮食产量110.48万吨。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['6.1%', '29个', '110.48万吨']);
  });

  it('今年 that sets the year, even beside a part of the year, still plans', () => {
    const text = ['某市经济运行情况', '今年上半年全市地区生产总值增长5.1%。今年全市地区生产总值力争增长6%左右。'].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit}`)).toEqual(['~ 6%']);
  });

  it('将 that marks an object (将创新摆在…, 将…作为) is 把, not the future: a page of results stays one', () => {
    const text = ['某市科技创新发布会举行', '会上介绍，2024年全市始终将创新摆在发展全局的核心位置，研发投入强度提升至3.1%，高新技术企业达1200家。'].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['3.1% 2024', '1200家 2024']);
  });

  it('将 before an adverb or a time (将逐步纳入, 将于年内列为) is the future, not 把: it plans', () => {
    const plan = extractPlan('某区科技工作情况\n该区将于年内列为试点，高新技术企业将全部纳入培育库，新增高新技术企业50家。');
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit}`)).toEqual(['= 50家']);
  });

  it('将 before a verb of change still plans (将研发投入强度提升至…)', () => {
    const plan = extractPlan('某市2025年科技工作要点\n2025年，全市将研发投入强度提升至3.3%，将高新技术企业作为培育重点。');
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['= 3.3% 2025']);
  });

  it('a five-year period named as reviewed (“十四五”答卷, 成绩单) is of its last year: its figures are results', () => {
    const text = ['某市“十四五”发展答卷：地区生产总值年均增长6.1%', '会上介绍，2024年全市地区生产总值达3200亿元，“十四五”期间累计引进产业项目500个。'].join(
      '\n',
    );
    const plan = extractPlan(text);
    expect(plan.year).toBe(2025);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toContain('3200亿元 2024');
  });

  it('a five-year period whose answer sheet is still to write (奋力交出…新答卷) plans', () => {
    const plan = extractPlan('某市国民经济和社会发展规划纲要\n“十五五”时期，全市要奋力交出高质量发展新答卷。全市地区生产总值年均增长6%左右。');
    expect(plan.year).toBe(2026);
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['~ 6% 2030']);
  });

  it('a five-year plan that is not reviewed still plans from its first year', () => {
    const plan = extractPlan('某市“十四五”发展规划纲要\n到2025年，全市地区生产总值达到4000亿元。');
    expect(plan.year).toBe(2021);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['>= 4000亿元 2025']);
  });

  it('a year written as a date (the issue day, 2025年3月20日) heads no plan phrase: the year after it does', () => {
    const text = '某市统计局 2025年3月20日2024年是全面完成年度目标任务的关键一年。全年地区生产总值1500亿元，比上年增长5.2%。';
    expect(extractPlan(text).year).toBe(2024);
  });

  it('a year phrase runs across no other year; a year followed by its plan phrase still names the plan year', () => {
    expect(extractPlan('某县2024年12月召开会议，部署工作。2025年重点工作：地区生产总值增长6%。').year).toBe(2025);
  });

  it('a span written with both years (2024年—2026年…行动计划) still heads its plan phrase from its first year', () => {
    const plan = extractPlan('关于印发行动计划的通知\n现将《某市2024年—2026年数字经济发展行动计划》印发给你们。到2026年，数字经济核心产业增加值达到800亿元。');
    expect(plan.year).toBe(2024);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['800亿元 2026']);
  });

  it("a five-year plan's goals named as the frame of a year (实现“十四五”规划目标任务的关键一年) set no target", () => {
    const plan = extractPlan('某市统计公报\n2024年是实现“十四五”规划目标任务的关键一年，全年地区生产总值1500亿元，比上年增长5.2%。');
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['1500亿元 2024', '5.2% 2024']);
  });

  it('a five-year plan’s own title (某市“十四五”规划纲要) is no frame named: its figures are targets', () => {
    const plan = extractPlan('某市“十四五”规划纲要\n全市生产总值年均增长6%左右，城镇化率达到65%。');
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit}`)).toEqual(['~ 6%', '>= 65%']);
  });

  it('a plan that sets out to meet them (确保完成“十四五”规划目标任务) still plans', () => {
    const plan = extractPlan('某市2025年工作要点\n确保完成“十四五”规划目标任务。全年地区生产总值增长6%。');
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['= 6% 2025']);
  });

  it('a dated page of results that writes no year, on 上半年, is of its issue year; undated, of none', () => {
    const body = '上半年，全省地区生产总值4000亿元，同比增长5.5%。';
    const dated = extractPlan(`某省上半年经济运行稳中有进\n发布时间：2024-07-19 10:20\n${body}`);
    expect(dated.year).toBe(2024);
    expect(dated.targets).toEqual([]);
    expect(dated.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['4000亿元 2024', '5.5% 2024']);
    const undated = extractPlan(`某省上半年经济运行稳中有进\n${body}`);
    expect(undated.year).toBeNull();
    // Results in a text that writes no year have no period to give and are no entries (corpus Decisions 21).
    expect(undated.actuals).toEqual([]);
    expect(extractPlan(`某省经济运行\n发布时间：2024-07-19 10:20\n2023年上半年，全省地区生产总值3800亿元。`).year).toBe(2023);
  });

  it('a dated work plan that writes no year is not dated by a 一季度 it aims at', () => {
    const plan = extractPlan('某市工作计划\n发布日期：2025年12月20日\n一季度实现“开门红”，全市地区生产总值增长6%。');
    expect(plan.year).toBeNull();
  });

  it('今后五年 dates the sentences after it in its paragraph; a 用3年时间 deadline dates its own sentence only', () => {
    const text = [
      '聚焦今后五年，我们提出了发展的主要目标。其中，地区生产总值年均增长6%左右，城镇新增就业5万人。',
      '用3年时间培育100家企业。新增规上工业企业20家。',
    ].join('\n');
    const plan = extractPlan(text, { year: 2026 });
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2030', '5万人 2030', '100家 2028', '20家 2026']);
  });

  it('a year part after a five-year part, under a heading no part pattern reads, plans its year', () => {
    const text = [
      '2025年某市政府工作报告',
      '一、2024年工作回顾',
      '全市地区生产总值增长5%。',
      '二、“十五五”时期主要目标',
      '到2030年，地区生产总值突破5000亿元。',
      '三、2025年主要目标任务（“十五五”谋篇之年）',
      '地区生产总值增长6%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['5000亿元 2030', '6% 2025']);
  });

  it("未来3年 with no goals named dates its own sentence only: the next sentences of a yearly plan are its year's", () => {
    const text = ['某市2024年工作要点', '未来3年，全市累计完成固定资产投资1500亿元。全年完成固定资产投资500亿元，新增市场主体1万户。'].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['1500亿元 2026', '500亿元 2024', '10000户 2024']);
  });

  it('a top heading about a year before the plan reviews it; 过去一年 in a review part is that year', () => {
    const text = [
      '政府工作报告',
      '——2019年2月16日在某县第十七届人民代表大会第四次会议上',
      '一、奋发有为，2018年迈出铿锵步伐',
      '（一）强产业、筑平台。新增规模以上工业企业50家，16个项目开工建设。',
      '二、2019年工作安排',
      '地区生产总值增长8.5%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2019);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['50家 2018', '16个 2018']);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['8.5% 2019']);
    const review = ['某县2023年政府工作报告', '一、2022年工作回顾', '过去一年，新增“五上”企业26家。', '二、2023年工作安排', '新增“五上”企业30家。'].join('\n');
    expect(extractPlan(review).actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['26家 2022']);
  });

  it("a top heading that heeds a past year's meeting (贯彻2024年中央经济工作会议精神) reviews nothing", () => {
    const text = [
      '2025年某县政府工作报告',
      '一、坚持稳中求进，深入贯彻2024年中央经济工作会议精神',
      '全县地区生产总值增长6%，一般公共预算收入增长5%。',
      '二、扎实做好今年重点工作',
      '新建幼儿园5所。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.actuals).toEqual([]);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2025', '5% 2025', '5所 2025']);
  });

  it("a 统计公报 or a year's review that names its five-year plan, its measures issued and targets met early, and a span averaged over, reports results", () => {
    const bulletin = ['2024 年是深入实施 “十四五” 规划承上启下的重要一年。', '一、综 合', '2024年某县地区生产总值201.20亿元，比上年增长6.5%。'].join('\n');
    const plan = extractPlan(bulletin);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['201.2亿元 2024', '6.5% 2024']);
    const review = [
      '2024年，某市全力推动高质量发展。推出168项稳增长措施，外贸进出口总额等指标提前一年完成目标任务。',
      '地区生产总值2021-2024年年均增长7.4%，排全区第2位。',
    ].join('\n');
    const read = extractPlan(review);
    expect(read.year).toBe(2024);
    expect(read.targets).toEqual([]);
    expect(read.actuals.some((a) => a.value === 7.4)).toBe(true);
  });

  it('reads a review named with its region and a plan part whose year the site masked', () => {
    const text = [
      '某日上午，某市人民代表大会第三次会议开幕，代市长作政府工作报告。报告回顾总结了2022年工作。',
      '2022年某市工作回顾',
      '2022年，全市地区生产总值达到2112.*亿元，增长*.2%，煤炭产量达到1.1*亿吨，进位至全省第四。',
      '202*年全市发展主要预期目标',
      '今年全市地区生产总值增长*.*%，固定资产投资增长7%以上。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2023);
    // A result whose digits were masked states nothing; a masked target is still a placeholder.
    expect(read(text).targets).toEqual(['地区生产总值 placeholder null%', '固定资产投资 >= 7%']);
    expect(plan.targets.map((t) => t.year)).toEqual([2023, 2023]);
    expect(plan.actuals.some((a) => a.unit !== null && /亿/.test(a.unit))).toBe(false);
  });

  it('takes the year whose target a text 定为', () => {
    const text = '2月10日，某县召开经济工作会议。2021年全县经济运行平稳。2022年全县地区生产总值增长目标定为8%。';
    expect(extractPlan(text).year).toBe(2022);
  });
});

describe('targets met and template years', () => {
  it('reads a review that says the targets were met, and what follows it, as results', () => {
    const text =
      '某县2024年政府工作报告\n现在，我代表县人民政府，向大会报告政府工作。\n一年来，县政府较好地完成了县人代会确定的目标任务。预计实现地区生产总值391亿元，增长8.6%。';
    expect(read(text)).toEqual({ targets: [], actuals: ['地区生产总值 391亿元', '地区生产总值 8.6%'] });
  });

  it('opens a review part under a heading whose year a template left as 20XX', () => {
    const text = '某县2024年政府工作报告\n各位代表：\n20XX年工作回顾\n20XX年，全县地区生产总值增长8.6%。\n主要预期目标\n今年地区生产总值增长7%。';
    expect(read(text).actuals).toEqual(['地区生产总值 8.6%']);
  });
});

describe('a statistics bulletin', () => {
  it('reads results of its latest year, though it names a goal its work aimed at (围绕…到2018年…目标)', () => {
    const text = [
      '2015年，全县围绕到2018年全面建成小康社会目标，统筹做好各项工作。',
      '一、综合',
      '初步测算，2015年全县地区生产总值244394万元，比上年增长13.1%。其中：第一产业增加值62857万元，同比增长6.3%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2015);
    expect(plan.targets).toEqual([]);
    expect(read(text).actuals).toEqual(['地区生产总值 244394万元', '地区生产总值 13.1%', '第一产业增加值 62857万元', '第一产业增加值 6.3%']);
  });

  it('reads results though it names family planning (计划生育支出), a policy field and no plan', () => {
    const text = [
      '2019年，全区经济平稳运行。',
      '初步核算，全年全区地区生产总值310.5亿元，比上年增长6.8%。',
      '全年一般公共预算支出52.3亿元，比上年增长9.1%。其中，卫生健康与计划生育支出4.6亿元，增长3.2%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value} ${a.period.year}`)).toEqual(['310.5 2019', '6.8 2019', '52.3 2019', '9.1 2019', '4.6 2019', '3.2 2019']);
  });

  it.each([
    ['全区计划生育工作扎实推进。今年计划新建学校3所。', ['3所']],
    ['2024年全区将完善计划生育服务，新建托育机构5个。', ['5个']],
    ['计划生育家庭奖励扶助按时发放。全年计划完成投资80亿元。', ['80亿元']],
    ['全县计划生产粮食12万吨。', ['12万吨']],
    ['某县2024年工作计划\n全年培训计划生育专干200人。', ['200人']],
  ])('a text with another plan word beside 计划生育 still plans: %s', (text, targets) => {
    expect(extractPlan(text).targets.map((t) => `${t.value}${t.unit}`)).toEqual(targets);
  });
});

describe('a five-year plan passage', () => {
  it('gives a figure dated alone (到2025年突破…) the metric before it, and a 十四五期间 total is a target', () => {
    const text = [
      '某市国民经济和社会发展第十四个五年规划纲要',
      '“十三五”时期，全市地区生产总值年均增长7.1%，2020年达到2800亿元。',
      '“十四五”时期主要目标：地区生产总值年均增长6.5%左右，到2025年突破4000亿元；“十四五”期间累计完成固定资产投资1.5万亿元。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.metric} ${t.value}${t.unit} ${t.year}`)).toEqual([
      '地区生产总值 6.5% 2025',
      '地区生产总值 4000亿元 2025',
      '固定资产投资 1.5万亿元 2025',
    ]);
    expect(read(text).actuals).toEqual(['地区生产总值 7.1%', '地区生产总值 2800亿元']);
  });
});

describe('a top-level heading that reviews', () => {
  it('makes its blocks report results until a cue of planning, though no paragraph names a year', () => {
    const text = [
      '县长在2023年全县经济工作会议上的讲话',
      '一、认真总结成绩，准确把握态势',
      '全县上下努力克服困难，全面完成了各项目标任务。',
      '“八个增长”：地区生产总值19.5亿元，增长15.6%；固定资产投资33.6亿元，增长55%。',
      '二、明确目标任务，突出工作重点',
      '今年全县地区生产总值增长8%以上。',
    ].join('\n');
    expect(read(text)).toEqual({
      targets: ['地区生产总值 >= 8%'],
      actuals: ['地区生产总值 19.5亿元', '地区生产总值 15.6%', '固定资产投资 33.6亿元', '固定资产投资 55%'],
    });
  });
});

describe('asides and digest headings', () => {
  it('a year inside a parenthesis says nothing of the figures after it', () => {
    const text = '2023年主要预期目标：一般公共预算支出（扣除2022年灾后恢复重建专项资金支出外）增长3%以上；规模以上工业增加值增长15%以上。';
    expect(read(text).actuals).toEqual([]);
    expect(extractPlan(text).targets.map((t) => `${t.comparator} ${t.value} ${t.year}`)).toEqual(['>= 3 2023', '>= 15 2023']);
  });

  it('a digest heading of a past year (■ 2024年成绩单) opens a review over its bullet lines until the plan heading', () => {
    const text = [
      '长江日报 2025年01月17日',
      '■ 2024年成绩单',
      '●预计全省地区生产总值增长6%左右',
      '●粮食总产达到557亿斤',
      '■ 2025年经济社会发展的主要预期目标',
      '●经济增长6%左右',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2025);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2025']);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['6% 2024', '557亿斤 2024']);
  });
});

describe('a digest of headed lines: 2020年成就：, “十三五”成就：, 2021年目标：', () => {
  const DIGEST = [
    '2月2日上午，某省第十四届人民代表大会第三次会议开幕，省长作政府工作报告。',
    '2023年成就：',
    '全省生产总值5.1万亿元，增长5.5%',
    '城镇新增就业52万人',
    '“十四五”成就：',
    '一般公共预算收入年均增长7.2%',
    '2024年目标：',
    '生产总值增长5.5%左右',
    '城镇新增就业50万人',
  ].join('\n');

  it('a heading line 2024年目标： names the plan year', () => {
    expect(extractPlan(DIGEST).year).toBe(2024);
  });

  it('a past year’s or a closed period’s 成就 heading opens a review over its lines, until the 目标 heading', () => {
    const plan = extractPlan(DIGEST.replace('“十四五”成就', '“十三五”成就'));
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['5.1万亿元 2023', '5.5% 2023', '52万人 2023', '7.2% 2020']);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['~ 5.5% 2024', '= 50万人 2024']);
  });

  // Round 22: not this rule's, but a sentence that writes its year and plans (2026年目标是…) dates the text by the year its
  // targets share (extract.ts yearTheTargetsShare); this test had expected no plan year.
  it('a 目标 inside a sentence is no heading: the year its target is planned for dates the text', () => {
    expect(extractPlan('2月2日，某县召开会议。\n2026年目标是全县生产总值增长6%。').year).toBe(2026);
  });

  // Round 21: a deadline heading (到2027年目标：) whose figures follow is the one year such a text speaks for (corpus Decisions
  // 18, c252), read by the deadline rule, not by this one; this test had expected it to give no plan year.
  it('a deadline heading over its figures is read by the deadline rule: its year', () => {
    expect(extractPlan('2月2日，某县召开会议。到2027年目标：\n生产总值增长6%').year).toBe(2027);
  });

  it('must not fire: a 成就 heading of the plan year itself opens no review', () => {
    const plan = extractPlan(['2024年工作安排', '2024年要取得更大成就：', '生产总值增长5.5%左右'].join('\n'));
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['5.5% 2024']);
  });
});

describe('a paragraph opening on the year looked back on (回首2024年，…; 在过去的一年里，…)', () => {
  const text = (opening: string) =>
    [
      '2025年农历大年初八，某市召开“新春第一会”，吹响了新一年加快发展的“冲锋号”。',
      opening,
      '全市新能源装机规模突破500万千瓦、居全省首位',
      '在产业体系建设方面，国家专精特新“小巨人”企业达到9家，全社会研发投入42.7亿元。',
    ].join('\n');

  it.each(['回首2024年，某市聚焦高质量发展首要任务，集聚起经济大市的底气。', '在过去的一年里，某市坚持以科技创新引领产业创新。'])(
    'opens a review over the paragraphs after it: %s',
    (opening) => {
      const plan = extractPlan(text(opening));
      expect(plan.targets).toEqual([]);
      expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['500万千瓦', '9家', '42.7亿元']);
    },
  );

  it.each(['回顾过去的2024年，某区交出了一份稳中有进的答卷——', '过去的2024年，某区顶压前行、克难奋进。', '回望刚刚过去的2024年，某区迎难而上。'])(
    '过去的 between the look back and a past year opens the review too: %s',
    (opening) => {
      const plan = extractPlan(text(opening));
      expect(plan.targets).toEqual([]);
      expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['500万千瓦 2024', '9家 2024', '42.7亿元 2024']);
    },
  );

  it.each([
    '某区2025年工作要点\n回顾过去的2025年规划，全区将聚焦高质量发展。\n全区新能源装机规模突破600万千瓦。',
    '某区2025年工作要点\n过去的2025年目标，全区将继续推进。\n全区新能源装机规模突破600万千瓦。',
    '某区2025年工作要点\n面对过去的2025年，全区将聚焦高质量发展。\n全区新能源装机规模突破600万千瓦。',
    '某区2025年工作要点\n回顾过去的2025年，全区将聚焦高质量发展。\n全区新能源装机规模突破600万千瓦。',
    '某区2025年工作要点\n在过去的基础上，2025年，全区将聚焦高质量发展。\n全区新能源装机规模突破600万千瓦。',
  ])('must not fire: no past year looked back on, or the plan year itself: %s', (text) => {
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['600万千瓦']);
  });

  it('a year the text plans for, opened the same way, still plans (must not fire)', () => {
    const plan = extractPlan('某市2025年工作要点\n纵观2025年，全市将聚焦高质量发展。\n全市新能源装机规模突破600万千瓦。');
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['600万千瓦']);
  });
});

describe('去年 in a review part counts from the plan’s year', () => {
  it('a sentence with no figure that opens with 去年 dates the figures after it by the year reviewed', () => {
    const plan = extractPlan('2020年某县人民政府工作报告\n2019年工作回顾\n去年，县政府坚持生态优先。全县生产总值92.5亿元，比上年增长5.1%。');
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['92.5亿元 2019', '5.1% 2019']);
  });
});

describe('a digest bullet dated by its own year', () => {
  it('●2023年… opens a review over the bullets after it, until the heading of the plan year’s targets', () => {
    const text = [
      '某市两会速览',
      '报告指出：',
      '●2023年全市地区生产总值达到5200亿元、增长5.1%；',
      '●一般公共预算收入达410亿元、增长4.3%；',
      '●规模以上工业增加值增长6.2%。',
      '2024年全市经济社会发展',
      '有这些目标',
      '◆地区生产总值增长5.5%；',
      '◆一般公共预算收入增长5%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2024);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['5200亿元 2023', '5.1% 2023', '410亿元 2023', '4.3% 2023', '6.2% 2023']);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['5.5% 2024', '5% 2024']);
  });

  it('a ◎ bullet is a bullet too: its year dates the review under it', () => {
    const plan = extractPlan('某县两会速览\n◎2023年全县地区生产总值增长5.1%；\n◎一般公共预算收入增长4.3%。\n2024年主要预期目标\n◎地区生产总值增长5.5%。');
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['5.1% 2023', '4.3% 2023']);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['5.5% 2024']);
  });

  it('a bullet dated by the plan year itself plans', () => {
    const plan = extractPlan('2024年工作要点\n●2024年全市地区生产总值增长5.5%；\n●一般公共预算收入增长5%。');
    expect(plan.actuals).toEqual([]);
    expect(plan.targets).toHaveLength(2);
  });
});

describe('ordinary plan sentences stay targets (a second reading of round 5)', () => {
  const targets = (text: string) => extractPlan(text).targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit}`);
  it('a plan to meet targets (确保完成…目标任务, 力争实现全年目标) is no report of targets met', () => {
    expect(targets('2024年工作要点：确保完成省下达的目标任务，全年地区生产总值增长6%。')).toEqual(['地区生产总值 = 6%']);
    expect(targets('2024年工作要点：全面完成省定目标任务，地区生产总值增长6%左右。')).toEqual(['地区生产总值 ~ 6%']);
    expect(targets('2024年工作要点：力争实现全年目标：地区生产总值增长6%。')).toEqual(['地区生产总值 = 6%']);
  });

  it('a 主要工作 heading plans; a 了 under 力争 plans', () => {
    expect(targets('2024年工作要点\n一、总体要求\n坚持稳中求进。\n二、主要工作\n新增规上工业企业50户。')).toEqual(['规上工业企业 = 50户']);
    expect(extractPlan('2024年工作要点：力争规上工业增加值增长了8%以上。').actuals).toEqual([]);
  });

  it('lists with 和: each item its own figure, 城乡 split only for its residents, 与 kept inside a name', () => {
    expect(targets('2024年主要预期目标：城乡居民收入和地区生产总值分别增长7%和6%。')).toEqual(['城乡居民收入 = 7%', '地区生产总值 = 6%']);
    expect(targets('2024年主要预期目标：城镇和农村居民人均可支配收入分别增长7%、8%。')).toEqual(['城镇居民人均可支配收入 = 7%', '农村居民人均可支配收入 = 8%']);
    const rd = extractPlan('2024年主要预期目标：研究与试验发展经费和高新技术产业增加值分别增长10%和12%。').targets;
    expect(rd.map((t) => [t.metric.startsWith('研究与试验发展经费'), t.value])).toEqual([
      [true, 10],
      [false, 12],
    ]);
    expect(rd[1]!.metric).toBe('高新技术产业增加值');
    expect(targets('2024年工作要点：城乡一体化水平均提高5%。')).toEqual(['城乡一体化水平 = 5%']);
  });

  it('a rank by scope after a target is an aim, not a result', () => {
    expect(extractPlan('2024年工作要点：力争全市第一，地区生产总值增长6%，全县第一。').actuals).toEqual([]);
  });

  it('a standing committee hearing a report in December does not move the plan year', () => {
    const text = '关于2023年政府工作报告重点任务完成情况的报告\n——在某县人民代表大会常务委员会第十五次会议上（2023年12月26日）\n2023年全县地区生产总值增长5%。';
    expect(extractPlan(text).year).toBe(2023);
  });
});

describe('a report that looks back on its year with 回望 or 回首', () => {
  const REPORT = [
    '1月20日，某省第十四届人民代表大会第二次会议开幕，省长作政府工作报告。',
    '回望2023年，全省经济回升向好，发展动能持续增强。',
    '初步核算，全省地区生产总值增长5.2%。',
    '2023年，全省粮食总产量达到300亿斤，规上工业增加值增长6%。',
  ].join('\n');

  it('plans for the year after the one it looks back on, whose figures are results', () => {
    const plan = extractPlan(REPORT);
    expect(plan.year).toBe(2024);
    expect(read(REPORT)).toEqual({ targets: [], actuals: ['地区生产总值 5.2%', '粮食总产量 300亿斤', '规上工业增加值 6%'] });
  });

  it('takes no reviewed year from 回望2021年以来 (a span up to now)', () => {
    const text = '某市长作政府工作报告。回望2021年以来的三年，全市累计新增就业5万人。';
    expect(extractPlan(text).year).not.toBe(2022);
  });
});

describe('a page headline is not a sentence of the body', () => {
  it('takes no title from a line opening with 2023年， that an excerpt cut before its full stop', () => {
    const text = [
      '1月20日，某省第十四届人民代表大会第二次会议开幕，省长作政府工作报告。',
      '回望2023年，全省经济回升向好。',
      '2023年，全省粮食总产量达到300亿斤，规上工业增加值增长6%。',
      '2023年，全省电力外送通道建设在',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.title).toBe('');
    expect(plan.year).toBe(2024);
    expect(plan.actuals.map((a) => `${a.metric} ${a.value}${a.unit}`)).toEqual(['粮食总产量 300亿斤', '规上工业增加值 6%']);
  });

  it('still reads a headline that opens with its year (2023年某省工业增加值将超4200亿元)', () => {
    expect(extractPlan('2023年某省工业增加值将超4200亿元\n记者从省工信厅获悉，今年全省工业增加值将超4200亿元。').title).toBe(
      '2023年某省工业增加值将超4200亿元',
    );
  });
});

describe('a target dated by its own cue after the year a review part reports', () => {
  it('keeps a headline 今年…预期目标 above a review of last year a target', () => {
    const text = [
      '今年全省生产总值预期目标增长6%',
      '',
      '2月1日，某省人民代表大会开幕，省长作政府工作报告。',
      '',
      '2024年工作回顾',
      '',
      '●全省生产总值增长5.2%，一般公共预算收入增长4%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.year).toBe(2025);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['6 2025']);
    expect(plan.actuals.map((a) => `${a.value} ${a.period?.year}`)).toEqual(['5.2 2024', '4 2024']);
  });

  it('still reads a review part’s own figures as results, whatever cue they carry', () => {
    const text = [
      '2024年工作回顾',
      '2024年，全县力争新增规上工业企业30家，实际新增32家。今年以来，全县一般公共预算收入增长6%。',
      '2025年工作安排',
      '全县地区生产总值增长6%。',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.targets.map((t) => `${t.value} ${t.year}`)).toEqual(['6 2025']);
    expect(plan.actuals.map((a) => a.value)).toEqual(expect.arrayContaining([30, 32, 6]));
  });
});

describe('今年 in a text that never writes its own year', () => {
  it('dates its target nothing, not the year of the sentence before', () => {
    const plan = extractPlan('问：压力大吗？\n答：2010年起本市就将经济增速目标定为9%以下。今年将增速预计为7%，是稳妥的。');
    expect(plan.year).toBeNull();
    expect(plan.targets.find((t) => t.value === 7)?.year ?? null).toBeNull();
  });
  it('still dates 今年 in a text that says its year', () => {
    const plan = extractPlan('2024年政府工作报告\n2020年起本市就将经济增速目标定为9%以下。今年全市经济增长7%左右。');
    expect(plan.targets.find((t) => t.value === 7)?.year).toBe(2024);
  });
});

describe('a lede that opens on this year’s goals before a review part plans', () => {
  const REPORT = (lede: string) =>
    [
      '某省政府工作报告全文发布。报告分三个部分。',
      lede,
      '政府工作报告全文：',
      '一、2025年工作回顾',
      '一年来，全省地区生产总值增长5.2%，城镇新增就业62万人。',
      '二、2026年主要目标',
    ].join('\n');

  it('reads the lede’s goals as targets of the plan year, and the review part as results', () => {
    const plan = extractPlan(REPORT('报告提出，今年全省主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%以内。'));
    expect(plan.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual([
      '地区生产总值 ~ 5% 2026',
      '城镇调查失业率 <= 5.5% 2026',
    ]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period?.year}`)).toEqual(['5.2% 2025', '62万人 2025']);
  });

  it('a lede that only reports still reviews (must not fire)', () => {
    for (const lede of [
      '报告指出，去年全省地区生产总值增长5.2%，顺利完成目标任务。',
      '报告回顾，全省规上工业增加值增长6.8%。',
      '报告称，今年以来全省进出口增长4.1%。',
      '报告显示，全省实现了年初确定的主要目标，城镇新增就业62万人。',
    ]) {
      const plan = extractPlan(REPORT(lede));
      expect(
        plan.targets.filter((t) => t.year === 2025 || t.year === 2026),
        lede,
      ).toEqual([]);
    }
  });
});

describe('由YYYY年的 starts a change and dates nothing after it', () => {
  it('the sentences after a change from 2020 keep the reported year', () => {
    const plan = extractPlan('2025年全省经济运行情况\n2025年，全省地区生产总值增长5.5%。经济总量占全国比重由2020年的7.0%提升至7.3%。高新技术企业达到1.2万家。');
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period?.year}`)).toEqual(['5.5% 2025', '7% 2020', '7.3% 2025', '12000家 2025']);
  });
});

describe('过去5年 reviews as 过去五年 does', () => {
  const read = (text: string) => {
    const plan = extractPlan(text);
    return { targets: plan.targets.map((t) => `${t.value}${t.unit}`), actuals: plan.actuals.map((a) => `${a.value}${a.unit}`) };
  };

  it('in a sentence and as a digest heading over the lines under it', () => {
    expect(read('某市2024年政府工作报告\n过去5年，全市地区生产总值年均增长6.1%，城镇新增就业累计超过60万人。\n今年全市地区生产总值增长5%左右。')).toEqual({
      targets: ['5%'],
      actuals: ['6.1%', '60万人'],
    });
    expect(
      read('某市2024年政府工作报告要点\n过去5年\n全市地区生产总值年均增长6.1%\n城镇新增就业累计超过60万人\n今年主要预期目标\n全市地区生产总值增长5%左右'),
    ).toEqual({
      targets: ['5%'],
      actuals: ['6.1%', '60万人'],
    });
  });

  it('未来5年, 今后5年 and 用5年时间 still plan (must not fire)', () => {
    expect(read('2026年某市政府工作报告\n今后5年，全市地区生产总值年均增长6%。').targets).toEqual(['6%']);
    expect(read('2026年某市政府工作报告\n未来5年，城镇新增就业累计60万人以上。').targets).toEqual(['60万人']);
    expect(read('2026年某市政府工作报告\n力争用5年时间，全市规上工业企业达到1000家。').targets).toEqual(['1000家']);
  });
});

describe('a review opening inside a review part', () => {
  it('过去5年 as a heading there dates its results by the part’s year, not the year before it', () => {
    const plan = extractPlan(
      '现在，我代表市人民政府向大会报告工作。\n一、2025年工作回顾\n过去5年\n全市地区生产总值年均增长5.6%。\n二、2026年主要目标\n全市地区生产总值增长5%左右。',
    );
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period?.year}`)).toEqual(['5.6% 2025']);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['5% 2026']);
  });

  it('an opening with its own year in a review part keeps it (must not fire)', () => {
    const plan = extractPlan(
      '现在，我代表市人民政府向大会报告工作。\n一、2025年工作回顾\n2024年，全市地区生产总值增长5.0%。\n2025年，全市地区生产总值增长5.2%。',
    );
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period?.year}`)).toEqual(['5% 2024', '5.2% 2025']);
  });
});

describe('a review written around quoted programme names and led into its items', () => {
  const report = (lead: string) =>
    `政府工作报告\n——2026年1月20日在某市第五届人民代表大会第六次会议上\n各位代表：\n2025年工作回顾和“十四五”时期发展成就\n2025年是很不平凡的一年。我们认真落实“一目标三聚焦四强化”总体思路，全力以赴抓改革。全年完成地区生产总值793.9亿元。\n${lead}\n（一）推进乡村全面振兴。建成高标准农田32.74万亩，各项帮扶措施全部落实。\n`;

  it('a goal word inside a quoted name sets no target, and the items a review leads into report results', () => {
    const plan = extractPlan(report('一年来，主要做了八个方面工作：'));
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual(['793.9亿元 2025', '32.74万亩 2025']);
  });

  it('the items after a line that turns to the plan are targets again', () => {
    const text = `${report('一年来，主要做了八个方面工作：')}2026年工作安排\n今年，主要抓好以下工作：\n（一）推进乡村全面振兴。新建高标准农田30万亩。\n`;
    expect(extractPlan(text).targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['30万亩 2026']);
  });

  it('a quoted statement with its figure still plans', () => {
    const plan = extractPlan('某县2024年工作要点\n全力实现“地区生产总值增长6%”的目标。\n');
    expect(plan.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['6%']);
  });
});

describe('targets set earlier that a mid-year report names as what its work serves', () => {
  it('set no target: the report reports results', () => {
    const text =
      '政府上半年工作情况报告\n——2025年7月20日在某区人民代表大会常务委员会会议上\n今年以来，我们全力推动经济回升向好，为完成年初区人代会确定的各项目标任务打下坚实基础。\n（一）经济运行总体平稳。地区生产总值完成860.5亿元、增长5%。\n';
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['860.5亿元', '5%']);
  });

  it('a plan that names its own targets still plans', () => {
    const text = '某区2025年工作要点\n今年全区的主要目标任务是：地区生产总值增长6%。\n';
    expect(extractPlan(text).targets.map((t) => `${t.value}${t.unit}`)).toEqual(['6%']);
  });
});

describe('the months a paragraph reports carry to its next sentences', () => {
  const periods = (text: string) => extractPlan(text).actuals.map((a) => `${a.value} ${a.period.year ?? '-'} ${a.period.label}`);

  it('其中，… after 前三季度，… reports the same months', () => {
    const text =
      '某县2023年前三季度经济运行情况\n前三季度，全县生产总值215.4亿元，同比增长6.1%。其中，第一产业增加值30.2亿元，增长3.9%；第二产业增加值88.7亿元，增长7.4%。';
    expect(periods(text)).toEqual([
      '215.4 2023 前三季度',
      '6.1 2023 前三季度',
      '30.2 2023 前三季度',
      '3.9 2023 前三季度',
      '88.7 2023 前三季度',
      '7.4 2023 前三季度',
    ]);
  });

  it('keeps the year of the text the months are dated in', () => {
    const text = '某区2022年一季度经济运行简况\n一季度，全区固定资产投资增长12.5%。分行业看，工业投资增长20.3%，民间投资增长8.8%。';
    expect(periods(text)).toEqual(['12.5 2022 一季度', '20.3 2022 一季度', '8.8 2022 一季度']);
  });

  it.each([
    // A new paragraph starts afresh.
    ['2023年某县统计公报\n1-6月，全县规模以上工业增加值增长8.2%。\n全县粮食产量42.1万吨。', ['8.2 2023 1-6月', '42.1 2023 2023年']],
    // A year, 全年, 年末 or 预计 of the sentence's own speaks of the year.
    ['2023年某县统计公报\n1-6月，全县规模以上工业增加值增长8.2%。全年粮食产量42.1万吨。', ['8.2 2023 1-6月', '42.1 2023 全年']],
    ['2023年某县统计公报\n1-6月，全县规模以上工业增加值增长8.2%。年末全县常住人口35.6万人。', ['8.2 2023 1-6月', '35.6 2023 2023年']],
    ['2023年某县统计公报\n1—10月，全县工业营收增长9.5%。预计年度营收超过300亿元。', ['9.5 2023 1—10月', '300 2023 2023年']],
    ['某县统计公报\n上半年，全县工业投资增长15.1%。2021年全县工业投资增长3.2%。', ['15.1 2021 上半年', '3.2 2021 2021年']],
    // A sentence with months of its own keeps them.
    ['2023年某县统计公报\n上半年，全县工业投资增长15.1%。1-5月，全县出口增长4.4%。', ['15.1 2023 上半年', '4.4 2023 1-5月']],
  ])('does not carry them past what dates a result otherwise: %s', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });
});

describe('a month period compared with (比一季度, 较1-5月) dates no figure', () => {
  const periods = (text: string) => extractPlan(text).actuals.map((a) => `${a.value} ${a.period.label}`);

  it('a change over the first quarter is of the sentence’s own months', () => {
    const text = '2023年某县统计简况\n1-9月，全县社会消费品零售总额增长6.3%，增速比上半年提高1.2个百分点，较1-8月加快0.4个百分点。';
    expect(periods(text)).toEqual(['6.3 1-9月', '1.2 1-9月', '0.4 1-9月']);
  });

  it.each([
    // Months not after 比/较 still date their figures.
    ['2023年某县统计简况\n上半年，全县出口增长5.1%；一季度，全县出口增长2.2%。', ['5.1 上半年', '2.2 一季度']],
    ['2023年某县统计简况\n上半年全县投资增长9%，其中6月份增长11%。', ['9 上半年', '11 6月']],
    ['2023年某县统计简况\n一季度比上年同期增长4.5%。', ['4.5 一季度']],
    ['2023年某县统计简况\n与一季度相比，上半年全县工业增加值增长7.7%。', ['7.7 上半年']],
    ['2023年某县统计简况\n比较来看，1-5月全县税收收入增长3.3%。', ['3.3 1-5月']],
  ])('%s', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });
});

describe('初步统计 with no year of its own gives the statistics of the year before the plan’s', () => {
  const dated = (text: string) => extractPlan(text).actuals.map((a) => `${a.value} ${a.period.year} ${a.period.label}`);

  it('in a report on the year just closed, after a lede that names it', () => {
    const text =
      '某省人民代表大会今天开幕，省长代表省政府作工作报告。他说，刚刚过去的2022年极不平凡。\n据初步统计，全省生产总值增长5.1%；城镇新增就业41.2万人。省人大一次会议确定的主要预期目标全面实现。';
    const plan = extractPlan(text);
    expect(plan.year).toBe(2023);
    expect(plan.targets).toEqual([]);
    expect(dated(text)).toEqual(['5.1 2022 2022年', '41.2 2022 2022年']);
  });

  it.each([
    // A text of results only: its own year.
    ['某县2022年国民经济和社会发展统计公报\n初步核算，全县地区生产总值158.2亿元，比上年增长6.0%。', ['158.2 2022 2022年', '6 2022 2022年']],
    // Months or a year in the sentence date it.
    ['某市2024年上半年经济运行情况及下半年工作安排\n初步核算，上半年全市生产总值735.4亿元。下半年，力争全年增长6%。', ['735.4 2024 上半年']],
    ['某省2023年政府工作报告\n初步统计，2022年全省生产总值增长5.1%。', ['5.1 2022 2022年']],
  ])('%s', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });

  it('no year after a cue of planning in its sentence', () => {
    const text = '某县2024年工作要点\n今年，初步测算全县需新建学校3所。';
    expect(extractPlan(text).actuals.map((a) => a.period.year)).not.toContain(2023);
  });
});

describe('news of a report that says which year it showed', () => {
  const NEWS = [
    '2月3日，某市第十届人民代表大会第三次会议开幕，会上作了政府工作报告。报告展示了2023年某市经济社会发展的成绩，全市地区生产总值预计增长6%左右，一般公共预算收入完成210亿元，增长3.5%。',
    '在项目建设方面，全市开工亿元以上项目320个，总投资1800亿元。',
    '为了稳住投资，某市争取到12亿元的专项债券支持项目建设，工业投资预计增长8%左右，民间投资预计增长2%以上。',
  ].join('\n');

  it('plans for the year after the one shown, and reads the paragraphs after it as that year’s results', () => {
    const plan = extractPlan(NEWS);
    expect(plan.year).toBe(2024);
    const { targets, actuals } = read(NEWS);
    expect(targets).toEqual([]);
    expect(actuals).toEqual(expect.arrayContaining(['地区生产总值 6%', '一般公共预算收入 210亿元', '工业投资 8%', '民间投资 2%']));
    expect(plan.actuals.every((a) => a.period.year === 2023)).toBe(true);
  });

  it('does not take a year whose 开局之年 the review says was completed as the year planned', () => {
    const text = [
      '1月18日，某省人民代表大会开幕，省长作政府工作报告。',
      '报告指出，2021年较好完成了省人大四次会议确定的年度任务，实现了良好开局，是实施“十四五”规划的开局之年。',
      '数据显示，2021年全省预计实现生产总值3.2万亿元、增长8%左右。',
      '报告指出，今年全省经济社会发展主要预期目标是：生产总值增长6.5%左右。',
    ].join('\n');
    expect(extractPlan(text).year).toBe(2022);
    expect(read(text)).toEqual({ targets: ['生产总值 ~ 6.5%'], actuals: ['生产总值 3.2万亿元', '生产总值 8%'] });
  });

  describe('where these rules must not fire', () => {
    it('keeps a 收官之年 that plans (今年 / a year with no review verb)', () => {
      expect(extractPlan('今年是“十四五”规划的收官之年，全市力争地区生产总值增长6%。').year).toBe(2025);
      expect(extractPlan('2025年是“十四五”规划收官之年。全市地区生产总值力争增长6%。').year).toBe(2025);
    });

    it('takes no reviewed year from a report that shows a year’s blueprint, not its results', () => {
      const text = '市长作政府工作报告，报告展示了2025年的发展蓝图：地区生产总值增长6%。';
      expect(extractPlan(text).year).not.toBe(2026);
    });

    it('opens no review on an exhibition that showed a year’s achievements (no report named)', () => {
      const text = '2024年工作要点\n展会展示了2023年的创新成就。\n全年力争新增高新技术企业50家。';
      expect(read(text).targets).toEqual(['高新技术企业 = 50家']);
    });

    it('keeps 争取到 a year, or a sum of projects, a plan', () => {
      expect(read('2024年工作要点\n争取到2025年全市规上工业企业达到500家。').targets).toEqual(['规上工业企业 >= 500家']);
      expect(read('2024年工作要点\n全年争取到10亿元以上的产业项目落地5个。').targets.length).toBe(1);
    });
  });
});

describe('a progress report measures its results against the year’s targets, it sets none', () => {
  const NEWS = [
    '今年前8个月，全市经济运行总体平稳。2023年10月20日，记者从市政府新闻发布会上获悉，前三季度全市经济保持回升态势。',
    '“前三季度全市经济符合年初预期，为决胜四季度、完成全年目标奠定了基础。”市发展改革委主任说。',
    '经初步核算，前三季度全市生产总值2100亿元，同比增长6.8%，处于6.5%—7%年度预期目标区间之内。',
    '生产稳步增长。规模以上工业增加值同比增长7.5%；服务业增加值同比增长6%。',
    '有记者问，全年经济增长“6%左右”的预期目标能否实现？',
  ].join('\n');

  it('reads every figure as a result, and the expected figures it names as quotas', () => {
    const plan = extractPlan(NEWS);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.max !== undefined && t.max !== null ? `-${t.max}` : ''}${t.unit}`)).toEqual([
      'range 6.5-7%',
      '~ 6%',
    ]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['2100亿元', '6.8%', '7.5%', '6%']);
  });

  describe('where these rules must not fire', () => {
    it('keeps a plan that works to complete the year’s targets with figures of its own a plan', () => {
      const text = '2024年工作要点\n为完成全年目标，全市力争规上工业增加值增长8%，新增规上工业企业50家。';
      expect(read(text).targets).toEqual(['规上工业增加值 = 8%', '规上工业企业 = 50家']);
    });

    it('keeps 今年 of a plan that is no part of the year (今年将, 今年前要)', () => {
      const text = '4月2日，某县召开会议。今年将新建农村公路30公里，力争完成投资5亿元。';
      expect(read(text).targets.length).toBe(2);
    });

    it('keeps a target that states its own range (目标区间 as what it sets)', () => {
      const text = '2024年工作要点\n全年地区生产总值增长目标区间为6.5%—7%。';
      expect(read(text).targets.length).toBe(1);
    });
  });
});

describe('a turning year glossed in brackets (收官（结束）之年)', () => {
  it('reads the year past a short aside after 收官 or 开局', () => {
    expect(extractPlan('发言人说，今年是“十四五”规划的收官（结束）之年，全年经济增长目标定为5%左右。').year).toBe(2025);
    expect(extractPlan('今年是“十五五”规划的开局(起步)之年，全市力争地区生产总值增长6%。').year).toBe(2026);
  });

  it('does not read past a long bracket that is no aside', () => {
    expect(extractPlan('“十四五”规划收官（这一年全市要完成的任务很重）之年的说法。').year).not.toBe(2025);
  });
});

describe('a year something runs from is no year of results', () => {
  it('leaves a page of results that writes no other year undated (创下2022年以来同期新高)', () => {
    const text = '10月31日电 前三季度国内生产总值同比增长5%。规模以上工业增加值增长6%，创下了2022年以来的同期新高。';
    expect(extractPlan(text).year).toBeNull();
  });

  it('keeps the year a page of results writes of its own', () => {
    const text = '2023年，全市地区生产总值增长6%。2019年以来，全市累计新增就业5万人。';
    expect(extractPlan(text).year).toBe(2023);
  });
});

describe('an excerpt’s cut last line that opens with a span (2023年以来，我们…)', () => {
  it('is no headline that dates the text', () => {
    const text = [
      '三位厅局长亮相“直通两会”',
      '1月25日上午，某省人民代表大会举行第二次全体会议。在谈及2024年的重点工作时，主任表示，要力争汽车产量达到300万辆。',
      '2023年以来，我们全力以赴推进智',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.title).toBe('');
    expect(plan.year).toBe(2024);
  });

  it('nor is a line that opens with a dated month or day set off by a comma (2018年2月，…), and 今年 after a closed year is the next', () => {
    const text = [
      '奋进七十年',
      '8月20日，记者从某省新闻发布会上获悉：2018年，某市地区生产总值达到356.2亿元。今年上半年，全市经济增长7.1%。',
      '2018年6月，某市被列为省级开发区试点后，坚持创新驱动，逐步转型为区域重要的',
    ].join('\n');
    const plan = extractPlan(text);
    expect(plan.title).toBe('');
    expect(plan.year).toBe(2019);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year} ${a.period.label}`)).toEqual(['356.2亿元 2018 2018年', '7.1% 2019 上半年']);
    expect(extractPlan('2018年6月，某市发布开发区建设成效\n全市开发区工业产值增长12%。').year).toBe(2018);
  });

  it('still reads a headline that opens with its year', () => {
    expect(extractPlan('2023年某省工业增加值将超4200亿元\n记者从省工信厅获悉，今年全省工业增加值将超4200亿元。').title).toBe(
      '2023年某省工业增加值将超4200亿元',
    );
  });
});

describe('a report’s heading of a past year’s report card (2023年…交出了一份…成绩单) reviews that year', () => {
  const REPORT = [
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议。',
    '2023年全县上下团结拼搏 交出了一份高质量发展的亮眼成绩单',
    '过去的一年，困难多于预期，成绩来之不易。',
    '（一）综合实力稳步提升。地区生产总值完成312.5亿元、增长5.8%。项目建设加快推进。争取增发国债项目15个，获得国债资金6.2亿元。签约亿元以上项目86个。',
    '（二）民生福祉持续改善。打造口袋公园12个。',
  ].join('\n');

  it('the report is for the year after the card, and the figures under the heading are that year’s results', () => {
    const plan = extractPlan(REPORT);
    expect(plan.year).toBe(2024);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`)).toEqual([
      '312.5亿元 2023',
      '5.8% 2023',
      '15个 2023',
      '6.2亿元 2023',
      '86个 2023',
      '12个 2023',
    ]);
  });

  it('the review ends where the report turns to the plan', () => {
    const plan = extractPlan(`${REPORT}\n2024年主要预期目标是：地区生产总值增长6%左右。`);
    expect(plan.targets.map((t) => `${t.comparator} ${t.value}${t.unit} ${t.year}`)).toEqual(['~ 6% 2024']);
  });

  it('a heading of the plan year’s card to hand in, or a card line in a body sentence, reviews nothing (must not fire)', () => {
    const aim = ['我代表县人民政府向大会报告工作。', '2024年要交出一份更加亮眼的成绩单', '力争地区生产总值增长6%左右。'].join('\n');
    expect(extractPlan(aim).targets.map((t) => `${t.value}${t.unit}`)).toEqual(['6%']);
    const plain = ['2024年工作要点', '一、主要目标', '全年新建5G基站300个。'].join('\n');
    expect(extractPlan(plain).targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['300个 2024']);
    const same = ['2024年全县交出了一份亮眼成绩单', '力争全年规上工业增加值增长8%。'].join('\n');
    expect(extractPlan(same).targets.map((t) => `${t.value}${t.unit}`)).toEqual(['8%']);
  });
});

describe('a text titled as a summary of work (…工作总结, 述职报告) reviews the year it is dated in', () => {
  const values = (text: string) => {
    const plan = extractPlan(text);
    return {
      year: plan.year,
      targets: plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`),
      actuals: plan.actuals.map((a) => `${a.value}${a.unit} ${a.period.year}`),
    };
  };

  it('its 今年 and its own year written are the year reviewed, up to the line that turns to next year', () => {
    const text = [
      '某乡2022年工作总结',
      '一、经济运行情况',
      '今年，全乡完成固定资产投资3.4亿元，同比增长9%。实现农业总产值2.2亿元，新增家庭农场6家。',
      '二、2023年工作打算',
      '力争全乡固定资产投资增长8%。',
    ].join('\n');
    expect(values(text)).toEqual({ year: 2022, targets: ['8% 2022'], actuals: ['3.4亿元 2022', '9% 2022', '2.2亿元 2022', '6家 2022'] });
  });

  it('a first line naming the summary without a year dates it by the latest year written, not the year after', () => {
    const text = [
      '副镇长年度述职报告',
      '一年来，本人认真履职，较好地完成了各项任务。',
      '一、抓好农业生产',
      '全镇2021年共完成粮食播种面积1.6万亩，今年还新建冷库2座，全年销售蔬菜800吨。',
    ].join('\n');
    expect(values(text)).toEqual({ year: 2021, targets: [], actuals: ['1.6万亩 2021', '2座 2021', '800吨 2021'] });
  });

  it.each([
    ['a title that names the plan beside the summary', '某乡2022年工作总结及2023年工作计划\n今年，全乡力争完成固定资产投资3.4亿元。'],
    ['a summary named inside a sentence', '会议要求认真做好2022年工作总结。\n今年，全乡完成固定资产投资3.4亿元。'],
    ['a plan titled so', '某乡2022年工作要点\n今年，全乡完成固定资产投资3.4亿元。'],
    ['a first line that is a numbered heading', '三、2022年工作总结\n今年，全乡完成固定资产投资3.4亿元。'],
    ['a notice about summaries', '关于做好2022年度工作总结的通知\n今年，全乡完成固定资产投资3.4亿元。'],
  ])('must not fire: %s', (_why, text) => {
    const read = values(text);
    expect(read.actuals).toEqual([]);
    expect(read.targets.map((t) => t.split(' ')[0])).toEqual(['3.4亿元']);
  });

  it('a heading saying obtaining funds went well (争取资金成效显著) aims at nothing: the lines under it report', () => {
    const text = ['某县发改局2023年工作总结', '一、工作开展情况', '（一）向上争取资金成效显著。全年新建标准厂房4栋。'].join('\n');
    expect(values(text)).toEqual({ year: 2023, targets: [], actuals: ['4栋 2023'] });
  });

  it('must not fire: 争取资金 followed by anything but its outcome still aims', () => {
    const text = ['一年来，全县新建标准厂房5栋。', '争取资金成效更大，新建标准厂房2栋。'].join('\n');
    expect(extractPlan(text).targets.map((t) => `${t.value}${t.unit}`)).toEqual(['2栋']);
  });

  it('must not fire: 力争 inside a summary still aims', () => {
    const text = ['某乡2022年工作总结', '今年，全乡完成固定资产投资3.4亿元，力争四季度再开工项目5个。'].join('\n');
    expect(values(text).targets).toEqual(['5个 2022']);
  });
});

describe('a masked figure under a heading that reviews (一、上半年工作总结) states nothing', () => {
  it('完成投资XX亿元 in the review is dropped; the figures beside it stay results', () => {
    const text = ['某县2025年上半年工作总结和下半年工作打算', '一、上半年工作总结', '1.项目建设。上半年全县重点项目完成投资XX亿元，占年度投资计划48%。'].join(
      '\n',
    );
    const plan = extractPlan(text);
    expect(plan.targets).toEqual([]);
    expect(plan.actuals.map((a) => `${a.value}${a.unit}`)).toEqual(['48%']);
  });

  it.each([
    ['a plan heading', ['某县2025年工作要点', '一、重点工作', '1.项目建设。全年新签约亿元以上项目**个。']],
    [
      'a plan part after the review',
      [
        '某县2025年上半年工作总结和下半年工作打算',
        '一、上半年工作总结',
        '1.项目建设。全县新开工项目12个。',
        '二、下半年工作打算',
        '1.项目建设。力争新签约亿元以上项目**个。',
      ],
    ],
  ])('must not fire: a placeholder in %s stays a placeholder target', (_why, lines) => {
    const plan = extractPlan(lines.join('\n'));
    expect(plan.targets.map((t) => t.comparator)).toEqual(['placeholder']);
  });
});
