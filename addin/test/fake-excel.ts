/**
 * A scripted Excel host with Office.js batching semantics, for tests, the benchmark and the
 * end-to-end page. Like the real API: calls are queued and run only at context.sync(); a
 * property must be loaded and synced before it can be read (else "PropertyNotLoaded" is thrown);
 * *OrNullObject results expose isNullObject after a sync. It counts syncs and the bytes of
 * each request and response, and can refuse batches over a payload limit like Excel on the web.
 * Every write is named ("notes.add", "fill.color", …) and counted, and a test can make one fail
 * (failWrites): as in Excel, a batch runs its operations in order and stops at the first that
 * fails, keeping those before it. Only the API surface the add-in uses is modelled. No Node or
 * DOM APIs: it runs in a page too.
 */
import { cellAddress, columnName, parseAreas, parseRange, quoteSheet } from '../src/excel/address.ts';
import type { CellRange } from '@mubiao/core';

export interface FakeCell {
  value: string | number | boolean;
  text?: string;
  numberFormat?: string;
  fill?: string | null;
}

export interface FakeConditionalFormat {
  id: string;
  areas: CellRange[];
  type: string;
  formula: string;
  fill: string | null;
  font: string | null;
  priority: number;
}

export class FakeSheet {
  rows: (FakeCell | undefined)[][] = [];
  merges: CellRange[] = [];
  hiddenRows = new Set<number>();
  protected = false;
  visibility = 'Visible';
  conditionalFormats: FakeConditionalFormat[] = [];
  notes = new Map<string, string>();
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }
  setCell(row: number, col: number, cell: FakeCell | undefined): void {
    (this.rows[row] ??= [])[col] = cell;
  }
  /** Bounding box of non-empty cells; null when the sheet is empty. */
  usedRange(): CellRange | null {
    let top = -1,
      bottom = -1,
      left = Infinity,
      right = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || cell.value === '') continue;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    return top < 0 ? null : { top, bottom, left, right };
  }
}

export interface FakeComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

/** A write that fails, for tests of what a pass leaves when it stops part way. */
export interface InjectedFailure {
  /** Fail the write after this many more writes have run (0: the next write fails). */
  afterWrites?: number;
  /** Or fail the `nth` (default 1st) write of this name from now on, e.g. "conditionalFormat.rule". */
  on?: string;
  nth?: number;
  /** The connection stays down after the failure: every later sync fails before running anything. */
  thenOffline?: boolean;
}

/** The workbook's state, which tests inspect directly. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  comments: FakeComment[] = [];
  syncs = 0;
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  /** Writes run so far, and per sync (in order). */
  writes = 0;
  writesPerSync: number[] = [];
  /** While true every sync fails before running anything, as when the connection to Excel is lost. */
  offline = false;
  private failure: { at: InjectedFailure; left: number } | null = null;
  /** What the user would see selected after Range.select(). */
  selection: { sheet: string; cell: string } | null = null;
  /** Refuse a sync whose request or response exceeds this (Excel on the web: 5 MB). */
  payloadLimit = Number.POSITIVE_INFINITY;
  private nextId = 1;

  /** Arms one failure (see InjectedFailure); it fires once. */
  failWrites(failure: InjectedFailure): void {
    this.failure = { at: failure, left: failure.on ? (failure.nth ?? 1) - 1 : (failure.afterWrites ?? 0) };
  }

  /** Called by every write as it runs: counts it, or throws the injected failure. */
  beforeWrite(name: string): void {
    const f = this.failure;
    if (f && (!f.at.on || f.at.on === name)) {
      if (f.left === 0) {
        this.failure = null;
        if (f.at.thenOffline) this.offline = true;
        throw hostError(f.at.on ? 'InvalidArgument' : 'GeneralException', `injected failure at ${name} (write ${this.writes + 1})`);
      }
      f.left--;
    }
    this.writes++;
  }

  newId(prefix: string): string {
    return `${prefix}{${(this.nextId++).toString(16).padStart(8, '0')}}`;
  }

  addSheet(name: string, rows: (string | number | boolean | null | FakeCell)[][] = []): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        sheet.setCell(r, c, typeof v === 'object' ? { ...v } : { value: v });
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Everything a user could see or that the add-in could change, for before/after comparisons. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        cells: s.rows.map((row) => row?.map((c) => (c ? { ...c, fill: c.fill ?? null } : null)) ?? null),
        conditionalFormats: s.conditionalFormats.map(({ id: _id, ...rest }) => rest),
        notes: [...s.notes.entries()].sort(),
      })),
      comments: this.comments.map(({ id: _id, ...rest }) => rest),
    };
  }
}

