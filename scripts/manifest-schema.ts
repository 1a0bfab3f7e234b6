/** Validates manifest.xml offline against Microsoft's add-in manifest XSDs (libxml2 in WebAssembly). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMA_PATH = join('shared', 'schemas', 'office-addin-manifest');

/** The nearest shared/ folder above the repository (beside a clone, or a few levels up from a worktree). */
function findSchemaDir(): string {
  let dir = resolve(__dirname, '..');
  for (;;) {
    const candidate = resolve(dir, '..', SCHEMA_PATH);
    if (existsSync(candidate) || dirname(dir) === dir) return candidate;
    dir = dirname(dir);
  }
}

/** The schema folder: shared/schemas/office-addin-manifest beside the repository or above it. */
export const SCHEMA_DIR = findSchemaDir();

/** Validates a manifest file; returns the errors (empty when valid). */
export async function validateManifest(manifestPath: string): Promise<string[]> {
  return validateManifestXml(readFileSync(manifestPath, 'utf8'));
}

/** Validates manifest text; returns the errors (empty when valid). */
export async function validateManifestXml(xml: string): Promise<string[]> {
  if (!existsSync(SCHEMA_DIR)) throw new Error(`Manifest schemas not found at ${SCHEMA_DIR}: clone the repository with shared/ beside it (the XSDs are in shared/schemas/office-addin-manifest).`);
  const xsds = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
  const main = 'OfficeAppManifestV1_1.xsd';
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(SCHEMA_DIR, main), 'utf8') }],
    preload: xsds.filter((f) => f !== main).map((f) => ({ fileName: f, contents: readFileSync(join(SCHEMA_DIR, f), 'utf8') })),
  });
  return result.errors.map((e) => e.rawMessage);
}
