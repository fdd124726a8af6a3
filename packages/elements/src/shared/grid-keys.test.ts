/**
 * One keyboard model for both grids: the key map on its own, then the same key presses on
 * <mb-ranking-table> and <mb-task-matrix>, which must land on the same cells (in grid rows and
 * columns, row 0 being the header row), keep one tab stop, keep the focused cell in view, and
 * pass axe.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import '../define/ranking-table.ts';
import '../define/task-matrix.ts';
import type { MbRankingTable } from '../ranking-table/ranking-table.ts';
import type { MbTaskMatrix } from '../task-matrix/task-matrix.ts';
import { keyTarget, type GridPosition } from './grid-keys.ts';

afterEach(() => {
  document.body.replaceChildren();
});

describe('keyTarget', () => {
  const extent = { rows: 10, cols: 4 };
  const at = (row: number, col: number): GridPosition => ({ row, col });

  test('arrows move one cell and stop at the edges', () => {
    expect(keyTarget('ArrowRight', false, at(3, 1), extent, 4)).toEqual(at(3, 2));
    expect(keyTarget('ArrowRight', false, at(3, 3), extent, 4)).toEqual(at(3, 3));
    expect(keyTarget('ArrowLeft', false, at(3, 0), extent, 4)).toEqual(at(3, 0));
    expect(keyTarget('ArrowDown', false, at(9, 2), extent, 4)).toEqual(at(9, 2));
    expect(keyTarget('ArrowUp', false, at(0, 2), extent, 4)).toEqual(at(0, 2));
    expect(keyTarget('ArrowUp', false, at(1, 2), extent, 4)).toEqual(at(0, 2));
  });

  test('Home/End within the row; with Ctrl (or ⌘) to the first and last cells of the grid', () => {
    expect(keyTarget('Home', false, at(5, 2), extent, 4)).toEqual(at(5, 0));
    expect(keyTarget('End', false, at(5, 2), extent, 4)).toEqual(at(5, 3));
    expect(keyTarget('Home', true, at(5, 2), extent, 4)).toEqual(at(0, 0));
    expect(keyTarget('End', true, at(5, 2), extent, 4)).toEqual(at(9, 3));
  });

  test('a one-column grid (a list): Home/End go to the first and last row', () => {
    expect(keyTarget('Home', false, at(5, 0), { rows: 10, cols: 1 }, 4)).toEqual(at(0, 0));
    expect(keyTarget('End', false, at(5, 0), { rows: 10, cols: 1 }, 4)).toEqual(at(9, 0));
  });

  test('PageUp/PageDown by the rows in view (at least one), stopping at the first and last rows', () => {
    expect(keyTarget('PageDown', false, at(0, 1), extent, 4)).toEqual(at(4, 1));
    expect(keyTarget('PageDown', false, at(8, 1), extent, 4)).toEqual(at(9, 1));
    expect(keyTarget('PageUp', false, at(5, 1), extent, 4)).toEqual(at(1, 1));
    expect(keyTarget('PageUp', false, at(2, 1), extent, 4)).toEqual(at(0, 1));
    expect(keyTarget('PageDown', false, at(0, 1), extent, 0)).toEqual(at(1, 1));
  });

  test('other keys are not the grid’s; an empty grid keeps its one cell', () => {
    expect(keyTarget('a', false, at(1, 1), extent, 4)).toBeNull();
    expect(keyTarget('Tab', false, at(1, 1), extent, 4)).toBeNull();
    expect(keyTarget('End', true, at(0, 0), { rows: 1, cols: 1 }, 4)).toEqual(at(0, 0));
  });
});

/** What a test needs of a grid element. */
interface GridUnderTest {
  name: string;
  el: HTMLElement & { updateComplete: Promise<boolean> };
  /** The focused cell's grid row (0: header) and column. */
  focused(): GridPosition | null;
  focusFirstBodyCell(): void;
  extent(): { rows: number; cols: number };
  scroller(): HTMLElement;
  header(): HTMLElement;
  /** Body rows as elements, in grid-row order starting at row 1. */
  bodyRow(row: number): HTMLElement | null;
}

const N = 60;

async function rankingTable(): Promise<GridUnderTest> {
  const el = document.createElement('mb-ranking-table') as MbRankingTable;
  el.columns = [
    { key: 'name', label: '企业' },
    { key: 'tax', label: '亩均税收', type: 'number', unit: '万元' },
  ];
  el.rows = Array.from({ length: N }, (_, i) => ({ name: `企业${i + 1}`, tax: 1000 - i }));
  el.rankBy = 'tax';
  el.style.setProperty('--mb-ranking-height', '320px');
  el.style.setProperty('inline-size', '640px');
  el.style.setProperty('display', 'block');
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    name: '<mb-ranking-table>',
    el,
    focused() {
      const active = root.activeElement;
      const cell = active?.closest<HTMLElement>('[aria-colindex]');
      const row = active?.closest<HTMLElement>('[role="row"]');
      return cell && row ? { row: Number(row.getAttribute('aria-rowindex')) - 1, col: Number(cell.getAttribute('aria-colindex')) - 1 } : null;
    },
    focusFirstBodyCell: () => root.querySelector<HTMLElement>('.body [data-pos="0"] [data-col="0"]')!.focus(),
    extent: () => ({ rows: N + 1, cols: 3 }),
    scroller: () => root.querySelector<HTMLElement>('.scroller')!,
    header: () => root.querySelector<HTMLElement>('.head')!,
    bodyRow: (row) => root.querySelector<HTMLElement>(`.body [data-pos="${row - 1}"]`),
  };
}

