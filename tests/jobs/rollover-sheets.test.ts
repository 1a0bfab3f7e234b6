/**
 * 前年度のシートから作成 over the xlsx host with the real FY2022 fixtures: the groups found, next year's
 * sheets added to a workbook that already holds the user's own sheets (left exactly as they were), read
 * back as FY2023 with last year's committee / WG / plans / PLAN and the ACTIONs in the reference block,
 * validation clean, and taken names given a free variant.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cellText, type Grid } from '../../src/domain/grid';
import type { StatusSheet } from '../../src/domain/status-sheet';
import { readXlsx } from '../../src/hosts/xlsx/read-xlsx';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx/xlsx-host';
import { readRolloverSources, renderRolloverWorkbooks, rolloverFiles } from '../../src/jobs/rollover-files';
import { createRolloverSheets, rolloverDownloads, rolloverWorkbookBytes, sheetsForOneWorkbook, writeRolloverSheets } from '../../src/jobs/rollover-sheets';
import { addSheets } from '../../src/jobs/sheet-placement';
import type { SourceFile } from '../../src/jobs/validate-files';
import { validateInHost } from '../../src/jobs/validate-sheets';
import { readStatusSheet } from '../../src/reader/read-status-sheet';
import { referenceBlockRow } from '../../src/template/render-rollover-sheet';
import { MAX_SHEET_NAME_LENGTH } from '../../src/template/sheet-name';
import { fixturePaths } from '../helpers/fixture-workbooks';
import { sheetSpec } from '../helpers/sheet-spec-builder';

const NOW = new Date('2023-03-20T01:00:00Z');
const sources: SourceFile[] = fixturePaths().map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }));

/** Last year's status sheets of the fixtures, by sheet (file and model). */
function lastYear(): Array<{ file: string; sheet: StatusSheet }> {
  return sources.flatMap((f) => {
    const r = readXlsx(f.bytes);
    if (!r.ok) throw new Error(f.name);
    return r.workbook.sheets.flatMap((g) => {
      const o = readStatusSheet(g);
      return o.kind === 'status-sheet' ? [{ file: f.name, sheet: o.sheet }] : [];
    });
  });
}

/** A workbook holding the user's own sheets: a memo, and a sheet that happens to be called 「雇用啓発WG_①」. */
async function usersWorkbook(): Promise<XlsxWorkbookHost> {
  const host = await XlsxWorkbookHost.create();
  await addSheets(host, [
    sheetSpec('予算メモ', { cells: [{ row: 0, col: 0, value: '令和5年度 研修会の予算' }, { row: 1, col: 1, value: 120000 }] }),
    sheetSpec('雇用啓発WG_①', { cells: [{ row: 0, col: 0, value: '私の下書き' }] }),
  ]);
  return host;
}

const gridsOf = async (host: XlsxWorkbookHost, names: readonly string[]): Promise<Grid[]> => host.readSheets(names);

describe('reading last year’s workbooks for the roll-over', () => {
  const reading = readRolloverSources(sources, readXlsx);

  it('finds the five groups of the FY2022 fixtures with their plan units, and that they are of 2022', () => {
    expect(reading.fromYear).toBe(2022);
    expect(reading.files.map((f) => [f.file, f.failure])).toEqual(sources.map((s) => [s.name, null]));
    const groups = reading.plan.groups.map((g) => `${g.committee}|${g.workingGroup ?? ''}|${g.sheets.map((s) => s.plans.join('・') || '-').join(',')}`);
    expect(groups.sort()).toEqual(
      ['くらし部会|ヘルパー人材育成WG|①,②', '暮らし部会|精神障がい地域包括ケアシステムWG|-', '就労部会|雇用啓発WG|①,②,③', '就労部会|事業所連絡会WG|①・④・⑤,②・③,⑥・⑦', '相談部会||①'].sort(),
    );
  });

  it('says what the legacy sheet without plan numbers could not carry', () => {
    const note = reading.plan.notes.find((n) => n.file === '暮らし部会_精神障がい地域包括ケアシステムWG.xlsx');
    expect(note?.outcome.code === 'missing_carried' && note.outcome.params.fields).toEqual(expect.arrayContaining(['plan_numbers']));
  });

  it('reports a file that is not a workbook with its reason and still reads the others', () => {
    const withBad = readRolloverSources([{ name: 'メモ.xlsx', bytes: new TextEncoder().encode('not a zip') }, ...sources], readXlsx);
    expect(withBad.files[0]).toMatchObject({ file: 'メモ.xlsx', sheets: 0, failure: { code: 'not_xlsx' } });
    expect(withBad.plan.groups).toHaveLength(5);
  });

  it('renders the same workbooks as the CLI’s rolloverFiles for the year asked', () => {
    const cli = rolloverFiles(sources, readXlsx, { toFiscalYear: 2024, locale: 'ja', now: NOW });
    const pane = renderRolloverWorkbooks(reading.plan, { fiscalYear: 2024, locale: 'ja', now: NOW });
    expect(cli.ok && cli.workbooks).toEqual(pane);
  });
});

