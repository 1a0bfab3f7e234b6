/** The CHECK / ACTION texts of a sheet, as 集約 lists and tags them (one per filled cell, repeats kept). */
import type { StatusSheet } from '../../domain/status-sheet';

/** The texts of a sheet's CHECK and ACTION cells, in month and row order: what segmentTexts is given ahead. */
export function themeTextsOf(sheet: StatusSheet): string[] {
  const out: string[] = [];
  for (const m of sheet.months) {
    for (const e of m.entries) {
      if (e.check) out.push(e.check.value);
      if (e.action) out.push(e.action.value);
    }
  }
  return out;
}
