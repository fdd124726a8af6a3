/**
 * Shape catalogue (round 26, r26k): a season or working year of two years as a text's own period (2023至2024年度, 2024/2025榨季,
 * 2024—2025年雪季, 2025-26赛季, 2025—2026年种植季, 2024年至2025年度: grammar's seasonsIn) — named in the headline, or near the
 * start of a text that writes no year of its own — is one season, due the year it ends, which is the plan year (corpus
 * Decisions 30, 33; c957, c825), planned or reported. Must not fire: a span of years a plan covers (2023—2025年, 2023至2024年
 * with no season word, 2023—2025年度 not consecutive) stays a period from its first year (Decisions 2); a dated plan that also
 * sets next season's aims stays of its own year. Invented passages only (青禾县, own figures).
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { valuesInOrder } from '../../test/entries-in-order.ts';
import { extractPlan } from './extract.ts';

/** The plan year, then every entry as `T cmp value unit year` or `A value unit year`, in text order. */
function read(text: string): string[] {
  const plan = extractPlan(text);
  return [`plan ${plan.year}`, ...valuesInOrder(plan)];
}

const CATALOGUE: [string, string, string[]][] = [
  // 1. A season as the text's own period: the year it ends.
  [
    '1a a work meeting for a working year 2023至2024年度 (至 no deadline), dated in its first year',
    '青禾县召开2023至2024年度甘蔗产业发展工作会\n发布日期：2023年10月12日\n会议要求，确保2023至2024年度完成甘蔗新植面积3万亩、机械化种植面积1.2万亩。',
    ['plan 2024', 'T = 3万亩 2024', 'T = 1.2万亩 2024'],
  ],
  [
    '1b a season’s results in the headline (2024/2025榨季)',
    '青禾县2024/2025榨季糖业生产情况\n发布日期：2025年5月6日\n2024/2025榨季，全县共入榨糖料蔗150万吨，产糖18万吨。',
    ['plan 2025', 'A 150万吨 2025', 'A 18万吨 2025'],
  ],
  [
    '1c a snow season near the start of a dated page that writes no year',
    '青禾县冬季冰雪旅游工作推进会召开\n发布时间：2024-11-20\n会议提出，2024—2025年雪季，全县力争接待滑雪游客80万人次。',
    ['plan 2025', 'T = 80万人次 2025'],
  ],
  [
    '1d 年 after both years (2024年至2025年度)',
    '青禾县2024年至2025年度烤烟生产工作方案\n全县计划种植烤烟4万亩，收购烟叶10万担。',
    ['plan 2025', 'T = 4万亩 2025', 'T = 10万担 2025'],
  ],
  [
    '1e a sports season (2025-26赛季)',
    '青禾县2025-26赛季青少年冰球联赛工作方案\n本赛季全县组织联赛120场，参赛队伍40支。',
    ['plan 2026', 'T = 120场 2026', 'T = 40支 2026'],
  ],
  [
    '1f a planting season (2025—2026年种植季)',
    '青禾县2025—2026年种植季马铃薯生产工作方案\n全县计划种植马铃薯6万亩，推广脱毒种薯3万亩。',
    ['plan 2026', 'T = 6万亩 2026', 'T = 3万亩 2026'],
  ],
  // 2. Must not fire.
  [
    '2a must not fire: a plan’s span of three years',
    '青禾县农业现代化行动方案（2023—2025年）\n到2025年，全县高标准农田达到50万亩。',
    ['plan 2023', 'T >= 50万亩 2025'],
  ],
  [
    '2b must not fire: two years with no season word are a span',
    '青禾县2023至2024年农村公路提升行动方案\n两年内全县新建农村公路300公里。',
    ['plan 2023', 'T = 300公里 2024'],
  ],
  [
    '2c must not fire: a dated plan that also sets next season’s aims',
    '青禾县2025年糖业工作要点\n2025年，全县糖料蔗种植面积稳定在25万亩。2025/2026榨季，计划入榨糖料蔗160万吨。',
    ['plan 2025', 'T ~ 25万亩 2025', 'T = 160万吨 2026'],
  ],
  [
    '2d must not fire: 年度 after years not consecutive is a span',
    '青禾县2023—2025年度造林绿化实施方案\n全县新增造林面积6万亩。',
    ['plan 2023', 'T = 6万亩 2025'],
  ],
];

describeShapeCatalogue('catalogue r26k: a season of two years as a text’s own period', CATALOGUE, {}, read);
