// The forms this device sent (issue 16), newest first: serial, unit, when sent, what the server says of each
// now and its flags in words with what to do — listed still after housekeeping removed their answers.
import { For, Show } from 'solid-js';
import { A } from '../router/router.tsx';
import { formatDateTime } from '#shared/i18n/format.ts';
import type { Home } from '../db/home.ts';
import type { SentRow } from '../db/rows.ts';
import { useI18n } from '../i18n/context.tsx';

/** What the server says of a sent form now: its status, then each flag with what to do (or "no warnings"). */
export function SentNote(props: { row: SentRow; kept?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Show when={props.kept}>
        <p class="banner note" role="status" data-banner="state">{t('sent.kept', { at: formatDateTime(props.row.sentAt) })}</p>
      </Show>
      <p data-field="status">{t(`sent.status.${props.row.status}`)}</p>
      <ul class="flags">
        <For each={props.row.flags} fallback={<li class="muted">{t('sent.noFlags')}</li>}>
          {(flag) => <li data-flag={flag}><strong>{t(`sync.flag.${flag}`)}</strong>: {t(`sent.todo.${flag}`)}</li>}
        </For>
      </ul>
    </>
  );
}

export function SentList(props: { home: Home }) {
  const { t } = useI18n();
  const unitName = (row: SentRow) => {
    const unit = props.home.surveys.find((s) => s.slug === row.surveySlug)?.units.find((u) => u.unit.no === row.unitNo)?.unit;
    return unit ? t('device.home.unitLine', { no: unit.no, name: unit.name }) : row.unitNo;
  };
  return (
    <section aria-labelledby="sent">
      <h2 id="sent">{t('sent.title')}</h2>
      <ul class="sent-list">
        <For each={props.home.sent} fallback={<li>{t('sent.none')}</li>}>
          {(row) => (
            <li data-interview={row.interviewId}>
              <A href={`/interviews/${row.interviewId}/review`}>{t('device.home.serial', { serial: row.serial ?? '—' })}</A>{' '}
              {unitName(row)} <span class="muted">{t('sent.at', { at: formatDateTime(row.sentAt) })}</span>
              <Show when={row.secondKeying}>{' '}<span class="tag">{t('entry.second.setting')}</span></Show>
              <SentNote row={row} />
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
