/**
 * The second round of hostile files (issue 16), made at test time from the real 相談部会 workbook by
 * editing its XML the way other producers and attackers write it. Its sheet 「①」 has the first-half
 * rate 100% in C13 (0.8-style number 1 with the percent style s="2") and the title in shared string 0.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { GOOD } from './hostile-run';
import { zipOfRawEntries } from './hostile-files';

export const SHEET = 'xl/worksheets/sheet1.xml';
export const WORKBOOK = 'xl/workbook.xml';
export const STRINGS = 'xl/sharedStrings.xml';
export const STYLES = 'xl/styles.xml';
/** The first-half rate cell of the good workbook, as written. */
export const RATE_CELL = '<c r="C13" s="2"><v>1</v></c>';
/** The first-half row closes here; markup inserted after it reads as a later row 13 to a naive scanner. */
const ROW_13_END = '<c r="D13" s="1" t="s"><v>32</v></c></row>';

const goodParts = (): Record<string, Uint8Array> => unzipSync(new Uint8Array(readFileSync(GOOD)));

/** The good workbook with some parts' text edited (each edit must change its part). */
export function editedGood(edits: Record<string, (xml: string) => string>): Uint8Array {
  const parts = goodParts();
  for (const [name, edit] of Object.entries(edits)) {
    const before = strFromU8(parts[name] ?? new Uint8Array());
    const after = edit(before);
    if (after === before) throw new Error(`edit of ${name} changed nothing`);
    parts[name] = strToU8(after);
  }
  return zipSync(parts, { mtime: new Date(Date.UTC(2023, 3, 28)) });
}

const afterRow13 = (markup: string) => (xml: string) => xml.replace(ROW_13_END, `${ROW_13_END}${markup}`);
const staleRow13 = '<row r="13"><c r="C13" s="2"><v>0.3</v></c></row>';

/** Markup that XML says is not content, each hiding something a naive scanner reads as cells or sheets. */
export const NOT_CONTENT: ReadonlyArray<readonly [string, () => Uint8Array]> = [
  ['a commented-out row (100% would read 30%)', () => editedGood({ [SHEET]: afterRow13(`<!-- 旧: ${staleRow13} -->`) })],
  ['a commented-out title row (the sheet would read 令和3年度)', () =>
    editedGood({ [SHEET]: (x) => x.replace('</row><row r="2"', '</row><!--<row r="1"><c r="A1" t="inlineStr"><is><t>相談部会 令和3年度 部会状況把握表</t></is></c></row>--><row r="2"') })],
  ['a commented-out shared string (every later index would shift)', () => editedGood({ [STRINGS]: (x) => x.replace('<si>', '<!-- <si><t>削除した見出し</t></si> --><si>') })],
  ['a processing instruction holding a row', () => editedGood({ [SHEET]: afterRow13(`<?generator ${staleRow13} ?>`) })],
  ['a CDATA section between rows holding a row (text, not elements)', () => editedGood({ [SHEET]: afterRow13(`<![CDATA[${staleRow13}]]>`) })],
  ['a DTD whose entity text holds a second sheet', () =>
    editedGood({ [WORKBOOK]: (x) => x.replace('<workbook ', `<!DOCTYPE workbook [<!ENTITY old "<sheet name='旧①' sheetId='9' r:id='rId4'/>"> <!-- ] > --> ]><workbook `) })],
];

/** Raw `>` in attribute values, legal XML: a sheet named 「a>b」, a format code `[>=1]0%;0%`, a cell attribute. */
export const RAW_GT: ReadonlyArray<readonly [string, () => Uint8Array]> = [
  ['a sheet named 「a>b」', () => editedGood({ [WORKBOOK]: (x) => x.replace('name="①"', 'name="①a>b"') })],
  ['the rate formatted "[>=1]0%;0%"', () =>
    editedGood({
      // The rate's style (the only xf with the built-in 0%) switched to a custom format holding a raw `>`.
      [STYLES]: (x) => x.replace('<fonts', '<numFmts count="1"><numFmt numFmtId="164" formatCode="[>=1]0%;0%"/></numFmts><fonts').replace('<xf numFmtId="9" ', '<xf numFmtId="164" '),
    })],
  ['a cell with an attribute holding ">" before its style', () => editedGood({ [SHEET]: (x) => x.replace(RATE_CELL, '<c r="C13" x14ac:note="a>b" s="2"><v>1</v></c>') })],
];

