/** The roster of expected submissions (名簿): from a CSV or a workbook's first sheet. */
import { cellText, type Grid } from '../domain/grid';
import { outcome, type Outcome } from '../domain/outcomes';
import { parsePlanNumberList } from '../domain/plan-number';
import { normalizeWorkingGroup } from '../domain/committee-names';

export interface RosterEntry {
  readonly committee: string;
  readonly workingGroup: string | null;
  /** The plan numbers of one expected sheet; [] = the group, whatever its sheets. */
  readonly plans: readonly string[];
}

const HEADERS = {
  committee: /^(部会|部会名|committee)$/i,
  workingGroup: /^(wg|wg名|ワーキング(グループ)?|working ?group)$/i,
  plans: /^(計画|計画番号|取り組み計画|plans?|plan ?numbers?)$/i,
};

/** Reads the roster: a header row naming 部会 / WG / 計画番号, then one row per expected sheet. */
export function readRoster(grid: Grid): { entries: RosterEntry[]; problems: Array<Outcome<'roster'>> } {
  const text = (r: number, c: number): string => cellText(grid.rows[r]?.[c]).trim();
  const problems: Array<Outcome<'roster'>> = [];
  let header = -1;
  const cols = { committee: -1, workingGroup: -1, plans: -1 };
  for (let r = 0; r < Math.min(grid.rows.length, 10) && header === -1; r++) {
    const width = grid.rows[r]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const h = text(r, c).normalize('NFKC').replace(/\s+/g, '');
      for (const key of Object.keys(HEADERS) as Array<keyof typeof HEADERS>) if (HEADERS[key].test(h)) cols[key] = c;
    }
    if (cols.committee !== -1) header = r;
  }
  if (header === -1) {
    return { entries: [], problems: [outcome('roster', 'no_header', { sheet: grid.name })] };
  }
  const entries: RosterEntry[] = [];
  for (let r = header + 1; r < grid.rows.length; r++) {
    const committee = text(r, cols.committee);
    if (committee === '') continue;
    const wg = cols.workingGroup === -1 ? '' : text(r, cols.workingGroup);
    const planText = cols.plans === -1 ? '' : text(r, cols.plans);
    const plans = parsePlanNumberList(planText);
    if (plans === null) {
      problems.push(outcome('roster', 'bad_plans', { sheet: grid.name, row: r + 1, text: planText }));
    }
    entries.push({ committee, workingGroup: wg === '' || wg === '-' || wg === '—' ? null : normalizeWorkingGroup(wg), plans: plans ?? [] });
  }
  return { entries, problems };
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF, BOM) → a grid of text cells. */
export function parseCsv(text: string, name: string): Grid {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { name, rows: rows.map((r) => r.map((v) => (v === '' ? null : { kind: 'text' as const, text: v }))), merges: [] };
}
