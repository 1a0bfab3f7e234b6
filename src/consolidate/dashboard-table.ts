/**
 * A dashboard sheet as one declaration: its name, its section title, and its tables, each a list of
 * columns (header ja/en, width, kind, value accessor, highlight rules). Rendering, the conditional
 * formats and the table layout all follow from the declaration, so adding a sheet is adding one.
 */
import type { ChartSpec } from '../domain/chart-spec';
import type { ConditionalFormat, SheetSpec } from '../domain/sheet-spec';
import type { Dashboard } from './dashboard';
import type { DASHBOARD_LABELS, DashboardLocale } from './dashboard-labels';
import type { SummaryJson, SummaryRowKey } from './summary-json-schema';
import type { ColumnKind, TableBlock, TableRows } from './table-sheet';

/** A text in both languages. */
export interface Localized {
  readonly ja: string;
  readonly en: string;
}

export type CellValue = string | number | null;

/** What a column needs besides its row: the language, its labels and the dashboard's threshold. */
export interface RenderContext {
  readonly locale: DashboardLocale;
  readonly labels: (typeof DASHBOARD_LABELS)[DashboardLocale];
  readonly threshold: number;
}

export interface ColumnDecl<R> {
  readonly header: Localized;
  readonly width: number;
  readonly kind: ColumnKind;
  readonly value: (row: R, context: RenderContext) => CellValue;
  /** Rules that colour this column's data cells; equal rules of neighbouring columns become one range. */
  readonly highlight?: ReadonlyArray<(context: RenderContext) => ConditionalFormat['rule']>;
}

export interface TableDecl<R> {
  readonly tableName: string;
  readonly caption: (context: RenderContext, dashboard: Dashboard) => string;
  readonly rows: (dashboard: Dashboard) => readonly R[];
  /** The columns, or a function giving them from the dashboard (集約_経年 has three per year found; the theme matrix one per committee / WG). */
  readonly columns: ReadonlyArray<ColumnDecl<R>> | ((dashboard: Dashboard, context: RenderContext) => ReadonlyArray<ColumnDecl<R>>);
  /** A line under the table (e.g. counts per month), one value per column. */
  readonly footer?: (dashboard: Dashboard, context: RenderContext) => readonly CellValue[];
  /** The SUMMARY.json list this table's rows also fill, one JSON row per table row (see summaryRows). */
  readonly summary?: SummaryRowsDecl<R>;
}

/** The summary lists some tables fill, as a part of SUMMARY.json. */
export type SummaryRows = Partial<Pick<SummaryJson, SummaryRowKey>>;

/** How a table's rows become one of SUMMARY.json's lists. */
export interface SummaryRowsDecl<R> {
  readonly key: SummaryRowKey;
  readonly collect: (rows: readonly R[], locale: DashboardLocale) => SummaryRows;
}

/** Declares that a table's rows fill the summary list `key`, each row made by `row`. */
export function summaryRows<R, K extends SummaryRowKey>(key: K, row: (r: R, locale: DashboardLocale) => NonNullable<SummaryJson[K]>[number]): SummaryRowsDecl<R> {
  return {
    key,
    collect: (rows, locale) => {
      const out: { [P in K]?: Array<NonNullable<SummaryJson[P]>[number]> } = {};
      out[key] = rows.map((r) => row(r, locale));
      return out;
    },
  };
}

/** A table with its row type hidden, so one sheet may hold tables of different rows. */
export interface DashboardTable {
  readonly render: (dashboard: Dashboard, context: RenderContext) => TableBlock;
  /** The SUMMARY.json list the table's rows fill, if any. */
  readonly summary?: { readonly key: SummaryRowKey; readonly collect: (dashboard: Dashboard, locale: DashboardLocale) => SummaryRows };
}

export interface DashboardSheetDecl {
  /** The key of its name and section in DASHBOARD_LABELS (集約_提出状況 / Summary_Submissions…). */
  readonly key: keyof (typeof DASHBOARD_LABELS)['ja']['sheets'];
  readonly tables: readonly DashboardTable[];
  /** A sheet written only when the run asked for it ('years': --years / --all-years / 経年比較). */
  readonly only?: 'years';
  /**
   * The table whose header row repeats on every printed page, when not the first (集約_課題's long list
   * under its matrix); the sheet then freezes no header, as the first table's columns are not the list's.
   */
  readonly titleTable?: number;
  /** Charts over the laid-out tables (they read the cells where the tables landed). */
  readonly charts?: (sheet: SheetSpec, context: RenderContext) => ChartSpec[];
  /**
   * A sheet laid out by its own hand instead of as tables (集約_概要); it may read where the table sheets'
   * tables landed (`sheetOf`), so its charts point at their cells.
   */
  readonly layout?: (dashboard: Dashboard, context: RenderContext, heading: SheetHeading, sheetOf: (key: DashboardSheetDecl['key']) => SheetSpec | undefined) => SheetSpec;
}

/** The title and subtitle every dashboard sheet starts with. */
export interface SheetHeading {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
}

/** What a run asked for beyond the usual sheets. */
export interface DashboardRequest {
  readonly years?: boolean;
}

/** Whether a sheet is written for a run that asked for `request`. */
export const isRequested = (sheet: DashboardSheetDecl, request: DashboardRequest): boolean => sheet.only === undefined || (sheet.only === 'years' && request.years === true);

/** What a dashboard was made with: the years sheet when it has trend rows (even none found). */
export const requestOf = (dashboard: Dashboard): DashboardRequest => ({ years: dashboard.trend !== null });

/** Declares a table over rows of type R. */
export function table<R>(decl: TableDecl<R>): DashboardTable {
  const summary = decl.summary;
  return {
    render: (dashboard, context) => {
      const columns = typeof decl.columns === 'function' ? decl.columns(dashboard, context) : decl.columns;
      return {
        caption: decl.caption(context, dashboard),
        tableName: decl.tableName,
        columns: columns.map((c) => ({ header: c.header[context.locale], width: c.width, kind: c.kind })),
        rows: tableRows(decl.rows(dashboard), columns, context),
        formats: formatsOf(columns, context),
        ...(decl.footer ? { footer: decl.footer(dashboard, context) } : {}),
      };
    },
    ...(summary ? { summary: { key: summary.key, collect: (dashboard: Dashboard, locale: DashboardLocale) => summary.collect(decl.rows(dashboard), locale) } } : {}),
  };
}

/** The rows' values, made a row at a time when the layout asks (table-sheet.ts TableRows). */
function tableRows<R>(rows: readonly R[], columns: ReadonlyArray<ColumnDecl<R>>, context: RenderContext): TableRows {
  return {
    length: rows.length,
    fill: (index, into) => {
      const row = rows[index] as R;
      for (let c = 0; c < columns.length; c++) into[c] = (columns[c] as ColumnDecl<R>).value(row, context);
    },
  };
}

/** The columns' highlight rules as ranges: a rule shared by neighbouring columns covers them at once, in order of first use. */
function formatsOf<R>(columns: ReadonlyArray<ColumnDecl<R>>, context: RenderContext): NonNullable<TableBlock['formats']> {
  const ranges: Array<{ key: string; rule: ConditionalFormat['rule']; columns: [number, number] }> = [];
  columns.forEach((column, col) => {
    for (const make of column.highlight ?? []) {
      const rule = make(context);
      const key = JSON.stringify(rule);
      const open = ranges.find((r) => r.key === key && r.columns[1] === col - 1);
      if (open) open.columns[1] = col;
      else ranges.push({ key, rule, columns: [col, col] });
    }
  });
  return ranges.map(({ rule, columns: c }) => ({ columns: c, rule }));
}
