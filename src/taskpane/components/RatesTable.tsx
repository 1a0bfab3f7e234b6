/** The 達成率 table in the pane: one row per plan sheet, rates under the threshold flagged. */
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { RateRow } from '../../consolidate/dashboard';
import { joinPlanNumbers } from '../../domain/plan-number';
import type { Strings } from '../strings/ja';

const rate = (v: number | null): string => (v === null ? '—' : `${v}%`);

export function RatesTable({ rates, strings }: { rates: readonly RateRow[]; strings: Strings }) {
  const headers = strings.consolidate.ratesHeaders;
  return (
    <Table size="small" aria-label={strings.consolidate.rates}>
      <TableHeader>
        <TableRow>
          {headers.map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rates.map((r) => (
          <TableRow key={`${r.file}/${r.sheet}`}>
            <TableCell>{r.committeeCanonical}</TableCell>
            <TableCell>{r.workingGroup ?? ''}</TableCell>
            <TableCell>{joinPlanNumbers(r.plans)}</TableCell>
            <TableCell>{rate(r.firstHalf)}</TableCell>
            <TableCell>{rate(r.secondHalf)}</TableCell>
            <TableCell>{rate(r.annual)}</TableCell>
            <TableCell>
              {r.flagged && (
                <Badge color="danger" appearance="tint" size="small">
                  {strings.consolidate.flagged}
                </Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
