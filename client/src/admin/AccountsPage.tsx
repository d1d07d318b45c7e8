// The admin's accounts: every account with its role, state, flags and units; create one, edit, disable/enable,
// reset a password (the temporary one shown once), assign units of a survey, turn off a lost second factor, and
// import a CSV after previewing every change. Forms live in ./accounts/; the calls in accounts-api.ts.
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import type { AdminAccount } from '#shared/api/admin.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { OfficeTable } from './OfficeTable.tsx';
import { useSession } from '../session/context.tsx';
import { A } from '../router/router.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { listAccounts, listSurveys, removeTwoFactor, resetPassword, setDisabled } from './accounts-api.ts';
import { AccountActions, type AccountAction } from './accounts/AccountActions.tsx';
import { AssignUnitsForm } from './accounts/AssignUnitsForm.tsx';
import { CreateAccountForm } from './accounts/CreateAccountForm.tsx';
import { EditAccountForm } from './accounts/EditAccountForm.tsx';
import { ImportAccounts } from './accounts/ImportAccounts.tsx';

/** A date-time the server sent in a shape Date cannot read is shown as sent rather than breaking the table. */
const when = (at: string) => (Number.isNaN(Date.parse(at)) ? at : formatDateTime(at));

type Panel = { kind: 'edit' | 'assign'; account: AdminAccount };

export default function AccountsPage() {
  const { t, n } = useI18n();
  const session = useSession();
  const [accounts, { refetch }] = createResource(listAccounts);
  const [surveys] = createResource(listSurveys);
  const [panel, setPanel] = createSignal<Panel>();
  const [notice, setNotice] = createSignal<{ username: string; password?: string }>();
  const [error, setError] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);
  const self = (account: AdminAccount) => account.id === session.me()?.account.id;

  const changed = (account: AdminAccount, message?: { username: string; password?: string }) => {
    setPanel(undefined);
    setNotice(message);
    void refetch();
    return account;
  };
  const act = async (account: AdminAccount, action: AccountAction) => {
    setError(undefined);
    setNotice(undefined);
    if (action === 'edit' || action === 'assign') return setPanel({ kind: action, account });
    const question = action === 'reset' ? 'accounts.reset.confirm' : action === 'twoFactorOff' ? 'accounts.twoFactorOff.confirm' : undefined;
    if (question && !window.confirm(t(question, { username: account.username }))) return;
    setBusy(true);
    try {
      if (action === 'reset') {
        const { account: after, temporaryPassword } = await resetPassword(account.id);
        changed(after, { username: after.username, password: temporaryPassword });
      } else if (action === 'twoFactorOff') changed(await removeTwoFactor(account.id));
      else changed(await setDisabled(account.id, action === 'disable'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="accounts-page">
      <h1>{t('admin.accounts')}</h1>
      <p><A href="/account/two-factor">{t('accounts.myTwoFactor')}</A></p>
      <Show when={notice()}>
        {(shown) => (
          <div class="banner warn one-time" role="status">
            <Show when={shown().password} fallback={<p>{t('accounts.created', { username: shown().username })}</p>}>
              {(password) => <p>{t('accounts.reset.done', { username: shown().username })} <code class="temporary-password">{password()}</code></p>}
            </Show>
          </div>
        )}
      </Show>
      <ErrorNotice error={error()} />
      <Switch>
        <Match when={panel()?.kind === 'edit' && panel()}>
          {(open) => <EditAccountForm account={open().account} self={self(open().account)} saved={(a) => changed(a)} cancel={() => setPanel(undefined)} />}
        </Match>
        <Match when={panel()?.kind === 'assign' && panel()}>
          {(open) => <AssignUnitsForm account={open().account} surveys={surveys() ?? []} saved={(a) => changed(a)} cancel={() => setPanel(undefined)} />}
        </Match>
      </Switch>
      <Show when={!accounts.error} fallback={<ErrorNotice error={accounts.error as unknown} onRetry={() => void refetch()} />}>
        <Show when={accounts()} fallback={<p class="loading">{t('app.loading')}</p>}>
          {(rows) => (
            <OfficeTable
              class="accounts"
              caption={t('admin.accountsCount', { count: n(rows().length) })}
              columns={[
                'admin.col.username',
                'admin.col.displayName',
                'admin.col.role',
                'admin.col.status',
                'accounts.col.units',
                'admin.col.createdAt',
                'accounts.col.actions',
              ]}
            >
              <For each={rows()}>
                {(account) => (
                  <tr data-username={account.username}>
                    <th scope="row">{account.username}</th>
                    <td>{account.displayName}</td>
                    <td>{t(`role.${account.role}`)}</td>
                    <td>
                      {account.disabled ? t('admin.status.disabled') : t('admin.status.active')}
                      <Show when={account.mustChangePassword}> · <span class="tag">{t('accounts.flag.temporary')}</span></Show>
                      <Show when={account.twoFactor}> · <span class="tag">{t('accounts.flag.twoFactor')}</span></Show>
                    </td>
                    <td class="units">{account.assignments.map((a) => a.unitNo).join(', ')}</td>
                    <td>{when(account.createdAt)}</td>
                    <td><AccountActions account={account} self={self(account)} busy={busy()} act={(action) => void act(account, action)} /></td>
                  </tr>
                )}
              </For>
            </OfficeTable>
          )}
        </Show>
      </Show>
      <CreateAccountForm surveys={surveys() ?? []} created={(account) => changed(account, { username: account.username })} />
      <ImportAccounts applied={() => void refetch()} />
    </section>
  );
}
