import type { Comparator, Period, Span, TargetKind } from '../model.ts';
import { cellAddress } from './address.ts';
import { sharedSpan } from './spans.ts';
import type { SheetKeys } from './sheet-keys.ts';
import type { Claim, SheetRow } from './types.ts';

/**
 * The claims of one read sheet, stored by column. A 100k-row sheet states ~200k claims; as
 * objects, each with its id and A1 address strings, they were 80–90 MB the garbage collector
 * copied while the sheet was read, before validate looked at one. Here a claim is a slot in
 * typed arrays and arrays of shared strings; its row's key, leads and region come from the row,
 * and its id and address are made only when asked for (a finding, or the Claim objects of
 * `SheetTable.claims`, built once on first read).
 */
export class ClaimStore implements ClaimSource {
  length = 0;
  private capacity: number;
  private rowOf: Int32Array;
  private colOf: Int32Array;
  private rowIndexOf: Int32Array;
  private ordinalOf: Uint16Array;
  private flagsOf: Uint8Array;
  private valueOf: Float64Array;
  private maxOf: Float64Array;
  private factorOf: Float64Array;
  private spanStartOf: Int32Array;
  private spanEndOf: Int32Array;
  private yearOf: Int32Array;
  // Strings and periods are shared by many claims (one metric down a column, one unit per
  // indicator): an array slot is a pointer to the shared value, not a copy.
  private readonly metricOf: string[] = [];
  private readonly metricKeyOf: string[] = [];
  private readonly kindOf: TargetKind[] = [];
  private readonly comparatorOf: Comparator[] = [];
  private readonly unitOf: string[] = [];
  private readonly dimensionOf: string[] = [];
  private readonly textOf: string[] = [];
  private readonly periodOf: (Period | undefined)[] = [];
  /** The claim being written: readers fill its fields, then call add(). */
  readonly draft = new ClaimDraft();
  private readonly views: [ClaimView, ClaimView];
  /** The view claim() reads through, apart from the two handed out by at(). */
  private readonly scratch: ClaimView;

  /**
   * @param rows the table's rows, which a claim's `rowIndex` points into (filled as it is read).
   */
  constructor(
    readonly sheet: string,
    readonly rows: readonly SheetRow[],
    private readonly keys: SheetKeys,
    expected = 64,
  ) {
    this.capacity = Math.max(16, expected);
    const n = this.capacity;
    this.rowOf = new Int32Array(n);
    this.colOf = new Int32Array(n);
    this.rowIndexOf = new Int32Array(n);
    this.ordinalOf = new Uint16Array(n);
    this.flagsOf = new Uint8Array(n);
    this.valueOf = new Float64Array(n);
    this.maxOf = new Float64Array(n);
    this.factorOf = new Float64Array(n);
    this.spanStartOf = new Int32Array(n);
    this.spanEndOf = new Int32Array(n);
    this.yearOf = new Int32Array(n);
    this.views = [new ClaimView(this), new ClaimView(this)];
    this.scratch = new ClaimView(this);
  }

  /** Stores the draft as the next claim. The draft keeps its fields (the next claim overwrites them). */
  add(): void {
    if (this.length === this.capacity) this.grow();
    const d = this.draft;
    const i = this.length++;
    this.rowOf[i] = d.row;
    this.colOf[i] = d.col;
    this.rowIndexOf[i] = d.rowIndex;
    this.ordinalOf[i] = Math.min(d.ordinal, 0xffff);
    this.flagsOf[i] = (d.role === 'actual' ? ACTUAL : 0) | (d.decline ? DECLINE : 0) | (d.hidden ? HIDDEN : 0) | (d.total ? TOTAL : 0);
    this.valueOf[i] = d.value ?? NaN;
    this.maxOf[i] = d.max ?? NaN;
    this.factorOf[i] = d.factor;
    this.spanStartOf[i] = d.spanStart;
    this.spanEndOf[i] = d.spanEnd;
    this.yearOf[i] = d.year ?? NO_YEAR;
    this.metricOf.push(d.metric);
    this.metricKeyOf.push(d.metricKey);
    this.kindOf.push(d.kind);
    this.comparatorOf.push(d.comparator);
    this.unitOf.push(d.unit);
    this.dimensionOf.push(d.dimension);
    this.textOf.push(d.text);
    this.periodOf.push(d.period);
  }

