/**
 * Builds the small hostile and broken submissions the secretariat will meet, into tests/fixtures/hostile/.
 * Large attack files (zip bombs, huge sheets, 50 MB) are made at test time by `hostile-files.ts` instead.
 * Run: npx tsx tests/hostile/build-hostile-fixtures.ts [second-round]   (the .xls and .ods need LibreOffice's
 * soffice, the uncomputed formula openpyxl; `second-round` rebuilds only issue 16's files)
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { realign } from '../fixtures/build-fy2022-fixtures';
import { readSeedSheets } from '../helpers/seed-grids';

export const HOSTILE_DIR = join(__dirname, '../fixtures/hostile');
const FY2022 = join(__dirname, '../fixtures/fy2022');

/** A minimal, well-formed OLE compound file whose directory holds the given stream names. */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x3e, true); // minor version
  view.setUint16(26, 3, true); // major version 3: 512-byte sectors
  view.setUint16(28, 0xfffe, true); // little-endian
  view.setUint16(30, 9, true); // sector shift
  view.setUint16(32, 6, true); // mini sector shift
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // directory starts at sector 1
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setInt32(60, -2, true); // no mini FAT
  view.setInt32(68, -2, true); // no DIFAT sectors
  view.setUint32(76, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setInt32(76 + i * 4, -1, true);
  // Sector 0 (file offset 512): the FAT — sector 0 is FAT, sector 1 the directory's end of chain.
  const fat = sector;
  for (let i = 0; i < 128; i++) view.setInt32(fat + i * 4, -1, true);
  view.setInt32(fat, -3, true);
  view.setInt32(fat + 4, -2, true);
  // Sector 1 (file offset 1024): the directory — root entry, then the streams as a right-leaning chain.
  const names = ['Root Entry', ...streams];
  names.forEach((name, i) => {
    const at = sector * 2 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = i === 0 ? 5 : 2; // root storage / stream
    out[at + 67] = 1; // black
    view.setInt32(at + 68, -1, true); // left sibling
    view.setInt32(at + 72, i > 0 && i < names.length - 1 ? i + 1 : -1, true); // right sibling
    view.setInt32(at + 76, i === 0 && names.length > 1 ? 1 : -1, true); // child
    view.setInt32(at + 116, -2, true); // start sector: empty stream
  });
  return out;
}

const FIXED_TIME = new Date(Date.UTC(2023, 3, 28, 9, 0, 0));

/** ExcelJS's bytes re-zipped with fixed entry times: rebuilding leaves unchanged fixtures byte-identical. */
async function stableBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return zipSync(unzipSync(new Uint8Array(await wb.xlsx.writeBuffer())), { mtime: FIXED_TIME });
}

/** A workbook with fixed document times, so rebuilding the fixtures leaves unchanged files unchanged. */
function fixedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  return wb;
}

