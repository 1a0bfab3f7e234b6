/**
 * An ExcelJS workbook → .xlsx bytes. ExcelJS serialises the package without compressing it; then what
 * we write ourselves is filled in (the cells of sheets written from a SheetSpec and their shared strings,
 * sheet-scoped names) and the package is deflated once (write-zip.ts).
 */
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { editPart } from './edit-part';
import { renderDeferredSheetData, deferredSheetData } from './write-sheet-data';
import { withSheetScopedNames } from './write-sheet-scoped-names';
import { SharedStringTable, sharedStringCount, writeSharedStrings } from './write-shared-strings';
import { zipParts } from './write-zip';

/** Serialises a workbook to .xlsx bytes. */
export async function writeWorkbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  // A Node Buffer in Node, an ArrayBuffer in the browser: both copy or view correctly.
  const files = unzipSync(new Uint8Array(buffer));
  const strings = new SharedStringTable(sharedStringCount(files));
  for (const ws of workbook.worksheets) {
    const data = deferredSheetData(ws);
    // ExcelJS names a worksheet's part by its id (lib/xlsx/xlsx.js addWorksheets).
    if (data) editPart(files, `xl/worksheets/sheet${ws.id}.xml`, (xml) => renderDeferredSheetData(xml, data, strings));
  }
  writeSharedStrings(files, strings);
  editPart(files, 'xl/workbook.xml', (xml) => withSheetScopedNames(xml, workbook));
  return zipParts(files);
}

