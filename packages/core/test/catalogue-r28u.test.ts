/**
 * Shape catalogue (round 28, r28u): figures of prose the reader read nothing over ("unread" gold), by the shape of their sentence.
 * 1. Indicators counted by the first place their growth took (有2项指标增速居全省第1位, 5项指标增速全国第一): a count result of a
 *    review, as the standing against goals is (catalogue r27u 1; grammar INDICATOR_RANKED_FIRST); the place ranks the counted
 *    indicators, no measure (RANK_OF_COUNTED_INDICATORS); a place named before the count (贵州省5项…) is whose they are.
 *    Must not fire: a rank of one measure, a rank each item of a list takes (A、B两项指标增速全国第一, …两项指标增速均排名第三).
 * 2. Verbs of work the shared table lacked (words.ts WORK_COMPOUNDS; statements.ts WORK_VERB_END): 开复工, 出清, 疏解, 注销/吊销,
 *    下放, 共建. Must not fire: the same characters in words of no work (共有, 出台 stay as they were), a count after a time.
 * 3. A round sum written without a numeral after a verb of reaching (scan.ts): 突破万元大关 (a bare 万元 closing its phrase,
 *    TEN_THOUSAND_CLOSING), 跨上亿元台阶, 迈向万亿 (REACHED_BEFORE; 迈向 a floor as 迈上). Must not fire: 超万元 grading a noun
 *    after 的, a threshold before enterprises (过亿元企业), 迈向 a tier grading a city.
 * 4. Days (scan.ts daysCounted): a change in a count of days against a base (优良天数较2020年增加23天, 比全省平均多10天) and the
 *    level after it (，达到320天); a stay per head (人均停留4.2天); how long one result took (用时60天，). Must not fire: a
 *    deadline (30天内办结), the length of an event (历时3天的展会), 用时 before 内.
 * 5. An index stated without a unit right after its name (居民消费价格指数为102.7。, 乡村振兴发展指数77.3，: scan.ts
 *    INDEX_STATED), and 两化融合发展水平 as an index (SCORE_WORD). Must not fire: a year naming the index's edition
 *    (营商环境指数2024，), a grade in letters, a count of firms after the word.
 * 6. People counted in 亿 without 人 after their noun (参加基本养老保险人数达10.7亿。: scan.ts peopleWithoutUnit, as in 万).
 *    Must not fire: money in 亿 (存款余额突破3亿), a per-head measure, a density.
 * 7. A deleted number: a multiplier and unit right after the noun they measure, closing the clause (投资总额亿元以上，,
 *    接待游客万人次，, 贷款万元，: scan.ts blankFigure) — a placeholder as ** is (corpus Comparators). Must not fire: rough
 *    counts (上万元, 近万元, 数亿元), the unit named (单位为万元), a rate per 万 (每万人), a unit reached (突破万元), a line of
 *    keywords ending on a unit.
 * 8. 个 before a noun that opens with 人 (20个人居环境示范村, 5个人才驿站, 10个人工智能场景: scan.ts NOT_UNIT_BEFORE): things
 *    counted, not 个人 (a person's). Must not fire: 个人 in 每个人, 个人所得税, 个人工资.
 * 9. A rate per mille written in words after its rate (自然增长率控制在千分之五以内: scan.ts PERMILLE_RATE_BEFORE), in ‰ as
 *    5‰ is. Must not fire: 千分之一 naming no rate (千分之一的概率); a fraction in words stays a share in %.
 * 10. A count cut off where the text ends, after 多/余 (走进全国50多, 解决难题50余: scan.ts countCutAtEnd): the count with no
 *     unit, as the corpus gold keeps it. Must not fire: the same words before more text, an ordinal (第30多).
 * 11. 贷款 among the words that name money written without 元 (争取稳岗贷款51.8亿: scan.ts MONEY_WORD). Must not fire:
 *     firms counted after 贷款 (贷款企业达1200家), a loan's rate.
 * 12. The parties an agreement or a negotiation is made with, counted before its verb (与20家企业签订了入驻协议, 和8家投资人
 *     进行收购谈判: statements.ts WITH_WHOM, AGREED_AFTER). Must not fire: an agreement's amount after 的, a comparison
 *     (与10家企业相比), a joint issue (与5个部门联合印发).
 * Invented passages only (青禾县, own figures).
 */
import { describeShapeCatalogue } from './shape-catalogue.ts';
import { readValuesInOrder } from './entries-in-order.ts';

/** Every entry as `T cmp value unit year` or `A value unit year`, in text order. */
const read = readValuesInOrder;

const REPORT = '青禾县2024年政府工作报告\n过去一年，';
const POINTS = '青禾县2025年工作要点\n';

