/** SheetSpec tables → table parts with an autofilter, under names and header texts Excel accepts. */
import { toA1Range } from '../../domain/cell-ref';
import type { CellSpec, TableSpec } from '../../domain/sheet-spec';
import { XML_DECLARATION, attr } from './write-xml';

/** Table styles Excel ships: TableStyleLight1…21, Medium1…28, Dark1…11. */
const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

/**
 * Whether Excel accepts `name` as a table name: a letter, "_" or "\" first, then letters, digits, "_" or
 * "."; never something that reads as a cell reference ("T1", "AB12", "R1C1", "R", "C").
 */
export function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[Rr]\d+$/.test(name) || /^[Cc]\d+$/.test(name)) return false;
  return true;
}

/** A table as it will be written: its workbook-unique id and name, and its column names. */
export interface PlacedTable {
  readonly id: number;
  readonly name: string;
  readonly spec: TableSpec;
  /** The header texts, one per column, unique and non-empty: the header cells are written with them. */
  readonly columns: readonly string[];
}

/**
 * Places one table: a free name (Excel keeps table and defined names in one namespace, `taken` lower-cased)
 * and its column names from the header cells. Throws on a name Excel would reject (a bug in the spec).
 */
export function placeTable(spec: TableSpec, cells: readonly CellSpec[], id: number, taken: Set<string>): PlacedTable {
  if (!isValidTableName(spec.name)) throw new RangeError(`Excel does not accept the table name "${spec.name}"`);
  let name = spec.name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${spec.name}_${n}`;
  taken.add(name.toLowerCase());

  const { top, left, right } = spec.range;
  const header = new Map<number, CellSpec['value']>();
  for (const c of cells) if (c.row === top && c.col >= left && c.col <= right) header.set(c.col, c.value);
  const used = new Set<string>();
  const columns: string[] = [];
  for (let col = left; col <= right; col++) {
    const raw = header.get(col);
    const base = raw === null || raw === undefined || raw === '' ? `Column${col - left + 1}` : String(raw);
    let text = base;
    for (let n = 2; used.has(text.toLowerCase()); n++) text = `${base}${n}`;
    used.add(text.toLowerCase());
    columns.push(text);
  }
  return { id, name, spec, columns };
}

/** The table part (xl/tables/tableN.xml). */
export function tableXml(table: PlacedTable): string {
  const { top, left, bottom, right } = table.spec.range;
  // A table needs a data row below its header; an empty one keeps the header and the filter.
  const ref = toA1Range({ top, left, bottom: Math.max(bottom, top + 1), right });
  const style = TABLE_STYLE.test(table.spec.style) ? table.spec.style : 'TableStyleMedium2';
  const columns = table.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${attr(name)}"/>`).join('');
  return (
    `${XML_DECLARATION}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${table.id}" name="${table.name}" displayName="${table.name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
