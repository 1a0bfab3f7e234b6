/** The package-level parts of a workbook we write: content types, relationships, document properties. */
import { XML_DECLARATION, attr } from './write-xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Relationship types, by the short name the parts use. */
export const RELATIONSHIP = {
  officeDocument: `${REL}/officeDocument`,
  extendedProperties: `${REL}/extended-properties`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  worksheet: `${REL}/worksheet`,
  styles: `${REL}/styles`,
  theme: `${REL}/theme`,
  sharedStrings: `${REL}/sharedStrings`,
  table: `${REL}/table`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
} as const;

/** Content types of the parts, by the short name the parts use. */
export const CONTENT_TYPE = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

/** What every workbook we write says made it (docProps/app.xml). */
export const APPLICATION_NAME = 'bukai-status-sheet';

/** One relationship of a part. */
export interface Relationship {
  readonly id: string;
  readonly type: keyof typeof RELATIONSHIP;
  /** Relative to the part's folder. */
  readonly target: string;
}

/** A relationships part. */
export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map((r) => `<Relationship Id="${r.id}" Type="${RELATIONSHIP[r.type]}" Target="${attr(r.target)}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${PKG_REL}">${items.join('')}</Relationships>`;
}

/** [Content_Types].xml for the parts (absolute part names without the leading "/") of the given types. */
export function contentTypesXml(parts: ReadonlyArray<readonly [string, keyof typeof CONTENT_TYPE]>): string {
  const overrides = parts.map(([name, type]) => `<Override PartName="/${name}" ContentType="${CONTENT_TYPE[type]}"/>`).join('');
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides}</Types>`
  );
}

/** docProps/core.xml: who made the workbook and nothing that changes between runs (no timestamps). */
export function corePropertiesXml(): string {
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${APPLICATION_NAME}</dc:creator></cp:coreProperties>`
  );
}

/** docProps/app.xml. */
export function extendedPropertiesXml(): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${APPLICATION_NAME}</Application></Properties>`;
}