async function taskMatrix(): Promise<GridUnderTest> {
  const el = document.createElement('mb-task-matrix') as MbTaskMatrix;
  el.tasks = Array.from({ length: N }, (_, i) => ({ number: String(i + 1), title: `任务${i + 1}`, leads: ['市经信局'], partners: ['市发改委', '市财政局'] }));
  // One page holding every task, so the same keys reach the same rows as in the table.
  el.pageSize = N;
  el.style.setProperty('--mb-matrix-max-height', '320px');
  el.style.setProperty('inline-size', '640px');
  el.style.setProperty('display', 'block');
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  const table = () => root.querySelector('table')!;
  return {
    name: '<mb-task-matrix>',
    el,
    focused() {
      const active = root.activeElement as HTMLTableCellElement | null;
      const row = active?.parentElement as HTMLTableRowElement | null;
      return active && row ? { row: row.rowIndex, col: active.cellIndex } : null;
    },
    focusFirstBodyCell: () => table().tBodies[0]!.rows[0]!.cells[0]!.focus(),
    // Header, the tasks, the totals row; task, three departments, total.
    extent: () => ({ rows: N + 2, cols: 5 }),
    scroller: () => root.querySelector<HTMLElement>('.scroller')!,
    header: () => table().tHead!,
    bodyRow: (row) => table().rows[row] ?? null,
  };
}

async function press(grid: GridUnderTest, keys: string): Promise<GridPosition | null> {
  await userEvent.keyboard(keys);
  await grid.el.updateComplete;
  return grid.focused();
}

/** The last body row wholly in view below the sticky header. */
function lastRowInView(grid: GridUnderTest): number {
  const view = grid.scroller().getBoundingClientRect();
  const top = grid.header().getBoundingClientRect().bottom;
  let last = 0;
  for (let row = 1; row < grid.extent().rows; row++) {
    const r = grid.bodyRow(row)?.getBoundingClientRect();
    if (!r) break;
    if (r.top >= top - 0.5 && r.bottom <= Math.min(view.bottom, window.innerHeight) + 0.5) last = row;
    else if (last) break;
  }
  return last;
}

function expectInView(grid: GridUnderTest): void {
  const cell = (grid.el.shadowRoot!.activeElement as HTMLElement).getBoundingClientRect();
  const view = grid.scroller().getBoundingClientRect();
  const header = grid.header().getBoundingClientRect();
  const row = grid.focused()!.row;
  if (row > 0) expect(cell.top).toBeGreaterThanOrEqual(header.bottom - 0.5);
  expect(cell.bottom).toBeLessThanOrEqual(view.bottom + 0.5);
}

describe.each([
  ['<mb-ranking-table>', rankingTable],
  ['<mb-task-matrix>', taskMatrix],
])('the same keys on %s', (_, make) => {
  test('arrows, Home/End and Ctrl+Home/End', async () => {
    const grid = await make();
    const { rows, cols } = grid.extent();
    const tabStops = () => grid.el.shadowRoot!.querySelectorAll('[tabindex="0"]').length;
    grid.focusFirstBodyCell();
    expect(grid.focused()).toEqual({ row: 1, col: 0 });
    expect(await press(grid, '{ArrowRight}')).toEqual({ row: 1, col: 1 });
    expect(await press(grid, '{ArrowLeft}{ArrowLeft}')).toEqual({ row: 1, col: 0 });
    expect(await press(grid, '{ArrowUp}')).toEqual({ row: 0, col: 0 });
    expect(await press(grid, '{ArrowUp}')).toEqual({ row: 0, col: 0 });
    expect(await press(grid, '{ArrowDown}{ArrowDown}')).toEqual({ row: 2, col: 0 });
    expect(await press(grid, '{End}')).toEqual({ row: 2, col: cols - 1 });
    expect(await press(grid, '{Home}')).toEqual({ row: 2, col: 0 });
    expect(await press(grid, '{Control>}{End}{/Control}')).toEqual({ row: rows - 1, col: cols - 1 });
    expectInView(grid);
    expect(await press(grid, '{ArrowDown}{ArrowRight}')).toEqual({ row: rows - 1, col: cols - 1 });
    expect(await press(grid, '{Control>}{Home}{/Control}')).toEqual({ row: 0, col: 0 });
    expect(tabStops()).toBe(1);
  });

  test('PageDown/PageUp move by the rows in view and keep the focused cell clear of the sticky header', async () => {
    const grid = await make();
    const { rows } = grid.extent();
    grid.focusFirstBodyCell();
    await press(grid, '{ArrowUp}{ArrowRight}');
    // From the header, PageDown lands on the last row wholly in view.
    const page = lastRowInView(grid);
    expect(page).toBeGreaterThan(3);
    expect(await press(grid, '{PageDown}')).toEqual({ row: page, col: 1 });
    expect(await press(grid, '{PageDown}')).toEqual({ row: 2 * page, col: 1 });
    expectInView(grid);
    expect(await press(grid, '{PageUp}')).toEqual({ row: page, col: 1 });
    expectInView(grid);
    expect(await press(grid, '{PageUp}{PageUp}')).toEqual({ row: 0, col: 1 });
    await press(grid, '{Control>}{End}{/Control}');
    expect(await press(grid, '{PageDown}')).toEqual({ row: rows - 1, col: grid.extent().cols - 1 });
    expect(grid.el.shadowRoot!.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect((await axe.run(grid.el)).violations).toEqual([]);
  });
});
