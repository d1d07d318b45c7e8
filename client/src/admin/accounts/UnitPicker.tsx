// Pick a survey, then some of its units by number and name: the choice of units for a new account or an assignment.
import { createMemo, For, Show } from 'solid-js';
import type { SurveySummary } from '#shared/api/surveys.ts';
import { useI18n } from '../../i18n/context.tsx';

export function UnitPicker(props: {
  idPrefix: string; surveys: readonly SurveySummary[]; survey: string; units: readonly string[];
  onSurvey: (slug: string) => void; onUnits: (unitNos: string[]) => void;
}) {
  const { t } = useI18n();
  const chosen = createMemo(() => props.surveys.find((survey) => survey.slug === props.survey));
  const toggle = (no: string, on: boolean) => props.onUnits(on ? [...props.units, no] : props.units.filter((unit) => unit !== no));
  return (
    <>
      <label for={`${props.idPrefix}-survey`}>{t('accounts.assign.survey')}</label>
      <select id={`${props.idPrefix}-survey`} value={props.survey} onChange={(event) => props.onSurvey(event.currentTarget.value)}>
        <option value="">—</option>
        <For each={props.surveys}>{(survey) => <option value={survey.slug}>{survey.title}</option>}</For>
      </select>
      <Show when={chosen()}>
        {(survey) => (
          <fieldset class="unit-picker">
            <legend>{t('accounts.assign.units')}</legend>
            <For each={survey().units}>
              {(unit) => (
                <label class="unit-choice">
                  <input type="checkbox" value={unit.no} checked={props.units.includes(unit.no)}
                    onChange={(event) => toggle(unit.no, event.currentTarget.checked)} />
                  {' '}{unit.no} — {unit.name}
                </label>
              )}
            </For>
          </fieldset>
        )}
      </Show>
    </>
  );
}
