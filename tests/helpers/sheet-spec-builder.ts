/** A SheetSpec with nothing in it but what a test gives: for host tests that need one part at a time. */
import type { SheetSpec } from '../../src/domain/sheet-spec';

/** An empty landscape A4 sheet named `name`, with `parts` laid over it. */
export function sheetSpec(name: string, parts: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    columns: [],
    rowHeights: [],
    styles: {},
    cells: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: [],
    freeze: null,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: null },
    protect: false,
    ...parts,
  };
}