type Action = () => void;

export class FakeContext {
  private queue: Action[] = [];
  private pendingRequest = 0;
  private pendingResponse = 0;
  readonly workbook: WorkbookProxy;
  constructor(readonly model: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }
  enqueue(action: Action, bytes = 40): void {
    this.pendingRequest += bytes;
    this.queue.push(action);
  }
  /** Queues a write named `name` (see FakeWorkbook.failWrites). */
  enqueueWrite(name: string, action: Action, bytes: number): void {
    this.enqueue(() => {
      this.model.beforeWrite(name);
      action();
    }, bytes);
  }
  respond(bytes: number): void {
    this.pendingResponse += bytes;
  }
  async sync(): Promise<void> {
    const model = this.model;
    model.syncs++;
    const queue = this.queue;
    this.queue = [];
    const request = this.pendingRequest;
    this.pendingRequest = 0;
    this.pendingResponse = 0;
    if (model.offline) throw hostError('ConnectionFailure', 'the connection to Excel was lost');
    if (request > model.payloadLimit) throw hostError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    // Like Excel: the batch is not a transaction. Its actions run in order and the first that
    // fails stops it; what ran before stays.
    const before = model.writes;
    try {
      for (const action of queue) action();
    } finally {
      model.writesPerSync.push(model.writes - before);
    }
    model.requestBytes.push(request);
    model.responseBytes.push(this.pendingResponse);
    if (this.pendingResponse > model.payloadLimit) throw hostError('ResponsePayloadSizeLimitExceeded', `response of ${this.pendingResponse} bytes`);
    await Promise.resolve();
  }
}

function hostError(code: string, message: string): Error {
  const e = new Error(message) as Error & { code: string; debugInfo: { errorLocation: string } };
  e.code = code;
  e.debugInfo = { errorLocation: code };
  return e;
}

/** Base of every proxy: lazy target, load/read with the real API's rules. */
abstract class ClientObject<T> {
  private resolved = false;
  private targetValue: T | null = null;
  private loadedProps = new Map<string, unknown>();
  private synced = false;
  constructor(
    protected ctx: FakeContext,
    private resolver: () => T | null,
  ) {
    ctx.enqueue(() => {
      this.resolve();
      this.synced = true;
    }, 0);
  }
  protected resolve(): T | null {
    if (!this.resolved) {
      this.targetValue = this.resolver();
      this.resolved = true;
    }
    return this.targetValue;
  }
  protected target(): T {
    const t = this.resolve();
    if (t === null) throw hostError('ItemNotFound', `${this.constructor.name} does not exist`);
    return t;
  }
  get isNullObject(): boolean {
    if (!this.synced) throw hostError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.resolve() === null;
  }
  /** Reads a scalar property of the live target (at sync time). */
  protected abstract readProp(name: string): unknown;
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => {
      if (this.resolve() === null) return; // null objects load nothing
      const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
      if (itemProps.length) this.loadItems(itemProps.join(','));
      for (const p of list) {
        if (p.startsWith('items/')) continue;
        else {
          const v = this.readProp(p);
          this.loadedProps.set(p, v);
          this.ctx.respond(JSON.stringify(v ?? null).length + p.length + 4);
        }
      }
    });
    return this;
  }
  protected loadItems(_prop: string): void {
    throw new Error(`${this.constructor.name} is not a collection`);
  }
  protected loaded<V>(name: string): V {
    if (!this.loadedProps.has(name))
      throw hostError('PropertyNotLoaded', `${this.constructor.name}.${name} was not loaded (call load("${name}") and context.sync() first)`);
    return this.loadedProps.get(name) as V;
  }
  /** Queues a write named `name` on the live target. */
  protected setLater(name: string, bytes: number, action: (t: T) => void): void {
    this.ctx.enqueueWrite(name, () => action(this.target()), bytes);
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly comments: CommentCollectionProxy;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.comments = new CommentCollectionProxy(ctx);
  }
}

