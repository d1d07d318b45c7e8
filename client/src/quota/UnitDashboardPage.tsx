// /quota/:survey/units/:unitNo: a unit board watches its own unit, an admin any unit; live while open. The
// server decides who may see what: a refusal shows the no-permission page, an unknown unit the not-found page.
import { createEffect, Match, Show, Switch } from 'solid-js';
import { A, useParams } from '../router/router.tsx';
import { ApiError, isProblem } from '../api/http.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { ForbiddenPage } from '../pages/ForbiddenPage.tsx';
import NotFoundPage from '../pages/NotFoundPage.tsx';
import { useSession } from '../session/context.tsx';
import { createPoll } from './poll.ts';
import { fetchUnitDashboard } from './quota-api.ts';
import { UnitProgressView } from './UnitProgressView.tsx';

export default function UnitDashboardPage() {
  const { t } = useI18n();
  const session = useSession();
  const params = useParams<{ survey: string; unitNo: string }>();
  const poll = createPoll(() => `${params.survey}/${params.unitNo}`, (key) => {
    const [survey = '', unitNo = ''] = key.split('/');
    return fetchUnitDashboard({ survey, unitNo });
  });

  const refused = () => {
    const error = poll.error();
    return error instanceof ApiError && error.kind === 'problem' ? error.status : null;
  };

  // The session ended on the server: back to sign-in.
  createEffect(() => {
    const error = poll.error();
    if (isProblem(error) && error.status === 401) session.expire();
  });

  return (
    <Switch fallback={<p class="loading">{t('app.loading')}</p>}>
      <Match when={refused() === 403}><ForbiddenPage /></Match>
      <Match when={refused() === 404}><NotFoundPage /></Match>
      <Match when={poll.value()}>
        {(dashboard) => (
          <>
            <ErrorNotice error={poll.error()} onRetry={poll.refresh} />
            <UnitProgressView dashboard={dashboard()} />
            <Show when={dashboard().resultsShared}>
              <p><A class="button" href={`/results/${params.survey}/units/${params.unitNo}`}>{t('quota.unit.results')}</A></p>
            </Show>
          </>
        )}
      </Match>
      <Match when={poll.error()}><ErrorNotice error={poll.error()} onRetry={poll.refresh} /></Match>
    </Switch>
  );
}
