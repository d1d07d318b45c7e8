// The admin imports a hand-over file from a device that had no network (decision 0016): pick the file, import it,
// and read what the server decided for each interview — received, already there, set aside — with its flags.
import { createSignal, For, Show } from 'solid-js';
import { formatDateTime } from '#shared/i18n/format.ts';
import type { ImportHandoverResponse } from '#shared/handover/schema.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { A } from '../router/router.tsx';
import { OfficeTable } from './OfficeTable.tsx';
import { importHandoverFile } from './handover-api.ts';

export default function HandoverImportPage() {
  const { t, n } = useI18n();
  const [file, setFile] = createSignal<File>();
  const [busy, setBusy] = createSignal(false);
  const [result, setResult] = createSignal<ImportHandoverResponse>();
  const [error, setError] = createSignal<unknown>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = file();
    if (!chosen) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await importHandoverFile(chosen));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="handover-page">
      <h1>{t('handover.page.title')}</h1>
      <p>{t('handover.page.intro')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          {t('handover.page.file')}
          <input type="file" name="file" accept=".phieu,application/octet-stream,application/json"
            onChange={(event) => setFile(event.currentTarget.files?.[0])} />
        </label>
        <button type="submit" disabled={busy() || !file()}>{t(busy() ? 'handover.page.importing' : 'handover.page.import')}</button>
      </form>
      <ErrorNotice error={error()} />
      <Show when={result()}>
        {(done) => (
          <div role="status">
            <p>{t('handover.page.result', {
              account: `${done().account.displayName} (${done().account.username})`, device: done().deviceId.slice(0, 8),
              at: formatDateTime(done().createdAt), count: n(done().items.length),
            })}</p>
            <Show when={done().quarantined}><p class="banner warn">{t('handover.page.quarantined')}</p></Show>
            <p><A href={`/admin/batches?id=${done().batchId}`}>{t('handover.page.openBatch')}</A></p>
            <OfficeTable class="dash-table handover-table"
              columns={['handover.col.serial', 'handover.col.unit', 'handover.col.outcome', 'handover.col.flags']}>
              <For each={done().items}>
                {(item) => (
                  <tr data-interview={item.receipt.id} data-outcome={item.receipt.outcome}>
                    <th scope="row">{item.serial ?? item.receipt.id.slice(0, 8)}</th>
                    <td>{item.unitNo ?? ''}</td>
                    <td>
                      {t(`handover.outcome.${item.receipt.outcome}`)}
                      <Show when={item.receipt.reason}>{(reason) => <> — {t(reason().code, reason().params)}</>}</Show>
                    </td>
                    <td>{item.receipt.flags.map((flag) => t(`handover.flag.${flag}`)).join(', ')}</td>
                  </tr>
                )}
              </For>
            </OfficeTable>
          </div>
        )}
      </Show>
    </section>
  );
}