  private grow(): void {
    const n = this.capacity * 2;
    const grown = <T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(n);
      b.set(a);
      return b;
    };
    this.rowOf = grown(this.rowOf, Int32Array);
    this.colOf = grown(this.colOf, Int32Array);
    this.rowIndexOf = grown(this.rowIndexOf, Int32Array);
    this.ordinalOf = grown(this.ordinalOf, Uint16Array);
    this.flagsOf = grown(this.flagsOf, Uint8Array);
    this.valueOf = grown(this.valueOf, Float64Array);
    this.maxOf = grown(this.maxOf, Float64Array);
    this.factorOf = grown(this.factorOf, Float64Array);
    this.spanStartOf = grown(this.spanStartOf, Int32Array);
    this.spanEndOf = grown(this.spanEndOf, Int32Array);
    this.yearOf = grown(this.yearOf, Int32Array);
    this.capacity = n;
  }

  /** A1 address of claim i's cell. */
  cell(i: number): string {
    return cellAddress(this.rowOf[i]!, this.colOf[i]!);
  }

  id(i: number): string {
    return this.keys.claimId(this.cell(i), this.ordinalOf[i]!);
  }

  row(i: number): SheetRow {
    return this.rows[this.rowIndexOf[i]!]!;
  }

  /**
   * Claim i in one of two reusable views, so a check can hold a result and its row's target at
   * once without an object per claim. A view is valid until its slot is loaded again.
   */
  at(i: number, slot: 0 | 1 = 0): Claim {
    return this.views[slot].load(i);
  }

  /** Claim i as a plain object, the same fields in the same order as every Claim readSheet documents. */
  claim(i: number): Claim {
    const v = this.scratch.load(i); // the columns are decoded in one place, load()
    const cell = v.cell;
    const claim: Claim = {
      id: this.keys.claimId(cell, this.ordinalOf[i]!),
      sheet: this.sheet,
      cell,
      row: v.row,
      col: v.col,
      rowKey: v.rowKey,
      role: v.role,
      metric: v.metric,
      metricKey: v.metricKey,
      kind: v.kind,
      comparator: v.comparator,
      value: v.value,
      max: v.max,
      decline: v.decline,
      unit: v.unit,
      dimension: v.dimension,
      factor: v.factor,
      text: v.text,
      span: v.span,
      leads: v.leads,
      partners: v.partners,
    };
    if (v.region !== undefined) claim.region = v.region;
    if (v.total) claim.total = true;
    if (v.year !== undefined) claim.year = v.year;
    if (v.period) claim.period = v.period;
    if (v.hidden) claim.hidden = true;
    return claim;
  }

  /** Every claim as a plain object, in reading order. */
  claims(): Claim[] {
    const out = new Array<Claim>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.claim(i);
    return out;
  }

  role(i: number): 'target' | 'actual' {
    return this.flagsOf[i]! & ACTUAL ? 'actual' : 'target';
  }

  metricKey(i: number): string {
    return this.metricKeyOf[i]!;
  }

  rowKey(i: number): string {
    return this.row(i).key;
  }

  leads(i: number): readonly string[] {
    return this.row(i).leads;
  }

  value(i: number): number | null {
    const v = this.valueOf[i]!;
    return v === v ? v : null; // NaN stands for null (a placeholder's missing number)
  }

  max(i: number): number | null {
    const v = this.maxOf[i]!;
    return v === v ? v : null;
  }

  span(i: number): Span {
    return sharedSpan(this.spanStartOf[i]!, this.spanEndOf[i]!);
  }

  /** Fills a view's fields from slot i (the view's getters read the rest on demand). */
  load(view: ClaimView, i: number): void {
    const flags = this.flagsOf[i]!;
    const row = this.rows[this.rowIndexOf[i]!]!;
    view.index = i;
    view.row = this.rowOf[i]!;
    view.col = this.colOf[i]!;
    view.role = this.role(i);
    view.metric = this.metricOf[i]!;
    view.metricKey = this.metricKeyOf[i]!;
    view.kind = this.kindOf[i]!;
    view.comparator = this.comparatorOf[i]!;
    view.value = this.value(i);
    view.max = this.max(i);
    view.decline = (flags & DECLINE) !== 0;
    view.unit = this.unitOf[i]!;
    view.dimension = this.dimensionOf[i]!;
    view.factor = this.factorOf[i]!;
    view.text = this.textOf[i]!;
    view.leads = row.leads;
    view.partners = row.partners;
    view.region = row.region;
    view.total = (flags & TOTAL) !== 0 ? true : undefined;
    const year = this.yearOf[i]!;
    view.year = year === NO_YEAR ? undefined : year;
    view.period = this.periodOf[i];
    view.hidden = (flags & HIDDEN) !== 0 ? true : undefined;
    view.rowRef = row;
  }
}

