/**
 * News of a congress session, digests and reposts of a work report, read whole in the wrong role or year:
 * the year a page says has just passed, delegates counted, a lottery spam's year in a headline, an undated
 * digest's review. Invented texts in the shapes round 13 met.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/reader/clean.ts';
import { extractPlan } from '../src/reader/extract.ts';

const roles = (text: string) => {
  const plan = extractPlan(text);
  return [...plan.targets.map((t) => `T ${t.value}${t.unit ?? ''} ${t.year}`), ...plan.actuals.map((a) => `A ${a.value}${a.unit ?? ''} ${a.period.year}`)];
};

describe('刚刚过去的2023年: the year a report’s news says has just passed', () => {
  const news = (opening: string) =>
    `某网 2024年01月22日\n某网某市1月21日电 1月21日上午，某省第十届人民代表大会第三次会议开幕。省长代表省人民政府作工作报告。\n政府工作报告中指出，${opening}\n过去一年，我们统筹发展和安全，较好完成省十届人大二次会议确定的目标任务。全省地区生产总值达2.46万亿元、增长6.1%；地方一般公共预算收入1520亿元、增长7.4%。\n`;

  it('dates the text the year after it, and its 过去一年 results that year', () => {
    const text = news('刚刚过去的2023年是全面贯彻党的二十大精神的开局之年，我们迎难而上。');
    expect(extractPlan(text).year).toBe(2024);
    expect(roles(text)).toEqual(['A 2.46万亿元 2023', 'A 6.1% 2023', 'A 1520亿元 2023', 'A 7.4% 2023']);
  });

  it('刚过去的 says the same', () => {
    expect(extractPlan(news('刚过去的2023年极不平凡。')).year).toBe(2024);
  });

  it('a part of the year just past dates nothing of the kind (must not fire)', () => {
    const text = '某市统计局发布\n刚刚过去的2023年上半年，全市地区生产总值增长5.6%。\n';
    expect(extractPlan(text).year).toBe(2023);
  });

  it('a page that names no work report or congress keeps its own reading (must not fire)', () => {
    const text = '某市文旅局：刚刚过去的2023年，全市接待游客1.2亿人次，增长18%。\n';
    expect(extractPlan(text).year).toBe(2023);
    expect(roles(text)).toEqual(['A 120000000人次 2023', 'A 18% 2023']);
  });
});

describe('lottery spam carrying a year inside a headline', () => {
  const page = (headline: string) =>
    `${headline}\n某网某市1月15日电 某省第九届人民代表大会第四次会议15日开幕。省长作政府工作报告，回顾了一年来的工作：预计全省地区生产总值增长5.4%。\n今年是“十四五”规划收官之年。报告提出今年主要预期目标：地区生产总值增长5%以上。\n`;

  it('goes with its year, which then dates nothing: the text’s own 收官之年 does', () => {
    const text = page('原创 某省九届2022年一码一肖100精准人大四次会议开幕');
    expect(extractPlan(text).year).toBe(2025);
    expect(roles(text)).toEqual(['T 5% 2025', 'A 5.4% 2024']);
  });

  it('the cleaned headline joins again', () => {
    expect(cleanText('某省九届2024新澳门天天开彩人大四次会议开幕').text).toBe('某省九届人大四次会议开幕');
    expect(cleanText('某省九届2023年管家婆资料大全人大开幕').text).toBe('某省九届人大开幕');
  });

  it('words of ordinary news stay (must not fire)', () => {
    for (const line of [
      '2024年澳门特别行政区本地生产总值增长8.8%。',
      '2023年香港资料显示，全年访港旅客3400万人次。',
      '2023年全省体育彩票销售额突破120亿元。',
      '2024年免费提供资料查询服务12万次。',
      '某省九届人大四次会议开幕，2023年全省地区生产总值增长6%。',
    ])
      expect(cleanText(line).text).toBe(line);
  });

  it('a phrase without a year is left (must not fire)', () => {
    expect(cleanText('原创 202免费资料正版资料大全4年某省GDP增长5%左右').text).toContain('免费资料');
  });
});

describe('delegates counted at a congress session', () => {
  it('代表名额, 实有代表 and a count of delegates attending are procedure, no entries', () => {
    const text =
      '某市第九届人民代表大会第二次会议开幕\n本次大会代表名额为420名，现在实有代表415名。\n上午9时，600余名人大代表出席开幕会，500名政协委员列席会议。\n市长作政府工作报告。今年全市地区生产总值增长6%左右。\n';
    expect(roles(text)).toEqual(['T 6% ' + String(extractPlan(text).year)]);
  });

  it('people counted who are no delegates attending are read (must not fire)', () => {
    const lines = [
      '今年将培训基层人大代表1200人次。',
      '全年新增城镇就业代表性群体青年2.1万人。',
      '组织企业代表300人参加招聘活动，帮助就业800人。',
      '全市实有代表性农民专业合作社120家。',
      '今年要培养乡村工匠代表500名。',
    ];
    const counts = lines.map((line) => roles(`某市今年工作要点\n${line}\n`).length);
    expect(counts).toEqual([1, 1, 2, 1, 1]);
  });
});

describe('an undated digest whose report looked back on the year past', () => {
  const digest = (lookBack: string, ahead = '展望未来，明确目标', title = '读懂政府工作报告') =>
    `${title}\n回顾过去，总结成就\n${lookBack}\n  1. 经济运行稳中有进，地区生产总值增长5.8%，总量突破3万亿元。\n  2. 民生持续改善，城镇新增就业65万人。\n${ahead}\n  1. 经济发展目标：地区生产总值增长5%左右。\n`;

  it('reads the items under it as results, the items after 展望 as targets', () => {
    const lookBack = '《政府工作报告》首先回顾了过去一年全省在经济、民生等方面取得的成就。';
    expect(roles(digest(lookBack, undefined, '读懂2024年政府工作报告'))).toEqual(['T 5% 2024', 'A 5.8% 2023', 'A 3万亿元 2023', 'A 65万人 2023']);
    // Undated, its results have no period to give and are no entries; its target stays, year null (corpus Decisions 21).
    expect(roles(digest(lookBack))).toEqual(['T 5% null']);
  });

  it('一年来 and 新一年 say the same', () => {
    const text = digest('报告回顾了一年来的政府工作，成绩来之不易。', '报告对新一年的工作作出部署', '读懂2024年政府工作报告');
    expect(roles(text)).toEqual(['T 5% 2024', 'A 5.8% 2023', 'A 3万亿元 2023', 'A 65万人 2023']);
  });

  it('a line that turns to the plan itself opens no review (must not fire)', () => {
    const text = digest('报告回顾了过去一年的工作，提出今年要抓好以下工作：');
    expect(roles(text).filter((r) => r.startsWith('A'))).toEqual([]);
  });

  it('a report that looks back on something else opens none (must not fire)', () => {
    const text = digest('报告回顾了改革开放以来的发展历程，并对今后工作作出部署：');
    expect(roles(text).filter((r) => r.startsWith('A'))).toEqual([]);
  });

  it('a dated digest dates its results the year before the report’s (must hold)', () => {
    const text = `2025年某省政府工作报告解读\n1月12日，某省第十四届人民代表大会第三次会议开幕，省长作政府工作报告。\n报告首先回顾了过去一年取得的成绩。\n  1. 地区生产总值增长5.8%。\n报告指出，今年主要预期目标是：地区生产总值增长5%左右。\n`;
    expect(roles(text)).toEqual(['T 5% 2025', 'A 5.8% 2024']);
  });
});

describe('a year called a turning year, then the report’s goals for 今年', () => {
  const abstract = (opening: string) =>
    `摘要\n\n<正>${opening}政府工作报告明确提出今年发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人以上。\n`;

  it('2024年，是…之年。报告提出今年…目标 dates the text 2024 (the comma and the attribution read past)', () => {
    const text = abstract('2024年，是全面深化改革的关键之年。');
    expect(extractPlan(text).year).toBe(2024);
    expect(roles(text)).toEqual(['T 5% 2024', 'T 60万人 2024']);
  });

  it('the abstract’s <正> mark goes', () => {
    expect(cleanText('摘要\n<正>2024年，是关键之年。').text).toBe('摘要\n2024年，是关键之年。');
    expect(cleanText('图注：<正>字样为印章').text).toBe('图注：<正>字样为印章');
  });

  it('a turning year followed by a review, not by 今年’s goals, keeps its reading (must not fire)', () => {
    const text = abstract('2023年，是全面贯彻党的二十大精神的开局之年。一年来，全省地区生产总值增长6%。').replace(
      '政府工作报告明确提出今年发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人以上。',
      '',
    );
    expect(roles(text)).toEqual(['A 6% 2023']);
  });
});

describe('delegates a session gathers, counted as the subject of their clause', () => {
  it('近3000名全国人大代表肩负人民重托 is no entry', () => {
    expect(roles('某刊评论\n今天，某届全国人大某次会议在京开幕。近3000名全国人大代表肩负人民重托，共商发展大计。\n')).toEqual([]);
    expect(roles('今天，某市政协会议开幕。400余名政协委员齐聚一堂。\n')).toEqual([]);
  });

  it('delegates counted after a verb of work stay (must not fire)', () => {
    expect(roles('某县人大常委会今年工作要点\n今年将培训500名人大代表。\n')).toHaveLength(1);
    expect(roles('某市政协2024年工作总结\n全年组织300名政协委员开展视察。\n')).toHaveLength(1);
  });
});

describe('a feature that recalls an earlier session before the one it reports', () => {
  const feature = (later: string) =>
    `政府工作报告里的这五年\n2019年3月5日，某届全国人大二次会议开幕，那一年的报告提出了许多新词。\n${later}\n根据报告，今年发展的主要预期目标是国内生产总值增长5%左右。\n`;

  it('is of the latest session it dates', () => {
    expect(extractPlan(feature('2024年3月5日，某届全国人大二次会议在北京开幕。')).year).toBe(2024);
  });

  it('a session announced ahead dates nothing (must not fire)', () => {
    expect(extractPlan(feature('明年大会将于2025年3月5日在北京召开会议。')).year).toBe(2019);
  });
});

describe('a review’s figures that name a goal of a field (…的节能减排目标)', () => {
  const review = (sentence: string) => `一、2024年工作回顾\n2024年，全省地区生产总值增长6%。${sentence}\n二、2025年工作安排\n`;

  it('each figure of the 、 list closed by 的…目标 is that year’s target', () => {
    expect(roles(review('单位生产总值能耗降低3%、化学需氧量排放减少1.2%的节能减排目标预计可以完成。'))).toEqual(['T 3% 2024', 'T 1.2% 2024', 'A 6% 2024']);
  });

  it('a yardstick a result is measured against stays no target (must not fire)', () => {
    expect(roles(review('城镇登记失业率3.1%，低于4.5%的控制目标。'))).toEqual(['A 6% 2024', 'A 3.1% 2024']);
  });

  it('a list of results that names no goal stays results (must not fire)', () => {
    expect(roles(review('单位生产总值能耗降低3%、化学需氧量排放减少1.2%，节能减排成效明显。'))).toEqual(['A 6% 2024', 'A 3% 2024', 'A 1.2% 2024']);
  });

  it('a result placed within the target range stays a result (must not fire)', () => {
    expect(roles(review('居民消费价格上涨2.1%，处于3%的目标区间以内。'))).toContain('A 2.1% 2024');
  });
});

describe('a figure said to suffice (…就可以), a commentator’s sum', () => {
  it('sets no target', () => {
    const text = '某报评论：读懂今年的增长目标\n今年地区生产总值增长5%左右。要实现翻番，今后两年年均增长4.8%以上就可以，居民收入年均增长4.5%就够了。\n';
    expect(roles(text)).toEqual([`T 5% ${String(extractPlan(text).year)}`]);
  });

  it('figures followed by other words with 就 or 便 stay (must not fire)', () => {
    const text = '某县今年工作要点\n今年城镇新增就业5000人，就业形势保持稳定；新建便民服务站30个，便民利民。\n';
    expect(roles(text)).toHaveLength(2);
  });
});

describe('provinces counted as the subject of a roundup’s clause', () => {
  it('say who did what, no entries', () => {
    const text =
      '各省两会观察\n截至2月2日，全国已有28个省份开完省级两会。在此背景下，28个省份亮出了第一份政府工作报告。据统计，召开两会的28个省份中，有26个省份下调了GDP增长目标。\n';
    expect(roles(text)).toEqual([]);
  });

  it('provinces a county’s work reached, counted after their noun, stay (must not fire)', () => {
    const text = '一、2024年工作回顾\n2024年，全县新开拓市场覆盖省份8个，签约项目35个。\n二、2025年工作安排\n';
    expect(roles(text)).toEqual(['A 8个 2024', 'A 35个 2024']);
  });
});

describe('2024年——: a digest line that is a past year alone heads that year’s results', () => {
  const news = (heading: string, nextHeading = '2025年——') =>
    `某报讯 1月20日，某市第八届人民代表大会第五次会议开幕，市长作政府工作报告。报告分两个部分：2024年工作回顾、2025年重点工作。\n${heading}\n全市工业产值增长6.2%，外贸进出口增长9%\n市长在报告中说，2024年全市各项目标顺利完成。\n${nextHeading}\n今年全市经济社会发展的主要预期目标是：工业产值增长6%左右。\n`;

  it('reads the undated line under the past year as its results, and the plan year’s heading turns back to targets', () => {
    expect(roles(news('2024年——'))).toEqual(['T 6% 2025', 'A 6.2% 2024', 'A 9% 2024']);
  });

  it('a colon closes such a line too', () => {
    expect(roles(news('2024年：', '2025年：'))).toEqual(['T 6% 2025', 'A 6.2% 2024', 'A 9% 2024']);
  });

  it('the plan year’s own line opens no review (must not fire)', () => {
    const text =
      '某报讯 1月20日，某市第八届人民代表大会第五次会议开幕，市长作政府工作报告，提出2025年主要预期目标。\n2025年——\n全市工业产值增长6%左右，外贸进出口增长8%\n';
    expect(roles(text)).toEqual(['T 6% 2025', 'T 8% 2025']);
  });

  it('a past year with words after it on its line is no heading alone (must not fire)', () => {
    const text =
      '某报讯 1月20日，某市第八届人民代表大会第五次会议开幕，市长作政府工作报告。报告分两个部分：2024年工作回顾、2025年重点工作。\n2024年——全市工业产值增长6.2%\n2025年全市工业产值增长6%左右。\n';
    expect(roles(text)).toEqual(['T 6% 2025', 'A 6.2% 2024']);
  });
});
