/**
 * Shape catalogue (round 32, r32y): what dates a page that plans nothing of its own year — news of a work report or a work
 * conference that relays its review (报告指出，2023年…; 会议回顾, 刚刚过去的一年 with the one year the page writes): the year
 * after the one reviewed, the year the report or the conference plans (corpus Decisions 2, 19); a date line that writes its
 * year in two digits with the time beside it (23-04-11 09:30 来源：…); a founding date an anniversary counts from (1958年
 * 10月25日，某自治区成立), which is history, never the page's date (Decisions 37, 38); and a dated page that looks back on a span
 * and ahead on the next (过去五年…；未来五年…), which speaks from its own year. Must-not-fire: pages that name another year in
 * passing — a report's aims relayed for its year, a plenary's results shown as news, a date written with no time, a founding
 * inside a name, a page dated in its last months — and keep their reading. Invented passages only (a county, a prefecture,
 * a town, a province, a department, a news digest).
 */
import { extractPlan } from './extract.ts';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';

/** The plan year the reader gives the page. */
const read = (text: string): number | null => extractPlan(text, {}).year;

const CATALOGUE: [string, string, number | null][] = [
  // 1. News of a work report or a conference relaying its review: the year after the one reviewed.
  [
    '1a a county session’s news, 报告指出 + the year reviewed',
    '本报讯 2月18日，青禾县召开第十八届人民代表大会第三次会议，县长作政府工作报告。\n报告指出，2023年，青禾县地区生产总值达到186亿元，增长6.1%；新引进项目42个。',
    2024,
  ],
  [
    '1b a prefecture’s economic work conference, 剛剛過去的 + its one year (a Traditional repost)',
    '【本網訊】1月8日，松川州委經濟工作會議召開。剛剛過去的2022年，松川州預計全年完成地區生產總值820億元，增長5.5%。',
    2023,
  ],
  [
    '1c a province’s report copied from its opening, 刚刚过去的一年 and one year written',
    '各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n刚刚过去的一年，是极不平凡的一年。2024年，全省地区生产总值迈上3万亿元台阶，增长5.2%。',
    2025,
  ],
  [
    '1d a town’s rural work conference, 会议回顾 + the year',
    '近日，青石镇召开农村工作会议。会议回顾，2022年，全镇粮食产量达到1.8万吨，新建高标准农田3000亩。',
    2023,
  ],
  // 2. A short date line with its time dates the page.
  [
    '2a 23-04-11 09:30 来源 over a page of a span looked back on and one ahead',
    '当前位置：首页 >> 要闻\n23-04-11 09:30 来源：松川日报 编辑：李明\n过去五年，松川市地区生产总值年均增长6.2%。五年来，全市新增城镇就业12万人。\n未来五年，松川将奋力开创新局面。',
    2023,
  ],
  // 3. A founding date an anniversary counts from is no date of the page.
  [
    '3a an autonomous region’s 60th anniversary news: its founding date dates nothing',
    '新华社讯 庆祝青川自治区成立60周年新闻发布会日前举行。1964年9月10日，青川自治区成立。2023年，全区地区生产总值完成2980亿元，比上年增长5.9%。',
    2023,
  ],
  // 4. Must not fire.
  [
    '4a must not fire: 报告指出 + a year the clause plans keeps it',
    '本报讯 1月20日，松川市召开第五届人民代表大会第二次会议。报告指出，2024年要确保地区生产总值增长6%，新开工重大项目80个。',
    2024,
  ],
  [
    '4b must not fire: a plenary’s results shown in news keep their year (news of results)',
    '在刚刚结束的中共青禾县委十五届六次全体（扩大）会议上，青禾县亮出2022年成绩单：地区生产总值增长5.8%，城乡居民收入增长6.3%。',
    2022,
  ],
  [
    '4c must not fire: a village named for a founding (解放村) beside the page’s own date',
    '2023年5月6日，青石镇解放村举行春耕现场会。2023年，全镇计划新建高标准农田5000亩。',
    2023,
  ],
  ['4d must not fire: a two-digit date with no time beside it is no date line', '编号 23-04-11\n2021年，青禾县粮食总产量达到12万吨，增长2.1%。', 2021],
  [
    '4e must not fire: a department’s yearly results stay of their year, no report or conference named',
    '青禾县农业农村局2022年工作总结\n2022年，全县粮食播种面积稳定在45万亩，粮食总产量18万吨。',
    2022,
  ],
];

/** Shapes the reader does not read yet (the report says why), each with the reading it gives today. */
const PENDING: Record<string, number | null> = {};

describeShapeCatalogue('catalogue r32y', CATALOGUE, PENDING, read);
