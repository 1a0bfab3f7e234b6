/**
 * A simulated Excel behind Microsoft's own client library: the request executor that receives every
 * context.sync() body (actions over object paths), runs it on a SimWorkbook in order like Excel — no
 * rollback, stops at the first failing action — and answers per-action results. It refuses a request
 * or a response over Excel on the web's 5 MB, and records the size of each.
 */
import type { OfficeWorkbookHost } from '../../../../src/hosts/office/office-workbook-host';
import { loadOfficeJs, runThrough, type ExecutorResponse, type ObjectPathInfo, type RequestAction, type RequestBody, type RequestExecutor } from './load-office-js';
import { call, index, navigate, type Handle } from './sim-objects';
import { query, setProperty } from './sim-properties';
import { ExcelError, SimWorkbook } from './simulated-workbook';

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly error: string | null;
}

const isHandle = (v: unknown): v is Handle => typeof v === 'object' && v !== null && 't' in v;

export class SimulatedExcel {
  readonly syncs: SyncRecord[] = [];
  /** Fails each action this returns an error code for (simulating what Excel may refuse mid-batch). */
  refuseAction: ((action: RequestAction) => string | null) | null = null;
  /** Fails the request whose 1-based number is this (simulating e.g. a lost connection), once. */
  failRequest: { at: number; code: string } | null = null;
  readonly executor: RequestExecutor = { executeAsync: (_data, _flags, message) => Promise.resolve(this.execute(message.Body)) };

  constructor(readonly book: SimWorkbook = new SimWorkbook()) {}

