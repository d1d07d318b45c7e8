// Every account of the server: username, name, role, whether it may sign in, and when it was made.
import { createResource, For, Show } from 'solid-js';
import { formatDateTime } from '#shared/i18n/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { listAccounts } from './accounts-api.ts';

/** A date-time the server sent in a shape Date cannot read is shown as sent rather than breaking the table. */
const when = (at: string) => (Number.isNaN(Date.parse(at)) ? at : formatDateTime(at));

export default function AccountsPage() {
  const { t, n } = useI18n();
  const [accounts, { refetch }] = createResource(listAccounts);
  return (
    <section>
      <h1>{t('admin.accounts')}</h1>
      <Show when={!accounts.error} fallback={<ErrorNotice error={accounts.error as unknown} onRetry={() => void refetch()} />}>
        <Show when={accounts()} fallback={<p class="loading">{t('app.loading')}</p>}>
          {(rows) => (
            <div class="table-scroll">
              <table class="accounts">
                <caption>{t('admin.accountsCount', { count: n(rows().length) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.col.username')}</th>
                    <th scope="col">{t('admin.col.displayName')}</th>
                    <th scope="col">{t('admin.col.role')}</th>
                    <th scope="col">{t('admin.col.status')}</th>
                    <th scope="col">{t('admin.col.createdAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={rows()}>
                    {(account) => (
                      <tr>
                        <th scope="row">{account.username}</th>
                        <td>{account.displayName}</td>
                        <td>{t(`role.${account.role}`)}</td>
                        <td>{account.disabled ? t('admin.status.disabled') : t('admin.status.active')}</td>
                        <td>{when(account.createdAt)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </Show>
      </Show>
    </section>
  );
}
