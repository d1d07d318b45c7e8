// The forms this device sent (issue 16), newest first: serial, unit, when sent, what the server says of each
// now and its flags in words with what to do — listed still after housekeeping removed their answers.
import { For, Show } from 'solid-js';
import { A } from '../router/router.tsx';
import { formatDateTime } from '#shared/i18n/format.ts';
import type { Home } from '../db/home.ts';
import type { SentRow } from '../db/rows.ts';
import { useI18n } from '../i18n/context.tsx';

export function SentFlags(props: { row: SentRow }) {
  const { t } = useI18n();
  return (
    <Show when={props.row.flags.length > 0} fallback={<p class="muted">{t('sent.noFlags')}</p>}>
      <ul class="flags">
        <For each={props.row.flags}>
          {(flag) => <li data-flag={flag}><strong>{t(`sync.flag.${flag}`)}</strong>: {t(`sent.todo.${flag}`)}</li>}
        </For>
      </ul>
    </Show>
  );
}

/** A sent form's page: when it was sent, that the server keeps it, what the server says of it now. */
export function SentNote(props: { row: SentRow }) {
  const { t } = useI18n();
  return (
    <>
      <p class="banner note" role="status" data-banner="state">{t('sent.kept', { at: formatDateTime(props.row.sentAt) })}</p>
      <p data-field="status">{t(`sent.status.${props.row.status}`)}</p>
      <SentFlags row={props.row} />
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
      <Show when={props.home.sent.length > 0} fallback={<p>{t('sent.none')}</p>}>
        <ul class="sent-list">
          <For each={props.home.sent}>
            {(row) => (
              <li data-interview={row.interviewId} data-status={row.status}>
                <span class="draft-serial">{t('device.home.serial', { serial: row.serial ?? '—' })}</span>{' '}
                <span>{unitName(row)}</span>{' '}
                <span class="muted">{t('sent.at', { at: formatDateTime(row.sentAt) })}</span>
                <Show when={row.practice}> <span class="tag">{t('device.home.practice')}</span></Show>
                <p data-field="status">{t(`sent.status.${row.status}`)}</p>
                <SentFlags row={row} />
                <A class="button secondary" href={`/interviews/${row.interviewId}/review`}
                  aria-label={`${t('sent.open')}: ${t('device.home.serial', { serial: row.serial ?? '—' })}`}>{t('sent.open')}</A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
