/**
 * Shape catalogue (round 33, r33u): figures the reader left unread or bound wrongly.
 * 1. 保持 + a growth figure (`HELD_GROWTH_AFTER` in segment.ts): 保持10%的增长, 保持年均6%增长, 年均保持8%的增长速度 hold a
 *    growth as 保持在 holds a level — a floor. Must not change: a word after the figure (保持8%左右的增长 → `~`), a level or a
 *    share held (保持500万吨, 保持60%: no growth after them), a result (no comparator).
 * Invented passages only (a county, a town, a department, a province, a news digest).
 */
import { describeShapeCatalogue } from '../../test/shape-catalogue.ts';
import { readKindsInOrder } from '../../test/entries-in-order.ts';

/** Every entry as `T kind cmp value unit year` or `A kind value unit year/months`, in text order. */
const read = (text: string): string[] => readKindsInOrder(text);

const CATALOGUE: [string, string, string[]][] = [
  // 1. 保持 + a growth figure: a floor.
  [
    '1a a county holds its growth (保持…的增幅, 保持年均…增长)',
    '2032年青禾县工作要点\n全县生产总值保持7%的增幅，规上工业产值保持年均9%增长。',
    ['T growth >= 7% 2032', 'T growth >= 9% 2032'],
  ],
  [
    '1b a province holds investment growth (保持…的增长, 年均保持…的增长速度)',
    '青禾省2032年经济工作要点\n工业投资保持12%的增长，服务业增加值年均保持6.5%的增长速度。',
    ['T growth >= 12% 2032', 'T growth >= 6.5% 2032'],
  ],
  // 1m. Must not change.
  ['1m1 a word after the figure wins (保持…左右的增长)', '2032年青禾县工作要点\n农业增加值保持4%左右的增长。', ['T growth ~ 4% 2032']],
  [
    '1m2 a level and a share held (no growth after them)',
    '2032年青禾县工作要点\n粮食产量保持45万吨，森林覆盖率保持62%。',
    ['T level = 45万吨 2032', 'T share = 62% 2032'],
  ],
  ['1m3 a result held (no comparator)', '青禾县2031年工作总结\n2031年，全县生产总值保持8%的增长。', ['A growth 8% 2031']],
];

/** Passages the reader does not read as the catalogue says yet, with what it reads today. */
const PENDING: Record<string, string[]> = {};

describeShapeCatalogue('shape catalogue r33u: figures left unread or bound wrongly', CATALOGUE, PENDING, read);