async function statusWorkbook(rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>, sheetName: string, tweak?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = fixedWorkbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((cells, r) => cells.forEach((v, c) => v !== '' && v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  tweak?.(ws);
  return stableBytes(wb);
}

/** The ①・④・⑤ sheet of the 事業所連絡会WG with the given edits, as rows of values. */
function seedRows(index: number, edit: (rows: ExcelJS.CellValue[][]) => void): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = realign(readSeedSheets()[index] ?? []).map((r) => [...r]);
  edit(rows);
  return rows;
}

function findRow(rows: ExcelJS.CellValue[][], label: string): ExcelJS.CellValue[] {
  const row = rows.find((r) => r.some((c) => typeof c === 'string' && c.replace(/\s/g, '') === label));
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

/** Writes every small hostile fixture. */
export async function buildHostileFixtures(dir: string = HOSTILE_DIR): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const soudan = readFileSync(join(FY2022, '相談部会.xlsx'));
  writeFileSync(join(dir, 'not-a-zip.xlsx'), 'これはExcelファイルではありません。\n');
  writeFileSync(join(dir, 'csv-renamed.xlsx'), '部会,WG,上半期\r\n就労部会,雇用啓発WG,30%\r\n');
  writeFileSync(join(dir, 'truncated.xlsx'), soudan.subarray(0, Math.floor(soudan.length * 0.6)));
  writeFileSync(join(dir, 'encrypted.xlsx'), compoundFile(['EncryptionInfo', 'EncryptedPackage']));

  // A .xlsm is a zip like any workbook: its macro project is never inflated, let alone run.
  const parts = unzipSync(new Uint8Array(soudan));
  parts['xl/vbaProject.bin'] = strToU8('Attribute VB_Name = "ThisWorkbook"\nSub Workbook_Open()\n  Shell "calc.exe"\nEnd Sub\n');
  const types = new TextDecoder().decode(parts['[Content_Types].xml']);
  parts['[Content_Types].xml'] = strToU8(
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  writeFileSync(join(dir, 'macro.xlsm'), zipSync(parts, { mtime: FIXED_TIME }));

  const empty = fixedWorkbook();
  empty.addWorksheet('Sheet1');
  writeFileSync(join(dir, 'empty.xlsx'), await stableBytes(empty));
  const memo = fixedWorkbook();
  memo.addWorksheet('メモ').addRows([['提出前に部会長へ確認すること'], ['・達成率の入力'], ['・総評の確認']]);
  memo.addWorksheet('集計').addRows([['月', '件数'], ['4月', 3], ['5月', 1]]);
  writeFileSync(join(dir, 'no-status-sheet.xlsx'), await stableBytes(memo));

  // Odd content in a real status sheet: formula rates, rich text, a date in a DO cell, full-width rate,
  // an error value and a 32,767-character text.
  const odd = seedRows(7, (rows) => {
    findRow(rows, '総上半期評価')[1] = { formula: '10+10', result: 20 };
    findRow(rows, '総下半期評価')[1] = '達成率 ７０％';
    const june = rows.find((r) => r[1] === '6月');
    if (june) june[2] = { richText: [{ text: '6/30WG ', font: { bold: true } }, { text: '昨年度の反省を踏まえ確認。' }] };
    const may = rows.find((r) => r[1] === '5月');
    if (may) {
      may[2] = new Date(Date.UTC(2022, 4, 20));
      may[3] = { error: '#REF!' };
    }
    const july = rows.find((r) => r[1] === '7月');
    if (july) july[4] = 'あ'.repeat(32_767);
  });
  writeFileSync(join(dir, 'odd-content.xlsx'), await statusWorkbook(odd, '①・④・⑤'));

  // Texts that a spreadsheet would run as formulas if written carelessly, and a hostile sheet name.
  const injection = seedRows(9, (rows) => {
    const july = rows.find((r) => r[1] === '7月');
    if (july) {
      july[2] = '=HYPERLINK("http://evil.invalid","詳細")';
      july[3] = '+81-3-1234';
      july[4] = '-1+1';
    }
    const nov = rows.find((r) => r[1] === '11月');
    if (nov) {
      nov[3] = '@SUM(A1:A2)';
      nov[4] = '\t=1+1';
    }
    const jan = rows.find((r) => r[1] === '1月');
    if (jan) jan[3] = '\r=cmd|" /C calc"!A0';
  });
  writeFileSync(join(dir, 'injection.xlsx'), await statusWorkbook(injection, `<script>"'⑥・⑦`));

  // The three ways clerks type a rate in its own cell: 0.8 shown as 80% by a percent format, the number
  // 80, and the text "80%" (精神障がい WG sheet, whose rates otherwise share the label cell).
  let percentRow = -1;
  const rateForms = seedRows(3, (rows) => {
    const forms: ExcelJS.CellValue[] = [0.8, 80, '80%'];
    ['総評上半期', '総評下半期', '総年評度'].forEach((label, i) => {
      const row = findRow(rows, label);
      row[1] = '達成率';
      row[2] = forms[i] ?? null;
      if (i === 0) percentRow = rows.indexOf(row);
    });
  });
  writeFileSync(join(dir, 'rate-forms.xlsx'), await statusWorkbook(rateForms, 'R4', (ws) => (ws.getCell(percentRow + 1, 3).numFmt = '0%')));

  const lastYear = seedRows(0, (rows) => {
    rows[0] = ['相談部会 令和3年度 部会状況把握表'];
  });
  writeFileSync(join(dir, 'other-year.xlsx'), await statusWorkbook(lastYear, '①'));

  // A genuine old-format .xls, converted by LibreOffice.
  const work = mkdtempSync(join(tmpdir(), 'hostile-xls-'));
  try {
    copyFileSync(join(FY2022, '相談部会.xlsx'), join(work, 'legacy.xlsx'));
    execFileSync('soffice', ['--headless', '--convert-to', 'xls', '--outdir', work, join(work, 'legacy.xlsx')], { env: { ...process.env, HOME: work }, stdio: 'ignore', timeout: 120_000 });
    copyFileSync(join(work, 'legacy.xls'), join(dir, 'legacy.xls'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** openpyxl writes a formula as `<f>` with an empty `<v>`: no cached result until Excel computes it. */
const OPENPYXL_FORMULA_RATE = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
ws['C13'] = '=0.5+0.5'
wb.save(sys.argv[2])
`;

/** The second round (issue 16): files made by other producers — openpyxl and LibreOffice. */
export function buildSecondRoundFixtures(dir: string = HOSTILE_DIR): void {
  mkdirSync(dir, { recursive: true });
  const good = join(FY2022, '相談部会.xlsx');
  execFileSync('/usr/bin/python3', ['-c', OPENPYXL_FORMULA_RATE, good, join(dir, 'formula-no-cache.xlsx')], { stdio: 'ignore', timeout: 60_000 });
  const work = mkdtempSync(join(tmpdir(), 'hostile-ods-'));
  try {
    copyFileSync(good, join(work, 'spreadsheet.xlsx'));
    execFileSync('soffice', ['--headless', '--convert-to', 'ods', '--outdir', work, join(work, 'spreadsheet.xlsx')], { env: { ...process.env, HOME: work }, stdio: 'ignore', timeout: 120_000 });
    copyFileSync(join(work, 'spreadsheet.ods'), join(dir, 'spreadsheet.ods'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const which = process.argv[2];
  const build = which === 'second-round' ? Promise.resolve(buildSecondRoundFixtures()) : buildHostileFixtures().then(() => buildSecondRoundFixtures());
  void build.then(() => process.stdout.write(`${HOSTILE_DIR}\n`));
}
