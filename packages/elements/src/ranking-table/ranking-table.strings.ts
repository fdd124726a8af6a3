/** Words of <mb-ranking-table>: zh-CN here, built in; other locales register theirs (src/locales/en.ts). */

export interface RankingStrings {
  caption: string;
  rank: string;
  tier: string;
  change: string;
  /** A shared rank: zh "2 (并列)", en "=2". */
  tiedRank: (rank: number) => string;
  /** Default flag names: top N (流动红旗) and bottom N (流动绿旗). */
  topFlag: string;
  bottomFlag: string;
  /** Visible change marks and their spoken forms. */
  up: (n: number) => string;
  down: (n: number) => string;
  same: string;
  isNew: string;
  upSpoken: (n: number) => string;
  downSpoken: (n: number) => string;
  sameSpoken: string;
  newSpoken: string;
  missing: string;
  empty: string;
  rowCount: (n: number) => string;
}

export const rankingStrings: { readonly 'zh-CN': RankingStrings } = {
  'zh-CN': {
    caption: '排名',
    rank: '名次',
    tier: '等级',
    change: '名次变化',
    tiedRank: (r) => `${r} (并列)`,
    topFlag: '流动红旗',
    bottomFlag: '流动绿旗',
    up: (n) => `↑${n}`,
    down: (n) => `↓${n}`,
    same: '–',
    isNew: '新',
    upSpoken: (n) => `上升${n}位`,
    downSpoken: (n) => `下降${n}位`,
    sameSpoken: '名次不变',
    newSpoken: '新上榜',
    missing: '—',
    empty: '暂无数据',
    rowCount: (n) => `共${n}条`,
  },
};

declare module '@mubiao/core/vocab/words' {
  interface LocaleWords {
    /** The strings of <mb-ranking-table> (zh-CN built in above; English: src/locales/en.ts). */
    rankingTable: RankingStrings;
  }
}
