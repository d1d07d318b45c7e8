// /share/:token: the read-only progress page a share link opens, with no account. Live while open; the moment
// the admin revokes the link, the next refresh shows the "link revoked" page instead of any figure.
import { Match, Switch } from 'solid-js';
import { useParams } from '../router/router.tsx';
import { isProblem } from '../api/http.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { createPoll } from './poll.ts';
import { fetchSharedDashboard } from './quota-api.ts';
import { UnitProgressView } from './UnitProgressView.tsx';

export default function SharePage() {
  const { t } = useI18n();
  const params = useParams<{ token: string }>();
  const poll = createPoll(() => params.token, fetchSharedDashboard);
  return (
    <Switch fallback={<p class="loading">{t('app.loading')}</p>}>
      <Match when={isProblem(poll.error(), 'share.revoked')}>
        <section class="notice-page" data-share="revoked">
          <h1>{t('quota.shared.revokedTitle')}</h1>
          <p>{t('quota.shared.revokedText')}</p>
        </section>
      </Match>
      <Match when={isProblem(poll.error(), 'share.notFound')}>
        <section class="notice-page" data-share="not-found">
          <h1>{t('quota.shared.notFoundTitle')}</h1>
          <p>{t('quota.shared.notFoundText')}</p>
        </section>
      </Match>
      <Match when={poll.value()}>
        {(dashboard) => (
          <>
            <p class="dash-shared" role="note">{t('quota.shared.readOnly')}</p>
            <ErrorNotice error={poll.error()} onRetry={poll.refresh} />
            <UnitProgressView dashboard={dashboard()} />
          </>
        )}
      </Match>
      <Match when={poll.error()}><ErrorNotice error={poll.error()} onRetry={poll.refresh} /></Match>
    </Switch>
  );
}
