/**
 * Payload-bounded batching: queued Office.js work is sent in context.sync() calls of at most a byte
 * budget (estimated from what is queued), well below Excel on the web's 5 MB per request. A small job
 * is one sync; a large one is as many as its payload needs, never one per sheet for its own sake.
 */

/** What one sync may carry. Excel on the web refuses 5 MB; the estimate leaves room for its error. */
export const SYNC_BUDGET_BYTES = 1_800_000;
/**
 * What one statement on a fresh object (`sheet.getRange(a).format.rowHeight = h`) costs in the request
 * besides its data: the set or call action plus the instantiate actions and object paths it needs.
 * Measured on the library's requests at 300–360 bytes; rounded up.
 */
export const ACTION_BYTES = 400;

/** UTF-8 length of a string (requests are JSON sent as UTF-8; Japanese text is 3 bytes a character). */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Bytes a value takes in the request's JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

/** Queues work and syncs whenever the next piece would take the queued payload over the budget. */
export class PayloadBatcher {
  private queuedBytes = 0;
  private queued = false;
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = SYNC_BUDGET_BYTES,
  ) {}

  /** Queues `work` of about `bytes`, first syncing what is queued when both would not fit one request. */
  async add(bytes: number, work: () => void): Promise<void> {
    if (this.queued && this.queuedBytes + bytes > this.budget) await this.flush();
    if (!this.queued) this.startBatch();
    work();
    this.queued = true;
    this.queuedBytes += bytes;
  }

  /** Sends what is queued (nothing when nothing is). */
  async flush(): Promise<void> {
    if (!this.queued) return;
    this.queued = false;
    this.queuedBytes = 0;
    this.sheets.clear();
    await this.context.sync();
  }

  /**
   * The worksheet called `name`, looked up once per batch: a proxy from an earlier batch (worksheets.add's
   * especially) is not relied on across syncs.
   */
  sheet(name: string): Excel.Worksheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  /** Forgets a cached proxy (after a sheet is renamed in this batch). */
  forget(name: string): void {
    this.sheets.delete(name);
  }

  private startBatch(): void {
    // Screen updating resumes at the next sync, so each batch suspends it again (ExcelApi 1.9).
    const app = this.context.application;
    if (typeof app.suspendScreenUpdatingUntilNextSync === 'function') app.suspendScreenUpdatingUntilNextSync();
  }
}
