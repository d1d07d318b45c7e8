// A new account: username, name, role, a first password and, for an enumerator or a unit board, its units. Each
// refusal is shown beside its field (a username taken, a password too short, an unknown unit).
import { fieldText } from '../../components/field-text.ts';
import { createSignal, For, Show } from 'solid-js';
import { NEW_PASSWORD_MIN_LENGTH } from '#shared/accounts/new-password.ts';
import type { Role } from '#shared/accounts/schema.ts';
import type { AdminAccount } from '#shared/api/admin.ts';
import type { SurveySummary } from '#shared/api/surveys.ts';
import type { Message } from '#shared/i18n/message.ts';
import { useI18n } from '../../i18n/context.tsx';
import { createWork } from '../../components/create-work.ts';
import { FieldError, weakPasswordMessage } from '../../account/FieldError.tsx';
import { createAccount } from '../accounts-api.ts';
import { errorFor, otherError } from './field-errors.ts';
import { UnitPicker } from './UnitPicker.tsx';

/** Roles in the order an office creates them most (kept here: the schema module carries zod). */
export const ROLE_CHOICES: readonly Role[] = ['enumerator', 'unit_board', 'admin'];
const FIELDS = ['username', 'displayName', 'role', 'password', 'units', 'assignments'];

export function CreateAccountForm(props: { surveys: readonly SurveySummary[]; created: (account: AdminAccount) => void }) {
  const { t } = useI18n();
  const [role, setRole] = createSignal<Role>('enumerator');
  const [survey, setSurvey] = createSignal('');
  const [units, setUnits] = createSignal<string[]>([]);
  const { working, error, setError, run } = createWork();
  const [weak, setWeak] = createSignal<Message>();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const username = fieldText(data, 'username').trim().toLowerCase();
    const password = fieldText(data, 'password');
    setError(undefined);
    setWeak(weakPasswordMessage(password, username));
    if (weak()) return;
    return run(async () => {
      const account = await createAccount({
        username, displayName: fieldText(data, 'displayName'), role: role(), password,
        assignments: role() !== 'admin' && survey() ? [{ surveySlug: survey(), unitNos: units() }] : [],
      });
      form.reset();
      setUnits([]);
      props.created(account);
    });
  };

  return (
    <form class="stack account-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('accounts.create.title')}</h2>
      <label for="new-username">{t('admin.col.username')}</label>
      <input id="new-username" name="username" required autocapitalize="none" spellcheck={false} autocomplete="off" />
      <FieldError error={errorFor(error(), 'username')} />
      <label for="new-display-name">{t('admin.col.displayName')}</label>
      <input id="new-display-name" name="displayName" required />
      <FieldError error={errorFor(error(), 'displayName')} />
      <label for="new-role">{t('admin.col.role')}</label>
      <select id="new-role" value={role()} onChange={(event) => setRole(event.currentTarget.value as Role)}>
        <For each={ROLE_CHOICES}>{(value) => <option value={value}>{t(`role.${value}`)}</option>}</For>
      </select>
      <label for="new-password">{t('accounts.create.password', { min: NEW_PASSWORD_MIN_LENGTH })}</label>
      <input id="new-password" name="password" type="password" required autocomplete="new-password" />
      <FieldError message={weak()} error={errorFor(error(), 'password')} />
      <Show when={role() !== 'admin'}>
        <UnitPicker idPrefix="new" surveys={props.surveys} survey={survey()} units={units()}
          onSurvey={(slug) => { setSurvey(slug); setUnits([]); }} onUnits={setUnits} />
        <FieldError error={errorFor(error(), 'units') ?? errorFor(error(), 'assignments')} />
      </Show>
      <FieldError error={otherError(error(), FIELDS)} />
      <button type="submit" disabled={working()}>{t('accounts.create.submit')}</button>
    </form>
  );
}
