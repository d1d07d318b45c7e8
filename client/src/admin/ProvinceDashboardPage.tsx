// The admin's province dashboard: every unit's progress at a glance, filterable by kind, sortable, live while
// open (polling at an injected interval), and downloadable as CSV and .xlsx with the same figures.
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { useParams } from '../router/router.tsx';
import { formatDateTime } from '#shared/i18n/format.ts';
import { filterByKind, kindsOf, sortUnits, type SortKey, type SortOrder } from '#shared/quota/sort.ts';
import { listSurveys } from '../api/surveys.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { createPoll } from '../quota/poll.ts';
import { fetchProvince, provinceExportUrl } from './quota-admin-api.ts';
import { ProvinceTable } from './ProvinceTable.tsx';
import { SurveyPicker } from './SurveyPicker.tsx';

/** /admin/quota/:survey?: the survey of the address, or the first one. */
export default function ProvinceDashboardPage() {
  const { t, language } = useI18n();
  const params = useParams<{ survey?: string }>();
  const [surveys] = createResource(listSurveys);
  const slug = () => params.survey || surveys()?.surveys[0]?.slug;
  const poll = createPoll(slug, fetchProvince);
  const [kind, setKind] = createSignal<string | null>(null);
  const [order, setOrder] = createSignal<SortOrder>({ key: 'no', descending: false });
  const units = createMemo(() => {
    const dashboard = poll.value();
    return dashboard ? sortUnits(filterByKind(dashboard.units, kind()), order()) : [];
  });
  // A second click on the sorted column turns it around; figures sort largest first on the first click.
  const sortBy = (key: SortKey) => setOrder((current) => (current.key === key
    ? { key, descending: !current.descending }
    : { key, descending: !['no', 'name', 'kind'].includes(key) }));

  return (
    <section class="dash-province">
      <h1>{t('quota.province.title')}</h1>
      <ErrorNotice error={(surveys.error as unknown) ?? poll.error()} onRetry={poll.refresh} />
      <Show when={poll.value()} fallback={<Show when={!poll.error()}><p class="loading">{t('app.loading')}</p></Show>}>
        {(dashboard) => (
          <>
            <div class="dash-tools">
              <SurveyPicker id="quota-survey" label={t('quota.survey')} surveys={surveys()?.surveys} current={dashboard().survey.slug} href={(slug) => `/admin/quota/${slug}`} />
              <div class="dash-field">
                <label for="quota-kind">{t('quota.filter.kind')}</label>
                <select id="quota-kind" value={kind() ?? ''} onChange={(e) => setKind(e.currentTarget.value || null)}>
                  <option value="">{t('quota.filter.all')}</option>
                  <For each={kindsOf(dashboard().units)}>{(k) => <option value={k}>{t(`quota.kind.${k}`)}</option>}</For>
                </select>
              </div>
              <a class="button secondary" href={provinceExportUrl(dashboard().survey.slug, 'csv', language())} download="">{t('quota.download.csv')}</a>
              <a class="button secondary" href={provinceExportUrl(dashboard().survey.slug, 'xlsx', language())} download="">{t('quota.download.xlsx')}</a>
            </div>
            <p class="dash-survey">{dashboard().survey.title}</p>
            <ProvinceTable dashboard={dashboard()} units={units()} order={order()} onSort={sortBy} />
            <p class="dash-note">{t('quota.updatedAt', { time: formatDateTime(dashboard().asOf) })}</p>
          </>
        )}
      </Show>
    </section>
  );
}
