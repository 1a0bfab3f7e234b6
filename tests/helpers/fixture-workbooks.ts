/** The committed FY2022 fixture workbooks, read through the xlsx host's reader. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../src/domain/grid';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import type { SourceFile } from '../../src/jobs/validate-files';
import { FIXTURE_WORKBOOKS } from '../fixtures/build-fy2022-fixtures';

export const FIXTURE_DIR = join(__dirname, '../fixtures/fy2022');

/** Every fixture file's path, in seed order of its sheets. */
export const fixturePaths = (): string[] => FIXTURE_WORKBOOKS.map((b) => join(FIXTURE_DIR, b.file));

/** The workbooks of a fixture folder (fy2022, fy2023) as the jobs take them, in name order. */
export function fixtureFiles(folder: string): SourceFile[] {
  const dir = join(__dirname, '../fixtures', folder);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.xlsx'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** The fixture sheets as grids, in seed order (file order, then sheet order). */
export function fixtureGrids(): Grid[] {
  return fixturePaths().flatMap((path) => {
    const result = readXlsx(new Uint8Array(readFileSync(path)));
    if (!result.ok) throw new Error(`${path}: ${result.failure.message}`);
    return [...result.workbook.sheets];
  });
}
