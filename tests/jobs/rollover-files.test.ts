/**
 * Roll-over of the real FY2022 fixtures: one FY2023 workbook per group, read back by our own reader, with
 * the carried texts in place, the 前年度の振り返り block beside (never inside) the form, and a second
 * roll-over to FY2024.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellText, type WorkbookGrid } from '../../src/domain/grid';
import type { StatusSheet } from '../../src/domain/status-sheet';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { readRoster, parseCsv } from '../../src/consolidate/roster';
import { rolloverFileName, rolloverFiles, rolloverRosterCsv, type RolloverWorkbook } from '../../src/jobs/rollover-files';
import { validateFile, type SourceFile } from '../../src/jobs/validate-files';
import { validateGrids } from '../../src/jobs/validate-sheets';
import { renderStatusSheet } from '../../src/template/render-status-sheet';
import { referenceBlockRow } from '../../src/template/render-rollover-sheet';
import { groupKey } from '../../src/domain/committee-names';
import { outcome } from '../../src/domain/outcomes';
import { formatOutcome } from '../../src/messages/format-outcome';
import { planRollover } from '../../src/template/rollover-plan';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { addSheets } from '../../src/jobs/sheet-placement';

const DIR = join(__dirname, '..', 'fixtures', 'fy2022');
const NOW = new Date('2023-03-20T01:00:00Z');
const sources: SourceFile[] = readdirSync(DIR)
  .filter((n) => n.endsWith('.xlsx'))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));

function modelsOf(files: readonly SourceFile[]): Array<{ file: string; sheet: StatusSheet }> {
  return files.flatMap((f) => {
    const r = validateFile(f, readXlsx, { asOf: null });
    return r.ok ? r.candidates.filter((c) => !c.hidden).map((c) => ({ file: f.name, sheet: c.sheet })) : [];
  });
}

async function write(wb: RolloverWorkbook): Promise<{ name: string; bytes: Uint8Array; grid: WorkbookGrid }> {
  const host = await XlsxWorkbookHost.create();
  await addSheets(host, wb.specs);
  const bytes = await host.toBytes();
  const read = readXlsx(bytes);
  if (!read.ok) throw new Error(read.failure.code);
  return { name: wb.fileName, bytes, grid: read.workbook };
}

const key = (s: StatusSheet): string => `${groupKey(s.committee?.value ?? '', s.workingGroup?.value ?? null)}|${s.planNumbers.join('・')}`;
const planTexts = (s: StatusSheet): string[] => s.plans.map((p) => `${p.number ?? '-'}:${p.quarter ?? '-'}:${p.text.value}`);

async function rollAll(files: readonly SourceFile[], toFiscalYear: number | null = null) {
  const result = rolloverFiles(files, readXlsx, { toFiscalYear, locale: 'ja', now: NOW });
  if (!result.ok) throw new Error(result.reason);
  const written = await Promise.all(result.workbooks.map(write));
  return { result, written };
}

describe('rolling over the FY2022 fixtures', () => {
  const before = modelsOf(sources);

  it('writes one FY2023 workbook per group, named by year, committee and WG', async () => {
    const { result } = await rollAll(sources);
    expect(result.fiscalYear).toBe(2023);
    const groups = new Set(before.map((b) => groupKey(b.sheet.committee?.value ?? '', b.sheet.workingGroup?.value ?? null)));
    expect(result.workbooks).toHaveLength(groups.size);
    expect(result.workbooks.map((w) => w.fileName)).toContain('令和5年度_就労部会_雇用啓発WG.xlsx');
    expect(result.workbooks.map((w) => w.fileName)).toContain('令和5年度_相談部会.xlsx');
  });

  it('reads back as FY2023 with the same committee, WG, plans, 活動理念, 活動目標 and PLAN texts', async () => {
    const { written } = await rollAll(sources);
    const after = modelsOf(written.map((w) => ({ name: w.name, bytes: w.bytes })));
    expect(after).toHaveLength(before.length);
    const byKey = new Map(after.map((a) => [key(a.sheet), a.sheet]));
    for (const { sheet } of before) {
      const next = byKey.get(key(sheet));
      expect(next).toBeDefined();
      if (!next) continue;
      expect(next.origin).toBe('template');
      expect(next.fiscalYear?.value).toBe(2023);
      expect(next.stamp?.fiscalYear).toBe(2023);
      expect(next.committee?.value).toBe(sheet.committee?.value);
      expect(next.workingGroup?.value ?? null).toBe(sheet.workingGroup?.value ?? null);
      expect(next.planNumbers).toEqual(sheet.planNumbers);
      expect(next.philosophy?.value ?? null).toBe(sheet.philosophy?.value ?? null);
      expect(next.goal?.value ?? null).toBe(sheet.goal?.value ?? null);
      if (sheet.planNumbers.length > 0) expect(planTexts(next)).toEqual(planTexts(sheet));
      else expect(next.plans.map((p) => p.text.value).join('\n')).toBe(sheet.plans.map((p) => p.text.value).join('\n'));
    }
  });

  it('reads back with no month entries and no rates, and validates like an empty new sheet', async () => {
    const { written } = await rollAll(sources);
    for (const w of written) {
      const report = validateGrids(w.grid.sheets, { asOf: null }, w.grid.names);
      for (const s of report.sheets) {
        const model = s.model;
        expect(model).not.toBeNull();
        if (!model) continue;
        expect(model.months.flatMap((m) => m.entries).filter((e) => e.do || e.check || e.action)).toEqual([]);
        expect([model.summaries.firstHalf?.rate, model.summaries.secondHalf?.rate, model.summaries.annual?.rate].filter((r) => r && r.raw !== '')).toEqual([]);
        expect(s.issues.filter((i) => i.severity === 'error')).toEqual([]);
        // The same codes an empty standard sheet of these plans gets, minus the PLAN the roll-over filled in.
        const empty = renderStatusSheet({ fiscalYear: 2023, committee: model.committee?.value ?? '', workingGroup: model.workingGroup?.value ?? null, plans: model.planNumbers, createdAt: NOW.toISOString() });
        const host = await XlsxWorkbookHost.create();
        await addSheets(host, [empty]);
        const emptyRead = readXlsx(await host.toBytes());
        if (!emptyRead.ok) throw new Error('unreadable');
        const emptyCodes = new Set(validateGrids(emptyRead.workbook.sheets, { asOf: null }).issues.map((i) => i.code));
        emptyCodes.add('plan_without_number');
        for (const issue of s.issues) expect(emptyCodes).toContain(issue.code);
      }
    }
  });

  it("holds last year's annual rate, 総評 and every ACTION of 10月〜3月 in the locked block, each with file / sheet / cell", async () => {
    const { result, written } = await rollAll(sources);
    const employment = before.find((b) => b.file === '就労部会_雇用啓発WG.xlsx' && b.sheet.planNumbers.join('') === '①');
    expect(employment).toBeDefined();
    if (!employment) return;
    const wb = written.find((w) => w.name === '令和5年度_就労部会_雇用啓発WG.xlsx');
    const grid = wb?.grid.sheets.find((g) => g.name.includes('①'));
    expect(grid).toBeDefined();
    if (!grid) return;
    const top = referenceBlockRow(1);
    expect(cellText(grid.rows[top]?.[0])).toContain('前年度の振り返り');
    const texts = grid.rows.slice(top + 2).map((r) => cellText(r?.[2]));
    const sourcesCol = grid.rows.slice(top + 2).map((r) => cellText(r?.[4]));
    const annual = employment.sheet.summaries.annual;
    expect(annual?.rate?.value).toBe(90);
    expect(texts[0]).toBe('90%');
    expect(texts[1]).toBe(annual?.comment?.value);
    expect(sourcesCol[1]).toBe(`出典: 就労部会_雇用啓発WG.xlsx / ${employment.sheet.sheetName} / ${annual?.comment?.cell}`);
    const actions = employment.sheet.months.filter((m) => [10, 11, 12, 1, 2, 3].includes(m.month)).flatMap((m) => m.entries.flatMap((e) => (e.action ? [e.action] : [])));
    expect(actions.length).toBeGreaterThan(0);
    expect(texts.slice(2)).toEqual(actions.map((a) => a.value));
    expect(sourcesCol.slice(2)).toEqual(actions.map((a) => `出典: 就労部会_雇用啓発WG.xlsx / ${employment.sheet.sheetName} / ${a.cell}`));
    // The block's cells are locked on a protected sheet: only the form's inputs take typing.
    const spec = result.workbooks.find((w) => w.fileName === wb?.name)?.specs.find((s) => s.name === grid.name);
    expect(spec?.protect).toBe(true);
    const refStyles = new Set(spec?.cells.filter((c) => c.row >= top).map((c) => c.style ?? ''));
    for (const style of refStyles) expect(spec?.styles[style]?.locked).not.toBe(false);
  });

  it('copies, on every sheet, exactly the ACTIONs of 10月〜3月 of its source sheet', async () => {
    const { written } = await rollAll(sources);
    const source = new Map(before.map((b) => [key(b.sheet), b.sheet]));
    let compared = 0;
    for (const w of written) {
      for (const grid of w.grid.sheets) {
        const r = readStatusSheet(grid);
        if (r.kind !== 'status-sheet') throw new Error(grid.name);
        const last = source.get(key(r.sheet));
        if (!last) throw new Error(key(r.sheet));
        const top = referenceBlockRow(r.sheet.planNumbers.length);
        const copied = grid.rows.slice(top + 4).map((row) => [cellText(row?.[0]).split('\n')[0], cellText(row?.[2])]);
        const expected = last.months
          .filter((m) => m.month >= 10 || m.month <= 3)
          .flatMap((m) => m.entries.flatMap((e) => (e.action ? [[`${m.month}月`, e.action.value]] : [])));
        expect(copied).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(3);
  });

  it('says what a legacy sheet without plan numbers could not carry, and still rolls it over', () => {
    const result = rolloverFiles(sources, readXlsx, { toFiscalYear: null, locale: 'ja', now: NOW });
    if (!result.ok) throw new Error(result.reason);
    const note = result.notes.find((n) => n.file === '暮らし部会_精神障がい地域包括ケアシステムWG.xlsx');
    expect(note?.outcome).toEqual({ kind: 'rollover', code: 'missing_carried', params: { fields: expect.arrayContaining(['plan_numbers']) } });
    expect(result.workbooks.map((w) => w.fileName)).toContain('令和5年度_暮らし部会_精神障がい地域包括ケアシステムWG.xlsx');
  });

  it('rolls a roll-over over again: FY2023 → FY2024 with the same plans and an empty ACTION reference', async () => {
    const { written } = await rollAll(sources);
    const second = await rollAll(written.map((w) => ({ name: w.name, bytes: w.bytes })));
    expect(second.result.ok && second.result.fiscalYear).toBe(2024);
    expect(second.result.ok && second.result.workbooks.map((w) => w.fileName)).toContain('令和6年度_就労部会_雇用啓発WG.xlsx');
    const after = modelsOf(second.written.map((w) => ({ name: w.name, bytes: w.bytes })));
    expect(after.map((a) => key(a.sheet)).sort()).toEqual(before.map((b) => key(b.sheet)).sort());
    expect(after.every((a) => a.sheet.fiscalYear?.value === 2024)).toBe(true);
    const byKey = new Map(after.map((a) => [key(a.sheet), a.sheet]));
    for (const { sheet } of before.filter((b) => b.sheet.planNumbers.length > 0)) expect(planTexts(byKey.get(key(sheet)) ?? sheet)).toEqual(planTexts(sheet));
    expect(byKey.size).toBe(before.length);
    // A new year's sheet has no ACTION yet: the second roll-over says so for every sheet.
    const notes = second.result.ok ? second.result.notes : [];
    expect(notes).toHaveLength(before.length);
    for (const n of notes) expect(n.outcome.code === 'missing_carried' && n.outcome.params.fields).toEqual(expect.arrayContaining(['annual_rate', 'annual_comment', 'actions']));
  });

  it('takes the year asked for with toFiscalYear', async () => {
    const { result } = await rollAll(sources, 2030);
    expect(result.fiscalYear).toBe(2030);
    expect(result.workbooks[0]?.fileName.startsWith('令和12年度_')).toBe(true);
  });

  it('writes a roster of the new sheets that --roster reads back', () => {
    const result = rolloverFiles(sources, readXlsx, { toFiscalYear: null, locale: 'ja', now: NOW });
    if (!result.ok) throw new Error(result.reason);
    const roster = readRoster(parseCsv(rolloverRosterCsv(result.workbooks), 'roster.csv'));
    expect(roster.problems).toEqual([]);
    expect(roster.entries).toHaveLength(before.length);
    expect(roster.entries).toContainEqual({ committee: '就労部会', workingGroup: '事業所連絡会WG', plans: ['①', '④', '⑤'] });
  });
});

describe('rolloverFileName', () => {
  it('replaces characters no file system takes', () => {
    expect(rolloverFileName(2023, { committee: '就労/部会', workingGroup: 'A:B?WG' })).toBe('令和5年度_就労_部会_A_B_WG.xlsx');
  });
});

describe('planRollover on what a legacy sheet lacks', () => {
  it('rolls a sheet without plan numbers or PLAN over with its 活動理念 and says both were missing', () => {
    const legacy = modelsOf(sources).find((b) => b.file === '暮らし部会_精神障がい地域包括ケアシステムWG.xlsx');
    if (!legacy) throw new Error('fixture missing');
    const bare: StatusSheet = { ...legacy.sheet, planNumbers: [], plans: [] };
    const plan = planRollover([{ file: legacy.file, sheet: bare }]);
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]?.sheets[0]?.planTexts).toEqual([null]);
    expect(plan.groups[0]?.sheets[0]?.philosophy).toBe(legacy.sheet.philosophy?.value ?? null);
    expect(plan.notes.map((n) => n.outcome)).toEqual([{ kind: 'rollover', code: 'missing_carried', params: { fields: expect.arrayContaining(['plan_numbers', 'plan']) } }]);
    expect(formatOutcome(plan.notes[0]?.outcome ?? outcome('rollover', 'no_committee', {}), 'ja')).toContain('計画番号、取り組み計画(PLAN)');
    expect(formatOutcome(plan.notes[0]?.outcome ?? outcome('rollover', 'no_committee', {}), 'en')).toContain('plan numbers, plan (PLAN)');
  });

  it('rolls one sheet of a group and plan over once, naming the one it kept', () => {
    const [first] = modelsOf(sources);
    if (!first) throw new Error('fixture missing');
    const plan = planRollover([first, { file: 'copy.xlsx', sheet: first.sheet }]);
    expect(plan.groups.flatMap((g) => g.sheets)).toHaveLength(1);
    expect(plan.notes.map((n) => n.outcome)).toContainEqual({ kind: 'rollover', code: 'duplicate_plan_sheet', params: { keptFile: first.file, keptSheet: first.sheet.sheetName } });
  });

  it('says a sheet without a committee cannot be rolled over', () => {
    const [first] = modelsOf(sources);
    if (!first) throw new Error('fixture missing');
    const plan = planRollover([{ file: first.file, sheet: { ...first.sheet, committee: null } }]);
    expect(plan.groups).toEqual([]);
    expect(plan.notes.map((n) => n.outcome.code)).toEqual(['no_committee']);
  });
});

describe('rolling over the legacy form corpus (openpyxl and LibreOffice)', () => {
  const FORMS = join(__dirname, '..', 'fixtures', 'forms');
  const forms = readdirSync(FORMS).filter((n) => n.endsWith('.xlsx')).sort();

  it.each(forms)('%s rolls over to standard FY2023 sheets of the same groups and plans', async (name) => {
    const file: SourceFile = { name, bytes: new Uint8Array(readFileSync(join(FORMS, name))) };
    const last = modelsOf([file]);
    expect(last.length).toBeGreaterThan(0);
    const { written } = await rollAll([file]);
    const next = modelsOf(written.map((w) => ({ name: w.name, bytes: w.bytes })));
    expect(next.every((n) => n.sheet.origin === 'template' && n.sheet.fiscalYear?.value === 2023)).toBe(true);
    expect(next.map((n) => key(n.sheet)).sort()).toEqual([...new Set(last.map((l) => key(l.sheet)))].sort());
  });
});
