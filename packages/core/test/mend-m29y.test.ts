/**
 * Mend m29y (round 29, review of r29y): the probes review29y.md ran through periodAimedAt — a page whose aims are due at the
 * close of the five-year period it names read as of the period's first year — and the 第N个五年发展规划 form of FIVE_YEAR. Over a
 * later date stamp the rule now stands only when nothing else tells the page's time: not a page speaking of its present (今年,
 * 年内, 截至目前, 近年来, 下一步), not a plan of a span of its own (三年行动计划), not one naming the period only as another
 * document's it follows (按照“十四五”规划, 为贯彻落实《…“十四五”…规划》), not news of a plan issued under a name without a
 * period; over a deadline headline, not a page speaking of its present; 第N个五年发展规划 only inside book marks. Findings the
 * mend leaves as the reader read them are pending with today's reading. Invented passages only (青禾县, 松川市, 东川区, 岭南省).
 */
import { extractPlan } from '../src/reader/extract.ts';
import { describeShapeCatalogue } from './shape-catalogue.ts';

/** The plan year, then each target as `value unit due-year`, in text order. */
const read = (text: string): [number | null, string[]] => {
  const plan = extractPlan(text, {});
  const targets = [...plan.targets].sort((a, b) => a.span[0] - b.span[0]).map((t) => `${t.value}${t.unit ?? ''} ${t.year}`);
  return [plan.year, targets];
};

