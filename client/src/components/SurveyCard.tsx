// One survey on the start page: title, field window (dd/mm/yyyy in Asia/Ho_Chi_Minh), size, and my units.
import { For, Show } from 'solid-js';
import { A } from '../router/router.tsx';
import type { SurveySummary } from '#shared/api/surveys.ts';
import { formatDate } from '#shared/i18n/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { unitDashboardPath } from '../quota/paths.ts';
import { useSession } from '../session/context.tsx';

export function SurveyCard(props: { survey: SurveySummary }) {
  const { t, n } = useI18n();
  const session = useSession();
  // Unit boards and admins watch progress; enumerators see theirs on the device's home screen.
  const watchesProgress = () => session.hasRole('unit_board') || session.hasRole('admin');
  return (
    <article class="card" aria-labelledby={`survey-${props.survey.slug}`}>
      <h2 id={`survey-${props.survey.slug}`}>{props.survey.title}</h2>
      <p class="field-window">
        {t('surveys.fieldWindow', {
          start: formatDate(props.survey.fieldWindow.start),
          end: formatDate(props.survey.fieldWindow.end),
        })}
      </p>
      <p class="survey-size">
        <span>{t('surveys.units', { count: n(props.survey.unitCount) })}</span>
        {' · '}
        <span>{t('surveys.forms', { count: n(props.survey.quotaTotal) })}</span>
      </p>
      <h3>{t('surveys.myUnits')}</h3>
      <ul class="unit-list">
        <For each={props.survey.units}>
          {(unit) => (
            <li data-unit={unit.no}>
              <span class="unit-no">{unit.no}</span>
              <span class="unit-name">{unit.name}</span>
              <span class="unit-quota">{t('surveys.quota', { count: n(unit.quota) })}</span>
              <Show when={watchesProgress()}>
                <A class="unit-progress-link" href={unitDashboardPath(props.survey.slug, unit.no)}>{t('surveys.progress')}</A>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </article>
  );
}
