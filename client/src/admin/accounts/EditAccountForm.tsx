// Edit an account's name and role (an admin cannot change their own role: the server refuses it, and the field is
// not offered).
import { fieldText } from '../../components/field-text.ts';
import { For, Show } from 'solid-js';
import type { Role } from '#shared/accounts/schema.ts';
import type { AdminAccount } from '#shared/api/admin.ts';
import { useI18n } from '../../i18n/context.tsx';
import { createWork } from '../../components/create-work.ts';
import { FieldError } from '../../account/FieldError.tsx';
import { updateAccount } from '../accounts-api.ts';
import { ROLE_CHOICES } from './CreateAccountForm.tsx';
import { errorFor, otherError } from './field-errors.ts';

export function EditAccountForm(props: { account: AdminAccount; self: boolean; saved: (account: AdminAccount) => void; cancel: () => void }) {
  const { t } = useI18n();
  const { working, error, run } = createWork();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const role = fieldText(data, 'role');
    return run(async () => {
      props.saved(await updateAccount(props.account.id, {
        displayName: fieldText(data, 'displayName'), ...(role ? { role: role as Role } : {}),
      }));
    });
  };
  return (
    <form class="stack account-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('accounts.edit')}: {props.account.username}</h2>
      <label for="edit-display-name">{t('admin.col.displayName')}</label>
      <input id="edit-display-name" name="displayName" required value={props.account.displayName} />
      <FieldError error={errorFor(error(), 'displayName')} />
      <Show when={!props.self}>
        <label for="edit-role">{t('admin.col.role')}</label>
        <select id="edit-role" name="role" value={props.account.role}>
          <For each={ROLE_CHOICES}>{(value) => <option value={value}>{t(`role.${value}`)}</option>}</For>
        </select>
      </Show>
      <FieldError error={otherError(error(), ['displayName'])} />
      <div class="actions">
        <button type="submit" disabled={working()}>{t('accounts.save')}</button>
        <button type="button" class="secondary" onClick={() => props.cancel()}>{t('accounts.cancel')}</button>
      </div>
    </form>
  );
}
