// The sign-in's second step: a 6-digit code from the authenticator app, or a one-time recovery code.
import { fieldText } from '../components/field-text.ts';
import { createSignal, Show } from 'solid-js';
import { isProblem } from '../api/http.ts';
import { useI18n } from '../i18n/context.tsx';
import { A } from '../router/router.tsx';
import { sendSecondFactor } from './account-api.ts';
import type { StepDone } from './AccountStepPage.tsx';
import { FieldError } from './FieldError.tsx';

export function SecondFactorForm(props: { done: StepDone }) {
  const { t } = useI18n();
  const [error, setError] = createSignal<unknown>();
  const [working, setWorking] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const code = fieldText(new FormData(event.currentTarget as HTMLFormElement), 'code').trim();
    setWorking(true);
    setError(undefined);
    try {
      await props.done(await sendSecondFactor(code));
    } catch (failure) {
      setError(failure);
    } finally {
      setWorking(false);
    }
  };
  // No half-open session (expired, or too many wrong codes): only a new sign-in helps.
  const lost = () => {
    const failure = error();
    return isProblem(failure) && failure.status === 401;
  };
  return (
    <>
      <h1>{t('account.code.title')}</h1>
      <p>{t('account.code.help')}</p>
      <form class="stack" onSubmit={(event) => void submit(event)}>
        <label for="code">{t('account.code.label')}</label>
        <input id="code" name="code" type="text" required autocomplete="one-time-code" inputmode="text"
          autocapitalize="none" spellcheck={false} aria-describedby="code-error" />
        <FieldError id="code-error" error={error()} />
        <button type="submit" disabled={working()}>{t('account.code.submit')}</button>
      </form>
      <Show when={lost()}><A href="/sign-in">{t('account.signInAgain')}</A></Show>
    </>
  );
}
