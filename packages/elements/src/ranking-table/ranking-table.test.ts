import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import '../define/ranking-table.ts';
import type { MbRankingTable, RankingRowSelectDetail, RankingSortDetail } from './ranking-table.ts';
import type { RankingColumn, RankingRow } from './ranking.ts';
import '../locales/en.ts'; // English registers on import, as a portal's second script or import does

const regionColumns: RankingColumn[] = [
  { key: 'region', label: '地区', type: 'text' },
  { key: 'growth', label: '增速', type: 'percent' },
  { key: 'investment', label: '技改投资', type: 'number', unit: '亿元' },
];

const regions: RankingRow[] = [
  { region: '合肥市', growth: 9.1, investment: 420.5, previousRank: 1 },
  { region: '芜湖市', growth: 8.2, investment: 310, previousRank: 4 },
  { region: '六安市', growth: 8.2, investment: 95.2, previousRank: 2 },
  { region: '宿州市', growth: 7.5, investment: 88 },
  { region: '安庆市', growth: 6.9, investment: 120, previousRank: 5 },
  { region: '阜阳市', growth: 6.9, investment: 140, previousRank: 6 },
];

async function table(props: Partial<MbRankingTable> & Record<string, unknown>, attrs: Record<string, string> = {}): Promise<MbRankingTable> {
  const el = document.createElement('mb-ranking-table');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  el.style.setProperty('--mb-ranking-height', '320px');
  el.style.setProperty('inline-size', '720px');
  el.style.setProperty('display', 'block');
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

const root = (el: MbRankingTable) => el.shadowRoot!;
const bodyRows = (el: MbRankingTable) => [...root(el).querySelectorAll<HTMLElement>('.body [role="row"]')];
/** Rows in visual order (by aria-rowindex), each as its cells' text. */
const cellTexts = (el: MbRankingTable) =>
  bodyRows(el)
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((r) => [...r.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent.replace(/\s+/g, ' ').trim()));
const header = (el: MbRankingTable, label: string) =>
  [...root(el).querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) => h.textContent.includes(label))!;
const active = (el: MbRankingTable) => root(el).activeElement as HTMLElement | null;

async function expectNoAxeViolations(el: Element): Promise<void> {
  const result = await axe.run(el);
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

function manyRows(n: number): RankingRow[] {
  // Deterministic pseudo-random 亩均税收 values with plenty of ties.
  const out: RankingRow[] = [];
  let seed = 7;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push({ name: `企业${i + 1}`, tax: (seed % 5000) / 10 });
  }
  return out;
}

beforeEach(() => {
  document.documentElement.lang = '';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('ranking with ties', () => {
  test('competition ranks, 并列, ordered by rank', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'growth' });
    expect(cellTexts(el).map((r) => r.slice(0, 2))).toEqual([
      ['1', '合肥市'],
      ['2 (并列)', '芜湖市'],
      ['2 (并列)', '六安市'],
      ['4', '宿州市'],
      ['5 (并列)', '安庆市'],
      ['5 (并列)', '阜阳市'],
    ]);
    expect([...el.ranks]).toEqual([1, 2, 2, 4, 5, 5]);
  });

  test('dense ranks and English "=2"', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'growth', ties: 'dense' }, { lang: 'en' });
    expect(cellTexts(el).map((r) => r[0])).toEqual(['1', '=2', '=2', '3', '=4', '=4']);
    expect(header(el, 'Rank')).toBeTruthy();
  });

  test('values are formatted: percent and 亿元', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'investment' });
    expect(cellTexts(el)[0]!.slice(0, 4)).toEqual(['1', '合肥市', '9.1%', '420.5亿元']);
  });

  test('top and bottom flags after ties, shown as text with a shape', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'growth', top: 2, bottom: 1 });
    const ranks = cellTexts(el).map((r) => r[0]);
    expect(ranks).toEqual(['1 ⚑流动红旗', '2 (并列) ⚑流动红旗', '2 (并列) ⚑流动红旗', '4', '5 (并列) ⚐流动绿旗', '5 (并列) ⚐流动绿旗']);
    const flagged = bodyRows(el).filter((r) => r.getAttribute('part')!.includes('row-top'));
    expect(flagged).toHaveLength(3);
  });

  test('custom flag names', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'growth', top: 1, topLabel: '先进', bottom: 1, bottomLabel: '后进' });
    expect(cellTexts(el)[0]![0]).toBe('1 ⚑先进');
    expect(cellTexts(el)[5]![0]).toBe('5 (并列) ⚐后进');
  });

  test('tiers by cut points and rank change against the previous period', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'growth' }, { tiers: 'A,B,C', 'tier-cuts': '9,7' });
    const rowsText = cellTexts(el);
    expect(rowsText.map((r) => r[4])).toEqual(['A', 'B', 'B', 'B', 'C', 'C']);
    // previousRank: 合肥 1→1, 芜湖 4→2 (↑2), 六安 2→2, 宿州 new, 安庆 5→5, 阜阳 6→5 (↑1).
    expect(rowsText.map((r) => r[5])).toEqual(['–名次不变', '↑2上升2位', '–名次不变', '新新上榜', '–名次不变', '↑1上升1位']);
  });

  test('previous-key names the field', async () => {
    const rows = [
      { n: '甲', v: 3, last: 3 },
      { n: '乙', v: 2, last: 1 },
    ];
    const el = await table(
      {
        rows,
        columns: [
          { key: 'n', label: '单位' },
          { key: 'v', label: '得分', type: 'number' },
        ],
        rankBy: 'v',
      },
      { 'previous-key': 'last' },
    );
    expect(cellTexts(el).map((r) => r[3])).toEqual(['↑2上升2位', '↓1下降1位']);
  });
});

