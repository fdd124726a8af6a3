/**
 * Mends of round 24's issuer rules (review24b items 1, 2, 7): a real district named by a word (郊区, 东区) stays a district;
 * stations, route sections and partner pairs blanked before counting may only take a region away, never hand it to a city
 * named once; after 关于 the region starts where a known name starts, whatever the verb before it. Each case asserts the
 * region, the level and what was read (role, metric, comparator, value, unit, year). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { entriesInOrder } from '../../test/entries-in-order.ts';
import { extractPlan } from './extract.ts';

/** The region, the level, then each entry as `T metric cmp value unit year` or `A metric value unit year`. */
const read = (text: string): string[] => {
  const plan = extractPlan(text, {});
  const entries = entriesInOrder(
    plan,
    (t) => `T ${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''} ${t.year}`,
    (a) => `A ${a.metric} ${a.value}${a.unit ?? ''} ${a.period.year}`,
  );
  return [plan.region, plan.level, ...entries];
};

const GDP_6 = 'T 地区生产总值 = 6% 2024';

const CASES: [string, string, string[]][] = [
  // 1. One character before 区: a kind of area, unless a real district named by a word.
  [
    '1a must-not-fire: 阳泉市郊区 is the district 郊区, not its city',
    '阳泉市郊区2024年政府工作报告\n今年全区地区生产总值增长6%。',
    ['郊区', 'district', GDP_6],
  ],
  ['1b must-not-fire: 阳泉市矿区', '阳泉市矿区2024年政府工作报告\n今年全区地区生产总值增长6%。', ['矿区', 'district', GDP_6]],
  ['1c must-not-fire: 攀枝花市东区', '攀枝花市东区2024年政府工作报告\n今年全区地区生产总值增长6%。', ['东区', 'district', GDP_6]],
  ['1d must-not-fire: 郊区 alone opening the title', '郊区2024年政府工作报告\n今年全区地区生产总值增长6%。', ['郊区', 'district', GDP_6]],
  ['1e must-not-fire: 城区 alone opening the title', '城区2024年政府工作报告\n今年全区地区生产总值增长6%。', ['城区', 'district', GDP_6]],
  ['1f must-fire: 园区 is an area, no district', '园区2024年工作要点\n今年规上工业增加值增长10%。', ['', 'city', 'T 规上工业增加值 = 10% 2024']],
  // 2. Blanking stations and routes only takes a region away.
  [
    '2a must-not-fire: a city named once outside its own projects does not win',
    '2024年交通运输工作要点\n今年全市完成交通投资150亿元。加快南宁至玉林城际铁路建设，推进玉林站、玉林北站改造，建成玉林至岑溪高速公路。深化与广州市交通合作。',
    ['', 'city', 'T 交通投资 = 150亿元 2024'],
  ],
  [
    '2b must-not-fire: the verbs 站上, 站在, 站稳 are no station',
    '2024年全省重点工作\n今年全省地区生产总值增长5%左右。广西站上新起点，广西站在新的历史方位，广西站稳脚跟。与广东省合作。',
    ['广西壮族自治区', 'province', 'T 地区生产总值 ~ 5% 2024'],
  ],
  [
    '2c must-not-fire: a facility (驿站, 服务站) is no station named after its place',
    '2024年民生实事\n今年，全市新建柳州驿站20个、柳州服务站10个。全市地区生产总值增长6%。学习南宁市经验。',
    ['柳州市', 'city', 'T 柳州驿站 = 20个 2024', 'T 柳州服务站 = 10个 2024', GDP_6],
  ],
  [
    '2d must-not-fire: 到…阶段 is no route section',
    '2024年经济工作要点\n我市坚持稳中求进。柳州迈进到新阶段，柳州进入到关键阶段。今年全市地区生产总值增长6%。学习南宁市经验。',
    ['柳州市', 'city', GDP_6],
  ],
  // 7. After 关于, the region starts where a known name starts.
  ['7a 关于做好X…的意见', '关于做好柳州市2024年稳增长工作的意见\n今年全市地区生产总值增长6%。', ['柳州市', 'city', GDP_6]],
  ['7b 关于同意X…的决议', '关于同意罗定市2024年国民经济和社会发展计划的决议\n今年全市地区生产总值增长6%。', ['罗定市', 'district', GDP_6]],
  ['7c 关于报送X…', '关于报送信宜市2024年重点工作的报告\n今年全市新增城镇就业3000人。', ['信宜市', 'district', 'T 城镇就业 = 3000人 2024']],
  ['7d 关于印发 + year + X', '关于印发2024年柳州市重点工作的通知\n今年全市地区生产总值增长6%。', ['柳州市', 'city', GDP_6]],
  [
    '7e must-not-fire: 关于 + a name the gazetteer knows whole (公安县: 公 is no verb)',
    '关于公安县2024年重点工作的报告\n今年全县地区生产总值增长6%。',
    ['公安县', 'district', GDP_6],
  ],
];

describe('m24e: the issuer’s region, mended', () => {
  for (const [name, text, expected] of CASES) it(name, () => expect(read(text)).toEqual(expected));
});
