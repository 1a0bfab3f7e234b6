/**
 * Hidden sheets as an Excel user sees them: a group that hides last month's copy of its sheet (or last
 * year's) looks at the visible one, so a hidden sheet never beats a visible sheet of the same group and
 * plans, whatever their years. A hidden sheet is consolidated only when it is the only one of its plans,
 * and then with a warning; either way it is listed.
 */
import type { Issue } from '../domain/issue';
import type { StatusSheet } from '../domain/status-sheet';
import { planIdentity } from '../consolidate/consolidate';

/** A read status sheet with the file it came from and whether its tab is hidden. */
export interface SheetCandidate {
  readonly file: string;
  readonly sheet: StatusSheet;
  readonly hidden: boolean;
}

export interface HiddenResolution<T extends SheetCandidate> {
  /** Visible sheets, and hidden ones with no visible copy, in the order given. */
  readonly used: T[];
  /** A note for every hidden sheet: skipped for a visible copy, or used as the only copy. */
  readonly notes: Array<Issue & { file: string }>;
}

/** Keeps visible sheets, and hidden sheets only where no visible sheet of the same plan exists. */
export function resolveHiddenSheets<T extends SheetCandidate>(candidates: readonly T[]): HiddenResolution<T> {
  const shown = new Map<string, T[]>();
  for (const c of candidates) {
    if (c.hidden) continue;
    const key = planIdentity(c.sheet);
    shown.set(key, [...(shown.get(key) ?? []), c]);
  }
  const used: T[] = [];
  const notes: Array<Issue & { file: string }> = [];
  for (const c of candidates) {
    if (!c.hidden) {
      used.push(c);
      continue;
    }
    // The note names the visible copy in the same workbook when there is one: the one its group sees.
    const copies = shown.get(planIdentity(c.sheet)) ?? [];
    const visible = copies.find((v) => v.file === c.file) ?? copies[0];
    const at = { file: c.file, sheet: c.sheet.sheetName, cell: null };
    if (visible) {
      notes.push({ ...at, code: 'hidden_sheet_skipped', severity: 'info', params: { shownFile: visible.file, shownSheet: visible.sheet.sheetName } });
    } else {
      used.push(c);
      notes.push({ ...at, code: 'hidden_sheet_used', severity: 'warning', params: {} });
    }
  }
  return { used, notes };
}
