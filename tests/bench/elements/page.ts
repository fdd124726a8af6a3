/**
 * Runs inside headless Chromium: renders the ranking table and a plain non-virtualised <table>
 * with the same rows and reports timings. Built by run.ts into one module with vite.
 */
import '@mubiao/elements/define/ranking-table.ts';
import type { MbRankingTable } from '@mubiao/elements/ranking-table/ranking-table.ts';
import { assignTiers, chineseCollator, rankFlags, rankRows, sortIndices } from '@mubiao/elements/ranking-table/ranking.ts';
import type { RankingColumn, RankingRow } from '@mubiao/elements/ranking-table/ranking.ts';

// The 16 prefecture-level cities of Anhui, where the 22,434 规上 industrial firms are.
const CITIES = [
  '合肥市',
  '淮北市',
  '亳州市',
  '宿州市',
  '蚌埠市',
  '阜阳市',
  '淮南市',
  '滁州市',
  '六安市',
  '马鞍山市',
  '芜湖市',
  '宣城市',
  '铜陵市',
  '池州市',
  '安庆市',
  '黄山市',
];
const SYLLABLES = '安徽华兴盛达新材科技电子机械精工智能汽车部件光伏能源化工纺织服装食品医药建材装备制造环保铝业钢铁铜业'.split('');
const SUFFIX = ['有限公司', '股份有限公司', '集团有限公司', '科技有限公司'];