const ACTUAL = 1;
const DECLINE = 2;
const HIDDEN = 4;
const TOTAL = 8;
/** No year: -2^31, which no sheet's year can be. */
const NO_YEAR = -2147483648;

/** What validate reads claims through: the store of a read sheet, or a plain Claim[] passed in. */
export interface ClaimSource {
  readonly length: number;
  /** Claim i; for a store, a reusable view in slot 0 or 1, valid until that slot is loaded again. */
  at(i: number, slot?: 0 | 1): Claim;
  // Single fields, for passes that read one or two per claim (no view is filled).
  role(i: number): 'target' | 'actual';
  metricKey(i: number): string;
  rowKey(i: number): string;
  leads(i: number): readonly string[];
}

/** A Claim[] as a ClaimSource: its own objects. */
export class ClaimArray implements ClaimSource {
  constructor(private readonly claims: readonly Claim[]) {}
  get length(): number {
    return this.claims.length;
  }
  at(i: number): Claim {
    return this.claims[i]!;
  }
  role(i: number): 'target' | 'actual' {
    return this.claims[i]!.role;
  }
  metricKey(i: number): string {
    return this.claims[i]!.metricKey;
  }
  rowKey(i: number): string {
    return this.claims[i]!.rowKey;
  }
  leads(i: number): readonly string[] {
    return this.claims[i]!.leads;
  }
}

/** The fields a reader sets for one claim before ClaimStore.add(); row key, leads and region come from the row. */
export class ClaimDraft {
  row = 0;
  col = 0;
  /** Index of the claim's logical row in the table's rows. */
  rowIndex = 0;
  /** The claim's number among its cell's claims: the "#n" of its id. */
  ordinal = 0;
  role: 'target' | 'actual' = 'target';
  metric = '';
  metricKey = '';
  kind: TargetKind = 'level';
  comparator: Comparator = '=';
  value: number | null = null;
  max: number | null = null;
  decline = false;
  unit = '';
  dimension = '';
  factor = 1;
  text = '';
  spanStart = 0;
  spanEnd = 0;
  year: number | undefined = undefined;
  period: Period | undefined = undefined;
  hidden = false;
  total = false;
}

/**
 * One claim of a store seen as a Claim, for checks that read a claim and let it go. The strings
 * a finding needs (id, cell, row key) and the span are made only when read.
 */
export class ClaimView implements Claim {
  index = 0;
  row = 0;
  col = 0;
  role: 'target' | 'actual' = 'target';
  metric = '';
  metricKey = '';
  kind: TargetKind = 'level';
  comparator: Comparator = '=';
  value: number | null = null;
  max: number | null = null;
  decline = false;
  unit = '';
  dimension = '';
  factor = 1;
  text = '';
  leads: string[] = [];
  partners: string[] = [];
  region: string | undefined = undefined;
  total: boolean | undefined = undefined;
  year: number | undefined = undefined;
  period: Period | undefined = undefined;
  hidden: boolean | undefined = undefined;
  rowRef: SheetRow | undefined = undefined;

  constructor(private readonly store: ClaimStore) {}

  load(i: number): this {
    this.store.load(this, i);
    return this;
  }

  get sheet(): string {
    return this.store.sheet;
  }
  get id(): string {
    return this.store.id(this.index);
  }
  get cell(): string {
    return this.store.cell(this.index);
  }
  get rowKey(): string {
    return this.rowRef!.key;
  }
  get span(): Span {
    return this.store.span(this.index);
  }
}
