/**
 * What the virtualised lists share (<mb-ranking-table>, <mb-findings-list>): the window of rows to
 * render for a scroll position, and the rows themselves kept as keyed slots, so a row keeps its
 * element (and the focus in it) while the window scrolls. Rows are absolutely placed at a fixed
 * height through CSSOM, which a strict CSP allows where a `style` attribute is blocked.
 */
import { render, type ReactiveController, type ReactiveControllerHost, type RenderOptions } from 'lit';

/** Rows beyond the visible window rendered on each side, so fast scrolling shows no gaps. */
export const OVERSCAN = 6;

/**
 * Positions to render: the rows in view plus OVERSCAN on each side (a window that never runs
 * past the end), and `keep` (the focused row) wherever it is.
 */
export function windowPositions(start: number, total: number, viewport: number, rowHeight: number, keep = -1): number[] {
  const count = Math.ceil(viewport / rowHeight) + OVERSCAN * 2;
  const first = Math.max(0, Math.min(start, total - count));
  const end = Math.min(total, first + count);
  const positions: number[] = [];
  for (let p = first; p < end; p++) positions.push(p);
  if (keep >= 0 && keep < total && (keep < first || keep >= end)) positions.push(keep);
  return positions;
}

/** First position of the window for a scroll offset: the row at the top minus the overscan. */
export function windowStart(scrollTop: number, rowHeight: number): number {
  return Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
}

/**
 * The rendered rows of a virtualised body, keyed as lit's repeat() would key them but without the
 * directive runtime: each row is a `display: contents` slot holding its template, slots stay in
 * the order given, and only the slots out of place move.
 */
export class KeyedSlots {
  #slots = new Map<number, HTMLElement>();
  #order: HTMLElement[] = [];
  #body: HTMLElement | null = null;

  sync(body: HTMLElement, rows: Iterable<[key: number, content: unknown]>, options: RenderOptions): void {
    // A body rendered anew (the list was hidden while empty) starts without slots.
    if (body !== this.#body) {
      this.#slots = new Map();
      this.#order = [];
      this.#body = body;
    }
    const slots = new Map<number, HTMLElement>();
    const order: HTMLElement[] = [];
    for (const [key, content] of rows) {
      let slot = this.#slots.get(key);
      if (!slot) {
        slot = document.createElement('div');
        slot.className = 'slot';
      }
      render(content, slot, options);
      slots.set(key, slot);
      order.push(slot);
    }
    for (const [key, slot] of this.#slots) if (!slots.has(key)) slot.remove();
    // A scroll step removes a row at one end and adds one at the other: move only those.
    const kept = new Set(order);
    let cursor: ChildNode | null = this.#order.find((slot) => kept.has(slot)) ?? null;
    for (const slot of order) {
      if (slot === cursor) cursor = cursor.nextSibling;
      else body.insertBefore(slot, cursor);
    }
    this.#slots = slots;
    this.#order = order;
  }

  /** Places each rendered row (`[data-pos]`) at its position and sizes the body for all of them. */
  static place(body: HTMLElement, total: number, rowHeight: number): void {
    body.style.setProperty('height', `${Math.max(1, total) * rowHeight}px`);
    for (const row of body.querySelectorAll<HTMLElement>('[data-pos]')) {
      row.style.setProperty('transform', `translateY(${Number(row.dataset['pos']) * rowHeight}px)`);
    }
  }
}

/** Scrolls `scroller` the least so the row at `position` shows below a sticky header of `headerHeight`. */
export function scrollRowIntoView(scroller: HTMLElement, position: number, rowHeight: number, headerHeight = 0): void {
  const rowTop = position * rowHeight;
  const viewHeight = scroller.clientHeight - headerHeight;
  if (rowTop < scroller.scrollTop) scroller.scrollTop = rowTop;
  else if (rowTop + rowHeight > scroller.scrollTop + viewHeight) scroller.scrollTop = rowTop + rowHeight - viewHeight;
}

/**
 * Calls back when an observed element changes size (a virtual list's scroller: its height sets how
 * many rows the window holds). Observes only while the host is connected.
 */
export class ResizeWatch implements ReactiveController {
  #observer: ResizeObserver | undefined;
  readonly #onResize: () => void;

  constructor(host: ReactiveControllerHost, onResize: () => void) {
    this.#onResize = onResize;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(() => this.#onResize());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  observe(element: Element): void {
    this.#observer?.observe(element);
  }
}
