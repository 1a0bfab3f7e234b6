/**
 * The workbook's theme part: Office's default colours (the table styles and chart defaults draw from its
 * accents) and fonts with 游ゴシック for Japanese. The part is optional in ECMA-376, but some mail and file
 * filters take a workbook without xl/theme/theme1.xml for a damaged one.
 */
import { DEFAULT_FONT_NAME } from './write-styles';
import { XML_DECLARATION } from './write-xml';

const COLORS: ReadonlyArray<readonly [string, string]> = [
  ['dk1', '<a:sysClr val="windowText" lastClr="000000"/>'],
  ['lt1', '<a:sysClr val="window" lastClr="FFFFFF"/>'],
  ['dk2', '<a:srgbClr val="44546A"/>'],
  ['lt2', '<a:srgbClr val="E7E6E6"/>'],
  ['accent1', '<a:srgbClr val="4472C4"/>'],
  ['accent2', '<a:srgbClr val="ED7D31"/>'],
  ['accent3', '<a:srgbClr val="A5A5A5"/>'],
  ['accent4', '<a:srgbClr val="FFC000"/>'],
  ['accent5', '<a:srgbClr val="5B9BD5"/>'],
  ['accent6', '<a:srgbClr val="70AD47"/>'],
  ['hlink', '<a:srgbClr val="0563C1"/>'],
  ['folHlink', '<a:srgbClr val="954F72"/>'],
];

/** xl/theme/theme1.xml. */
export function themeXml(): string {
  const fonts = (latin: string): string => `<a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="${DEFAULT_FONT_NAME}"/>`;
  const three = (item: string): string => item.repeat(3);
  const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  return (
    `${XML_DECLARATION}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>` +
    `<a:clrScheme name="Office">${COLORS.map(([name, color]) => `<a:${name}>${color}</a:${name}>`).join('')}</a:clrScheme>` +
    `<a:fontScheme name="Office"><a:majorFont>${fonts('Calibri Light')}</a:majorFont><a:minorFont>${fonts('Calibri')}</a:minorFont></a:fontScheme>` +
    '<a:fmtScheme name="Office">' +
    `<a:fillStyleLst>${three(fill)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${three(`<a:ln w="6350">${fill}</a:ln>`)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${three('<a:effectStyle><a:effectLst/></a:effectStyle>')}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${three(fill)}</a:bgFillStyleLst>` +
    '</a:fmtScheme></a:themeElements></a:theme>'
  );
}
