/** The groups found in last year's workbooks: each with its sheets and where they go, then what could not be carried over. */
import { Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId } from 'react';
import type { SheetSpec } from '../../domain/sheet-spec';
import type { RolloverWorkbook } from '../../jobs/rollover-files';
import type { RolloverPlan } from '../../template/rollover-plan';
import { formatOutcome } from '../../messages/format-outcome';
import type { Strings } from '../strings/ja';
import { usePanelStyles } from './panel-styles';

const useStyles = makeStyles({
  h2: { ...typographyStyles.subtitle1, margin: 0 },
  h3: { ...typographyStyles.subtitle2, margin: 0 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}` },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/**
 * The list; `sheetNames` are the names the sheets take in the open workbook (Excel), or null where each
 * group becomes its own file (the preview), whose name is shown instead.
 */
export function RolloverGroups({ workbooks, sheetNames, notes, strings }: { workbooks: readonly RolloverWorkbook[]; sheetNames: readonly SheetSpec[] | null; notes: RolloverPlan['notes']; strings: Strings }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const headingId = useId();
  const notesId = useId();
  const t = strings.rollover;
  let at = 0;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.h2}>
        {t.groupsHeading(workbooks.length)}
      </h2>
      {workbooks.length === 0 && <Text className={panel.text}>{t.noGroups}</Text>}
      {workbooks.length > 0 && (
        <ul className={styles.list}>
          {workbooks.map((wb) => {
            const own = wb.specs.map((s) => s.name);
            const inBook = sheetNames ? sheetNames.slice(at, at + own.length).map((s) => s.name) : null;
            at += own.length;
            return (
              <li key={wb.fileName} className={styles.group}>
                <Text weight="semibold" className={panel.text}>
                  {t.group(wb.group.committee, wb.group.workingGroup)}
                </Text>
                <Text size={200} className={panel.text}>
                  {t.sheets(strings.list(own))}
                </Text>
                <Text size={200} className={`${panel.text} ${panel.reason}`}>
                  {inBook ? t.sheetNames(strings.list(inBook)) : t.fileName(wb.fileName)}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      {notes.length > 0 && (
        <section className={styles.section} aria-labelledby={notesId}>
          <h3 id={notesId} className={styles.h3}>
            {t.notesHeading(notes.length)}
          </h3>
          <ul className={styles.notes}>
            {notes.map((n, i) => (
              <li key={`${n.file}-${n.sheet}-${i}`} className={panel.text}>
                <Text size={200}>{t.note(n.file, n.sheet, formatOutcome(n.outcome, strings.locale))}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