describe('writing next year’s sheets into the open workbook', () => {
  const before = lastYear();
  const workbooks = renderRolloverWorkbooks(readRolloverSources(sources, readXlsx).plan, { fiscalYear: 2023, locale: 'ja', now: NOW });

  it('adds every group’s sheets under 「<WG>_<plans>」 names and leaves the user’s sheets exactly as they were', async () => {
    const host = await usersWorkbook();
    const userBefore = await gridsOf(host, ['予算メモ', '雇用啓発WG_①']);
    const result = await writeRolloverSheets(host, sheetsForOneWorkbook(workbooks), { show: true });
    expect(result.sheets).toHaveLength(before.length);
    expect(result.sheets).toEqual(expect.arrayContaining(['相談部会_①', 'ヘルパー人材育成WG_②', '事業所連絡会WG_①・④・⑤', '精神障がい地域包括ケアシステムWG_計画']));
    // The user's sheet of the same name stays; the new one takes a free variant and says so.
    expect(result.renamed).toEqual([{ wanted: '雇用啓発WG_①', used: '雇用啓発WG_①(2)' }]);
    const names = await host.listSheets();
    expect(names.slice(0, 2)).toEqual(['予算メモ', '雇用啓発WG_①']);
    expect(await gridsOf(host, ['予算メモ', '雇用啓発WG_①'])).toEqual(userBefore);
    await expect(host.activeSheetName()).resolves.toBe(result.sheets[0]);
  });

  it('reads the new sheets back as FY2023 with last year’s committee, WG, plans and PLAN, and validates them without an error', async () => {
    const host = await usersWorkbook();
    const { sheets } = await writeRolloverSheets(host, sheetsForOneWorkbook(workbooks), { show: false });
    const report = await validateInHost(host, { asOf: null }, sheets);
    expect(report.sheets.map((s) => s.skipped)).toEqual(sheets.map(() => null));
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const key = (s: StatusSheet): string => `${s.committee?.value}|${s.workingGroup?.value ?? ''}|${s.planNumbers.join('・')}`;
    const next = new Map(report.sheets.map((s) => [s.model ? key(s.model) : s.sheet, s.model]));
    for (const { sheet } of before) {
      const rolled = next.get(key(sheet));
      expect(rolled?.fiscalYear?.value).toBe(2023);
      expect(rolled?.origin).toBe('template');
      expect(rolled?.plans.map((p) => p.text.value).join('\n')).toBe(sheet.plans.map((p) => p.text.value).join('\n'));
      expect(rolled?.months.flatMap((m) => m.entries).filter((e) => e.do || e.check || e.action)).toEqual([]);
    }
  });

  it('copies into each new sheet’s reference block exactly the ACTIONs of 10月〜3月 of its source sheet', async () => {
    const host = await XlsxWorkbookHost.create();
    const { sheets } = await writeRolloverSheets(host, sheetsForOneWorkbook(workbooks), { show: false });
    const source = new Map(before.map((b) => [`${b.sheet.workingGroup?.value ?? b.sheet.committee?.value}|${b.sheet.planNumbers.join('・')}`, b.sheet]));
    let actions = 0;
    for (const grid of await host.readSheets(sheets)) {
      const read = readStatusSheet(grid);
      if (read.kind !== 'status-sheet') throw new Error(grid.name);
      const last = source.get(`${read.sheet.workingGroup?.value ?? read.sheet.committee?.value}|${read.sheet.planNumbers.join('・')}`);
      const top = referenceBlockRow(read.sheet.planNumbers.length);
      expect(cellText(grid.rows[top]?.[0])).toBe('前年度の振り返り（令和4年度・参照用）');
      const copied = grid.rows.slice(top + 4).map((row) => cellText(row?.[2]));
      const expected = (last?.months ?? []).filter((m) => m.month >= 10 || m.month <= 3).flatMap((m) => m.entries.flatMap((e) => (e.action ? [e.action.value] : [])));
      expect(copied).toEqual(expected);
      actions += expected.length;
    }
    expect(actions).toBeGreaterThan(3);
  });

  it('keeps a lone group’s own sheet names, and gives 「①(2)」 when the workbook already has 「①」', async () => {
    const consultation = workbooks.filter((w) => w.group.committee === '相談部会');
    expect(sheetsForOneWorkbook(consultation).map((s) => s.name)).toEqual(['①']);
    const host = await XlsxWorkbookHost.create();
    await addSheets(host, [sheetSpec('①', { cells: [{ row: 0, col: 0, value: '昨年度のシート' }] })]);
    const result = await writeRolloverSheets(host, sheetsForOneWorkbook(consultation), { show: true });
    expect(result).toEqual({ sheets: ['①(2)'], renamed: [{ wanted: '①', used: '①(2)' }] });
    expect(cellText((await host.readSheets(['①']))[0]?.rows[0]?.[0])).toBe('昨年度のシート');
  });

  it('asks before creating beside sheets of the same names, naming them; declined, it writes nothing', async () => {
    const host = await usersWorkbook();
    const before = await host.listSheets();
    const asked: Array<readonly string[]> = [];
    await expect(createRolloverSheets(host, workbooks, (taken) => (asked.push(taken), Promise.resolve(false)))).resolves.toBeNull();
    expect(asked).toEqual([['雇用啓発WG_①']]);
    await expect(host.listSheets()).resolves.toEqual(before);
    const created = await createRolloverSheets(host, workbooks, () => Promise.resolve(true));
    expect(created?.renamed).toEqual([{ wanted: '雇用啓発WG_①', used: '雇用啓発WG_①(2)' }]);
    await expect(host.listSheets()).resolves.toEqual([...before, ...(created?.sheets ?? [])]);
  });

  it('does not ask when no name is taken', async () => {
    const host = await XlsxWorkbookHost.create();
    const created = await createRolloverSheets(host, workbooks, () => Promise.reject(new Error('asked')));
    expect(created?.sheets).toHaveLength(before.length);
  });

  it('cuts a long group name, never the plan numbers, to fit Excel’s 31 characters', () => {
    const [one, two] = workbooks;
    if (!one || !two) throw new Error('fixtures');
    const long = { ...one, group: { ...one.group, workingGroup: '地域で暮らす障がいのある人の就労と生活を一体で支える連携推進ワーキンググループ' } };
    const names = sheetsForOneWorkbook([long, two]).map((s) => s.name);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(names.slice(0, one.specs.length).map((n) => n.split('_').pop())).toEqual(one.specs.map((s) => s.name));
  });

  it('makes one download per group, named as the CLI names the files, each holding that group’s sheets only', async () => {
    const files = await rolloverDownloads(workbooks, () => XlsxWorkbookHost.create());
    expect(files.map((f) => f.name)).toEqual(workbooks.map((w) => w.fileName));
    expect(files.map((f) => f.name)).toContain('令和5年度_就労部会_雇用啓発WG.xlsx');
    for (const f of files) {
      const read = readXlsx(f.bytes);
      expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(f.sheets);
    }
  });

  it('writes one group’s workbook as bytes that read back as that group’s sheets only', async () => {
    const wb = workbooks.find((w) => w.group.workingGroup === '事業所連絡会WG');
    if (!wb) throw new Error('fixtures');
    const read = readXlsx(await rolloverWorkbookBytes(wb, () => XlsxWorkbookHost.create()));
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(['①・④・⑤', '②・③', '⑥・⑦']);
  });
});
