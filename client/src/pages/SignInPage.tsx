// Sign-in: username and password, the server's answer shown in the user's language beside the form.
// An account already signed in is sent straight to the start page, unless it came to sign in again for sync
// (`?again=1`): then the form is shown with its username filled in, and its work on the device stays as it is.
// After a sign-out, says whether unsynced work stayed on the device. With no network, an account that signed in
// here before is checked by the device itself (decision 0015), and a refusal says why in the user's language.
import { createSignal, Show } from 'solid-js';
import { Navigate, useNavigate, useSearchParams } from '../router/router.tsx';
import { isSignInAttempt } from '#shared/accounts/credentials.ts';
import { ApiError } from '../api/http.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { fieldText } from '../components/field-text.ts';
import { OfflineSignInError } from '../session/offline-sign-in.ts';

export default function SignInPage() {
  const { t, n } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ again?: string }>();
  const [working, setWorking] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const again = () => search.again === '1' && session.isLocal();
  const refusal = () => {
    const failure = error();
    return failure instanceof OfflineSignInError ? failure.refusal : undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const username = fieldText(form, 'username');
    const password = fieldText(form, 'password');
    // A username the server could never accept is answered like a wrong password, without a round trip.
    if (!isSignInAttempt(username, password)) return setError(new ApiError('problem', 'auth.badCredentials', 401));
    setWorking(true);
    setError(undefined);
    try {
      const answer = await session.signIn({ username: username.trim().toLowerCase(), password });
      navigate('step' in answer ? `/account/${answer.step}?signIn=1` : '/', { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setWorking(false);
    }
  };

  return (
    <Show when={session.state().status !== 'signedIn' || again()} fallback={<Navigate href="/" />}>
      <section class="sign-in">
        <h1>{again() ? t('device.signInAgain.title') : t('signIn.title')}</h1>
        <Show when={session.lastSignOut()}>
          {(report) => (
            <p class={report().unsynced > 0 ? 'banner warn' : 'banner note'} role="status">
              {report().unsynced > 0
                ? t('device.signedOut.kept', { count: n(report().unsynced), name: report().displayName })
                : t('device.signedOut.clean', { name: report().displayName })}
            </p>
          )}
        </Show>
        <form class="stack" onSubmit={(event) => void submit(event)} aria-describedby="sign-in-error">
          <label for="username">{t('signIn.username')}</label>
          <input id="username" name="username" type="text" required autocomplete="username"
            autocapitalize="none" autocorrect="off" spellcheck={false}
            value={again() ? session.me()?.account.username ?? '' : ''} />
          <label for="password">{t('signIn.password')}</label>
          <input id="password" name="password" type="password" required autocomplete="current-password" />
          <div id="sign-in-error">
            <Show when={refusal()} fallback={<ErrorNotice error={error()} />}>
              {(message) => <p class="error" role="alert">{t(message().code, message().params)}</p>}
            </Show>
          </div>
          <button type="submit" disabled={working()}>{working() ? t('signIn.working') : t('signIn.submit')}</button>
        </form>
      </section>
    </Show>
  );
}
