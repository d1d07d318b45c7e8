// The buttons of one account's row: edit, units, disable/enable, reset the password, turn off two-step sign-in.
// An admin's own row offers none of what would lock them out (the server refuses it too).
import { Show } from 'solid-js';
import type { AdminAccount } from '#shared/api/admin.ts';
import { useI18n } from '../../i18n/context.tsx';

export type AccountAction = 'edit' | 'assign' | 'disable' | 'enable' | 'reset' | 'twoFactorOff';

export function AccountActions(props: { account: AdminAccount; self: boolean; busy: boolean; act: (action: AccountAction) => void }) {
  const { t } = useI18n();
  const button = (action: AccountAction, label: string) => (
    <button type="button" class="secondary small" disabled={props.busy} onClick={() => props.act(action)}
      aria-label={`${label}: ${props.account.username}`}>{label}</button>
  );
  return (
    <div class="row-actions">
      {button('edit', t('accounts.edit'))}
      <Show when={props.account.role !== 'admin'}>{button('assign', t('accounts.assign'))}</Show>
      <Show when={!props.self}>
        {props.account.disabled ? button('enable', t('accounts.enable')) : button('disable', t('accounts.disable'))}
        {button('reset', t('accounts.reset'))}
      </Show>
      <Show when={props.account.twoFactor}>{button('twoFactorOff', t('accounts.twoFactorOff'))}</Show>
    </div>
  );
}
