/**
 * A small recording fake of the Excel JavaScript API surface the Office host uses. It keeps real cell
 * state (values, number formats, merges, names, tables), counts context.sync() calls, applies loads only
 * at sync, and throws like Office.js when a property is read before it was loaded and synced.
 */
import { parseA1Range, toA1Range, type CellRange } from '../../../src/domain/cell-ref';
import { OfficeWorkbookHost } from '../../../src/hosts/office/office-workbook-host';

/** The string enums of Office.js the host refers to (Office.js defines them as string values). */
const ENUMS = {
  DataValidationOperator: { between: 'Between' },
  DataValidationAlertStyle: { stop: 'Stop' },
  PageOrientation: { landscape: 'Landscape', portrait: 'Portrait' },
  PaperType: { a4: 'A4' },
  HorizontalAlignment: { left: 'Left', center: 'Center', right: 'Right' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' },
  BorderIndex: { edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight' },
  BorderLineStyle: { continuous: 'Continuous' },
  BorderWeight: { thin: 'Thin', medium: 'Medium' },
  ConditionalFormatType: { dataBar: 'DataBar', colorScale: 'ColorScale', custom: 'Custom' },
  ConditionalFormatRuleType: { number: 'Number' },
  ConditionalFormatColorCriterionType: { lowestValue: 'LowestValue', highestValue: 'HighestValue', percentile: 'Percentile' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden' },
  RangeValueType: { error: 'Error', string: 'String', double: 'Double' },
};
(globalThis as unknown as { Excel: typeof ENUMS }).Excel = ENUMS;

type Cell = { value: string | number; format: string };

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and context.sync()`);
  }
}

/** One loadable proxy: properties listed in load() become readable at the next sync. */
class Loadable {
  private pending = new Set<string>();
  private ready = new Set<string>();
  constructor(protected readonly book: FakeWorkbook) {}
  load(props?: string): this {
    for (const p of (props ?? '*').split(',')) this.pending.add(p.trim());
    this.book.loadables.add(this);
    return this;
  }
  applyLoads(): void {
    for (const p of this.pending) this.ready.add(p);
    this.pending.clear();
  }
  protected need(prop: string): void {
    if (!this.ready.has(prop) && !this.ready.has('*')) throw new NotLoaded(prop);
  }
}

export class FakeSheet {
  readonly cells = new Map<string, Cell>();
  readonly merges: CellRange[] = [];
  readonly names = new Map<string, string>();
  readonly tables: Array<{ name: string; address: string; style: string }> = [];
  readonly formats: Array<{ areas: string; props: Record<string, unknown> }> = [];
  readonly validations: string[] = [];
  readonly conditionalFormats: string[] = [];
  frozenRows = 0;
  protected = false;
  deleted = false;
  constructor(public name: string) {}
}

/** The whole fake workbook; `syncs` counts round trips. */
export class FakeWorkbook {
  syncs = 0;
  readonly sheets: FakeSheet[] = [];
  readonly loadables = new Set<Loadable>();
  active: { sheet: string; cell: string } | null = null;
  eventsEnabled = true;

  /** An Excel.run-shaped function over this workbook. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context() as unknown as Excel.RequestContext);

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => !s.deleted && s.name === name);
  }

  private context() {
    // The runtime accessors below are plain object properties, so they need the workbook by name.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const book = this;
    const worksheets = new WorksheetsProxy(book);
    return {
      workbook: { worksheets },
      runtime: {
        set enableEvents(v: boolean) {
          book.eventsEnabled = v;
        },
        get enableEvents() {
          return book.eventsEnabled;
        },
      },
      application: { suspendScreenUpdatingUntilNextSync: () => undefined },
      sync: () => {
        book.syncs += 1;
        for (const l of book.loadables) l.applyLoads();
        book.loadables.clear();
        return Promise.resolve();
      },
    };
  }
}

class WorksheetsProxy extends Loadable {
  get items(): SheetProxy[] {
    this.need('items/name');
    return this.book.sheets.filter((s) => !s.deleted).map((s) => new SheetProxy(this.book, s, true));
  }
  add(name?: string): SheetProxy {
    const sheet = new FakeSheet(name ?? `Sheet${this.book.sheets.length + 1}`);
    if (this.book.sheet(sheet.name)) throw new Error(`ItemAlreadyExists: ${sheet.name}`);
    this.book.sheets.push(sheet);
    return new SheetProxy(this.book, sheet, true);
  }
  getItem(name: string): SheetProxy {
    const sheet = this.book.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: ${name}`);
    return new SheetProxy(this.book, sheet, false);
  }
}

