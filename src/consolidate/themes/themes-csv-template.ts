/**
 * A theme table as the CSV `--themes` and the pane's 課題テーマ表 read (themes-csv.ts): the shipped table
 * written out, so the secretariat starts from it in Excel instead of from nothing, and picks it back.
 * UTF-8 with a BOM and CRLF, as Japanese Excel opens and saves it; no モード column, so the file is the
 * whole table (replace).
 */
import type { ThemeTable } from './theme-table';

const quote = (field: string): string => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** The table's CSV text: テーマ, 英語名, ID, キーワード (joined by 、), パターン (joined by 、). */
export function themesTableCsv(table: ThemeTable): string {
  const rows = [['テーマ', '英語名', 'ID', 'キーワード', 'パターン'], ...table.map((t) => [t.ja, t.en, t.id, t.keywords.join('、'), t.patterns.join('、')])];
  return '\uFEFF' + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** The file name it is offered under. */
export const themesTableName = (locale: 'ja' | 'en'): string => (locale === 'ja' ? '課題テーマ表.csv' : 'themes-table.csv');
