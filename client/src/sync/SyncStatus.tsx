// The home screen's sync panel: what waits to go up, the run under way, the last success and the next try, the
// last failure in plain words, "Sync now", and the interviews the enumerator must correct, each with its reason.
import { For, onMount, Show } from 'solid-js';
import { A } from '../router/router.tsx';
import { systemClock } from '#shared/clock.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { appDb } from '../db/db.ts';
import { live } from '../db/live.ts';
import { countWaiting } from '../db/work-counts.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { listAttention } from './attention.ts';
import { startPageSync, type PageSync } from './page-sync.ts';
import { readSyncStatus } from './status.ts';

const CLOCK_WARNING_MS = 5 * 60 * 1000;
/** A run is never this long: a mark older than this was left by a closed tab, not a run under way. */
const STALE_RUN_MS = 2 * 60 * 1000;

export function SyncStatus(props: { accountId: number }) {
  const { t, n } = useI18n();
  const session = useSession();
  const view = live(async () => {
    const db = appDb();
    const [status, waiting, attention] = await Promise.all([
      // Finished forms the next sync sends (not drafts, not voided drafts): the home's "finished" tile, counted alike.
      readSyncStatus(db, props.accountId), countWaiting(db, props.accountId), listAttention(db, props.accountId),
    ]);
    return { status, waiting, attention };
  });
  let sync: PageSync | undefined;
  onMount(() => { sync = startPageSync(appDb(), props.accountId, () => session.needSignIn()); });

  return (
    <section class="card sync-status" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('sync.status.title')}</h2>
      <Show when={view.value()}>
        {(v) => (
          <>
            <p data-sync="waiting">{t('sync.status.waiting', { count: n(v().waiting) })}</p>
            <Show when={v().status.runningSince !== null && systemClock.now() - Date.parse(v().status.runningSince!) < STALE_RUN_MS}>
              <p class="banner note" role="status" data-sync="running">
                {t('sync.status.running')}
                <Show when={v().status.progress}>{(p) => <> {t('sync.status.progress', { sent: n(p().sent), total: n(p().total) })}</>}</Show>
              </p>
            </Show>
            <Show when={v().status.error}>
              {(error) => <p class="banner warn" role="alert" data-sync="error">{t(error().code, error().params)}</p>}
            </Show>
            <p data-sync="last-success">
              {v().status.lastSuccessAt ? t('sync.status.lastSuccess', { at: formatDateTime(v().status.lastSuccessAt!) }) : t('sync.status.never')}
            </p>
            <Show when={v().status.nextTryAt}>
              {(at) => <p class="muted" data-sync="next-try">{t('sync.status.nextTry', { at: formatDateTime(at()) })}</p>}
            </Show>
            <Show when={Math.abs(v().status.clockOffsetMs ?? 0) > CLOCK_WARNING_MS}>
              <p class="banner warn" data-sync="clock">{t('sync.status.clockOff', { minutes: n(Math.round(Math.abs(v().status.clockOffsetMs ?? 0) / 60_000)) })}</p>
            </Show>
            <button type="button" onClick={() => sync?.syncNow()}>{t('sync.status.now')}</button>
            <Show when={v().attention.length > 0}>
              <h3>{t('sync.attention.title')}</h3>
              <ul class="attention-list">
                <For each={v().attention}>
                  {(item) => (
                    <li data-interview={item.interview.id}>
                      <strong>{t('device.home.serial', { serial: item.interview.serial ?? '—' })}</strong>{' '}
                      <span class="reason">
                        {item.record?.comment !== undefined
                          ? t('sync.attention.returned', { comment: item.record.comment })
                          : item.record?.reason ? t(item.record.reason.code, item.record.reason.params) : ''}
                      </span>{' '}
                      <A class="button secondary" href={`/interviews/${item.interview.id}`}>{t('sync.attention.open')}</A>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
