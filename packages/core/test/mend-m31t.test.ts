/**
 * Mend m31t (round 31, review31t of T31's plan-year rules): the probes review31t.md ran through a report's delivery line
 * (——2024年1月9日在…人民代表大会第…次会议上, document-info.ts deliveryLine) and a review part's own heading (一、2024年工作回顾,
 * 一、2024年…计划执行情况: yearReviewedInPart). A delivery line is the cover's line alone — not a résumé's …会议上当选, a
 * headline's …票决产生的…, a chronicle's next line opening on a day, nor a line whose clause the next one carries on; a review
 * heading dates the year after only when it reviews a closed year (not 2024年以来, nor over a body opening 截至6月底/今年以来)
 * and the report goes on past it (a later part at the heading's own level, not a review's subsection; the year after named,
 * not as a deadline). Each probe reads the plan year and its entries. Findings are marked; the rest are passes kept as
 * must-not-fire cases. Invented passages only (青禾县, 松岭镇, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readKindsInOrder } from './entries-in-order.ts';
import { extractPlan } from '../src/reader/extract.ts';

const read = (text: string): string[] => [`plan ${extractPlan(text).year}`, ...readKindsInOrder(text)];

const CATALOGUE: [string, string, string[]][] = [
  [
    'd01 standing committee mid-year plan execution, spaced 人民代表大会 常务委员会 (pass)',
    '关于2024年上半年国民经济和社会发展计划执行情况的报告\n——2024年8月27日在青禾县第十八届人民代表大会 常务委员会第十二次会议上\n今年以来，全县地区生产总值增长5.6%。下半年，力争全年地区生产总值增长6%。',
    ['plan 2024', 'A growth 5.6% 2024', 'T growth = 6% 2024'],
  ],
  [
    'd02 standing committee, cover cut, December, 人民代表大会常务委员会 (pass)',
    '——2024年12月26日在青禾县第十八届人民代表大会常务委员会第十五次会议上\n今年以来，全县地区生产总值增长5.6%，全年预计增长5.8%。',
    ['plan 2024', 'A growth 5.6% 2024', 'A growth 5.8% 2024'],
  ],
  [
    'd04 政协 work report January (pass)',
    '——2024年1月8日在政协青禾县第十届委员会第三次会议上\n各位委员：\n过去一年，县政协围绕中心建言献策，提交提案312件。新的一年，力争提案办复率达到100%。',
    ['plan 2024', 'A count 312件 2023', 'T share >= 100% 2024'],
  ],
  [
    'd05 speech at congress closing, date line (pass)',
    '在青禾县第十八届人民代表大会第三次会议闭幕会上的讲话\n（2024年1月12日）\n各位代表：\n今年全县地区生产总值力争增长6%左右。',
    ['plan 2024', 'T growth ~ 6% 2024'],
  ],
  [
    'd06 news quoting delivery line in sentence (pass)',
    '青禾新闻网2024-01-10讯\n2024年1月9日在青禾县第十八届人民代表大会第三次会议上，县长林某某作政府工作报告。报告提出，今年全县地区生产总值增长6%左右。',
    ['plan 2024', 'T growth ~ 6% 2024'],
  ],
  [
    'd07 resume line: elected at a December session (finding F1, mended)',
    '林某某同志简历\n2021年12月28日在青禾县第十八届人民代表大会第一次会议上当选为县人民政府县长。\n2023年，全县地区生产总值增长5.2%。',
    ['plan 2023', 'A growth 5.2% 2023'],
  ],
  [
    'd08 2025 progress news, 2024 session line opening, 票决 (finding F2, mended)',
    '2024年1月9日在青禾县第十八届人民代表大会第三次会议上票决产生的十件民生实事\n发布时间：2025-03-02\n今年，全县新建幼儿园3所，新增学位900个。',
    ['plan 2025', 'T increment = 3所 2025', 'T increment = 900个 2025'],
  ],
  [
    'd09 title another year: 2025 plan citing 2023 report in head (pass (a first mend broke it))',
    '青禾县2025年农业农村工作要点\n根据\n——2023年1月9日在青禾县第十八届人民代表大会第二次会议上\n批准的规划纲要，今年全县粮食播种面积稳定在52万亩以上。',
    ['plan 2025', 'T level >= 52万亩 2025'],
  ],
  [
    'd10 speech at 人大工作会议 December (pass)',
    '——2024年12月10日在全县人大工作会议上的讲话\n今年以来，县人大常委会听取审议专项工作报告12项。',
    ['plan 2024', 'A count 12项 2024'],
  ],
  [
    'd11 budget report January, traditional, wrapped (pass)',
    '關於2023年預算執行情況和2024年預算草案的報告\n——2024年1月9日在青禾縣第十八屆\n人民代表大會第三次會議上\n2023年一般公共預算收入完成12.3億元。2024年一般公共預算收入預期增長5%。',
    ['plan 2024', 'A level 12.3亿元 2023', 'T growth = 5% 2024'],
  ],
  [
    'd12 court report January (pass)',
    '青禾县人民法院工作报告\n——2024年1月9日在青禾县第十八届人民代表大会第三次会议上\n过去一年，全县法院受理各类案件8600件，审执结8300件，结案率96.5%。',
    ['plan 2024', 'A count 8600件 2023', 'A count 8300件 2023', 'A share 96.5% 2023'],
  ],
  [
    'd14 date line after 在…会议上 but an anniversary list (finding F3, mended (null as before))',
    '大事记\n在青禾县第十八届人民代表大会第二次会议上\n2023年3月1日，全县启动“三城同创”。全县新建公园10个。',
    ['plan null', 'A increment 10个 null'],
  ],
  [
    'h01 mid-year standing committee plan execution, 2024年以来 (finding F5, mended)',
    '——2024年8月27日在青禾县第十八届人大常委会第十二次会议上\n一、2024年以来国民经济和社会发展计划执行情况\n今年以来，全县地区生产总值增长5.6%，固定资产投资增长7.1%。\n二、下半年工作安排\n确保完成全年目标任务。',
    ['plan 2024', 'A growth 5.6% 2024', 'A growth 7.1% 2024'],
  ],
  [
    'h02 mid-year 2024年投资计划执行情况, 截至6月底 (finding F6, mended)',
    '一、2024年投资计划执行情况\n截至6月底，全县重点项目完成投资36.5亿元，占年度计划的52%。\n二、下一步工作安排\n确保全年完成投资70亿元。',
    ['plan 2024', 'A level 36.5亿元 2024/1-6', 'A share 52% 2024/1-6', 'T level = 70亿元 2024'],
  ],
  [
    'h03 department year-end summary 一/二 2025年工作打算 (pass)',
    '一、2024年工作回顾\n2024年，县交通运输局完成农村公路建设120公里。\n二、2025年工作打算\n新建农村公路100公里。',
    ['plan 2025', 'A count 120公里 2024', 'T increment = 100公里 2025'],
  ],
  [
    'h04 review-only summary citing 政府工作报告 (both wrong before and after, pending: a review-only summary citing 县政府工作报告 plans nothing (Decisions 2: the year reviewed))',
    '一、2024年工作回顾\n2024年，县交通运输局圆满完成县政府工作报告确定的目标任务，全年完成农村公路建设120公里，完成交通投资8.2亿元。',
    ['plan 2024', 'A count 120公里 2024', 'A level 8.2亿元 2024'],
  ],
  [
    'h05 review-only summary, subsections naming 工作 (finding F7, mended)',
    '一、2024年工作回顾\n（一）交通投资稳步增长。全年完成交通投资8.2亿元，增长6%。\n（二）重点工作扎实推进。完成农村公路建设120公里。\n（三）民生工作成效明显。新开通城乡公交线路6条。',
    ['plan 2024', 'A level 8.2亿元 2024', 'A growth 6% 2024', 'A count 120公里 2024', 'A count 6条 2024'],
  ],
  [
    'h06 review-only summary with date line at its foot (pass)',
    '一、2024年工作回顾\n全年完成交通投资8.2亿元，增长6%，完成农村公路建设120公里。\n青禾县交通运输局\n2025年1月6日',
    ['plan 2024', 'A level 8.2亿元 2024', 'A growth 6% 2024', 'A count 120公里 2024'],
  ],
  [
    'h07 review-only, deadline 2025 inside the review (finding F8, mended (null as before))',
    '一、2024年工作回顾\n全年完成农村公路建设120公里，提前完成到2025年的建设任务，交通投资8.2亿元。',
    ['plan null', 'A count 120公里 2024', 'T level = 8.2亿元 2025'],
  ],
  [
    'h08 headline with comma writes reviewed year (finding F9, mended)',
    '砥砺前行，青禾县2024年工作亮点纷呈\n一、2024年工作回顾\n全年完成交通投资8.2亿元。\n（二）重点任务全面完成。',
    ['plan 2024', 'A level 8.2亿元 2024'],
  ],
  [
    'h09 政协 report part one review, part two 2024 suggestions (pass)',
    '各位委员：\n一、2023年工作回顾\n一年来，县政协提交提案312件，办复率100%。\n二、2024年工作建议\n力争提案办复率保持100%。',
    ['plan 2024', 'A count 312件 2023', 'A share 100% 2023', 'A share 100% 2023'],
  ],
  [
    'h10 speech, no title, review and 2025 tasks (pass)',
    '同志们：\n一、2024年工作回顾\n2024年，全县地区生产总值增长5.8%。\n二、2025年重点工作\n2025年全县地区生产总值增长6%左右。',
    ['plan 2025', 'A growth 5.8% 2024', 'A growth 6% 2025'],
  ],
  [
    'h11 news item quoting a report, heading inside 4000 (finding F10, mended)',
    '青禾县召开经济工作会议\n发布时间：2024-12-25\n会议指出：\n一、2024年工作回顾\n全县地区生产总值增长5.8%。\n会议要求，明年全县地区生产总值增长6%左右。',
    ['plan 2025', 'A growth 5.8% 2024', 'T growth ~ 6% 2025'],
  ],
  [
    'h12 December plan execution (year-end) to standing committee, body 1-11月 (pass)',
    '——2024年12月26日在青禾县第十八届人大常委会第十五次会议上\n一、2024年国民经济和社会发展计划执行情况\n1—11月，全县规模以上工业增加值增长6.2%，预计全年地区生产总值增长5.6%。\n二、2025年工作建议\n全县地区生产总值增长6%左右。',
    ['plan 2025', 'A growth 6.2% 2024/1-11', 'A growth 5.6% 2024/1-11', 'A growth 6% 2024'],
  ],
  [
    'h13 review-only excerpt 向县人大常委会报告工作 (both wrong before and after, pending: 向县人大常委会报告工作 in a review-only excerpt is no report to a congress)',
    '一、2024年工作回顾\n全年完成交通投资8.2亿元，增长6%。坚持每季度向县人大常委会报告工作。',
    ['plan 2024', 'A level 8.2亿元 2024', 'A growth 6% 2024'],
  ],
  [
    'h15 a year-end summary in a 5yr plan text (pass)',
    '一、2020年工作回顾\n2020年，全县地区生产总值增长3.5%。\n二、“十四五”时期发展目标\n到2025年，地区生产总值达到500亿元。',
    ['plan 2021', 'A growth 3.5% 2020', 'T level >= 500亿元 2025'],
  ],
  [
    'd03t titled December report (pre-existing path) (both wrong before and after (titled report, same path as d03u), pending)',
    '青禾县人民政府工作报告\n——2024年12月28日在青禾县第十九届人民代表大会第五次会议上\n各位代表：\n今年以来，全县地区生产总值增长5.8%。明年全县地区生产总值力争增长6%左右，城镇新增就业5000人。',
    ['plan 2025', 'A growth 5.8% 2024', 'T growth ~ 6% 2025', 'T increment = 5000人 2025'],
  ],
  [
    'd03u untitled December report 今年以来/明年 (finding F4, pending: a December session speaks in its own year (今年以来 = 2024, 明年 = 2025); setting thisYear from the delivery line cost the corpus period 95.3 → 95.0, dropped)',
    '——2024年12月28日在青禾县第十九届人民代表大会第五次会议上\n各位代表：\n今年以来，全县地区生产总值增长5.8%。明年全县地区生产总值力争增长6%左右，城镇新增就业5000人。',
    ['plan 2025', 'A growth 5.8% 2024', 'T growth ~ 6% 2025', 'T increment = 5000人 2025'],
  ],
  [
    'd15 spaced standing committee December (pass)',
    '——2024年12月26日在青禾县第十八届人民代表大会 常务委员会第十五次会议上\n今年以来，全县地区生产总值增长5.6%，全年预计增长5.8%。',
    ['plan 2024', 'A growth 5.6% 2024', 'A growth 5.8% 2024'],
  ],
  [
    'h16 news dated December, 一、2024年工作回顾 and 明年 aims (h11 without the date) (finding F10, mended)',
    '青禾县召开经济工作会议\n会议指出：\n一、2024年工作回顾\n全县地区生产总值增长5.8%。\n会议要求，明年全县地区生产总值增长6%左右。',
    ['plan 2025', 'A growth 5.8% 2024', 'T growth ~ 6% 2025'],
  ],
];

const PENDING: Record<string, string[]> = {
  h04: ['plan 2025', 'A count 120公里 2024', 'A level 8.2亿元 2024'], // right: both wrong before and after, pending: a review-only summary citing 县政府工作报告 plans nothing (Decisions 2: the year reviewed)
  h13: ['plan 2025', 'A level 8.2亿元 2024', 'A growth 6% 2024'], // right: both wrong before and after, pending: 向县人大常委会报告工作 in a review-only excerpt is no report to a congress
  d03t: ['plan 2025', 'A growth 5.8% 2025', 'T growth ~ 6% 2026', 'T increment = 5000人 2026'], // right: both wrong before and after (titled report, same path as d03u), pending
  d03u: ['plan 2025', 'A growth 5.8% 2025', 'T growth ~ 6% 2026', 'T increment = 5000人 2026'], // right: finding F4, pending: a December session speaks in its own year (今年以来 = 2024, 明年 = 2025); setting thisYear from the delivery line cost the corpus period 95.3 → 95.0, dropped
};

describeShapeCatalogue('mend m31t', CATALOGUE, PENDING, read);