class WorksheetCollectionProxy extends ClientObject<FakeWorkbook> {
  private itemList: WorksheetProxy[] | null = null;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model);
  }
  protected readProp(name: string): unknown {
    throw new Error(`WorksheetCollection.${name} is not modelled`);
  }
  protected override loadItems(prop: string): void {
    this.itemList = this.target().sheets.map((s) => {
      const p = new WorksheetProxy(this.ctx, () => s);
      p.preload(
        prop.split(',').map((x) => x.replace(/^items\//, '')),
        s,
      );
      return p;
    });
  }
  get items(): WorksheetProxy[] {
    if (!this.itemList) throw hostError('PropertyNotLoaded', 'WorksheetCollection.items was not loaded');
    return this.itemList;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.model.sheet(name);
      if (!s) throw hostError('ItemNotFound', `worksheet "${name}" not found`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.model.sheet(name) ?? null);
  }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.ctx.enqueueWrite(
      'worksheets.add',
      () => {
        if (this.ctx.model.sheet(name)) throw hostError('ItemAlreadyExists', `worksheet "${name}" exists`);
        created = this.ctx.model.addSheet(name);
      },
      60 + name.length,
    );
    return new WorksheetProxy(this.ctx, () => created);
  }
}

class WorksheetProxy extends ClientObject<FakeSheet> {
  private preloaded = new Map<string, unknown>();
  preload(props: string[], sheet: FakeSheet): void {
    for (const p of props) this.preloaded.set(p, this.readFrom(sheet, p));
  }
  private readFrom(s: FakeSheet, name: string): unknown {
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    throw new Error(`Worksheet.${name} is not modelled`);
  }
  protected readProp(name: string): unknown {
    return this.readFrom(this.target(), name);
  }
  get name(): string {
    return (this.preloaded.get('name') as string) ?? this.loaded<string>('name');
  }
  get protection(): { load(p: string): unknown; readonly protected: boolean } {
    return new ProtectionProxy(this.ctx, () => this.resolve());
  }
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.ctx, () => this.resolve());
  }
  getUsedRange(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.target();
      return { sheet: s, area: s.usedRange() ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.target();
      const area = s.usedRange();
      return area ? { sheet: s, area } : null;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.target();
      const area = address ? parseRange(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
      if (!area) throw hostError('InvalidArgument', `bad address ${address}`);
      return { sheet: s, area };
    });
  }
  getRanges(address: string): RangeAreasProxy {
    this.ctx.enqueue(() => undefined, address.length + 40);
    return new RangeAreasProxy(this.ctx, () => {
      const areas = parseAreas(address);
      if (!areas.length) throw hostError('InvalidArgument', `bad address list ${address}`);
      return { sheet: this.target(), areas };
    });
  }
  delete(): void {
    this.setLater('worksheet.delete', 40, (s) => {
      this.ctx.model.sheets = this.ctx.model.sheets.filter((x) => x !== s);
    });
  }
  activate(): void {
    this.setLater('worksheet.activate', 30, () => undefined);
  }
  set visibility(v: string) {
    this.setLater('worksheet.visibility', 40, (s) => (s.visibility = v));
  }
}