/** The good workbook plus a second, hidden copy of 「①」 with the first-half rate at 30% (a stale copy, or last year's). */
export function withHiddenStaleCopy(options: { hideOriginal?: boolean; lastYear?: boolean } = {}): Uint8Array {
  const parts = goodParts();
  const sheet = strFromU8(parts[SHEET] ?? new Uint8Array());
  const stale = sheet.replace(RATE_CELL, '<c r="C13" s="2"><v>0.3</v></c>');
  const title = '<c r="A1" s="1" t="inlineStr"><is><t>相談部会 令和3年度 部会状況把握表</t></is></c>';
  parts['xl/worksheets/sheet2.xml'] = strToU8(options.lastYear ? stale.replace('<c r="A1" s="1" t="s"><v>0</v></c>', title) : stale);
  const edit = (name: string, f: (x: string) => string): void => {
    parts[name] = strToU8(f(strFromU8(parts[name] ?? new Uint8Array())));
  };
  edit(WORKBOOK, (x) => {
    const listed = x.replace('</sheets>', '<sheet sheetId="2" name="①(旧)" state="hidden" r:id="rId9"/></sheets>');
    return options.hideOriginal ? listed.replace('state="visible"', 'state="hidden"') : listed;
  });
  edit('xl/_rels/workbook.xml.rels', (x) => x.replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>'));
  edit('[Content_Types].xml', (x) => x.replace('</Types>', '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
  return zipSync(parts, { mtime: new Date(Date.UTC(2023, 3, 28)) });
}

/** Only a hidden sheet: the good workbook with its one sheet's tab hidden. */
export const onlyHidden = (): Uint8Array => editedGood({ [WORKBOOK]: (x) => x.replace('state="visible"', 'state="hidden"') });

/** The good workbook with its worksheet part twice in the zip: the second, a stale copy, at 30%. */
export function duplicateEntry(): Uint8Array {
  const parts = goodParts();
  const sheet = parts[SHEET] ?? new Uint8Array();
  const stale = strToU8(strFromU8(sheet).replace(RATE_CELL, '<c r="C13" s="2"><v>0.3</v></c>'));
  const entries = Object.entries(parts).map(([name, data]) => ({ name, data, method: 0 as const, declared: data.length }));
  return zipOfRawEntries([...entries, { name: SHEET, data: stale, method: 0, declared: stale.length }]);
}

/** Formatting without values past the cell limits, as real workbooks carry it. */
export const FORMATTED_ONLY: ReadonlyArray<readonly [string, () => Uint8Array]> = [
  ['one empty custom-height row 10,001', () => editedGood({ [SHEET]: (x) => x.replace('</sheetData>', '<row r="10001" ht="20" customHeight="1"/></sheetData>') })],
  ['borders down to row 12,000', () =>
    editedGood({
      [SHEET]: (x) =>
        x
          .replace('<dimension ref="A1:E21"/>', '<dimension ref="A1:E12000"/>')
          .replace('</sheetData>', `${Array.from({ length: 12_000 - 21 }, (_, i) => `<row r="${i + 22}"><c r="A${i + 22}" s="1"/><c r="E${i + 22}" s="1"/></row>`).join('')}</sheetData>`),
    })],
  ['one empty styled cell at XFD1', () =>
    editedGood({ [SHEET]: (x) => x.replace('<dimension ref="A1:E21"/>', '<dimension ref="A1:XFD21"/>').replace('<c r="E1" s="1"/></row>', '<c r="E1" s="1"/><c r="XFD1" s="1"/></row>') })],
];

/** The good workbook with the 11月 CHECK text (D17) made 40,000 characters long. */
export function overLongText(): Uint8Array {
  return editedGood({ [SHEET]: (x) => x.replace(/<c r="D17" s="1" t="s"><v>\d+<\/v><\/c>/, `<c r="D17" s="1" t="inlineStr"><is><t>${'長'.repeat(39_990)}最後の十文字はここです</t></is></c>`) });
}

/** A zip laid out like an .xlsb (binary workbook part), as Excel saves one. */
export function xlsbLike(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>'),
    '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'),
    'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]),
    'xl/worksheets/sheet1.bin': new Uint8Array([0x81, 0x01, 0x00]),
  });
}
