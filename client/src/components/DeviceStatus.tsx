// For an enumerator working from the device: offline, an expired session (never blocking), and the sync
// issue's request for a new sign-in. Each is one line with, where it helps, the one thing to do.
import { Show } from 'solid-js';
import { A } from '../router/router.tsx';
import { online } from '../pwa/online.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';

export function DeviceStatus() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <Show when={session.isLocal()}>
      <Show when={!online()}>
        <p class="banner offline" role="status">{t('device.offline')}</p>
      </Show>
      <Show when={session.signInNeeded()} fallback={
        <Show when={online() && session.server() === 'expired'}>
          <p class="banner note" role="status">{t('device.sessionExpired')}</p>
        </Show>
      }>
        <p class="banner warn" role="status">
          {t('device.signInAgain')} <A href="/sign-in?again=1">{t('device.signInAgain.action')}</A>
        </p>
      </Show>
    </Show>
  );
}