class ProtectionProxy extends ClientObject<FakeSheet> {
  protected readProp(name: string): unknown {
    if (name === 'protected') return this.target().protected;
    throw new Error(`WorksheetProtection.${name} is not modelled`);
  }
  get protected(): boolean {
    return this.loaded<boolean>('protected');
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  area: CellRange;
}

function areaAddress(sheet: FakeSheet, a: CellRange): string {
  const first = cellAddress(a.top, a.left);
  const one = a.top === a.bottom && a.left === a.right;
  return `${quoteSheet(sheet.name)}!${one ? first : `${first}:${cellAddress(a.bottom, a.right)}`}`;
}

function mapArea<V>(t: RangeTarget, f: (cell: FakeCell | undefined, r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(f(t.sheet.cell(r, c), r, c));
    out.push(row);
  }
  return out;
}

function displayText(cell: FakeCell | undefined): string {
  if (!cell) return '';
  return cell.text ?? String(cell.value);
}

class RangeProxy extends ClientObject<RangeTarget> {
  protected readProp(name: string): unknown {
    const t = this.target();
    const a = t.area;
    switch (name) {
      case 'address':
        return areaAddress(t.sheet, a);
      case 'rowIndex':
        return a.top;
      case 'columnIndex':
        return a.left;
      case 'rowCount':
        return a.bottom - a.top + 1;
      case 'columnCount':
        return a.right - a.left + 1;
      case 'values':
        return mapArea(t, (c) => c?.value ?? '');
      case 'text':
        return mapArea(t, displayText);
      case 'numberFormat':
        return mapArea(t, (c) => c?.numberFormat ?? 'General');
      default:
        throw new Error(`Range.${name} is not modelled`);
    }
  }
  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(v: unknown[][]) {
    this.setLater('range.values', JSON.stringify(v).length, (t) => {
      v.forEach((row, r) =>
        row.forEach((value, c) => {
          const at = t.sheet.cell(t.area.top + r, t.area.left + c);
          t.sheet.setCell(t.area.top + r, t.area.left + c, { ...(at ?? {}), value: value as FakeCell['value'] });
        }),
      );
    });
  }
  get text(): string[][] {
    return this.loaded('text');
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  get format(): { fill: FillProxy; font: { bold: boolean } } {
    const fill = new FillProxy(this.ctx, () => this.resolve());
    const setBold = (b: boolean): void => this.setLater('font.bold', 30, () => void b);
    return {
      fill,
      font: {
        set bold(b: boolean) {
          setBold(b);
        },
        get bold() {
          return false;
        },
      },
    };
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, areas: [t.area] } : null;
    });
  }
  select(): void {
    this.setLater('range.select', 30, (t) => {
      const first = cellAddress(t.area.top, t.area.left);
      const one = t.area.top === t.area.bottom && t.area.left === t.area.right;
      this.ctx.model.selection = { sheet: t.sheet.name, cell: one ? first : `${first}:${cellAddress(t.area.bottom, t.area.right)}` };
    });
  }
  getRow(offset: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.target();
      const row = t.area.top + offset;
      return { sheet: t.sheet, area: { top: row, bottom: row, left: t.area.left, right: t.area.right } };
    });
  }
  getResizedRange(dr: number, dc: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, area: { ...t.area, bottom: t.area.bottom + dr, right: t.area.right + dc } };
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const t = this.target();
      const areas = t.sheet.merges.filter((m) => m.top <= t.area.bottom && m.bottom >= t.area.top && m.left <= t.area.right && m.right >= t.area.left);
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
  getSpecialCellsOrNullObject(type: string): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      if (type !== 'Visible') throw new Error(`special cells ${type} not modelled`);
      const t = this.target();
      const areas: CellRange[] = [];
      let start = -1;
      for (let r = t.area.top; r <= t.area.bottom + 1; r++) {
        const visible = r <= t.area.bottom && !t.sheet.hiddenRows.has(r);
        if (visible && start < 0) start = r;
        if (!visible && start >= 0) {
          areas.push({ top: start, bottom: r - 1, left: t.area.left, right: t.area.right });
          start = -1;
        }
      }
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
}

class FillProxy extends ClientObject<RangeTarget> {
  protected readProp(name: string): unknown {
    if (name !== 'color') throw new Error(`RangeFill.${name} is not modelled`);
    const t = this.target();
    // Like ExcelApi 1.1: one colour for a uniform range, null for mixed; no fill reads as white.
    const colours = new Set(mapArea(t, (c) => c?.fill ?? '#FFFFFF').flat());
    return colours.size === 1 ? [...colours][0] : null;
  }
  get color(): string {
    return this.loaded('color');
  }
  set color(v: string) {
    this.setLater('fill.color', 60, (t) => mapArea(t, (c, r, col) => t.sheet.setCell(r, col, { ...(c ?? { value: '' }), fill: v })));
  }
  clear(): void {
    this.setLater('fill.clear', 40, (t) => mapArea(t, (c, r, col) => c && t.sheet.setCell(r, col, { ...c, fill: null })));
  }
}

interface AreasTarget {
  sheet: FakeSheet;
  areas: CellRange[];
}

class RangeAreasProxy extends ClientObject<AreasTarget> {
  protected readProp(name: string): unknown {
    if (name !== 'address') throw new Error(`RangeAreas.${name} is not modelled`);
    const t = this.target();
    return t.areas.map((a) => areaAddress(t.sheet, a)).join(',');
  }
  get address(): string {
    return this.loaded('address');
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, () => this.resolve());
  }
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

