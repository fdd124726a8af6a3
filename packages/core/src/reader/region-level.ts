import type { RegionLevel } from '../model.ts';

/**
 * The scope words of each level. A 地区 (和田地区, 塔城地区) is a prefecture: its whole (全地区), its party committee (地委, 和田地委书记), its
 * office (行署) and its departments opening a clause (地区工信局) are a city's, and the 区 of 地区…局 is no district's, nor
 * that of a park, town part or scenic area (园区发展格局, 城区, 社区, 景区). A 格局, 布局, 大局 or 全局 is no city bureau
 * (城市发展新格局), as 局面 is not.
 */
const LEVEL_WORDS: readonly [RegionLevel, RegExp][] = [
  ['province', /全省|我省|省(?!委)[^\s，。、市县区]{0,8}?(?:厅|委)/g],
  [
    'city',
    /全市|我市|全州|我州|全地区|市[^\s，。、]{0,8}?(?<![格布大全变结当])局(?!面)|地委书记|(?:^|(?<=[^\u4e00-\u9fff]|[在和与、]))(?:地委|行署|地区[\u4e00-\u9fff]{1,5}?(?<![格布大全变结当])局(?!面))/gm,
  ],
  // 区域发展新格局 is no district's bureau: 区域 and 区间 are words, and a 格局 or 布局 no 局 (as a city's).
  ['district', /全区|我区|全县|我县|全旗|我旗|(?:县|(?<![地园城社景片校街矿山])区(?![域间]))[^\s，。、]{0,8}?(?<![格布大全变结当])局(?!面)/g],
];

/**
 * 居全省第2位, 高于全省平均, 全省率先, 列全省, 全省排第7位, 高出全省0.1个百分点, 占全省比重, 获评全省…先进县 (an award the level above gives): the level above, named to rank the issuer against it, not
 * the level the document speaks for; so is one the issuer keeps pace with (与全国全省同步, 与全省同步).
 */
function ranksAgainst(text: string, at: number, length: number): boolean {
  return (
    /^(?:第|前|首|平均|排名|排第|排在|排位|领先|率先|同类|唯一)/.test(text.slice(at + length, at + length + 2)) ||
    // 率先在全区召开, 在全省率先: the first of the level above to act, a rank against it.
    /率先在$/.test(text.slice(Math.max(0, at - 3), at)) ||
    // 入围2024年全省开发区…十强榜单: the year of a list the issuer enters may stand between.
    /[居列占]$|(?:获评|荣获|评为|入选|入围|列入|跻身)(?:\d{4}\s*年度?)?$/.test(text.slice(Math.max(0, at - 9), at)) ||
    // 高出全省0.1个百分点, 分别高于全国、全省6.1、5.7个百分点: the level above, as what a figure is measured against.
    /(?:高出|高于|低于|快于|慢于|超出)(?:全国[、和])?$/.test(text.slice(Math.max(0, at - 5), at)) ||
    // 与全国全省同步基本实现现代化: the level above, named as what the issuer keeps pace with.
    // (Not a scope acting at once, 全省同步推进: only after 与.)
    (/^(?:同步|一道)/.test(text.slice(at + length, at + length + 2)) && /与(?:全国[、和]?)?$/.test(text.slice(Math.max(0, at - 4), at))) ||
    // 建设全国精品丝绸加工基地、全省优质茧生产基地: statures listed from the nation down, the level above as the reach of a
    // base or title the issuer aims at (not 全国、全省同步, read above, nor 全省 opening its own clause).
    /全国[^，。；,;！？\n]{1,30}、$/.test(text.slice(Math.max(0, at - 32), at)) ||
    inCitedTitle(text, at)
  );
}

/**
 * Inside a document's title in 《》 (落实《河南省人民政府办公厅关于印发…的通知》): the scope words of whoever wrote the cited
 * document, not of the text. (Looked for within a title's length before `at` only.)
 */
function inCitedTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const open = before.lastIndexOf('《');
  return open !== -1 && !before.includes('》', open);
}

export function readLevel(text: string): RegionLevel | null {
  let best: RegionLevel | null = null;
  let bestCount = 0;
  let tiedWithProvince: RegionLevel | null = null;
  for (const [level, pattern] of LEVEL_WORDS) {
    const count = [...text.matchAll(pattern)].filter((m) => !ranksAgainst(text, m.index, m[0].length)).length;
    if (count > bestCount) [best, bestCount] = [level, count];
    else if (count > 0 && count === bestCount && best === 'province' && !tiedWithProvince) tiedWithProvince = level;
  }
  // 发挥我市…优势，打造全省…高地: a text that says 我市 (我县, 我区) and never 我省 speaks for the lower level when the
  // province's words are no more; 全省 is then the stage it means to lead.
  if (tiedWithProvince && SPEAKS_AS_LOWER.test(text) && !/我省/.test(text)) return tiedWithProvince;
  return best;
}
/** The first person of a city, a county or a district (我市, 我州, 我县, 我区, 我旗). */
const SPEAKS_AS_LOWER = /我[市州县区旗]/;
