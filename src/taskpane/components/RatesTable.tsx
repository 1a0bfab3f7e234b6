/** The 達成率 table in the pane: one row per plan sheet, rates under the threshold flagged. */
import { Badge, Table, TableBody, TableCell, TableCellLayout, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import type { RateRow } from '../../consolidate/dashboard';
import { joinPlanNumbers } from '../../domain/plan-number';
import type { Strings } from '../strings/ja';

// A task pane is ~320–350 px wide: the group takes what the numbers and the flag leave; they never wrap.
const useStyles = makeStyles({
  group: { width: '30%' },
  plans: { width: '13%' },
  rate: { width: '13%', whiteSpace: 'nowrap' },
  flag: { width: '18%', whiteSpace: 'nowrap' },
});

const rate = (v: number | null): string => (v === null ? '—' : `${v}%`);

/** The rates of every plan sheet, with the committee and its working group in one cell. */
export function RatesTable({ rates, strings }: { rates: readonly RateRow[]; strings: Strings }) {
  const styles = useStyles();
  const [groupHeader, ...headers] = strings.consolidate.ratesHeaders;
  return (
    <Table size="small" aria-label={strings.consolidate.rates}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.group}>{groupHeader}</TableHeaderCell>
          {headers.map((h, i) => (
            <TableHeaderCell key={h} className={i === 0 ? styles.plans : i === headers.length - 1 ? styles.flag : styles.rate}>
              {h}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rates.map((r) => (
          <TableRow key={`${r.file}/${r.sheet}`}>
            <TableCell className={styles.group}>
              <TableCellLayout description={r.workingGroup}>{r.committeeCanonical}</TableCellLayout>
            </TableCell>
            <TableCell className={styles.plans}>{joinPlanNumbers(r.plans)}</TableCell>
            <TableCell className={styles.rate}>{rate(r.firstHalf)}</TableCell>
            <TableCell className={styles.rate}>{rate(r.secondHalf)}</TableCell>
            <TableCell className={styles.rate}>{rate(r.annual)}</TableCell>
            <TableCell className={styles.flag}>
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
