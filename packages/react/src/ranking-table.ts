import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '@mubiao/elements/define/ranking-table.js';
import { MbRankingTable as MbRankingTableElement, type RankingRowSelectDetail, type RankingSortDetail } from '@mubiao/elements/ranking-table/ranking-table.js';

/** `<mb-ranking-table>`: `onSort` for `mb-sort`, `onRowSelect` for `mb-row-select`. */
export const MbRankingTable = createComponent({
  tagName: 'mb-ranking-table',
  elementClass: MbRankingTableElement,
  react: React,
  events: {
    onSort: 'mb-sort' as EventName<CustomEvent<RankingSortDetail>>,
    onRowSelect: 'mb-row-select' as EventName<CustomEvent<RankingRowSelectDetail>>,
  },
});
