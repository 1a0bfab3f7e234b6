/**
 * Broken XML must not make the reader's work grow faster than the file: an element opened thousands of
 * times and never closed, or a start tag with no `>`, once made every scan run to the end of the part
 * (quadratic: a 2 MB sheet took minutes). Each attack here is a few MB, stored uncompressed so the
 * inflate-ratio limit does not refuse it first; a linear reader reads it in well under a second.
 */
import { strToU8 } from 'fflate';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { handMadeWorkbook, lyingGigabyte, withDeclaredSize, zipBomb } from './hostile-files';

const REPEAT = 100_000;

/** `unit` repeated, each copy followed by a few varying letters so nothing is trivially uniform. */
function repeated(unit: string, count = REPEAT): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(unit, String.fromCharCode(97 + (i % 26)).repeat(1 + (i % 7)));
  return out.join('');
}

const sheet = (body: string): Uint8Array => handMadeWorkbook([['S', body]], {}, 0);
const withPart = (path: string, xml: string): Uint8Array => handMadeWorkbook([['S', '<sheetData/>']], { [path]: strToU8(xml) }, 0);
const SST = 'xl/sharedStrings.xml';

const ATTACKS: ReadonlyArray<readonly [string, () => Uint8Array]> = [
  ['rows opened and never closed', () => sheet(`<sheetData>${repeated('<row r="1">')}</sheetData>`)],
  ['row start tags without ">"', () => sheet(`<sheetData>${repeated('<row r="1" ')}</sheetData>`)],
  ['cells opened and never closed', () => sheet(`<sheetData><row r="1">${repeated('<c r="A1">')}</row></sheetData>`)],
  ['one cell holding unclosed <v> elements', () => sheet(`<sheetData><row r="1"><c r="A1">${repeated('<v>1')}</c></row></sheetData>`)],
  ['one cell holding unclosed <is> elements', () => sheet(`<sheetData><row r="1"><c r="A1" t="inlineStr">${repeated('<is>')}</c></row></sheetData>`)],
  ['merge cells without ">"', () => sheet(`<sheetData/>${repeated('<mergeCell ')}`)],
  ['dimensions without ">"', () => sheet(`${repeated('<dimension ')}<sheetData/>`)],
  ['shared strings opened and never closed', () => withPart(SST, `<sst>${repeated('<si>')}</sst>`)],
  ['one shared string of unclosed <t> runs', () => withPart(SST, `<sst><si>${repeated('<t>')}</si></sst>`)],
  ['one shared string of unclosed phonetic runs', () => withPart(SST, `<sst><si><t>a</t>${repeated('<rPh>')}</si></sst>`)],
  ['one text of unclosed CDATA sections', () => withPart(SST, `<sst><si><t>${repeated('<![CDATA[')}</t></si></sst>`)],
  ['defined names opened and never closed', () => withPart('xl/workbook.xml', `<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>${repeated('<definedName name="a">')}</workbook>`)],
  ['a sheet tag of one 2 MB attribute name', () => withPart('xl/workbook.xml', `<workbook><sheets><sheet ${'a'.repeat(2_000_000)}/></sheets></workbook>`)],
  ['comments opened and never closed', () => sheet(`<sheetData>${repeated('<row r="1"><!--')}</sheetData>`)],
  ['CDATA sections between rows never closed', () => sheet(`<sheetData>${repeated('<row r="1"><![CDATA[')}</sheetData>`)],
  ['processing instructions never closed', () => sheet(`<sheetData>${repeated('<?pi ')}</sheetData>`)],
  ['a DTD whose internal subset never closes', () => sheet(`<!DOCTYPE worksheet [${repeated('<!ENTITY a "<row>">')}<sheetData/>`)],
  ['declarations with a literal never closed', () => sheet(`${repeated('<!DOCTYPE x "')}<sheetData/>`)],
  ['a comment between every cell', () => sheet(`<sheetData><row r="1">${repeated('<c r="A1"><v>1</v></c><!-- 旧 -->')}</row></sheetData>`)],
  ['cell tags with unbalanced quotes', () => sheet(`<sheetData><row r="1">${repeated('<c r="A1 s=\'1>')}</row></sheetData>`)],
  ['sheet tags with unbalanced quotes', () => withPart('xl/workbook.xml', `<workbook><sheets>${repeated('<sheet name="a ')}</sheets></workbook>`)],
  ['relationships without ">"', () => withPart('xl/_rels/workbook.xml.rels', `<Relationships>${repeated('<Relationship Id="rId1" ')}</Relationships>`)],
  ['number formats without ">" and unclosed cellXfs', () => withPart('xl/styles.xml', `<styleSheet>${repeated('<numFmt ')}${repeated('<cellXfs>', 20_000)}${repeated('<xf ')}</styleSheet>`)],
];

describe('the reader does work proportional to the file on broken XML', () => {
  it.each(ATTACKS)('reads %s in bounded time without throwing', (_what, make) => {
    const bytes = make();
    expect(bytes.length).toBeGreaterThan(500_000);
    const started = performance.now();
    const result = readXlsx(bytes);
    const ms = performance.now() - started;
    // Linear scanning takes tens of milliseconds here; the quadratic scan took minutes.
    expect(ms).toBeLessThan(3000);
    expect(result.ok || result.failure.message.length > 0).toBe(true);
  });
});

describe('the linear scan reads well-formed parts as before', () => {
  it('reads prefixed elements, self-closing cells, phonetic runs and CDATA', () => {
    const sst = '<x:sst xmlns:x="m"><x:si><x:t>伊賀</x:t><x:rPh sb="0" eb="2"><x:t>イガ</x:t></x:rPh><x:t>市</x:t></x:si><x:si><x:t><![CDATA[<b>太字</b>]]> &amp; 後</x:t></x:si></x:sst>';
    const sheetXml = '<x:sheetData><x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2"/><x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>直接</x:t></x:is></x:c></x:row></x:sheetData>';
    const result = readXlsx(handMadeWorkbook([['S', sheetXml]], { [SST]: strToU8(sst) }));
    const row = result.ok ? result.workbook.sheets[0]?.rows[1] : undefined;
    expect(row?.[0]).toEqual({ kind: 'text', text: '伊賀市' });
    expect(row?.[1]).toBeUndefined();
    expect(row?.[2]).toEqual({ kind: 'text', text: '<b>太字</b> & 後' });
    expect(row?.[3]).toEqual({ kind: 'text', text: '直接' });
  });
});

describe('a part that lies about its size', () => {
  // fflate's unzipSync inflated into a buffer of the declared size but kept decoding past it: memory stayed
  // bounded while CPU time followed the real size (1 GB took 3 s, 3 GB 44 s). The package now inflates in
  // steps and stops once a part yields more than it declared.
  it('is refused as a zip bomb instead of being inflated to its real size', () => {
    const lying = withDeclaredSize(zipBomb(16), 'xl/worksheets/sheet1.xml', 1024);
    const result = readXlsx(lying);
    expect(result.ok ? 'read' : result.failure.code).toBe('zip_bomb');
  });

  it('stops at the declared size: 1 GB of XML declared as 1 KB is refused in bounded time', () => {
    const lying = withDeclaredSize(lyingGigabyte(), 'xl/worksheets/sheet1.xml', 1024);
    const started = performance.now();
    const result = readXlsx(lying);
    // Inflating the whole gigabyte took 3 s; stopping at the first step past 1 KB takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(!result.ok && result.failure).toMatchObject({ code: 'zip_bomb', message: expect.stringContaining('展開後のサイズが異常に大きい') });
  });
});
