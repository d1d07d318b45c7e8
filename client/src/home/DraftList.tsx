// Interviews still being entered, newest first, each a link back to where it was left.
import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { Interview } from '#shared/interview/schema.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { useI18n } from '../i18n/context.tsx';

export function DraftList(props: { drafts: Interview[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="drafts">
      <h2 id="drafts">{t('device.home.drafts')}</h2>
      <Show when={props.drafts.length > 0} fallback={<p>{t('device.home.noDrafts')}</p>}>
        <ul class="draft-list">
          <For each={props.drafts}>
            {(draft) => (
              <li data-interview={draft.id}>
                <span class="draft-serial">{t('device.home.serial', { serial: draft.serial ?? '—' })}</span>
                <span class="muted">{t('device.home.updatedAt', { at: formatDateTime(draft.times.updatedAt) })}</span>
                <Show when={draft.practice}><span class="tag">{t('device.home.practice')}</span></Show>
                <A class="button secondary" href={`/interviews/${draft.id}`}
                  aria-label={`${t('device.home.continue')}: ${t('device.home.serial', { serial: draft.serial ?? '—' })}`}>
                  {t('device.home.continue')}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
