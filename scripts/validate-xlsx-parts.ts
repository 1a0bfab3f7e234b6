/**
 * Validates every XML part of .xlsx files against the ECMA-376 transitional schemas (ISO/IEC 29500-4,
 * and the OPC schemas of 29500-2) with libxml2 in WebAssembly. The schemas are not in a package registry
 * this project reaches, so they are not in the repository: point XSD_DIR at a folder holding them.
 * Usage: npx tsx scripts/validate-xlsx-parts.ts XSD_DIR FILE.xlsx...
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';

/** The schema each kind of part is checked against; core.xml is left out (its schema imports Dublin Core from the web). */
const SCHEMA_OF: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\[Content_Types\]\.xml$/, 'opc-contentTypes.xsd'],
  [/\.rels$/, 'opc-relationships.xsd'],
  [/^docProps\/app\.xml$/, 'shared-documentPropertiesExtended.xsd'],
  [/^xl\/(workbook|styles|sharedStrings)\.xml$|^xl\/(worksheets|tables)\/[^/]+\.xml$/, 'sml.xsd'],
  [/^xl\/drawings\/[^/]+\.xml$/, 'dml-spreadsheetDrawing.xsd'],
  [/^xl\/theme\/[^/]+\.xml$/, 'dml-main.xsd'],
  [/^xl\/charts\/[^/]+\.xml$/, 'dml-chart.xsd'],
];

/** The schema errors of each part of one package (parts without a schema listed as skipped). */
export async function validateParts(bytes: Uint8Array, xsdDir: string): Promise<{ checked: string[]; skipped: string[]; errors: string[] }> {
  const xsds = readdirSync(xsdDir).filter((f) => f.endsWith('.xsd'));
  const load = (f: string) => ({ fileName: f, contents: readFileSync(join(xsdDir, f), 'utf8') });
  const checked: string[] = [];
  const skipped: string[] = [];
  const errors: string[] = [];
  for (const [part, data] of Object.entries(unzipSync(bytes))) {
    const schema = SCHEMA_OF.find(([pattern]) => pattern.test(part))?.[1];
    if (!schema) {
      skipped.push(part);
      continue;
    }
    // 1 GiB of WebAssembly memory: a 4 MB dashboard worksheet exhausts the default.
    const result = await validateXML({ xml: [{ fileName: part, contents: strFromU8(data) }], schema: [load(schema)], preload: xsds.filter((f) => f !== schema).map(load), maxMemoryPages: 16_384 });
    checked.push(part);
    errors.push(...result.errors.map((e) => `${part}: ${e.rawMessage}`));
  }
  return { checked, skipped, errors };
}

async function main(): Promise<void> {
  const [xsdDir, ...files] = process.argv.slice(2);
  if (!xsdDir || files.length === 0) throw new Error('usage: validate-xlsx-parts.ts XSD_DIR FILE.xlsx...');
  let failed = false;
  for (const file of files) {
    const { checked, skipped, errors } = await validateParts(new Uint8Array(readFileSync(file)), xsdDir);
    process.stdout.write(`${file}: ${checked.length} parts checked, ${errors.length} errors${skipped.length ? ` (not checked: ${skipped.join(', ')})` : ''}\n`);
    for (const e of errors.slice(0, 40)) process.stdout.write(`  ${e}\n`);
    failed ||= errors.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) void main();
