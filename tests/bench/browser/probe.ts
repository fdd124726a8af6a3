/**
 * What bench:browser measures inside the page, as plain functions passed to page.evaluate (each
 * is serialised on its own, so none may call another or anything imported): long tasks from the
 * Long Tasks API, the first finding in view, the whole DOM (shadow roots included), and the
 * filter / search / click-to-cell timings on the findings list.
 */

/** Installed before any page script: every long task, kept for the run. */
export function installLongTaskObserver(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Resolves with performance.now() at the first finding of a findings list in the page (the web
 * checker's or the pane's): a timer polls every 10 ms, and cannot run while the main thread is
 * busy, so the time is when the page could first show it.
 */
export function waitForFirstFinding(timeoutMs: number): Promise<number | null> {
  const deep = (root: ParentNode, selector: string): Element | null => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deep(el.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  const start = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const list = deep(document, 'mb-findings-list');
      if (list?.shadowRoot?.querySelector('[part~="finding-button"], [part~="finding"]')) return resolve(performance.now());
      if (performance.now() - start > timeoutMs) return resolve(null);
      setTimeout(tick, 10);
    };
    tick();
  });
}

/**
 * Resolves once the main thread has had no long task for `quietMs`, with the end of the last long
 * task after `since` (or `since` itself): time to interactive in the TTI sense.
 */
export function waitForQuiet([since, quietMs, timeoutMs]: [number, number, number]): Promise<{ interactive: number; longest: number } | null> {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const tasks = w.__longTasks;
      const lastEnd = tasks.reduce((end, t) => Math.max(end, t.start + t.duration), since);
      if (performance.now() - lastEnd >= quietMs) {
        const longest = tasks.filter((t) => t.start + t.duration >= since).reduce((m, t) => Math.max(m, t.duration), 0);
        return resolve({ interactive: Math.max(since, lastEnd), longest });
      }
      if (performance.now() - started > timeoutMs) return resolve(null);
      setTimeout(tick, 50);
    };
    tick();
  });
}

/** Longest long task that started at or after `since`. */
export function longestTaskSince(since: number): number {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  return w.__longTasks.filter((t) => t.start + t.duration >= since).reduce((m, t) => Math.max(m, t.duration), 0);
}

/** Every node of the document, inside shadow roots too. */
export function countDomNodes(): number {
  const count = (root: Node): number => {
    let n = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      n++;
      if (node instanceof Element && node.shadowRoot) n += count(node.shadowRoot);
    }
    return n;
  };
  return count(document);
}

/**
 * Times the findings list's interactions at its current data: the 错误 severity filter, a text
 * search (where the list has one) and choosing the last finding until its cell is focused (web
 * checker) or selected (the pane's scripted Excel). Each from the event to the next frame after
 * the element has updated.
 */
export async function timeInteractions(
  where: 'web' | 'pane',
): Promise<{ filter: number | null; search: number | null; clickToCell: number | null; findingsShown: number }> {
  const deep = (root: ParentNode, selector: string): Element | null => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deep(el.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  type ListLike = HTMLElement & {
    updateComplete: Promise<unknown>;
    shownFindings?: unknown[];
    revealFinding?: (index: number) => Promise<void>;
  };
  const list = deep(document, 'mb-findings-list') as ListLike | null;
  if (!list?.shadowRoot) return { filter: null, search: null, clickToCell: null, findingsShown: 0 };
  const root = list.shadowRoot;
  const findingsShown = list.shownFindings?.length ?? 0;

  let t = performance.now();
  (root.querySelector('[data-severity="error"]') as HTMLElement | null)?.click();
  await list.updateComplete;
  await frame();
  const filter = performance.now() - t;
  (root.querySelector('[data-severity=""]') as HTMLElement | null)?.click();
  await list.updateComplete;
  await frame();

  let search: number | null = null;
  const input = root.querySelector('input[type="search"]') as HTMLInputElement | null;
  if (input) {
    t = performance.now();
    input.value = '技改';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await list.updateComplete;
    await frame();
    search = performance.now() - t;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await list.updateComplete;
    await frame();
  }

  // The last finding that stands on a cell (sheet-level findings have none): a virtualised list
  // first brings it into its window (not timed).
  const shown = (list.shownFindings ?? []) as { cell?: string }[];
  let index = shown.length - 1;
  while (index >= 0 && !shown[index]!.cell) index--;
  if (index < 0) return { filter, search, clickToCell: null, findingsShown };
  const cell = shown[index]!.cell!;
  if (list.revealFinding) await list.revealFinding(index);
  const cellOf = (b: Element) => (b.querySelector('.cell')?.textContent ?? '').replace(/^(单元格|Cell)/, '').trim();
  const last = [...root.querySelectorAll<HTMLElement>('[part~="finding-button"]')].reverse().find((b) => cellOf(b) === cell);
  if (!last) return { filter, search, clickToCell: null, findingsShown };
  const reached = (): boolean => {
    if (where === 'pane') {
      const sel = (window as unknown as { __fakeWorkbook?: { selection: { cell: string } | null } }).__fakeWorkbook?.selection;
      return sel?.cell === cell;
    }
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('data-cell') === cell;
  };
  t = performance.now();
  last.click();
  const deadline = t + 60_000;
  while (!reached() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 1));
  const clickToCell = reached() ? performance.now() - t : null;
  return { filter, search, clickToCell, findingsShown };
}
