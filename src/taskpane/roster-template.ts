/**
 * The roster template a clerk downloads and fills in: the header row the roster reader looks for
 * (部会 / WG / 計画番号) and example rows; UTF-8 with a BOM so that Japanese Excel opens it correctly.
 */

const ROWS: Record<'ja' | 'en', readonly (readonly string[])[]> = {
  ja: [
    ['部会', 'WG', '計画番号'],
    ['相談部会', '', '①・②'],
    ['くらし部会', 'ヘルパー人材育成WG', '②'],
    ['就労部会', '事業所連絡会WG', '①・④・⑤'],
  ],
  en: [
    ['committee', 'working group', 'plans'],
    ['相談部会', '', '①・②'],
    ['くらし部会', 'ヘルパー人材育成WG', '②'],
    ['就労部会', '事業所連絡会WG', '①・④・⑤'],
  ],
};

const quote = (field: string): string => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** The template's CSV text (BOM, CRLF line ends as Excel writes them). */
export function rosterTemplateCsv(locale: 'ja' | 'en'): string {
  return '\uFEFF' + ROWS[locale].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** The template's file name. */
export const rosterTemplateName = (locale: 'ja' | 'en'): string => (locale === 'ja' ? '名簿ひな形.csv' : 'roster-template.csv');
