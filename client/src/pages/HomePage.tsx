// The enumerator's home, read from the device alone (it opens offline). The work comes first: "Phiếu mới" per
// unit and the drafts to go back to, then sync, the interviews by state, the finished forms still correctable,
// the quota of each assigned unit, and the storage health panel.
import { createEffect, For, on, Show } from 'solid-js';
import { appDb } from '../db/db.ts';
import { loadHome } from '../db/home.ts';
import { live } from '../db/live.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { NewInterviewLinks } from '../components/NewInterviewLinks.tsx';
import { StateCounts } from '../home/StateCounts.tsx';
import { InterviewList } from '../home/InterviewList.tsx';
import { UnitQuotaList } from '../home/UnitQuotaList.tsx';
import { StorageHealthPanel } from '../home/StorageHealthPanel.tsx';
import { SentList } from '../home/SentList.tsx';
import { SyncStatus } from '../sync/SyncStatus.tsx';
import { HandOverPanel } from '../handover/HandOverPanel.tsx';

export default function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  const accountId = () => session.me()?.account.id ?? 0;
  const home = live(() => loadHome(appDb(), accountId()));
  // The moment the home is usable, for the offline-open benchmark (scripts/bench/offline-open.ts).
  createEffect(on(() => home.value() !== undefined, (ready) => { if (ready) performance.mark('phieu:home-ready'); }, { defer: true }));

  return (
    <section class="home" data-ready={home.value() ? 'true' : undefined}>
      <h1>{t('device.home.title')}</h1>
      {/* Above the fold on a phone: what starts or continues work. */}
      <Show when={home.value()} fallback={<p class="loading">{t('app.loading')}</p>}>
        {(loaded) => (
          <>
            <NewInterviewLinks surveys={loaded().surveys} />
            <InterviewList id="drafts" title={t('device.home.drafts')} empty={t('device.home.noDrafts')}
              action={t('device.home.continue')} interviews={loaded().byState.draft}
              href={(interview) => `/interviews/${interview.id}`} />
          </>
        )}
      </Show>
      <SyncStatus accountId={accountId()} />
      <Show when={home.value()}>
        {(loaded) => (
          <>
            <StateCounts home={loaded()} />
            {/* Finished forms can be reviewed and corrected here until the server has them. */}
            <InterviewList id="finished" title={t('device.home.finished')} empty={t('device.home.noFinished')}
              action={t('device.home.review')} interviews={loaded().byState.finished}
              href={(interview) => `/interviews/${interview.id}/review`} />
            <SentList home={loaded()} />
            <InterviewList id="voided" title={t('sent.voided')} empty={t('sent.noVoided')}
              action={t('device.home.review')} interviews={loaded().voided} href={(interview) => `/interviews/${interview.id}/review`} />
            <section aria-labelledby="quota">
              <h2 id="quota">{t('device.home.quota')}</h2>
              <Show when={loaded().surveys.length > 0} fallback={<p>{t('device.home.noSurveys')}</p>}>
                <For each={loaded().surveys}>{(survey) => <UnitQuotaList survey={survey} />}</For>
              </Show>
            </section>
          </>
        )}
      </Show>
      <HandOverPanel accountId={accountId()} />
      <StorageHealthPanel accountId={accountId()} />
    </section>
  );
}
