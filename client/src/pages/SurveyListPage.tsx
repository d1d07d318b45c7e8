// The start page: every survey this account may see, its field window, size, and the units it works on.
import { createEffect, createResource, For, Show } from 'solid-js';
import { isProblem } from '../api/http.ts';
import { listSurveys } from '../api/surveys.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { SurveyCard } from '../components/SurveyCard.tsx';

export default function SurveyListPage() {
  const { t } = useI18n();
  const session = useSession();
  const [list, { refetch }] = createResource(listSurveys);

  // The session ended on the server (expired, signed out elsewhere): back to sign-in.
  createEffect(() => {
    if (isProblem(list.error) && list.error.status === 401) session.expire();
  });

  return (
    <section>
      <h1>{t('surveys.title')}</h1>
      <Show when={!list.error} fallback={<ErrorNotice error={list.error as unknown} onRetry={() => void refetch()} />}>
        <Show when={list()} fallback={<p class="loading">{t('app.loading')}</p>}>
          {(loaded) => (
            <Show when={loaded().surveys.length > 0} fallback={<p>{t('surveys.empty')}</p>}>
              <ul class="survey-list">
                <For each={loaded().surveys}>{(survey) => <li><SurveyCard survey={survey} /></li>}</For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
