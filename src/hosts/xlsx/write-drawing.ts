/** A worksheet's drawing part: where each of its charts stands, anchored to the cells it covers. */
import type { ChartSpec } from '../../domain/sheet-spec';
import { XML_DECLARATION, attr } from './write-xml';

/** The drawing part (xl/drawings/drawingN.xml) holding `charts`; chart i is relationship `rId{i+1}`. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map((chart, i) => {
    const { top, left, bottom, right } = chart.anchor;
    // The chart covers its anchor cells entirely: it ends at the top-left corner of the cell after them.
    const marker = (tag: string, col: number, row: number): string =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', left, top)}${marker('to', right + 1, bottom + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${attr(chart.title ?? `Chart ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${anchors.join('')}</xdr:wsDr>`
  );
}
