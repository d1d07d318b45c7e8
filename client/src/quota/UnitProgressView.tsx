// One unit's progress, readable on a phone: the overview with its bar, by mode, the sub-quota cells, by day
// (dd/mm/yyyy in Asia/Ho_Chi_Minh) and by enumerator. Counts only, never answers. Shared by the unit board's
// page, the admin's view of a unit and the page a share link opens.
import { For, Show } from 'solid-js';
import type { UnitDashboard } from '#shared/api/quota.ts';
import { formatDate, formatDateTime, formatPercent } from '#shared/i18n/format.ts';
import { cumulativeDays, shareOf } from '#shared/quota/figures.ts';
import { cellProgress, progress } from '#shared/quota/progress.ts';
import { useI18n } from '../i18n/context.tsx';
import { UnitTargetBar } from './UnitTargetBar.tsx';
import { SubQuotaCells } from './SubQuotaCells.tsx';
import './quota.css';

export function UnitProgressView(props: { dashboard: UnitDashboard }) {
  const { t, n, language } = useI18n();
  const unit = () => props.dashboard.unit;
  const figures = () => progress(unit().target, unit().counts, unit().waiting);
  const cells = () => cellProgress(unit().cellTargets, unit().cells);
  const dayLabel = (day: string) => (day === '' ? t('quota.unit.noDay') : formatDate(`${day}T12:00:00+07:00`));
  const figure = (key: string, value: number) => (
    <div data-figure={key}><dt>{t(`quota.col.${key}`)}</dt><dd>{n(value)}</dd></div>
  );

  return (
    <article class="dash-unit">
      <p class="dash-survey">{props.dashboard.survey.title}</p>
      <h1>{t('quota.unit.heading', { no: unit().no, name: unit().name })}</h1>
      <p class="dash-kind">{t(`quota.kind.${unit().kind}`)}</p>

      <section class="dash-summary" aria-label={t('quota.unit.summary')}>
        <p class="dash-big" data-figure="bar">{t('quota.bar', { received: n(figures().received), target: n(figures().target) })}</p>
        <UnitTargetBar progress={figures()} />
        <dl class="dash-figures">
          {figure('target', figures().target)}
          {figure('received', figures().received)}
          {figure('approved', figures().approved)}
          {figure('flagged', figures().flagged)}
          {figure('returned', props.dashboard.returned)}
          {figure('waiting', figures().waiting)}
          {figures().overBy > 0 ? figure('overBy', figures().overBy) : figure('remaining', figures().remaining)}
        </dl>
      </section>

      <Show when={props.dashboard.survey.modes.length > 1}>
        <section>
          <h2>{t('quota.unit.byMode')}</h2>
          <dl class="dash-figures">
            <For each={props.dashboard.survey.modes}>
              {(mode) => <div data-figure={mode}><dt>{t(`quota.mode.${mode}`)}</dt><dd>{n(unit().byMode[mode]?.received ?? 0)}</dd></div>}
            </For>
          </dl>
        </section>
      </Show>

      <Show when={props.dashboard.subQuota && cells().length > 0}>
        <SubQuotaCells question={props.dashboard.subQuota} cells={cells()} />
      </Show>

      <section>
        <h2>{t('quota.unit.byDay')}</h2>
        <Show when={props.dashboard.byDay.length > 0} fallback={<p>{t('quota.unit.nothingYet')}</p>}>
          <table class="dash-table" data-table="by-day">
            <thead><tr><th scope="col">{t('quota.col.day')}</th><th scope="col">{t('quota.col.received')}</th><th scope="col">{t('quota.col.cumulative')}</th></tr></thead>
            <tbody>
              <For each={cumulativeDays(props.dashboard.byDay)}>
                {(row) => <tr><th scope="row">{dayLabel(row.day)}</th><td>{n(row.received)}</td><td>{n(row.cumulative)}</td></tr>}
              </For>
            </tbody>
          </table>
        </Show>
      </section>

      <section>
        <h2>{t('quota.unit.byEnumerator')}</h2>
        <Show when={props.dashboard.byEnumerator.length > 0} fallback={<p>{t('quota.unit.nothingYet')}</p>}>
          <table class="dash-table" data-table="by-enumerator">
            <thead><tr><th scope="col">{t('quota.col.enumerator')}</th><th scope="col">{t('quota.col.received')}</th><th scope="col">{t('quota.col.share')}</th></tr></thead>
            <tbody>
              <For each={props.dashboard.byEnumerator}>
                {(row) => (
                  <tr>
                    <th scope="row">{row.name}</th>
                    <td>{n(row.counts.received)}</td>
                    <td>{formatPercent(shareOf(row.counts.received, unit().counts.received), language())}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>

      <p class="dash-note">
        {t('quota.unit.noAnswers')} {t('quota.updatedAt', { time: formatDateTime(props.dashboard.asOf) })}
      </p>
    </article>
  );
}
