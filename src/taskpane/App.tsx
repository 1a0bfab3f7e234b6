/** The task pane: three tabs (作成 / 検証 / 集約) and a language switch; Japanese first. */
import { Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { ConsolidatePanel } from './components/ConsolidatePanel';
import { CreatePanel } from './components/CreatePanel';
import { LiveRegion } from './components/LiveRegion';
import { ValidatePanel } from './components/ValidatePanel';
import { VersionFooter } from './components/VersionFooter';
import { PaneServicesContext, type PaneServices } from './pane-services';
import { en } from './strings/en';
import { ja } from './strings/ja';

type TabId = 'create' | 'validate' | 'consolidate';
const TABS: readonly TabId[] = ['create', 'validate', 'consolidate'];

const useStyles = makeStyles({
  // auto-phrase: Chromium (Excel's WebView2) breaks Japanese between phrases, never inside a word like 部会;
  // a browser without it falls back to normal breaking. A long file name may still break anywhere.
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '560px', wordBreak: 'auto-phrase' as 'normal', overflowWrap: 'anywhere' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  title: { margin: 0 },
});

/** The pane: header with the language switch, the preview notice, the tabs and their (always mounted) panels. */
export function App({ services }: { services: PaneServices }) {
  const [locale, setLocale] = useState<'ja' | 'en'>('ja');
  const [tab, setTab] = useState<TabId>('create');
  const strings = locale === 'ja' ? ja : en;
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <PaneServicesContext.Provider value={services}>
        <LiveRegion>
          <main className={styles.root}>
            <header className={styles.header}>
              <Title3 as="h1" className={styles.title}>
                {strings.appTitle}
              </Title3>
              <Button size="small" title={strings.switchLanguage.title} onClick={() => setLocale(locale === 'ja' ? 'en' : 'ja')}>
                <span lang={strings.switchLanguage.lang}>{strings.switchLanguage.label}</span>
              </Button>
            </header>
            {services.mode === 'browser' && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{strings.previewNotice}</MessageBarBody>
              </MessageBar>
            )}
            <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
              {TABS.map((id) => (
                <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
                  {strings.tabs[id]}
                </Tab>
              ))}
            </TabList>
            {/* Every panel stays mounted (hidden when not selected), so a tab switch keeps inputs, files and results. */}
            {TABS.map((id) => (
              <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
                {id === 'create' && <CreatePanel strings={strings} locale={locale} />}
                {id === 'validate' && <ValidatePanel strings={strings} locale={locale} />}
                {id === 'consolidate' && <ConsolidatePanel strings={strings} locale={locale} />}
              </div>
            ))}
            {services.download && <Button onClick={() => void services.download?.(strings.downloadName)}>{strings.download}</Button>}
            <VersionFooter locale={locale} />
          </main>
        </LiveRegion>
      </PaneServicesContext.Provider>
    </FluentProvider>
  );
}