const CATALOGUE: [string, string, string[]][] = [
  // 1. Indicators counted by the first place their growth took.
  [
    '1a a count of indicators whose growth ranked first, after the set they are drawn from',
    `${REPORT}在市里通报的20项主要经济指标中，有3项指标增速居全市第1位。`,
    ['A 3项 2023'],
  ],
  ['1b a place named before the count (a headline’s subject)', `${REPORT}青禾县4项指标增速全省第一。`, ['A 4项 2023']],
  ['1c a place before a count of indicators that met their goals', `${REPORT}青禾县12项指标完成目标。`, ['A 12项 2023']],
  ['1d must not fire: a rank of one measure stays a rank', `${REPORT}全县地区生产总值增速居全市第1位。`, ['A 1位 2023']],
  [
    '1e must not fire: a list names the indicators ranked — the rank is the item’s',
    `${REPORT}地区生产总值、工业增加值两项指标增速全市第一。`,
    ['A 1位 2023', 'A 1位 2023'],
  ],
  [
    '1f must not fire: 均 after the count ranks each measure the clauses before named',
    `${REPORT}地区生产总值增长6.1%，固定资产投资增长8.2%，两项指标增速均排名全市第三。`,
    ['A 6.1% 2023', 'A 8.2% 2023', 'A 3位 2023', 'A 3位 2023'],
  ],
  ['1g must not fire: a plan’s own list of indicators', `${POINTS}全县主要指标共18项，其中约束性指标6项。`, []],
  // 2. Verbs of work the table lacked.
  ['2a projects resumed and started together (开复工)', `${REPORT}全县集中开复工42个重点项目。`, ['A 42个 2023']],
  ['2b firms cleared out (出清)', `${REPORT}出清27家高耗低效工业企业。`, ['A 27家 2023']],
  ['2c markets moved out (调整疏解)', `${REPORT}调整疏解65家商品交易市场。`, ['A 65家 2023']],
  ['2d licences revoked (吊销注销)', `${REPORT}吊销注销9家旅行社经营资质。`, ['A 9家 2023']],
  ['2e powers handed down (下放), aimed', `${POINTS}今年下放18项医保服务事项到镇村。`, ['T = 18项 2025']],
  ['2f parks built with a partner (共建), aimed', `${POINTS}今年与邻县共建3个产业园。`, ['T = 3个 2025']],
  ['2g must not fire: a time after 注销 (a waiting period)', `${REPORT}企业注销3个月后方可重新登记。`, []],
  [
    '2h must not fire: 共 and 出 opening words of no work keep their old reading',
    `${REPORT}全县共有12家上市企业，出台3项惠企政策。`,
    ['A 12家 2023', 'A 3项 2023'],
  ],
  // 3. A round sum without a numeral after a verb of reaching.
  ['3a income past 万元 (突破万元大关)', `${REPORT}农村居民人均可支配收入突破万元大关。`, ['A 1万元 2023']],
  ['3b revenue stepping onto 亿元 (跨上亿元台阶)', `${REPORT}乡镇财政收入跨上亿元台阶。`, ['A 1亿元 2023']],
  ['3c a total headed for 万亿, aimed (迈向万亿)', `${POINTS}到2030年，全市经济总量迈向万亿。`, ['T >= 1万亿元 2030']],
  ['3d must not fire: 超万元 grading a noun after 的', `${POINTS}单笔超万元的支出须集体研究。`, []],
  ['3e must not fire: a threshold before the enterprises counted', `${POINTS}今年培育产值过亿元企业5家。`, ['T = 5家 2025']],
  ['3f must not fire: 迈向 a tier that grades a city', `${POINTS}加快迈向万亿级城市。`, []],
  // 4. Days.
  [
    '4a a change in good-air days against a base year, then the level reached',
    `${REPORT}空气优良天数较2020年增加18天，达到331天。`,
    ['A 18天 2023', 'A 331天 2023'],
  ],
  ['4b good-air days above the province’s average (比…多)', `${REPORT}空气优良天数比全省平均值多9天。`, ['A 9天 2023']],
  ['4c a stay per head, aimed', `${POINTS}到2025年，过夜游客人均停留3.6天。`, ['T = 3.6天 2025']],
  ['4d how long one result took (用时…天，)', `${REPORT}县城污水厂项目从签约到开工用时45天，刷新了本县纪录。`, ['A 45天 2023']],
  ['4e must not fire: a deadline, an event’s length, a time cut to', `${REPORT}举办历时3天的农产品展会，审批事项30天内办结，用时15天内完成登记。`, []],
  // 5. An index stated without a unit.
  ['5a a price index after 为, closing its sentence', `${REPORT}居民消费价格指数为101.8。`, ['A 101.8 2023']],
  ['5b an index right after its name, then its rank', `${REPORT}全县乡村振兴发展指数81.6，居全市第2位。`, ['A 81.6 2023', 'A 2位 2023']],
  ['5c 两化融合发展水平 reached, aimed', `${POINTS}到2027年，两化融合发展水平达到68，企业上云率达到60%。`, ['T >= 68 2027', 'T >= 60% 2027']],
  ['5d must not fire: a year naming the index’s edition', `${REPORT}发布营商环境指数2024，指数为本年度首次发布。`, []],
  ['5e must not fire: a grade in letters, firms counted after the word', `${REPORT}纳入指数100家企业，全县信用指数为A级。`, []],
  // 6. People counted in 亿 without 人.
  ['6a insured people in 亿 after their noun', `${REPORT}全省参加基本医疗保险人数达1.2亿。`, ['A 120000000人 2023']],
  ['6b the same in 万 keeps its reading', `${REPORT}全县参加基本养老保险人数达32万。`, ['A 320000人 2023']],
  ['6c must not fire: a density, a sum spent per head', `${REPORT}城区人口密度达到1.2万，居民人均消费支出2.5万。`, []],
  // 7. A deleted number.
  [
    '7a a total whose number was deleted, with 以上, among whole figures',
    `${POINTS}今年新引进项目40个以上，投资总额亿元以上。`,
    ['T >= 40个 2025', 'T placeholder null亿元 2025'],
  ],
  [
    '7b visits in 万 with the number deleted (the unit is 人次, as a count’s)',
    `${POINTS}今年接待游客万人次，景区购票游客稳定在万人次以上。`,
    ['T placeholder null人次 2025', 'T placeholder null人次 2025'],
  ],
  [
    '7c a sum lent with the number deleted',
    `${POINTS}今年发放创业担保贷款万元，城镇调查失业率控制在5.5%以内。`,
    ['T placeholder null万元 2025', 'T <= 5.5% 2025'],
  ],
  ['7d must not fire: rough counts and a unit named', `${REPORT}户均增收上万元，损失近万元，投资数亿元。单位为万元。`, []],
  ['7e must not fire: a rate per 万, and a 万元 reached', `${REPORT}每万人拥有医生32人，人均收入突破万元。`, ['A 32人 2023', 'A 1万元 2023']],
  ['7f must not fire: a line of keywords ending on a unit', `${POINTS}今年调减粮食种植面积。\n关键词：农业 结构调整 万亩\n更多`, []],
  // 8. 个 before a noun that opens with 人.
  [
    '8a villages, stations and scenes whose nouns open with 人',
    `${POINTS}今年建成15个人居环境示范村，建设4个人才驿站，打造6个人工智能应用场景。`,
    ['T = 15个 2025', 'T = 4个 2025', 'T = 6个 2025'],
  ],
  ['8b must not fire: 个人 as a person’s', `${POINTS}今年提高个人所得税起征点，每个人补贴500元。`, ['T = 500元 2025']],
  // 9. A rate per mille in words.
  ['9a a natural growth rate kept within a per mille in words', `${POINTS}今年人口自然增长率控制在千分之五点二以内。`, ['T <= 5.2‰ 2025']],
  ['9b must not fire: 千分之一 naming no rate', `${POINTS}今年抽检比例不变，误差小于千分之一的概率。`, []],
  ['9c must not fire: a fraction in words stays a share in %', `${POINTS}今年事故率控制在三分之一以内。`, ['T <= 33.33% 2025']],
  // 10. A count cut off where the text ends.
  ['10a a count cut before its measure word after 多', `${REPORT}开展营销活动，青禾农产品走进全国30多`, ['A 30 2023']],
  ['10b after 余, past a whole count', `${REPORT}召开办公会6次，解决企业急难愁盼问题40余`, ['A 6次 2023', 'A 40 2023']],
  ['10c must not fire: an ordinal cut at the end', `${REPORT}解决企业难题50个。\n第30多`, ['A 50个 2023']],
  // 11. 贷款 names money.
  ['11a a loan in 亿 without 元 where the sentence closes', `${REPORT}为企业争取稳岗贷款12.6亿。`, ['A 12.6亿元 2023']],
  ['11b must not fire: firms counted after 贷款, a loan’s rate', `${REPORT}获得贷款企业达1200家，贷款利率降至3.5%。`, ['A 1200家 2023', 'A 3.5% 2023']],
  // 12. Parties agreed with.
  ['12a firms an agreement was signed with', `${REPORT}成功引进商户80余户，并与15家企业签订了入驻协议。`, ['A 80户 2023', 'A 15家 2023']],
  ['12b investors a negotiation is held with', `${REPORT}积极和6家水厂投资人进行收购谈判。`, ['A 6家 2023']],
  ['12c must not fire: an amount after 的, a comparison, a joint issue', `${REPORT}与10家企业相比增长明显，与5个部门联合印发文件。`, []],
];

describeShapeCatalogue('catalogue r28u: unread prose figures by the shape of their sentence', CATALOGUE, {}, read);
