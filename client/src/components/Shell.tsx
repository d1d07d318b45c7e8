// The frame around every page: one compact header line (the app's name, then the account menu when signed in,
// which holds the language, or the language switch itself when not), the update offer and the device's status
// lines, and a loading line while a page's chunk arrives. Entry screens keep almost all of a phone's height.
import { Show, Suspense, type ParentProps } from 'solid-js';
import { A } from '../router/router.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { DeviceStatus } from './DeviceStatus.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';

export function Shell(props: ParentProps) {
  const { t } = useI18n();
  const session = useSession();
  return (
    <>
      <header class="app-header">
        <A href="/" class="app-name">{t('app.name')}</A>
        <span class="app-tagline">{t('app.tagline')}</span>
        <Show when={session.me()} fallback={<LanguageSwitch />}>
          {(me) => <AccountMenu account={me().account} />}
        </Show>
      </header>
      <UpdateBanner />
      <DeviceStatus />
      <main id="main" class="app-main">
        <Suspense fallback={<p class="loading">{t('app.loading')}</p>}>{props.children}</Suspense>
      </main>
    </>
  );
}
