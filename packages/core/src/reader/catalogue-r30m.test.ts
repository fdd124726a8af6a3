/**
 * Shape catalogue (round 30, r30m): plan periods after 十五五. `pnpm corpus:variants`'s years+5 variant (every year and
 * period of a text moved five years on) lost target and plan years wherever a text named “十六五”: the reader knew the
 * periods up to 十五五 only. The period list now runs to 十六五 (2031—2035), and every pattern over period names takes
 * it (十[一二三四五六]五, 第十六个五年规划). Invented passages only (青禾县, 白杨镇, a province's department, own figures);
 * must-not-fire: a number list or a section numbered 十六 that is no period.
 */
import { extractPlan } from '../index.ts';
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** The plan year, then every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => [`plan ${extractPlan(text).year ?? 'null'}`, ...readKindsInOrder(text)];

const CATALOGUE: [string, string, string[]][] = [
  [
    'a1 a county’s 十六五 plan, its targets due at the period’s end',
    '青禾县国民经济和社会发展第十六个五年规划纲要\n“十六五”时期主要目标：地区生产总值年均增长6%左右，城镇化率达到68%。',
    ['plan 2031', 'T growth ~ 6% 2035', 'T share >= 68% 2035'],
  ],
  [
    'a2 a town’s report: 十五五 reviewed, 十六五 set',
    '白杨镇2031年政府工作报告\n“十五五”期间，全镇地区生产总值年均增长5.8%。“十六五”期末，力争全镇农村居民人均可支配收入达到4.2万元。',
    ['plan 2031', 'A growth 5.8% 2030', 'T level >= 4.2万元 2035'],
  ],
  [
    'a3 a department’s plan by its period in the headline',
    '某省交通运输厅“十六五”发展规划\n到2035年，全省高速公路通车里程达到9800公里。',
    ['plan 2031', 'T level >= 9800公里 2035'],
  ],
  // Must not fire: 十六 numbering a section or a count, not a period.
  [
    'n1 a section numbered 十六 before a figure',
    '青禾县2024年重点工作\n十六、五项民生工程：力争新建农村公路45公里。',
    ['plan 2024', 'T increment = 45公里 2024'],
  ],
  ['n2 十五五 as before: targets due 2030', '青禾县“十五五”规划纲要\n“十五五”时期主要目标：森林覆盖率达到62%。', ['plan 2026', 'T share >= 62% 2030']],
];

describeShapeCatalogue('catalogue r30m: plan periods after 十五五', CATALOGUE, {}, read);
