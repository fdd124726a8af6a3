/** Words of <mb-ranking-table> per locale. */
import type { Locale } from '../shared/locale.ts';

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

export const rankingStrings: Record<Locale, RankingStrings> = {
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
  en: {
    caption: 'Ranking',
    rank: 'Rank',
    tier: 'Tier',
    change: 'Change',
    tiedRank: (r) => `=${r}`,
    topFlag: 'Red banner',
    bottomFlag: 'Green banner',
    up: (n) => `↑${n}`,
    down: (n) => `↓${n}`,
    same: '–',
    isNew: 'new',
    upSpoken: (n) => `up ${n}`,
    downSpoken: (n) => `down ${n}`,
    sameSpoken: 'no change',
    newSpoken: 'new entry',
    missing: '—',
    empty: 'No rows',
    rowCount: (n) => `${n} rows`,
  },
};
