/** The task pane: three tabs (作成 / 検証 / 集約) and a language switch; Japanese first. */
import { Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Title3, ToggleButton, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { ConsolidatePanel } from './components/ConsolidatePanel';
import { CreatePanel } from './components/CreatePanel';
import { ValidatePanel } from './components/ValidatePanel';
import { VersionFooter } from './components/VersionFooter';
import { PaneServicesContext, type PaneServices } from './pane-services';
import { en } from './strings/en';
import { ja } from './strings/ja';

type TabId = 'create' | 'validate' | 'consolidate';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '560px' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export function App({ services }: { services: PaneServices }) {
  const [locale, setLocale] = useState<'ja' | 'en'>('ja');
  const [tab, setTab] = useState<TabId>('create');
  const strings = locale === 'ja' ? ja : en;
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <PaneServicesContext.Provider value={services}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1">{strings.appTitle}</Title3>
            <ToggleButton size="small" checked={locale === 'en'} title={strings.language} onClick={() => setLocale(locale === 'ja' ? 'en' : 'ja')}>
              {locale === 'ja' ? 'English' : '日本語'}
            </ToggleButton>
          </header>
          {services.mode === 'browser' && (
            <MessageBar intent="info">
              <MessageBarBody>{strings.previewNotice}</MessageBarBody>
            </MessageBar>
          )}
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
            <Tab value="create">{strings.tabs.create}</Tab>
            <Tab value="validate">{strings.tabs.validate}</Tab>
            <Tab value="consolidate">{strings.tabs.consolidate}</Tab>
          </TabList>
          <div role="tabpanel" aria-label={strings.tabs[tab]}>
            {tab === 'create' && <CreatePanel strings={strings} locale={locale} />}
            {tab === 'validate' && <ValidatePanel strings={strings} locale={locale} />}
            {tab === 'consolidate' && <ConsolidatePanel strings={strings} locale={locale} />}
          </div>
          {services.download && (
            <Button onClick={() => void services.download?.()}>{strings.download}</Button>
          )}
          <VersionFooter locale={locale} />
        </main>
      </PaneServicesContext.Provider>
    </FluentProvider>
  );
}