  /** An Excel.run over this workbook, through the real Excel client library. */
  run(): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
    return runThrough(library(), this.executor);
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  /** The largest response Excel sent (a response refused for its size was never sent). */
  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.filter((s) => s.error !== 'ResponsePayloadSizeLimitExceeded').map((s) => s.responseBytes));
  }

  private execute(body: RequestBody): ExecutorResponse {
    const requestBytes = Buffer.byteLength(JSON.stringify(body));
    const record = (responseBytes: number, error: string | null): void => void this.syncs.push({ requestBytes, responseBytes, actions: body.Actions.length, error });
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      record(0, 'RequestPayloadSizeLimitExceeded');
      return failure('RequestPayloadSizeLimitExceeded', 413, `The request payload size (${requestBytes} bytes) exceeds the limit.`);
    }
    if (this.failRequest && this.failRequest.at === this.syncs.length + 1) {
      const code = this.failRequest.code;
      this.failRequest = null;
      record(0, code);
      return failure(code, 500, 'Simulated failure of this request.');
    }
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    const resolved = new Map<number, Handle>();
    const resolve = (id: number): Handle => {
      const known = resolved.get(id);
      if (known) return known;
      const info = body.ObjectPaths[String(id)];
      if (!info) throw new ExcelError('InvalidObjectPath', `Object path ${id} is missing.`);
      const handle = this.evaluate(info, resolve);
      resolved.set(id, handle);
      return handle;
    };
    let error: { Code: string; Message: string; ActionIndex: number; Location: string; HttpStatusCode: number } | null = null;
    body.Actions.forEach((action, i) => {
      if (error) return;
      try {
        const refused = this.refuseAction?.(action);
        if (refused) throw new ExcelError(refused, `Simulated refusal of ${action.Name}.`);
        const target = resolve(action.ObjectPathId);
        // An argument that is an object (a Range given to series.setValues) arrives as a reference to its path.
        const refs = (action.ArgumentInfo as { ReferencedObjectPathIds?: number[] } | undefined)?.ReferencedObjectPathIds;
        const args = ((action.ArgumentInfo?.Arguments ?? []) as unknown[]).map((a, k) => (refs?.[k] ? resolve(refs[k]) : a));
        switch (action.ActionType) {
          case 1:
            if (target.t === 'null') results.push({ ActionId: action.Id, Value: null });
            else if (target.t === 'worksheet') results.push({ ActionId: action.Id, Value: { Id: target.sheet.id } });
            else if (target.t === 'table') results.push({ ActionId: action.Id, Value: { Id: target.table.id } });
            break;
          case 2:
            results.push({ ActionId: action.Id, Value: query(this.book, target, action.QueryInfo?.Select ?? []) });
            break;
          case 3: {
            // Reference bookkeeping of tracked objects: Excel keeps or releases the object, nothing to do here.
            if (action.Name === '_KeepReference' || action.Name === '_RemoveReference') break;
            if (target.t === 'null') throw new ExcelError('InvalidObjectPath', `${action.Name} on a null object.`);
            const value = call(this.book, target, action.Name, args);
            if (value !== undefined && !isHandle(value)) results.push({ ActionId: action.Id, Value: value });
            break;
          }
          case 4:
            if (target.t === 'null') throw new ExcelError('InvalidObjectPath', `${action.Name} set on a null object.`);
            setProperty(this.book, target, action.Name, args[0]);
            break;
          default:
            throw new ExcelError('ApiNotFound', `Action type ${action.ActionType} is not simulated.`);
        }
      } catch (e) {
        if (!(e instanceof ExcelError)) throw e;
        error = { Code: e.code, Message: e.message, ActionIndex: i, Location: action.Name, HttpStatusCode: 400 };
      }
    });
    const responseBody = error ? { Error: error, Results: results } : { Results: results };
    const responseBytes = Buffer.byteLength(JSON.stringify(responseBody));
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      record(responseBytes, 'ResponsePayloadSizeLimitExceeded');
      return failure('ResponsePayloadSizeLimitExceeded', 413, `The response payload size (${responseBytes} bytes) exceeds the limit.`);
    }
    record(responseBytes, error ? (error as { Code: string }).Code : null);
    return { ErrorCode: '', ErrorMessage: '', Headers: {}, Body: responseBody };
  }

  private evaluate(info: ObjectPathInfo, resolve: (id: number) => Handle): Handle {
    const args = (info.ArgumentInfo?.Arguments ?? []).map((a, i) => {
      const refs = (info.ArgumentInfo as { ReferencedObjectPathIds?: number[] } | undefined)?.ReferencedObjectPathIds;
      const ref = refs?.[i];
      return ref ? resolve(ref) : a;
    });
    if (info.ObjectPathType === 1) return { t: 'workbook' };
    if (info.ObjectPathType === 7) return { t: 'null' };
    const parent = info.ParentObjectPathId === undefined ? null : resolve(info.ParentObjectPathId);
    if (!parent) throw new ExcelError('InvalidObjectPath', `Object path ${info.Id} has no parent.`);
    if (parent.t === 'null') return { t: 'null' };
    if (info.ObjectPathType === 4) return navigate(this.book, parent, info.Name);
    if (info.ObjectPathType === 5) return index(this.book, parent, args);
    if (info.ObjectPathType === 3) {
      const value = call(this.book, parent, info.Name, args);
      if (!isHandle(value)) throw new ExcelError('InvalidObjectPath', `${info.Name} returns no object.`);
      return value;
    }
    throw new ExcelError('ApiNotFound', `Object path type ${info.ObjectPathType} is not simulated.`);
  }
}

function failure(code: string, status: number, message: string): ExecutorResponse {
  return { ErrorCode: code, ErrorMessage: message, HttpStatusCode: status, Headers: {}, Body: null };
}

let loaded: ReturnType<typeof loadOfficeJs> | null = null;

/** The library, loaded once per test file (or bench run); also sets the global `Excel` our adapter names enums through. */
export function library(): ReturnType<typeof loadOfficeJs> {
  if (!loaded) {
    loaded = loadOfficeJs();
    (globalThis as unknown as { Excel: typeof Excel }).Excel = loaded.Excel;
  }
  return loaded;
}

/** A host over a fresh simulated workbook with the given sheets. */
export function simulatedHost(make: (run: ReturnType<SimulatedExcel['run']>) => OfficeWorkbookHost, sheets?: readonly string[]): { excel: SimulatedExcel; host: OfficeWorkbookHost } {
  const excel = new SimulatedExcel(new SimWorkbook(sheets));
  return { excel, host: make(excel.run()) };
}
