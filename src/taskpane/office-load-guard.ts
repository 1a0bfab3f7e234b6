/**
 * Starting the pane only once Office.js is there. Office.js comes from Microsoft's CDN; when a firewall,
 * a proxy or an offline PC blocks it, `Office` is undefined and an unguarded pane stays blank.
 */

/** Why the pane cannot start: Office.js never arrived, or it arrived but did not become ready (waited `seconds`, or null when onReady failed). */
export type OfficeLoadFailure = { readonly kind: 'not-loaded' } | { readonly kind: 'not-ready'; readonly seconds: number | null };

/** The Office.js script the page asked for (shown to IT, since a proxy log finds it by URL). */
export function officeScriptUrl(doc: Document): string {
  const script = [...doc.scripts].find((s) => /\/office\.js(\?|$)/.test(s.src));
  return script?.src ?? 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
}

/**
 * Calls `ready` when Office.onReady resolves; calls `failed` at once when Office.js is missing, or after
 * `timeoutMs` when it has not become ready. A late onReady still starts the pane (a slow network, not a block).
 */
export function whenOfficeReady(timeoutMs: number, ready: (host: Office.HostType | null) => void, failed: (failure: OfficeLoadFailure) => void): void {
  // The classic <script> in <head> has run (or failed) before this module runs: modules are deferred.
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    failed({ kind: 'not-loaded' });
    return;
  }
  const timer = setTimeout(() => failed({ kind: 'not-ready', seconds: Math.round(timeoutMs / 1000) }), timeoutMs);
  Office.onReady().then(
    (info) => {
      clearTimeout(timer);
      ready(info.host);
    },
    () => {
      clearTimeout(timer);
      failed({ kind: 'not-ready', seconds: null });
    },
  );
}