describe('sorting', () => {
  test('header buttons sort, toggle, set aria-sort and emit mb-sort', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'growth' });
    const events: RankingSortDetail[] = [];
    el.addEventListener('mb-sort', (e) => events.push((e as CustomEvent<RankingSortDetail>).detail));
    expect(header(el, '名次').getAttribute('aria-sort')).toBe('ascending');
    expect(header(el, '地区').getAttribute('aria-sort')).toBe('none');

    header(el, '技改投资').querySelector('button')!.click();
    await el.updateComplete;
    expect(events.at(-1)).toEqual({ key: 'investment', order: 'desc' });
    expect(header(el, '技改投资').getAttribute('aria-sort')).toBe('descending');
    expect(header(el, '名次').getAttribute('aria-sort')).toBe('none');
    expect(cellTexts(el).map((r) => r[1])).toEqual(['合肥市', '芜湖市', '阜阳市', '安庆市', '六安市', '宿州市']);
    // Ranks stay those of rank-by.
    expect(cellTexts(el).map((r) => r[0])).toEqual(['1', '2 (并列)', '5 (并列)', '5 (并列)', '2 (并列)', '4']);

    header(el, '技改投资').querySelector('button')!.click();
    await el.updateComplete;
    expect(events.at(-1)).toEqual({ key: 'investment', order: 'asc' });
    expect(cellTexts(el).map((r) => r[1])[0]).toBe('宿州市');
  });

  test('Chinese names by pinyin or by stroke count', async () => {
    const rows = ['王', '丁', '赵', '李'].map((name, i) => ({ name, score: i }));
    const columns: RankingColumn[] = [
      { key: 'name', label: '姓名' },
      { key: 'score', label: '得分', type: 'number' },
    ];
    const el = await table({ rows, columns, rankBy: 'score' }, { 'sort-key': 'name', 'sort-order': 'asc' });
    expect(cellTexts(el).map((r) => r[1])).toEqual(['丁', '李', '王', '赵']);
    el.collation = 'stroke';
    await el.updateComplete;
    expect(el.appliedCollation).toBe('stroke');
    expect(cellTexts(el).map((r) => r[1])).toEqual(['丁', '王', '李', '赵']);
  });

  test('rank descending and tier/change columns sort', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'growth' }, { 'sort-order': 'desc' });
    expect(cellTexts(el).map((r) => r[1])[0]).toBe('安庆市');
    el.sortBy('#change', 'desc');
    await el.updateComplete;
    expect(cellTexts(el).map((r) => r[1])).toEqual(['芜湖市', '阜阳市', '合肥市', '六安市', '安庆市', '宿州市']);
  });

  test('Enter on a header button sorts', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'growth' });
    header(el, '地区').querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(header(el, '地区').getAttribute('aria-sort')).toBe('ascending');
  });
});

