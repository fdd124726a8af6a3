import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '@mubiao/elements/define/findings-list.js';
import { MbFindingsList as MbFindingsListElement, type FindingFilterDetail, type FindingSelectDetail } from '@mubiao/elements/findings-list/findings-list.js';

/** `<mb-findings-list>`: `onFindingSelect` for `mb-finding-select`, `onFilterChange` for `mb-filter-change`. */
export const MbFindingsList = createComponent({
  tagName: 'mb-findings-list',
  elementClass: MbFindingsListElement,
  react: React,
  events: {
    onFindingSelect: 'mb-finding-select' as EventName<CustomEvent<FindingSelectDetail>>,
    onFilterChange: 'mb-filter-change' as EventName<CustomEvent<FindingFilterDetail>>,
  },
});
