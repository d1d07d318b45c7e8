// Who is signed in, a way into the admin area for admins, changing one's password (online), and sign-out.
import { createSignal, Show } from 'solid-js';
import { A, useNavigate } from '../router/router.tsx';
import type { Account } from '#shared/accounts/schema.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

export function AccountBar(props: { account: Account }) {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = createSignal<unknown>();

  const signOut = async () => {
    setError(undefined);
    try {
      await session.signOut();
      navigate('/sign-in', { replace: true });
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <nav class="account-bar" aria-label={t('app.account')}>
      <span class="account-name">
        {t('surveys.signedInAs', { name: props.account.displayName, role: t(`role.${props.account.role}`) })}
      </span>
      <Show when={props.account.role === 'admin'}>
        <A href="/admin" class="button secondary">{t('admin.openAdmin')}</A>
      </Show>
      {/* An online action (its page is not on the phone): offered once the server has said the session is good. */}
      <Show when={session.server() === 'valid'}>
        <A href="/account/password" class="button secondary">{t('account.changePassword')}</A>
      </Show>
      <button type="button" class="secondary" onClick={() => void signOut()}>{t('signOut')}</button>
      <ErrorNotice error={error()} />
    </nav>
  );
}
