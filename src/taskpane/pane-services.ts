/**
 * What the pane needs from its surroundings, handed to components through context: the workbook host
 * (Excel, or an in-memory workbook in the browser preview), the file reader, what it remembers, and
 * downloads. Heavy parts (the xlsx reader, the in-memory workbook and its writer) load only when first used.
 */
import { createContext, useContext } from 'react';
import type { WorkbookHost } from '../hosts/host';
import type { XlsxReadResult } from '../hosts/xlsx/read-xlsx';
import type { XlsxWorkbookHost } from '../hosts/xlsx/xlsx-host';
import type { CheckedFile } from '../jobs/consolidate-files';
import type { WorkbookRead } from './read-messages';
import { documentMemory, layeredMemory, storageMemory, type KeyValueStorage, type PaneMemory } from './pane-memory';

export interface PaneServices {
  readonly mode: 'excel' | 'browser';
  /** The workbook the pane works on. */
  host(): Promise<WorkbookHost>;
  /** The sheet the user is on (Excel), or the last one created (preview). */
  activeSheet(): Promise<string | null>;
  /** Subscribes to edits of the workbook (Excel only); returns the unsubscribe function. */
  onWorkbookChanged?(handler: () => void): Promise<() => Promise<void>>;
  /** Loads the .xlsx reader (a lazy chunk: only when files are picked). */
  loadReader(): Promise<(bytes: Uint8Array) => XlsxReadResult>;
  /** Reads picked workbooks off the main thread (Web Workers), reporting how many are done and each read as it arrives; absent where there are no workers. */
  readWorkbooks?(files: readonly File[], onProgress: (done: number) => void, onRead?: (index: number, read: WorkbookRead) => void): Promise<WorkbookRead[]>;
  /** Reads and validates picked workbooks as 集約 does, off the main thread, each file's validation as it arrives; absent where there are no workers. */
  checkWorkbooks?(files: readonly File[], asOf: string | null, onProgress: (done: number) => void, onChecked?: (index: number, checked: CheckedFile) => void): Promise<CheckedFile[]>;
  /** Starts the read workers ahead of a run (when files are picked). */
  warmReaders?(): void;
  /** The last choices, per user and (in Excel) per workbook. */
  readonly memory: PaneMemory;
  /** Offers bytes as a file download (the roster template). */
  offerFile(name: string, bytes: Uint8Array, type: string): void;
  /** Offers the in-memory workbook as a download under `name` (preview only). */
  download?(name: string): Promise<void>;
  /** A new, empty in-memory workbook, for workbooks made to be downloaded (preview only; its writer loads lazily). */
  readonly newWorkbook?: () => Promise<XlsxWorkbookHost>;
}

/** The media type of an .xlsx download. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes through a temporary object URL and a link click (the browser asks where, or saves). */
function offerFile(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** window.localStorage, or null where reading it throws (storage disabled by policy). */
function userStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const workerReader: NonNullable<PaneServices['readWorkbooks']> = (files, onProgress, onRead) => import('./read-in-workers').then((m) => m.readInWorkers(files, onProgress, onRead));
const workerChecker: NonNullable<PaneServices['checkWorkbooks']> = (files, asOf, onProgress, onChecked) => import('./read-in-workers').then((m) => m.checkInWorkers(files, asOf, onProgress, onChecked));
// Warming is only a head start: if it fails, the run starts its workers itself or reads on the page.
const warmReaders = (): void => void import('./read-in-workers').then((m) => m.warmReadWorkers()).catch(() => undefined);
const hasWorkers = typeof Worker === 'function';

const lazyReader = (): Promise<(bytes: Uint8Array) => XlsxReadResult> => import('../hosts/xlsx/read-xlsx').then((m) => (bytes) => m.readXlsx(bytes));

/** Services over an in-memory workbook, for the browser preview (no Office host). */
export function createBrowserServices(): PaneServices {
  let hostPromise: Promise<XlsxWorkbookHost> | null = null;
  const host = () => (hostPromise ??= import('../hosts/xlsx/xlsx-host').then((m) => m.XlsxWorkbookHost.create()));
  return {
    mode: 'browser',
    host,
    activeSheet: async () => (await host()).activeSheetName(),
    loadReader: lazyReader,
    ...(hasWorkers ? { readWorkbooks: workerReader, checkWorkbooks: workerChecker, warmReaders } : {}),
    memory: storageMemory(userStorage()),
    offerFile,
    download: async (name) => offerFile(name, await (await host()).toBytes(), XLSX_TYPE),
    newWorkbook: () => import('../hosts/xlsx/xlsx-host').then((m) => m.XlsxWorkbookHost.create()),
  };
}

/** Services inside Excel: the Office host, loaded with the pane. */
export function createExcelServices(): PaneServices {
  let hostPromise: Promise<WorkbookHost> | null = null;
  const office = () => import('../hosts/office/office-events');
  const settings = (Office.context.document as Office.Document | undefined)?.settings;
  const host = () => (hostPromise ??= import('../hosts/office/office-workbook-host').then((m) => new m.OfficeWorkbookHost((batch) => Excel.run(batch))));
  return {
    mode: 'excel',
    host,
    activeSheet: async () => (await office()).activeSheetName(),
    onWorkbookChanged: async (handler) => (await office()).onWorkbookChanged(handler),
    loadReader: lazyReader,
    ...(hasWorkers ? { readWorkbooks: workerReader, checkWorkbooks: workerChecker, warmReaders } : {}),
    // Document settings travel with the workbook (Office.Settings); a host without them keeps the user's memory only.
    memory: settings ? layeredMemory(storageMemory(userStorage()), documentMemory(settings)) : storageMemory(userStorage()),
    offerFile,
  };
}

export const PaneServicesContext = createContext<PaneServices | null>(null);

/** The pane's services; components never reach Excel any other way. */
export function usePaneServices(): PaneServices {
  const services = useContext(PaneServicesContext);
  if (!services) throw new Error('PaneServicesContext is missing');
  return services;
}
