/**
 * Shape catalogue (round 23, r23u): units the table does not hold (a single measure word, composed units, 万 for 万元), two
 * figures in one phrase, and shapes where the grammar must follow the corpus Decisions (an average per level, a 、 list of
 * measures kept as one entry, numbered lines with no 。). One invented passage per shape, each with the reading the corpus
 * README's conventions give it. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. A measure word the unit table does not hold, after a figure and before a break or a comparator word.
  ['1a N盏 before a comma', '2025年民生实事\n全年在镇村主干道安装太阳能路灯1200盏，方便群众夜间出行。', ['T count = 1200盏 2025']],
  ['1b N枚 before 。', '2025年工作要点\n全年发放爱心联系卡300枚。', ['T count = 300枚 2025']],
  ['1c N分 of a score, with ≥', '2025年文化工作方案\n全年群众文化服务满意度测评得分≥88分。', ['T level >= 88分 2025']],
  ['1d N分以上 of a score after 达到', '2025年营商环境工作要点\n全年营商环境评价得分达到90分以上。', ['T level >= 90分 2025']],
  ['1e must not fire: a date and a time', '2025年工作安排\n会议定于2025年3月5日9时30分召开。', []],
  ['1f must not fire: a figure glued to letters', '2025年交通工作要点\n全年推进G312国道改造。', []],
  ['1g must not fire: an ordinal', '2025年工作要点\n全年争取考核进入全省第2方阵。', []],
  ['1h must not fire: a numbered line', '2025年卫生健康工作要点\n1、全年建成标准化村卫生室40个。\n2、全年完成适龄儿童免疫接种。', ['T count = 40个 2025']],
  ['1i must not fire: a multiplier alone', '2025年工作要点\n全年新增城镇就业1.2万，实现稳中有进。', ['T increment = 12000人 2025']],
  // 2. Composed units.
  ['2a X每Y (微克每立方米)', '2025年大气污染防治方案\n到2025年，细颗粒物(PM2.5)年均浓度控制在31微克每立方米以下。', ['T level <= 31微克每立方米 2025']],
  ['2b X/百Y (公里/百平方公里)', '2025年交通发展规划\n到2025年，全市公路网密度达到62公里/百平方公里以上。', ['T level >= 62公里/百平方公里 2025']],
  ['2c N/10万 (a rate per population)', '2025年妇幼健康行动方案\n到2025年，孕产妇死亡率控制在12/10万以下。', ['T level <= 12/10万 2025']],
  ['2d X/万Y (人/万人)', '2025年卫生健康工作要点\n到2025年，全科医生配备达到4人/万人以上。', ['T level >= 4人/万人 2025']],
  // 3. 万 alone after investment or funds: 万元.
  ['3a 投资 N万以上', '2025年招商工作要点\n全年新引进项目单体投资额均达3000万以上。', ['T level >= 3000万元 2025']],
  ['3b 资金 N万。', '2025年乡村振兴工作要点\n全年争取上级衔接资金2800万。', ['T level = 2800万元 2025']],
  ['3c must not fire: 万 on people stays a count', '2025年工作要点\n全年新增城镇就业1.2万人。', ['T increment = 1.2万人 2025']],
  // 4. Two figures in one phrase.
  ['4a N个M户 on one object', '2025年城建工作要点\n全年改造老旧小区32个2150户。', ['T count = 32个 2025', 'T count = 2150户 2025']],
  // (entries sort by span: both figures are read on the count's words, 县乡道等, the count first.)
  ['4b N条M公里 on one object', '2025年交通工作要点\n全年完成县乡道等16条320公里建设任务。', ['T count = 16条 2025', 'T count = 320公里 2025']],
  ['4c capacity before a counted facility', '2025年水利工作要点\n全年在东坡镇新建设计供水规模为5000立方米水厂一座。', ['T increment = 1座 2025']],
  ['4d 和 after a figure ends its phrase', '2025年城建工作要点\n全年改造雨水管网15公里和污水管网9公里。', ['T count = 15公里 2025', 'T count = 9公里 2025']],
  ['4e 及 after a figure ends its phrase', '2025年城建工作要点\n全年铺设供水管网420米及其他附属设施。', ['T count = 420米 2025']],
  ['4f must not fire: a size qualifying a count', '2025年工业工作要点\n全年培育营业收入10亿元企业5家。', ['T count = 5家 2025']],
  // 5. Where the Decisions govern the grammar.
  [
    "5a higher than the levels' average: one per level",
    '2025年工作要点\n全年地区生产总值增速高于省、市7%平均水平。',
    ['T growth = 7% 2025', 'T growth = 7% 2025'],
  ],
  ['5b a 、 list of measures sharing one noun: one entry', '2025年卫生健康工作要点\n全年高血压、糖尿病患者规范管理率达到65%。', ['T share >= 65% 2025']],
  [
    '5c numbered lines with no 。',
    '2025年卫生健康工作要点\n7、县域内就诊率达到90%以上\n8、居民健康素养水平达到30%',
    ['T share >= 90% 2025', 'T share >= 30% 2025'],
  ],
];

/** Shapes the reader does not read yet (the report says why): kept as expected failures so they are seen when they pass. */
// 5a–5c pass since r23c. 4d, 4e: the figures are read now (value, unit, comparator), but as `level`, not the `count` of a length laid (kinds.ts).
const PENDING = new Set(['4c', '4d', '4e']);
const isPending = (name: string) => PENDING.has(name.split(' ')[0]!);

describe('catalogue r23u', () => {
  it.each(CATALOGUE.filter(([name]) => !isPending(name)))('%s', (_name, text, want) => {
    expect(read(text)).toEqual(want);
  });
  it.fails.each(CATALOGUE.filter(([name]) => isPending(name)))('pending: %s', (_name, text, want) => {
    expect(read(text)).toEqual(want);
  });
});
