/**
 * Builds tests/fixtures/fy2023/: the FY2022 fixtures rolled over to FY2023 by our own rollover job, then
 * filled in as the groups would over the year — DO / CHECK / ACTION per month, rates and 総評 — by
 * openpyxl, another producer, into those rolled-over workbooks (scripts/fill_fy2023_fixtures.py). The
 * content is scripts/fy2023-content.ts; 「{前年N}」 in it becomes the N-th text of last year's ACTIONs.
 * Deterministic: fixed stamp time, fixed zip times. Run: npx tsx scripts/build-fy2023-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toA1 } from '../src/domain/cell-ref';
import { planIdentity } from '../src/consolidate/consolidate';
import type { StatusSheet } from '../src/domain/status-sheet';
import { templateLayout } from '../src/domain/template-layout';
import { readXlsx } from '../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../src/hosts/xlsx/xlsx-host';
import { rolloverFiles } from '../src/jobs/rollover-files';
import { addSheets } from '../src/jobs/sheet-placement';
import { validateFile, type SourceFile } from '../src/jobs/validate-files';
import type { RolloverSheet } from '../src/template/rollover-plan';
import { FY2023_CONTENT, type SheetContent } from './fy2023-content';

const ROOT = join(__dirname, '..');
export const FY2022_DIR = join(ROOT, 'tests', 'fixtures', 'fy2022');
export const FY2023_DIR = join(ROOT, 'tests', 'fixtures', 'fy2023');
/** The stamp time of the rolled-over sheets: when the secretariat rolled FY2022 over. */
const ROLLED_AT = new Date('2023-03-20T01:00:00Z');

interface CellFill {
  readonly cell: string;
  readonly value: string | number;
}

/** The cells one sheet gets, by A1 address. */
interface SheetFill {
  readonly sheet: string;
  readonly cells: readonly CellFill[];
}

/** Last year's texts the group takes up: the ACTIONs of its block (10月〜3月), its other ACTIONs, then the 総評. */
function lastYearTexts(rolled: RolloverSheet, source: StatusSheet | undefined): string[] {
  const block = rolled.reference.actions.map((a) => a.text);
  const others = (source?.months ?? []).flatMap((m) => m.entries.flatMap((e) => (e.action && !block.includes(e.action.value) ? [e.action.value] : [])));
  const comment = rolled.reference.annualComment ? [rolled.reference.annualComment.text] : [];
  return [...block, ...others, ...comment].map(shorten).filter((t) => t !== '');
}

/** A quotable piece of a text: its first line without bullet or plan tags, at most 22 characters. */
function shorten(text: string): string {
  const line = (text.split('\n').find((l) => l.trim() !== '') ?? '').replace(/^[\s・]+/, '').replace(/^[①-⑳]+/, '').trim();
  return line.length > 22 ? `${line.slice(0, 22)}…` : line;
}

function fillOf(sheetName: string, plans: number, content: SheetContent, quotes: readonly string[]): SheetFill {
  const layout = templateLayout(plans);
  const quote = (text: string): string =>
    text.replace(/\{前年(\d)\}/g, (_, n: string) => {
      const q = quotes[Number(n) - 1] ?? quotes[0];
      if (q === undefined) throw new Error(`${content.file} ${content.plans}: no ACTION of last year to quote`);
      return q;
    });
  const cells: CellFill[] = [];
  for (const m of content.months) {
    const row = layout.months.find((l) => l.month === m.month)?.firstRow;
    if (row === undefined) throw new Error(`month ${m.month}`);
    cells.push({ cell: toA1(row, 2), value: quote(m.do) });
    if (m.check) cells.push({ cell: toA1(row, 3), value: quote(m.check) });
    if (m.action) cells.push({ cell: toA1(row, 4), value: quote(m.action) });
  }
  (['firstHalf', 'secondHalf', 'annual'] as const).forEach((kind, i) => {
    const s = layout.summaries[kind];
    cells.push({ cell: toA1(s.rate.row, s.rate.col), value: (content.rates[i] ?? 0) / 100 });
    cells.push({ cell: toA1(s.comment.row, s.comment.col), value: content.comments[i] ?? '' });
  });
  return { sheet: sheetName, cells };
}

async function main(): Promise<void> {
  const sources: SourceFile[] = readdirSync(FY2022_DIR)
    .filter((n) => n.endsWith('.xlsx'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FY2022_DIR, name))) }));
  const models = new Map<string, StatusSheet>();
  for (const s of sources) {
    const read = validateFile(s, readXlsx, { asOf: null });
    if (read.ok) for (const c of read.candidates) models.set(planIdentity(c.sheet), c.sheet);
  }
  const result = rolloverFiles(sources, readXlsx, { toFiscalYear: 2023, locale: 'ja', now: ROLLED_AT });
  if (!result.ok) throw new Error(`rollover: ${result.reason}`);

  const work = mkdtempSync(join(tmpdir(), 'fy2023-'));
  const books: Array<{ source: string; target: string; sheets: SheetFill[] }> = [];
  const used = new Set<SheetContent>();
  for (const wb of result.workbooks) {
    const host = await XlsxWorkbookHost.create();
    const names = await addSheets(host, wb.specs);
    const rolledPath = join(work, wb.fileName);
    writeFileSync(rolledPath, await host.toBytes());
    const sheets = wb.group.sheets.map((rolled, i) => {
      const plans = rolled.plans.join('・');
      const content = FY2023_CONTENT.find((c) => c.file === wb.fileName && c.plans === plans);
      if (!content) throw new Error(`no FY2023 content for ${wb.fileName} ${plans}`);
      used.add(content);
      const source = [...models.values()].find((m) => m.sheetName === rolled.source.sheet && planIdentity(m).endsWith(`|${rolled.plans.join('')}`));
      return fillOf(names[i] ?? '', rolled.plans.length, content, lastYearTexts(rolled, source));
    });
    books.push({ source: rolledPath, target: join(FY2023_DIR, wb.fileName), sheets });
  }
  const unused = FY2023_CONTENT.filter((c) => !used.has(c));
  if (unused.length > 0) throw new Error(`content for sheets the roll-over did not make: ${unused.map((c) => `${c.file} ${c.plans}`).join(', ')}`);

  rmSync(FY2023_DIR, { recursive: true, force: true });
  mkdirSync(FY2023_DIR, { recursive: true });
  const spec = join(work, 'fill.json');
  writeFileSync(spec, JSON.stringify(books));
  execFileSync('/usr/bin/python3', [join(__dirname, 'fill_fy2023_fixtures.py'), spec], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`${books.length} workbooks → ${FY2023_DIR}\n`);
}

if (require.main === module) void main();
