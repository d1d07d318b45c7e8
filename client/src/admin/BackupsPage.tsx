// The admin's backups: the data folder's backups, newest first (encrypted or not), one taken now, and a download.
// Whether the server encrypts is said plainly: a clear backup must never go onto a USB stick.
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '#shared/i18n/format.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { OfficeTable } from './OfficeTable.tsx';
import { backupUrl, listBackups, takeBackup } from './backups-api.ts';
import '../quota/quota.css';

export default function BackupsPage() {
  const { t, n } = useI18n();
  const [list, { refetch }] = createResource(listBackups);
  const [busy, setBusy] = createSignal(false);
  const [taken, setTaken] = createSignal<string>();
  const [error, setError] = createSignal<unknown>();

  const takeNow = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setTaken((await takeBackup()).name);
      await refetch();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="backups-page">
      <h1>{t('backups.title')}</h1>
      <p>{t('backups.intro')}</p>
      <Show when={list.latest}>
        {(loaded) => <p class={loaded().encrypting ? undefined : 'error'}>{t(loaded().encrypting ? 'backups.encrypting' : 'backups.notEncrypting')}</p>}
      </Show>
      <button type="button" disabled={busy()} onClick={() => void takeNow()}>{busy() ? t('backups.taking') : t('backups.takeNow')}</button>
      <Show when={taken()}>{(name) => <p role="status">{t('backups.taken', { name: name() })}</p>}</Show>
      <ErrorNotice error={(list.error as unknown) ?? error()} onRetry={list.error ? () => void refetch() : undefined} />
      <Show when={list.latest} fallback={<p class="loading">{t('app.loading')}</p>}>
        {(loaded) => (
          <Show when={loaded().backups.length > 0} fallback={<p>{t('backups.none')}</p>}>
            <OfficeTable
              class="dash-table backups-table"
              columns={['backups.col.name', 'backups.col.takenAt', 'backups.col.size', 'backups.col.encrypted']}
              actionLabel="backups.download"
            >
              <For each={loaded().backups}>
                {(backup) => (
                  <tr>
                    <th scope="row">{backup.name}</th>
                    <td>{backup.takenAt ? formatDateTime(backup.takenAt) : ''}</td>
                    <td>{n(Math.ceil(backup.bytes / 1024))} KB</td>
                    <td>{backup.encrypted ? t('backups.yes') : t('backups.no')}</td>
                    <td><a href={backupUrl(backup.name)} download="">{t('backups.download')}</a></td>
                  </tr>
                )}
              </For>
            </OfficeTable>
          </Show>
        )}
      </Show>
    </section>
  );
}
