/**
 * The FY2022 seed (a tab-separated export of the council's 10 status sheets) as rows of plain text,
 * exactly as exported — continuation rows shifted left included — for reader tests and the fixture builder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gridFromValues, type Grid } from '../../src/domain/grid';

export const SEED_PATH = join(__dirname, '../fixtures/seed/fy2022-status-sheets.txt');

/** The export's markup as plain text: <li>/<p> become lines, tags go, entities are decoded. */
export function stripMarkup(cell: string): string {
  return cell
    .replace(/<\/(li|p)>\s*/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A title line starts a sheet: 「相談部会 令和4年度 部会状況把握表」, 「くらし部会 【ヘルパー人材育成WG】」. */
function isTitle(cells: readonly string[]): boolean {
  const first = cells[0] ?? '';
  return !first.startsWith('令和') && /部会/.test(first) && /【|状況把握表/.test(first) && cells.slice(1).every((c) => c.trim() === '');
}

/** The seed's sheets as rows of plain-text cells (trailing empty cells and blank edge rows dropped). */
export function readSeedSheets(): string[][][] {
  const lines = readFileSync(SEED_PATH, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const sheets: string[][][] = [];
  for (const line of lines) {
    const cells = line.split('\t').map(stripMarkup);
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (isTitle(cells)) sheets.push([]);
    const current = sheets[sheets.length - 1];
    if (current) current.push(cells);
  }
  return sheets.map((rows) => {
    while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
    return rows;
  });
}

/** Sheet names a clerk would give the ten sheets, in seed order. */
export const SEED_SHEET_NAMES = ['①', '①', '②', 'R4', '①', '②', '③', '①・④・⑤', '②・③', '⑥・⑦'] as const;

/** The seed's sheets as grids, shifted rows and all. */
export function seedGrids(): Grid[] {
  return readSeedSheets().map((rows, i) => gridFromValues(SEED_SHEET_NAMES[i] ?? `S${i}`, rows));
}
