// Changing one's own password: the current one, the new one twice. Also the step after a temporary password (an
// admin's reset or a generated one), which must be done before anything else.
import { fieldText } from '../components/field-text.ts';
import { createSignal, Show } from 'solid-js';
import type { Message } from '#shared/i18n/message.ts';
import { NEW_PASSWORD_MIN_LENGTH } from '#shared/accounts/new-password.ts';
import { isProblem } from '../api/http.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { changePassword } from './account-api.ts';
import type { StepDone } from './AccountStepPage.tsx';
import { FieldError, weakPasswordMessage } from './FieldError.tsx';

/** `owed`: the step after a temporary password (said at the top); otherwise the account menu's change. */
export function ChangePasswordForm(props: { done: StepDone; owed: boolean }) {
  const { t } = useI18n();
  const session = useSession();
  const [error, setError] = createSignal<unknown>();
  const [check, setCheck] = createSignal<{ field: 'new' | 'repeat'; message: Message }>();
  const [working, setWorking] = createSignal(false);
  const [changed, setChanged] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const [current, next, repeat] = ['current', 'new', 'repeat'].map((name) => fieldText(data, name));
    setError(undefined);
    setCheck(undefined);
    setChanged(false);
    const weak = weakPasswordMessage(next!, session.me()?.account.username ?? '');
    if (weak) return setCheck({ field: 'new', message: weak });
    if (next !== repeat) return setCheck({ field: 'repeat', message: { code: 'account.password.mismatch' } });
    setWorking(true);
    try {
      const answer = await changePassword(current!, next!);
      form.reset();
      setChanged(true);
      await props.done(answer, next);
    } catch (failure) {
      setError(failure);
    } finally {
      setWorking(false);
    }
  };
  const currentError = () => (isProblem(error(), 'account.wrongPassword') ? error() : undefined);
  const newError = () => (['account.weakPassword', 'account.samePassword', 'request.invalid'].some((code) => isProblem(error(), code)) ? error() : undefined);
  const other = () => (currentError() || newError() ? undefined : error());

  return (
    <>
      <h1>{t('account.password.title')}</h1>
      <Show when={props.owed}><p class="banner warn" role="status">{t('account.password.mustChange')}</p></Show>
      <form class="stack" onSubmit={(event) => void submit(event)}>
        <label for="current-password">{t('account.password.current')}</label>
        <input id="current-password" name="current" type="password" required autocomplete="current-password" />
        <FieldError error={currentError()} />
        <label for="new-password">{t('account.password.new', { min: NEW_PASSWORD_MIN_LENGTH })}</label>
        <input id="new-password" name="new" type="password" required autocomplete="new-password" />
        <FieldError message={check()?.field === 'new' ? check()?.message : undefined} error={newError()} />
        <label for="repeat-password">{t('account.password.repeat')}</label>
        <input id="repeat-password" name="repeat" type="password" required autocomplete="new-password" />
        <FieldError message={check()?.field === 'repeat' ? check()?.message : undefined} />
        <FieldError error={other()} />
        <Show when={changed() && !props.owed}><p class="banner note" role="status">{t('account.password.done')}</p></Show>
        <button type="submit" disabled={working()}>{t('account.password.submit')}</button>
      </form>
    </>
  );
}