/** Deterministic rows: 亩均税收 with one decimal (so plenty of ties) and last year's rank. */
export function makeRows(n: number): RankingRow[] {
  let seed = 20240101;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const rows: RankingRow[] = [];
  for (let i = 0; i < n; i++) {
    const name = Array.from({ length: 4 }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
    rows.push({
      name: `${name}${SUFFIX[Math.floor(next() * SUFFIX.length)]}`,
      city: CITIES[Math.floor(next() * CITIES.length)],
      tax: Math.round(next() * 600 * 10) / 10,
      output: Math.round(next() * 50000) / 10,
      previousRank: next() < 0.05 ? undefined : 1 + Math.floor(next() * n),
    });
  }
  return rows;
}

const columns: RankingColumn[] = [
  { key: 'name', label: '企业名称' },
  { key: 'city', label: '所在市' },
  { key: 'tax', label: '亩均税收', type: 'number', unit: '万元' },
  { key: 'output', label: '亩均产值', type: 'number', unit: '万元' },
];

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

export interface RunResult {
  firstRender: number;
  firstFrame: number;
  sortNumber: number;
  sortText: number;
  scrollMedian: number;
  scrollMax: number;
  domRows: number;
}

function stage(): HTMLElement {
  document.body.replaceChildren();
  const host = document.createElement('div');
  host.style.setProperty('width', '960px');
  host.style.setProperty('height', '600px');
  host.style.setProperty('overflow', 'auto');
  document.body.append(host);
  return host;
}

/** The virtualised element: first render (update + layout), first frame, sort, scroll. */
export async function runVirtual(n: number): Promise<RunResult> {
  const rows = makeRows(n);
  const host = stage();
  await frame();
  const el = document.createElement('mb-ranking-table') as MbRankingTable;
  el.style.setProperty('--mb-ranking-height', '560px');
  const t0 = performance.now();
  el.columns = columns;
  el.rows = rows;
  el.rankBy = 'tax';
  el.top = 10;
  el.bottom = 10;
  el.tiers = 'A,B,C,D';
  host.append(el);
  await el.updateComplete;
  el.getBoundingClientRect();
  void el.shadowRoot!.querySelector('.body')!.getBoundingClientRect().height;
  const t1 = performance.now();
  const t2 = await frame();
  const domRows = el.shadowRoot!.querySelectorAll('.body [role="row"]').length;

  const sort = async (key: string) => {
    const s0 = performance.now();
    el.sortBy(key);
    await el.updateComplete;
    void el.shadowRoot!.querySelector('.body [role="row"]')!.getBoundingClientRect().top;
    return performance.now() - s0;
  };
  await frame();
  const sortNumber = await sort('output');
  await frame();
  const sortText = await sort('name');
  await frame();

  const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  const times: number[] = [];
  let x = 0.37;
  for (let i = 0; i < 40; i++) {
    x = (x * 9301 + 0.49297) % 1;
    const s0 = performance.now();
    scroller.scrollTop = x * (scroller.scrollHeight - scroller.clientHeight);
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    void el.shadowRoot!.querySelector('.body [role="row"]')!.getBoundingClientRect().top;
    times.push(performance.now() - s0);
  }
  times.sort((a, b) => a - b);
  return {
    firstRender: t1 - t0,
    firstFrame: t2 - t0,
    sortNumber,
    sortText,
    scrollMedian: times[Math.floor(times.length / 2)]!,
    scrollMax: times[times.length - 1]!,
    domRows,
  };
}

function fillBody(tbody: HTMLTableSectionElement, rows: RankingRow[], order: number[], ranks: number[]): void {
  const fragment = document.createDocumentFragment();
  for (const i of order) {
    const r = rows[i]!;
    const tr = document.createElement('tr');
    for (const text of [String(ranks[i]), String(r['name']), String(r['city']), `${String(r['tax'])}万元`, `${String(r['output'])}万元`]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    fragment.append(tr);
  }
  tbody.replaceChildren(fragment);
}

/** The baseline: every row in the DOM, ranked with the same competition rule, sorted by re-rendering. */
export async function runPlain(n: number): Promise<RunResult> {
  const rows = makeRows(n);
  const host = stage();
  await frame();
  const t0 = performance.now();
  const order = rows.map((_, i) => i).sort((a, b) => (rows[b]!['tax'] as number) - (rows[a]!['tax'] as number) || a - b);
  const ranks = new Array<number>(n);
  order.forEach((i, p) => {
    const prev = order[p - 1];
    ranks[i] = p > 0 && rows[prev!]!['tax'] === rows[i]!['tax'] ? ranks[prev!]! : p + 1;
  });
  const table = document.createElement('table');
  const thead = table.createTHead().insertRow();
  for (const c of ['名次', ...columns.map((c) => c.label)]) {
    const th = document.createElement('th');
    th.textContent = c;
    thead.append(th);
  }
  const tbody = table.createTBody();
  fillBody(tbody, rows, order, ranks);
  host.append(table);
  void table.getBoundingClientRect().height;
  const t1 = performance.now();
  const t2 = await frame();
  const domRows = tbody.rows.length;

  const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });
  const sort = (compare: (a: number, b: number) => number) => {
    const s0 = performance.now();
    const sorted = rows.map((_, i) => i).sort(compare);
    fillBody(tbody, rows, sorted, ranks);
    void tbody.rows[0]!.getBoundingClientRect().top;
    return performance.now() - s0;
  };
  await frame();
  const sortNumber = sort((a, b) => (rows[b]!['output'] as number) - (rows[a]!['output'] as number) || a - b);
  await frame();
  const sortText = sort((a, b) => collator.compare(String(rows[a]!['name']), String(rows[b]!['name'])) || a - b);
  await frame();

  const times: number[] = [];
  let x = 0.37;
  for (let i = 0; i < 40; i++) {
    x = (x * 9301 + 0.49297) % 1;
    const s0 = performance.now();
    host.scrollTop = x * (host.scrollHeight - host.clientHeight);
    void tbody.rows[Math.floor(x * (n - 1))]!.getBoundingClientRect().top;
    times.push(performance.now() - s0);
  }
  times.sort((a, b) => a - b);
  return {
    firstRender: t1 - t0,
    firstFrame: t2 - t0,
    sortNumber,
    sortText,
    scrollMedian: times[Math.floor(times.length / 2)]!,
    scrollMax: times[times.length - 1]!,
    domRows,
  };
}

/** The pure computations alone (no DOM), to tell script time from rendering time. */
export function runCompute(n: number): Record<string, number> {
  const rows = makeRows(n);
  const time = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  let ranking = rankRows(rows, 'tax', 'desc', 'competition');
  return {
    rank: time(() => (ranking = rankRows(rows, 'tax', 'desc', 'competition'))),
    flags: time(() => rankFlags(ranking, 10, 10)),
    tiers: time(() => assignTiers(ranking, ['A', 'B', 'C', 'D'])),
    sortNumber: time(() => sortIndices(rows, 'output', 'number', 'desc', chineseCollator('pinyin'))),
    sortPinyin: time(() => sortIndices(rows, 'name', 'text', 'asc', chineseCollator('pinyin'))),
    sortStroke: time(() => sortIndices(rows, 'name', 'text', 'asc', chineseCollator('stroke'))),
  };
}

declare global {
  interface Window {
    mbBench: { runVirtual: typeof runVirtual; runPlain: typeof runPlain; runCompute: typeof runCompute };
  }
}
window.mbBench = { runVirtual, runPlain, runCompute };
