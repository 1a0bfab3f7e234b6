/** context.sync() counts per pane operation, measured on the recording fake of the Excel API. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface SyncCounts {
  create: number;
  validateOne: number;
  validateAll: number;
  dashboard10: number;
  dashboard100: number;
}

/** Runs the office-host sync measurement when the Office host and its fake are in this build. */
export async function countOfficeSyncs(): Promise<SyncCounts | null> {
  const probe = join(__dirname, 'office-syncs-measure.ts');
  if (!existsSync(probe)) return null;
  // Imported by path: builds without the Office host still benchmark everything else.
  const measure = (await import(probe)) as { measureSyncs?: () => Promise<SyncCounts> };
  return measure.measureSyncs ? measure.measureSyncs() : null;
}
