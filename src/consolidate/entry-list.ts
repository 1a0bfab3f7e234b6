/**
 * Every DO / CHECK / ACTION text of the consolidated sheets (the dashboard's `entries`, which only SUMMARY.json
 * reads), held as columns and given as EntryRow objects when read: at 5,000 plan sheets the ~270,000 objects
 * were 24 MB held from the consolidation to the end of the write, the columns are ~8 MB (bench/README.md).
 */
import { joinPlanNumbers } from '../domain/plan-number';
import type { StatusSheet } from '../domain/status-sheet';
import type { EntryRow } from './dashboard';

const KINDS = ['do', 'check', 'action'] as const;

/** The entries of the sheets, row by row in month order (the sheet order of the months), kinds DO, CHECK, ACTION. */
export function entryList(sheets: ReadonlyArray<{ readonly file: string; readonly sheet: StatusSheet }>): () => EntryRow[] {
  let n = 0;
  for (const { sheet } of sheets) for (const m of sheet.months) for (const e of m.entries) for (const kind of KINDS) if (e[kind]) n++;
  const source = new Int32Array(n);
  const month = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const plan = new Array<string | null>(n);
  const text = new Array<string>(n);
  const cell = new Array<string | null>(n);
  let i = 0;
  sheets.forEach(({ sheet }, s) => {
    for (const m of sheet.months) {
      for (const e of m.entries) {
        const tags = e.planTags.length > 0 ? joinPlanNumbers(e.planTags) : null;
        KINDS.forEach((k, code) => {
          const t = e[k];
          if (!t) return;
          source[i] = s;
          month[i] = m.month;
          kind[i] = code;
          plan[i] = tags;
          text[i] = t.value;
          cell[i] = t.cell;
          i++;
        });
      }
    }
  });
  const names = sheets.map(({ file, sheet }) => ({ file, sheet: sheet.sheetName }));
  return () =>
    Array.from({ length: n }, (_, j) => {
      const from = names[source[j] ?? 0];
      return { file: from?.file ?? '', sheet: from?.sheet ?? '', month: month[j] ?? 0, kind: KINDS[kind[j] ?? 0] ?? 'do', plan: plan[j] ?? null, text: text[j] ?? '', cell: cell[j] ?? null };
    });
}
