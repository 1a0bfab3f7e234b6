/**
 * Where written sheets go, decided once for every host: which of our earlier sheets a write replaces
 * (only sheets carrying the dashboard mark, under their name or a freed variant like 「集約_達成率(2)」),
 * the name each new sheet ends with (a taken name gets a free "(n)" variant), and a temporary name that is
 * free now, so a host can add every new sheet before it deletes an old one. Hosts only execute the plan.
 */
import { DASHBOARD_MARK_NAME } from '../domain/stamp';
import type { SheetSpec } from '../domain/sheet-spec';
import type { ExistingSheet, PlacedSheet, SheetPlacement, WorkbookHost } from '../hosts/host';
import { freeSheetName, sheetNameKey } from '../template/sheet-name';

/** Whether a sheet is one this product wrote as part of a dashboard (it carries the sheet-scoped mark). */
export function isOurDashboardSheet(sheet: ExistingSheet): boolean {
  const mark = DASHBOARD_MARK_NAME.toLowerCase();
  return sheet.names.some((n) => n.toLowerCase() === mark);
}

/** Whether an old sheet named `existing` is an earlier version of the sheet `wanted`. */
function isEarlierVersion(wanted: string, existing: string): boolean {
  const want = sheetNameKey(wanted);
  const key = sheetNameKey(existing);
  return key === want || key.replace(/\(\d+\)$/, '') === want;
}

/**
 * Plans a write of sheets named `wanted`; with `replace`, our own earlier sheets of those names are replaced,
 * and our own sheets named in `retire` (a dashboard's sheets this run does not write) are deleted.
 */
export function placeSheets(wanted: readonly string[], existing: readonly ExistingSheet[], replace: boolean, retire: readonly string[] = []): SheetPlacement {
  const old = [...wanted, ...retire];
  const deletions = replace ? existing.filter((s) => isOurDashboardSheet(s) && old.some((w) => isEarlierVersion(w, s.name))).map((s) => s.name) : [];
  const deleted = new Set(deletions.map(sheetNameKey));
  const remaining = existing.map((s) => s.name).filter((n) => !deleted.has(sheetNameKey(n)));
  const finals: string[] = [];
  for (const name of wanted) finals.push(freeSheetName(name, [...remaining, ...finals]));
  const taken = [...existing.map((s) => s.name), ...finals];
  const unassigned = [...deletions];
  const sheets = wanted.map((name, i): PlacedSheet => {
    const final = finals[i] ?? name;
    const clashes = existing.some((s) => sheetNameKey(s.name) === sheetNameKey(final));
    const temp = clashes ? freeSheetName(final, taken) : final;
    if (temp !== final) taken.push(temp);
    // The old sheet whose tab the new one may take (a host that can place sheets keeps the tab order).
    const at = unassigned.findIndex((d) => isEarlierVersion(name, d));
    const replaces = at >= 0 ? (unassigned.splice(at, 1)[0] ?? null) : null;
    return { temp, final, replaces };
  });
  return { sheets, deletions };
}

/** Adds the sheets as new worksheets, never touching an existing one; returns the names used, in order. */
export function addSheets(host: WorkbookHost, specs: readonly SheetSpec[]): Promise<string[]> {
  const wanted = specs.map((s) => s.name);
  return host.writeSheets(specs, (existing) => placeSheets(wanted, existing, false));
}

/**
 * Writes the sheets, replacing any sheet this product wrote before under the same names, so a second run
 * replaces the dashboard instead of appending; a same-named sheet of the user's is left alone and the new
 * one gets a free variant name. Our own sheets named in `retire` are deleted too (an earlier run's sheet
 * this run does not write would otherwise stay beside the new ones, stale). Returns the names used, in order.
 */
export function replaceOurSheets(host: WorkbookHost, specs: readonly SheetSpec[], retire: readonly string[] = []): Promise<string[]> {
  const wanted = specs.map((s) => s.name);
  return host.writeSheets(specs, (existing) => placeSheets(wanted, existing, true, retire));
}
