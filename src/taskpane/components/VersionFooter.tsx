/** The pane's footer: the add-in's version, so a user can tell IT which release is running. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { version } from '../../../package.json';

const useStyles = makeStyles({
  footer: { color: tokens.colorNeutralForeground2, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

/** 「バージョン 1.0.0」 (or "Version 1.0.0"), from package.json at build time. */
export function VersionFooter({ locale }: { locale: 'ja' | 'en' }) {
  const styles = useStyles();
  return (
    <footer className={styles.footer}>
      <Caption1>{locale === 'ja' ? `部会状況把握表 バージョン ${version}` : `Status sheets version ${version}`}</Caption1>
    </footer>
  );
}
