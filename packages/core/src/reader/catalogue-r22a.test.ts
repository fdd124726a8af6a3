/**
 * Shape catalogue (round 22, r22a): completion ratios that carry their quota, plan/progress tables flattened into lines,
 * a 展望 / 下一步 part after results, programmes of works, and a rate with 以上/左右 but no unit. One invented passage per
 * shape, each with the reading the corpus README's conventions give it. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = readKindsInOrder;

const CATALOGUE: [string, string, number | undefined, string[]][] = [
  // 1. Completion ratios that carry the quota: the quota a target of the year, the ratio and the figure done results.
  [
    '1a 完成年度目标任务N亿元的X%',
    '2024年上半年招商引资工作情况\n1-6月，全市引进省外项目到位资金85.6亿元，完成年度目标任务160亿元的53.5%。',
    undefined,
    ['A level 85.6亿元 2024/1-6', 'T level = 160亿元 2024', 'A share 53.5% 2024/1-6'],
  ],
  [
    '1b 完成全年任务N个的X%, then 同比增长',
    '2024年上半年重点工作进展\n上半年，全县新开工工业项目46个，完成全年任务80个的57.5%，同比增长12.2%。',
    undefined,
    ['A count 46个 2024/1-6', 'T count = 80个 2024', 'A share 57.5% 2024/1-6', 'A growth 12.2% 2024/1-6'],
  ],
  [
    '1c 完成全年目标任务的X% (no quota written)',
    '2024年上半年工作总结\n截至6月底，全县新增市场主体3200户，完成全年目标任务的61.5%。',
    undefined,
    ['A increment 3200户 2024/1-6', 'A share 61.5% 2024/1-6'],
  ],
  [
    '1d (任务数N) after a result',
    '2024年1-9月招商引资情况通报\n1-9月，全区引进亿元以上项目14个(任务数12个)，实际到位资金31.2亿元(任务数30亿元)。',
    undefined,
    ['A count 14个 2024/1-9', 'T count = 12个 2024', 'A level 31.2亿元 2024/1-9', 'T level = 30亿元 2024'],
  ],
  ['1e must not fire: 确保完成年度目标任务的100% plans', '2024年工作要点\n全年确保完成年度目标任务的100%。', undefined, ['T share = 100% 2024']],
  // 2. Plan/progress tables flattened into lines.
  [
    '2a header 指标 | 目标 | 完成, one row per line',
    '2024年重点指标完成情况\n指标 | 2024年目标 | 1-6月完成\n规模以上工业增加值增速 | 6.5% | 7.1%\n社会消费品零售总额增速 | 6% | 5.4%',
    undefined,
    ['T growth = 6.5% 2024', 'A growth 7.1% 2024/1-6', 'T growth = 6% 2024', 'A growth 5.4% 2024/1-6'],
  ],
  [
    '2b 考核指标：…达到X%',
    '2024年全民健康工作方案\n考核指标：城乡居民医保参保率达到96%，家庭医生签约服务覆盖率达到75%。',
    undefined,
    ['T share >= 96% 2024', 'T share >= 75% 2024'],
  ],
  [
    '2c a row whose 目标 cell is a count, 完成 cell a count and rate',
    '2024年民生项目推进表\n项目 | 年度目标 | 进展情况\n老旧小区改造 | 改造老旧小区24个 | 已完成改造15个，完成率62.5%',
    undefined,
    ['T count = 24个 2024', 'A count 15个 2024', 'A share 62.5% 2024'],
  ],
  // 3. A 展望 / 下一步 part after results.
  [
    '3a 下一步 heading opens targets after a results passage',
    '2024年上半年工作总结\n一、上半年工作成效\n上半年，全区新签约项目45个，完成投资62亿元。\n二、下一步工作打算\n全年引进项目80个以上，投资额突破150亿元。',
    undefined,
    ['A count 45个 2024/1-6', 'A level 62亿元 2024/1-6', 'T count >= 80个 2024', 'T level > 150亿元 2024'],
  ],
  [
    '3b a 展望 tab beside the year before',
    '首页 > 发展篇 > 2025年展望\n2024年回顾 | 2025年展望 |\n全年引进高新技术企业60家以上，技术合同成交额突破50亿元。',
    undefined,
    ['T count >= 60家 2025', 'T level > 50亿元 2025'],
  ],
  // 4. Programmes of works.
  ['4a two works joined by 并', '2025年民生实事项目\n新建村级卫生室12个并改造乡镇敬老院5座。', undefined, ['T increment = 12个 2025', 'T count = 5座 2025']],
  [
    '4b 对 A 以及 B 进行 (a second counted object)',
    '2025年民生实事项目\n对全县36座农村污水处理站以及18个提升泵站进行改造。',
    undefined,
    ['T count = 36座 2025', 'T count = 18个 2025'],
  ],
  ['4c 对 things N处 进行 verb', '2025年民生实事项目\n对各乡镇老化供水管道280处进行更换。', undefined, ['T count = 280处 2025']],
  [
    '4d works listed with 、 and lengths',
    '2025年民生实事项目\n新建污水管网2.6公里、雨水管网1.8公里，铺设燃气管道900米。',
    undefined,
    ['T increment = 2.6公里 2025', 'T increment = 1.8公里 2025', 'T count = 900米 2025'],
  ],
  ['4e 为 N名 people a service', '2025年民生实事项目\n为全县2000名留守儿童提供关爱服务。', undefined, ['T count = 2000名 2025']],
  ['4f 一座 after a size that only qualifies it', '2025年民生实事项目\n在镇区新建设计规模为5000立方米的水厂一座。', undefined, ['T increment = 1座 2025']],
  // 5. 以上/左右 with no unit on a rate.
  ['5a rate 保持在N以上 with no %', '2025年节水行动方案\n到2025年，工业用水重复利用率保持在93以上。', undefined, ['T share >= 93 2025']],
  ['5b rate 稳定在N左右 with no %', '2025年生态建设要点\n全年森林覆盖率稳定在62左右。', undefined, ['T share ~ 62 2025']],
  ['5c must not fire: 95后 is an age cohort', '2025年青年工作要点\n全年吸引95后青年人才来县创业。', undefined, []],
];

/** Shapes the reader does not read yet (the report says why): kept as expected failures so they are seen when they pass. */
const PENDING = new Set(['2c', '4a', '4c', '4d', '4f']);
const isPending = (name: string) => PENDING.has(name.split(' ')[0]!);

describe('catalogue r22a', () => {
  it.each(CATALOGUE.filter(([name]) => !isPending(name)))('%s', (_name, text, year, want) => {
    expect(read(text, year)).toEqual(want);
  });
  it.fails.each(CATALOGUE.filter(([name]) => isPending(name)))('pending: %s', (_name, text, year, want) => {
    expect(read(text, year)).toEqual(want);
  });
});
