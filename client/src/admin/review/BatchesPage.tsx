// Uploads (issue 20, item 2): every sync upload and hand-over file import newest first — when, account, device, by
// sync or by file, how many interviews and how each was received; one opened shows its receipts, and its device's
// last inventory against what the server holds, with the ids still missing. /admin/batches?via=file&id=…
import { createEffect, createResource, createSignal, For, Show } from 'solid-js';
import type { BatchSummary, BatchVia } from '#shared/api/batches.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { A, useSearchParams } from '../../router/router.tsx';
import { settled } from '../settled.ts';
import { OfficeTable } from '../OfficeTable.tsx';
import { ShowChoice } from '../ShowChoice.tsx';
import { fetchBatch, fetchInventory, listBatches } from './tools-api.ts';
import '../../quota/quota.css';

const COLUMNS = [
  'batches.col.at', 'batches.col.via', 'batches.col.account', 'batches.col.device', 'batches.col.count', 'batches.col.outcomes',
] as const;

export default function BatchesPage() {
  const { t, n } = useI18n();
  const [search, setSearch] = useSearchParams<{ id?: string; via?: string }>();
  const via = (): BatchVia | undefined => (search.via === 'sync' || search.via === 'file' ? search.via : undefined);
  // 'all' rather than undefined: a resource whose source is undefined does not fetch.
  const [first] = createResource((): BatchVia | 'all' => via() ?? 'all', (shown) => listBatches({ via: shown === 'all' ? undefined : shown }));
  const [more, setMore] = createSignal<BatchSummary[]>([]);
  const [next, setNext] = createSignal<string | null>();
  const [failure, setFailure] = createSignal<unknown>();
  const [batch] = createResource(() => search.id, fetchBatch);
  const [inventory] = createResource(() => settled(batch)?.batch.deviceId, fetchInventory);
  // An opened batch sits below the list: brought into view once both have loaded (the list may arrive second).
  const [opened, setOpened] = createSignal<HTMLElement>();
  createEffect(() => {
    const article = opened();
    if (article && settled(first) && settled(batch)) article.scrollIntoView({ block: 'start' });
  });
  const rows = () => [...(settled(first)?.batches ?? []), ...more()];
  const nextKey = () => (next() === undefined ? settled(first)?.next ?? null : next());
  const showMore = async () => {
    const after = nextKey();
    if (!after) return;
    try {
      const page = await listBatches({ after, via: via() });
      setMore([...more(), ...page.batches]);
      setNext(page.next);
    } catch (error) {
      setFailure(error);
    }
  };
  const show = (shown: BatchVia | undefined) => {
    setMore([]);
    setNext(undefined);
    setSearch({ via: shown, id: undefined });
  };
  const outcomes = (b: BatchSummary) => (['accepted', 'updated', 'duplicate', 'conflict', 'rejected', 'flagged'] as const)
    .filter((k) => b[k] > 0).map((k) => `${t(`batches.outcome.${k}`)}: ${n(b[k])}`).join(', ');

  return (
    <section class="batches-page">
      <h1>{t('batches.title')}</h1>
      <ShowChoice choices={[undefined, 'sync', 'file'] as const} current={via()} label={(shown) => t(`batches.via.${shown ?? 'all'}`)} onPick={show} />
      <ErrorNotice error={(first.error as unknown) ?? (batch.error as unknown) ?? (inventory.error as unknown) ?? failure()} />
      <Show when={settled(first)}>
        <OfficeTable class="dash-table" columns={COLUMNS}>
          <For each={rows()}>
            {(b) => (
              <tr data-batch={b.id}>
                <th scope="row"><button type="button" class="link" onClick={() => setSearch({ id: b.id })}>{formatDateTime(b.receivedAt)}</button></th>
                <td data-via={b.via}>{t(`batches.via.${b.via}`)}</td><td>{b.username}</td><td>{b.deviceId.slice(0, 8)}</td>
                <td>{n(b.interviews)}</td><td>{outcomes(b)}</td>
              </tr>
            )}
          </For>
        </OfficeTable>
        <Show when={nextKey()}><button type="button" class="secondary" onClick={() => void showMore()}>{t('review.more')}</button></Show>
      </Show>
      <Show when={search.id ? settled(batch) : undefined}>
        {(d) => (
          <article aria-labelledby="batch-title" ref={setOpened}>
            <h2 id="batch-title">
              {t('batches.detail', { id: d().batch.id.slice(0, 8) })} · {d().batch.username} · {formatDateTime(d().batch.receivedAt)}
              {' · '}{t(`batches.via.${d().batch.via}`)}
            </h2>
            <ul class="batch-receipts">
              <For each={d().receipts}>
                {(r) => (
                  <li data-receipt={r.id}>
                    <Show when={d().held.find((h) => h.id === r.id)} fallback={r.id.slice(0, 8)}>
                      {(held) => (
                        <>
                          <A href={`/admin/review/${held().surveySlug}/interviews/${r.id}`}>{held().serial ?? r.id.slice(0, 8)}</A>
                          {' · '}{t('batches.receipt.unit', { unitNo: held().unitNo })}
                        </>
                      )}
                    </Show>
                    {' · '}{t(`batches.outcome.${r.outcome}`)}
                    {r.flags.length > 0 ? ` · ${r.flags.map((f) => t(`review.flag.${f}`)).join('; ')}` : ''}
                    {r.reason ? ` · ${t(r.reason.code, r.reason.params)}` : ''}
                  </li>
                )}
              </For>
            </ul>
            <Show when={settled(inventory)}>
              {(inv) => (
                <section>
                  <h3>{t('batches.inventory')}</h3>
                  <p>{t('batches.inventory.line', { reported: n(inv().finished), held: n(inv().held), missing: n(inv().missing.length) })}</p>
                  <ul><For each={inv().missing}>{(m) => <li>{m.id} · {m.unitNo} · {m.revision}</li>}</For></ul>
                </section>
              )}
            </Show>
          </article>
        )}
      </Show>
    </section>
  );
}
