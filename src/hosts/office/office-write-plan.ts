/**
 * A job's sheet placement (jobs/sheet-placement.ts) made ready to send: each new sheet with the names it
 * is added under and ends with, and table names kept workbook-unique (Excel refuses a taken table name).
 */
import type { SheetSpec } from '../../domain/sheet-spec';
import type { SheetPlacement } from '../host';

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

/** Pairs `specs` with their placement and gives every table a name no table of the workbook has. */
export function planWrite(specs: readonly SheetSpec[], placement: SheetPlacement, existingTables: readonly string[]): WritePlan {
  const tables = new Set(existingTables.map((t) => t.toUpperCase()));
  const sheets = specs.map((spec, i): SheetPlan => {
    const placed = placement.sheets[i];
    if (!placed) throw new Error(`no placement for sheet ${spec.name}`);
    const tableNames = spec.tables.map((t) => {
      let name = t.name;
      for (let n = 2; tables.has(name.toUpperCase()); n++) name = `${t.name}_${n}`;
      tables.add(name.toUpperCase());
      return name;
    });
    return { spec, temp: placed.temp, final: placed.final, tableNames };
  });
  return { sheets, deletions: placement.deletions };
}
