/** The FY2022 fixtures repeated under other file names, consolidated into dashboard specs of a given size. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { SheetSpec } from '../../src/domain/sheet-spec';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { consolidateFiles, type SourceFile } from '../../src/jobs/consolidate-files';
import { fixturePaths } from './fixture-workbooks';

/** Dashboard sheets for about `sheets` plan sheets (the ten fixture sheets, repeated). */
export async function fixtureDashboardSpecs(sheets: number): Promise<readonly SheetSpec[]> {
  const base: SourceFile[] = fixturePaths().map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  const files: SourceFile[] = [];
  for (let i = 0; files.length * 2 < sheets; i++) files.push(...base.map((f) => ({ ...f, name: `${i}_${f.name}` })));
  const result = await consolidateFiles(files, { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: true, locale: 'ja', generatedAt: '2023-05-01T00:00:00Z' }, readXlsx);
  return result.specs;
}
