/**
 * Next year's standard sheet from last year's: the template with the carried texts in their inputs, and
 * below the form (on a page of its own) the locked 「前年度の振り返り」 block, which the reader never reads.
 */
import { toA1 } from '../domain/cell-ref';
import { formatFiscalYear } from '../domain/fiscal-calendar';
import type { CellPosition } from '../domain/cell-ref';
import type { CellStyle, SheetSpec } from '../domain/sheet-spec';
import { TEMPLATE_COLUMNS as C, TEMPLATE_LAST_COLUMN, templateLayout } from '../domain/template-layout';
import { renderStatusSheet } from './render-status-sheet';
import type { ReferenceBlock, RolloverSheet, SourceRef } from './rollover-plan';
import { rangeOf, SheetSpecBuilder } from './sheet-spec-builder';

/** The request beside the sheet: the new year and the sheet's language. */
export interface RolloverSheetRequest {
  readonly fiscalYear: number;
  readonly committee: string;
  readonly workingGroup: string | null;
  readonly locale: 'ja' | 'en';
  readonly createdAt: string;
}

const REFERENCE_LABELS = {
  ja: {
    title: (year: string) => `前年度の振り返り（${year}・参照用）`,
    note: 'この欄は前年度のシートからの転記です（編集できません。検証・集約の対象外です）。改善(ACTION)を今年度の取り組み計画(PLAN)に生かしてください。',
    annualRate: '年度\n達成率',
    annualComment: '年度\n総評',
    action: (month: number) => `${month}月\nACTION`,
    none: '（記入なし）',
    source: (s: SourceRef) => `出典: ${s.file} / ${s.sheet}${s.cell ? ` / ${s.cell}` : ''}`,
    unknownYear: '前年度',
  },
  en: {
    title: (year: string) => `Last year in review (${year}, for reference)`,
    note: "Copied from last year's sheet (locked; not validated or consolidated). Build this year's PLAN on last year's ACTION.",
    annualRate: 'Annual\nrate',
    annualComment: 'Annual\nreview',
    action: (month: number) => `${month}\nACTION`,
    none: '(none written)',
    source: (s: SourceRef) => `Source: ${s.file} / ${s.sheet}${s.cell ? ` / ${s.cell}` : ''}`,
    unknownYear: 'last year',
  },
} as const;

const REFERENCE_FILL = 'F2F2F2';
const REFERENCE_STYLES: Readonly<Record<string, CellStyle>> = {
  refTitle: { bold: true, fontSize: 11, fill: 'D9D9D9', horizontal: 'left', vertical: 'middle', border: 'thin' },
  refNote: { fontSize: 9, fontColor: '595959', horizontal: 'left', vertical: 'middle', wrap: true, border: 'thin' },
  refLabel: { bold: true, fontSize: 9, fill: REFERENCE_FILL, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' },
  refText: { fontSize: 10, fill: REFERENCE_FILL, horizontal: 'left', vertical: 'top', wrap: true, border: 'thin' },
  refSource: { fontSize: 8, fontColor: '595959', fill: REFERENCE_FILL, horizontal: 'left', vertical: 'top', wrap: true, border: 'thin' },
};

/** The first row of the reference block for a sheet of `planCount` plans and `rowsPerMonth` rows a month. */
export function referenceBlockRow(planCount: number, rowsPerMonth?: number): number {
  return templateLayout(planCount, rowsPerMonth).lastRow + 2;
}

/** Renders one rolled-over sheet. */
export function renderRolloverSheet(sheet: RolloverSheet, request: RolloverSheetRequest): SheetSpec {
  const base = renderStatusSheet({ ...request, plans: [...sheet.plans] });
  const layout = templateLayout(sheet.plans.length);
  const carried = new Map<string, string>();
  const put = (at: CellPosition, text: string | null): void => {
    if (text !== null) carried.set(toA1(at.row, at.col), text);
  };
  put(layout.philosophy.input, sheet.philosophy);
  put(layout.goal.input, sheet.goal);
  layout.plans.forEach((p, i) => put(p.input, sheet.planTexts[i] ?? null));
  const cells = base.cells.map((c) => {
    const text = carried.get(toA1(c.row, c.col));
    return text === undefined ? c : { ...c, value: text };
  });

  const b = new SheetSpecBuilder();
  const top = layout.lastRow + 2;
  placeReference(b, top, sheet.reference, request.locale);
  const parts = b.parts();
  return {
    ...base,
    cells: [...cells, ...parts.cells],
    merges: [...base.merges, ...parts.merges],
    rowHeights: [...base.rowHeights, ...parts.rowHeights],
    styles: { ...base.styles, ...REFERENCE_STYLES },
    // The block prints on a page of its own after the form; it never splits a quarter's page.
    pageBreaks: [...(base.pageBreaks ?? []), top],
  };
}

/** Places the block from `top`. */
function placeReference(b: SheetSpecBuilder, top: number, ref: ReferenceBlock, locale: 'ja' | 'en'): void {
  const labels = REFERENCE_LABELS[locale];
  const year = ref.fromYear === null ? labels.unknownYear : formatFiscalYear(ref.fromYear, locale);
  b.merged(rangeOf(top, C.quarter, top, TEMPLATE_LAST_COLUMN), labels.title(year), 'refTitle').height(top, 20);
  b.merged(rangeOf(top + 1, C.quarter, top + 1, TEMPLATE_LAST_COLUMN), labels.note, 'refNote').height(top + 1, 26);
  let row = top + 2;
  const line = (label: string, text: string | null, source: SourceRef | null): void => {
    b.merged(rangeOf(row, C.quarter, row, C.month), label, 'refLabel');
    b.merged(rangeOf(row, C.do, row, C.check), text ?? labels.none, 'refText');
    b.cell({ row, col: C.action }, source ? labels.source(source) : null, 'refSource');
    b.height(row, heightFor(text ?? ''));
    row += 1;
  };
  line(labels.annualRate, ref.annualRate?.raw ?? null, ref.annualRate?.source ?? null);
  line(labels.annualComment, ref.annualComment?.text ?? null, ref.annualComment?.source ?? null);
  for (const action of ref.actions) line(labels.action(action.month), action.text, action.source);
}

/** Wrapped text is not auto-heighted by every reader: about 60 full-width characters a line in C:D. */
function heightFor(text: string): number {
  const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / 60)), 0);
  return Math.max(28, Math.min(200, lines * 14 + 6));
}
