/**
 * The 達成率 list at task-pane width (≈350 px): the committee and WG as a heading, then per plan sheet its
 * plan numbers and, on one line, the three rates and the flag; a filter shows only the flagged plans.
 * A long list shows its first rows and a 「すべて表示（N件）」 button: laying out a thousand rows was half
 * of the pane's style and layout time at 100 workbooks, for a list the sheet 集約_達成率 holds in full.
 */
import { Badge, Button, Checkbox, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { RateRow } from '../../consolidate/dashboard';
import { joinPlanNumbers } from '../../domain/plan-number';
import type { Strings } from '../strings/ja';
import { usePanelStyles } from './panel-styles';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  wg: { fontWeight: tokens.fontWeightRegular, marginLeft: tokens.spacingHorizontalXS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  // Plans at the left; the rates keep together as one unit and drop below the plans only if both cannot fit.
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXXS },
  plans: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  rates: { display: 'flex', columnGap: tokens.spacingHorizontalS, whiteSpace: 'nowrap', marginLeft: 'auto', alignItems: 'baseline', fontVariantNumeric: 'tabular-nums' },
  // Plain spans, not Fluent <Text>: six Text components a row made a 1,000-plan list a third of 集約's time in the pane.
  label: { color: tokens.colorNeutralForeground3, marginRight: '2px', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  value: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  low: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  sections: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** Rows shown before 「すべて表示」: a council's 100-odd plan sheets need one press, a small one none. */
export const FIRST_ROWS = 50;

const rate = (v: number | null): string => (v === null ? '—' : `${v}%`);

interface Group {
  readonly key: string;
  readonly committee: string;
  readonly workingGroup: string | null;
  readonly rows: RateRow[];
}

/** Consecutive rows of one committee and WG (the rates come in council order). */
function groupRows(rates: readonly RateRow[]): Group[] {
  const groups: Group[] = [];
  for (const r of rates) {
    const key = `${r.committeeCanonical}\u0000${r.workingGroup ?? ''}`;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.rows.push(r);
    else groups.push({ key, committee: r.committeeCanonical || r.committee, workingGroup: r.workingGroup, rows: [r] });
  }
  return groups;
}

/** The rates of every plan sheet, grouped by committee and WG, with the 「要確認のみ」 filter. */
export function RatesList({ rates, threshold, strings }: { rates: readonly RateRow[]; threshold: number; strings: Strings }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [all, setAll] = useState(false);
  const listed = flaggedOnly ? rates.filter((r) => r.flagged) : rates;
  const shown = all ? listed : listed.slice(0, FIRST_ROWS);
  // After 「すべて表示」 the button is gone: focus goes to the first row it brought, not to the page's top.
  const firstMore = useRef<HTMLLIElement>(null);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (moved) firstMore.current?.focus();
  }, [moved]);
  const labels = strings.consolidate.rateLabels;
  const value = (v: number | null, label: string) => (
    <span>
      <span className={styles.label}>{label}</span>
      <span className={v !== null && v < threshold ? `${styles.value} ${styles.low}` : styles.value}>{rate(v)}</span>
    </span>
  );
  return (
    <section aria-label={strings.consolidate.rates} className={styles.sections}>
      <Subtitle2 as="h3" className={styles.heading}>
        {strings.consolidate.rates}
      </Subtitle2>
      <Checkbox checked={flaggedOnly} onChange={(_, d) => setFlaggedOnly(d.checked === true)} label={strings.consolidate.flaggedOnly(rates.filter((r) => r.flagged).length)} />
      {shown.length === 0 && <Text className={panel.text}>{strings.consolidate.noneFlagged}</Text>}
      {groupRows(shown).map((g) => (
        <div key={g.key} className={styles.group}>
          <Text as="h4" weight="semibold" className={styles.heading}>
            {g.committee}
            {g.workingGroup && <span className={styles.wg}>{g.workingGroup}</span>}
          </Text>
          <ul className={styles.list}>
            {g.rows.map((r) => (
              <li key={`${r.file}/${r.sheet}`} className={styles.row} data-testid="rate-row" {...(r === listed[FIRST_ROWS] ? { ref: firstMore, tabIndex: -1 } : {})}>
                <span className={styles.plans}>{r.plans.length > 0 ? joinPlanNumbers(r.plans) : r.sheet}</span>
                <span className={styles.rates}>
                  {value(r.firstHalf, labels.firstHalf)}
                  {value(r.secondHalf, labels.secondHalf)}
                  {value(r.annual, labels.annual)}
                  {r.flagged && (
                    <Badge color="danger" appearance="tint" size="small">
                      {strings.consolidate.flagged}
                    </Badge>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {shown.length < listed.length && (
        <Button
          onClick={() => {
            setAll(true);
            setMoved(true);
          }}
        >
          {strings.consolidate.showAllRates(listed.length)}
        </Button>
      )}
    </section>
  );
}
