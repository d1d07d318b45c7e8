// The frame around every page: the app's name, the account bar when signed in, the language switch, the
// update offer and the device's status lines, and a loading line while a page's chunk arrives.
import { Show, Suspense, type ParentProps } from 'solid-js';
import { A } from '../router/router.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { AccountBar } from './AccountBar.tsx';
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
        <LanguageSwitch />
      </header>
      <Show when={session.me()}>
        {(me) => <AccountBar account={me().account} />}
      </Show>
      <UpdateBanner />
      <DeviceStatus />
      <main id="main" class="app-main">
        <Suspense fallback={<p class="loading">{t('app.loading')}</p>}>{props.children}</Suspense>
      </main>
    </>
  );
}
