// An account's units in one survey: pick the survey, tick its units (numbers and names), save. What it had in that
// survey is replaced; other surveys are left as they are.
import { createSignal } from 'solid-js';
import type { AdminAccount } from '#shared/api/admin.ts';
import type { SurveySummary } from '#shared/api/surveys.ts';
import { useI18n } from '../../i18n/context.tsx';
import { createWork } from '../../components/create-work.ts';
import { FieldError } from '../../account/FieldError.tsx';
import { setAssignments } from '../accounts-api.ts';
import { UnitPicker } from './UnitPicker.tsx';

export function AssignUnitsForm(props: {
  account: AdminAccount; surveys: readonly SurveySummary[]; saved: (account: AdminAccount) => void; cancel: () => void;
}) {
  const { t } = useI18n();
  const unitsIn = (slug: string) => props.account.assignments.filter((a) => a.surveySlug === slug).map((a) => a.unitNo);
  const first = props.account.assignments[0]?.surveySlug ?? props.surveys[0]?.slug ?? '';
  const [survey, setSurvey] = createSignal(first);
  const [units, setUnits] = createSignal(unitsIn(first));
  const { working, error, run } = createWork();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    return run(async () => { props.saved(await setAssignments(props.account.id, survey(), units())); });
  };
  return (
    <form class="stack account-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('accounts.assign.title', { username: props.account.username })}</h2>
      <UnitPicker idPrefix="assign" surveys={props.surveys} survey={survey()} units={units()}
        onSurvey={(slug) => { setSurvey(slug); setUnits(unitsIn(slug)); }} onUnits={setUnits} />
      <FieldError error={error()} />
      <div class="actions">
        <button type="submit" disabled={working() || !survey()}>{t('accounts.assign.save')}</button>
        <button type="button" class="secondary" onClick={() => props.cancel()}>{t('accounts.cancel')}</button>
      </div>
    </form>
  );
}
