/**
 * Every XML part we write validates against the ECMA-376 transitional schemas (ISO/IEC 29500-4 and the OPC
 * schemas of 29500-2). They are in no package registry the project reaches, so they are not in the
 * repository: the test runs where they are, in shared/schemas/ooxml-transitional beside the repository
 * (like the add-in manifest schemas) or in the folder OOXML_XSD_DIR names, and is reported skipped elsewhere.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { validateParts } from '../../../scripts/validate-xlsx-parts';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { writeWorkbook } from '../../../src/hosts/xlsx/write-workbook';
import { consolidateFiles } from '../../../src/jobs/consolidate-files';
import { parsePlanSheets, renderStatusSheet } from '../../../src/template/render-status-sheet';
import { fixturePaths } from '../../helpers/fixture-workbooks';
import { chartExampleSpecs } from './write-chart-example';

const XSD_DIR = process.env.OOXML_XSD_DIR ?? resolve(__dirname, '..', '..', '..', '..', 'shared', 'schemas', 'ooxml-transitional');
const withSchemas = existsSync(join(XSD_DIR, 'sml.xsd')) ? it : it.skip;

jest.setTimeout(120_000);

async function written(): Promise<Array<[string, Uint8Array]>> {
  const template = (parsePlanSheets('①・④・⑤,②') ?? []).map((plans) => renderStatusSheet({ fiscalYear: 2022, committee: '就労部会', workingGroup: '雇用啓発WG', plans, createdAt: '2022-04-01T00:00:00.000Z' }));
  const files = fixturePaths().map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  const options = { roster: null, asOf: '2023-04-30', threshold: 60, fiscalYear: null, includeOtherYears: false, locale: 'ja' as const, generatedAt: '2023-05-01T09:00:00.000Z' };
  const dashboard = (await consolidateFiles(files, options, readXlsx)).specs;
  return [
    ['template', await writeWorkbook(template)],
    ['dashboard', await writeWorkbook(dashboard)],
    ['charts', await writeWorkbook(chartExampleSpecs())],
  ];
}

describe('the parts we write, against the ECMA-376 transitional schemas', () => {
  withSchemas('validate, every part of the template, the dashboard and the chart example', async () => {
    for (const [label, bytes] of await written()) {
      const result = await validateParts(bytes, XSD_DIR);
      expect(`${label}: ${result.errors.join('\n')}`).toBe(`${label}: `);
      expect(result.skipped).toEqual(['docProps/core.xml']);
    }
  });

  withSchemas('catch a part out of the schema’s order (the check can fail)', async () => {
    const dashboard = (await written())[1];
    if (!dashboard) throw new Error('no dashboard written');
    const files = unzipSync(dashboard[1]);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('<sheetFormatPr defaultRowHeight="15"/>', '').replace('</sheetData>', '</sheetData><sheetFormatPr defaultRowHeight="15"/>'));
    const result = await validateParts(zipSync(files), XSD_DIR);
    expect(result.errors.join('\n')).toMatch(/sheet1\.xml.*sheetFormatPr.*not expected/);
  });
});
