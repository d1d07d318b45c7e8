// The home's first block: "Phiếu mới" for each assigned unit of each open survey, so the main action is the
// first thing a phone shows. A closed survey offers none (decision 0012); its unit card says why.
import { For } from 'solid-js';
import { A } from '../router/router.tsx';
import type { SurveyHome } from '../db/home.ts';
import { useI18n } from '../i18n/context.tsx';

export function NewInterviewLinks(props: { surveys: SurveyHome[] }) {
  const { t } = useI18n();
  const open = () => props.surveys.filter((survey) => !survey.closed);
  return (
    <nav class="start-work" aria-label={t('device.new.title')}>
      <For each={open()}>
        {(survey) => (
          <For each={survey.units}>
            {(row) => (
              <A class="button" href={`/interviews/new/${survey.slug}/${row.unit.no}`} data-unit={row.unit.no}>
                {t('device.home.newInterview', { unit: row.unit.no })}
              </A>
            )}
          </For>
        )}
      </For>
    </nav>
  );
}
