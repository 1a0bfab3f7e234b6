/**
 * Which names a write uses, decided before anything is sent: every new sheet is added under a name that
 * is free now (so the old dashboard stays until the new one is complete), our old sheets are deleted
 * only after that, and the new ones then take their final names. Table names are kept workbook-unique.
 */
import type { SheetSpec } from '../../domain/sheet-spec';
import { freeSheetName, sheetNameKey } from '../../template/sheet-name';

/** A sheet already in the workbook: its name and whether it carries this product's dashboard mark. */
export interface ExistingSheet {
  readonly name: string;
  readonly ours: boolean;
}

export interface SheetPlan {
  readonly spec: SheetSpec;
  /** The name the sheet is added under (free while the old dashboard still exists). */
  readonly temp: string;
  /** The name it ends with. */
  readonly final: string;
  /** One workbook-unique name per table of the spec. */
  readonly tableNames: readonly string[];
}

export interface WritePlan {
  readonly sheets: readonly SheetPlan[];
  /** Our previous sheets, deleted once the new ones are written. */
  readonly deletions: readonly string[];
}

/** A previous dashboard may sit under a freed name (「集約_達成率(2)」 beside a user's 「集約_達成率」). */
function replaces(spec: SheetSpec, sheet: ExistingSheet): boolean {
  const wanted = sheetNameKey(spec.name);
  const key = sheetNameKey(sheet.name);
  return sheet.ours && (key === wanted || key.replace(/\(\d+\)$/, '') === wanted);
}

/** Plans a write of `specs`; with `replace`, our own earlier sheets of the same names are replaced. */
export function planWrite(specs: readonly SheetSpec[], existing: readonly ExistingSheet[], existingTables: readonly string[], replace: boolean): WritePlan {
  const deletions = replace ? existing.filter((s) => specs.some((spec) => replaces(spec, s))).map((s) => s.name) : [];
  const deleted = new Set(deletions.map(sheetNameKey));
  const remaining = existing.map((s) => s.name).filter((n) => !deleted.has(sheetNameKey(n)));
  const finals: string[] = [];
  for (const spec of specs) finals.push(freeSheetName(spec.name, [...remaining, ...finals]));
  const taken = [...existing.map((s) => s.name), ...finals];
  const tables = new Set(existingTables.map((t) => t.toUpperCase()));
  const sheets = specs.map((spec, i): SheetPlan => {
    const final = finals[i] ?? spec.name;
    const clashes = existing.some((s) => sheetNameKey(s.name) === sheetNameKey(final));
    const temp = clashes ? freeSheetName(final, taken) : final;
    if (temp !== final) taken.push(temp);
    const tableNames = spec.tables.map((t) => {
      let name = t.name;
      for (let n = 2; tables.has(name.toUpperCase()); n++) name = `${t.name}_${n}`;
      tables.add(name.toUpperCase());
      return name;
    });
    return { spec, temp, final, tableNames };
  });
  return { sheets, deletions };
}
