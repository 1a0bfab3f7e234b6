/**
 * A help link that opens its explanation in place, under the field (a narrow pane has no room for a
 * popover, and the text stays while the user types).
 */
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  text: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium },
  // Text sets its own display, which would override the hidden attribute.
  closed: { display: 'none' },
});

/** The link (`label`, e.g. 「基準日とは」) and, once opened, `text`. */
export function HelpDisclosure({ label, text }: { label: string; text: string }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={styles.root}>
      <Link as="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? '▾' : '▸'} {label}
      </Link>
      <Text id={id} size={200} className={open ? styles.text : styles.closed} hidden={!open}>
        {text}
      </Text>
    </div>
  );
}