class SheetProxy extends Loadable {
  constructor(book: FakeWorkbook, readonly sheet: FakeSheet, nameKnown: boolean) {
    super(book);
    if (nameKnown) this.load('name');
    this.applyLoads();
  }
  get name(): string {
    this.need('name');
    return this.sheet.name;
  }
  get visibility(): string {
    return 'Visible';
  }
  get names() {
    const sheet = this.sheet;
    const book = this.book;
    return {
      add: (name: string, range: RangeProxy) => sheet.names.set(name, range.addressText ?? ''),
      getItemOrNullObject: (name: string) => {
        const item = new (class extends Loadable {
          get isNullObject() {
            this.need('name');
            return !sheet.names.has(name);
          }
        })(book);
        return item;
      },
    };
  }
  get tables() {
    return {
      add: (address: string) => {
        const table = { name: '', address, style: '' };
        this.sheet.tables.push(table);
        return table;
      },
    };
  }
  get freezePanes() {
    return { freezeRows: (n: number) => (this.sheet.frozenRows = n), freezeColumns: () => undefined };
  }
  get pageLayout() {
    return { orientation: '', paperSize: '', zoom: {}, setPrintTitleRows: () => undefined };
  }
  get protection() {
    return { protect: () => (this.sheet.protected = true) };
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.book, this.sheet, address ?? 'A1:XFD1048576');
  }
  getRanges(address: string): RangeProxy {
    return new RangeProxy(this.book, this.sheet, address);
  }
  getUsedRangeOrNullObject(): RangeProxy {
    const keys = [...this.sheet.cells.entries()].filter(([, c]) => c.value !== '').map(([k]) => k.split(',').map(Number) as [number, number]);
    if (keys.length === 0) return new RangeProxy(this.book, this.sheet, null);
    const bottom = Math.max(...keys.map(([r]) => r));
    const right = Math.max(...keys.map(([, c]) => c));
    return new RangeProxy(this.book, this.sheet, toA1Range({ top: 0, left: 0, bottom, right }));
  }
  delete(): void {
    this.sheet.deleted = true;
  }
  activate(): void {
    this.book.active = { sheet: this.sheet.name, cell: 'A1' };
  }
}

class RangeProxy extends Loadable {
  private readonly range: CellRange | null;
  constructor(book: FakeWorkbook, private readonly sheet: FakeSheet, readonly addressText: string | null) {
    super(book);
    this.range = addressText && !addressText.includes(',') ? parseA1Range(addressText.replace(/^[A-Z]+:[A-Z]+$/, (m) => `${m.split(':')[0]}1:${m.split(':')[1]}1`)) : null;
  }
  get isNullObject(): boolean {
    return this.addressText === null;
  }
  get address(): string {
    this.need('address');
    return `${this.sheet.name}!${this.addressText ?? ''}`;
  }
  private grid<T>(pick: (c: Cell | undefined) => T): T[][] {
    const r = this.range as CellRange;
    return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => Array.from({ length: r.right - r.left + 1 }, (_, j) => pick(this.sheet.cells.get(`${r.top + i},${r.left + j}`))));
  }
  get values(): Array<Array<string | number>> {
    this.need('values');
    return this.grid((c) => c?.value ?? '');
  }
  set values(rows: Array<Array<string | number>>) {
    const r = this.range as CellRange;
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        const key = `${r.top + i},${r.left + j}`;
        const cell = this.sheet.cells.get(key) ?? { value: '', format: 'General' };
        // Like Excel: a string beginning with "=" becomes a formula unless the cell's format is text.
        if (typeof value === 'string' && value.startsWith('=') && cell.format !== '@') throw new Error(`formula written into ${key}: ${value}`);
        this.sheet.cells.set(key, { ...cell, value });
      }),
    );
  }
  get numberFormat(): string[][] {
    this.need('numberFormat');
    return this.grid((c) => c?.format ?? 'General');
  }
  set numberFormat(rows: string[][]) {
    const r = this.range as CellRange;
    rows.forEach((row, i) => row.forEach((format, j) => {
      const key = `${r.top + i},${r.left + j}`;
      this.sheet.cells.set(key, { value: this.sheet.cells.get(key)?.value ?? '', format });
    }));
  }
  get valueTypes(): string[][] {
    this.need('valueTypes');
    return this.grid((c) => (typeof c?.value === 'number' ? 'Double' : 'String'));
  }
  get format() {
    const props: Record<string, unknown> = {};
    this.sheet.formats.push({ areas: this.addressText ?? '', props });
    const nested = (key: string) => new Proxy({}, { set: (_, p, v) => ((props[`${key}.${String(p)}`] = v), true) });
    return new Proxy(
      { font: nested('font'), fill: nested('fill'), protection: nested('protection'), borders: { getItem: () => nested('border') } },
      { set: (_target, p, v) => ((props[String(p)] = v), true) },
    );
  }
  set columnHidden(_v: boolean) {}
  get dataValidation() {
    this.sheet.validations.push(this.addressText ?? '');
    return {};
  }
  get conditionalFormats() {
    return {
      add: (type: string) => {
        this.sheet.conditionalFormats.push(`${type}@${this.addressText ?? ''}`);
        return { dataBar: { positiveFormat: {} }, colorScale: {}, custom: { rule: {}, format: { fill: {}, font: {} } } };
      },
    };
  }
  merge(): void {
    if (this.range) this.sheet.merges.push(this.range);
  }
  getMergedAreasOrNullObject(): MergedProxy {
    return new MergedProxy(this.book, this.sheet);
  }
  select(): void {
    this.book.active = { sheet: this.sheet.name, cell: this.addressText ?? 'A1' };
  }
}

class MergedProxy extends Loadable {
  constructor(book: FakeWorkbook, private readonly sheet: FakeSheet) {
    super(book);
  }
  get isNullObject(): boolean {
    return this.sheet.merges.length === 0;
  }
  get address(): string {
    this.need('address');
    return this.sheet.merges.map((m) => `${this.sheet.name}!${toA1Range(m)}`).join(', ');
  }
}

/** The number of context.sync() calls an operation on a fresh fake workbook costs. */
export async function countSyncs(operation: (host: OfficeWorkbookHost, book: FakeWorkbook) => Promise<unknown>, prepare?: (host: OfficeWorkbookHost) => Promise<unknown>): Promise<number> {
  const book = new FakeWorkbook();
  const host = new OfficeWorkbookHost(book.run);
  if (prepare) await prepare(host);
  const before = book.syncs;
  await operation(host, book);
  return book.syncs - before;
}
