// Guards the pages that need an account: a signed-out visitor is sent to /sign-in; if the server cannot be
// asked, the failure is shown with a retry instead of a blank page.
import { Match, Switch, type ParentProps } from 'solid-js';
import { Navigate } from '../router/router.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

export function RequireSignIn(props: ParentProps) {
  const { t } = useI18n();
  const session = useSession();
  const failure = () => {
    const state = session.state();
    return state.status === 'error' ? state.error : undefined;
  };
  return (
    <Switch fallback={<p class="loading">{t('app.loading')}</p>}>
      <Match when={session.state().status === 'signedIn'}>{props.children}</Match>
      <Match when={session.state().status === 'signedOut'}>
        <Navigate href="/sign-in" />
      </Match>
      <Match when={failure()}>
        <ErrorNotice error={failure()} onRetry={() => void session.reload()} />
      </Match>
    </Switch>
  );
}
