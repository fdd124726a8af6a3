/**
 * A figure before its noun: a verb of work opens the clause, scope words, 对 or a lone 一 may stand between, then
 * N + a counting measure word + the noun counted (帮助企业解决120个难题, 对全区农村35座公厕进行改造, 完工12个小区).
 * The catalogue of shapes and of the counts that are no figure of a plan (三个方面, “两个维护”, 1个总抓手, 第N个,
 * N个百分点, ages). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readStatements } from './statements.ts';

const read = (text: string, year = 2024) => readStatements(text, { year }).map((s) => `${s.role} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('a verb of work opening the clause counts the noun after the figure', () => {
  it.each([
    ['今年要帮助中小企业解决120个实际困难。', 'target count = 120个'],
    ['促进80个重点项目加快建设。', 'target count = 80个'],
    ['在国道交叉口以南设置60米减速车道。', 'target count = 60米'],
    ['全年完工12个老旧小区。', 'target count = 12个'],
    ['提升改造一个综合服务站。', 'target count = 1个'],
    ['构建8个跨部门协同应用场景。', 'target count = 8个'],
    ['提档升级6个小区健身场地。', 'target count = 6个'],
    ['开通3条国际货运航线。', 'target count = 3条'],
    ['吸引45家总部企业落户。', 'target count = 45家'],
    ['走访800户困难家庭。', 'target count = 800户'],
    ['设置50个托位。', 'target count = 50个'],
    ['维修加固城区18座危桥。', 'target count = 18座'],
    ['力促12个项目开工。', 'target count = 12个'],
    ['提供2000套保障性住房。', 'target count = 2000套'],
    ['年内安排30个乡村振兴项目。', 'target count = 30个'],
    ['持续跟踪协调服务150户规上企业。', 'target count = 150户'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it('对 + scope + count + 进行 + a verb of work (对全区农村35座公厕进行提升改造)', () => {
    expect(read('对全区农村35座公厕进行提升改造。')).toEqual(['target count = 35座']);
  });

  it('对 + scope + count + a 、 list of what is worked on + 进行 + a verb of work', () => {
    expect(read('对城区60条背街小巷破损路面、井盖、路沿石进行维修更换。')).toEqual(['target count = 60条']);
  });

  it('measures carried out in a year reviewed stay out (they are no count the text plans)', () => {
    expect(read('2023年，认真落实扶持小微企业发展22条措施。')).toEqual([]);
  });

  it('a past year makes the count a result (2023年，帮助企业解决216个问题)', () => {
    expect(read('2023年，帮助企业解决216个问题。', 2024)).toEqual(['actual count = 216个']);
  });
});

describe('a package of measures the year carries out is a count (corpus Decisions 28)', () => {
  it.each([
    ['推动稳岗惠企十二条措施落地落实。', 'target count = 12条'],
    ['认真落实全市优化营商环境30条举措。', 'target count = 30条'],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
});

describe('counts that are no figure of a plan', () => {
  it.each([
    '聚焦三个方面发力。',
    '坚决做到“两个维护”。',
    '围绕10个重点产业链精准招商。',
    '服务6个方面重点工作。',
    '打造1个总抓手。',
    '建成第3个国家级开发区。',
    '高于全省平均2个百分点。',
    '慰问80岁以上老人。',
    '巩固现有8个产业集群。',
    '推进“3个100”工程。',
    '解决好三个方面的问题。',
    '对10个乡镇进行考核。',
    '围绕服务保障2个国家战略谋划项目。',
    '基本公共服务覆盖5个乡镇。',
    '靠前服务30个预增产值过5000万元。',
  ])('%s', (text) => {
    expect(read(text).filter((s) => /count|increment/.test(s))).toEqual([]);
  });
});

/**
 * A verb of work is judged by both its characters (WORK_ROOTS then a last character of work), not by its last one alone:
 * capacities after a modal, verbs of using and place names ending on a verb character are no work counted (review23 3, 8).
 */
const readNamed = (text: string) => readStatements(text, { year: 2024 }).map((s) => `${s.metric} | ${s.role} ${s.kind} ${s.comparator} ${s.value}${s.unit}`);

describe('a verb of work is two characters of work, not a last character', () => {
  it.each([
    // a modal before the verb: what a thing can take, not work done
    '今年将新建体育馆一座，可容纳5000名观众。',
    '今年将建成水厂一座，可供3万户居民用水。',
    '今年全市可容纳1万人的体育中心建成投用。',
    '今年可解决2万人饮水问题。',
    '今年可以设置60米减速车道。',
    // a place name or a verb of using ending on a verb character
    '今年将与福建5个城市开展合作，深化闽宁协作。',
    '今年将借助3个国家级平台招引项目。',
    // a span of time set, not one thing fitted out (ONE_BUILT)
    '今年将设置一个窗口期。',
    '今年将对新规设置一个过渡期。',
    '今年将设置一个缓冲阶段。',
  ])('%s reads nothing', (text) => {
    expect(readNamed(text)).toEqual([]);
  });

  it.each([
    ['今年将增设4处交叉口信号灯。', ['交叉口信号灯 | target count = 4处']],
    ['今年签约30个亿元以上项目。', ['亿元以上项目 | target count = 30个']],
    ['今年将提供2000套保障性住房。', ['保障性住房 | target count = 2000套']],
    ['在国道交叉口以南设置60米减速车道。', ['减速车道 | target count = 60米']],
    ['今年将设置一个快递柜。', ['快递柜 | target count = 1个']],
    ['今年将设置一处观景台。', ['观景台 | target count = 1处']],
    // 包括 after a count of work: a part counted as 其中 is (corpus Decisions 21), beside the whole
    ['今年计划实施重点项目100个，包括20个省级重点项目。', ['重点项目 | target count = 100个', '省级重点项目 | target count = 20个']],
  ])('%s', (text, want) => {
    expect(readNamed(text)).toEqual(want);
  });
});
