/** Validates manifest.xml offline against Microsoft's add-in manifest XSDs (libxml2 in WebAssembly). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** The schema folder: shared/ sits beside the repository (here and in CI). */
export const SCHEMA_DIR = resolve(__dirname, '..', '..', 'shared', 'schemas', 'office-addin-manifest');

/** Validates a manifest; returns the errors (empty when valid). */
export async function validateManifest(manifestPath: string): Promise<string[]> {
  if (!existsSync(SCHEMA_DIR)) throw new Error(`Manifest schemas not found at ${SCHEMA_DIR}: clone the repository with shared/ beside it.`);
  const xsds = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
  const main = 'OfficeAppManifestV1_1.xsd';
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: readFileSync(manifestPath, 'utf8') }],
    schema: [{ fileName: main, contents: readFileSync(join(SCHEMA_DIR, main), 'utf8') }],
    preload: xsds.filter((f) => f !== main).map((f) => ({ fileName: f, contents: readFileSync(join(SCHEMA_DIR, f), 'utf8') })),
  });
  return result.errors.map((e) => e.rawMessage);
}