describe('virtualisation at 22,434 rows', () => {
  const n = 22434;
  const columns: RankingColumn[] = [
    { key: 'name', label: '企业' },
    { key: 'tax', label: '亩均税收', type: 'number', unit: '万元' },
  ];

  test('bounded DOM rows, aria-rowcount, scrolling renders the right rows', async () => {
    const el = await table({ rows: manyRows(n), columns, rankBy: 'tax' });
    const grid = root(el).querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).toBe(String(n + 1));
    expect(grid.getAttribute('aria-colcount')).toBe('3');
    expect(bodyRows(el).length).toBeLessThan(40);
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    const rowHeight = bodyRows(el)[0]!.getBoundingClientRect().height;
    scroller.scrollTop = rowHeight * 10000;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    const indices = bodyRows(el).map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(bodyRows(el).length).toBeLessThan(40);
    // Sorted position 10000 is aria-rowindex 10002 (the header is row 1).
    expect(indices).toContain(10002);
    const top = root(el).querySelector<HTMLElement>('[aria-rowindex="10002"]')!;
    const head = root(el).querySelector<HTMLElement>('.head')!;
    expect(Math.round(top.getBoundingClientRect().top)).toBe(Math.round(head.getBoundingClientRect().bottom));
  });

  test('rows are keyed: a row keeps its element while the window scrolls, and DOM order follows the display sort', async () => {
    const el = await table({ rows: manyRows(n), columns, rankBy: 'tax' });
    const rowAt = (index: number) => root(el).querySelector<HTMLElement>(`[aria-rowindex="${index}"]`);
    const twenty = rowAt(20)!;
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = twenty.getBoundingClientRect().height * 10;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(rowAt(20)).toBe(twenty);
    expect(bodyRows(el).length).toBeLessThan(40);
    el.sortOrder = 'desc';
    await el.updateComplete;
    const order = bodyRows(el).map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    el.rows = [];
    await el.updateComplete;
    expect(bodyRows(el).map((r) => r.className)).toEqual(['row empty']);
  });

  test('keyboard: Ctrl+End reaches the last row and focus survives scrolling away', async () => {
    const el = await table({ rows: manyRows(n), columns, rankBy: 'tax' });
    const first = root(el).querySelector<HTMLElement>('[role="columnheader"] button')!;
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(active(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe('2');
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await el.updateComplete;
    const cell = active(el)!;
    expect(cell.closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe(String(n + 1));
    expect(cell.getAttribute('aria-colindex')).toBe('3');
    // Scroll back to the top: the focused row stays rendered and focused.
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 0;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(active(el)).toBe(cell);
    expect(bodyRows(el).length).toBeLessThan(40);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await el.updateComplete;
    expect(active(el)!.getAttribute('role')).toBe(null); // the rank header's button
    expect(active(el)!.closest('[role="columnheader"]')!.getAttribute('aria-colindex')).toBe('1');
  });
});

describe('keyboard (WAI-ARIA grid)', () => {
  test('arrows, Home/End, PageDown/PageUp, one tab stop, sticky header never covers focus', async () => {
    const el = await table({
      rows: manyRows(500),
      columns: [
        { key: 'name', label: '企业' },
        { key: 'tax', label: '亩均税收', type: 'number' },
      ],
      rankBy: 'tax',
    });
    const tabStops = () => root(el).querySelectorAll('[tabindex="0"]').length;
    expect(tabStops()).toBe(1);
    root(el).querySelector<HTMLElement>('[role="columnheader"] button')!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    expect(active(el)!.getAttribute('aria-colindex')).toBe('2');
    await userEvent.keyboard('{End}');
    expect(active(el)!.getAttribute('aria-colindex')).toBe('3');
    await userEvent.keyboard('{Home}');
    expect(active(el)!.getAttribute('aria-colindex')).toBe('1');
    expect(tabStops()).toBe(1);
    await userEvent.keyboard('{PageDown}');
    await el.updateComplete;
    const afterPage = Number(active(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex'));
    expect(afterPage).toBeGreaterThan(4);
    const head = root(el).querySelector<HTMLElement>('.head')!.getBoundingClientRect();
    const scrollerRect = root(el).querySelector<HTMLElement>('.scroller')!.getBoundingClientRect();
    const rowRect = active(el)!.getBoundingClientRect();
    expect(rowRect.top).toBeGreaterThanOrEqual(head.bottom - 0.5);
    expect(rowRect.bottom).toBeLessThanOrEqual(scrollerRect.bottom + 0.5);
    for (let i = 0; i < 30; i++) await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(Number(active(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex'))).toBe(afterPage + 30);
    for (let i = 0; i < 35; i++) await userEvent.keyboard('{ArrowUp}');
    await el.updateComplete;
    // Moving up, the row is scrolled clear of the sticky header.
    const up = active(el)!.getBoundingClientRect();
    expect(up.top).toBeGreaterThanOrEqual(root(el).querySelector<HTMLElement>('.head')!.getBoundingClientRect().bottom - 0.5);
    await userEvent.keyboard('{PageUp}');
    await el.updateComplete;
    expect(Number(active(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex'))).toBeLessThan(afterPage);
    expect(tabStops()).toBe(1);
  });

  test('Enter and click select a row and emit mb-row-select', async () => {
    const el = await table({ rows: regions, columns: regionColumns, rankBy: 'growth', top: 1 });
    const selected: RankingRowSelectDetail[] = [];
    el.addEventListener('mb-row-select', (e) => selected.push((e as CustomEvent<RankingRowSelectDetail>).detail));
    root(el).querySelector<HTMLElement>('[role="columnheader"] button')!.focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await el.updateComplete;
    expect(selected[0]).toMatchObject({ index: 0, rank: 1, tied: false, flag: 'top', change: 0 });
    expect(selected[0]!.row).toBe(regions[0]);
    expect(bodyRows(el)[0]!.getAttribute('aria-selected')).toBe('true');
    bodyRows(el)
      .find((r) => r.textContent.includes('宿州市'))!
      .querySelector<HTMLElement>('[role="gridcell"]')!
      .click();
    expect(selected[1]).toMatchObject({ index: 3, rank: 4, change: 'new' });
    expect(el.selectedIndex).toBe(3);
  });
});

describe('safety, states and accessibility', () => {
  test('label and cell text stay inert', async () => {
    const evil = '<img src=x onerror="window.__mbPwned=1">';
    const el = await table({
      rows: [{ name: evil, v: 1 }],
      columns: [
        { key: 'name', label: evil },
        { key: 'v', label: 'v', type: 'number' },
      ],
      rankBy: 'v',
      label: evil,
    });
    expect(root(el).querySelector('img')).toBeNull();
    expect(root(el).querySelector('.caption-text')!.textContent).toBe(evil);
    expect(cellTexts(el)[0]![1]).toBe(evil);
    await new Promise((r) => setTimeout(r, 20));
    expect((window as unknown as { __mbPwned?: number }).__mbPwned).toBeUndefined();
  });

  test('empty rows show a message', async () => {
    const el = await table({ rows: [], columns: regionColumns, rankBy: 'growth' });
    expect(root(el).querySelector('.empty')!.textContent.trim()).toBe('暂无数据');
    expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).toBe('1');
  });

  test('rows and columns as JSON attributes; bad JSON is reported', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await table(
      {},
      {
        columns: JSON.stringify([
          { key: 'n', label: '地区' },
          { key: 'v', label: '值', type: 'number' },
        ]),
        rows: JSON.stringify([
          { n: '甲', v: 1 },
          { n: '乙', v: 2 },
        ]),
        'rank-by': 'v',
      },
    );
    expect(cellTexts(el).map((r) => r[1])).toEqual(['乙', '甲']);
    el.setAttribute('rows', '[{oops');
    await el.updateComplete;
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^<mb-ranking-table> rows: the attribute is not valid JSON \(.+\); it is ignored$/);
    expect(root(el).querySelector('.empty')).not.toBeNull();
    warn.mockRestore();
  });

  test('missing values rank last with no rank', async () => {
    const el = await table({
      rows: [{ n: '甲' }, { n: '乙', v: 2 }],
      columns: [
        { key: 'n', label: '地区' },
        { key: 'v', label: '值', type: 'number' },
      ],
      rankBy: 'v',
    });
    expect(cellTexts(el)).toEqual([
      ['1', '乙', '2'],
      ['—', '甲', '—'],
    ]);
  });

  test('no style attribute is ever written (strict CSP blocks inline styles)', async () => {
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const el = await table(
      {
        rows: manyRows(3000),
        columns: [
          { key: 'name', label: '企业' },
          { key: 'tax', label: '亩均税收', type: 'number' },
        ],
        rankBy: 'tax',
        top: 3,
      },
      { tiers: 'A,B' },
    );
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 5000;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    const styleWrites = setAttribute.mock.calls.filter(([name]) => name.toLowerCase() === 'style');
    setAttribute.mockRestore();
    // The test helper sets the host's size through CSSOM too; nothing may go through the attribute.
    expect(styleWrites).toEqual([]);
    // Geometry still applied: rows sit at their offsets.
    const row = bodyRows(el).find((r) => r.dataset['pos'] === '150')!;
    const rowHeight = row.getBoundingClientRect().height;
    expect(row.style.transform).toBe(`translateY(${150 * rowHeight}px)`);
  });

  test('axe: ranking with flags, tiers and change', async () => {
    const el = await table(
      { rows: regions, columns: regionColumns, rankBy: 'growth', top: 2, bottom: 1, label: '2023年各市规上工业增加值增速' },
      { tiers: 'A,B,C' },
    );
    await expectNoAxeViolations(el);
  });

  test('axe: virtualised and scrolled', async () => {
    const el = await table(
      {
        rows: manyRows(2000),
        columns: [
          { key: 'name', label: '企业' },
          { key: 'tax', label: '亩均税收', type: 'number' },
        ],
        rankBy: 'tax',
      },
      { lang: 'en' },
    );
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 20000;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});
