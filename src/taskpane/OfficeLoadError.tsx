/**
 * What the pane shows instead of a blank page when Office.js cannot be loaded: what happened and what IT
 * must allow, in Japanese first and in English below (the user's Office language is unknown without Office.js).
 */
import { Body1, Caption1, FluentProvider, Subtitle2, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { OfficeLoadFailure } from './office-load-guard';

const OFFICE_HOST = 'appsforoffice.microsoft.com';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '560px' },
  // Fluent's typography leaves browser margins on h1/h2/p; the column gap spaces them instead.
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, '& > *': { margin: 0 } },
  host: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  url: { wordBreak: 'break-all', color: tokens.colorNeutralForeground2 },
});

/** The message for a pane whose Office.js did not load or did not become ready. */
export function OfficeLoadError({ failure, scriptUrl }: { failure: OfficeLoadFailure; scriptUrl: string }) {
  const styles = useStyles();
  const host = <span className={styles.host}>{OFFICE_HOST}</span>;
  const late = failure.kind === 'not-ready';
  const waited = failure.kind === 'not-ready' ? failure.seconds : null;
  return (
    <FluentProvider theme={webLightTheme} lang="ja">
      <main className={styles.root} role="alert">
        <section className={styles.block} lang="ja">
          <Title3 as="h1">{late ? 'Office.js の準備が終わりません' : 'Office.js を読み込めませんでした'}</Title3>
          <Body1 as="p">
            この作業ウィンドウは、Excel とやり取りするための Microsoft の Office.js を {host} から読み込みます。
            {late
              ? `${waited === null ? '準備の途中で失敗しました。' : `${waited} 秒待っても準備が終わりませんでした。`}Office.js が続けて読み込むファイル（同じ ${OFFICE_HOST}）が遮断されているか、回線が非常に遅い可能性があります。`
              : 'その読み込みに失敗しました。ネットワークやプロキシで遮断されているか、パソコンがオフラインの可能性があります。'}
          </Body1>
          <Subtitle2 as="h2">情報システム担当の方へ</Subtitle2>
          <Body1 as="p">
            このパソコンから {host} への HTTPS（ポート 443）通信を許可してください。Microsoft は Office.js を同社の配信元（CDN）から読み込むよう求めており、このアドインもそこから読み込みます。許可されたら、作業ウィンドウを閉じて開き直してください。
          </Body1>
        </section>
        <section className={styles.block} lang="en">
          <Subtitle2 as="h2">{late ? 'Office.js did not become ready' : 'Office.js could not be loaded'}</Subtitle2>
          <Body1 as="p">
            This pane loads Microsoft&apos;s Office.js, which talks to Excel, from {host}.{' '}
            {late
              ? `${waited === null ? 'It failed while getting ready' : `It was not ready after ${waited} seconds`}: the files it loads next (from the same host) may be blocked, or the network is very slow.`
              : 'Loading it failed: a firewall or proxy may block it, or this PC is offline.'}{' '}
            IT: allow HTTPS (port 443) from this PC to {host}, then close and reopen the pane.
          </Body1>
        </section>
        <Caption1 className={styles.url}>
          読み込もうとしたアドレス / URL requested: {scriptUrl}
        </Caption1>
      </main>
    </FluentProvider>
  );
}
