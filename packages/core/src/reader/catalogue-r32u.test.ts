/**
 * Shape catalogue (round 32, r32u): cue lists widened to the words a Chinese writer uses.
 * 1. Verbs of work listed whole (`WORK_COMPOUNDS` in words.ts): opening and founding (开辟, 新辟, 开办, 创办, 兴办), marking out
 *    (划定, 划设) and closing down or clearing out (淘汰, 关停, 关闭, 取缔, 退出, 腾退, 清退) govern the count after them, as 建成
 *    and 出清 do. Must not fire: a count the plan's frame names (开辟3个方面), a red line marked (划定3条红线), hours (关闭了3个小时),
 *    a span of years (创办20年来).
 * 2. Comparator words before and after the figure (`PRE_COMPARATORS`, `POST_COMPARATORS`): 不超 / 不超出 / 不高过 / 不逾 are
 *    ceilings (read before as the 超/高 inside them, a floor); 冲破 and 超越 pass a bound; 压缩至, 减少到, 降为, 下降为 lower to
 *    a ceiling; 达至 reaches; 稳在 holds; 前后 and 之上 after a figure are 左右 and 以上. Must not fire: 不超 with no figure
 *    after it (不超标), 前后 of a time (春节前后).
 * Invented passages only (a county, a town, a department, a province, a news digest).
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. Verbs of opening, marking out and closing down govern their counts.
  [
    '1a a port opens shipping routes (开辟, 陆续 and 了 before it)',
    '青禾港2031年工作总结\n2031年，青禾港陆续开辟了12条国际航线，完成吞吐量3000万吨。',
    ['A count 12条 2031', 'A level 3000万吨 2031'],
  ],
  [
    '1b a county plans to found schools (开办) and open bus lines (新辟)',
    '2032年青禾县教育和交通工作要点\n开办3所公办幼儿园，新辟5条城乡公交线路。',
    ['T count = 3所 2032', 'T count = 5条 2032'],
  ],
  ['1c a province marks out producing areas (划定)', '青禾省2031年农业农村工作总结\n全省因地制宜划定17个粮食生产功能区。', ['A count 17个 2031']],
  [
    '1d a town closes and clears out firms (淘汰, 关停, 退出 with 以上)',
    '2032年青禾镇工业工作要点\n淘汰10家落后产能企业，关停5座小砖窑，退出30家以上低效企业。',
    ['T count = 10家 2032', 'T count = 5座 2032', 'T count >= 30家 2032'],
  ],
  ['1e a department bans unlicensed stalls (取缔)', '青禾县市场监管局2031年工作总结\n2031年，依法取缔无证经营摊点86处。', ['A count 86处 2031']],
  // 1m. Must not fire.
  ['1m1 开辟 before the frame of a plan (方面)', '2032年青禾县工作要点\n开辟3个方面的新路径，地区生产总值增长6%。', ['T growth = 6% 2032']],
  ['1m2 划定 before red lines (a plan’s own lines, no figure)', '2032年青禾县生态工作要点\n划定3条红线，森林覆盖率达到65%。', ['T share >= 65% 2032']],
  ['1m3 关闭 for hours (a span of time)', '青禾县2031年交通工作总结\n受大雾影响，高速入口关闭了3个小时。全年公路客运量120万人次。', ['A count 120万人次 2031']],
  ['1m4 创办 then years (a span, no count)', '青禾县2031年工作总结\n园区创办20年来，2031年新增入驻企业12家。', ['A increment 12家 2031']],
  // 2. Comparator words.
  [
    '2a a county’s ceilings written short: 不超, 不高过',
    '2032年青禾县工作要点\n城镇调查失业率不超5.5%，细颗粒物平均浓度不高过35微克/立方米。',
    ['T share <= 5.5% 2032', 'T level <= 35微克/立方米 2032'],
  ],
  [
    '2b a department’s ceiling 不超出, a debt under 不逾',
    '2032年青禾州财政工作要点\n一般性支出增幅不超出3%，政府债务余额不逾50亿元。',
    ['T growth <= 3% 2032', 'T level <= 50亿元 2032'],
  ],
  [
    '2c a news digest: 冲破 and 超越 a sum',
    '青禾新闻\n2031年，青禾县地区生产总值冲破300亿元，规上工业产值超越500亿元。',
    ['A level 300亿元 2031', 'A level 500亿元 2031'],
  ],
  [
    '2d lowered to a ceiling: 压缩至, 减少到, 降为',
    '青禾省2032年工作要点\n审批时限压缩至5个工作日，贫困发生率降为1%，农村危房减少到200户。',
    ['T count <= 5个 2032', 'T share <= 1% 2032', 'T count <= 200户 2032'],
  ],
  [
    '2e 达至 and 稳在 (a repost’s wording)',
    '2032年青禾县工作要点\n森林覆盖率达至65%，粮食产量稳在30万吨左右。',
    ['T share >= 65% 2032', 'T level ~ 30万吨 2032'],
  ],
  [
    '2f 前后 and 之上 after the figure',
    '2032年青禾县工作要点\n单位生产总值能耗下降3%前后，新增城镇就业5000人之上。',
    ['T growth ~ 3% 2032', 'T increment >= 5000人 2032'],
  ],
  // 2m. Must not fire.
  ['2m1 不超标: no figure after 不超', '2032年青禾县环保工作要点\n确保排放不超标，空气质量优良天数比例达到90%。', ['T share >= 90% 2032']],
  ['2m2 春节前后: a time, no bound', '2032年青禾县工作要点\n春节前后开展安全检查，新建农村公路30公里。', ['T increment = 30公里 2032']],
];

/** Passages the reader does not read as the catalogue says yet, with what it reads today. */
const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('shape catalogue r32u: cue lists as wide as the language', CATALOGUE, PENDING, read);
