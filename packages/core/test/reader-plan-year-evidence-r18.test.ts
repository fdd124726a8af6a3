/**
 * Whole-text plan-year decisions read from the one piece of evidence each rests on (round 18): an officer's standing-committee
 * title in news of a congress session, the one year a text says what will be done in, and a span's opening that states
 * figures of its own. Invented texts in the shapes the round met.
 */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../src/reader/extract.ts';
import { namesStandingCommitteeMeeting, soleYearAimedAt } from '../src/reader/plan-year.ts';

const periods = (text: string) => extractPlan(text).actuals.map((a) => `${a.value}${a.unit ?? ''} ${a.period.year}`);

describe('县人大常委会主任…宣布大会开幕: an officer’s title, not a standing committee’s meeting', () => {
  const session = (presiding: string) =>
    `某县第九届人民代表大会第三次会议开幕\n发布日期:2025-01-20\n1月19日上午，某县第九届人民代表大会第三次会议在县会堂开幕。\n${presiding}\n县长代表县人民政府向大会作政府工作报告。\n报告指出，2024年是极不平凡的一年。全县实现地区生产总值88.6亿元、增长5.1%。\n`;

  it('dates the news of the session by the year its report plans', () => {
    const text = session('上午9时，县人大常委会主任某某宣布大会开幕。');
    expect(extractPlan(text).year).toBe(2025);
    expect(periods(text)).toEqual(['88.6亿元 2024', '5.1% 2024']);
  });

  it('a deputy director’s title reads the same', () => {
    expect(extractPlan(session('县人大常委会副主任某某主持会议。')).year).toBe(2025);
  });

  it('the committee’s own meeting is still one (must not fire)', () => {
    expect(namesStandingCommitteeMeeting('某区人大常委会举行第五次会议，听取计划执行情况的报告')).toBe(true);
    expect(namesStandingCommitteeMeeting('某县第十届人民代表大会常务委员会第十二次会议')).toBe(true);
    expect(namesStandingCommitteeMeeting('区人大常委会组成人员建议，要强化调度')).toBe(false);
    expect(namesStandingCommitteeMeeting('县人大常委会主任宣布开幕，县人大常委会第八次会议审议')).toBe(true);
  });

  it('a text naming neither keeps no such evidence (must not fire)', () => {
    expect(namesStandingCommitteeMeeting('县长代表县人民政府向大会作政府工作报告。')).toBe(false);
  });
});

describe('2025年，我们将…: the one year a text writes is the one it says what will be done in', () => {
  it('dates an undated interview by that year', () => {
    const text = '某区区长 某某\n2025年，我们将锚定建设现代化城区的定位。预期目标是，地区生产总值同比增长6%，固定资产投资同比增长5%。\n';
    const plan = extractPlan(text);
    expect(plan.year).toBe(2025);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2025', '5% 2025']);
  });

  it('reads the years it is given (must not fire on two years or none aimed at)', () => {
    expect(soleYearAimedAt([2025], new Set([2025]))).toBe(2025);
    expect(soleYearAimedAt([2024, 2025], new Set([2025]))).toBeNull();
    expect(soleYearAimedAt([2024], new Set())).toBeNull();
    expect(soleYearAimedAt([], new Set([2025]))).toBeNull();
  });

  it('a year whose clause reports keeps its results (must not fire)', () => {
    const text = '某区区长 某某\n2024年，全区地区生产总值增长5.2%，固定资产投资增长4%。\n';
    expect(extractPlan(text).year).toBe(2024);
    expect(periods(text)).toEqual(['5.2% 2024', '4% 2024']);
  });
});

describe('报告指出，一年来，…: a span’s opening with figures of its own dates them by the span', () => {
  const news = (second: string) =>
    `某县第九届人民代表大会第三次会议开幕\n发布日期:2025-01-20\n1月19日上午，某县第九届人民代表大会第三次会议在县会堂开幕。\n县长代表县人民政府向大会作政府工作报告。\n报告指出，2024年是极不平凡的一年。全县实现地区生产总值88.6亿元、增长5.1%。\n\n${second}\n`;

  it('reads the opening’s figures as the year reviewed, funds obtained included', () => {
    const text = news('报告指出，一年来，谋划储备重大项目96个，争取上级各类项目资金9.2亿元，实施重点项目28个。');
    expect(extractPlan(text).year).toBe(2025);
    expect(periods(text)).toEqual(['88.6亿元 2024', '5.1% 2024', '96个 2024', '9.2亿元 2024', '28个 2024']);
  });

  it('a paragraph that turns to aims keeps them the plan year’s (must not fire)', () => {
    const text = news('一年来，我们攻坚克难。今年，力争地区生产总值增长6%。');
    expect(extractPlan(text).targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toEqual(['6% 2025']);
  });

  it('今年以来 reviews the year under way, not a span before it (must not fire)', () => {
    const text =
      '某县召开经济运行分析会\n发布时间:2025-07-20\n7月18日，某县召开上半年经济运行分析会。\n今年以来，全县规上工业增加值增长7.5%，固定资产投资增长6%。\n';
    expect(periods(text)).toEqual(['7.5% 2025', '6% 2025']);
  });
});

describe('![](/Files/BeyondPic/2023-9/25/….png): digits inside a path date nothing', () => {
  const news = (dateLine: string) =>
    `${dateLine}\n某区融媒体中心讯 9月25日，某区召开经济运行调度会议。会议强调，要紧盯任务抓落实，确保全面完成年度目标任务。\n`;

  it('leaves a page whose only date is an image’s address undated', () => {
    expect(extractPlan(news('![](/Files262/BeyondPic/2023-9/25/133401251043476796.png)')).year).toBeNull();
  });

  it.each([
    // a date line written with slashes, dashes or dots (must not fire)
    ['发布时间：2023/09/25', 2023],
    [' 2025/12/08/ 20:15 来源:某某日报', 2025],
    ['时间:2024-03-27 09:58 大 中 小', 2024],
    ['2022.08.09 来源：某区融媒', 2022],
    ['发布日期：2021年07月28日', 2021],
  ])('still reads the page’s own date line: %s', (line, year) => {
    expect(extractPlan(news(line)).year).toBe(year);
  });
});

describe('某市计划到2027年 创建…: a headline’s deadline is the year a target is due, not the plan year', () => {
  it('dates the news by its page, the target by its deadline', () => {
    const text = '某市计划到2027年 创建10个以上示范区县\n发布时间：2025-07-02\n记者从会上获悉，计划到2027年，我市创建10个以上示范区县。\n';
    const plan = extractPlan(text);
    expect(plan.year).toBe(2025);
    expect(plan.targets.map((t) => `${t.value}${t.unit} ${t.year}`)).toContain('10个 2027');
  });

  it.each([
    // a headline naming the plan's own year, or a year with no 到 before it (must not fire)
    ['某市2025年工作要点\n全年新增市场主体3000户。\n', 2025],
    ['某县2026年国民经济和社会发展计划\n地区生产总值增长6%。\n', 2026],
  ])('keeps a headline year that is no deadline: %s', (text, year) => {
    expect(extractPlan(text).year).toBe(year);
  });
});
