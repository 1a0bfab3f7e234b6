/**
 * A dashboard sheet as one declaration: its name, its section title, and its tables, each a list of
 * columns (header ja/en, width, kind, value accessor, highlight rules). Rendering, the conditional
 * formats and the table layout all follow from the declaration, so adding a sheet is adding one.
 */
import type { ConditionalFormat } from '../domain/sheet-spec';
import type { Dashboard } from './dashboard';
import type { DASHBOARD_LABELS, DashboardLocale } from './dashboard-labels';
import type { ColumnKind, TableBlock } from './table-sheet';

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
  readonly caption: (context: RenderContext) => string;
  readonly rows: (dashboard: Dashboard) => readonly R[];
  /** The columns; a function when they follow the data (the theme matrix has one column per committee / WG). */
  readonly columns: ReadonlyArray<ColumnDecl<R>> | ((dashboard: Dashboard, context: RenderContext) => ReadonlyArray<ColumnDecl<R>>);
  /** A line under the table (e.g. counts per month), one value per column. */
  readonly footer?: (dashboard: Dashboard, context: RenderContext) => readonly CellValue[];
}

/** A table with its row type hidden, so one sheet may hold tables of different rows. */
export interface DashboardTable {
  readonly render: (dashboard: Dashboard, context: RenderContext) => TableBlock;
}

export interface DashboardSheetDecl {
  /** The key of its name and section in DASHBOARD_LABELS (集約_提出状況 / Summary_Submissions…). */
  readonly key: keyof (typeof DASHBOARD_LABELS)['ja']['sheets'];
  readonly tables: readonly DashboardTable[];
}

/** Declares a table over rows of type R. */
export function table<R>(decl: TableDecl<R>): DashboardTable {
  return {
    render: (dashboard, context) => {
      const columns = typeof decl.columns === 'function' ? decl.columns(dashboard, context) : decl.columns;
      return {
        caption: decl.caption(context),
        tableName: decl.tableName,
        columns: columns.map((c) => ({ header: c.header[context.locale], width: c.width, kind: c.kind })),
        rows: decl.rows(dashboard).map((row) => columns.map((c) => c.value(row, context))),
        formats: formatsOf(columns, context),
        ...(decl.footer ? { footer: decl.footer(dashboard, context) } : {}),
      };
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
