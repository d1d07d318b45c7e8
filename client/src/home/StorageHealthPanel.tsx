// The storage health panel: persistent storage asked for and granted or not, space used and free, unsynced
// interviews and the age of the oldest, and a plain warning for each risk. Persistence is requested when the
// panel appears (the home screen) and on the button; the figures are re-read whenever the outbox changes.
import { createResource, For, onMount, Show } from 'solid-js';
import { formatDateTime } from '#shared/i18n/format.ts';
import { appDb } from '../db/db.ts';
import { unsyncedSummary } from '../db/interviews.ts';
import { live } from '../db/live.ts';
import { assessStorage, readSpaceFacts, requestPersistence } from '../device/storage-health.ts';
import { useI18n } from '../i18n/context.tsx';
import { systemClock } from '#shared/clock.ts';

const HOUR = 3600 * 1000;

export function StorageHealthPanel(props: { accountId: number }) {
  const { t, n } = useI18n();
  const unsynced = live(() => unsyncedSummary(appDb(), props.accountId));
  // Space is re-read whenever the outbox changes (every save), so a filling disk shows before a save fails.
  const [space, { refetch }] = createResource(unsynced.value, () => readSpaceFacts());
  const health = () => {
    const work = unsynced.value();
    const facts = space.latest;
    if (!work || !facts) return undefined;
    return assessStorage({ ...facts, unsynced: work.count, oldestQueuedAt: work.oldestQueuedAt }, systemClock.now());
  };
  const megabytes = (bytes: number | null) =>
    bytes === null ? t('device.storage.unknown') : t('device.storage.megabytes', { value: n(Math.round(bytes / 104857.6) / 10) });
  const age = (since: string) => {
    const hours = Math.max(0, Math.floor((systemClock.now() - Date.parse(since)) / HOUR));
    return hours < 48 ? t('device.storage.ageHours', { count: n(hours) }) : t('device.storage.ageDays', { count: n(Math.floor(hours / 24)) });
  };
  // Asked for on every start: Chromium grants it by site engagement, so a later start may succeed.
  onMount(() => void ask());
  const ask = async () => {
    await requestPersistence();
    await refetch();
  };

  return (
    <section class="card storage-health" aria-labelledby="storage-health">
      <h2 id="storage-health">{t('device.storage.title')}</h2>
      <Show when={health()}>
        {(h) => (
          <>
            <For each={h().warnings}>
              {(warning) => <p class="banner warn" data-warning={warning}>{t(`device.storage.warn.${warning}`)}</p>}
            </For>
            <dl class="figures">
              <div data-figure="persisted">
                <dt>{t('device.storage.persisted')}</dt>
                <dd>{t(h().persisted === null ? 'device.storage.persisted.unknown' : h().persisted ? 'device.storage.persisted.yes' : 'device.storage.persisted.no')}</dd>
              </div>
              <div data-figure="used"><dt>{t('device.storage.used')}</dt><dd>{megabytes(h().usage)}</dd></div>
              <div data-figure="free"><dt>{t('device.storage.free')}</dt><dd>{megabytes(h().free)}</dd></div>
              <div data-figure="unsynced"><dt>{t('device.storage.unsynced')}</dt><dd>{n(h().unsynced)}</dd></div>
              <div data-figure="oldest">
                <dt>{t('device.storage.oldest')}</dt>
                <dd>
                  {h().oldestQueuedAt === null
                    ? t('device.storage.none')
                    : t('device.storage.oldestValue', { at: formatDateTime(h().oldestQueuedAt!), age: age(h().oldestQueuedAt!) })}
                </dd>
              </div>
              <div data-figure="build"><dt>{t('device.storage.build')}</dt><dd>{__APP_BUILD__}</dd></div>
            </dl>
            <Show when={h().persisted === false}>
              <button type="button" class="secondary" onClick={() => void ask()}>{t('device.storage.askPersist')}</button>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
