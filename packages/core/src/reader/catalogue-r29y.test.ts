/**
 * Shape catalogue (round 29, r29y): the plan year of a page whose aims are set for a five-year period (corpus Decisions 2: a
 * multi-year plan is of its period's first year), checked against the weaker evidence that dated it before — a repost's
 * upload stamp later in the period, a headline restating the period's closing deadline, or nothing at all — and the pages
 * that must keep their own year: a yearly report that also aims at the period's close, a plan with an earlier stage of its
 * own, a page speaking from a later year of the period, a plan named by its first year. Invented passages only (a county,
 * a town, a department, a province, a content farm's repost).
 */
import { extractPlan } from './extract.ts';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';

/** The plan year, then each target as `value unit due-year`, in text order. */
const read = (text: string): [number | null, string[]] => {
  const plan = extractPlan(text, {});
  const targets = [...plan.targets].sort((a, b) => a.span[0] - b.span[0]).map((t) => `${t.value}${t.unit ?? ''} ${t.year}`);
  return [plan.year, targets];
};

const CATALOGUE: [string, string, [number | null, string[]]][] = [
  // 1. Aims due at the close of the period the page names: the period's first year, whatever else dated the page.
  [
    '1a a content farm repost stamped later in the period, a county’s period aims',
    '资讯 > 本地\n\n青禾县农村公路提档升级\n\n更新时间：2024-03-18 09:12:40\n\n本报讯“十四五”期间，青禾县持续改善农村出行条件。到2025年，力争全县新改建农村公路420公里，建成乡镇客运站6个。',
    [2021, ['420公里 2025', '6个 2025']],
  ],
  [
    '1b a department’s period plan quoted by a page with a publication line two years in',
    '发布时间：2023-06-02 来源：松川市水利局\n松川市水利局“十四五”农村供水保障规划提出，到2025年，全市农村自来水普及率达到93%，规模化供水工程覆盖农村人口比例达到60%。',
    [2021, ['93% 2025', '60% 2025']],
  ],
  [
    '1c a headline restating the period’s closing deadline over a province’s outline',
    '岭南省力争2025年粮食产量稳定在260亿斤\n\n昨日，岭南省发展改革委就《岭南省“十四五”农业农村现代化规划》答记者问。规划提出，到2025年，全省粮食产量稳定在260亿斤以上，高标准农田累计达到1800万亩。',
    [2021, ['260亿斤 2025', '260亿斤 2025', '1800万亩 2025']],
  ],
  [
    '1d an undated town item on its period outline, written 发展规划纲要',
    '《柳溪镇国民经济和社会发展第十三个五年发展规划纲要》日前出台。纲要提出，到2020年，全镇农民人均可支配收入达到2.6万元，建成美丽乡村示范村8个。',
    [2016, ['2.6万元 2020', '8个 2020']],
  ],
  [
    '1e a department’s yearly meeting that reviews one period and aims at the next one’s close',
    '新华社山城3月5日电 岭南省林业局在5日召开的年度工作会议上透露，“十三五”时期，全省累计完成造林1260万亩。会议提出，“十四五”期间全省林业将保护与发展并重，到2025年，全省森林覆盖率力争达到62%，新增国家森林城市4个。',
    [2021, ['62% 2025', '4个 2025']],
  ],
  // 2. Must not fire: the page's own year stands.
  [
    '2a a yearly report that reviews last year, plans this year and also aims at the period’s close',
    '2024年青禾县政府工作报告\n2023年，全县地区生产总值增长6.1%。今年全县地区生产总值力争增长6.5%左右。“十四五”规划确定，到2025年，全县城镇化率达到58%。',
    [2024, ['6.5% 2024', '58% 2025']],
  ],
  [
    '2b a dated plan with an earlier stage of its own',
    '发布时间：2023-04-11\n松川市推进农村供水提质行动方案\n“十四五”期间，全市持续推进城乡供水一体化。到2023年底，农村自来水普及率达到90%；到2025年，达到93%。',
    [2023, ['90% 2023', '93% 2025']],
  ],
  [
    '2c a page speaking from a later year of the period, quoting the plan',
    '发布时间：2024-05-27\n评论：江城文旅还差多远\n根据《江城市“十四五”文化和旅游发展规划》，到2025年，旅游收入要达到900亿元。2023年，江城接待游客6800万人次，同比增长21%。',
    [2024, ['900亿元 2025']],
  ],
  [
    '2d a five-year plan named by its first year in the title',
    '青禾县2021—2025年农村人居环境整治提升方案\n“十四五”期间，全县持续改善农村人居环境。到2025年，农村卫生厕所普及率达到95%。',
    [2021, ['95% 2025']],
  ],
  [
    '2e a town page on a notice about the period plan’s work, not the plan',
    '发布时间：2022-04-06\n柳溪镇转发《关于做好“十四五”农村人居环境整治提升规划实施工作的通知》，明确到2025年，全镇农村生活垃圾无害化处理率达到98%。',
    [2022, ['98% 2025']],
  ],
];

/** Shapes read wrong today, each pinned to today's reading (describeShapeCatalogue). */
// 2e: 转发 is no verb of issue PERIOD_PLAN_NAMED knows, so the end of readYear takes the period the page names (mend m27y's A03
// reads the same notice, 发布, as of its own year); periodAimedAt leaves such a notice alone (PERIOD_PLAN_WORK_NAMED).
const PENDING: Record<string, [number | null, string[]]> = { '2e': [2021, ['98% 2025']] };

describeShapeCatalogue('catalogue r29y: a period’s aims over a later stamp, a deadline headline or no date', CATALOGUE, PENDING, read);
