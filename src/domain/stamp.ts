/**
 * The identity stamp our template writes into one hidden cell (and names with STAMP_NAME), so our own
 * sheets are identified exactly rather than guessed from their title text.
 */
import { StampSchema, type Stamp } from './status-sheet';

/** The prefix of the stamp cell's text. */
export const STAMP_MARKER = '#部会状況把握表:';
/** The sheet-scoped defined name that points at the stamp cell. */
export const STAMP_NAME = 'BukaiStamp';
/** The template layout version this code writes and reads exactly. */
export const SCHEMA_VERSION = 1;

/** The stamp as the cell text: marker + JSON. */
export function encodeStamp(stamp: Stamp): string {
  return STAMP_MARKER + JSON.stringify(stamp);
}

/** A stamp cell's text back to a stamp; null when it is not one or does not parse. */
export function decodeStamp(text: string): Stamp | null {
  if (!text.startsWith(STAMP_MARKER)) return null;
  try {
    const parsed = StampSchema.safeParse(JSON.parse(text.slice(STAMP_MARKER.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The sheet-scoped defined name every dashboard sheet carries: a host replaces only sheets that have it. */
export const DASHBOARD_MARK_NAME = 'BukaiDashboard';
