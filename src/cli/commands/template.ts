/** `template`: writes a new workbook holding the standard sheet(s) of one group. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseFiscalYear } from '../../domain/fiscal-calendar';
import { XlsxWorkbookHost } from '../../hosts/xlsx/xlsx-host';
import { createStatusSheets } from '../../jobs/create-status-sheets';
import { parsePlanSheets } from '../../template/render-status-sheet';
import { CliError, EXIT, checkOutputPath, writeOutputsAtomically } from '../cli-io';
import type { CliMessages } from '../messages/cli-messages';

export const TEMPLATE_USAGE =
  'template --fiscal-year 2022|令和4年度 --committee 就労部会 [--wg 雇用啓発WG] --plans ①・④・⑤,②・③ --out FILE.xlsx [--rows-per-month 3] [--lang ja|en] [--force]';

/** Runs the template command; returns the exit code. */
export async function runTemplate(argv: readonly string[], print: (line: string) => void, m: CliMessages): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'fiscal-year': { type: 'string' },
      committee: { type: 'string' },
      wg: { type: 'string' },
      plans: { type: 'string' },
      out: { type: 'string' },
      'rows-per-month': { type: 'string' },
      lang: { type: 'string' },
      force: { type: 'boolean' },
    },
    strict: true,
  });
  const yearText = values['fiscal-year'];
  const fiscalYear = yearText ? parseFiscalYear(yearText) : null;
  if (fiscalYear === null) throw new CliError(m.template.fiscalYear(TEMPLATE_USAGE));
  const committee = values.committee?.trim();
  if (!committee) throw new CliError(m.template.committee(TEMPLATE_USAGE));
  const planSheets = parsePlanSheets(values.plans ?? '①');
  if (!planSheets || planSheets.length === 0) {
    throw new CliError(m.template.plans);
  }
  const out = values.out;
  if (!out) throw new CliError(m.template.out(TEMPLATE_USAGE));
  if (existsSync(out) && !values.force) throw new CliError(m.template.exists(out));
  checkOutputPath(out, '--out', 'replace', m);
  const rowsPerMonth = values['rows-per-month'] ? Number(values['rows-per-month']) : 3;
  if (!Number.isInteger(rowsPerMonth) || rowsPerMonth < 1 || rowsPerMonth > 10) throw new CliError(m.template.rowsPerMonth);
  const locale = values.lang === 'en' ? 'en' : 'ja';

  const host = await XlsxWorkbookHost.create();
  const wg = values.wg?.trim();
  const result = await createStatusSheets(host, { fiscalYear, committee, workingGroup: wg ? wg : null, planSheets, locale, rowsPerMonth });
  writeOutputsAtomically([{ path: out, option: '--out', data: await host.toBytes() }], m);
  print(m.template.created(out, result.sheets));
  return EXIT.ok;
}
