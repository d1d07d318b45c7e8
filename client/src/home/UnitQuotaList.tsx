// Per assigned unit: done by me, the whole unit as the server last counted it (with that day, dd/mm/yyyy in
// Asia/Ho_Chi_Minh), what waits on this device, the target and what is still needed — "target reached" is a soft
// cap (the enumerator may go on, the server flags) — the sub-quota cells still needed, and a new interview.
import { For, Show } from 'solid-js';
import { formatDate } from '#shared/i18n/format.ts';
import { unitSerialRange } from '#shared/interview/serial.ts';
import type { SurveyHome } from '../db/home.ts';
import type { Progress } from '#shared/quota/progress.ts';
import { useI18n } from '../i18n/context.tsx';
import { SubQuotaCells } from '../quota/SubQuotaCells.tsx';

/** Still needed: the target less what the server counted and what waits here to be sent. */
const needed = (p: Progress) => Math.max(0, p.target - p.received - p.waiting);

export function UnitQuotaList(props: { survey: SurveyHome }) {
  const { t, n } = useI18n();
  return (
    <article class="card" aria-labelledby={`survey-${props.survey.slug}`}>
      <h3 id={`survey-${props.survey.slug}`}>{props.survey.title}</h3>
      <p class="field-window">
        {t('surveys.fieldWindow', { start: formatDate(props.survey.fieldWindow.start), end: formatDate(props.survey.fieldWindow.end) })}
      </p>
      <ul class="unit-list quota-list">
        <For each={props.survey.units}>
          {(row) => (
            <li data-unit={row.unit.no}>
              <h4 class="unit-name">{t('device.home.unitLine', { no: row.unit.no, name: row.unit.name })}</h4>
              <p class="serial-range" data-figure="serials">{t('device.home.serials', unitSerialRange(props.survey, row.unit))}</p>
              <dl class="figures">
                <div data-figure="mine"><dt>{t('sent.quota.mine')}</dt><dd>{n(row.mine)}</dd></div>
                <div data-figure="synced">
                  <dt>{t('sent.quota.unit')}</dt>
                  <dd>
                    {n(row.progress.received)}{' '}
                    <small>
                      {row.serverTime ? t('device.quota.syncedAsOf', { date: formatDate(row.serverTime) }) : t('device.quota.neverSynced')}
                    </small>
                  </dd>
                </div>
                <div data-figure="waiting"><dt>{t('device.quota.waiting')}</dt><dd>{n(row.progress.waiting)}</dd></div>
                <div data-figure="target">
                  <dt>{t('device.quota.target')}</dt><dd>{row.progress.target > 0 ? n(row.progress.target) : t('device.quota.noTarget')}</dd>
                </div>
                <div data-figure="remaining">
                  <dt>{t('sent.quota.needed')}</dt>
                  <dd>
                    {n(needed(row.progress))}
                    <Show when={row.progress.overBy > 0}> <small>{t('device.quota.overBy', { count: n(row.progress.overBy) })}</small></Show>
                  </dd>
                </div>
              </dl>
              <Show when={row.progress.target > 0 && needed(row.progress) === 0}>
                <p class="banner note" data-figure="reached">{t('sent.quota.reached')}</p>
              </Show>
              {/* Where targets are split by an answer (e.g. sex, Câu 1): which cells still need interviews. */}
              <Show when={row.cells.length > 0}>
                <SubQuotaCells question={props.survey.subQuota} cells={row.cells} headingLevel={3} />
              </Show>
              {/* "Phiếu mới" for an open survey leads the home (NewInterviewLinks); a closed one says why here. */}
              <Show when={props.survey.closed}><p class="survey-closed">{t('device.home.closed')}</p></Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.survey.units.length > 1}>
        <p class="quota-total" data-figure="total">
          {t('device.quota.total')}: {t('device.quota.target')} {n(props.survey.total.target)} · {t('device.quota.synced')}{' '}
          {n(props.survey.total.received)} · {t('device.quota.waiting')} {n(props.survey.total.waiting)}
        </p>
      </Show>
    </article>
  );
}
