/**
 * Microsoft's Excel client library itself (the `excel-web-16.00.debug.js` of @microsoft/office-js),
 * loaded in a Node `vm` context with the few window/document members its start-up touches. Requests
 * leave it through the request executor set on each RequestContext: nothing of it is replaced.
 */
import { readFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';

/** The body a context.sync() hands to the executor: actions and the object paths they refer to. */
export interface RequestBody {
  readonly Actions: readonly RequestAction[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPathInfo>>;
}

export interface RequestAction {
  readonly Id: number;
  /** 1 instantiate an object path, 2 query (load), 3 method call, 4 set property. */
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { readonly Arguments?: readonly unknown[] };
  readonly QueryInfo?: { readonly Select?: readonly string[]; readonly Expand?: readonly string[] };
}

export interface ObjectPathInfo {
  readonly Id: number;
  /** 1 global object, 2 new object, 3 method, 4 property, 5 indexer, 6 reference id, 7 null object. */
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments?: readonly unknown[] };
}

/** What an executor answers: a body of per-action results, or a request-level error code. */
export interface ExecutorResponse {
  readonly ErrorCode: string;
  readonly ErrorMessage: string;
  readonly HttpStatusCode?: number;
  readonly Headers: Record<string, string>;
  readonly Body: unknown;
}

export interface RequestExecutor {
  executeAsync(customData: unknown, requestFlags: number, message: { Url: string; Headers: Record<string, string>; Body: RequestBody }): Promise<ExecutorResponse>;
}

interface LoadedLibrary {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
}

/** The ExcelApi version manifest.xml requires (<Set Name="ExcelApi" MinVersion="1.13"/>). */
export const MANIFEST_EXCEL_API = '1.13';

/** isSetSupported for a host that has ExcelApi up to `max` and nothing else. */
function supportedUpTo(max: string): (name: string, version?: string | number) => boolean {
  const [maxMajor = 0, maxMinor = 0] = max.split('.').map(Number);
  return (name, version) => {
    if (name.toLowerCase() !== 'excelapi') return false;
    const [major = 0, minor = 0] = String(version ?? '1.1').split('.').map(Number);
    return major < maxMajor || (major === maxMajor && minor <= maxMinor);
  };
}

const LIBRARY = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
let script: Script | null = null;

/** A fresh copy of the library in its own vm context (one per test file or bench run). */
export function loadOfficeJs(): LoadedLibrary {
  script ??= new Script(readFileSync(LIBRARY, 'utf8'), { filename: 'excel-web-16.00.debug.js' });
  const noop = (): void => undefined;
  const document = { getElementsByTagName: () => [], createElement: () => ({ style: {}, setAttribute: noop, appendChild: noop }), addEventListener: noop, readyState: 'complete', cookie: '' };
  const location = { href: 'https://localhost/taskpane.html', search: '', hash: '', protocol: 'https:', host: 'localhost', hostname: 'localhost' };
  const window: Record<string, unknown> = { document, location, navigator: { userAgent: 'node' }, addEventListener: noop, removeEventListener: noop, setTimeout, clearTimeout, Promise, JSON };
  window.window = window;
  const context = createContext(window);
  script.runInContext(context);
  // Office.context as the pane sees it in Excel on the web with the manifest's minimum ExcelApi: the library
  // consults it for its own choices (it cuts 2-D writes over 1,500 cells into row chunks from ExcelApi 1.3
  // on). Its client-side ApiNotFound check stays off in this build (CommonUtility._doApiNotSupportedCheck),
  // as in Excel; a member the simulated Excel does not know is refused by the simulator instead.
  const officeContext = { platform: 'OfficeOnline', requirements: { isSetSupported: supportedUpTo(MANIFEST_EXCEL_API) } };
  // The loader that would create it (OSF._OfficeAppFactory) only runs inside Office.
  (window.OSF as { _OfficeAppFactory?: { getContext: () => unknown } })._OfficeAppFactory = { getContext: () => officeContext };
  return { Excel: window.Excel as typeof Excel, OfficeExtension: window.OfficeExtension as typeof OfficeExtension };
}

/** An Excel.run whose every request context sends its syncs to `executor`. */
export function runThrough(library: LoadedLibrary, executor: RequestExecutor) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new library.Excel.RequestContext();
    (context as unknown as { _requestExecutor: RequestExecutor })._requestExecutor = executor;
    return library.Excel.run(context, batch);
  };
}