class ConditionalFormatCollectionProxy extends ClientObject<AreasTarget> {
  private itemList: ConditionalFormatProxy[] | null = null;
  protected readProp(name: string): unknown {
    throw new Error(`ConditionalFormatCollection.${name} is not modelled`);
  }
  protected override loadItems(): void {
    const t = this.target();
    this.itemList = t.sheet.conditionalFormats
      .filter((cf) => cf.areas.some((a) => t.areas.some((b) => intersects(a, b))))
      .map((cf) => {
        const p = new ConditionalFormatProxy(this.ctx, () => ({ sheet: t.sheet, cf }));
        p.preloadId(cf.id, cf.type, cf.formula);
        this.ctx.respond(cf.id.length + cf.type.length + cf.formula.length + 30);
        return p;
      });
  }
  get items(): ConditionalFormatProxy[] {
    if (!this.itemList) throw hostError('PropertyNotLoaded', 'ConditionalFormatCollection.items was not loaded');
    return this.itemList;
  }
  add(type: string): ConditionalFormatProxy {
    let created: { sheet: FakeSheet; cf: FakeConditionalFormat } | null = null;
    this.ctx.enqueueWrite(
      'conditionalFormats.add',
      () => {
        const t = this.target();
        const cf: FakeConditionalFormat = {
          id: this.ctx.model.newId('cf'),
          areas: t.areas.map((a) => ({ ...a })),
          type,
          formula: '',
          fill: null,
          font: null,
          priority: t.sheet.conditionalFormats.length,
        };
        t.sheet.conditionalFormats.push(cf);
        created = { sheet: t.sheet, cf };
      },
      80,
    );
    return new ConditionalFormatProxy(this.ctx, () => created);
  }
}

class ConditionalFormatProxy extends ClientObject<{ sheet: FakeSheet; cf: FakeConditionalFormat }> {
  private knownId: string | null = null;
  private known: { type: string; formula: string } | null = null;
  /** As loaded through the collection with items/id,items/type,items/customOrNullObject/rule/formula. */
  preloadId(id: string, type?: string, formula?: string): void {
    this.knownId = id;
    if (type !== undefined) this.known = { type, formula: formula ?? '' };
  }
  protected readProp(name: string): unknown {
    if (name === 'id') return this.target().cf.id;
    throw new Error(`ConditionalFormat.${name} is not modelled`);
  }
  get type(): string {
    if (!this.known) throw hostError('PropertyNotLoaded', 'ConditionalFormat.type was not loaded');
    return this.known.type;
  }
  /** Read side only (what a collection load brings back); null object for non-custom rules. */
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    const known = this.known;
    if (!known) throw hostError('PropertyNotLoaded', 'ConditionalFormat.customOrNullObject was not loaded');
    return { isNullObject: known.type !== 'Custom', rule: { formula: known.type === 'Custom' ? known.formula : '' } };
  }
  get id(): string {
    return this.knownId ?? this.loaded<string>('id');
  }
  set priority(p: number) {
    this.setLater('conditionalFormat.priority', 30, ({ sheet, cf }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      sheet.conditionalFormats.splice(p, 0, cf);
      sheet.conditionalFormats.forEach((x, i) => (x.priority = i));
    });
  }
  get custom(): { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } {
    const set = (name: string, f: (cf: FakeConditionalFormat) => void): void => this.setLater(name, 60, ({ cf }) => f(cf));
    return {
      rule: {
        set formula(v: string) {
          set('conditionalFormat.rule', (cf) => (cf.formula = v));
        },
        get formula() {
          return '';
        },
      },
      format: {
        fill: {
          set color(v: string) {
            set('conditionalFormat.fill', (cf) => (cf.fill = v));
          },
          get color() {
            return '';
          },
        },
        font: {
          set color(v: string) {
            set('conditionalFormat.font', (cf) => (cf.font = v));
          },
          get color() {
            return '';
          },
        },
      },
    };
  }
  delete(): void {
    this.setLater('conditionalFormat.delete', 40, ({ sheet, cf }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      // Like Excel, the rules left move up.
      sheet.conditionalFormats.forEach((x, i) => (x.priority = i));
    });
  }
}

