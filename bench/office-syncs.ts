/**
 * Office round trips and payloads, measured through Microsoft's Excel client library over a simulated
 * workbook. `node --import tsx bench/office-syncs.ts` runs only this part and updates results.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SyncCounts {
  create: number;
  validateOne: number;
  validateAll: number;
}

/** One dashboard write: syncs, the largest request and response in bytes, and syncs Excel refused; then reading the plan sheets back. */
export interface OfficePayload {
  syncs: number;
  maxRequestBytes: number;
  /** Every request of the write together. */
  totalRequestBytes: number;
  maxResponseBytes: number;
  refused: number;
  read: { sheets: number; syncs: number; maxResponseBytes: number; refused: number };
}

export interface OfficeMeasurement {
  syncs: SyncCounts;
  office: Record<'10' | '100' | '1000', OfficePayload>;
}

/** Runs the office-host measurement when the Office host and its simulator are in this build. */
export async function countOfficeSyncs(files?: readonly { name: string; bytes: Uint8Array }[]): Promise<OfficeMeasurement | null> {
  const probe = join(__dirname, 'office-syncs-measure.ts');
  if (!existsSync(probe)) return null;
  // Imported by path: builds without the Office host still benchmark everything else.
  const measure = (await import(probe)) as { measureSyncs?: (f?: typeof files) => Promise<OfficeMeasurement> };
  return measure.measureSyncs ? measure.measureSyncs(files) : null;
}

if (require.main === module) {
  void countOfficeSyncs().then((m) => {
    const path = join(__dirname, 'results.json');
    const results = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
    if (m) Object.assign(results, m);
    writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
  });
}
