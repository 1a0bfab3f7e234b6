/** Markup that is not content is taken out of a part as XML defines it, before any scan. */
import { strToU8 } from 'fflate';
import { cellText } from '../../../src/domain/grid';
import { readXlsx } from '../../../src/hosts/xlsx/read-xlsx';
import { withoutMarkup } from '../../../src/hosts/xlsx/read-xml-markup';
import { handMadeWorkbook } from '../../hostile/hostile-files';

describe('withoutMarkup', () => {
  it('leaves a part with only the XML declaration as it is (the same string)', () => {
    const xml = '<?xml version="1.0"?><sst><si><t>a</t></si></sst>';
    expect(withoutMarkup(xml)).toBe(xml);
  });

  it('takes out comments, processing instructions and a DOCTYPE whose literals and subset hold ">" and "]"', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "a]>b"> <!-- ]> --> <?pi ]>?>]><w><!-- <x/> --><?pi <y/> ?><z/></w>';
    expect(withoutMarkup(xml)).toBe('<w><z/></w>');
  });

  it('turns CDATA into the escaped text it stands for, and keeps an unclosed section as characters', () => {
    expect(withoutMarkup('<t><![CDATA[<b> & ]] _x0041_]]></t>')).toBe('<t>&lt;b&gt; &amp; ]] _x005F_x0041_</t>');
    expect(withoutMarkup('<t><![CDATA[open</t>')).toBe('<t>&lt;![CDATA[open</t>');
  });

  it('drops the rest of a part after markup that never ends, as XML reads it', () => {
    expect(withoutMarkup('<w><a/><!-- <b/><c/></w>')).toBe('<w><a/>');
    expect(withoutMarkup('<w><a/><?pi <b/></w>')).toBe('<w><a/>');
  });
});

describe('markup inside a cell text', () => {
  it('joins the text around a comment or a processing instruction, as Excel shows it', () => {
    const sst = '<sst><si><t>計画<!-- 旧: 予定 -->実施<?x y?>済</t></si></sst>';
    const read = readXlsx(handMadeWorkbook([['S', '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>']], { 'xl/sharedStrings.xml': strToU8(sst) }));
    expect(read.ok && cellText(read.workbook.sheets[0]?.rows[0]?.[0])).toBe('計画実施済');
  });
});