class NoteCollectionProxy extends ClientObject<FakeSheet> {
  private itemList: NoteProxy[] | null = null;
  protected readProp(name: string): unknown {
    throw new Error(`NoteCollection.${name} is not modelled`);
  }
  protected override loadItems(prop: string): void {
    if (prop !== 'content') throw new Error(`NoteCollection items/${prop} is not modelled`);
    const s = this.target();
    this.itemList = [...s.notes.entries()].map(([cell, content]) => {
      const p = new NoteProxy(this.ctx, () => (s.notes.has(cell) ? { sheet: s, cell } : null));
      p.preloadContent(content);
      this.ctx.respond(content.length * 3 + 20);
      return p;
    });
  }
  get items(): NoteProxy[] {
    if (!this.itemList) throw hostError('PropertyNotLoaded', 'NoteCollection.items was not loaded');
    return this.itemList;
  }
  add(cell: string | RangeProxy, content: string): NoteProxy {
    const address = typeof cell === 'string' ? cell : '';
    this.setLater('notes.add', 60 + content.length * 2, (s) => {
      if (s.notes.has(address)) throw hostError('InvalidArgument', `cell ${address} already has a note`);
      s.notes.set(address, content);
    });
    return new NoteProxy(this.ctx, () => ({ sheet: this.target(), cell: address }));
  }
  getItemOrNullObject(cell: string): NoteProxy {
    return new NoteProxy(this.ctx, () => {
      const s = this.target();
      return s.notes.has(cell) ? { sheet: s, cell } : null;
    });
  }
}

class NoteProxy extends ClientObject<{ sheet: FakeSheet; cell: string }> {
  private knownContent: string | null = null;
  preloadContent(content: string): void {
    this.knownContent = content;
  }
  protected readProp(name: string): unknown {
    const t = this.target();
    if (name === 'content') return t.sheet.notes.get(t.cell);
    throw new Error(`Note.${name} is not modelled`);
  }
  get content(): string {
    return this.knownContent ?? this.loaded('content');
  }
  delete(): void {
    this.setLater('note.delete', 40, (t) => t.sheet.notes.delete(t.cell));
  }
}

class CommentCollectionProxy extends ClientObject<FakeWorkbook> {
  private itemList: CommentProxy[] | null = null;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model);
  }
  protected readProp(name: string): unknown {
    throw new Error(`CommentCollection.${name} is not modelled`);
  }
  protected override loadItems(prop: string): void {
    const withContent = prop.split(',').includes('content');
    this.itemList = this.target().comments.map((c) => {
      const p = new CommentProxy(this.ctx, () => (this.ctx.model.comments.includes(c) ? c : null));
      p.preloadId(c.id, withContent ? c.content : undefined);
      this.ctx.respond(c.id.length + (withContent ? c.content.length * 3 : 0) + 20);
      return p;
    });
  }
  get items(): CommentProxy[] {
    if (!this.itemList) throw hostError('PropertyNotLoaded', 'CommentCollection.items was not loaded');
    return this.itemList;
  }
  add(where: RangeProxy, content: string): CommentProxy {
    let created: FakeComment | null = null;
    this.ctx.enqueueWrite(
      'comments.add',
      () => {
        const t = (where as unknown as { target(): RangeTarget }).target();
        const cell = cellAddress(t.area.top, t.area.left);
        if (this.ctx.model.comments.some((c) => c.sheet === t.sheet.name && c.cell === cell))
          throw hostError('InvalidArgument', `cell ${cell} already has a comment`);
        created = { id: this.ctx.model.newId('comment'), sheet: t.sheet.name, cell, content };
        this.ctx.model.comments.push(created);
      },
      60 + content.length * 2,
    );
    return new CommentProxy(this.ctx, () => created);
  }
  getItemOrNullObject(id: string): CommentProxy {
    return new CommentProxy(this.ctx, () => this.ctx.model.comments.find((c) => c.id === id) ?? null);
  }
}

class CommentProxy extends ClientObject<FakeComment> {
  private knownId: string | null = null;
  private knownContent: string | null = null;
  /** As loaded through the collection (items/id, items/content). */
  preloadId(id: string, content?: string): void {
    this.knownId = id;
    if (content !== undefined) this.knownContent = content;
  }
  protected readProp(name: string): unknown {
    if (name === 'id') return this.target().id;
    if (name === 'content') return this.target().content;
    throw new Error(`Comment.${name} is not modelled`);
  }
  get id(): string {
    return this.knownId ?? this.loaded<string>('id');
  }
  get content(): string {
    return this.knownContent ?? this.loaded<string>('content');
  }
  getLocation(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const c = this.target();
      const sheet = this.ctx.model.sheet(c.sheet)!;
      return { sheet, area: parseRange(c.cell)! };
    });
  }
  delete(): void {
    this.setLater('comment.delete', 40, (c) => {
      this.ctx.model.comments = this.ctx.model.comments.filter((x) => x !== c);
    });
  }
}

