// The interviews table of one survey (issue 20): every filter of the list route (ReviewFilters.tsx, kept in the
// address), three sorts, the next page by key ("Xem tiếp"), the total (exact up to 10,000); with a unit filtered, its
// serial registry as CSV, its same-answers check and the bulk approval of its clean interviews; links to double
// keying and keying statistics.
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { ReviewItem } from '#shared/api/review.ts';
import { formatDateTime, formatDay } from '#shared/i18n/format.ts';
import { listSurveys } from '../../api/surveys.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { A, useParams, useSearchParams } from '../../router/router.tsx';
import { OfficeTable } from '../OfficeTable.tsx';
import { settled } from '../settled.ts';
import { listReviewPage, serialsCsvUrl } from './review-api.ts';
import { queryOf, refusedFilter, ReviewFilters, type FilterSearch } from './ReviewFilters.tsx';
import { approveClean, checkSameAnswers } from './tools-api.ts';
import '../../quota/quota.css';
import { SurveyPicker } from '../SurveyPicker.tsx';

/** /admin/review/:survey?: the survey of the address, or the first one. */
export default function ReviewPage() {
  const { t, n, language } = useI18n();
  const params = useParams<{ survey?: string }>();
  const [surveys] = createResource(listSurveys);
  const slug = () => params.survey || surveys()?.surveys[0]?.slug;
  const survey = () => surveys()?.surveys.find((s) => s.slug === slug());
  const [search, setSearch] = useSearchParams<FilterSearch>();
  const query = createMemo(() => queryOf(search), undefined, { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  // A filter the route would refuse is named here, in words, instead of being sent.
  const refused = createMemo(() => refusedFilter(query()));
  const [page, { refetch }] = createResource(() => {
    const survey = slug();
    return survey && !refused() ? { survey, query: query() } : undefined;
  }, ({ survey, query: q }) => listReviewPage(survey, q));
  /** The page shown: none while a refusal is (reading a failed resource would throw it into the frame). */
  const loaded = () => (refused() ? undefined : settled(page));
  const [more, setMore] = createSignal<ReviewItem[]>([]);
  const [next, setNext] = createSignal<string | null>();
  const [moreError, setMoreError] = createSignal<unknown>();
  const items = () => [...(loaded()?.items ?? []), ...more()];
  const nextKey = () => (next() === undefined ? loaded()?.next ?? null : next());

  const onFilter = (filters: FilterSearch) => {
    setMore([]);
    setNext(undefined);
    setSearch(filters);
  };
  const showMore = async () => {
    const survey = slug();
    const after = nextKey();
    if (!survey || !after) return;
    try {
      const answer = await listReviewPage(survey, { ...query(), after });
      setMore([...more(), ...answer.items]);
      setNext(answer.next);
    } catch (failure) {
      setMoreError(failure);
    }
  };
  const [toolDone, setToolDone] = createSignal('');
  const [toolError, setToolError] = createSignal<unknown>();
  const unitTool = async (work: (survey: string, unit: string) => Promise<string>) => {
    const survey = slug();
    const unit = query().unit;
    if (!survey || !unit) return;
    setToolError(undefined);
    try {
      setToolDone(await work(survey, unit));
      setMore([]);
      setNext(undefined);
      await refetch();
    } catch (failure) {
      setToolError(failure);
    }
  };
  const total = () => {
    const counted = loaded()?.total;
    if (!counted) return '';
    return counted.exact ? t('review.total', { count: n(counted.count) }) : t('review.totalAtLeast', { count: n(counted.count) });
  };

  return (
    <section class="review-page">
      <h1>{t('review.title')}</h1>
      <Show when={slug()}>
        {(survey) => (
          <p class="review-links">
            <A href={`/admin/review/${survey()}/double-keying`}>{t('review.tools.double')}</A>{' · '}
            <A href={`/admin/review/${survey()}/keying`}>{t('review.tools.keying')}</A>
          </p>
        )}
      </Show>
      <ErrorNotice error={(surveys.error as unknown) ?? (page.error as unknown) ?? moreError() ?? toolError()} />
      <SurveyPicker id="review-survey" label={t('quota.survey')} surveys={surveys()?.surveys} current={slug() ?? ''} href={(slug) => `/admin/review/${slug}`} />
      <ReviewFilters survey={survey()} query={query()} onApply={onFilter} />
      <Show when={query().unit}>
        {(unit) => (
          <div class="review-unit-tools" data-unit={unit()}>
            <button type="button" class="secondary" onClick={() => void unitTool(async (s, u) => t('sameAnswers.done', { flagged: await checkSameAnswers(s, u) }))}>{t('sameAnswers.run')}</button>{' '}
            <button type="button" onClick={() => void unitTool(async (s, u) => t('bulk.done', { approved: await approveClean(s, u) }))}>{t('bulk.approve')}</button>{' '}
            <a class="button secondary" href={serialsCsvUrl(slug() ?? '', unit(), language())} download="">{t('review.serials.download')}</a>
            <Show when={toolDone()}><p role="status">{toolDone()}</p></Show>
          </div>
        )}
      </Show>
      <Show when={refused()}>
        {(field) => <p class="error" role="alert">{t('review.filter.refused', { field: t(`review.filter.${field()}`) })}</p>}
      </Show>
      <Show when={loaded()} fallback={<Show when={!page.error && !refused()}><p class="loading">{t('app.loading')}</p></Show>}>
        <Show when={items().length > 0} fallback={<p>{t('review.empty')}</p>}>
          <OfficeTable
            class="dash-table review-table"
            caption={total()}
            columns={['review.col.serial', 'review.col.unit', 'review.col.enumerator', 'review.col.day', 'review.col.receivedAt', 'review.col.mode', 'review.col.entry', 'review.col.status', 'review.col.flags']}
          >
            <For each={items()}>
              {(item) => (
                <tr>
                  <td><A href={`/admin/review/${slug() ?? ''}/interviews/${item.id}`}>{item.serial ?? t('review.detail.open')}</A></td>
                  <td>{item.unitNo}</td>
                  <td>{item.username}</td>
                  <td>{item.interviewDay ? formatDay(item.interviewDay) : ''}</td>
                  <td>{formatDateTime(item.receivedAt)}</td>
                  <td>{t(`review.mode.${item.mode}`)}</td>
                  <td>{t(`review.entry.${item.entry}`)}{item.secondKeying ? ` · ${t('review.secondKeying')}` : ''}</td>
                  <td>{item.voided ? t('review.voided') : t(`review.status.${item.status}`)}</td>
                  <td>{item.flags.map((flag) => t(`review.flag.${flag}`)).join('; ')}</td>
                </tr>
              )}
            </For>
          </OfficeTable>
          <Show when={nextKey()}>
            <button type="button" class="secondary" onClick={() => void showMore()}>{t('review.more')}</button>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