const CATALOGUE: [string, string, [number | null, string[]]][] = [
  [
    'A01 a department’s work points dated 2023, 今年 without a figure, the period’s close its only deadline (finding)',
    '青禾县农业农村局工作要点\n（2023年2月20日）\n今年，全县农业农村工作要以乡村振兴为总抓手。“十四五”期间，全县持续推进高标准农田建设。到2025年，全县高标准农田达到45万亩，农村自来水普及率达到95%。',
    [2023, ['45万亩 2025', '95% 2025']],
  ],
  [
    'A04 news of progress dated 2023, 截至目前…已建成, 按照“十四五”规划 (finding)',
    '发布时间：2023-09-14\n我市充电基础设施建设稳步推进\n记者从市发展改革委获悉，截至目前，全市已建成充电桩1.2万个。按照“十四五”规划，到2025年，全市将建成充电桩2万个，实现乡镇全覆盖。',
    [2023, ['20000个 2025']],
  ],
  [
    'A05 a 三年行动计划 dated 2023 naming the period as its frame (finding)',
    '发布时间：2023-05-06\n松川市加快新型基础设施建设三年行动计划\n“十四五”期间，全市加快布局新型基础设施。到2025年，全市5G基站达到8000个，数据中心标准机架达到2万架。',
    // (2万架 of racks is read since r30s put 架 in the unit table: a count target as 8000个 is.)
    [2023, ['8000个 2025', '20000架 2025']],
  ],
  [
    'A07 an 实施方案 dated 2022 carrying out 《…“十四五”…规划》 (为贯彻落实, finding)',
    '发布时间：2022-06-10\n松川市生态环境局关于推进水生态保护的实施方案\n为贯彻落实《松川市“十四五”生态环境保护规划》，结合我市实际，制定本方案。到2025年，全市地表水国控断面优良比例达到85%，城市黑臭水体基本消除。',
    [2022, ['85% 2025']],
  ],
  [
    'A09 news dated 2023 with 年内计划, then the period’s aims (finding; 年内 target year pending)',
    '发布时间：2023-08-10\n青禾县新能源汽车推广提速\n年内计划新增新能源公交车120辆。“十四五”期间，全县新能源汽车推广力度持续加大，到2025年，新能源公交车占比达到80%。',
    [2023, ['120辆 2023', '80% 2025']],
  ],
  [
    'A10 a page dated in the period’s last year on 今年’s work (finding)',
    '发布时间：2025-01-15\n青禾县：确保完成农村公路建设任务\n记者从县交通运输局获悉，今年，县交通运输局将全力推进农村公路建设。“十四五”期间，到2025年，全县新改建农村公路累计达到420公里。',
    [2025, ['420公里 2025']],
  ],
  [
    'A12 a town’s news dated 2022: 近年来 results, 下一步 围绕“十四五”目标 (finding)',
    '发布时间：2022-09-01\n柳溪镇：扎实推进人居环境整治\n近年来，柳溪镇持续改善农村人居环境，全镇卫生厕所普及率达到88%。下一步，该镇将围绕“十四五”目标，到2025年，全镇卫生厕所普及率达到95%。',
    [2022, ['95% 2025']],
  ],
  [
    'A13 news of a province’s 行动方案 issued on the page’s date, the period only its frame (finding)',
    '2024-04-18 10:30 来源：岭南省人民政府网\n岭南省印发制造业数字化转型行动方案\n方案明确，“十四五”期间，全省加快推进制造业数字化转型。到2025年，全省规模以上工业企业数字化改造覆盖率达到80%，建成智能工厂300家。',
    [2024, ['80% 2025', '300家 2025']],
  ],
  [
    'B04 an undated progress page under a headline restating the deadline (近年来…已完成投资, finding)',
    '某县力争2025年农村公路通车里程突破3000公里\n近年来，某县“十四五”交通建设成效明显，已完成投资12亿元。到2025年，全县农村公路通车里程突破3000公里。',
    [2025, ['3000公里 2025', '3000公里 2025']],
  ],
  [
    'E01 第十四个五年发展规划 framing this year’s report, undated (finding)',
    '今年是实施国民经济和社会发展第十四个五年发展规划承上启下的关键一年。今年全县地区生产总值增长6%左右，一般公共预算收入增长5%。',
    [null, ['6% null', '5% null']],
  ],
  [
    'E04 新的一年…以实施第十四个五年发展规划为主线, undated (finding)',
    '新的一年，我们将以实施第十四个五年发展规划为主线，全县地区生产总值增长6.5%左右，城镇新增就业3000人。',
    [null, ['6.5% null', '3000人 null']],
  ],
  [
    'C02 “十三五”时期 results opening the text, then the 十四五’s aims (both rounds read 2016; pending)',
    '“十三五”时期，全县累计脱贫1.2万人。“十四五”时期，全县将巩固拓展脱贫攻坚成果，到2025年，农村居民人均可支配收入达到2.2万元。',
    [2021, ['2.2万元 2025']],
  ],
  [
    'C05 “十三五”期间 and 2020年 results, then 到2025年 (both rounds read 2016; pending)',
    '“十三五”期间，青禾县农业发展成效显著。2020年，全县粮食总产量达到52万吨。“十四五”期间，到2025年，全县粮食总产量稳定在55万吨以上。',
    [2021, ['55万吨 2025']],
  ],
  [
    'A02 work points titled 2023 with the period’s deadline',
    '青禾县2023年农业农村工作要点\n今年，全县农业农村工作要以乡村振兴为总抓手。“十四五”期间，全县持续推进高标准农田建设。到2025年，全县高标准农田达到45万亩。',
    [2023, ['45万亩 2025']],
  ],
  [
    'A03 news of a 2024 work report session aiming at 2025',
    '发布时间：2024-01-22\n青禾县第十八届人民代表大会第三次会议开幕\n县长王明作政府工作报告。报告提出，新的一年，全县将坚持稳中求进。到2025年，全县地区生产总值突破300亿元，城镇化率达到58%。',
    [2024, ['300亿元 2025', '58% 2025']],
  ],
  [
    'A06 a department’s 十四五 plan issued 2022 with its date line',
    '松川市交通运输局关于印发《松川市“十四五”综合交通运输发展规划》的通知\n（2022年3月15日）\n规划提出，到2025年，全市高速公路通车里程达到520公里，农村公路总里程达到6800公里。',
    [2021, ['520公里 2025', '6800公里 2025']],
  ],
  [
    'A08 a department’s yearly work plan dated 2024, 今年…到2025年',
    '松川市生态环境局工作计划\n发布时间：2024-03-05\n今年，我局将持续深入打好污染防治攻坚战。到2025年，全市PM2.5平均浓度控制在32微克/立方米以内，确保完成“十四五”目标任务。',
    [2024, ['32微克/立方米 2025']],
  ],
  [
    'A11 news of a 十四五 plan’s promotion meeting, headline names the period',
    '2023年11月02日 来源：松川日报\n松川市召开“十四五”规划实施推进会\n会议指出，各地各部门要对标对表，加压奋进。到2025年，全市地区生产总值力争突破5000亿元，常住人口城镇化率达到70%。',
    [2021, ['5000亿元 2025', '70% 2025']],
  ],
  [
    'A14 a 2023—2025年 plan named by its span',
    '发布日期：2023年4月12日\n东川区教育局2023—2025年学前教育提升计划\n“十四五”期间，全区学前教育普及普惠水平持续提升。到2025年，全区学前三年毛入园率达到95%，普惠性幼儿园覆盖率达到90%。',
    [2023, ['95% 2025', '90% 2025']],
  ],
  [
    'A15 a notice issuing a plan （2023—2025年）',
    '发布时间：2023-03-28\n东川区教育局关于印发学前教育提升计划（2023—2025年）的通知\n各街道：现将计划印发给你们。“十四五”期间，全区学前教育普及普惠水平持续提升。到2025年，全区学前三年毛入园率达到95%。',
    [2023, ['95% 2025']],
  ],
  [
    'A16 an interview dated 2022 on the period’s aims',
    '发布时间：2022-07-19\n答记者问\n问：“十四五”时期，我省在农村供水方面有何目标？\n答：到2025年，全省农村自来水普及率达到92%，规模化供水工程覆盖农村人口比例达到55%。',
    [2021, ['92% 2025', '55% 2025']],
  ],
  [
    'B01 an undated headline restating the period’s closing deadline',
    '松川市力争2025年农村自来水普及率达93%\n“十四五”期间，松川市持续推进城乡供水一体化。到2025年，全市农村自来水普及率达到93%。',
    [2021, ['93% 2025', '93% 2025']],
  ],
  [
    'B02 a headline restating 2025 on a page dated 2024-12 about 明年',
    '青禾县2025年将建成高标准农田45万亩\n发布时间：2024-12-20\n记者从县农业农村局获悉，明年，全县将加快推进高标准农田建设。按照“十四五”规划，到2025年，全县高标准农田达到45万亩。',
    [2025, ['45万亩 2025', '45万亩 2025']],
  ],
  [
    'B03 a headline restating 2025 over a dated page of the period’s aims only',
    '东川区2025年学前三年毛入园率将达95%\n2023-06-01 来源：东川教育\n“十四五”期间，全区学前教育普及普惠水平持续提升。到2025年，全区学前三年毛入园率达到95%，普惠性幼儿园覆盖率达到90%。',
    [2021, ['95% 2025', '95% 2025', '90% 2025']],
  ],
  [
    'C04 “十四五”以来 results, then 面向“十五五” 到2030年',
    '“十四五”以来，全市累计新增城镇就业18万人。面向“十五五”，到2030年，全市力争城镇新增就业累计达到20万人。',
    [2026, ['20万人 2030']],
  ],
  [
    'D07 an undated county page on its 十四五 plan’s aims',
    '青禾县扎实推进农村人居环境整治\n全县已建成美丽乡村示范村35个。按照县“十四五”规划，到2025年，全县将建成美丽乡村示范村60个。',
    [2021, ['60个 2025']],
  ],
  [
    'D08 a period plan with a 2035 vision',
    '松川市“十四五”时期城乡供水保障规划\n到2025年，全市农村自来水普及率达到93%；到2035年，全面实现城乡供水一体化。',
    [2021, ['93% 2025']],
  ],
  [
    'D09 a 2024 work report with 到“十四五”末',
    '青禾县2024年政府工作报告\n今年全县地区生产总值增长6%左右。到“十四五”末，全县城镇化率达到58%。',
    [2024, ['6% 2024', '58% 2025']],
  ],
  [
    'E02 第十三个五年发展规划 in a dated 2016 page',
    '发布时间：2016-03-02\n青禾县人大常委会听取第十三个五年发展规划编制情况汇报。到2020年，全县地区生产总值达到200亿元。',
    [2016, ['200亿元 2020']],
  ],
  [
    'E03 《…第十四个五年发展规划和二〇三五年远景目标纲要》 adopted, undated',
    '会议审议通过了《青禾县国民经济和社会发展第十四个五年发展规划和二〇三五年远景目标纲要》。纲要提出，到2025年，全县地区生产总值达到300亿元；到2035年，基本实现社会主义现代化。',
    [2021, ['300亿元 2025']],
  ],
  [
    'F01 a notice issuing 《…“十四五”…规划实施方案》 dated 2023',
    '发布时间：2023-02-10\n松川市关于印发《松川市“十四五”城乡供水规划实施方案》的通知\n到2025年，全市农村自来水普及率达到93%。',
    [2021, ['93% 2025']],
  ],
  [
    'F02 news of a 十四五 plan issued, dated 2022',
    '发布时间：2022-05-20\n松川市印发《松川市“十四五”养老服务体系规划》。规划提出，到2025年，全市养老机构护理型床位占比达到55%。',
    [2021, ['55% 2025']],
  ],
  [
    'G02 a December 2023 economic work conference on 明年 and 2025',
    '发布时间：2023-12-28\n青禾县召开经济工作会议\n会议总结了今年经济工作，部署明年工作。明年，全县地区生产总值力争增长6.5%。到2025年，全县地区生产总值突破300亿元，全面完成“十四五”目标任务。',
    [2024, ['6.5% 2024', '300亿元 2025']],
  ],
  [
    'G03 a department’s 十四五 plan dated 2022',
    '发布时间：2022-03-01\n松川市农业农村局“十四五”渔业发展规划\n到2025年，全市水产品总产量稳定在12万吨，渔业产值达到60亿元。',
    [2021, ['12万吨 2025', '60亿元 2025']],
  ],
  [
    'G04 a 2024 task list whose only deadline is 2025',
    '松川市2024年重点工作任务清单\n发布时间：2024-02-26\n到2025年，全市“十四五”重大项目累计完成投资3000亿元。',
    [2024, ['3000亿元 2025']],
  ],
];

/** Shapes read wrong today, each pinned to today's reading (describeShapeCatalogue). */
// A09: 年内计划新增…120辆 is this year's (2023) target; the reader dates it by the page's later deadline, before and after this round.
// C02, C05: a text opening with “十三五” results (脱贫1.2万人; 2020年…52万吨) then the 十四五’s aims is of 2021, its earlier figures
// results; the opening period (readYear's `period`) returns before periodAimedAt is asked, and dates the results as 2020 targets.
const PENDING: Record<string, [number | null, string[]]> = {
  A09: [2023, ['120辆 2025', '80% 2025']],
  C02: [2016, ['1.2万人 2020', '2.2万元 2025']],
  C05: [2016, ['52万吨 2020', '55万吨 2025']],
};

describeShapeCatalogue('mend m29y: a period’s aims over a stamp, a headline or nothing — and the pages of their own time', CATALOGUE, PENDING, read);