/** Requirement sets a fake host claims: ExcelApi up to `maxExcelApi` (e.g. "1.1" for Office 2016). */
export function fakeRequirements(maxExcelApi: string): { isSetSupported(name: string, version?: string): boolean } {
  const [maxMajor, maxMinor] = maxExcelApi.split('.').map(Number) as [number, number];
  return {
    isSetSupported(name: string, version = '1.1') {
      if (name !== 'ExcelApi') return false;
      const [major, minor] = version.split('.').map(Number) as [number, number];
      return major < maxMajor || (major === maxMajor && minor <= maxMinor);
    },
  };
}

/** Office.context.document.settings, in memory. */
export function fakeSettings(): {
  get(n: string): unknown;
  set(n: string, v: unknown): void;
  remove(n: string): void;
  saveAsync(cb?: (r: { status: string }) => void): void;
  saved: Record<string, unknown>;
  saves: number;
} {
  const live: Record<string, unknown> = {};
  const saved: Record<string, unknown> = {};
  const out = {
    saved,
    /** How many times saveAsync was called (each clears Excel's undo stack). */
    saves: 0,
    get: (n: string): unknown => live[n] ?? null,
    set: (n: string, v: unknown) => void (live[n] = v),
    remove: (n: string) => void delete live[n],
    saveAsync: (cb?: (r: { status: string }) => void) => {
      out.saves++;
      for (const k of Object.keys(saved)) delete saved[k];
      Object.assign(saved, JSON.parse(JSON.stringify(live)));
      cb?.({ status: 'succeeded' });
    },
  };
  return out;
}

/** Builds a sheet of `rows` data rows under a 指标/目标值 header, for size tests. */
export function tallSheet(wb: FakeWorkbook, name: string, rows: number, columns = 6): FakeSheet {
  const header = ['序号', '指标', '目标值', '完成值', '牵头单位', '备注'].slice(0, columns);
  const data: (string | number)[][] = [header];
  for (let i = 0; i < rows; i++) data.push([i + 1, `指标${i + 1}`, 10 + (i % 7), 8 + (i % 5), '市经信局', `说明 ${columnName(i % 26)}`].slice(0, columns));
  return wb.addSheet(name, data);
}

/** The Office-like globals a page or test needs. */
export function fakeOffice(wb: FakeWorkbook, maxExcelApi = '1.18', platform = 'PC') {
  const settings = fakeSettings();
  const runs: { mergeUndoGroup?: boolean }[] = [];
  return {
    settings,
    Office: {
      context: { requirements: fakeRequirements(maxExcelApi), platform, document: { settings }, displayLanguage: 'zh-CN' },
      onReady: (callback?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform };
        callback?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: 'Excel' },
      actions: { associate: (_name: string, _fn: unknown) => undefined },
    },
    /** The options of every Excel.run, in order (mergeUndoGroup on ExcelApi 1.20). */
    runs,
    Excel: {
      run: async <T>(a: ((ctx: FakeContext) => Promise<T>) | { mergeUndoGroup?: boolean }, b?: (ctx: FakeContext) => Promise<T>): Promise<T> => {
        const fn = typeof a === 'function' ? a : b!;
        runs.push(typeof a === 'function' ? {} : { ...a });
        return fn(new FakeContext(wb));
      },
    },
  };
}

/** A fake workbook holding the given grids (values, display text, number formats, merges, hidden rows). */
export function workbookFromGrids(
  grids: {
    sheet: string;
    cells: ({ value: string | number | boolean | null; text: string; numFmt?: string } | undefined | null)[][];
    merges: CellRange[];
    hiddenRows: number[];
    protected?: boolean;
  }[],
): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const g of grids) {
    const sheet = wb.addSheet(g.sheet);
    g.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c) return;
        const cell: FakeCell = { value: c.value ?? '', text: c.text };
        if (c.numFmt) cell.numberFormat = c.numFmt;
        sheet.setCell(r, col, cell);
      }),
    );
    sheet.merges = g.merges.map((m) => ({ ...m }));
    for (const r of g.hiddenRows) sheet.hiddenRows.add(r);
    sheet.protected = g.protected ?? false;
  }
  return wb;
}
