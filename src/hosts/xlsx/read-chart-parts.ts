/**
 * The charts of a workbook package, found the way a reader finds them (workbook → sheet → drawing → chart)
 * rather than by part name: for each worksheet, its drawing parts and, per chart, the title text, the sheets
 * its formulas read and the parts it brings along (its relationships, chart styles). A drawing that holds
 * anything but charts (a shape, a picture, a group) is listed apart: those are never ours.
 */
import { XlsxPackage, readRelationships, relationshipsPartOf } from './read-package';
import { decodeXmlText, forEachElement, readAttributes, startTags } from './read-xml-text';
import { DEFAULT_READ_LIMITS } from './xlsx-limits';

/** One chart as the package holds it. */
export interface FoundChart {
  /** The chart part, e.g. "xl/charts/chart3.xml". */
  readonly part: string;
  /** The title's text (its runs joined), null when the chart has none. */
  readonly title: string | null;
  /** The sheets its formulas read (lower case); a literal string formula (LibreOffice's series names) reads none. */
  readonly sheets: readonly string[];
  /** Whether a formula reads something other than a cell range of a sheet of this workbook (an external book, a name). */
  readonly otherReferences: boolean;
  /** Parts that come with it: its relationships part and what those point at. */
  readonly companions: readonly string[];
  /** Whether everything it points at is a chart style or colour part (Excel's); anything else (user shapes) is not ours. */
  readonly onlyStyles: boolean;
}

export interface SheetCharts {
  readonly sheet: string;
  readonly charts: readonly FoundChart[];
  /** The sheet's drawing part(s) and their relationships parts. */
  readonly drawings: readonly string[];
  /** Drawing parts that hold something besides charts. */
  readonly foreignDrawings: readonly string[];
}

// Microsoft's chart style and colour parts (Excel 2013+ saves them beside each chart).
const STYLE_TYPES = new Set(['chartStyle', 'chartColorStyle']);
const NON_CHART_ANCHORS = ['sp', 'pic', 'grpSp', 'cxnSp', 'contentPart'];

/** The charts of every worksheet of `bytes` (part names in lower case); throws only on a package the reader refused already. */
export function readChartParts(bytes: Uint8Array): SheetCharts[] {
  const pkg = new XlsxPackage(bytes, DEFAULT_READ_LIMITS);
  const workbookPart = [...readRelationships(pkg.text('_rels/.rels'), '').values()].find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const workbook = pkg.text(workbookPart) ?? '';
  const sheetRels = readRelationships(pkg.text(relationshipsPartOf(workbookPart)), workbookPart);
  const out: SheetCharts[] = [];
  for (const tag of startTags(workbook, 'sheet')) {
    const attrs = readAttributes(tag);
    const part = sheetRels.get(attrs.get('r:id') ?? attrs.get('id') ?? '')?.target;
    if (!part) continue;
    const rels = relationshipsPartOf(part);
    const drawings = [...readRelationships(pkg.text(rels), part).values()].filter((r) => r.type === 'drawing').map((r) => r.target);
    const charts: FoundChart[] = [];
    const foreignDrawings: string[] = [];
    const drawingParts: string[] = [];
    for (const drawing of drawings) {
      const xml = pkg.text(drawing) ?? '';
      drawingParts.push(drawing.toLowerCase(), relationshipsPartOf(drawing).toLowerCase());
      if (NON_CHART_ANCHORS.some((name) => startTags(xml, name).length > 0)) foreignDrawings.push(drawing.toLowerCase());
      const targets = readRelationships(pkg.text(relationshipsPartOf(drawing)), drawing);
      for (const chartTag of startTags(xml, 'chart')) {
        const target = targets.get(readAttributes(chartTag).get('r:id') ?? '');
        if (target?.type === 'chart') charts.push(readChart(pkg, target.target));
      }
    }
    out.push({ sheet: attrs.get('name') ?? '', charts, drawings: drawingParts, foreignDrawings });
  }
  return out;
}

function readChart(pkg: XlsxPackage, part: string): FoundChart {
  const xml = pkg.text(part) ?? '';
  const relsPart = relationshipsPartOf(part);
  const rels = [...readRelationships(pkg.text(relsPart), part).values()];
  const sheets = new Set<string>();
  let otherReferences = false;
  forEachElement(xml, 'f', (_tag, body) => {
    const refs = sheetsOf(decodeXmlText(body ?? ''));
    if (refs === null) otherReferences = true;
    else for (const s of refs) sheets.add(s);
  });
  return {
    part: part.toLowerCase(),
    title: titleOf(xml),
    sheets: [...sheets],
    otherReferences,
    companions: [relsPart, ...rels.map((r) => r.target)].map((p) => p.toLowerCase()),
    onlyStyles: rels.every((r) => STYLE_TYPES.has(r.type)),
  };
}

/** The chart's own title (not an axis title): the runs of the first <c:title> directly under <c:chart>. */
function titleOf(xml: string): string | null {
  let title: string | null = null;
  forEachElement(xml, 'chart', (_tag, body) => {
    if (body === null) return false;
    // The chart title comes before the plot area; axis titles sit inside it.
    const plotArea = body.search(/<(?:\w+:)?plotArea[\s>]/);
    const head = plotArea === -1 ? body : body.slice(0, plotArea);
    forEachElement(head, 'title', (_t, inner) => {
      const runs: string[] = [];
      forEachElement(inner ?? '', 't', (_x, text) => void runs.push(decodeXmlText(text ?? '')));
      title = runs.length > 0 ? runs.join('') : null;
      return false;
    });
    return false;
  });
  return title;
}

const QUOTED_SHEET = /'((?:[^']|'')+)'!/g;
const PLAIN_SHEET = /(?:^|[(,\s])([^\s'!(),"[\]]+)!/g;

/**
 * The sheets a chart formula reads (「'集約_達成率'!$A$5:$B$14」, 「集約_概要!$I$7:$I$18」, a union of such);
 * [] for a literal string (「"上半期"」); null for anything else (another workbook 「[1]Sheet1!A1」, a name).
 */
function sheetsOf(formula: string): string[] | null {
  const text = formula.trim();
  if (/^"(?:[^"]|"")*"$/.test(text)) return [];
  const sheets = [...text.matchAll(QUOTED_SHEET)].map((m) => (m[1] ?? '').replace(/''/g, "'"));
  const rest = text.replace(QUOTED_SHEET, '');
  sheets.push(...[...rest.matchAll(PLAIN_SHEET)].map((m) => m[1] ?? ''));
  if (sheets.length === 0 || /\[/.test(text)) return null;
  return sheets.map((s) => s.toLowerCase());
}
